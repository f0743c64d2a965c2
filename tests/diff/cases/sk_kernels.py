import random

import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("sk_kernels")
rng = random.Random(5101)


def arr(values, dtype=np.float64):
    values = list(values)
    return Lazy(lambda: np.array(values, dtype=dtype))


def mat(r, c, seed, dtype=np.float64, order="C"):
    def make():
        g = np.random.default_rng(seed)
        return np.array(g.normal(size=(r, c)), dtype=dtype, order=order)

    return Lazy(make)


C.add("row_norms", mat(4, 3, 1))
C.add("row_norms", mat(4, 3, 1), True)
C.add("row_norms", mat(4, 3, 1), squared=True)
C.add("row_norms", Lazy(lambda: np.zeros((0, 3))))
C.add("row_norms", mat(4, 3, 1, order="F"), raises=ValueError, msg=True)
C.add("row_norms", mat(4, 3, 1, dtype=np.float32), raises=ValueError, msg=True)
C.add("row_norms", Lazy(lambda: np.zeros(3)), raises=ValueError, msg=True)
C.add("row_norms", [[1.0, 2.0]], raises=TypeError)
C.add("row_norms", Lazy(lambda: np.ones((2, 2))), 5)
C.add("row_norms", Lazy(lambda: np.ones((2, 2))), squared="yes")

C.add("pairwise_sqeuclid", mat(3, 4, 2), mat(5, 4, 3))
C.add("pairwise_sqeuclid", mat(1, 1, 2), mat(1, 1, 3))
C.add("pairwise_sqeuclid", mat(3, 4, 2), mat(5, 3, 3), raises=ValueError, msg=True)
C.add("pairwise_sqeuclid", Lazy(lambda: np.zeros((0, 2))), mat(2, 2, 4))

C.add("argmin_rows", mat(5, 4, 5))
C.add("argmin_rows", Lazy(lambda: np.array([[np.nan, np.inf], [np.inf, np.inf], [1.0, 1.0]])))
C.add("argmin_rows", Lazy(lambda: np.zeros((3, 0))))
C.add("argmin_rows", Lazy(lambda: np.arange(12.0).reshape(3, 4)[:, ::-1]))
C.add("argmin_rows", Lazy(lambda: np.arange(12.0).reshape(3, 4).T))

C.add("weighted_mean_f32", arr([1, 2, 3], np.float32), arr([1, 1, 2], np.float32))
C.add("weighted_mean_f32", arr([1, 2], np.float32), arr([0, 0], np.float32))
C.add("weighted_mean_f32", arr([1.1, 2.2, 3.3], np.float32), arr([0.5, 0.25, 0.125], np.float32))
C.add("weighted_mean_f32", arr([1, 2], np.float32), arr([1], np.float32), raises=ValueError, msg=True)
C.add("weighted_mean_f32", arr([1, 2]), arr([1, 2]), raises=ValueError, msg=True)

C.add("count_labels", arr([0, 1, 1, 2, 2, 2], np.int64), 4)
C.add("count_labels", arr([], np.int64), 0)
C.add("count_labels", arr([0, 3], np.int64), 3, raises=ValueError, msg=True)
C.add("count_labels", arr([0, -1], np.int64), 3, raises=ValueError, msg=True)
C.add("count_labels", arr([0, 1], np.int32), 3, raises=ValueError, msg=True)
C.add("count_labels", arr([0, 1], np.int64), -1, raises=ValueError, msg=True)
C.add("count_labels", arr([0, 1], np.int64), 2.5, raises=TypeError, msg=True)
C.add("count_labels", Lazy(lambda: np.array([5, 1, 2], dtype=np.int64)), 6)

C.add("masked_sum", arr([1, 0, 1, 1], np.uint8), arr([1.5, 2.0, 3.0, -1.0]))
C.add("masked_sum", Lazy(lambda: np.array([True, False, True])), arr([1.0, 2.0, 4.0]), raises=ANY)
C.add("masked_sum", Lazy(lambda: bytes([1, 0, 1])), arr([1.0, 2.0, 4.0]))
C.add("masked_sum", Lazy(lambda: bytearray([0, 0, 7])), arr([1.0, 2.0, 4.0]))
C.add("masked_sum", arr([1], np.uint8), arr([1.0, 2.0]), raises=IndexError, msg=True)

C.add("softmax_rows", mat(3, 4, 6), show_args=True)
C.add("softmax_rows", Lazy(lambda: np.array([[1000.0, 1000.0], [-1000.0, 0.0]])))
C.add("softmax_rows", Lazy(lambda: np.zeros((2, 0))))
C.add("softmax_rows", Lazy(lambda: np.ones((2, 2))[:, :1]), raises=ValueError, msg=True)

C.add("cumsum_scratch", arr([1, 2, 3, 4.5]))
C.add("cumsum_scratch", arr([]))
C.add("cumsum_scratch", Lazy(lambda: np.arange(10.0)[::-3]))
C.add("cumsum_scratch", arr([1, 2], np.int64), raises=ValueError, msg=True)

C.add("argsort_insertion", arr([3.0, 1.0, 2.0, 1.0, -5.0]))
C.add("argsort_insertion", arr([]))
xs = [rng.uniform(-10, 10) for _ in range(50)]
C.add("argsort_insertion", arr(xs), label="argsort_insertion_random")
C.add("argsort_insertion", arr([1.0, np.nan, 0.0]))

C.add("buffer_sum2d", mat(3, 3, 7))
C.add("buffer_sum2d", mat(3, 3, 7, order="F"))
C.add("buffer_sum2d", Lazy(lambda: np.zeros((0, 0))))
C.add("buffer_sum2d", mat(2, 2, 7, dtype=np.float32), raises=ValueError, msg=True)
C.add("buffer_sum2d", Lazy(lambda: np.zeros(3)), raises=ValueError, msg=True)
C.add("buffer_sum2d", [[1.0]], raises=TypeError, msg=True)

C.add("scale_empty_like", arr([1.0, 2.0, -3.0]), 2.0)
C.add("scale_empty_like", Lazy(lambda: np.arange(6.0)[::2]), -1.0)
C.add("scale_empty_like", arr([1, 2], np.int64), 2.0, raises=ValueError, msg=True)

C.add("logsumexp", arr([1.0, 2.0, 3.0]), approx=True)
C.add("logsumexp", arr([]))
C.add("logsumexp", arr([-np.inf, -np.inf]))
C.add("logsumexp", arr([np.inf, 1.0]))
C.add("logsumexp", arr([1000.0, 1000.0]))
C.add("logsumexp", Lazy(lambda: np.arange(5.0).reshape(1, 5)), raises=ValueError, msg=True)

C.add("column_mean_std", mat(6, 3, 8), approx=True)
C.add("column_mean_std", Lazy(lambda: np.zeros((0, 3))), raises=ValueError, msg=True)
C.add("column_mean_std", Lazy(lambda: np.ones((4, 2))))

C.add("histogram_u8", arr([0, 255, 3, 3, 3, 128], np.uint8))
C.add("histogram_u8", Lazy(lambda: bytes(range(10)) * 3))
C.add("histogram_u8", arr([1, 2], np.int8), raises=ValueError, msg=True)

C.add("dot_mixed", arr([1, 2, 3], np.float32), arr([0.5, 0.25, 0.125]))
C.add("dot_mixed", arr([1.1, 2.2], np.float32), arr([1.0, 1.0, 1.0]))
C.add("dot_mixed", arr([1.1, 2.2]), arr([1.0, 1.0]), raises=ValueError, msg=True)

C.add("clip_inplace", arr([-2.0, 0.5, 3.0, np.nan]), 0.0, 1.0, show_args=True)
C.add("clip_inplace", arr([1.0, 2.0]), 5.0, 1.0, show_args=True)

C.add("manhattan_intp", arr([1, -5, 7], np.intp), arr([0, 5, -7], np.intp))
C.add("manhattan_intp", arr([1, 2], np.intp), arr([1], np.intp), raises=IndexError, msg=True)
C.add("manhattan_intp", arr([1, 2], np.int32), arr([1, 2], np.int32), raises=ValueError, msg=True)

# CSR matrix [[1, 0, 2], [0, 0, 3], [4, 5, 0]]
C.add("csr_matvec", arr([1, 2, 3, 4, 5.0]), arr([0, 2, 2, 0, 1], np.int32), arr([0, 2, 3, 5], np.int32),
      arr([1.0, 10.0, 100.0]))
C.add("csr_matvec", arr([]), arr([], np.int32), arr([0], np.int32), arr([]))
C.add("csr_matvec", arr([1.0]), arr([5], np.int32), arr([0, 1], np.int32), arr([1.0, 2.0]),
      raises=IndexError, msg=True)
C.add("csr_matvec", arr([1.0]), arr([0], np.int64), arr([0, 1], np.int32), arr([1.0]), raises=ValueError, msg=True)

C.add("bincount_weighted", arr([0, 2, 2, 5], np.int32), arr([1.0, 0.5, 0.5, 2.0]))
C.add("bincount_weighted", arr([1], np.int32), arr([3.0]), 5)
C.add("bincount_weighted", arr([1], np.int32), arr([3.0]), minlength=4)
C.add("bincount_weighted", arr([], np.int32), arr([]))
C.add("bincount_weighted", arr([-1], np.int32), arr([3.0]), raises=IndexError, msg=True)

C.add("relu_grad", arr([1.0, 2.0, 3.0, 4.0]), arr([-1.0, 0.0, 0.5, 2.0]), show_args=True)
C.add("relu_grad", arr([]), arr([]))
C.add("relu_grad", arr([1.0]), arr([1.0, 2.0]), raises=ValueError, msg=True)
C.add("relu_grad", Lazy(lambda: np.ones(4)[::2]), arr([1.0, 2.0]), raises=ValueError, msg=True)

C.add("kmeans_step", mat(10, 2, 9), Lazy(lambda: np.array([[0.0, 0.0], [1.0, 1.0], [-1.0, 0.5]])), approx=True)
C.add("kmeans_step", mat(4, 3, 9), Lazy(lambda: np.array([[100.0, 0.0, 0.0]])), approx=True)

C.add("nan_aware_max", arr([1.0, np.nan, 3.0, np.nan]))
C.add("nan_aware_max", arr([]))
C.add("nan_aware_max", arr([np.nan]))

C.add("axpy_f32", 2.0, arr([1, 2, 3], np.float32), arr([1, 1, 1], np.float32), show_args=True)
C.add("axpy_f32", 1e40, arr([1], np.float32), arr([1], np.float32), show_args=True)
C.add("axpy_f32", "2", arr([1], np.float32), arr([1], np.float32), raises=TypeError, msg=True)

C.add("int64_prefix_max", arr([3, 1, 4, 1, 5, 9, 2, 6], np.int64))
C.add("int64_prefix_max", arr([], np.int64))
C.add("int64_prefix_max", arr([-(2 ** 63), 2 ** 63 - 1, 0], np.int64))
C.add("int64_prefix_max", Lazy(lambda: np.arange(10, dtype=np.int64)[::-2]))
