import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_object_views")


def obj(v):
    v = list(v)
    def make():
        a = np.empty(len(v), dtype=object)
        a[:] = v
        return a
    return Lazy(make)


C.add("count_null", obj([1, None, float("nan"), "x", None]))
C.add("count_null", obj([]))
C.add("count_null", Lazy(lambda: np.arange(3.0)), raises=ValueError, msg=True)
C.add("str_lengths", obj(["ab", "", "hello", 5, None]))
C.add("fill_none", obj([None, 1, None]), "z", show_args=True)
C.add("fill_none", Lazy(lambda: np.array([None, 2, None, 4], dtype=object)[::2]), 0, show_args=True)
C.add("buffer_upper", obj(["ab", 1, "Cd", None]))
C.add("buffer_upper", Lazy(lambda: np.array([1, 2])), raises=ValueError, msg=True)
C.add("infer_kind", obj([1, 2, 3]))
C.add("infer_kind", obj([1.5, 2.0]))
C.add("infer_kind", obj(["a", "b"]))
C.add("infer_kind", obj([1, "b"]))
C.add("infer_kind", obj([True, 1]))
C.add("infer_kind", obj([]))
