/* pyops.c: Python operations with fast paths.
 *
 * Depends on: nothing but pyxc_rt.h.
 *
 * Semantics follow Cython 3.3.1:
 *  - o[i] / o[i] = v with a C index: exact list/tuple fast paths; any index
 *    the fast path cannot serve goes to PyObject_GetItem/SetItem with the
 *    original index, so errors are Python's own ("list index out of range",
 *    "tuple index out of range", "list assignment index out of range",
 *    "'tuple' object does not support item assignment", KeyError, ...).
 *  - pyxc_pow_double is C pow(), exactly what Cython emits for `**` on two
 *    typed doubles with a double result: 0.0 ** -1.0 is inf (no
 *    ZeroDivisionError), (-8.0) ** (1/3) is nan, 10.0 ** 400.0 is inf. (When
 *    the result is a Python object Cython 3 returns a complex for a negative
 *    base; that is sema's choice of operation, not this helper.)
 *  - pyxc_mod_double is Cython's __Pyx_mod_double (fmod then sign fix-up;
 *    -0.0 % 2.0 gives 0.0). Divisors are checked by the caller:
 *    ZeroDivisionError "integer division or modulo by zero" for integers,
 *    "float divmod()" for float %, "float division" for float / and //.
 */
#include "pyxc_rt.h"

#include <math.h>

/* @unit pyxc_getitem_generic */
static PyObject *pyxc_getitem_generic(PyObject *o, Py_ssize_t i) {
    PyObject *key = PyLong_FromSsize_t(i), *r;
    if (!key) {
        return NULL;
    }
    r = PyObject_GetItem(o, key);
    Py_DECREF(key);
    return r;
}

/* @unit pyxc_getitem_int_other requires pyxc_getitem_generic */
/* o[i] for anything but an exact list (the inline fast path below). */
static PyObject *pyxc_getitem_int_other(PyObject *o, Py_ssize_t i, int wraparound, int boundscheck) {
    if (PyTuple_CheckExact(o)) {
        Py_ssize_t n = (wraparound && i < 0) ? i + PyTuple_GET_SIZE(o) : i;
        if (!boundscheck || pyxc_likely((size_t)n < (size_t)PyTuple_GET_SIZE(o))) {
            return Py_NewRef(PyTuple_GET_ITEM(o, n));
        }
    } else if (!PyList_CheckExact(o)) {
        PyMappingMethods *mm = Py_TYPE(o)->tp_as_mapping;
        PySequenceMethods *sm = Py_TYPE(o)->tp_as_sequence;
        if (!(mm && mm->mp_subscript) && sm && sm->sq_item) {
            if (wraparound && i < 0 && sm->sq_length) {
                Py_ssize_t len = sm->sq_length(o);
                if (len < 0) {
                    return NULL;
                }
                i += len;
            }
            return sm->sq_item(o, i);
        }
    }
    return pyxc_getitem_generic(o, i);
}

/* @unit pyxc_getitem_int requires pyxc_getitem_int_other */
/* Inline so that a list read in a loop costs a type check and a load. */
PYXC_RT inline PyObject *pyxc_getitem_int(PyObject *o, Py_ssize_t i, int wraparound, int boundscheck) {
    if (pyxc_likely(PyList_CheckExact(o))) {
        Py_ssize_t n = (wraparound && i < 0) ? i + PyList_GET_SIZE(o) : i;
        if (!boundscheck || pyxc_likely((size_t)n < (size_t)PyList_GET_SIZE(o))) {
            return Py_NewRef(PyList_GET_ITEM(o, n));
        }
    }
    return pyxc_getitem_int_other(o, i, wraparound, boundscheck);
}

/* @unit pyxc_setitem_int_other */
/* o[i] = v through the mapping/sequence protocol, with a Python index. */
static int pyxc_setitem_int_other(PyObject *o, Py_ssize_t i, PyObject *v) {
    PyObject *key = PyLong_FromSsize_t(i);
    int r;
    if (!key) {
        return -1;
    }
    r = PyObject_SetItem(o, key, v);
    Py_DECREF(key);
    return r;
}

/* @unit pyxc_setitem_int requires pyxc_setitem_int_other */
PYXC_RT inline int pyxc_setitem_int(PyObject *o, Py_ssize_t i, PyObject *v, int wraparound, int boundscheck) {
    if (pyxc_likely(PyList_CheckExact(o))) {
        Py_ssize_t n = (wraparound && i < 0) ? i + PyList_GET_SIZE(o) : i;
        if (!boundscheck || pyxc_likely((size_t)n < (size_t)PyList_GET_SIZE(o))) {
            PyObject *old = PyList_GET_ITEM(o, n);
            PyList_SET_ITEM(o, n, Py_NewRef(v));
            Py_DECREF(old);
            return 0;
        }
    }
    return pyxc_setitem_int_other(o, i, v);
}

/* @unit pyxc_small_index */
PYXC_RT int pyxc_small_index(PyObject *key, Py_ssize_t *out) {
    int overflow;
    long long v;
    if (!PyLong_CheckExact(key)) {
        return 0;
    }
#if PY_VERSION_HEX >= 0x030C0000
    if (PyUnstable_Long_IsCompact((PyLongObject *)key)) {
        *out = (Py_ssize_t)PyUnstable_Long_CompactValue((PyLongObject *)key);
        return 1;
    }
#else
    if (Py_SIZE(key) >= -1 && Py_SIZE(key) <= 1) {
        *out = (Py_ssize_t)Py_SIZE(key) * (Py_ssize_t)((PyLongObject *)key)->ob_digit[0];
        return 1;
    }
#endif
    v = PyLong_AsLongLongAndOverflow(key, &overflow);
    if (overflow || v < PY_SSIZE_T_MIN || v > PY_SSIZE_T_MAX) {
        return 0;
    }
    *out = (Py_ssize_t)v;
    return 1;
}

/* @unit pyxc_getitem requires pyxc_small_index */
PYXC_RT PyObject *pyxc_getitem(PyObject *o, PyObject *key) {
    Py_ssize_t i;
    if ((PyList_CheckExact(o) || PyTuple_CheckExact(o)) && pyxc_small_index(key, &i)) {
        Py_ssize_t n = Py_SIZE(o);
        Py_ssize_t k = i < 0 ? i + n : i;
        if (pyxc_likely((size_t)k < (size_t)n)) {
            PyObject *item = PyList_CheckExact(o) ? PyList_GET_ITEM(o, k) : PyTuple_GET_ITEM(o, k);
            return Py_NewRef(item);
        }
    }
    return PyObject_GetItem(o, key);
}

/* @unit pyxc_setitem requires pyxc_small_index */
PYXC_RT int pyxc_setitem(PyObject *o, PyObject *key, PyObject *v) {
    Py_ssize_t i;
    if (PyList_CheckExact(o) && pyxc_small_index(key, &i)) {
        Py_ssize_t n = PyList_GET_SIZE(o);
        Py_ssize_t k = i < 0 ? i + n : i;
        if (pyxc_likely((size_t)k < (size_t)n)) {
            PyObject *old = PyList_GET_ITEM(o, k);
            PyList_SET_ITEM(o, k, Py_NewRef(v));
            Py_DECREF(old);
            return 0;
        }
    }
    return PyObject_SetItem(o, key, v);
}

/* @unit pyxc_append requires pyxc_call_method */
PYXC_RT int pyxc_append(PyObject *obj, PyObject *x) {
    PyObject *name, *r;
    if (pyxc_likely(PyList_CheckExact(obj))) {
        return PyList_Append(obj, x);
    }
    name = PyUnicode_InternFromString("append");
    if (!name) {
        return -1;
    }
    r = pyxc_call_method(obj, name, &x, 1);
    Py_DECREF(name);
    if (!r) {
        return -1;
    }
    Py_DECREF(r);
    return 0;
}

/* @unit pyxc_len */
PYXC_RT Py_ssize_t pyxc_len(PyObject *o) {
    if (PyList_CheckExact(o)) {
        return PyList_GET_SIZE(o);
    }
    if (PyTuple_CheckExact(o)) {
        return PyTuple_GET_SIZE(o);
    }
    /* CPython's own TypeError: "object of type 'int' has no len()". */
    return PyObject_Size(o);
}

/* @unit pyxc_builtins_dict */
static PyObject *pyxc_builtins_dict;

/* @unit pyxc_get_global requires pyxc_builtins_dict */
PYXC_RT PyObject *pyxc_get_global(PyObject *module_dict, PyObject *name) {
    PyObject *r = PyDict_GetItemWithError(module_dict, name);
    if (r) {
        return Py_NewRef(r);
    }
    if (PyErr_Occurred()) {
        return NULL;
    }
    if (!pyxc_builtins_dict) {
        PyObject *builtins = PyImport_ImportModule("builtins");
        if (!builtins) {
            return NULL;
        }
        pyxc_builtins_dict = Py_NewRef(PyModule_GetDict(builtins));
        Py_DECREF(builtins);
    }
    r = PyDict_GetItemWithError(pyxc_builtins_dict, name);
    if (r) {
        return Py_NewRef(r);
    }
    if (!PyErr_Occurred()) {
        PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
    }
    return NULL;
}

/* @unit pyxc_call_method */
PYXC_RT PyObject *pyxc_call_method(PyObject *obj, PyObject *name, PyObject *const *args, size_t nargs) {
#if PY_VERSION_HEX >= 0x03090000
    PyObject *small[8];
    PyObject **stack = small;
    PyObject *r;
    size_t i;
    if (nargs + 1 > sizeof(small) / sizeof(small[0])) {
        stack = (PyObject **)PyMem_Malloc((nargs + 1) * sizeof(PyObject *));
        if (!stack) {
            return PyErr_NoMemory();
        }
    }
    stack[0] = obj;
    for (i = 0; i < nargs; i++) {
        stack[i + 1] = args[i];
    }
    /* The recursion check of the generated calls (pyxc_cg_vcall). */
    if (Py_EnterRecursiveCall(" while calling a Python object")) {
        r = NULL;
    } else {
        r = PyObject_VectorcallMethod(name, stack, nargs + 1, NULL);
        Py_LeaveRecursiveCall();
    }
    if (stack != small) {
        PyMem_Free(stack);
    }
    return r;
#else
    PyObject *meth = PyObject_GetAttr(obj, name), *r;
    if (!meth) {
        return NULL;
    }
    r = _PyObject_Vectorcall(meth, args, nargs, NULL);
    Py_DECREF(meth);
    return r;
#endif
}

/* @unit pyxc_floordiv_ll */
PYXC_RT long long pyxc_floordiv_ll(long long a, long long b) {
    long long q, r;
    if (b == -1) {
        /* a / -1 overflows for LLONG_MIN; wrap like -fwrapv instead of UB
         * (Cython raises OverflowError before calling when it can occur). */
        return (long long)(0ULL - (unsigned long long)a);
    }
    q = a / b;
    r = a - q * b;
    q -= ((r != 0) & ((r ^ b) < 0));
    return q;
}

/* @unit pyxc_mod_ll */
PYXC_RT long long pyxc_mod_ll(long long a, long long b) {
    long long r;
    if (b == -1) {
        return 0;
    }
    r = a % b;
    r += ((r != 0) & ((r ^ b) < 0)) * b;
    return r;
}

/* @unit pyxc_mod_double */
PYXC_RT double pyxc_mod_double(double a, double b) {
    double r = fmod(a, b);
    r += ((r != 0) & ((r < 0) ^ (b < 0))) * b;
    return r;
}

/* @unit pyxc_pow_double */
PYXC_RT double pyxc_pow_double(double a, double b) {
    return pow(a, b);
}

/* @unit pyxc_raise_zero_division */
PYXC_RT void pyxc_raise_zero_division(const char *msg) {
    PyErr_SetString(PyExc_ZeroDivisionError, msg);
}
