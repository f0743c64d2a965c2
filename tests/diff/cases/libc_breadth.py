import random

from diffcase import Cases

C = Cases("libc_breadth")
rng = random.Random(5105)
C.each("parse_long", [(b"123abc", 10), (b"  -ff", 16), (b"0x1A", 0), (b"zz", 10), (b"777", 8)])
C.each("parse_double", [(b"1.5e3xyz",), (b"  -0.25",), (b"inf",), (b"abc",)])
C.add("constants")
C.each("float_funcs", [1.5, -0.0, 100.0])
C.each("rounding", [2.5, -2.5, 0.49999999999999994, -0.0, 1e300])
C.each("misc_math", [(1.0, 2.0), (7.5, 2.0), (-1.0, 3.0)])
C.each("labs_div", [(-5, 7, 2), (3, -7, 2)])
C.each("find_byte", [(b"hello", 108), (b"hello", 122), (b"", 0)])
C.each("last_sep", [b"/usr/lib/x.so", b"plain", b"trailing/"])
C.each("prefix_cmp", [(b"abcdef", b"abcxyz", 3), (b"abcdef", b"abcxyz", 4), (b"b", b"a", 1)])

