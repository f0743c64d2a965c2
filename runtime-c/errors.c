/* errors.c: tracebacks and common raises.
 *
 * Depends on: nothing but pyxc_rt.h.
 *
 * Messages follow Cython 3.3.1 (checked against it):
 *   NameError          "name 'x' is not defined"
 *   UnboundLocalError  "local variable 'x' referenced before assignment"
 *   noexcept failures  the exception printed, then
 *                      "Exception ignored in: 'module.func'" and its traceback
 */
#include "pyxc_rt.h"

#include <frameobject.h> /* PyFrame_New */

/* @unit PYXC_TB_CACHE_SIZE */
/* Code objects for traceback entries, cached per (funcname, filename, line).
 * The strings are the generated module's literals, so their addresses are
 * stable keys. A collision just replaces the older entry. */
#define PYXC_TB_CACHE_SIZE 64
/* @unit pyxc_tb_entry */
typedef struct {
    const char *funcname;
    const char *filename;
    int lineno;
    PyCodeObject *code;
} pyxc_tb_entry;
/* @unit pyxc_tb_cache requires PYXC_TB_CACHE_SIZE pyxc_tb_entry */
static pyxc_tb_entry pyxc_tb_cache[PYXC_TB_CACHE_SIZE];
/* @unit pyxc_tb_globals */
static PyObject *pyxc_tb_globals;

/* @unit pyxc_tb_code requires PYXC_TB_CACHE_SIZE pyxc_tb_entry pyxc_tb_cache */
static PyCodeObject *pyxc_tb_code(const char *funcname, const char *filename, int lineno) {
    size_t h = ((size_t)funcname >> 3) ^ ((size_t)filename >> 5) ^ ((size_t)lineno * 2654435761u);
    pyxc_tb_entry *e = &pyxc_tb_cache[h % PYXC_TB_CACHE_SIZE];
    PyCodeObject *code;
    if (e->code && e->funcname == funcname && e->filename == filename && e->lineno == lineno) {
        return e->code;
    }
    /* PyCode_NewEmpty's code maps every instruction to its first line, so
     * the frame (and the traceback entry) reports `lineno` on 3.8 to 3.13. */
    code = PyCode_NewEmpty(filename, funcname, lineno);
    if (!code) {
        return NULL;
    }
    Py_XDECREF(e->code);
    e->funcname = funcname;
    e->filename = filename;
    e->lineno = lineno;
    e->code = code;
    return code;
}

/* @unit pyxc_add_traceback requires pyxc_tb_globals pyxc_tb_code */
PYXC_RT void pyxc_add_traceback(const char *funcname, const char *filename, int lineno) {
    PyCodeObject *code;
    PyFrameObject *frame;
#if PY_VERSION_HEX >= 0x030C0000
    PyObject *exc = PyErr_GetRaisedException();
#else
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
#endif
    if (!pyxc_tb_globals) {
        pyxc_tb_globals = PyDict_New();
    }
    code = pyxc_tb_globals ? pyxc_tb_code(funcname, filename, lineno) : NULL;
    frame = code ? PyFrame_New(PyThreadState_Get(), code, pyxc_tb_globals, NULL) : NULL;
    /* Failing to build the entry must not lose the exception being raised. */
    PyErr_Clear();
#if PY_VERSION_HEX >= 0x030C0000
    PyErr_SetRaisedException(exc);
#else
    PyErr_Restore(type, value, tb);
#endif
    if (frame) {
#if PY_VERSION_HEX < 0x030B0000
        frame->f_lineno = lineno;
#endif
        PyTraceBack_Here(frame);
        Py_DECREF(frame);
    }
}

/* @unit pyxc_raise_name_error */
PYXC_RT void pyxc_raise_name_error(PyObject *name) {
    PyErr_Format(PyExc_NameError, "name '%U' is not defined", name);
}

/* @unit pyxc_raise_unbound_local */
PYXC_RT void pyxc_raise_unbound_local(const char *name) {
    PyErr_Format(PyExc_UnboundLocalError, "local variable '%s' referenced before assignment", name);
}

/* @unit pyxc_write_unraisable */
PYXC_RT void pyxc_write_unraisable(const char *qualname) {
    PyObject *ctx;
    /* Cython prints the exception itself first (PyErr_PrintEx), then reports
     * it as unraisable with the function's qualified name. */
#if PY_VERSION_HEX >= 0x030C0000
    PyObject *exc = PyErr_GetRaisedException();
    PyErr_SetRaisedException(Py_XNewRef(exc));
    PyErr_PrintEx(0);
    PyErr_SetRaisedException(exc);
#else
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    Py_XINCREF(type);
    Py_XINCREF(value);
    Py_XINCREF(tb);
    PyErr_Restore(type, value, tb);
    PyErr_PrintEx(0);
    PyErr_Restore(type, value, tb);
#endif
    ctx = PyUnicode_FromString(qualname);
    PyErr_WriteUnraisable(ctx ? ctx : Py_None);
    Py_XDECREF(ctx);
}

/* @unit pyxc_raise */
PYXC_RT void pyxc_raise(PyObject *exc, PyObject *cause) {
    PyObject *type, *value;
    if (PyExceptionClass_Check(exc)) {
        type = exc;
        value = PyObject_CallNoArgs(exc);
        if (!value) {
            return;
        }
        if (!PyExceptionInstance_Check(value)) {
            PyErr_Format(PyExc_TypeError,
                         "calling %R should have returned an instance of BaseException, not %R", exc,
                         Py_TYPE(value));
            Py_DECREF(value);
            return;
        }
    } else if (PyExceptionInstance_Check(exc)) {
        type = (PyObject *)Py_TYPE(exc);
        value = Py_NewRef(exc);
    } else {
        /* Cython's message (CPython says "exceptions must derive from BaseException"). */
        PyErr_SetString(PyExc_TypeError, "raise: exception class must be a subclass of BaseException");
        return;
    }
    if (cause) {
        PyObject *fixed_cause;
        if (cause == Py_None) {
            fixed_cause = NULL;
        } else if (PyExceptionClass_Check(cause)) {
            fixed_cause = PyObject_CallNoArgs(cause);
            if (!fixed_cause) {
                Py_DECREF(value);
                return;
            }
        } else if (PyExceptionInstance_Check(cause)) {
            fixed_cause = Py_NewRef(cause);
        } else {
            PyErr_SetString(PyExc_TypeError, "exception causes must derive from BaseException");
            Py_DECREF(value);
            return;
        }
        PyException_SetCause(value, fixed_cause); /* steals; also sets __suppress_context__ */
    }
    PyErr_SetObject(type, value);
    Py_DECREF(value);
}
