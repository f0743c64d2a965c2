import json
import random

from diffcase import Cases

C = Cases("pyl_json_mini")
rng = random.Random(13)


def rand_obj(depth=0):
    k = rng.randint(0, 6 if depth < 3 else 3)
    if k == 0:
        return rng.randint(-10**6, 10**6)
    if k == 1:
        return round(rng.uniform(-100, 100), 3)
    if k == 2:
        return "".join(rng.choice("ab\"\\\n é") for _ in range(rng.randint(0, 6)))
    if k == 3:
        return rng.choice([None, True, False])
    if k == 4:
        return [rand_obj(depth + 1) for _ in range(rng.randint(0, 3))]
    return {f"k{i}": rand_obj(depth + 1) for i in range(rng.randint(0, 3))}


OBJS = [rand_obj() for _ in range(6)]
C.each("loads", ["1", "-2.5e3", '"hi"', "[]", "{}", ' [1, 2 , [3, {"a": null}]] ', '{"a": true, "b": false}', '"\\u00e9\\n\\t\\"x"', "12345678901234567890"])
for o in OBJS:
    C.add("loads", json.dumps(o))
C.add("loads", "", raises=ValueError, msg=True)
C.add("loads", "[1, 2", raises=ValueError, msg=True)
C.add("loads", '{"a" 1}', raises=ValueError, msg=True)
C.add("loads", '{1: 2}', raises=ValueError, msg=True)
C.add("loads", '"abc', raises=ValueError, msg=True)
C.add("loads", '"\\q"', raises=ValueError, msg=True)
C.add("loads", "1 2", raises=ValueError, msg=True)
C.add("loads", "1.2.3", raises=ValueError, msg=True)
C.add("loads", "@", raises=ValueError, msg=True)
C.each("dumps", [None, True, 0, -5, 2.5, "a\"b\\c\n\x01", [], {}, [1, [2, [3]]], {"x": [1, {"y": None}]}, (1, 2)])
C.add("dumps", {"a": [1, 2], "b": {"c": "d"}}, 2)
C.add("dumps", [1, {"k": []}], 4)
for o in OBJS:
    C.add("dumps", o)
C.add("dumps", float("nan"), raises=ValueError, msg=True)
C.add("dumps", {1: 2}, raises=TypeError, msg=True)
C.add("dumps", {1, 2}, raises=TypeError, msg=True)
C.each("roundtrip", OBJS + [{"deep": [[[[]]]]}])
