"""Unwinding through nested with/try/finally/loops: every manager must be
exited exactly once, in reverse order, whatever leaves the block."""


def nested_return(a, b):
    with a:
        with b:
            return "ret"


def nested_break(a, b, int n):
    for i in range(n):
        with a:
            try:
                with b:
                    if i == 1:
                        break
            finally:
                a.append(f"finally{i}")
    return "done"


def continue_in_nested(a, int n):
    out = []
    for i in range(n):
        try:
            with a:
                if i % 2:
                    continue
                out.append(i)
        finally:
            out.append(f"f{i}")
    return out


def exit_raises(cm):
    try:
        with cm:
            raise ValueError("body")
    except Exception as e:
        return type(e).__name__, str(e), type(e.__context__).__name__ if e.__context__ else None


def exit_truthy(cm):
    with cm:
        raise KeyError("suppressed?")
    return "after"


def return_in_finally_after_with(cm):
    try:
        with cm:
            raise ValueError("lost")
    finally:
        return "finally wins"


def with_in_while(cm, items):
    i = 0
    while i < len(items):
        with cm as h:
            h.append(items[i])
            i += 1
            if items[i - 1] == "stop":
                break
    else:
        return "exhausted"
    return "stopped"


def exception_after_partial(a, b, bint fail_body):
    with a:
        if fail_body:
            raise RuntimeError("before b")
        with b:
            pass
    return "ok"
