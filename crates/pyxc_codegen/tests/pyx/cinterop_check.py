import cinterop as ff, array
d = array.array('d', [0.0, 1.0, 2.0, 3.0, 4.0])
print(ff.exponential_moving_average(d, 0.5))
print(ff.use_twice(4))
try:
    ff.use_twice(-1)
except ValueError as e:
    print("ValueError", e)
buf = array.array('d', [0.0, 1.0, 2.0, 3.0, 4.0, 5.0])
m = memoryview(buf).cast('B').cast('d', [2, 3])
print(ff.view2d(m), buf[0])
print(ff.sliced(array.array('d', [0.0, 1.0, 2.0, 3.0, 4.0])))
