"""Control flow through try/except/else/finally: returns, breaks and
continues crossing finally blocks, re-raising, exception variables."""
import sys


def finally_overrides(int mode):
    log = []
    try:
        log.append("try")
        if mode == 1:
            raise ValueError("v")
        if mode == 2:
            return "from try", log
    except ValueError:
        log.append("except")
        return "from except", log
    else:
        log.append("else")
    finally:
        log.append("finally")
        if mode == 3:
            return "from finally", log
    return "end", log


def loop_with_finally(int n):
    log = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    return log


def while_finally_return(items):
    log = []
    i = 0
    while True:
        try:
            x = items[i]
            if x is None:
                return log
            log.append(x)
        except IndexError:
            log.append("end")
            break
        finally:
            i += 1
            log.append("f")
    return log


def nested_finally(bint fail):
    log = []
    try:
        try:
            log.append("inner")
            if fail:
                raise KeyError("k")
        finally:
            log.append("inner-finally")
    except KeyError as e:
        log.append(f"outer caught {e!r}")
    finally:
        log.append("outer-finally")
    return log


def bare_reraise(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        if x == 0:
            raise
        return None


def exc_info_inside():
    try:
        {}["missing"]
    except KeyError:
        t, v, tb = sys.exc_info()
        inside = (t.__name__, v.args, tb is not None)
    after = sys.exc_info()[0]
    return inside, after


def exception_var_scope(bint hit):
    e = "before"
    if hit:
        try:
            raise ValueError("x")
        except ValueError as e:
            pass
    try:
        return e
    except (NameError, UnboundLocalError) as err:
        return "e was deleted: " + type(err).__name__


def error_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise RuntimeError("second")


def context_chain():
    try:
        error_in_finally()
    except RuntimeError as e:
        return type(e.__context__).__name__, str(e.__context__)


def retry(attempts, int max_tries=3):
    """attempts: list of outcomes ('ok' or an exception name) consumed per try."""
    log = []
    for n in range(1, max_tries + 1):
        outcome = attempts.pop(0) if attempts else "ok"
        try:
            if outcome == "ok":
                log.append(f"ok@{n}")
                break
            raise {"io": OSError, "val": ValueError}[outcome]("attempt %d" % n)
        except OSError as e:
            log.append(f"retry after {e}")
            continue
        finally:
            log.append("cleanup")
    else:
        raise TimeoutError(f"gave up after {max_tries} tries: {log}")
    return log


def finally_with_return_value_swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed", i


def except_order(x):
    try:
        return [1, 2, 3][x]
    except (TypeError, IndexError) as e:
        return type(e).__name__
    except Exception:
        return "other"
