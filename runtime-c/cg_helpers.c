/* cg_helpers.c: helpers the code generator's own C calls (static PYXC_UNUSED,
 * not declared in pyxc_rt.h). Depends on: nothing but pyxc_rt.h. */
#include "pyxc_rt.h"

/* @unit pyxc_cg_float_call */
/* float(o) as a C double (-1.0 with an error set on failure). */
static PYXC_UNUSED double pyxc_cg_float_call(PyObject *o)
{
    PyObject *f;
    double d;
    if (PyFloat_CheckExact(o)) return PyFloat_AS_DOUBLE(o);
    f = PyNumber_Float(o);
    if (!f) return -1.0;
    d = PyFloat_AS_DOUBLE(f);
    Py_DECREF(f);
    return d;
}

/* @unit pyxc_cg_threadid */
/* cython.parallel.threadid(): the OpenMP thread number. */
#ifdef _OPENMP
#include <omp.h>
#endif
static PYXC_UNUSED inline int pyxc_cg_threadid(void)
{
#ifdef _OPENMP
    return omp_get_thread_num();
#else
    return 0;
#endif
}

/* @unit pyxc_cg_bytes_at */
/* `b[i]` of a bytes object with a C index: the byte (0..255), or -1
 * with Cython's IndexError / TypeError set. */
static PYXC_UNUSED int pyxc_cg_bytes_at(PyObject *b, Py_ssize_t i, int wraparound, int boundscheck)
{
    Py_ssize_t n;
    if (b == Py_None) {
        PyErr_SetString(PyExc_TypeError, "'NoneType' object is not subscriptable");
        return -1;
    }
    n = PyBytes_GET_SIZE(b);
    if (wraparound && i < 0) i += n;
    if (boundscheck && (size_t)i >= (size_t)n) {
        PyErr_SetString(PyExc_IndexError, "string index out of range");
        return -1;
    }
    return (unsigned char)PyBytes_AS_STRING(b)[i];
}

/* @unit pyxc_cg_soft_pow */
/* `a ** b` with a floating exponent, made a Python object as Cython
 * makes it: C99 cpow over the complex plane, a float when the imaginary
 * part is 0 and a complex otherwise ((-2.0) ** 0.5 is 1.414...j). */
#include <complex.h>
#undef complex /* the macros must not meet the module's own names */
#undef I
static PYXC_UNUSED PyObject *pyxc_cg_soft_pow(double a, double b)
{
    double _Complex z = cpow(CMPLX(a, 0.0), CMPLX(b, 0.0));
    if (cimag(z) == 0) return PyFloat_FromDouble(creal(z));
    return PyComplex_FromDoubles(creal(z), cimag(z));
}

/* @unit pyxc_cg_kw_set */
/* A keyword argument of a call that also has `**` arguments: a name
 * given twice is Cython's TypeError. */
static PYXC_UNUSED int pyxc_cg_kw_set(PyObject *kw, PyObject *key, PyObject *value)
{
    int has = PyDict_Contains(kw, key);
    if (has < 0) return -1;
    if (has) {
        if (PyUnicode_Check(key))
            PyErr_Format(PyExc_TypeError, "function() got multiple values for keyword argument '%U'", key);
        else
            PyErr_Format(PyExc_TypeError, "function() got multiple values for keyword argument %R", key);
        return -1;
    }
    return PyDict_SetItem(kw, key, value);
}

/* @unit pyxc_cg_kw_merge requires pyxc_cg_kw_set */
/* `**src` in a call: None is refused, another non-dict goes through
 * dict() (so a sequence of pairs works, as under Cython), and a name
 * already given is a TypeError. */
static PYXC_UNUSED int pyxc_cg_kw_merge(PyObject *kw, PyObject *src)
{
    PyObject *d, *key, *value;
    Py_ssize_t pos = 0;
    if (src == Py_None) {
        PyErr_SetString(PyExc_TypeError, "argument after ** must be a mapping, not NoneType");
        return -1;
    }
    if (PyDict_Check(src)) {
        Py_INCREF(src);
        d = src;
    } else {
        d = PyObject_CallOneArg((PyObject *)&PyDict_Type, src);
        if (!d) return -1;
    }
    while (PyDict_Next(d, &pos, &key, &value)) {
        if (pyxc_cg_kw_set(kw, key, value) < 0) {
            Py_DECREF(d);
            return -1;
        }
    }
    Py_DECREF(d);
    return 0;
}

/* @unit pyxc_cg_vcall */
/* A call of a Python object. The recursion check sits here, at the
 * caller, so calls from Python into a def's function object stay as cheap
 * as a builtin's, while recursion through def functions still ends in
 * RecursionError instead of overflowing the C stack. */
static PYXC_UNUSED inline PyObject *pyxc_cg_vcall(PyObject *f, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{
    PyObject *r;
    if (Py_EnterRecursiveCall(" while calling a Python object")) return NULL;
    r = PyObject_Vectorcall(f, args, nargsf, kwnames);
    Py_LeaveRecursiveCall();
    return r;
}

/* @unit pyxc_cg_call */
/* f(*args, **kwargs) with the recursion check of pyxc_cg_vcall. */
static PYXC_UNUSED inline PyObject *pyxc_cg_call(PyObject *f, PyObject *args, PyObject *kwargs)
{
    PyObject *r;
    if (Py_EnterRecursiveCall(" while calling a Python object")) return NULL;
    r = PyObject_Call(f, args, kwargs);
    Py_LeaveRecursiveCall();
    return r;
}

/* @unit pyxc_cg_extend */
/* `*it` in a list or set display: add every item of `it` to `acc`. */
static PYXC_UNUSED int pyxc_cg_extend(PyObject *acc, PyObject *it)
{
    PyObject *iter = PyObject_GetIter(it), *x;
    int set = PySet_Check(acc);
    if (!iter) return -1;
    while ((x = PyIter_Next(iter))) {
        int r = set ? PySet_Add(acc, x) : PyList_Append(acc, x);
        Py_DECREF(x);
        if (r < 0) {
            Py_DECREF(iter);
            return -1;
        }
    }
    Py_DECREF(iter);
    return PyErr_Occurred() ? -1 : 0;
}

/* @unit pyxc_cg_dict_merge */
/* `**m` in a dict display: later keys win, as in Python. */
static PYXC_UNUSED int pyxc_cg_dict_merge(PyObject *d, PyObject *m)
{
    if (!PyDict_Check(m) && !PyObject_HasAttrString(m, "keys")) {
        PyErr_Format(PyExc_TypeError, "'%.200s' object is not a mapping", Py_TYPE(m)->tp_name);
        return -1;
    }
    return PyDict_Update(d, m);
}

/* @unit pyxc_cg_is_contig */
/* The view's strides are exactly those of a C (or Fortran) contiguous
 * array of its shape, as Cython's is_c_contig()/is_f_contig() test. */
static PYXC_UNUSED int pyxc_cg_is_contig(const pyxc_slice *s, int ndim, Py_ssize_t itemsize, int fortran)
{
    int k;
    for (k = 0; k < ndim; k++) {
        int axis = fortran ? k : ndim - 1 - k;
        if (s->strides[axis] != itemsize) return 0;
        itemsize *= s->shape[axis];
    }
    return 1;
}

/* @unit pyxc_cg_bytes_slice */
/* p[a:b] of a C string as bytes (empty when b <= a). */
static PYXC_UNUSED PyObject *pyxc_cg_bytes_slice(const char *p, Py_ssize_t a, Py_ssize_t b)
{
    return PyBytes_FromStringAndSize(p + a, b > a ? b - a : 0);
}

/* @unit pyxc_cg_bytes_from_cstr */
/* A C string as bytes; a NULL pointer raises instead of crashing. */
static PYXC_UNUSED PyObject *pyxc_cg_bytes_from_cstr(const char *s)
{
    if (!s) {
        PyErr_SetString(PyExc_ValueError, "cannot convert a NULL 'char *' to bytes");
        return NULL;
    }
    return PyBytes_FromString(s);
}

/* @unit pyxc_cg_import_from */
/* `from module import name`: the attribute, else the submodule
 * `module.name` already imported, else ImportError. */
static PYXC_UNUSED PyObject *pyxc_cg_import_from(PyObject *module, PyObject *name)
{
    PyObject *r = PyObject_GetAttr(module, name);
    PyObject *pkg, *full;
    if (r || !PyErr_ExceptionMatches(PyExc_AttributeError)) return r;
    PyErr_Clear();
    pkg = PyObject_GetAttrString(module, "__name__");
    if (pkg && PyUnicode_Check(pkg)) {
        full = PyUnicode_FromFormat("%U.%U", pkg, name);
        if (full) {
            r = PyImport_GetModule(full);
            Py_DECREF(full);
            if (r || PyErr_Occurred()) {
                Py_DECREF(pkg);
                return r;
            }
        }
    }
    PyErr_Clear();
    Py_XDECREF(pkg);
    /* Cython's wording. */
    PyErr_Format(PyExc_ImportError, "cannot import name %U", name);
    return NULL;
}

/* @unit pyxc_cg_float_of */
/* An exact float or int as a double: 1; another type: 0; -1 with an
 * exception (an int too large for a double, OverflowError as Python's). */
static PYXC_UNUSED int pyxc_cg_float_of(PyObject *o, double *out)
{
    if (PyFloat_CheckExact(o)) {
        *out = PyFloat_AS_DOUBLE(o);
        return 1;
    }
    if (PyLong_CheckExact(o)) {
        double d = PyLong_AsDouble(o);
        if (d == -1.0 && PyErr_Occurred()) return -1;
        *out = d;
        return 1;
    }
    return 0;
}

/* @unit pyxc_cg_small_int */
/* An exact int's value when it fits a long long: 1; else 0 (no exception). */
static PYXC_UNUSED inline int pyxc_cg_small_int(PyObject *o, long long *out)
{
#if PY_VERSION_HEX >= 0x030C0000
    if (PyUnstable_Long_IsCompact((PyLongObject *)o)) {
        *out = (long long)PyUnstable_Long_CompactValue((PyLongObject *)o);
        return 1;
    }
#else
    Py_ssize_t size = Py_SIZE(o);
    if (size >= -1 && size <= 1) {
        *out = (long long)size * (long long)((PyLongObject *)o)->ob_digit[0];
        return 1;
    }
#endif
    {
        int overflow;
        long long v = PyLong_AsLongLongAndOverflow(o, &overflow);
        if (overflow) return 0; /* an exact int never raises here */
        *out = v;
        return 1;
    }
}

/* @unit pyxc_cg_num_leaf requires pyxc_cg_small_int */
/* For a float chain (see double_chain_fast): the value of o as the
 * double a float operation would convert it to, when o is an exact float
 * or an exact int that converts exactly (|o| <= 2**53): 1; else 0, and the
 * chain takes the number protocol. Never raises. */
static PYXC_UNUSED inline int pyxc_cg_num_leaf(PyObject *o, double *out)
{
    if (PyFloat_CheckExact(o)) {
        *out = PyFloat_AS_DOUBLE(o);
        return 1;
    }
    if (PyLong_CheckExact(o)) {
        long long v;
        if (!pyxc_cg_small_int(o, &v) || v > 9007199254740992LL || v < -9007199254740992LL) return 0;
        *out = (double)v;
        return 1;
    }
    return 0;
}

/* @unit pyxc_cg_sq_leaf requires pyxc_cg_small_int */
/* For a float chain: o ** 2 as the double a float operation would
 * convert it to: pow(o, 2.0) for an exact float (libm's pow as CPython,
 * not o * o; not when it overflows, which raises), the exact integer
 * square for an exact int |o| < 2**26.5 (below 2**53, so exact as a
 * double); else 0 and the chain takes the number protocol. */
static PYXC_UNUSED inline int pyxc_cg_sq_leaf(PyObject *o, double *out)
{
    if (PyFloat_CheckExact(o)) {
        double v = PyFloat_AS_DOUBLE(o);
        /* a volatile exponent keeps the C compiler from folding pow into a
         * multiply (their last bits differ). */
        volatile double e = 2.0;
        double r = pow(v, e);
        if (Py_IS_INFINITY(r) && Py_IS_FINITE(v)) return 0;
        *out = r;
        return 1;
    }
    if (PyLong_CheckExact(o)) {
        long long v;
        if (!pyxc_cg_small_int(o, &v) || v > 94906265LL || v < -94906265LL) return 0;
        *out = (double)(v * v);
        return 1;
    }
    return 0;
}

/* @unit pyxc_cg_arith requires pyxc_cg_float_of */
/* a op b for + - * / with a fast path when one side is an exact float
 * and the other an exact float or int (what float's own methods compute);
 * everything else goes through the number protocol. */
static PYXC_UNUSED inline PyObject *pyxc_cg_arith(PyObject *a, PyObject *b, char op, int inplace)
{
    if (PyFloat_CheckExact(a) || PyFloat_CheckExact(b)) {
        double x, y;
        int ka = pyxc_cg_float_of(a, &x);
        int kb = ka > 0 ? pyxc_cg_float_of(b, &y) : 0;
        if (ka < 0 || kb < 0) return NULL;
        if (ka > 0 && kb > 0) {
            switch (op) {
            case '+': return PyFloat_FromDouble(x + y);
            case '-': return PyFloat_FromDouble(x - y);
            case '*': return PyFloat_FromDouble(x * y);
            default:
                if (y != 0.0) return PyFloat_FromDouble(x / y);
                break;
            }
        }
    }
    switch (op) {
    case '+': return inplace ? PyNumber_InPlaceAdd(a, b) : PyNumber_Add(a, b);
    case '-': return inplace ? PyNumber_InPlaceSubtract(a, b) : PyNumber_Subtract(a, b);
    case '*': return inplace ? PyNumber_InPlaceMultiply(a, b) : PyNumber_Multiply(a, b);
    default: return inplace ? PyNumber_InPlaceTrueDivide(a, b) : PyNumber_TrueDivide(a, b);
    }
}

/* @unit pyxc_cg_pow2 */
/* x ** 2: exact floats call pow directly, ints multiply; the rest (and float overflow,
 * which Python reports as OverflowError) take the number protocol. */
static PYXC_UNUSED PyObject *pyxc_cg_pow2(PyObject *x, PyObject *two)
{
    if (PyFloat_CheckExact(x)) {
        double v = PyFloat_AS_DOUBLE(x);
        /* pow(), not v * v: CPython's float ** calls libm's pow, whose last bit
         * can differ from the product; a volatile exponent keeps the C
         * compiler from folding the call into a multiply. */
        volatile double e = 2.0;
        double r = pow(v, e);
        if (Py_IS_INFINITY(r) && Py_IS_FINITE(v)) return PyNumber_Power(x, two, Py_None);
        return PyFloat_FromDouble(r);
    }
    if (PyLong_CheckExact(x)) return PyNumber_Multiply(x, x);
    return PyNumber_Power(x, two, Py_None);
}

/* @unit pyxc_cg_type_test */
/* Type test for a typed object value (None passes): TypeError otherwise. */
static PYXC_UNUSED int pyxc_cg_type_test(PyObject *o, PyTypeObject *type, int exact)
{
    if (o == Py_None || Py_IS_TYPE(o, type) || (!exact && PyObject_TypeCheck(o, type)))
        return 0;
    if (exact)
        PyErr_Format(PyExc_TypeError, "Expected %s, got %.200s", type->tp_name, Py_TYPE(o)->tp_name);
    else
        PyErr_Format(PyExc_TypeError, "Cannot convert %.200s to %.200s", Py_TYPE(o)->tp_name, type->tp_name);
    return -1;
}

/* @unit pyxc_cg_ipow */
/* b ** e on signed C integers (Cython's semantics for e < 0). */
static PYXC_UNUSED long long pyxc_cg_ipow(long long b, long long e)
{
    long long r = 1;
    if (e < 0) {
        if (b == 1) return 1;
        if (b == -1) return (e & 1) ? -1 : 1;
        return 0;
    }
    while (e) {
        if (e & 1) r *= b;
        e >>= 1;
        b *= b;
    }
    return r;
}

/* @unit pyxc_cg_upow */
/* b ** e on unsigned C integers. */
static PYXC_UNUSED unsigned long long pyxc_cg_upow(unsigned long long b, unsigned long long e)
{
    unsigned long long r = 1;
    while (e) {
        if (e & 1) r *= b;
        e >>= 1;
        b *= b;
    }
    return r;
}

/* @unit pyxc_cg_unpack */
/* Unpack exactly n items of seq into out[] (new references). */
static PYXC_UNUSED int pyxc_cg_unpack(PyObject *seq, Py_ssize_t n, PyObject **out)
{
    Py_ssize_t i, got;
    PyObject *it, *extra;
    if (PyTuple_CheckExact(seq) || PyList_CheckExact(seq)) {
        got = PySequence_Fast_GET_SIZE(seq);
        if (got != n) {
            if (got > n)
                PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %zd)", n);
            else
                /* Cython's wording. */
                PyErr_Format(PyExc_ValueError, "need more than %zd value%s to unpack", got, got == 1 ? "" : "s");
            return -1;
        }
        for (i = 0; i < n; i++) {
            out[i] = PySequence_Fast_GET_ITEM(seq, i);
            Py_INCREF(out[i]);
        }
        return 0;
    }
    it = PyObject_GetIter(seq);
    if (!it) return -1;
    for (i = 0; i < n; i++) {
        out[i] = PyIter_Next(it);
        if (!out[i]) {
            if (!PyErr_Occurred())
                PyErr_Format(PyExc_ValueError, "need more than %zd value%s to unpack", i, i == 1 ? "" : "s");
            goto bad;
        }
    }
    extra = PyIter_Next(it);
    if (extra) {
        Py_DECREF(extra);
        PyErr_Format(PyExc_ValueError, "too many values to unpack (expected %zd)", n);
        goto bad;
    }
    if (PyErr_Occurred()) goto bad;
    Py_DECREF(it);
    return 0;
bad:
    while (i > 0) {
        i--;
        Py_CLEAR(out[i]);
    }
    Py_DECREF(it);
    return -1;
}

/* @unit pyxc_cg_err_occurred_nogil */
/* PyErr_Occurred() from code that may not hold the GIL. */
static PYXC_UNUSED int pyxc_cg_err_occurred_nogil(void)
{
    int r;
    PyGILState_STATE s = PyGILState_Ensure();
    r = PyErr_Occurred() != NULL;
    PyGILState_Release(s);
    return r;
}

/* @unit pyxc_cg_reraise */
/* Bare `raise`: re-raise the exception being handled. */
static PYXC_UNUSED void pyxc_cg_reraise(void)
{
    PyObject *t, *v, *tb;
    PyErr_GetExcInfo(&t, &v, &tb);
    if (!t || t == Py_None) {
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
        PyErr_SetString(PyExc_RuntimeError, "No active exception to reraise");
        return;
    }
    PyErr_Restore(t, v, tb);
}

/* @unit pyxc_cg_del_global */
/* `del name` of a module global: as Cython, which deletes the module's
 * attribute, an unbound name is an AttributeError. */
static PYXC_UNUSED int pyxc_cg_del_global(PyObject *d, PyObject *name)
{
    if (PyDict_DelItem(d, name) < 0) {
        if (PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_AttributeError, "'module' object has no attribute '%U'", name);
        }
        return -1;
    }
    return 0;
}

/* @unit pyxc_cg_with_exit */
/* Call exit(type, value, tb) for the exception being raised: 1 when it
 * suppressed it, 0 when the exception is restored, -1 on a new error. */
static PYXC_UNUSED int pyxc_cg_with_exit(PyObject *exit)
{
    PyObject *t, *v, *tb, *res, *st, *sv, *stb;
    int r;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    if (tb) PyException_SetTraceback(v, tb);
    /* __exit__ runs while the exception is being handled: an error it
     * raises has the exception as __context__. */
    PyErr_GetExcInfo(&st, &sv, &stb);
    Py_XINCREF(t);
    Py_XINCREF(v);
    Py_XINCREF(tb);
    PyErr_SetExcInfo(t, v, tb);
    res = PyObject_CallFunctionObjArgs(exit, t, v ? v : Py_None, tb ? tb : Py_None, NULL);
    PyErr_SetExcInfo(st, sv, stb);
    if (!res) {
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
        return -1;
    }
    r = PyObject_IsTrue(res);
    Py_DECREF(res);
    if (r > 0) {
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
        return 1;
    }
    if (r < 0) {
        Py_XDECREF(t);
        Py_XDECREF(v);
        Py_XDECREF(tb);
        return -1;
    }
    PyErr_Restore(t, v, tb);
    return 0;
}

/* @unit pyxc_cg_list_extend */
/* list.extend(iterable) for `f(*args)` call sites. */
static PYXC_UNUSED int pyxc_cg_list_extend(PyObject *list, PyObject *iterable)
{
    PyObject *it = PyObject_GetIter(iterable), *item;
    if (!it) return -1;
    while ((item = PyIter_Next(it))) {
        if (PyList_Append(list, item) < 0) {
            Py_DECREF(item);
            Py_DECREF(it);
            return -1;
        }
        Py_DECREF(item);
    }
    Py_DECREF(it);
    return PyErr_Occurred() ? -1 : 0;
}

/* @unit pyxc_cg_slice_null */
/* An unbound memoryview value. */
static PYXC_UNUSED const pyxc_slice pyxc_cg_slice_null = {0};

/* @unit pyxc_cg_assertions_enabled */
/* `assert` runs unless Python runs with -O (set at module exec). */
static PYXC_UNUSED int pyxc_cg_assertions_enabled = 1;
