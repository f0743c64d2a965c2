/* convert.c: Python <-> C numbers.
 *
 * Depends on: nothing but pyxc_rt.h.
 *
 * Cython 3.3.1's rules, which these reproduce (64-bit Linux messages):
 *  - C integer types other than Py_ssize_t take ints as they are and other
 *    objects through __int__ only (so 3.7 -> 3, np.float64 truncates,
 *    Decimal/Fraction truncate; an object with only __index__ is refused):
 *    TypeError "an integer is required" when there is no __int__.
 *  - Py_ssize_t goes through __index__ (PyNumber_Index): 3.5 raises
 *    TypeError "'float' object cannot be interpreted as an integer", and a
 *    too large int "Python int too large to convert to C ssize_t".
 *  - A value beyond C long raises CPython's "Python int too large to convert
 *    to C long" ("... C unsigned long" for unsigned targets); a value inside
 *    long but outside the target raises "value too large to convert to T"
 *    (both signs); a negative value for an unsigned target raises
 *    "can't convert negative value to T" (checked first).
 *  - unsigned long long is named "unsigned PY_LONG_LONG" in that message.
 *  - double: PyFloat_AsDouble (__float__, then __index__): TypeError
 *    "must be real number, not str"; "int too large to convert to float".
 */
#include "pyxc_rt.h"

#include <limits.h>

/* @unit pyxc_int_of */
/* The int object a C integer conversion reads: a new reference. */
static PyObject *pyxc_int_of(PyObject *o) {
    PyNumberMethods *m;
    PyObject *res = NULL;
    if (pyxc_likely(PyLong_Check(o))) {
        return Py_NewRef(o);
    }
    m = Py_TYPE(o)->tp_as_number;
    if (m && m->nb_int) {
        res = m->nb_int(o);
    }
    if (res) {
        if (pyxc_unlikely(!PyLong_CheckExact(res))) {
            if (PyLong_Check(res)) {
                if (PyErr_WarnFormat(PyExc_DeprecationWarning, 1,
                                     "__int__ returned non-int (type %.200s).  "
                                     "The ability to return an instance of a strict subclass of int "
                                     "is deprecated, and may be removed in a future version of Python.",
                                     Py_TYPE(res)->tp_name)) {
                    Py_DECREF(res);
                    return NULL;
                }
                return res;
            }
            PyErr_Format(PyExc_TypeError, "__int__ returned non-int (type %.200s)", Py_TYPE(res)->tp_name);
            Py_DECREF(res);
            return NULL;
        }
    } else if (!PyErr_Occurred()) {
        PyErr_SetString(PyExc_TypeError, "an integer is required");
    }
    return res;
}

/* @unit pyxc_as_ssize_impl */
static long long pyxc_as_ssize_impl(PyObject *o) {
    PyObject *n;
    Py_ssize_t v;
    if (pyxc_likely(PyLong_CheckExact(o))) {
        return (long long)PyLong_AsSsize_t(o);
    }
    n = PyNumber_Index(o);
    if (!n) {
        return -1;
    }
    v = PyLong_AsSsize_t(n);
    Py_DECREF(n);
    return (long long)v;
}

/* @unit pyxc_as_ssize_t requires pyxc_as_ssize_impl */
/* Python int to Py_ssize_t as Cython converts it (see the top of the file). */
PYXC_RT Py_ssize_t pyxc_as_ssize_t(PyObject *o) {
    return (Py_ssize_t)pyxc_as_ssize_impl(o);
}

/* @unit pyxc_as_signed requires pyxc_int_of pyxc_as_ssize_impl */
PYXC_RT long long pyxc_as_signed(PyObject *o, long long min, long long max, const char *ctype) {
    PyObject *n;
    long long v;
    int overflow;
    if (pyxc_unlikely(ctype[0] == 'P' && strcmp(ctype, "Py_ssize_t") == 0)) {
        return pyxc_as_ssize_impl(o);
    }
    if (pyxc_likely(PyLong_CheckExact(o))) {
        n = Py_NewRef(o);
    } else {
        n = pyxc_int_of(o);
        if (!n) {
            return -1;
        }
    }
    v = (long long)PyLong_AsLongAndOverflow(n, &overflow);
    if (pyxc_unlikely(overflow) && (min < LONG_MIN || max > LONG_MAX)) {
        /* targets wider than long (long long where long is 32-bit) */
        v = PyLong_AsLongLongAndOverflow(n, &overflow);
    }
    Py_DECREF(n);
    if (pyxc_unlikely(overflow)) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    if (v == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (pyxc_unlikely(v < min || v > max)) {
        PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", ctype);
        return -1;
    }
    return v;
}

/* @unit pyxc_as_unsigned requires pyxc_int_of */
PYXC_RT unsigned long long pyxc_as_unsigned(PyObject *o, unsigned long long max, const char *ctype) {
    PyObject *n;
    long v;
    int overflow;
    unsigned long long u;
    if (pyxc_likely(PyLong_CheckExact(o))) {
        n = Py_NewRef(o);
    } else {
        n = pyxc_int_of(o);
        if (!n) {
            return (unsigned long long)-1;
        }
    }
    v = PyLong_AsLongAndOverflow(n, &overflow);
    if (v == -1 && !overflow && PyErr_Occurred()) {
        Py_DECREF(n);
        return (unsigned long long)-1;
    }
    if (pyxc_unlikely(overflow < 0 || (overflow == 0 && v < 0))) {
        Py_DECREF(n);
        PyErr_Format(PyExc_OverflowError, "can't convert negative value to %s", ctype);
        return (unsigned long long)-1;
    }
    if (pyxc_likely(overflow == 0)) {
        u = (unsigned long long)v;
    } else if (max > ULONG_MAX) {
        u = PyLong_AsUnsignedLongLong(n);
    } else {
        u = (unsigned long long)PyLong_AsUnsignedLong(n);
    }
    Py_DECREF(n);
    if (u == (unsigned long long)-1 && PyErr_Occurred()) {
        return (unsigned long long)-1;
    }
    if (pyxc_unlikely(u > max)) {
        PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", ctype);
        return (unsigned long long)-1;
    }
    return u;
}

/* @unit pyxc_as_longlong requires pyxc_as_signed */
PYXC_RT long long pyxc_as_longlong(PyObject *o) {
    return pyxc_as_signed(o, LLONG_MIN, LLONG_MAX, "long long");
}

/* @unit pyxc_as_ulonglong requires pyxc_as_unsigned */
PYXC_RT unsigned long long pyxc_as_ulonglong(PyObject *o) {
    return pyxc_as_unsigned(o, ULLONG_MAX, "unsigned PY_LONG_LONG");
}

/* @unit pyxc_as_charptr */
/* The char * of a bytes or bytearray object (borrowed: valid while `o`
 * lives), as Cython converts to char *; anything else is a TypeError
 * "expected bytes, T found". */
PYXC_RT char *pyxc_as_charptr(PyObject *o) {
    if (PyByteArray_Check(o)) {
        return PyByteArray_AS_STRING(o);
    }
    return PyBytes_AsString(o);
}

/* @unit pyxc_as_double */
PYXC_RT double pyxc_as_double(PyObject *o) {
    if (pyxc_likely(PyFloat_CheckExact(o))) {
        return PyFloat_AS_DOUBLE(o);
    }
    return PyFloat_AsDouble(o);
}

/* @unit pyxc_is_true */
PYXC_RT int pyxc_is_true(PyObject *o) {
    if (o == Py_True) {
        return 1;
    }
    if (o == Py_False || o == Py_None) {
        return 0;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyLong_CheckExact(o)) {
        return Py_SIZE(o) != 0;
    }
#endif
    if (PyFloat_CheckExact(o)) {
        return PyFloat_AS_DOUBLE(o) != 0.0;
    }
    if (PyList_CheckExact(o)) {
        return PyList_GET_SIZE(o) != 0;
    }
    if (PyTuple_CheckExact(o)) {
        return PyTuple_GET_SIZE(o) != 0;
    }
    return PyObject_IsTrue(o);
}

/* @unit pyxc_int_from_number */
PYXC_RT PyObject *pyxc_int_from_number(PyObject *o, const char *argname) {
    PyNumberMethods *nb = Py_TYPE(o)->tp_as_number;
    if (PyLong_CheckExact(o)) {
        Py_INCREF(o);
        return o;
    }
    if (nb && (nb->nb_int || nb->nb_index)) {
        return PyNumber_Long(o);
    }
    PyErr_Format(PyExc_TypeError, "Argument '%.200s' has incorrect type (expected int, got %.200s)", argname,
                 Py_TYPE(o)->tp_name);
    return NULL;
}

/* @unit pyxc_as_ucs4 requires pyxc_as_signed */
/* A Py_UCS4 from a one-character str or an integer code point, with
 * Cython's errors ("only single character unicode strings can be converted
 * to Py_UCS4, got length 2", "cannot convert negative value to Py_UCS4"). */
PYXC_RT Py_UCS4 pyxc_as_ucs4(PyObject *o) {
    long v;
    if (PyUnicode_Check(o)) {
        Py_ssize_t n = PyUnicode_GET_LENGTH(o);
        if (n != 1) {
            PyErr_Format(PyExc_ValueError,
                         "only single character unicode strings can be converted to Py_UCS4, got length %zd", n);
            return (Py_UCS4)-1;
        }
        return PyUnicode_READ_CHAR(o, 0);
    }
    v = (long)pyxc_as_signed(o, LONG_MIN, LONG_MAX, "long");
    if (v == -1 && PyErr_Occurred()) {
        return (Py_UCS4)-1;
    }
    if (v < 0) {
        PyErr_SetString(PyExc_OverflowError, "cannot convert negative value to Py_UCS4");
        return (Py_UCS4)-1;
    }
    if (v > 0x10FFFF) {
        PyErr_SetString(PyExc_OverflowError, "value too large to convert to Py_UCS4");
        return (Py_UCS4)-1;
    }
    return (Py_UCS4)v;
}
