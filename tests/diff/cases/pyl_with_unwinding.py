from diffcase import Cases, Lazy

C = Cases("pyl_with_unwinding")


class Rec(list):
    def __init__(self, name="cm", swallow=False, fail_exit=False):
        super().__init__()
        self.name = name
        self.swallow = swallow
        self.fail_exit = fail_exit

    def __enter__(self):
        self.append(f"enter {self.name}")
        return self

    def __exit__(self, t, v, tb):
        self.append(f"exit {self.name}:{t.__name__ if t else None}")
        if self.fail_exit:
            raise OSError("exit failed")
        return self.swallow


C.add("nested_return", Lazy(lambda: Rec("a")), Lazy(lambda: Rec("b")), show_args=True)
C.add("nested_break", Lazy(lambda: Rec("a")), Lazy(lambda: Rec("b")), 3, show_args=True)
C.add("continue_in_nested", Lazy(Rec), 4, show_args=True)
C.add("exit_raises", Lazy(lambda: Rec(fail_exit=True)), show_args=True)
C.add("exit_truthy", Lazy(lambda: Rec(swallow=1)), show_args=True)
C.add("exit_truthy", Lazy(lambda: Rec(swallow="yes")), show_args=True)
C.add("exit_truthy", Lazy(lambda: Rec(swallow=0)), raises=KeyError, show_args=True)
C.add("exit_truthy", Lazy(lambda: Rec(swallow=[])), raises=KeyError, show_args=True)
C.add("return_in_finally_after_with", Lazy(Rec), show_args=True)
C.add("with_in_while", Lazy(Rec), ["a", "b"], show_args=True)
C.add("with_in_while", Lazy(Rec), ["a", "stop", "c"], show_args=True)
C.add("with_in_while", Lazy(Rec), [], show_args=True)
C.add("exception_after_partial", Lazy(lambda: Rec("a")), Lazy(lambda: Rec("b")), True, raises=RuntimeError, show_args=True)
C.add("exception_after_partial", Lazy(lambda: Rec("a")), Lazy(lambda: Rec("b")), False, show_args=True)
