import cstructs as S, traceback
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, "->", repr(r))
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        # Cython adds frames of its conversion utilities: compare ours only.
        frames = [(x.name, x.lineno) for x in tb[1:] if x.name.startswith("cstructs.")]
        print(f.__name__, "!!", type(e).__name__, e, frames[:1])
t(S.literal, 1.5, -2.0)
t(S.nested, 7)
t(S.from_dict, {"x": 1, "y": 2.5}, {"lo": {"x": 0, "y": 0}, "hi": {"x": 1, "y": 9}, "tag": 3})
t(S.from_dict, {"x": 1}, {})
t(S.from_dict, [1, 2], {})
t(S.from_dict, 5, {})
t(S.from_dict, {"x": 1, "y": "a"}, {})
t(S.from_dict, {"x": 1, "y": 2}, {"lo": {"x": 0, "y": 0}, "hi": {"x": 1, "y": 9}})
t(S.union_bits, 0.0); t(S.union_bits, 1.0)
t(S.ptr_diff, 5); t(S.ptr_diff, 0)
t(S.chars, b"xyz"); t(S.chars, b""); t(S.chars, None)
