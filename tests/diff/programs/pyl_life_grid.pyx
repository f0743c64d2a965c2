"""Cellular automata on sets of coordinates and on string grids."""

NEIGHBOURS = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]


def parse(str pattern):
    live = set()
    for r, line in enumerate(pattern.strip("\n").splitlines()):
        for c, ch in enumerate(line):
            if ch in "#O*":
                live.add((r, c))
            elif ch not in ".- ":
                raise ValueError(f"bad cell {ch!r} at {r},{c}")
    return live


def step(live):
    counts = {}
    for r, c in live:
        for dr, dc in NEIGHBOURS:
            key = (r + dr, c + dc)
            counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def run(str pattern, int generations):
    live = parse(pattern)
    sizes = [len(live)]
    for _ in range(generations):
        live = step(live)
        sizes.append(len(live))
    return sizes, sorted(live)


def render(live):
    if not live:
        return ""
    rows = [r for r, _ in live]
    cols = [c for _, c in live]
    r0, r1, c0, c1 = min(rows), max(rows), min(cols), max(cols)
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(c0, c1 + 1)) for r in range(r0, r1 + 1))


def period(str pattern, int limit=50):
    live = frozenset(parse(pattern))
    seen = {live: 0}
    for g in range(1, limit + 1):
        live = frozenset(step(live))
        if live in seen:
            return g - seen[live]
        seen[live] = g
    return None


def rule30(int width, int steps):
    cells = [0] * width
    cells[width // 2] = 1
    rows = []
    cdef int i, t
    for t in range(steps):
        rows.append("".join(".#"[c] for c in cells))
        nxt = [0] * width
        for i in range(width):
            l = cells[i - 1] if i > 0 else 0
            m = cells[i]
            r = cells[i + 1] if i < width - 1 else 0
            nxt[i] = (30 >> (l << 2 | m << 1 | r)) & 1
        cells = nxt
    return rows


def flood_fill(grid, int r, int c, str fill):
    rows = [list(line) for line in grid]
    if not rows:
        return []
    target = rows[r][c]
    if target == fill:
        return ["".join(x) for x in rows]
    stack = [(r, c)]
    while stack:
        y, x = stack.pop()
        if 0 <= y < len(rows) and 0 <= x < len(rows[y]) and rows[y][x] == target:
            rows[y][x] = fill
            stack.extend([(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)])
    return ["".join(x) for x in rows]


def count_islands(grid):
    seen = set()
    cdef int islands = 0
    for r, line in enumerate(grid):
        for c, ch in enumerate(line):
            if ch == "#" and (r, c) not in seen:
                islands += 1
                stack = [(r, c)]
                while stack:
                    y, x = stack.pop()
                    if (y, x) in seen:
                        continue
                    if 0 <= y < len(grid) and 0 <= x < len(grid[y]) and grid[y][x] == "#":
                        seen.add((y, x))
                        stack += [(y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)]
    return islands
