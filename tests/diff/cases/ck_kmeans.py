import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_kmeans")


def blobs(n, seed, dtype=np.float64):
    def make():
        g = np.random.default_rng(seed)
        c = np.array([[0.0, 0.0], [5.0, 5.0], [-5.0, 5.0]])
        return (c[g.integers(0, 3, n)] + g.normal(scale=0.5, size=(n, 2))).astype(dtype)
    return Lazy(make)


def arr(v, dtype=np.float64):
    return Lazy(lambda: np.array(v, dtype=dtype))


CEN = arr([[0.0, 0.0], [4.0, 4.0], [-4.0, 4.0]])
C.add("assign_labels", blobs(30, 1), CEN)
C.add("assign_labels", arr([[1.0, 1.0]]), arr([[1.0, 1.0], [1.0, 1.0]]))
C.add("assign_labels", arr([[np.nan, 1.0]]), arr([[1.0, 1.0]]))
C.add("assign_labels", Lazy(lambda: np.zeros((0, 2))), CEN)
C.add("assign_labels", blobs(5, 2), arr([[1.0, 2.0, 3.0]]), raises=ValueError, msg=True)
C.add("assign_labels", Lazy(lambda: np.asfortranarray(np.ones((3, 2)))), CEN, raises=ValueError, msg=True)
C.add("assign_labels", blobs(4, 3, np.float32), CEN, raises=ValueError, msg=True)

C.add("assign_labels_f32", blobs(20, 4, np.float32), arr([[0, 0], [4, 4], [-4, 4]], np.float32))
C.add("assign_labels_f32", arr([[1e30, 1e30]], np.float32), arr([[0, 0], [-1e30, -1e30]], np.float32))

C.add("update_centers", arr([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), arr([0, 1, 0], np.intc), 2)
C.add("update_centers", arr([[1.0, 2.0], [3.0, 4.0]]), arr([0, 0], np.intc), 3)
C.add("update_centers", arr([[1.0, 2.0]]), arr([3], np.intc), 2, raises=ValueError, msg=True, tb=("update_centers",))
C.add("update_centers", arr([[1.0, 2.0]]), arr([-1], np.intc), 2, raises=ValueError, msg=True)
C.add("update_centers", blobs(40, 5), Lazy(lambda: np.random.default_rng(5).integers(0, 4, 40).astype(np.intc)), 4,
      approx=True)
C.add("update_centers", arr([[1.0, 2.0]]), arr([0, 1], np.intc), 2)
C.add("update_centers", arr([[1.0, 2.0], [1.0, 1.0]]), arr([0], np.intc), 2, raises=IndexError, msg=True)

C.add("inertia", blobs(10, 6), CEN, Lazy(lambda: np.zeros(10, np.intc)))
C.add("inertia", arr([[1.0, 1.0]]), CEN, arr([5], np.intc), raises=IndexError, msg=True)
C.add("inertia", arr([[1.0, 1.0]]), CEN, arr([-1], np.intc))

C.add("center_shift", arr([[0.0, 0.0], [1.0, 1.0]]), arr([[3.0, 4.0], [1.0, 1.0]]))
C.add("center_shift", arr([[0.0, 0.0]]), arr([[1.0, 1.0], [2.0, 2.0]]))

C.add("kmeans_run", blobs(30, 7), CEN, approx=True)
C.add("kmeans_run", blobs(30, 8), CEN, 1)
C.add("kmeans_run", blobs(30, 8), arr([[0.0, 0.0], [100.0, 100.0]]))
C.add("kmeans_run", blobs(30, 9), CEN, max_iter=0)
C.add("kmeans_run", blobs(30, 9), CEN, tol=np.inf)

C.add("minibatch_update", arr([[0.0, 0.0], [1.0, 1.0]]), arr([1, 1], np.int_), arr([[2.0, 2.0], [3.0, 3.0], [4.0, 0.0]]),
      arr([0, 0, 1], np.intc), show_args=True)
C.add("minibatch_update", arr([[0.0, 0.0]]), arr([0], np.int_), arr([[2.0, 4.0]]), arr([0], np.intc), show_args=True)
C.add("minibatch_update", arr([[0.0, 0.0]]), arr([0], np.int32), arr([[2.0, 4.0]]), arr([0], np.intc),
      raises=ValueError, msg=True)
