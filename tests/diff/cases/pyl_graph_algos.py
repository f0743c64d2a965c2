import random

from diffcase import Cases

C = Cases("pyl_graph_algos")
rng = random.Random(5)
G = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
CYC = {1: [2], 2: [3], 3: [1], 4: [1]}
rnd = {i: sorted(rng.sample(range(30), rng.randint(0, 4))) for i in range(30)}
dag = {i: sorted(j for j in rng.sample(range(i + 1, 40), min(3, 39 - i))) for i in range(40)}
for f in ("bfs_order", "dfs_order", "dfs_recursive"):
    C.add(f, G, "a")
    C.add(f, rnd, 0)
    C.add(f, {}, "x")
C.add("bfs_order", [1, 2], 1, raises=TypeError)
C.add("toposort", G)
C.add("toposort", dag)
C.add("toposort", {})
C.add("toposort", CYC, raises=ValueError, msg=True)
C.add("toposort", {"x": [1], 2: []}, raises=TypeError)
C.add("components", {1: [2], 3: [4], 5: [], 2: [6]})
C.add("components", rnd)
C.add("components", {})
C.add("shortest_path", G, "a", "f")
C.add("shortest_path", G, "f", "a")
C.add("shortest_path", rnd, 0, 29)
C.add("shortest_path", G, "a", "a")
W = {"s": {"a": 4, "b": 1}, "b": {"a": 2, "c": 5}, "a": {"c": 1}, "c": {}}
C.add("dijkstra", W, "s")
C.add("dijkstra", {"s": {"a": 0.5, "b": 2}, "a": {"b": 1.25}}, "s")
C.add("dijkstra", {0: {1: 3, 2: -1}}, 0, raises=ValueError, msg=True)
C.add("dijkstra", {i: {j: rng.randint(1, 20) for j in rng.sample(range(25), 3)} for i in range(25)}, 0)
C.each("has_cycle", [G, CYC, {}, rnd, dag])
C.each("degree_stats", [G, {}, rnd, {1: []}])
