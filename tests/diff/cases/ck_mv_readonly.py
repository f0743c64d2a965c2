import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_mv_readonly")


def ro(make):
    def f():
        a = make()
        a.flags.writeable = False
        return a
    return Lazy(f)


C.add("ro_sum", ro(lambda: np.arange(5.0)))
C.add("ro_sum", Lazy(lambda: np.arange(5.0)))
C.add("ro_sum", Lazy(lambda: np.frombuffer(b"\x00" * 8 + b"\x00\x00\x00\x00\x00\x00\xf0\x3f", dtype=np.float64)))
C.add("ro_sum", ro(lambda: np.arange(10.0)[::3]))
C.add("rw_sum", ro(lambda: np.arange(5.0)), raises=ValueError, msg=True)
C.add("rw_sum", Lazy(lambda: np.frombuffer(b"\x00" * 16, dtype=np.float64)), raises=ValueError, msg=True)
C.add("rw_sum", Lazy(lambda: np.arange(5.0)))
C.add("ro_bytes_stats", b"hello")
C.add("ro_bytes_stats", b"")
C.add("ro_bytes_stats", Lazy(lambda: memoryview(b"\x05\xff\x00")))
C.add("ro_bytes_stats", Lazy(lambda: bytearray(b"abc")))
C.add("ro_bytes_stats", "str", raises=TypeError)
C.add("ro_2d_trace", ro(lambda: np.arange(9, dtype=np.longlong).reshape(3, 3)))
C.add("ro_2d_trace", ro(lambda: np.arange(12, dtype=np.longlong).reshape(3, 4).T))
C.add("ro_2d_trace", ro(lambda: np.arange(9, dtype=np.int32).reshape(3, 3)), raises=ValueError, msg=True)
C.add("ro_slice_copy", ro(lambda: np.arange(4.0)))
C.add("ro_as_array", ro(lambda: np.arange(3, dtype=np.float32)))
C.add("ro_as_array", Lazy(lambda: np.arange(3, dtype=np.float32)))
C.add("write_first", Lazy(lambda: bytearray(b"abc")), 90)
C.add("write_first", b"abc", 90, raises=BufferError)
C.add("write_first", Lazy(lambda: bytearray(b"")), 90, raises=IndexError, msg=True)
C.add("ro_struct_scan", b"a,b,,c", 44, raises=ValueError, msg=True)  # bytes export unsigned char
C.add("ro_struct_scan", Lazy(lambda: np.frombuffer(b"x;y", dtype=np.int8)), 59)
C.add("ro_struct_scan", Lazy(lambda: np.frombuffer(b"x;y", dtype=np.uint8)), 59, raises=ValueError, msg=True)
