/* function.c: the function objects of def functions and closures.
 *
 * Depends on: nothing but pyxc_rt.h.
 *
 * A pyxc function behaves like a Python function wherever code inspects
 * one, as Cython 3's binding functions do (checked against Cython 3.3.1):
 *   - writable __name__, __qualname__ ("__name__ must be set to a string
 *     object"), __doc__ and __module__;
 *   - a __dict__ for attributes, so functools.wraps and tagging decorators
 *     work on it;
 *   - __defaults__ and __kwdefaults__, built when first read; writing them
 *     does not change the defaults used by calls;
 *   - __code__ naming the parameters, so inspect.signature works;
 *   - __globals__, __annotations__ and __closure__ (None);
 *   - binding as a method when stored on a class, weak references, and
 *     pickling by qualified name;
 *   - identity equality: two closures of one def are different functions.
 * Calls go through vectorcall to the METH_FASTCALL | METH_KEYWORDS wrapper,
 * as a builtin function's do.
 */
#include "pyxc_rt.h"

#include <stddef.h> /* offsetof */

#if PY_VERSION_HEX < 0x03090000
#define Py_TPFLAGS_HAVE_VECTORCALL _Py_TPFLAGS_HAVE_VECTORCALL
#endif

/* @unit pyxc_fastcall_kw */
typedef PyObject *(*pyxc_fastcall_kw)(PyObject *, PyObject *const *, Py_ssize_t, PyObject *);

/* @unit pyxc_function */
typedef struct {
    PyObject_HEAD
    vectorcallfunc vectorcall;
    PyMethodDef *ml;
    const pyxc_func_sig *sig;
    PyObject *closure; /* the wrapper's `self`: cells and defaults, or NULL */
    PyObject *module;  /* __module__ */
    PyObject *globals; /* __globals__ */
    /* Made when first read (or written): */
    PyObject *name, *qualname, *doc, *dict, *defaults, *kwdefaults, *annotations, *code;
    PyObject *weakreflist;
    unsigned char defaults_ready, kwdefaults_ready;
} pyxc_function;

/* @unit pyxc_function_call requires pyxc_fastcall_kw pyxc_function */
static PyObject *pyxc_function_call(PyObject *self, PyObject *const *args, size_t nargsf,
                                    PyObject *kwnames) {
    pyxc_function *f = (pyxc_function *)self;
    /* No recursion check here: pyxc's own calls of Python objects make it
     * (pyxc_cg_vcall), so a call from Python costs what a builtin's does. */
    return ((pyxc_fastcall_kw)(void (*)(void))f->ml->ml_meth)(f->closure, args,
                                                              PyVectorcall_NARGS(nargsf), kwnames);
}

/* @unit pyxc_function_traverse requires pyxc_function */
static int pyxc_function_traverse(PyObject *self, visitproc visit, void *arg) {
    pyxc_function *f = (pyxc_function *)self;
    Py_VISIT(f->closure);
    Py_VISIT(f->module);
    Py_VISIT(f->globals);
    Py_VISIT(f->name);
    Py_VISIT(f->qualname);
    Py_VISIT(f->doc);
    Py_VISIT(f->dict);
    Py_VISIT(f->defaults);
    Py_VISIT(f->kwdefaults);
    Py_VISIT(f->annotations);
    Py_VISIT(f->code);
    return 0;
}

/* @unit pyxc_function_clear requires pyxc_function */
static int pyxc_function_clear(PyObject *self) {
    pyxc_function *f = (pyxc_function *)self;
    Py_CLEAR(f->closure);
    Py_CLEAR(f->module);
    Py_CLEAR(f->globals);
    Py_CLEAR(f->name);
    Py_CLEAR(f->qualname);
    Py_CLEAR(f->doc);
    Py_CLEAR(f->dict);
    Py_CLEAR(f->defaults);
    Py_CLEAR(f->kwdefaults);
    Py_CLEAR(f->annotations);
    Py_CLEAR(f->code);
    return 0;
}

/* @unit pyxc_function_dealloc requires pyxc_function pyxc_function_clear */
static void pyxc_function_dealloc(PyObject *self) {
    pyxc_function *f = (pyxc_function *)self;
    PyObject_GC_UnTrack(self);
    if (f->weakreflist) {
        PyObject_ClearWeakRefs(self);
    }
    pyxc_function_clear(self);
    PyObject_GC_Del(self);
}

/* @unit pyxc_function_str */
/* Stored strings: a C string made into a str on first use. */
static PyObject *pyxc_function_str(PyObject **slot, const char *text) {
    if (!*slot) {
        *slot = PyUnicode_FromString(text);
    }
    return Py_XNewRef(*slot);
}

/* @unit pyxc_function_get_name requires pyxc_function pyxc_function_str */
static PyObject *pyxc_function_get_name(PyObject *self, void *closure) {
    pyxc_function *f = (pyxc_function *)self;
    (void)closure;
    return pyxc_function_str(&f->name, f->sig->name);
}

/* @unit pyxc_function_get_qualname requires pyxc_function pyxc_function_str */
static PyObject *pyxc_function_get_qualname(PyObject *self, void *closure) {
    pyxc_function *f = (pyxc_function *)self;
    (void)closure;
    return pyxc_function_str(&f->qualname, f->sig->qualname);
}

/* @unit pyxc_function_set_str */
/* __name__ and __qualname__ take str only, as Python functions do. */
static int pyxc_function_set_str(PyObject **slot, PyObject *value, const char *attr) {
    if (!value || !PyUnicode_Check(value)) {
        PyErr_Format(PyExc_TypeError, "%s must be set to a string object", attr);
        return -1;
    }
    Py_INCREF(value);
    Py_XSETREF(*slot, value);
    return 0;
}

/* @unit pyxc_function_set_name requires pyxc_function pyxc_function_set_str */
static int pyxc_function_set_name(PyObject *self, PyObject *value, void *closure) {
    (void)closure;
    return pyxc_function_set_str(&((pyxc_function *)self)->name, value, "__name__");
}

/* @unit pyxc_function_set_qualname requires pyxc_function pyxc_function_set_str */
static int pyxc_function_set_qualname(PyObject *self, PyObject *value, void *closure) {
    (void)closure;
    return pyxc_function_set_str(&((pyxc_function *)self)->qualname, value, "__qualname__");
}

/* @unit pyxc_function_get_doc requires pyxc_function */
static PyObject *pyxc_function_get_doc(PyObject *self, void *closure) {
    pyxc_function *f = (pyxc_function *)self;
    (void)closure;
    if (!f->doc) {
        f->doc = f->ml->ml_doc ? PyUnicode_FromString(f->ml->ml_doc) : Py_NewRef(Py_None);
    }
    return Py_XNewRef(f->doc);
}

/* @unit pyxc_function_set_any */
/* __doc__ and __module__ take any object; deleting one leaves None. */
static int pyxc_function_set_any(PyObject **slot, PyObject *value) {
    Py_XSETREF(*slot, Py_NewRef(value ? value : Py_None));
    return 0;
}

/* @unit pyxc_function_set_doc requires pyxc_function pyxc_function_set_any */
static int pyxc_function_set_doc(PyObject *self, PyObject *value, void *closure) {
    (void)closure;
    return pyxc_function_set_any(&((pyxc_function *)self)->doc, value);
}

/* @unit pyxc_function_get_module requires pyxc_function */
static PyObject *pyxc_function_get_module(PyObject *self, void *closure) {
    pyxc_function *f = (pyxc_function *)self;
    (void)closure;
    return Py_NewRef(f->module ? f->module : Py_None);
}

/* @unit pyxc_function_set_module requires pyxc_function pyxc_function_set_any */
static int pyxc_function_set_module(PyObject *self, PyObject *value, void *closure) {
    (void)closure;
    return pyxc_function_set_any(&((pyxc_function *)self)->module, value);
}

/* @unit pyxc_function_get_globals requires pyxc_function */
static PyObject *pyxc_function_get_globals(PyObject *self, void *closure) {
    pyxc_function *f = (pyxc_function *)self;
    (void)closure;
    return Py_NewRef(f->globals ? f->globals : Py_None);
}

/* @unit pyxc_function_get_none */
static PyObject *pyxc_function_get_none(PyObject *self, void *closure) {
    (void)self;
    (void)closure;
    Py_RETURN_NONE;
}

/* @unit pyxc_function_defaults requires pyxc_function */
/* __defaults__ (kw = 0) and __kwdefaults__ (kw = 1): the values the
 * function was defined with, made by its generated builder when first
 * read, unless code wrote them first. */
static PyObject *pyxc_function_defaults(pyxc_function *f, int kw) {
    PyObject **slot = kw ? &f->kwdefaults : &f->defaults;
    unsigned char *ready = kw ? &f->kwdefaults_ready : &f->defaults_ready;
    if (!*ready) {
        if (f->sig->defaults) {
            PyObject *v = f->sig->defaults(f->closure, kw);
            if (!v) {
                return NULL;
            }
            Py_XSETREF(*slot, v);
        }
        *ready = 1;
    }
    return Py_NewRef(*slot ? *slot : Py_None);
}

/* @unit pyxc_function_get_defaults requires pyxc_function pyxc_function_defaults */
static PyObject *pyxc_function_get_defaults(PyObject *self, void *closure) {
    (void)closure;
    return pyxc_function_defaults((pyxc_function *)self, 0);
}

/* @unit pyxc_function_get_kwdefaults requires pyxc_function pyxc_function_defaults */
static PyObject *pyxc_function_get_kwdefaults(PyObject *self, void *closure) {
    (void)closure;
    return pyxc_function_defaults((pyxc_function *)self, 1);
}

/* @unit pyxc_function_set_defaults_of requires pyxc_function */
static int pyxc_function_set_defaults_of(pyxc_function *f, PyObject *value, int kw) {
    if (value == Py_None) {
        value = NULL;
    }
    if (value && !(kw ? PyDict_Check(value) : PyTuple_Check(value))) {
        PyErr_Format(PyExc_TypeError, "%s must be set to a %s object",
                     kw ? "__kwdefaults__" : "__defaults__", kw ? "dict" : "tuple");
        return -1;
    }
    Py_XINCREF(value);
    if (kw) {
        Py_XSETREF(f->kwdefaults, value);
        f->kwdefaults_ready = 1;
    } else {
        Py_XSETREF(f->defaults, value);
        f->defaults_ready = 1;
    }
    return 0;
}

/* @unit pyxc_function_set_defaults requires pyxc_function pyxc_function_set_defaults_of */
static int pyxc_function_set_defaults(PyObject *self, PyObject *value, void *closure) {
    (void)closure;
    return pyxc_function_set_defaults_of((pyxc_function *)self, value, 0);
}

/* @unit pyxc_function_set_kwdefaults requires pyxc_function pyxc_function_set_defaults_of */
static int pyxc_function_set_kwdefaults(PyObject *self, PyObject *value, void *closure) {
    (void)closure;
    return pyxc_function_set_defaults_of((pyxc_function *)self, value, 1);
}

/* @unit pyxc_function_get_annotations requires pyxc_function */
static PyObject *pyxc_function_get_annotations(PyObject *self, void *closure) {
    pyxc_function *f = (pyxc_function *)self;
    (void)closure;
    if (!f->annotations) {
        f->annotations = PyDict_New();
    }
    return Py_XNewRef(f->annotations);
}

/* @unit pyxc_function_set_annotations requires pyxc_function */
static int pyxc_function_set_annotations(PyObject *self, PyObject *value, void *closure) {
    pyxc_function *f = (pyxc_function *)self;
    (void)closure;
    if (value == Py_None) {
        value = NULL;
    }
    if (value && !PyDict_Check(value)) {
        PyErr_SetString(PyExc_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    Py_XINCREF(value);
    Py_XSETREF(f->annotations, value);
    return 0;
}

/* @unit pyxc_code_new */
/* A code object for a function that runs no bytecode: its name, file and
 * first line, the parameters of `s` (NULL: none; co_varnames, co_argcount,
 * co_kwonlyargcount, co_flags, which inspect.signature reads), and a co_code
 * of zero bytes, by which line_profiler tells compiled functions from Python
 * ones (Cython's code objects carry the same mark). */
PYXC_RT PyCodeObject *pyxc_code_new(const char *name, const char *filename, int firstlineno,
                                    const pyxc_func_sig *s) {
    PyObject *empty = NULL, *replace = NULL, *kwargs = NULL, *names = NULL, *args = NULL;
    PyObject *code = NULL, *zeros = NULL, *result = NULL;
    Py_ssize_t n = 0, i;
    if (s) {
        n = s->argcount + s->kwonlyargcount + ((s->flags & CO_VARARGS) != 0) +
            ((s->flags & CO_VARKEYWORDS) != 0);
    }
    empty = (PyObject *)PyCode_NewEmpty(filename, name, firstlineno);
    names = PyTuple_New(n);
    kwargs = PyDict_New();
    args = PyTuple_New(0);
    code = empty ? PyObject_GetAttrString(empty, "co_code") : NULL;
    if (!code || !names || !kwargs || !args || !PyBytes_Check(code)) {
        goto done;
    }
    zeros = PyBytes_FromStringAndSize(NULL, PyBytes_GET_SIZE(code));
    if (!zeros) {
        goto done;
    }
    memset(PyBytes_AS_STRING(zeros), 0, (size_t)PyBytes_GET_SIZE(zeros));
    for (i = 0; i < n; i++) {
        PyObject *v = PyUnicode_InternFromString(s->varnames[i]);
        if (!v) {
            goto done;
        }
        PyTuple_SET_ITEM(names, i, v);
    }
    replace = PyObject_GetAttrString(empty, "replace");
    if (!replace) {
        goto done;
    }
#define PYXC_CODE_FIELD(key, value)                                                              \
    do {                                                                                         \
        PyObject *v_ = (value);                                                                  \
        if (!v_ || PyDict_SetItemString(kwargs, key, v_) < 0) {                                  \
            Py_XDECREF(v_);                                                                      \
            goto done;                                                                           \
        }                                                                                        \
        Py_DECREF(v_);                                                                           \
    } while (0)
    PYXC_CODE_FIELD("co_code", Py_NewRef(zeros));
    if (s) {
        PYXC_CODE_FIELD("co_argcount", PyLong_FromLong(s->argcount));
        PYXC_CODE_FIELD("co_posonlyargcount", PyLong_FromLong(s->posonlyargcount));
        PYXC_CODE_FIELD("co_kwonlyargcount", PyLong_FromLong(s->kwonlyargcount));
        PYXC_CODE_FIELD("co_nlocals", PyLong_FromSsize_t(n));
        PYXC_CODE_FIELD("co_flags", PyLong_FromLong(s->flags | CO_OPTIMIZED | CO_NEWLOCALS));
        PYXC_CODE_FIELD("co_varnames", Py_NewRef(names));
    }
#undef PYXC_CODE_FIELD
    result = PyObject_Call(replace, args, kwargs);
done:
    Py_XDECREF(empty);
    Py_XDECREF(replace);
    Py_XDECREF(kwargs);
    Py_XDECREF(names);
    Py_XDECREF(args);
    Py_XDECREF(code);
    Py_XDECREF(zeros);
    return (PyCodeObject *)result;
}

/* @unit pyxc_function_get_code requires pyxc_function pyxc_code_new */
/* __code__, made once per function object. Its co_name is the last part
 * of the qualname (`<lambda>` for a lambda, whose __name__ is `lambda`). */
static PyObject *pyxc_function_get_code(PyObject *self, void *closure) {
    pyxc_function *f = (pyxc_function *)self;
    const pyxc_func_sig *s = f->sig;
    const char *dot = strrchr(s->qualname, '.');
    (void)closure;
    if (!f->code) {
        f->code = (PyObject *)pyxc_code_new(dot ? dot + 1 : s->qualname, s->filename,
                                            s->firstlineno, s);
    }
    return Py_XNewRef(f->code);
}

/* @unit pyxc_function_getset requires pyxc_function_get_name pyxc_function_get_qualname
 *    pyxc_function_set_name pyxc_function_set_qualname pyxc_function_get_doc
 *    pyxc_function_set_doc pyxc_function_get_module pyxc_function_set_module
 *    pyxc_function_get_globals pyxc_function_get_none pyxc_function_get_defaults
 *    pyxc_function_get_kwdefaults pyxc_function_set_defaults pyxc_function_set_kwdefaults
 *    pyxc_function_get_annotations pyxc_function_set_annotations pyxc_function_get_code */
static PyGetSetDef pyxc_function_getset[] = {
    {"__name__", pyxc_function_get_name, pyxc_function_set_name, NULL, NULL},
    {"__qualname__", pyxc_function_get_qualname, pyxc_function_set_qualname, NULL, NULL},
    {"__doc__", pyxc_function_get_doc, pyxc_function_set_doc, NULL, NULL},
    {"__module__", pyxc_function_get_module, pyxc_function_set_module, NULL, NULL},
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, NULL, NULL},
    {"__defaults__", pyxc_function_get_defaults, pyxc_function_set_defaults, NULL, NULL},
    {"__kwdefaults__", pyxc_function_get_kwdefaults, pyxc_function_set_kwdefaults, NULL, NULL},
    {"__annotations__", pyxc_function_get_annotations, pyxc_function_set_annotations, NULL,
     NULL},
    {"__code__", pyxc_function_get_code, NULL, NULL, NULL},
    {"__globals__", pyxc_function_get_globals, NULL, NULL, NULL},
    {"__closure__", pyxc_function_get_none, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* @unit pyxc_function_reduce requires pyxc_function_get_qualname */
/* Pickled as a global: pickle looks the qualified name up in __module__. */
static PyObject *pyxc_function_reduce(PyObject *self, PyObject *unused) {
    (void)unused;
    return pyxc_function_get_qualname(self, NULL);
}

/* @unit pyxc_function_methods requires pyxc_function_reduce */
static PyMethodDef pyxc_function_methods[] = {
    {"__reduce__", pyxc_function_reduce, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

/* @unit pyxc_function_repr requires pyxc_function_get_qualname */
static PyObject *pyxc_function_repr(PyObject *self) {
    PyObject *q = pyxc_function_get_qualname(self, NULL);
    PyObject *r;
    if (!q) {
        return NULL;
    }
    r = PyUnicode_FromFormat("<function %U at %p>", q, self);
    Py_DECREF(q);
    return r;
}

/* @unit pyxc_function_descr_get */
/* Bound to an instance when read from one, as a Python function is. */
static PyObject *pyxc_function_descr_get(PyObject *self, PyObject *obj, PyObject *type) {
    (void)type;
    if (!obj || obj == Py_None) {
        return Py_NewRef(self);
    }
    return PyMethod_New(self, obj);
}

/* @unit pyxc_function_type requires pyxc_function pyxc_function_traverse pyxc_function_clear
 *    pyxc_function_dealloc pyxc_function_getset pyxc_function_methods pyxc_function_repr
 *    pyxc_function_descr_get */
static PyTypeObject pyxc_function_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "cython_function_or_method", /* the name code that detects Cython functions looks for */
    .tp_basicsize = sizeof(pyxc_function),
    .tp_dealloc = pyxc_function_dealloc,
    .tp_vectorcall_offset = offsetof(pyxc_function, vectorcall),
    .tp_repr = pyxc_function_repr,
    .tp_call = PyVectorcall_Call,
    .tp_getattro = PyObject_GenericGetAttr,
    .tp_setattro = PyObject_GenericSetAttr,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_HAVE_VECTORCALL |
                Py_TPFLAGS_METHOD_DESCRIPTOR,
    .tp_traverse = pyxc_function_traverse,
    .tp_clear = pyxc_function_clear,
    .tp_weaklistoffset = offsetof(pyxc_function, weakreflist),
    .tp_methods = pyxc_function_methods,
    .tp_getset = pyxc_function_getset,
    .tp_descr_get = pyxc_function_descr_get,
    .tp_dictoffset = offsetof(pyxc_function, dict),
};

/* @unit pyxc_function_new requires pyxc_function pyxc_function_call pyxc_function_type */
PYXC_RT PyObject *pyxc_function_new(PyMethodDef *ml, const pyxc_func_sig *sig,
                                    PyObject *closure, PyObject *module, PyObject *globals) {
    pyxc_function *f;
    if (!(pyxc_function_type.tp_flags & Py_TPFLAGS_READY) && PyType_Ready(&pyxc_function_type) < 0) {
        return NULL;
    }
    f = PyObject_GC_New(pyxc_function, &pyxc_function_type);
    if (!f) {
        return NULL;
    }
    f->vectorcall = pyxc_function_call;
    f->ml = ml;
    f->sig = sig;
    f->closure = Py_XNewRef(closure);
    f->module = Py_XNewRef(module);
    f->globals = Py_XNewRef(globals);
    f->name = f->qualname = f->doc = f->dict = NULL;
    f->defaults = f->kwdefaults = f->annotations = f->code = NULL;
    f->weakreflist = NULL;
    f->defaults_ready = f->kwdefaults_ready = 0;
    PyObject_GC_Track((PyObject *)f);
    return (PyObject *)f;
}
