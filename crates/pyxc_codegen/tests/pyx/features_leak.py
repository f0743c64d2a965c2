import sys, features as k1, array, gc
a = array.array('d', [2.0, 4.0])
calls = [
 (k1.use_div, (7, 2)), (k1.use_div, (7, 0)), (k1.floors, (-7, 2)), (k1.floors, (1, 0)),
 (k1.fmod_, (1.0, 0.0)), (k1.defaults, (1,)), (k1.defaults, (1, 2, 3)), (k1.star, (1, 2)),
 (k1.loop_else, ([1, 2, 3], 2)), (k1.loop_else, ([1,2,3], 5)), (k1.iterate, ([1, 2, 3],)), (k1.iterate, (iter([1.5, 2]),)),
 (k1.unpack, ((1, 2),)), (k1.unpack, ([1, 2, 3],)), (k1.comp, (7,)), (k1.fstr, ("a", 3.1)), (k1.containers, (5,)),
 (k1.tryexcept, (3,)), (k1.tryexcept, (0,)), (k1.reraise, (1,)), (k1.chained, (1, 2, 3)), (k1.condexpr, ([1],)),
 (k1.nogil_bounds, (a, 1)), (k1.nogil_bounds, (a, 5)), (k1.asserting, (-1,)), (k1.bump, ()), (k1.logical, (0, 5)),
]
def run(f, args, n):
    for _ in range(n):
        try: f(*args)
        except Exception: pass
for f, args in calls:
    run(f, args, 100)
    gc.collect()
    before = sys.getallocatedblocks()
    run(f, args, 2000)
    gc.collect()
    after = sys.getallocatedblocks()
    if after - before > 50:
        print("LEAK?", f.__name__, args, after - before)
print("done")
