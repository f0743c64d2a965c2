import views as V, array, traceback
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, "->", repr(r))
    except Exception as e:
        tb = traceback.extract_tb(e.__traceback__)
        print(f.__name__, "!!", type(e).__name__, e, [(x.name, x.lineno) for x in tb[1:]])
def m2(rows, cols, start=0.0):
    buf = array.array('d', [start + i for i in range(rows * cols)])
    return memoryview(buf).cast('B').cast('d', [rows, cols])
t(V.fill, m2(2, 3), 7.0)
t(V.copy_into, array.array('d', [0.0, 0.0]), array.array('d', [5.0, 6.0]))
t(V.transpose_sum, m2(2, 3))
t(V.fortran, m2(2, 3))
t(V.readonly_sum, bytes(16))
t(V.readonly_sum, array.array('d', [1.0, 2.5]))
t(V.neg_index, array.array('d', [1.0, 2.0, 3.0]))
t(V.neg_index, array.array('d', [1.0]))
t(V.step_loop, 0, 10, 3); t(V.step_loop, 10, 0, -4); t(V.step_loop, 0, 5, 0)
t(V.down, 3)
t(V.row, m2(3, 2), 1); t(V.row, m2(3, 2), 3)
t(V.call_cpdef, 1); t(V.add1, 41)
t(V.int_ops, 5, 3); t(V.int_ops, -5, 3)
t(V.float_ops, -2.5, 2.0); t(V.float_ops, 7.0, -2.0)
t(V.none_view); t(V.none_view, None); t(V.none_view, array.array('d', [1.0]))
t(V.obj_cmp, 1, 2); t(V.obj_cmp, 2, 2.0)
t(V.broadcast, m2(3, 3), array.array('d', [4.0])); t(V.broadcast, m2(2, 3), array.array('d', [4.0, 5.0, 6.0]))
t(V.sizes, memoryview(array.array('d', [0.0] * 24)).cast('B').cast('d', [2, 3, 4]))
