/* rt_testmod: a hand-written extension module over the pasted runtime.
 *
 * The test (crates/pyxc_driver/tests/runtime_c.rs) pastes pyxc_rt.h and
 * every topic file, then this file, the way codegen assembles a module, and
 * builds it with pyxc_driver; runtime-c/tests/test_rt.py drives it. */

#include <limits.h>

/* ---- argument parsing ---------------------------------------------------- */

static PyObject *rt_values_tuple(PyObject **values, Py_ssize_t n, PyObject *varargs, PyObject *varkw) {
    PyObject *t = PyTuple_New(n + (varargs ? 1 : 0) + (varkw ? 1 : 0));
    Py_ssize_t i, k = 0;
    if (!t) {
        return NULL;
    }
    for (i = 0; i < n; i++) {
        PyTuple_SET_ITEM(t, k++, Py_NewRef(values[i] ? values[i] : Py_None));
    }
    if (varargs) {
        PyTuple_SET_ITEM(t, k++, Py_NewRef(varargs));
    }
    if (varkw) {
        PyTuple_SET_ITEM(t, k++, Py_NewRef(varkw));
    }
    return t;
}

static const char *const kw_ab[] = {"a", "b"};
static const char *const kw_ak[] = {"a", "k"};

/* def f2(a, b) */
static PyObject *rt_f2(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    PyObject *values[2];
    (void)self;
    if (pyxc_parse_args("f2", args, nargs, kwnames, kw_ab, 2, 2, 2, 0, values, NULL, NULL) < 0) {
        return NULL;
    }
    return rt_values_tuple(values, 2, NULL, NULL);
}

/* def f_opt(a, b=1) */
static PyObject *rt_f_opt(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    PyObject *values[2];
    (void)self;
    if (pyxc_parse_args("f_opt", args, nargs, kwnames, kw_ab, 2, 2, 1, 0, values, NULL, NULL) < 0) {
        return NULL;
    }
    return rt_values_tuple(values, 2, NULL, NULL);
}

/* def f_kw(a, *, k) */
static PyObject *rt_f_kw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    PyObject *values[2];
    (void)self;
    if (pyxc_parse_args("f_kw", args, nargs, kwnames, kw_ak, 2, 1, 1, 1u << 1, values, NULL, NULL) < 0) {
        return NULL;
    }
    return rt_values_tuple(values, 2, NULL, NULL);
}

/* def f_var(a, *args, **kw) */
static PyObject *rt_f_var(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    PyObject *values[1], *va, *vk, *r;
    (void)self;
    if (pyxc_parse_args("f_var", args, nargs, kwnames, kw_ab, 1, 1, 1, 0, values, &va, &vk) < 0) {
        return NULL;
    }
    r = rt_values_tuple(values, 1, va, vk);
    Py_DECREF(va);
    Py_DECREF(vk);
    return r;
}

/* def f_none() */
static PyObject *rt_f_none(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    (void)self;
    if (pyxc_parse_args("f_none", args, nargs, kwnames, NULL, 0, 0, 0, 0, NULL, NULL, NULL) < 0) {
        return NULL;
    }
    return PyLong_FromLong(1);
}

/* def typed_list(list data) / def notnone(list data not None) */
static PyObject *rt_typed_list(PyObject *self, PyObject *arg) {
    (void)self;
    if (pyxc_arg_type_test(arg, &PyList_Type, 1, "data", 1) < 0) {
        return NULL;
    }
    return Py_NewRef(arg);
}

static PyObject *rt_notnone(PyObject *self, PyObject *arg) {
    (void)self;
    if (pyxc_arg_type_test(arg, &PyList_Type, 0, "data", 1) < 0) {
        return NULL;
    }
    return Py_NewRef(arg);
}

static PyObject *rt_arg_none(PyObject *self, PyObject *arg) {
    (void)self;
    (void)arg;
    pyxc_raise_arg_none("a");
    return NULL;
}

/* ---- conversions ---------------------------------------------------------- */

#define RT_SIGNED(fname, ctype, lo, hi, cname)                                                  \
    static PyObject *fname(PyObject *self, PyObject *o) {                                     \
        long long v = pyxc_as_signed(o, lo, hi, cname);                                       \
        (void)self;                                                                           \
        if (v == -1 && PyErr_Occurred()) {                                                    \
            return NULL;                                                                      \
        }                                                                                     \
        return PyLong_FromLongLong((ctype)v);                                                 \
    }
#define RT_UNSIGNED(fname, ctype, hi, cname)                                                    \
    static PyObject *fname(PyObject *self, PyObject *o) {                                     \
        unsigned long long v = pyxc_as_unsigned(o, hi, cname);                                \
        (void)self;                                                                           \
        if (v == (unsigned long long)-1 && PyErr_Occurred()) {                                \
            return NULL;                                                                      \
        }                                                                                     \
        return PyLong_FromUnsignedLongLong((ctype)v);                                         \
    }

RT_SIGNED(rt_to_int, int, INT_MIN, INT_MAX, "int")
RT_SIGNED(rt_to_char, signed char, SCHAR_MIN, SCHAR_MAX, "signed char")
RT_SIGNED(rt_to_short, short, SHRT_MIN, SHRT_MAX, "short")
RT_SIGNED(rt_to_long, long, LONG_MIN, LONG_MAX, "long")
RT_SIGNED(rt_to_ssize_signed, Py_ssize_t, PY_SSIZE_T_MIN, PY_SSIZE_T_MAX, "Py_ssize_t")
RT_UNSIGNED(rt_to_uint, unsigned int, UINT_MAX, "unsigned int")
RT_UNSIGNED(rt_to_uchar, unsigned char, UCHAR_MAX, "unsigned char")
RT_UNSIGNED(rt_to_ushort, unsigned short, USHRT_MAX, "unsigned short")
RT_UNSIGNED(rt_to_ulong, unsigned long, ULONG_MAX, "unsigned long")
RT_UNSIGNED(rt_to_size, size_t, SIZE_MAX, "size_t")

static PyObject *rt_to_ll(PyObject *self, PyObject *o) {
    long long v = pyxc_as_longlong(o);
    (void)self;
    if (v == -1 && PyErr_Occurred()) {
        return NULL;
    }
    return PyLong_FromLongLong(v);
}

static PyObject *rt_to_ull(PyObject *self, PyObject *o) {
    unsigned long long v = pyxc_as_ulonglong(o);
    (void)self;
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
        return NULL;
    }
    return PyLong_FromUnsignedLongLong(v);
}

static PyObject *rt_to_ssize(PyObject *self, PyObject *o) {
    Py_ssize_t v = pyxc_as_ssize_t(o);
    (void)self;
    if (v == -1 && PyErr_Occurred()) {
        return NULL;
    }
    return PyLong_FromSsize_t(v);
}

static PyObject *rt_to_double(PyObject *self, PyObject *o) {
    double v = pyxc_as_double(o);
    (void)self;
    if (v == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    return PyFloat_FromDouble(v);
}

static PyObject *rt_is_true(PyObject *self, PyObject *o) {
    int v = pyxc_is_true(o);
    (void)self;
    if (v < 0) {
        return NULL;
    }
    return PyBool_FromLong(v);
}

/* ---- Python operations ---------------------------------------------------- */

/* getitem(o, i, wraparound, boundscheck) */
static PyObject *rt_getitem(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t i;
    (void)self;
    (void)nargs;
    i = pyxc_as_ssize_t(args[1]);
    if (i == -1 && PyErr_Occurred()) {
        return NULL;
    }
    return pyxc_getitem_int(args[0], i, PyObject_IsTrue(args[2]), PyObject_IsTrue(args[3]));
}

/* setitem(o, i, v) */
static PyObject *rt_setitem(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    Py_ssize_t i;
    (void)self;
    (void)nargs;
    i = pyxc_as_ssize_t(args[1]);
    if (i == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (pyxc_setitem_int(args[0], i, args[2], 1, 1) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *rt_append(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    (void)nargs;
    if (pyxc_append(args[0], args[1]) < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

static PyObject *rt_len(PyObject *self, PyObject *o) {
    Py_ssize_t n = pyxc_len(o);
    (void)self;
    if (n < 0) {
        return NULL;
    }
    return PyLong_FromSsize_t(n);
}

static PyObject *rt_get_global(PyObject *self, PyObject *name) {
    return pyxc_get_global(PyModule_GetDict(self), name);
}

/* call_method(obj, name, *args) */
static PyObject *rt_call_method(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    return pyxc_call_method(args[0], args[1], args + 2, (size_t)(nargs - 2));
}

/* arith(op, a, b): op in "floordiv", "mod", "modd", "powd" */
static PyObject *rt_arith(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    const char *op = PyUnicode_AsUTF8(args[0]);
    (void)self;
    (void)nargs;
    if (!op) {
        return NULL;
    }
    if (op[0] == 'f' || strcmp(op, "mod") == 0) {
        long long a = pyxc_as_longlong(args[1]), b;
        if (a == -1 && PyErr_Occurred()) {
            return NULL;
        }
        b = pyxc_as_longlong(args[2]);
        if (b == -1 && PyErr_Occurred()) {
            return NULL;
        }
        if (b == 0) {
            pyxc_raise_zero_division("integer division or modulo by zero");
            return NULL;
        }
        return PyLong_FromLongLong(op[0] == 'f' ? pyxc_floordiv_ll(a, b) : pyxc_mod_ll(a, b));
    } else {
        double a = pyxc_as_double(args[1]), b;
        if (a == -1.0 && PyErr_Occurred()) {
            return NULL;
        }
        b = pyxc_as_double(args[2]);
        if (b == -1.0 && PyErr_Occurred()) {
            return NULL;
        }
        if (op[0] == 'm') {
            if (b == 0.0) {
                pyxc_raise_zero_division("float divmod()");
                return NULL;
            }
            return PyFloat_FromDouble(pyxc_mod_double(a, b));
        }
        return PyFloat_FromDouble(pyxc_pow_double(a, b));
    }
}

/* ---- errors --------------------------------------------------------------- */

/* raiser(depth): raises ValueError("boom") from a chain of `depth` pyx-level
 * functions, each adding its traceback entry. */
static int rt_inner(int depth) {
    if (depth <= 1) {
        PyErr_SetString(PyExc_ValueError, "boom");
        pyxc_add_traceback("rt_testmod.inner", "rolling.pyx", 12);
        return -1;
    }
    if (rt_inner(depth - 1) < 0) {
        pyxc_add_traceback("rt_testmod.outer", "rolling.pyx", 20 + depth);
        return -1;
    }
    return 0;
}

static PyObject *rt_raiser(PyObject *self, PyObject *o) {
    long depth = PyLong_AsLong(o);
    (void)self;
    if (depth == -1 && PyErr_Occurred()) {
        return NULL;
    }
    rt_inner((int)depth);
    return NULL;
}

/* do_raise(exc, cause=NULL) */
static PyObject *rt_do_raise(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    pyxc_raise(args[0], nargs > 1 ? args[1] : NULL);
    return NULL;
}

static PyObject *rt_name_error(PyObject *self, PyObject *name) {
    (void)self;
    pyxc_raise_name_error(name);
    return NULL;
}

static PyObject *rt_unbound_local(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    pyxc_raise_unbound_local("y");
    return NULL;
}

static PyObject *rt_unbound_view(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    pyxc_raise_unbound_view("a");
    return NULL;
}

static PyObject *rt_unraisable(PyObject *self, PyObject *unused) {
    (void)self;
    (void)unused;
    PyErr_SetString(PyExc_ValueError, "x");
    pyxc_write_unraisable("rt_testmod.cnoexc");
    return PyLong_FromLong(0);
}

/* ---- memoryviews ------------------------------------------------------------ */

static const pyxc_dtype rt_dtypes[] = {
    {"double", 'f', sizeof(double), 0},
    {"float", 'f', sizeof(float), 0},
    {"long double", 'f', sizeof(long double), 0},
    {"int", 'i', sizeof(int), 0},
    {"long", 'i', sizeof(long), 0},
    {"long long", 'i', sizeof(long long), 0},
    {"signed char", 'i', 1, 0},
    {"short", 'i', sizeof(short), 0},
    {"unsigned char", 'u', 1, 0},
    {"unsigned int", 'u', sizeof(unsigned int), 0},
    {"unsigned long", 'u', sizeof(unsigned long), 0},
    {"char", 'c', 1, 0},
    {"bint", 'b', sizeof(int), 0},
};

static const pyxc_dtype *rt_dtype(PyObject *name) {
    const char *s = PyUnicode_AsUTF8(name);
    size_t i;
    if (!s) {
        return NULL;
    }
    for (i = 0; i < sizeof(rt_dtypes) / sizeof(rt_dtypes[0]); i++) {
        if (strcmp(s, rt_dtypes[i].name) == 0) {
            return &rt_dtypes[i];
        }
    }
    PyErr_Format(PyExc_KeyError, "no dtype %s", s);
    return NULL;
}

/* Axes from a string: 's' strided, 'c' contiguous, e.g. "sc" = [:, ::1]. */
static int rt_axes(PyObject *spec, unsigned char *axes) {
    const char *s = PyUnicode_AsUTF8(spec);
    int n = 0;
    if (!s) {
        return -1;
    }
    for (; *s && n < PYXC_MAX_DIMS; s++) {
        axes[n++] = *s == 'c' ? PYXC_AXIS_CONTIG : PYXC_AXIS_STRIDED;
    }
    return n;
}

/* view(obj, dtype, axes, readonly_ok=False, none_ok=False): acquire, then
 * return the view as a Python object (None stays None). */
static PyObject *rt_view(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    unsigned char axes[PYXC_MAX_DIMS];
    const pyxc_dtype *dt;
    pyxc_slice s, t = {NULL, NULL, {0}, {0}};
    int ndim;
    PyObject *r;
    (void)self;
    dt = rt_dtype(args[1]);
    if (!dt) {
        return NULL;
    }
    ndim = rt_axes(args[2], axes);
    if (ndim < 0) {
        return NULL;
    }
    if (pyxc_slice_from_object(args[0], &s, ndim, dt, axes, nargs > 3 && PyObject_IsTrue(args[3]),
                               nargs > 4 && PyObject_IsTrue(args[4])) < 0) {
        return NULL;
    }
    /* exercise assign/clear: t = s; clear s; convert t */
    pyxc_slice_assign(&t, &s);
    pyxc_slice_clear(&s);
    r = pyxc_slice_to_object(&t, ndim, dt);
    pyxc_slice_clear(&t);
    return r;
}

/* sum1(obj): sum of a double[::1] as plain C. */
static PyObject *rt_sum1(PyObject *self, PyObject *o) {
    static const unsigned char axes[1] = {PYXC_AXIS_CONTIG};
    pyxc_slice s;
    double total = 0.0;
    Py_ssize_t i;
    (void)self;
    if (pyxc_slice_from_object(o, &s, 1, &rt_dtypes[0], axes, 1, 0) < 0) {
        return NULL;
    }
    for (i = 0; i < s.shape[0]; i++) {
        total += ((double *)s.data)[i];
    }
    pyxc_slice_clear(&s);
    return PyFloat_FromDouble(total);
}

/* index1(obj, i): double[:] element with boundscheck and wraparound. */
static PyObject *rt_index1(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    static const unsigned char axes[1] = {PYXC_AXIS_STRIDED};
    pyxc_slice s;
    Py_ssize_t i;
    double v;
    (void)self;
    (void)nargs;
    i = pyxc_as_ssize_t(args[1]);
    if (i == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (pyxc_slice_from_object(args[0], &s, 1, &rt_dtypes[0], axes, 0, 0) < 0) {
        return NULL;
    }
    if (i < 0) {
        i += s.shape[0];
    }
    if (i < 0 || i >= s.shape[0]) {
        pyxc_slice_clear(&s);
        pyxc_raise_bounds(0);
        return NULL;
    }
    v = *(double *)(s.data + i * s.strides[0]);
    pyxc_slice_clear(&s);
    return PyFloat_FromDouble(v);
}

/* slice1(obj, start, stop, step): double[:] a[start:stop:step] (None = omitted). */
static PyObject *rt_slice1(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    static const unsigned char axes[1] = {PYXC_AXIS_STRIDED};
    pyxc_slice s, t;
    Py_ssize_t start = 0, stop = 0, step = 1, newlen;
    PyObject *r;
    (void)self;
    (void)nargs;
    if (args[1] != Py_None && (start = pyxc_as_ssize_t(args[1])) == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (args[2] != Py_None && (stop = pyxc_as_ssize_t(args[2])) == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (args[3] != Py_None && (step = pyxc_as_ssize_t(args[3])) == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (pyxc_slice_from_object(args[0], &s, 1, &rt_dtypes[0], axes, 0, 0) < 0) {
        return NULL;
    }
    pyxc_slice_bounds(s.shape[0], &start, &stop, step, args[1] != Py_None, args[2] != Py_None, &newlen);
    t.mv = s.mv; /* the reference moves from s to t */
    t.data = s.data + start * s.strides[0];
    t.shape[0] = newlen;
    t.strides[0] = s.strides[0] * step;
    r = pyxc_slice_to_object(&t, 1, &rt_dtypes[0]);
    pyxc_slice_clear(&t);
    return r;
}

/* copy(obj, ndim, fortran): a C (or Fortran) contiguous copy of a double view. */
static PyObject *rt_copy(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    static const unsigned char axes[PYXC_MAX_DIMS] = {0};
    pyxc_slice s, c;
    long ndim = PyLong_AsLong(args[1]);
    PyObject *r;
    (void)self;
    (void)nargs;
    if (ndim == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (pyxc_slice_from_object(args[0], &s, (int)ndim, &rt_dtypes[0], axes, 1, 0) < 0) {
        return NULL;
    }
    if (pyxc_slice_copy(&s, &c, (int)ndim, &rt_dtypes[0], PyObject_IsTrue(args[2])) < 0) {
        pyxc_slice_clear(&s);
        return NULL;
    }
    pyxc_slice_clear(&s);
    r = pyxc_slice_to_object(&c, (int)ndim, &rt_dtypes[0]);
    pyxc_slice_clear(&c);
    return r;
}

/* copy_into(dst, src): dst[...] = src for double[:] (1-D) or double[:, :]. */
static PyObject *rt_copy_into(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    static const unsigned char axes[2] = {0, 0};
    pyxc_slice d, s;
    long ndim = nargs > 2 ? PyLong_AsLong(args[2]) : 1;
    int rc;
    (void)self;
    if (pyxc_slice_from_object(args[0], &d, (int)ndim, &rt_dtypes[0], axes, 0, 0) < 0) {
        return NULL;
    }
    if (pyxc_slice_from_object(args[1], &s, (int)ndim, &rt_dtypes[0], axes, 1, 0) < 0) {
        pyxc_slice_clear(&d);
        return NULL;
    }
    rc = pyxc_slice_copy_into(&s, &d, (int)ndim, sizeof(double));
    pyxc_slice_clear(&d);
    pyxc_slice_clear(&s);
    if (rc < 0) {
        return NULL;
    }
    Py_RETURN_NONE;
}

/* check_layout(obj, axes_now, axes_wanted) */
static PyObject *rt_check_layout(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    unsigned char have[PYXC_MAX_DIMS], want[PYXC_MAX_DIMS];
    pyxc_slice s;
    int ndim, rc;
    (void)self;
    (void)nargs;
    ndim = rt_axes(args[1], have);
    if (ndim < 0 || rt_axes(args[2], want) != ndim) {
        return NULL;
    }
    if (pyxc_slice_from_object(args[0], &s, ndim, &rt_dtypes[0], have, 1, 0) < 0) {
        return NULL;
    }
    rc = pyxc_slice_check_layout(&s, ndim, want);
    pyxc_slice_clear(&s);
    if (rc < 0) {
        return NULL;
    }
    Py_RETURN_TRUE;
}

static PyObject *rt_fill_nogil(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    /* fill_nogil(obj, value, index): writes value at index without the GIL;
     * an out-of-range index raises from inside the nogil block. */
    static const unsigned char axes[1] = {PYXC_AXIS_CONTIG};
    pyxc_slice s;
    double v;
    Py_ssize_t i, k;
    int bad = 0;
    (void)self;
    (void)nargs;
    v = pyxc_as_double(args[1]);
    if (v == -1.0 && PyErr_Occurred()) {
        return NULL;
    }
    i = pyxc_as_ssize_t(args[2]);
    if (i == -1 && PyErr_Occurred()) {
        return NULL;
    }
    if (pyxc_slice_from_object(args[0], &s, 1, &rt_dtypes[0], axes, 0, 0) < 0) {
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    for (k = 0; k < s.shape[0]; k++) {
        ((double *)s.data)[k] = 0.0;
    }
    if (i < 0 || i >= s.shape[0]) {
        pyxc_raise_bounds(0);
        bad = 1;
    } else {
        ((double *)s.data)[i] = v;
    }
    Py_END_ALLOW_THREADS
    pyxc_slice_clear(&s);
    if (bad) {
        return NULL;
    }
    Py_RETURN_NONE;
}

/* ---- the module ------------------------------------------------------------- */

#define FK(name) {#name, (PyCFunction)(void (*)(void))rt_##name, METH_FASTCALL | METH_KEYWORDS, NULL}
#define FC(name) {#name, (PyCFunction)(void (*)(void))rt_##name, METH_FASTCALL, NULL}
#define O1(name) {#name, (PyCFunction)rt_##name, METH_O, NULL}

static PyMethodDef rt_methods[] = {
    FK(f2), FK(f_opt), FK(f_kw), FK(f_var), FK(f_none),
    O1(typed_list), O1(notnone), O1(arg_none),
    O1(to_int), O1(to_char), O1(to_short), O1(to_long), O1(to_ssize_signed), O1(to_uint),
    O1(to_uchar), O1(to_ushort), O1(to_ulong), O1(to_size), O1(to_ll), O1(to_ull),
    O1(to_ssize), O1(to_double), O1(is_true),
    FC(getitem), FC(setitem), FC(append), O1(len), O1(get_global), FC(call_method), FC(arith),
    O1(raiser), FC(do_raise), O1(name_error), O1(unbound_local), O1(unbound_view), O1(unraisable),
    FC(view), O1(sum1), FC(index1), FC(slice1), FC(copy), FC(copy_into), FC(check_layout),
    FC(fill_nogil),
    {NULL, NULL, 0, NULL},
};

static int rt_exec(PyObject *module) {
    return PyModule_AddIntConstant(module, "some_global", 7);
}

static PyModuleDef_Slot rt_slots[] = {
    {Py_mod_exec, (void *)rt_exec},
    {0, NULL},
};

static struct PyModuleDef rt_module = {
    PyModuleDef_HEAD_INIT, "rt_testmod", NULL, 0, rt_methods, rt_slots, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_rt_testmod(void) {
    return PyModuleDef_Init(&rt_module);
}
