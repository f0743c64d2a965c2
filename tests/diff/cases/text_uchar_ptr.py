import zlib

from diffcase import Cases

C = Cases("text_uchar_ptr")
C.each("bytes_checksum", [b"", b"hello", bytes(range(256)), b"\xff" * 100])
C.add("bytes_checksum", bytearray(b"ab"), raises=TypeError, msg=True)
C.each("count_high", [b"", b"abc\x80\xff", bytes(range(256))])
C.each("adler32", [b"", b"Wikipedia", bytes(range(256)) * 20])
