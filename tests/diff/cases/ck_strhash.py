import array

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_strhash")
WORDS = [b"", b"a", b"foobar", b"The quick brown fox jumps over the lazy dog", bytes(range(256))]

C.each("fnv1a_32", WORDS)
C.add("fnv1a_32", Lazy(lambda: bytearray(b"mutable")))
C.add("fnv1a_32", Lazy(lambda: np.frombuffer(b"abcdef", np.uint8)[::2]))
C.add("fnv1a_32", "text", raises=TypeError)
C.add("fnv1a_32", Lazy(lambda: array.array("B", b"xyz")))
C.add("fnv1a_32", Lazy(lambda: array.array("b", b"xyz")), raises=ValueError, msg=True)
C.each("fnv1a_64", WORDS)
C.add("fnv1a_64", Lazy(lambda: np.frombuffer(b"abcdef", np.uint8)[::2]), raises=ValueError, msg=True)
C.each("djb2", [b"", b"hello", b"hello\0world", b"\xff\xfe"])
C.add("djb2", "hello", raises=TypeError, msg=True)
C.add("bucket_counts", [None], 2, raises=TypeError, msg=True)
C.add("djb2", None, raises=TypeError)
C.add("djb2", Lazy(lambda: bytearray(b"abc")), raises=TypeError, msg=True)
C.each("murmur_fmix32", [0, 1, 0xDEADBEEF, 2**32 - 1])
C.each("crc32", WORDS)
C.add("crc32", b"world", 0x3610A686)
C.add("crc32", b"x", crc=-1, raises=OverflowError, msg=True)
C.each("adler32", WORDS + [b"\xff" * 6000])
C.each("rabin_karp", [(b"abracadabra", b"abra"), (b"aaaaa", b"aa"), (b"abc", b""), (b"ab", b"abc"),
                      (b"\x00\xff\x00\xff", b"\x00\xff")])
C.add("rabin_karp", "abc", b"a", raises=TypeError, msg=True)
C.add("hash_column", [b"a", "a", "\u00e9", b"\xc3\xa9"])
C.add("hash_column", [])
C.add("hash_column", [1], raises=TypeError, msg=True)
C.add("hash_column", [None])  # None passes as bytes and as a None view
C.each("c_strlen", [b"abc", b"ab\0cd", b""])
C.add("bucket_counts", [b"alpha", b"beta", b"gamma", b"delta", b"epsilon"], 3)
C.add("bucket_counts", [b"alpha"], 0, raises=ZeroDivisionError, msg=True)
C.add("bucket_counts", ["alpha"], 2, raises=TypeError, msg=True)
