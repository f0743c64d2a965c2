import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_gap_mv_const_source")


def ro(make):
    def f():
        a = make()
        a.flags.writeable = False
        return a
    return Lazy(f)


C.add("copy_into", Lazy(lambda: np.zeros(3)), ro(lambda: np.arange(3.0)), show_args=True)
C.add("copy_into", Lazy(lambda: np.zeros(3)), ro(lambda: np.arange(2.0)), raises=ValueError, msg=True)
C.add("block_copy", Lazy(lambda: np.zeros((3, 3))), ro(lambda: np.ones((2, 2))))
C.add("copy_bytes_into", Lazy(lambda: bytearray(b"......")), b"abc")
