from fractions import Fraction
from types import SimpleNamespace

from diffcase import Cases

C = Cases("pyl_type_dispatch")
C.each("kind", [None, True, 3, 2**80, 1.5, "s", b"b", {}, [], ((),), range(3), {1}, frozenset(), len, 1j, Fraction(1, 2)])
C.each("dispatch", [3, 2.345, "abc", [1, 2], ((1, 2, 3),), True])
C.add("dispatch", {}, raises=TypeError, msg=True)
C.add("dispatch", None, raises=TypeError, msg=True)
C.each("deep_size", [1, [], [1, [2, 3]], {"a": [1, 2], "b": {"c": (1,)}}, {1, 2}])
C.add("attrs", "s", ["upper", "nope", "__len__"])
C.add("attrs", SimpleNamespace(x=1, y=None), ["x", "y", "z"])
DATA = {"a": {"b": [10, {"c": "deep"}, 30]}, "n": SimpleNamespace(val=5)}
C.each("get_path", [(DATA, "a.b.1.c"), (DATA, "a.b.-1"), (DATA, "a.b.9"), (DATA, "a.x"), (DATA, "n.val"), (DATA, "n.zz"), ("str", "upper.x")])
C.add("get_path", DATA, "a.b.5", default="dflt")
C.each("is_number", [1, True, 1.5, Fraction(1, 3), 2j, "1", None])
C.add("normalize", {"b": [1.0, 2.5, {3, 1}], 1: b"\xff\xfe", "a": (True, None)})
C.add("normalize", [])
C.add("type_names", 1, True, 1.0, "x", None)
C.add("call_if_callable", len, [1, 2])
C.add("call_if_callable", 5)
C.add("call_if_callable", max, 3, 9, 1)
C.add("method_by_name", "hello", "replace", "l", "L")
C.add("method_by_name", [3, 1], "index", 1)
C.add("method_by_name", "x", "nope", raises=AttributeError, msg=True)
