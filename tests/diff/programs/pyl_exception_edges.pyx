"""Exception-handling edges: except with a tuple held in a variable,
non-exception except clauses, raising classes, `from` a class, bare raise
outside a handler, rebinding the handler name, raising non-exceptions."""


def var_tuple(x):
    errs = (KeyError, IndexError)
    try:
        return [][x] if isinstance(x, int) else {}[x]
    except errs as e:
        return type(e).__name__


def bad_except():
    try:
        raise ValueError("x")
    except 5:
        return "caught"


def raise_class():
    raise ValueError


def raise_from_class():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from TypeError


def cause():
    try:
        raise_from_class()
    except ValueError as e:
        return type(e.__cause__).__name__, e.args, type(e.__context__).__name__


def bare_raise():
    raise


def rebind_e():
    try:
        raise KeyError("a")
    except KeyError as e:
        try:
            raise IndexError("b")
        except IndexError as e:
            pass
        return "inner done"


def raise_non_exc(x):
    raise x


def exception_groups_of_handlers(int which):
    handlers = [(ZeroDivisionError, "zero"), (ArithmeticError, "arith"), (LookupError, "lookup"), (Exception, "any")]
    errors = [ZeroDivisionError, OverflowError, KeyError, RuntimeError]
    try:
        raise errors[which]("boom")
    except BaseException as e:
        for cls, name in handlers:
            if isinstance(e, cls):
                return name
        raise


def except_star_like(list errors):
    caught = []
    for err in errors:
        try:
            raise err
        except (TypeError, ValueError) as e:
            caught.append(("tv", type(e).__name__))
        except Exception as e:
            caught.append(("other", str(e)))
    return caught
