import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_signal")


def arr(v, dtype=np.float64):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=dtype))


X, H = arr([1, 2, 3, 4, 5]), arr([1, 0, -1])
for mode in ("full", "same", "valid"):
    C.add("convolve", X, H, mode)
    C.add("convolve", H, X, mode)
C.add("convolve", X, H, "circular", raises=ValueError, msg=True)
C.add("convolve", arr([]), H, raises=ValueError, msg=True)
C.add("convolve", Lazy(lambda: np.random.default_rng(1).normal(size=20)), arr([0.25, 0.5, 0.25]), "same", approx=True)
C.add("xcorr_lag", arr([0, 1, 0, 0]), arr([0, 0, 0, 1]), 3)
C.add("xcorr_lag", arr([1, 2]), arr([1, 2]), 0)
C.add("biquad", Lazy(lambda: np.r_[1.0, np.zeros(7)]), 0.2, 0.4, 0.2, -0.5, 0.25)
C.add("biquad", arr([]), 1, 0, 0, 0, 0)
C.add("zero_crossings", arr([1, -1, 2, 0, -0.0, -3], np.float32))
C.add("zero_crossings", Lazy(lambda: np.sin(np.linspace(0, 20, 200)).astype(np.float32)))
C.add("decimate_box", Lazy(lambda: np.arange(10.0)), 3)
C.add("decimate_box", Lazy(lambda: np.arange(10.0)), 0, raises=ValueError, msg=True)
C.add("decimate_box", Lazy(lambda: np.arange(2.0)), 5)
C.add("find_peaks", arr([0, 2, 1, 3, 1, 5, 5, 1, 0, 4, 0]))
C.add("find_peaks", arr([0, 2, 1, 3, 1, 5, 5, 1, 0, 4, 0]), 3)
C.add("find_peaks", arr([0, 2, 1, 3, 1, 5, 5, 1, 0, 4, 0]), height=3.5)
C.add("find_peaks", arr([1]))
C.add("rms_envelope", arr([3, -4, 0, 5]), 2)
C.add("rms_envelope", arr([3, -4]), 3)
C.add("rms_envelope", arr([3, -4]), 0, raises=ZeroDivisionError, msg=True)
