from diffcase import Cases, Lazy

C = Cases("pyl_with_resources")


class Rec(list):
    """A context manager that logs into itself; __exit__ can swallow."""

    def __init__(self, swallow=False):
        super().__init__()
        self.swallow = swallow

    def __enter__(self):
        self.append("enter")
        return self

    def __exit__(self, t, v, tb):
        self.append(f"exit:{t.__name__ if t else None}")
        return self.swallow


class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")

    def __exit__(self, *a):
        return False


C.add("suppressed_lookup", {"a": 1, "b": 2}, ["a", "x", "b"])
C.add("suppressed_lookup", {}, [])
C.add("suppressed_lookup", {"a": 1}, [["unhashable"]], raises=TypeError)
C.add("capture_print", 1, "two", 3.0)
C.add("capture_print", "a", "b", sep="--")
C.add("capture_print")
C.each("use_manager", [(Lazy(Rec), "none"), (Lazy(Rec), "return")], show_args=True)
C.add("use_manager", Lazy(Rec), "raise", raises=ValueError, msg=True, show_args=True)
C.add("use_manager", Lazy(lambda: Rec(True)), "raise", show_args=True)
C.add("use_manager", Lazy(BadEnter), "none", raises=OSError, msg=True)
C.add("use_manager", 5, "none", raises=AttributeError)
C.add("use_in_loop", Lazy(Rec), 5, show_args=True)
C.add("use_in_loop", Lazy(Rec), 0, show_args=True)
C.add("two_managers", Lazy(Rec), Lazy(Rec), show_args=True)
C.add("two_managers", Lazy(Rec), Lazy(BadEnter), raises=OSError, show_args=True)
C.add("exit_stack", Lazy(lambda: [Rec(), Rec()]), show_args=True)
C.add("exit_stack", Lazy(lambda: [Rec(), Rec(), Rec()]), 1, raises=RuntimeError, msg=True, show_args=True)
C.add("exit_stack", Lazy(lambda: [Rec(), Rec(True)]), 0, show_args=True)
C.add("exit_stack", [])
C.add("optional_lock")
C.add("optional_lock", Lazy(Rec))
C.each("closing_reader", ["a\nb\n", "", "single"])
C.add("with_finally", Lazy(Rec), False, show_args=True)
C.add("with_finally", Lazy(Rec), True, show_args=True)
C.add("with_finally", Lazy(lambda: Rec(True)), True, show_args=True)
C.add("swallow", Lazy(lambda: Rec(True)), KeyError, show_args=True)
C.add("swallow", Lazy(Rec), KeyError, raises=KeyError, show_args=True)
C.add("with_no_as", Lazy(Rec), show_args=True)
