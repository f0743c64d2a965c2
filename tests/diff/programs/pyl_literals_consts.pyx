"""Literal forms and constant expressions a module defines: integer bases and
underscores, big ints, float forms, string and bytes literal forms,
concatenation, constant folding."""

KB = 1_024
MB = KB * KB
MASK64 = 0xFFFF_FFFF_FFFF_FFFF
PERMS = 0o755
FLAGS = 0b1010_0101
GOOGOL = 10 ** 100
BIG_LIT = 123456789012345678901234567890
NEG_BIG = -0x8000_0000_0000_0000
TINY = 1e-400
HUGE = 1e400
HALF = .5
FIVE = 5.
SCI = 6.022_140_76e23
RAW = r"C:\path\n"
JOINED = "abc" "def" 'ghi'
MULTI = """line1
line2\tend"""
BYTES = b"\x00\xffAB" b"\n"
UNI = "\u00e9\U0001F600\x41\N{GREEK SMALL LETTER ALPHA}"
EMPTY = ""


def ints():
    return KB, MB, MASK64, PERMS, FLAGS, NEG_BIG, MASK64 + 1, MASK64 >> 60, -MASK64 // 3


def bigs():
    return GOOGOL % 97, len(str(GOOGOL)), BIG_LIT * BIG_LIT, BIG_LIT // 10**20, -BIG_LIT % 10**9


def floats():
    return TINY, HUGE, -HUGE, HALF, FIVE, SCI, 1e-5, 1e16, 0.1 + 0.2, 1 / 3, 2 ** -1074, 1.7976931348623157e308 * 10


def strings():
    return RAW, len(RAW), JOINED, MULTI, BYTES, len(BYTES), UNI, len(UNI), EMPTY == "", "'\"'" + '"\'"'


def folded():
    return (2 ** 10 - 1, -7 // 2, -7 % 2, 7 // -2, 2 ** 0.5, (1 << 62) * 4, ~0, -(-3), not 0,
            "ab" * 3, [0] * 3, (1, 2) + (3,), 10 / 4, 3 > 2 > 1, "a" < "b" < "c", 1 if 0 else 2)


def typed_consts():
    cdef long long big = 9_223_372_036_854_775_807
    cdef double d = 1e308
    cdef int neg = -2_147_483_648
    cdef unsigned char uc = 255
    return big, d * 10, neg, uc, big // -1 if False else -big


def escapes():
    return "\a\b\f\v\0", "\101\x42\u0043", len("\N{SNOWMAN}"), b"\101\x42", "tab\there"


def byte_items():
    return BYTES[0], BYTES[1], BYTES[-1], list(BYTES[:3]), BYTES.hex(), bytes([65, 66]), bytes(3)


def char_literals():
    cdef char c = b"A"[0]
    cdef Py_ssize_t u = ord("é")
    return c, u, ord("é"), chr(0x1F600)
