import random

from diffcase import Cases

C = Cases("pyl_huffman")
rng = random.Random(1952)
TEXT = "this is an example of a huffman tree"
RTEXT = "".join(rng.choice("aaaabbbccd e") for _ in range(300))
C.each("frequencies", [TEXT, "", [1, 2, 1]])
C.each("build_codes", [{}, {"a": 5}, {"a": 5, "b": 9, "c": 12, "d": 13, "e": 16, "f": 45}, {"x": 1, "y": 1}])
C.each("encode", [TEXT, "aaaa", "", "ab", [3, 1, 3, 3]])
C.add("decode", "0101", {"a": "0", "b": "1"})
C.add("decode", "012", {"a": "0", "b": "1"}, raises=ValueError, msg=True)
C.add("decode", "10", {"a": "0", "b": "11"}, raises=ValueError, msg=True)
C.each("roundtrip", [TEXT, RTEXT, "", "ünïcödé ü"])
C.each("ratio", [TEXT, RTEXT, "", "zzzz"])
C.each("bits_to_bytes", ["", "1", "10110011", "1011001110"])
C.each("weighted_length", [{}, {"a": 5, "b": 9, "c": 12, "d": 13, "e": 16, "f": 45}])
