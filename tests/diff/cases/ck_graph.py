import numpy as np

from diffcase import ANY, Cases, Lazy

C = Cases("ck_graph")


def i32(v):
    v = list(v)
    return Lazy(lambda: np.array(v, dtype=np.int32))


# 0->1, 0->2, 1->3, 2->3, 3->4, 5 isolated
P, I = i32([0, 2, 3, 4, 5, 5, 5]), i32([1, 2, 3, 3, 4])
C.add("bfs_order", P, I, 0)
C.add("bfs_order", P, I, 3)
C.add("bfs_order", P, I, 5)
C.add("bfs_order", P, I, 6, raises=ValueError, msg=True)
C.add("bfs_order", P, I, -1, raises=ValueError, msg=True)
C.add("bfs_order", i32([0, 1]), i32([0]), 0)
C.add("components", 6, Lazy(lambda: np.array([[0, 1], [2, 3], [1, 3]], np.int32)))
C.add("components", 3, Lazy(lambda: np.zeros((0, 2), np.int32)))
C.add("components", 0, Lazy(lambda: np.zeros((0, 2), np.int32)))
C.add("components", 3, Lazy(lambda: np.array([[0, 5]], np.int32)), raises=IndexError, msg=True)
C.add("components", 50, Lazy(lambda: np.random.default_rng(1).integers(0, 50, (40, 2)).astype(np.int32)))
INF = np.inf
W = Lazy(lambda: np.array([[0, 4, 1, INF], [4, 0, 2, 5], [1, 2, 0, 8], [INF, 5, 8, 0]], dtype=np.float64))
C.add("dijkstra_dense", W, 0)
C.add("dijkstra_dense", W, 3)
C.add("dijkstra_dense", Lazy(lambda: np.full((3, 3), INF)), 1)
C.add("dijkstra_dense", Lazy(lambda: np.zeros((2, 3))), 0, raises=ValueError, msg=True)
C.add("dijkstra_dense", Lazy(lambda: np.array([[0, -1.0], [1.0, 0]])), 0, raises=ValueError, msg=True)
C.add("dijkstra_dense", W, 4, raises=IndexError, msg=True)
C.add("topo_sort", P, I)
C.add("topo_sort", i32([0, 1, 2]), i32([1, 0]), raises=ValueError, msg=True)
C.add("topo_sort", i32([0]), i32([]))
C.add("degrees", P, I)
