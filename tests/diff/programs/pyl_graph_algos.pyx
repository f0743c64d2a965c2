"""Graph helpers on adjacency dicts: BFS, DFS, topological sort, components,
shortest paths. Nodes are any hashable Python objects."""
from collections import deque


def bfs_order(dict graph, start):
    seen = {start}
    order = []
    queue = deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order


def dfs_order(dict graph, start):
    seen = set()
    order = []
    stack = [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        order.append(node)
        for nxt in reversed(graph.get(node, [])):
            if nxt not in seen:
                stack.append(nxt)
    return order


def dfs_recursive(graph, start):
    out = []
    def visit(n):
        if n in out:
            return
        out.append(n)
        for m in graph.get(n, ()):
            visit(m)
    visit(start)
    return out


def toposort(dict graph):
    """Kahn's algorithm; raises ValueError on a cycle."""
    indeg = {}
    for u, vs in graph.items():
        indeg.setdefault(u, 0)
        for v in vs:
            indeg[v] = indeg.get(v, 0) + 1
    ready = sorted([n for n, d in indeg.items() if d == 0])
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for v in graph.get(n, ()):
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
                ready.sort()
    if len(order) != len(indeg):
        stuck = sorted(n for n, d in indeg.items() if d > 0)
        raise ValueError(f"cycle among {stuck}")
    return order


def components(dict graph):
    """Connected components of an undirected graph, each sorted."""
    adj = {}
    for u, vs in graph.items():
        adj.setdefault(u, set())
        for v in vs:
            adj[u].add(v)
            adj.setdefault(v, set()).add(u)
    seen = set()
    comps = []
    for node in sorted(adj):
        if node in seen:
            continue
        comp = []
        stack = [node]
        seen.add(node)
        while stack:
            n = stack.pop()
            comp.append(n)
            for m in adj[n]:
                if m not in seen:
                    seen.add(m)
                    stack.append(m)
        comps.append(sorted(comp))
    return comps


def shortest_path(dict graph, start, goal):
    prev = {start: None}
    queue = deque([start])
    while queue:
        n = queue.popleft()
        if n == goal:
            break
        for m in graph.get(n, ()):
            if m not in prev:
                prev[m] = n
                queue.append(m)
    else:
        return None
    path = []
    node = goal
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]


def dijkstra(dict wgraph, start):
    import heapq
    dist = {start: 0}
    heap = [(0, start)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in wgraph.get(u, {}).items():
            if w < 0:
                raise ValueError("negative edge %r->%r" % (u, v))
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return dict(sorted(dist.items()))


def has_cycle(dict graph):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {n: WHITE for n in graph}
    def visit(u):
        color[u] = GREY
        for v in graph.get(u, ()):
            c = color.get(v, WHITE)
            if c == GREY:
                return True
            if c == WHITE and visit(v):
                return True
        color[u] = BLACK
        return False
    return any(visit(n) for n in sorted(graph) if color[n] == WHITE)


def degree_stats(dict graph):
    cdef int lo = 1 << 30, hi = -1
    cdef Py_ssize_t total = 0
    for u, vs in graph.items():
        d = len(vs)
        total += d
        lo = min(lo, d)
        hi = max(hi, d)
    if not graph:
        return None
    return lo, hi, total / len(graph)
