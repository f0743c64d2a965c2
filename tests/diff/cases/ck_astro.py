import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_astro")
C.each("haversine", [(0, 0, 0, 0), (10, 20, 10.5, 20.5), (0, 90, 180, -90), (359, 0, 1, 0)])
C.each("vincenty", [(0, 0, 0, 0), (10, 20, 10.5, 20.5), (0, 90, 180, -90), (359, 0, 1, 0), (0, 0, 180, 0)])
C.add("wrap_ra", Lazy(lambda: np.array([-10.0, 0.0, 370.0, 359.9, 720.0])))
C.add("wrap_ra", Lazy(lambda: np.array([-10.0, 0.0, 190.0, 180.0])), 180.0)
C.each("julian_day", [(2000, 1, 1), (1970, 1, 1), (-4712, 1, 1), (1582, 10, 15), (2024, 2, 29), (-100, 3, 1)])
C.add("sigma_clip", Lazy(lambda: np.r_[np.random.default_rng(1).normal(size=50), [50.0, -40.0]]), approx=True)
C.add("sigma_clip", Lazy(lambda: np.array([1.0, 1.0, 1.0])))
C.add("sigma_clip", Lazy(lambda: np.array([np.nan, np.nan])))
C.add("sigma_clip", Lazy(lambda: np.array([])))
C.add("sigma_clip", Lazy(lambda: np.array([1.0, 2.0, 3.0, 100.0])), 1.0, 1)
C.add("mag_to_flux", Lazy(lambda: np.array([25.0, 20.0, 30.0])))
C.add("mag_to_flux", Lazy(lambda: np.array([0.0])), zp=0.0)
C.each("flux_to_mag", [(1.0,), (100.0,), (1e-30, 0.0)])
C.add("flux_to_mag", 0.0, raises=ValueError, msg=True)
C.add("flux_to_mag", -1.0, raises=ValueError, msg=True)
C.add("bin_times", Lazy(lambda: np.array([0.1, 0.5, 1.2, 1.3, 3.9, -0.5])), Lazy(lambda: np.arange(6.0)), 1.0)
C.add("bin_times", Lazy(lambda: np.array([])), Lazy(lambda: np.array([])), 1.0)
C.add("bin_times", Lazy(lambda: np.array([1.0])), Lazy(lambda: np.array([1.0])), 0.0, raises=ValueError, msg=True)
C.add("bin_times", Lazy(lambda: np.array([1.0])), Lazy(lambda: np.array([])), 1.0, raises=ValueError, msg=True)
