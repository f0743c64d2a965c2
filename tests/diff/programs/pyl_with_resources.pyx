"""Resource handling with `with`: contextlib helpers and context managers
passed in by the caller (log what happens in which order)."""
import io
from contextlib import suppress, nullcontext, redirect_stdout, ExitStack, closing


def suppressed_lookup(dict d, keys):
    found = []
    for k in keys:
        with suppress(KeyError):
            found.append(d[k])
            continue
        found.append(None)
    return found


def capture_print(*items, sep=" "):
    buf = io.StringIO()
    with redirect_stdout(buf):
        print(*items, sep=sep)
        print("done", end="!")
    return buf.getvalue()


def use_manager(cm, action):
    """`cm` records enter/exit; action decides how the block ends."""
    with cm as handle:
        handle.append("body")
        if action == "raise":
            raise ValueError("from body")
        if action == "return":
            return "returned"
        handle.append("after")
    return "fell through"


def use_in_loop(cm, int n):
    out = []
    for i in range(n):
        with cm as h:
            if i == 1:
                continue
            if i == 3:
                break
            h.append(i)
            out.append(i)
    return out


def two_managers(a, b):
    with a as x, b as y:
        x.append("x-body")
        y.append("y-body")
    return "ok"


def exit_stack(managers, fail_at=-1):
    with ExitStack() as stack:
        handles = [stack.enter_context(m) for m in managers]
        for i, h in enumerate(handles):
            if i == fail_at:
                raise RuntimeError(f"fail at {i}")
            h.append(f"used {i}")
    return len(handles)


def optional_lock(lock=None):
    with (lock if lock is not None else nullcontext("no lock")) as held:
        return held


def closing_reader(str text):
    with closing(io.StringIO(text)) as f:
        lines = [ln.rstrip("\n") for ln in f]
    return lines, f.closed


def with_finally(cm, bint fail):
    log = []
    try:
        with cm as h:
            log.append("in")
            if fail:
                1 / 0
    except ZeroDivisionError:
        log.append("caught")
    finally:
        log.append("finally")
    return log


def swallow(cm, exc_type):
    with cm:
        raise exc_type("swallowed?")
    return "swallowed"


def with_no_as(cm):
    with cm:
        pass
    with cm:
        pass
    return True
