/* args.c: def-function argument parsing (METH_FASTCALL | METH_KEYWORDS).
 *
 * Depends on: nothing but pyxc_rt.h.
 *
 * Checks run in Cython 3.3.1's order: too many positional arguments first,
 * then the keywords in the order given (unknown name, or a name already
 * filled positionally), then missing required positional arguments ("given"
 * counts the parameters before the first missing one, as Cython does), then
 * missing keyword-only arguments. A function without parameters words its
 * errors like CPython's METH_NOARGS ("f() takes no arguments (1 given)",
 * "f() takes no keyword arguments"), which is what Cython uses for it.
 */
#include "pyxc_rt.h"

/* @unit pyxc_raise_argtuple_invalid */
static void pyxc_raise_argtuple_invalid(const char *funcname, int exact, Py_ssize_t num_min,
                                        Py_ssize_t num_max, Py_ssize_t num_found) {
    Py_ssize_t num_expected;
    const char *more_or_less;
    if (num_found < num_min) {
        num_expected = num_min;
        more_or_less = "at least";
    } else {
        num_expected = num_max;
        more_or_less = "at most";
    }
    if (exact) {
        more_or_less = "exactly";
    }
    PyErr_Format(PyExc_TypeError, "%.200s() takes %.8s %zd positional argument%.1s (%zd given)",
                 funcname, more_or_less, num_expected, (num_expected == 1) ? "" : "s", num_found);
}

/* @unit pyxc_find_keyword */
/* Index of keyword `key` in kwlist, or -1. Interned names make the pointer
 * comparison the usual hit; the string comparison handles the rest. */
static Py_ssize_t pyxc_find_keyword(PyObject *key, const char *const *kwlist, Py_ssize_t nparams) {
    Py_ssize_t i;
    const char *s = PyUnicode_AsUTF8(key);
    if (!s) {
        PyErr_Clear();
        return -1;
    }
    for (i = 0; i < nparams; i++) {
        if (strcmp(s, kwlist[i]) == 0) {
            return i;
        }
    }
    return -1;
}

/* @unit pyxc_parse_args requires pyxc_raise_argtuple_invalid pyxc_find_keyword */
PYXC_RT int pyxc_parse_args(const char *funcname, PyObject *const *args, Py_ssize_t nargs,
                            PyObject *kwnames, const char *const *kwlist, Py_ssize_t nparams,
                            Py_ssize_t npositional, Py_ssize_t nrequired_pos,
                            unsigned long long kwonly_required, PyObject **values,
                            PyObject **varargs, PyObject **varkw) {
    Py_ssize_t nkw = kwnames ? PyTuple_GET_SIZE(kwnames) : 0;
    Py_ssize_t i, npos_used;
    int exact = (nrequired_pos == npositional) && !varargs;

    if (varargs) {
        *varargs = NULL;
    }
    if (varkw) {
        *varkw = NULL;
    }
    for (i = 0; i < nparams; i++) {
        values[i] = NULL;
    }
    if (nparams == 0 && !varargs && !varkw) {
        if (nkw > 0) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", funcname);
            return -1;
        }
        if (nargs > 0) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes no arguments (%zd given)", funcname, nargs);
            return -1;
        }
        return 0;
    }
    if (nargs > npositional && !varargs) {
        pyxc_raise_argtuple_invalid(funcname, exact, nrequired_pos, npositional, nargs);
        return -1;
    }
    npos_used = nargs < npositional ? nargs : npositional;
    for (i = 0; i < npos_used; i++) {
        values[i] = args[i];
    }
    if (varargs) {
        if (nargs > npositional) {
            *varargs = PyTuple_New(nargs - npositional);
            if (!*varargs) {
                return -1;
            }
            for (i = npositional; i < nargs; i++) {
                PyTuple_SET_ITEM(*varargs, i - npositional, Py_NewRef(args[i]));
            }
        } else {
            *varargs = PyTuple_New(0);
            if (!*varargs) {
                return -1;
            }
        }
    }
    if (varkw) {
        *varkw = PyDict_New();
        if (!*varkw) {
            goto error;
        }
    }
    for (i = 0; i < nkw; i++) {
        PyObject *key = PyTuple_GET_ITEM(kwnames, i);
        PyObject *value = args[nargs + i];
        Py_ssize_t k = pyxc_find_keyword(key, kwlist, nparams);
        if (k < 0) {
            if (varkw) {
                if (PyDict_SetItem(*varkw, key, value) < 0) {
                    goto error;
                }
                continue;
            }
            PyErr_Format(PyExc_TypeError, "%.200s() got an unexpected keyword argument '%U'", funcname,
                         key);
            goto error;
        }
        if (values[k]) {
            PyErr_Format(PyExc_TypeError, "%.200s() got multiple values for keyword argument '%U'",
                         funcname, key);
            goto error;
        }
        values[k] = value;
    }
    for (i = 0; i < nrequired_pos; i++) {
        if (!values[i]) {
            pyxc_raise_argtuple_invalid(funcname, exact, nrequired_pos, npositional, i);
            goto error;
        }
    }
    if (kwonly_required) {
        for (i = npositional; i < nparams && i < 64; i++) {
            if (((kwonly_required >> i) & 1u) && !values[i]) {
                PyErr_Format(PyExc_TypeError, "%.200s() needs keyword-only argument %s", funcname,
                             kwlist[i]);
                goto error;
            }
        }
    }
    return 0;
error:
    if (varargs) {
        Py_CLEAR(*varargs);
    }
    if (varkw) {
        Py_CLEAR(*varkw);
    }
    return -1;
}

/* @unit pyxc_arg_type_test */
PYXC_RT int pyxc_arg_type_test(PyObject *obj, PyTypeObject *type, int none_ok, const char *argname,
                               int exact) {
    if (pyxc_likely(Py_TYPE(obj) == type) || (none_ok && obj == Py_None)) {
        return 0;
    }
    if (!exact && PyObject_TypeCheck(obj, type)) {
        return 0;
    }
    PyErr_Format(PyExc_TypeError, "Argument '%.200s' has incorrect type (expected %.200s, got %.200s)",
                 argname, type->tp_name, Py_TYPE(obj)->tp_name);
    return -1;
}

/* @unit pyxc_raise_arg_none */
PYXC_RT void pyxc_raise_arg_none(const char *argname) {
    PyErr_Format(PyExc_TypeError, "Argument '%.200s' must not be None", argname);
}
