"""raise, raise from, try/except/else/finally, exception objects."""


def raise_value(msg):
    raise ValueError(msg)


def raise_type_only():
    raise KeyError


def raise_from(x):
    try:
        return 1 / x
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e


def cause_of(x):
    try:
        raise_from(x)
    except RuntimeError as e:
        return type(e.__cause__).__name__, str(e), e.__suppress_context__
    return None


def raise_from_none():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("clean") from None


def context_of():
    try:
        try:
            raise KeyError("first")
        except KeyError:
            raise ValueError("second")
    except ValueError as e:
        return type(e.__context__).__name__, repr(e.__context__)


def try_except_else_finally(x):
    log = []
    try:
        log.append("try")
        r = 10 // x
    except ZeroDivisionError as e:
        log.append("except:" + type(e).__name__)
        r = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log, r


def except_tuple(kind):
    try:
        if kind == 0:
            raise KeyError("k")
        elif kind == 1:
            raise IndexError("i")
        elif kind == 2:
            raise TypeError("t")
        return "none"
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except Exception as e:
        return "other:" + type(e).__name__


def except_base_order(x):
    try:
        [1, 2, 3][x]
    except LookupError:
        return "LookupError"
    except IndexError:
        return "unreachable"
    return "fine"


def finally_return_override():
    try:
        return "try"
    finally:
        pass


def finally_runs_on_raise(log):
    try:
        raise ValueError("x")
    finally:
        log.append("cleanup")


def finally_in_loop(int n):
    out = []
    cdef int i
    for i in range(n):
        try:
            if i == 2:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out


def reraise(x):
    try:
        return int(x)
    except ValueError:
        raise


def nested_try(x):
    try:
        try:
            return [10, 20][x]
        except IndexError:
            raise KeyError(x)
    except KeyError as e:
        return "key:%r" % (e.args[0],)


def custom_error(MyError, x):
    if x:
        raise MyError("custom %s" % x)
    return 0


def catch_custom(MyError, x):
    try:
        custom_error(MyError, x)
    except ValueError as e:
        return type(e).__name__, e.args
    return "no error"


def exception_args():
    try:
        raise OSError(2, "No such file")
    except OSError as e:
        return e.errno, e.strerror, e.args


def as_var_cleared():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    return "e" in locals()


def raise_instance_of_class(cls):
    raise cls("from a class")


def raise_not_exception():
    raise 5


def typed_loop_then_raise(int n):
    cdef int i
    cdef long total = 0
    for i in range(n):
        total += i
        if total > 100:
            raise OverflowError("total %d at i=%d" % (total, i))
    return total


def stop_iteration(it):
    try:
        return next(it)
    except StopIteration:
        return "exhausted"


def error_in_except(x):
    try:
        raise ValueError("a")
    except ValueError:
        return 1 // x


def exception_str_repr(x):
    e = ValueError(x)
    return str(e), repr(e), e.args


def assert_in_try(x):
    try:
        assert x > 0, "neg"
        return "ok"
    except AssertionError as e:
        return "assert:" + str(e)
