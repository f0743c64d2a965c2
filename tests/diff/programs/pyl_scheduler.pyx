"""Event scheduling with heapq: a discrete event simulation, task queues
with priorities, interval timers."""
import heapq


def schedule(tasks):
    """tasks: (priority, name) pairs; lower priority first, FIFO on ties."""
    heap = []
    for seq, (prio, name) in enumerate(tasks):
        heapq.heappush(heap, (prio, seq, name))
    order = []
    while heap:
        prio, _, name = heapq.heappop(heap)
        order.append(name)
    return order


def simulate(arrivals, double service_time, int servers=1):
    """M/D/c-style queue: returns (finish times, total wait)."""
    if servers < 1:
        raise ValueError("need at least one server")
    free_at = [0.0] * servers
    heapq.heapify(free_at)
    finish = []
    cdef double wait = 0.0, t, start
    for t in sorted(arrivals):
        start = max(t, heapq.heappop(free_at))
        wait += start - t
        heapq.heappush(free_at, start + service_time)
        finish.append(start + service_time)
    return finish, round(wait, 9)


def merge_streams(*streams):
    return list(heapq.merge(*streams))


def top_k(items, int k, key=None):
    if key is None:
        return heapq.nlargest(k, items), heapq.nsmallest(k, items)
    return heapq.nlargest(k, items, key=key), heapq.nsmallest(k, items, key=key)


def timers(dict periods, int until):
    """periods: name -> period; returns fire log up to `until` (inclusive)."""
    heap = [(p, name) for name, p in periods.items() if p > 0]
    heapq.heapify(heap)
    log = []
    while heap and heap[0][0] <= until:
        t, name = heapq.heappop(heap)
        log.append(f"{t}:{name}")
        heapq.heappush(heap, (t + periods[name], name))
    return log


def running_median(xs):
    lo = []  # max-heap via negation
    hi = []
    out = []
    for x in xs:
        if not lo or x <= -lo[0]:
            heapq.heappush(lo, -x)
        else:
            heapq.heappush(hi, x)
        if len(lo) > len(hi) + 1:
            heapq.heappush(hi, -heapq.heappop(lo))
        elif len(hi) > len(lo):
            heapq.heappush(lo, -heapq.heappop(hi))
        out.append(-lo[0] if len(lo) > len(hi) else (-lo[0] + hi[0]) / 2)
    return out


def deadlines(jobs):
    """jobs: (deadline, duration, name). Greedy earliest-deadline-first."""
    t = 0
    done = []
    late = []
    for deadline, duration, name in sorted(jobs):
        t += duration
        (done if t <= deadline else late).append(name)
    return done, late, t


def pop_empty():
    h = []
    return heapq.heappop(h)
