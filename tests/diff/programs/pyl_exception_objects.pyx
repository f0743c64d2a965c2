"""Working with exception objects: args, str/repr, attributes of OSError and
StopIteration, base-class catching, re-raising a caught instance,
suppressed contexts."""
import errno


def describe(exc):
    return type(exc).__name__, exc.args, str(exc), repr(exc)


def make_and_describe(str kind, *args):
    table = {"value": ValueError, "key": KeyError, "os": OSError, "stop": StopIteration, "index": IndexError,
             "unicode": UnicodeError, "runtime": RuntimeError}
    exc = table[kind](*args)
    return describe(exc)


def oserror_fields(int code, str msg, path=None):
    e = OSError(code, msg) if path is None else OSError(code, msg, path)
    return e.errno, e.strerror, e.filename, type(e).__name__, str(e)


def classify_error(int which):
    try:
        if which == 0:
            [][1]
        elif which == 1:
            {}["k"]
        elif which == 2:
            1 / 0
        elif which == 3:
            int("x")
        elif which == 4:
            open("/nonexistent/dir/file.txt")
        elif which == 5:
            None.attr
        elif which == 6:
            "s" + 1
        return "no error"
    except LookupError as e:
        return "lookup", type(e).__name__, str(e)
    except ArithmeticError as e:
        return "arith", type(e).__name__, str(e)
    except OSError as e:
        return "os", type(e).__name__, e.errno == errno.ENOENT
    except (TypeError, AttributeError) as e:
        return "type/attr", type(e).__name__, str(e)
    except Exception as e:
        return "other", type(e).__name__, str(e)


def reraise_instance(x):
    saved = None
    try:
        int(x)
    except ValueError as e:
        saved = e
    if saved is not None:
        raise saved
    return "ok"


def suppress_context():
    try:
        try:
            {}["a"]
        except KeyError:
            raise ValueError("clean") from None
    except ValueError as e:
        return e.__suppress_context__, e.__cause__, type(e.__context__).__name__


def explicit_cause():
    try:
        try:
            1 / 0
        except ZeroDivisionError as z:
            raise RuntimeError("wrapped") from z
    except RuntimeError as e:
        return e.__suppress_context__, type(e.__cause__).__name__, e.__context__ is e.__cause__


def stop_value(it):
    try:
        while True:
            next(it)
    except StopIteration as e:
        return e.value, e.args


def exc_in_handler(x):
    try:
        return 1 / x
    except ZeroDivisionError:
        return {}["handler-key"]


def handler_context(x):
    try:
        exc_in_handler(x)
    except KeyError as e:
        return str(e), type(e.__context__).__name__


def exception_equality():
    a = ValueError("x")
    b = ValueError("x")
    return a == b, a.args == b.args, str(a) == str(b), isinstance(a, Exception), issubclass(KeyError, LookupError)


def with_traceback_info():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e.__traceback__ is not None, type(e.__traceback__).__name__


def errors_by_type(list funcs_args):
    out = {}
    for name, arg in funcs_args:
        f = {"int": int, "float": float, "len": len, "chr": chr}[name]
        try:
            f(arg)
        except Exception as e:
            out.setdefault(type(e).__name__, []).append(name)
    return out
