/* memview.c: typed memoryviews over the buffer protocol.
 *
 * Depends on: nothing but pyxc_rt.h (no numpy C API; any exporter of the
 * buffer protocol works: numpy arrays, array.array, bytearray, memoryview,
 * ctypes arrays, pyxc memoryviews).
 *
 * Ownership: a pyxc_slice's `mv` always points at a *root* pyxc_memview, the
 * object that owns the memory: either a buffer acquired from the source
 * object (released when the root dies) or PyMem memory from `.copy()`.
 * pyxc_slice_to_object makes a small *view* object with the slice's own
 * shape/strides that references the root; it exports the buffer protocol,
 * so np.asarray(view) shares the memory (no copy) and writes go through.
 *
 * None: a view variable holding None (a None argument, `v = None`) has
 * `mv == Py_None` (a real reference) with zero shape, as Cython keeps None
 * apart from "not initialised" (`mv == NULL`): reading it is allowed, its
 * shape is 0, and it converts back to None. PYXC_SLICE_IS_NONE tests it.
 *
 * The GIL: acquiring, assigning, clearing and converting slices need it.
 * pyxc_raise_bounds and the error path of pyxc_slice_copy_into take it
 * themselves (PyGILState_Ensure), so they may be called inside `nogil`.
 *
 * Errors follow Cython 3.3.1. The exporter's own errors pass through
 * unchanged, which is what Cython users see: numpy raises ValueError
 * "ndarray is not C-contiguous" / "ndarray is not Fortran contiguous" for a
 * `::1` view of a strided array and "buffer source array is read-only" for a
 * read-only array given to a non-const view; bytes gives BufferError
 * "Object is not writable."; a list gives TypeError "a bytes-like object is
 * required, not 'list'". Checked here, with Cython's words:
 *   "Buffer has wrong number of dimensions (expected 1, got 2)"
 *   "Buffer dtype mismatch, expected 'double' but got 'float'"
 *   "Buffer dtype mismatch, expected end but got 'double'" (two-field struct)
 *   "Big-endian buffer not supported on little-endian compiler"
 *   "Item size of buffer (4 bytes) does not match size of 'double' (8 bytes)"
 *   "Buffer and memoryview are not contiguous in the same dimension."
 *   "Buffer not C contiguous." / "Buffer not fortran contiguous."
 *   "Out of bounds on buffer access (axis 0)"            (IndexError)
 *   "got differing extents in dimension 0 (got 3 and 4)" (ValueError)
 * Format strings are judged as Cython judges them: same kind and size
 * matches ('l' for a `long long` view on LP64), '@' '=' '^' '<' accepted
 * ('<' and '=' use standard sizes), '>' and '!' rejected on little-endian,
 * a struct with a single field of the right type matches, '?' is unsigned
 * (so `unsigned char[:]` takes numpy bool and `bint[:]` does not: bint is a
 * C int), and `char` matches any one-byte format while `const char` only
 * matches the platform char's sign.
 */
#include "pyxc_rt.h"

/* @unit pyxc_memview */
struct pyxc_memview {
    PyObject_HEAD
    pyxc_memview *root; /* NULL for a root, else the root owning the memory */
    int acquired;       /* root: `view` holds an acquired buffer */
    int readonly;
    int ndim;
    char kind;          /* pyxc_dtype kind */
    char format[3];     /* struct format exported: "d", "l", "B", ... */
    Py_ssize_t itemsize;
    char *data;
    void *mem; /* root: memory of a copy (PyMem) */
    Py_buffer view;
    Py_ssize_t shape[PYXC_MAX_DIMS];
    Py_ssize_t strides[PYXC_MAX_DIMS];
    char name[40]; /* C name of the element type, for repr and errors */
};

/* @proto pyxc_memview_type */
static PyTypeObject pyxc_memview_type;

/* ---- format strings ---------------------------------------------------- */

/* @unit pyxc_dtype_group */
static char pyxc_dtype_group(const pyxc_dtype *d) {
    switch (d->kind) {
    case 'u':
        return 'U';
    case 'f':
        return 'R';
    case 'c':
        /* Cython matches a `char` with any one-byte format, but a `const
         * char` only with the platform char's sign: `const char[:]` refuses
         * bytes ('B') on x86 where `char[:]` takes a bytearray. */
        if (strncmp(d->name, "const ", 6) == 0) {
            return (char)-1 < 0 ? 'I' : 'U';
        }
        return 'H';
    default: /* 'i', and 'b' (bint is a C int) */
        return 'I';
    }
}

/* @unit pyxc_fmt_group */
static char pyxc_fmt_group(char ch) {
    switch (ch) {
    case 'c':
        return 'H';
    case 'b': case 'h': case 'i': case 'l': case 'q': case 's': case 'p':
        return 'I';
    case '?': case 'B': case 'H': case 'I': case 'L': case 'Q':
        return 'U';
    case 'f': case 'd': case 'g':
        return 'R';
    case 'O':
        return 'O';
    default:
        return 'P';
    }
}

/* @unit pyxc_fmt_describe */
static const char *pyxc_fmt_describe(char ch, int is_complex) {
    switch (ch) {
    case '?': return "'bool'";
    case 'c': return "'char'";
    case 'b': return "'signed char'";
    case 'B': return "'unsigned char'";
    case 'h': return "'short'";
    case 'H': return "'unsigned short'";
    case 'i': return "'int'";
    case 'I': return "'unsigned int'";
    case 'l': return "'long'";
    case 'L': return "'unsigned long'";
    case 'q': return "'long long'";
    case 'Q': return "'unsigned long long'";
    case 'f': return is_complex ? "'complex float'" : "'float'";
    case 'd': return is_complex ? "'complex double'" : "'double'";
    case 'g': return is_complex ? "'complex long double'" : "'long double'";
    case 'T': return "a struct";
    case 'O': return "Python object";
    case 'P': return "a pointer";
    case 's': case 'p': return "a string";
    case 0: return "end";
    default: return "unparsable format string";
    }
}

/* @unit pyxc_fmt_size */
/* Size of a format character; standard sizes for '=' '<' '>' '!'. */
static Py_ssize_t pyxc_fmt_size(char ch, int is_complex, int standard) {
    Py_ssize_t m = is_complex ? 2 : 1;
    if (standard) {
        switch (ch) {
        case '?': case 'c': case 'b': case 'B': case 's': case 'p': return 1;
        case 'h': case 'H': return 2;
        case 'i': case 'I': case 'l': case 'L': return 4;
        case 'q': case 'Q': return 8;
        case 'f': return 4 * m;
        case 'd': return 8 * m;
        case 'g':
            PyErr_SetString(PyExc_ValueError,
                            "Python does not define a standard format string size for long double ('g')..");
            return -1;
        default: return (Py_ssize_t)sizeof(void *);
        }
    }
    switch (ch) {
    case '?': return (Py_ssize_t)sizeof(_Bool);
    case 'c': case 'b': case 'B': case 's': case 'p': return 1;
    case 'h': case 'H': return (Py_ssize_t)sizeof(short);
    case 'i': case 'I': return (Py_ssize_t)sizeof(int);
    case 'l': case 'L': return (Py_ssize_t)sizeof(long);
    case 'q': case 'Q': return (Py_ssize_t)sizeof(long long);
    case 'f': return (Py_ssize_t)sizeof(float) * m;
    case 'd': return (Py_ssize_t)sizeof(double) * m;
    case 'g': return (Py_ssize_t)sizeof(long double) * m;
    default: return (Py_ssize_t)sizeof(void *);
    }
}

/* @unit pyxc_raise_dtype_mismatch requires pyxc_fmt_describe */
static void pyxc_raise_dtype_mismatch(const pyxc_dtype *d, char got, int got_complex) {
    if (d) {
        PyErr_Format(PyExc_ValueError, "Buffer dtype mismatch, expected '%s' but got %s", d->name,
                     pyxc_fmt_describe(got, got_complex));
    } else {
        PyErr_Format(PyExc_ValueError, "Buffer dtype mismatch, expected end but got %s",
                     pyxc_fmt_describe(got, got_complex));
    }
}

/* @unit pyxc_check_item_size */
static int pyxc_check_item_size(Py_ssize_t itemsize, const pyxc_dtype *dtype) {
    if (itemsize != dtype->size) {
        PyErr_Format(PyExc_ValueError,
                     "Item size of buffer (%zd byte%s) does not match size of '%s' (%zd byte%s)", itemsize,
                     itemsize > 1 ? "s" : "", dtype->name, dtype->size, dtype->size > 1 ? "s" : "");
        return -1;
    }
    return 0;
}

/* @unit pyxc_check_cast_size requires pyxc_check_item_size */
/* With cast=True only the item size is checked, in place of the format. */
static int pyxc_check_cast_size(Py_ssize_t itemsize, const pyxc_dtype *dtype) {
    return dtype->cast ? pyxc_check_item_size(itemsize, dtype) : 0;
}

/* @unit pyxc_check_format requires pyxc_dtype_group pyxc_fmt_group pyxc_fmt_size
 *    pyxc_raise_dtype_mismatch */
/* Check a buffer format string against a scalar element type, as Cython's
 * __Pyx_BufFmt_CheckString does for non-struct types. */
static int pyxc_check_format(const char *ts, const pyxc_dtype *dtype) {
    int standard = 0, seen = 0, got_complex = 0;
    Py_ssize_t count = 1;
    if (!ts) {
        ts = "B";
    }
    for (;;) {
        char ch = *ts;
        switch (ch) {
        case 0:
            if (!seen) {
                pyxc_raise_dtype_mismatch(dtype, 0, 0);
                return -1;
            }
            return 0;
        case ' ': case '\r': case '\n': case '}':
            ts++;
            continue;
        case '<': case '=':
            standard = 1;
            ts++;
            continue;
        case '>': case '!':
            PyErr_SetString(PyExc_ValueError, "Big-endian buffer not supported on little-endian compiler");
            return -1;
        case '@': case '^':
            standard = 0;
            ts++;
            continue;
        case 'T':
            ts++;
            if (*ts != '{') {
                PyErr_SetString(PyExc_ValueError, "Buffer acquisition: Expected '{' after 'T'");
                return -1;
            }
            ts++;
            continue;
        case ':':
            ts++;
            while (*ts && *ts != ':') {
                ts++;
            }
            if (*ts) {
                ts++;
            }
            continue;
        case 'Z':
            ts++;
            if (*ts != 'f' && *ts != 'd' && *ts != 'g') {
                PyErr_SetString(PyExc_ValueError, "Unexpected format string character: 'Z'");
                return -1;
            }
            got_complex = 1;
            continue;
        case '?': case 'c': case 'b': case 'B': case 'h': case 'H': case 'i': case 'I':
        case 'l': case 'L': case 'q': case 'Q': case 'f': case 'd': case 'g': case 'O':
        case 'p': case 's': case 'P': {
            Py_ssize_t size;
            Py_ssize_t k;
            for (k = 0; k < count; k++) {
                if (seen) {
                    pyxc_raise_dtype_mismatch(NULL, ch, got_complex);
                    return -1;
                }
                seen = 1;
                size = pyxc_fmt_size(ch, got_complex, standard);
                if (size < 0) {
                    return -1;
                }
                if (got_complex || size != dtype->size || pyxc_fmt_group(ch) != pyxc_dtype_group(dtype)) {
                    if (!got_complex && size == dtype->size &&
                        (pyxc_dtype_group(dtype) == 'H' || pyxc_fmt_group(ch) == 'H')) {
                        continue;
                    }
                    pyxc_raise_dtype_mismatch(dtype, ch, got_complex);
                    return -1;
                }
            }
            count = 1;
            got_complex = 0;
            ts++;
            continue;
        }
        default:
            if (ch >= '0' && ch <= '9') {
                count = 0;
                while (*ts >= '0' && *ts <= '9') {
                    count = count * 10 + (*ts - '0');
                    ts++;
                }
                continue;
            }
            PyErr_Format(PyExc_ValueError, "Does not understand character buffer dtype format string ('%c')",
                         ch);
            return -1;
        }
    }
}

/* @unit pyxc_format_of */
/* The struct format a view of `d` exports. */
static void pyxc_format_of(const pyxc_dtype *d, char *out) {
    char c = 'B';
    Py_ssize_t s = d->size;
    switch (d->kind) {
    case 'f':
        c = s == (Py_ssize_t)sizeof(float) ? 'f' : s == (Py_ssize_t)sizeof(double) ? 'd' : 'g';
        break;
    case 'c':
        c = 'c';
        break;
    case 'u':
    case 'i':
    case 'b':
        c = s == 1 ? 'b' : s == (Py_ssize_t)sizeof(short) ? 'h' : s == (Py_ssize_t)sizeof(int) ? 'i'
          : s == (Py_ssize_t)sizeof(long) ? 'l' : 'q';
        if (d->kind == 'u') {
            c = (char)(c - 'a' + 'A');
        }
        break;
    default:
        break;
    }
    out[0] = c;
    out[1] = 0;
}

/* ---- layout checks ------------------------------------------------------ */

/* @unit pyxc_is_contig */
static int pyxc_is_contig(const Py_ssize_t *shape, const Py_ssize_t *strides, int ndim, Py_ssize_t itemsize,
                          int fortran) {
    Py_ssize_t stride = itemsize;
    int i;
    for (i = 0; i < ndim; i++) {
        if (shape[i] == 0) {
            return 1;
        }
    }
    for (i = 0; i < ndim; i++) {
        int ax = fortran ? i : ndim - 1 - i;
        if (shape[ax] > 1 && strides[ax] != stride) {
            return 0;
        }
        stride *= shape[ax];
    }
    return 1;
}

/* @unit pyxc_check_axes requires pyxc_is_contig */
static int pyxc_check_axes(const Py_ssize_t *shape, const Py_ssize_t *strides, int ndim, Py_ssize_t itemsize,
                           const unsigned char *axes) {
    int i, any_contig = 0;
    for (i = 0; i < ndim; i++) {
        if (shape[i] == 0) {
            return 0; /* an empty buffer fits every layout */
        }
        any_contig |= axes[i] == PYXC_AXIS_CONTIG;
    }
    if (!any_contig) {
        return 0;
    }
    for (i = 0; i < ndim; i++) {
        Py_ssize_t st = strides[i] < 0 ? -strides[i] : strides[i];
        if (shape[i] <= 1) {
            continue;
        }
        if ((axes[i] == PYXC_AXIS_CONTIG && strides[i] != itemsize) || st < itemsize) {
            PyErr_SetString(PyExc_ValueError, "Buffer and memoryview are not contiguous in the same dimension.");
            return -1;
        }
    }
    if (axes[ndim - 1] == PYXC_AXIS_CONTIG) {
        if (!pyxc_is_contig(shape, strides, ndim, itemsize, 0)) {
            PyErr_SetString(PyExc_ValueError, "Buffer not C contiguous.");
            return -1;
        }
    } else if (!pyxc_is_contig(shape, strides, ndim, itemsize, 1)) {
        PyErr_SetString(PyExc_ValueError, "Buffer not fortran contiguous.");
        return -1;
    }
    return 0;
}

/* ---- the Python type ---------------------------------------------------- */

/* @unit pyxc_memview_ready requires pyxc_memview_type */
static int pyxc_memview_ready(void) {
    if (pyxc_likely(pyxc_memview_type.tp_flags & Py_TPFLAGS_READY)) {
        return 0;
    }
    return PyType_Ready(&pyxc_memview_type);
}

/* @unit pyxc_memview_alloc requires pyxc_memview pyxc_memview_ready pyxc_memview_type */
static pyxc_memview *pyxc_memview_alloc(void) {
    pyxc_memview *m;
    if (pyxc_memview_ready() < 0) {
        return NULL;
    }
    m = PyObject_New(pyxc_memview, &pyxc_memview_type);
    if (!m) {
        return NULL;
    }
    m->root = NULL;
    m->acquired = 0;
    m->readonly = 0;
    m->ndim = 0;
    m->kind = 'u';
    m->format[0] = 'B';
    m->format[1] = 0;
    m->itemsize = 1;
    m->data = NULL;
    m->mem = NULL;
    memset(&m->view, 0, sizeof(m->view));
    m->name[0] = 0;
    return m;
}

/* @unit pyxc_memview_set_dtype requires pyxc_memview pyxc_format_of */
static void pyxc_memview_set_dtype(pyxc_memview *m, const pyxc_dtype *d) {
    size_t n = strlen(d->name);
    if (n >= sizeof(m->name)) {
        n = sizeof(m->name) - 1;
    }
    memcpy(m->name, d->name, n);
    m->name[n] = 0;
    m->kind = d->kind;
    m->itemsize = d->size;
    pyxc_format_of(d, m->format);
}

/* @unit pyxc_memview_dealloc requires pyxc_memview */
static void pyxc_memview_dealloc(pyxc_memview *m) {
    if (m->root) {
        Py_DECREF((PyObject *)m->root);
    } else {
        if (m->acquired) {
            PyBuffer_Release(&m->view);
        }
        PyMem_Free(m->mem);
    }
    PyObject_Free(m);
}

/* @unit pyxc_memview_repr requires pyxc_memview */
static PyObject *pyxc_memview_repr(pyxc_memview *m) {
    return PyUnicode_FromFormat("<pyxc memoryview of '%s' object>", m->name);
}

/* @unit pyxc_memview_getbuffer requires pyxc_memview pyxc_is_contig */
static int pyxc_memview_getbuffer(pyxc_memview *m, Py_buffer *view, int flags) {
    Py_ssize_t len = m->itemsize;
    int i;
    view->obj = NULL;
    if ((flags & PyBUF_WRITABLE) && m->readonly) {
        PyErr_SetString(PyExc_ValueError, "Cannot create writable memory view from read-only memoryview");
        return -1;
    }
    if ((flags & PyBUF_C_CONTIGUOUS) == PyBUF_C_CONTIGUOUS || !(flags & PyBUF_STRIDES)) {
        if (!pyxc_is_contig(m->shape, m->strides, m->ndim, m->itemsize, 0)) {
            PyErr_SetString(PyExc_ValueError, "Buffer not C contiguous.");
            return -1;
        }
    } else if ((flags & PyBUF_F_CONTIGUOUS) == PyBUF_F_CONTIGUOUS) {
        if (!pyxc_is_contig(m->shape, m->strides, m->ndim, m->itemsize, 1)) {
            PyErr_SetString(PyExc_ValueError, "Buffer not fortran contiguous.");
            return -1;
        }
    } else if ((flags & PyBUF_ANY_CONTIGUOUS) == PyBUF_ANY_CONTIGUOUS) {
        if (!pyxc_is_contig(m->shape, m->strides, m->ndim, m->itemsize, 0) &&
            !pyxc_is_contig(m->shape, m->strides, m->ndim, m->itemsize, 1)) {
            PyErr_SetString(PyExc_ValueError, "Buffer not contiguous.");
            return -1;
        }
    }
    for (i = 0; i < m->ndim; i++) {
        len *= m->shape[i];
    }
    view->buf = m->data;
    view->len = len;
    view->readonly = m->readonly;
    view->itemsize = m->itemsize;
    view->format = (flags & PyBUF_FORMAT) ? m->format : NULL;
    if (flags & PyBUF_ND) {
        view->ndim = m->ndim;
        view->shape = m->shape;
    } else {
        view->ndim = 1;
        view->shape = NULL;
    }
    view->strides = (flags & PyBUF_STRIDES) ? m->strides : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    view->obj = Py_NewRef((PyObject *)m);
    return 0;
}

/* @unit pyxc_item_to_object */
static PyObject *pyxc_item_to_object(char kind, Py_ssize_t size, const char *p) {
    switch (kind) {
    case 'f':
        if (size == (Py_ssize_t)sizeof(float)) {
            float v;
            memcpy(&v, p, sizeof v);
            return PyFloat_FromDouble(v);
        } else if (size == (Py_ssize_t)sizeof(double)) {
            double v;
            memcpy(&v, p, sizeof v);
            return PyFloat_FromDouble(v);
        } else {
            long double v;
            memcpy(&v, p, sizeof v);
            return PyFloat_FromDouble((double)v);
        }
    case 'u': {
        unsigned long long v = 0;
        switch (size) {
        case 1: { unsigned char x; memcpy(&x, p, 1); v = x; break; }
        case 2: { unsigned short x; memcpy(&x, p, 2); v = x; break; }
        case 4: { unsigned int x; memcpy(&x, p, 4); v = x; break; }
        default: memcpy(&v, p, sizeof v); break;
        }
        return PyLong_FromUnsignedLongLong(v);
    }
    default: {
        long long v = 0;
        switch (size) {
        case 1: { signed char x; memcpy(&x, p, 1); v = x; break; }
        case 2: { short x; memcpy(&x, p, 2); v = x; break; }
        case 4: { int x; memcpy(&x, p, 4); v = x; break; }
        default: memcpy(&v, p, sizeof v); break;
        }
        if (kind == 'b') {
            return PyBool_FromLong(v != 0);
        }
        return PyLong_FromLongLong(v);
    }
    }
}

/* @unit pyxc_item_from_object */
static int pyxc_item_from_object(char kind, Py_ssize_t size, const char *name, char *p, PyObject *o) {
    if (kind == 'f') {
        double v = PyFloat_AsDouble(o);
        if (v == -1.0 && PyErr_Occurred()) {
            return -1;
        }
        if (size == (Py_ssize_t)sizeof(float)) {
            float x = (float)v;
            memcpy(p, &x, sizeof x);
        } else if (size == (Py_ssize_t)sizeof(double)) {
            memcpy(p, &v, sizeof v);
        } else {
            long double x = v;
            memcpy(p, &x, sizeof x);
        }
        return 0;
    }
    if (kind == 'u') {
        unsigned long long v = PyLong_AsUnsignedLongLong(o);
        if (v == (unsigned long long)-1 && PyErr_Occurred()) {
            return -1;
        }
        if (size < 8 && v >> (8 * size)) {
            PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", name);
            return -1;
        }
        switch (size) {
        case 1: { unsigned char x = (unsigned char)v; memcpy(p, &x, 1); break; }
        case 2: { unsigned short x = (unsigned short)v; memcpy(p, &x, 2); break; }
        case 4: { unsigned int x = (unsigned int)v; memcpy(p, &x, 4); break; }
        default: memcpy(p, &v, sizeof v); break;
        }
        return 0;
    } else {
        long long v = kind == 'b' ? PyObject_IsTrue(o) : PyLong_AsLongLong(o);
        if (v == -1 && PyErr_Occurred()) {
            return -1;
        }
        if (size < 8) {
            long long lim = 1LL << (8 * size - 1);
            if (v < -lim || v >= lim) {
                PyErr_Format(PyExc_OverflowError, "value too large to convert to %s", name);
                return -1;
            }
        }
        switch (size) {
        case 1: { signed char x = (signed char)v; memcpy(p, &x, 1); break; }
        case 2: { short x = (short)v; memcpy(p, &x, 2); break; }
        case 4: { int x = (int)v; memcpy(p, &x, 4); break; }
        default: memcpy(p, &v, sizeof v); break;
        }
        return 0;
    }
}

/* @unit pyxc_ssize_tuple */
static PyObject *pyxc_ssize_tuple(const Py_ssize_t *v, int n) {
    PyObject *t = PyTuple_New(n);
    int i;
    if (!t) {
        return NULL;
    }
    for (i = 0; i < n; i++) {
        PyObject *x = PyLong_FromSsize_t(v[i]);
        if (!x) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SET_ITEM(t, i, x);
    }
    return t;
}

/* @unit pyxc_memview_get_shape requires pyxc_memview pyxc_ssize_tuple */
static PyObject *pyxc_memview_get_shape(pyxc_memview *m, void *closure) {
    (void)closure;
    return pyxc_ssize_tuple(m->shape, m->ndim);
}

/* @unit pyxc_memview_get_strides requires pyxc_memview pyxc_ssize_tuple */
static PyObject *pyxc_memview_get_strides(pyxc_memview *m, void *closure) {
    (void)closure;
    return pyxc_ssize_tuple(m->strides, m->ndim);
}

/* @unit pyxc_memview_get_ndim requires pyxc_memview */
static PyObject *pyxc_memview_get_ndim(pyxc_memview *m, void *closure) {
    (void)closure;
    return PyLong_FromLong(m->ndim);
}

/* @unit pyxc_memview_get_itemsize requires pyxc_memview */
static PyObject *pyxc_memview_get_itemsize(pyxc_memview *m, void *closure) {
    (void)closure;
    return PyLong_FromSsize_t(m->itemsize);
}

/* @unit pyxc_memview_get_nbytes requires pyxc_memview */
static PyObject *pyxc_memview_get_nbytes(pyxc_memview *m, void *closure) {
    Py_ssize_t n = m->itemsize;
    int i;
    (void)closure;
    for (i = 0; i < m->ndim; i++) {
        n *= m->shape[i];
    }
    return PyLong_FromSsize_t(n);
}

/* @unit pyxc_memview_get_base requires pyxc_memview */
static PyObject *pyxc_memview_get_base(pyxc_memview *m, void *closure) {
    pyxc_memview *r = m->root ? m->root : m;
    (void)closure;
    if (r->acquired && r->view.obj) {
        return Py_NewRef(r->view.obj);
    }
    return Py_NewRef((PyObject *)r);
}

/* @unit pyxc_memview_len requires pyxc_memview */
static Py_ssize_t pyxc_memview_len(pyxc_memview *m) {
    return m->ndim > 0 ? m->shape[0] : 0;
}

/* @unit pyxc_memview_derive requires pyxc_memview pyxc_memview_alloc */
/* A new view object of `src`'s root with the given layout. */
static PyObject *pyxc_memview_derive(pyxc_memview *src, char *data, int ndim, const Py_ssize_t *shape,
                                     const Py_ssize_t *strides) {
    pyxc_memview *root = src->root ? src->root : src;
    pyxc_memview *v = pyxc_memview_alloc();
    if (!v) {
        return NULL;
    }
    v->root = (pyxc_memview *)Py_NewRef((PyObject *)root);
    v->readonly = root->readonly;
    v->kind = src->kind;
    memcpy(v->format, src->format, sizeof v->format);
    memcpy(v->name, src->name, sizeof v->name);
    v->itemsize = src->itemsize;
    v->ndim = ndim;
    v->data = data;
    if (ndim > 0) {
        memcpy(v->shape, shape, (size_t)ndim * sizeof(Py_ssize_t));
        memcpy(v->strides, strides, (size_t)ndim * sizeof(Py_ssize_t));
    }
    return (PyObject *)v;
}

/* @unit pyxc_memview_index requires pyxc_memview pyxc_raise_bounds pyxc_slice_bounds */
/* Index the view with a tuple of ints and slices (fewer than ndim entries
 * leave trailing axes whole). All axes given as ints: the element. */
static char *pyxc_memview_index(pyxc_memview *m, PyObject *key, int *ndim_out, Py_ssize_t *shape,
                                Py_ssize_t *strides) {
    PyObject *const *items;
    Py_ssize_t nitems, k;
    int axis, nd = 0;
    char *p = m->data;
    if (PyTuple_Check(key)) {
        items = &PyTuple_GET_ITEM(key, 0);
        nitems = PyTuple_GET_SIZE(key);
    } else {
        items = &key;
        nitems = 1;
    }
    if (nitems > m->ndim) {
        PyErr_Format(PyExc_IndexError, "too many indices for memoryview (%d-dimensional, %zd given)", m->ndim,
                     nitems);
        return NULL;
    }
    for (axis = 0, k = 0; axis < m->ndim; axis++, k++) {
        PyObject *it = k < nitems ? items[k] : NULL;
        if (it && PySlice_Check(it)) {
            Py_ssize_t start, stop, step, newlen;
            PyObject *pstart = ((PySliceObject *)it)->start, *pstop = ((PySliceObject *)it)->stop;
            if (PySlice_Unpack(it, &start, &stop, &step) < 0) {
                return NULL;
            }
            if (step == 0) {
                PyErr_Format(PyExc_ValueError, "Step may not be zero (axis %d)", axis);
                return NULL;
            }
            pyxc_slice_bounds(m->shape[axis], &start, &stop, step, pstart != Py_None, pstop != Py_None, &newlen);
            p += start * m->strides[axis];
            shape[nd] = newlen;
            strides[nd] = m->strides[axis] * step;
            nd++;
        } else if (it) {
            Py_ssize_t i = PyNumber_AsSsize_t(it, PyExc_IndexError);
            if (i == -1 && PyErr_Occurred()) {
                return NULL;
            }
            if (i < 0) {
                i += m->shape[axis];
            }
            if (i < 0 || i >= m->shape[axis]) {
                pyxc_raise_bounds(axis);
                return NULL;
            }
            p += i * m->strides[axis];
        } else {
            shape[nd] = m->shape[axis];
            strides[nd] = m->strides[axis];
            nd++;
        }
    }
    *ndim_out = nd;
    return p;
}

/* @unit pyxc_memview_getitem requires pyxc_memview pyxc_item_to_object pyxc_memview_derive
 *    pyxc_memview_index */
static PyObject *pyxc_memview_getitem(pyxc_memview *m, PyObject *key) {
    Py_ssize_t shape[PYXC_MAX_DIMS], strides[PYXC_MAX_DIMS];
    int nd;
    char *p = pyxc_memview_index(m, key, &nd, shape, strides);
    if (!p) {
        return NULL;
    }
    if (nd == 0) {
        return pyxc_item_to_object(m->kind, m->itemsize, p);
    }
    return pyxc_memview_derive(m, p, nd, shape, strides);
}

/* @unit pyxc_memview_setitem requires pyxc_memview pyxc_item_from_object pyxc_memview_index */
static int pyxc_memview_setitem(pyxc_memview *m, PyObject *key, PyObject *value) {
    Py_ssize_t shape[PYXC_MAX_DIMS], strides[PYXC_MAX_DIMS];
    int nd;
    char *p;
    if (!value) {
        PyErr_SetString(PyExc_TypeError, "Cannot delete memoryview elements");
        return -1;
    }
    if (m->readonly) {
        PyErr_SetString(PyExc_TypeError, "Cannot assign to read-only memoryview");
        return -1;
    }
    p = pyxc_memview_index(m, key, &nd, shape, strides);
    if (!p) {
        return -1;
    }
    if (nd != 0) {
        PyErr_SetString(PyExc_NotImplementedError, "pyxc memoryview: slice assignment from Python");
        return -1;
    }
    return pyxc_item_from_object(m->kind, m->itemsize, m->name, p, value);
}

/* @unit pyxc_memview_sq_item requires pyxc_memview pyxc_memview_getitem */
static PyObject *pyxc_memview_sq_item(pyxc_memview *m, Py_ssize_t i) {
    PyObject *key = PyLong_FromSsize_t(i), *r;
    if (!key) {
        return NULL;
    }
    r = pyxc_memview_getitem(m, key);
    Py_DECREF(key);
    return r;
}

/* @unit pyxc_memview_copy_method requires pyxc_memview pyxc_slice_to_object pyxc_slice_clear
 *    pyxc_slice_copy */
static PyObject *pyxc_memview_copy_method(pyxc_memview *m, PyObject *unused) {
    pyxc_slice s, out;
    pyxc_dtype d;
    PyObject *r;
    (void)unused;
    d.name = m->name;
    d.kind = m->kind;
    d.size = m->itemsize;
    d.cast = 0;
    s.mv = m->root ? m->root : m;
    s.data = m->data;
    memcpy(s.shape, m->shape, sizeof s.shape);
    memcpy(s.strides, m->strides, sizeof s.strides);
    if (pyxc_slice_copy(&s, &out, m->ndim, &d, 0) < 0) {
        return NULL;
    }
    r = pyxc_slice_to_object(&out, m->ndim, &d);
    pyxc_slice_clear(&out);
    return r;
}

/* @unit pyxc_memview_getset requires pyxc_memview_get_shape pyxc_memview_get_strides
 *    pyxc_memview_get_ndim pyxc_memview_get_itemsize pyxc_memview_get_nbytes
 *    pyxc_memview_get_base */
static PyGetSetDef pyxc_memview_getset[] = {
    {"shape", (getter)pyxc_memview_get_shape, NULL, NULL, NULL},
    {"strides", (getter)pyxc_memview_get_strides, NULL, NULL, NULL},
    {"ndim", (getter)pyxc_memview_get_ndim, NULL, NULL, NULL},
    {"itemsize", (getter)pyxc_memview_get_itemsize, NULL, NULL, NULL},
    {"nbytes", (getter)pyxc_memview_get_nbytes, NULL, NULL, NULL},
    {"base", (getter)pyxc_memview_get_base, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* @unit pyxc_memview_methods requires pyxc_memview_copy_method */
static PyMethodDef pyxc_memview_methods[] = {
    {"copy", (PyCFunction)pyxc_memview_copy_method, METH_NOARGS, "A C-contiguous copy."},
    {NULL, NULL, 0, NULL},
};

/* @unit pyxc_memview_as_buffer requires pyxc_memview_getbuffer */
static PyBufferProcs pyxc_memview_as_buffer = {
    .bf_getbuffer = (getbufferproc)pyxc_memview_getbuffer,
};

/* @unit pyxc_memview_as_mapping requires pyxc_memview_len pyxc_memview_getitem
 *    pyxc_memview_setitem */
static PyMappingMethods pyxc_memview_as_mapping = {
    .mp_length = (lenfunc)pyxc_memview_len,
    .mp_subscript = (binaryfunc)pyxc_memview_getitem,
    .mp_ass_subscript = (objobjargproc)pyxc_memview_setitem,
};

/* @unit pyxc_memview_as_sequence requires pyxc_memview_len pyxc_memview_sq_item */
static PySequenceMethods pyxc_memview_as_sequence = {
    .sq_length = (lenfunc)pyxc_memview_len,
    .sq_item = (ssizeargfunc)pyxc_memview_sq_item, /* iteration */
};

/* @unit pyxc_memview_type requires pyxc_memview pyxc_memview_dealloc pyxc_memview_repr
 *    pyxc_memview_getset pyxc_memview_methods pyxc_memview_as_buffer pyxc_memview_as_mapping
 *    pyxc_memview_as_sequence */
static PyTypeObject pyxc_memview_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pyxc._memoryviewslice", /* Cython's class name for views as objects */
    .tp_basicsize = sizeof(pyxc_memview),
    .tp_dealloc = (destructor)pyxc_memview_dealloc,
    .tp_repr = (reprfunc)pyxc_memview_repr,
    .tp_as_sequence = &pyxc_memview_as_sequence,
    .tp_as_mapping = &pyxc_memview_as_mapping,
    .tp_as_buffer = &pyxc_memview_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A pyxc typed memoryview (exports the buffer protocol).",
    .tp_methods = pyxc_memview_methods,
    .tp_getset = pyxc_memview_getset,
};

/* ---- the slice API ------------------------------------------------------ */

/* @unit pyxc_slice_from_object requires pyxc_memview pyxc_check_item_size pyxc_check_cast_size
 *    pyxc_check_format pyxc_check_axes pyxc_memview_alloc pyxc_memview_set_dtype
 *    pyxc_memview_type */
PYXC_RT int pyxc_slice_from_object(PyObject *obj, pyxc_slice *out, int ndim, const pyxc_dtype *dtype,
                                   const unsigned char *axes, int readonly_ok, int none_ok) {
    pyxc_memview *root;
    Py_buffer *buf;
    int i, flags, contig_last, contig_first;
    out->mv = NULL;
    out->data = NULL;
    if (obj == Py_None && none_ok) {
        memset(out->shape, 0, sizeof out->shape);
        memset(out->strides, 0, sizeof out->strides);
        out->mv = (pyxc_memview *)Py_NewRef(Py_None);
        return 0;
    }
    if (Py_TYPE(obj) == &pyxc_memview_type) {
        pyxc_memview *m = (pyxc_memview *)obj;
        if (m->ndim != ndim) {
            PyErr_Format(PyExc_ValueError, "Buffer has wrong number of dimensions (expected %d, got %d)", ndim,
                         m->ndim);
            return -1;
        }
        if (pyxc_check_cast_size(m->itemsize, dtype) < 0 ||
            (!dtype->cast && pyxc_check_format(m->format, dtype) < 0)) {
            return -1;
        }
        if (!readonly_ok && m->readonly) {
            PyErr_SetString(PyExc_ValueError, "Cannot create writable memory view from read-only memoryview");
            return -1;
        }
        if (pyxc_check_axes(m->shape, m->strides, ndim, m->itemsize, axes) < 0) {
            return -1;
        }
        out->mv = (pyxc_memview *)Py_NewRef((PyObject *)(m->root ? m->root : m));
        out->data = m->data;
        memcpy(out->shape, m->shape, (size_t)ndim * sizeof(Py_ssize_t));
        memcpy(out->strides, m->strides, (size_t)ndim * sizeof(Py_ssize_t));
        return 0;
    }
    contig_last = ndim > 0 && axes[ndim - 1] == PYXC_AXIS_CONTIG;
    contig_first = ndim > 1 && axes[0] == PYXC_AXIS_CONTIG;
    if (contig_last) {
        flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT;
    } else if (contig_first) {
        flags = PyBUF_F_CONTIGUOUS | PyBUF_FORMAT;
    } else {
        flags = PyBUF_RECORDS_RO;
    }
    if (!readonly_ok) {
        flags |= PyBUF_WRITABLE;
    }
    root = pyxc_memview_alloc();
    if (!root) {
        return -1;
    }
    buf = &root->view;
    if (PyObject_GetBuffer(obj, buf, flags) < 0) {
        Py_DECREF((PyObject *)root);
        return -1;
    }
    root->acquired = 1;
    if (buf->ndim != ndim) {
        PyErr_Format(PyExc_ValueError, "Buffer has wrong number of dimensions (expected %d, got %d)", ndim,
                     buf->ndim);
        goto fail;
    }
    if (!dtype->cast && pyxc_check_format(buf->format, dtype) < 0) {
        goto fail;
    }
    if (pyxc_check_item_size(buf->itemsize, dtype) < 0) {
        goto fail;
    }
    pyxc_memview_set_dtype(root, dtype);
    root->ndim = ndim;
    root->readonly = buf->readonly;
    root->data = (char *)buf->buf;
    for (i = 0; i < ndim; i++) {
        root->shape[i] = buf->shape ? buf->shape[i] : buf->len / buf->itemsize;
    }
    if (buf->strides) {
        for (i = 0; i < ndim; i++) {
            root->strides[i] = buf->strides[i];
        }
    } else {
        Py_ssize_t st = buf->itemsize;
        for (i = ndim - 1; i >= 0; i--) {
            root->strides[i] = st;
            st *= root->shape[i];
        }
    }
    if (buf->suboffsets) {
        for (i = 0; i < ndim; i++) {
            if (buf->suboffsets[i] >= 0) {
                PyErr_Format(PyExc_ValueError, "Buffer not compatible with direct access in dimension %d.", i);
                goto fail;
            }
        }
    }
    if (buf->len > 0 && pyxc_check_axes(root->shape, root->strides, ndim, root->itemsize, axes) < 0) {
        goto fail;
    }
    out->mv = root;
    out->data = root->data;
    memcpy(out->shape, root->shape, (size_t)ndim * sizeof(Py_ssize_t));
    memcpy(out->strides, root->strides, (size_t)ndim * sizeof(Py_ssize_t));
    return 0;
fail:
    Py_DECREF((PyObject *)root);
    return -1;
}

/* @unit pyxc_slice_to_object requires pyxc_memview pyxc_memview_set_dtype pyxc_memview_derive */
PYXC_RT PyObject *pyxc_slice_to_object(const pyxc_slice *s, int ndim, const pyxc_dtype *dtype) {
    pyxc_memview *root = s->mv, *v;
    if (!root || PYXC_SLICE_IS_NONE(s)) {
        Py_RETURN_NONE;
    }
    if (root->ndim == ndim && root->data == s->data &&
        memcmp(root->shape, s->shape, (size_t)ndim * sizeof(Py_ssize_t)) == 0 &&
        memcmp(root->strides, s->strides, (size_t)ndim * sizeof(Py_ssize_t)) == 0) {
        return Py_NewRef((PyObject *)root);
    }
    v = (pyxc_memview *)pyxc_memview_derive(root, s->data, ndim, s->shape, s->strides);
    if (v && dtype) {
        pyxc_memview_set_dtype(v, dtype);
    }
    return (PyObject *)v;
}

/* @unit pyxc_slice_clear requires pyxc_memview */
PYXC_RT void pyxc_slice_clear(pyxc_slice *s) {
    pyxc_memview *mv = s->mv;
    s->mv = NULL;
    s->data = NULL;
    Py_XDECREF((PyObject *)mv);
}

/* @unit pyxc_slice_assign requires pyxc_memview */
PYXC_RT void pyxc_slice_assign(pyxc_slice *dst, const pyxc_slice *src) {
    pyxc_memview *old = dst->mv;
    Py_XINCREF((PyObject *)src->mv);
    if (dst != src) {
        *dst = *src;
    }
    Py_XDECREF((PyObject *)old);
}

/* @unit pyxc_copy_strided */
/* Copy elements between equal-shape layouts, innermost axis last. */
static void pyxc_copy_strided(const char *src, const Py_ssize_t *sst, char *dst, const Py_ssize_t *dst_st,
                              const Py_ssize_t *shape, int ndim, Py_ssize_t itemsize) {
    Py_ssize_t i, n = shape[0];
    if (ndim == 1) {
        if (sst[0] == itemsize && dst_st[0] == itemsize) {
            if (n > 0) {
                memcpy(dst, src, (size_t)(n * itemsize));
            }
        } else if (itemsize == 8) {
            for (i = 0; i < n; i++) {
                memcpy(dst + i * dst_st[0], src + i * sst[0], 8);
            }
        } else if (itemsize == 4) {
            for (i = 0; i < n; i++) {
                memcpy(dst + i * dst_st[0], src + i * sst[0], 4);
            }
        } else {
            for (i = 0; i < n; i++) {
                memcpy(dst + i * dst_st[0], src + i * sst[0], (size_t)itemsize);
            }
        }
        return;
    }
    for (i = 0; i < n; i++) {
        pyxc_copy_strided(src + i * sst[0], sst + 1, dst + i * dst_st[0], dst_st + 1, shape + 1, ndim - 1,
                          itemsize);
    }
}

/* @unit pyxc_extent */
/* The byte range [lo, hi) a layout touches. */
static void pyxc_extent(const char *data, const Py_ssize_t *shape, const Py_ssize_t *strides, int ndim,
                        Py_ssize_t itemsize, const char **lo, const char **hi) {
    Py_ssize_t a = 0, b = 0;
    int i;
    for (i = 0; i < ndim; i++) {
        if (shape[i] == 0) {
            *lo = *hi = data;
            return;
        }
        if (strides[i] > 0) {
            b += (shape[i] - 1) * strides[i];
        } else {
            a += (shape[i] - 1) * strides[i];
        }
    }
    *lo = data + a;
    *hi = data + b + itemsize;
}

/* @unit pyxc_slice_copy_into requires pyxc_copy_strided pyxc_extent */
PYXC_RT int pyxc_slice_copy_into(const pyxc_slice *src_in, const pyxc_slice *dst, int ndim, Py_ssize_t itemsize) {
    const char *slo, *shi, *dlo, *dhi;
    int i;
    /* Cython broadcasts a source axis of extent 1 (stride 0) over the
     * destination's extent. */
    pyxc_slice b = *src_in;
    const pyxc_slice *src = &b;
    for (i = 0; i < ndim; i++) {
        if (b.shape[i] != dst->shape[i] && b.shape[i] == 1) {
            b.shape[i] = dst->shape[i];
            b.strides[i] = 0;
        }
        if (src->shape[i] != dst->shape[i]) {
            PyGILState_STATE st = PyGILState_Ensure();
            PyErr_Format(PyExc_ValueError, "got differing extents in dimension %d (got %zd and %zd)", i,
                         dst->shape[i], src_in->shape[i]);
            PyGILState_Release(st);
            return -1;
        }
    }
    pyxc_extent(src->data, src->shape, src->strides, ndim, itemsize, &slo, &shi);
    pyxc_extent(dst->data, dst->shape, dst->strides, ndim, itemsize, &dlo, &dhi);
    if (slo < dhi && dlo < shi && slo != shi && dlo != dhi) {
        /* Overlapping memory: go through a C-contiguous temporary. */
        Py_ssize_t tst[PYXC_MAX_DIMS], n = itemsize;
        char *tmp;
        if (src->data == dst->data && memcmp(src->strides, dst->strides, (size_t)ndim * sizeof(Py_ssize_t)) == 0) {
            return 0;
        }
        for (i = ndim - 1; i >= 0; i--) {
            tst[i] = n;
            n *= src->shape[i];
        }
        tmp = (char *)malloc((size_t)n);
        if (!tmp) {
            PyGILState_STATE st = PyGILState_Ensure();
            PyErr_NoMemory();
            PyGILState_Release(st);
            return -1;
        }
        pyxc_copy_strided(src->data, src->strides, tmp, tst, src->shape, ndim, itemsize);
        pyxc_copy_strided(tmp, tst, dst->data, dst->strides, dst->shape, ndim, itemsize);
        free(tmp);
        return 0;
    }
    if (slo != shi) {
        pyxc_copy_strided(src->data, src->strides, dst->data, dst->strides, dst->shape, ndim, itemsize);
    }
    return 0;
}

/* @unit pyxc_contig_root requires pyxc_memview pyxc_memview_alloc pyxc_memview_set_dtype */
/* A root of `shape` laid out C-contiguously (or Fortran), without memory
 * yet; *nbytes is its size. Cython's arrays refuse empty axes, and so do
 * its copies and pointer views: ValueError "Invalid shape in axis 0: 0." */
static pyxc_memview *pyxc_contig_root(int ndim, const Py_ssize_t *shape, int fortran,
                                      const pyxc_dtype *dtype, Py_ssize_t *nbytes) {
    pyxc_memview *root;
    Py_ssize_t n = dtype->size;
    int i;
    for (i = 0; i < ndim; i++) {
        if (shape[i] <= 0) {
            PyErr_Format(PyExc_ValueError, "Invalid shape in axis %d: %zd.", i, shape[i]);
            return NULL;
        }
    }
    root = pyxc_memview_alloc();
    if (!root) {
        return NULL;
    }
    pyxc_memview_set_dtype(root, dtype);
    root->ndim = ndim;
    for (i = 0; i < ndim; i++) {
        int ax = fortran ? i : ndim - 1 - i;
        root->shape[ax] = shape[ax];
        root->strides[ax] = n;
        n *= shape[ax];
    }
    *nbytes = n;
    return root;
}

/* @unit pyxc_slice_from_ptr requires pyxc_memview pyxc_contig_root */
PYXC_RT int pyxc_slice_from_ptr(void *data, int ndim, const Py_ssize_t *shape, int fortran,
                                const pyxc_dtype *dtype, pyxc_slice *out) {
    pyxc_memview *root;
    Py_ssize_t n;
    out->mv = NULL;
    out->data = NULL;
    if (!data) {
        PyErr_SetString(PyExc_ValueError, "Cannot create cython.array from NULL pointer");
        return -1;
    }
    root = pyxc_contig_root(ndim, shape, fortran, dtype, &n);
    if (!root) {
        return -1;
    }
    /* The memory stays the caller's: the root neither owns nor frees it. */
    root->data = (char *)data;
    out->mv = root;
    out->data = root->data;
    memcpy(out->shape, root->shape, (size_t)ndim * sizeof(Py_ssize_t));
    memcpy(out->strides, root->strides, (size_t)ndim * sizeof(Py_ssize_t));
    return 0;
}

/* @unit pyxc_slice_copy requires pyxc_memview pyxc_copy_strided pyxc_contig_root */
PYXC_RT int pyxc_slice_copy(const pyxc_slice *s, pyxc_slice *out, int ndim, const pyxc_dtype *dtype,
                            int fortran) {
    pyxc_memview *root;
    Py_ssize_t n;
    out->mv = NULL;
    out->data = NULL;
    if (!s->mv) {
        PyErr_SetString(PyExc_AttributeError, "Memoryview is not initialized");
        return -1;
    }
    if (PYXC_SLICE_IS_NONE(s)) {
        /* Cython's words for copying a None view. */
        PyErr_SetString(PyExc_ValueError, "Cannot copy memoryview slice with indirect dimensions (axis 0)");
        return -1;
    }
    root = pyxc_contig_root(ndim, s->shape, fortran, dtype, &n);
    if (!root) {
        return -1;
    }
    root->mem = PyMem_Malloc(n > 0 ? (size_t)n : 1);
    if (!root->mem) {
        Py_DECREF((PyObject *)root);
        PyErr_NoMemory();
        return -1;
    }
    root->data = (char *)root->mem;
    out->mv = root;
    out->data = root->data;
    memcpy(out->shape, root->shape, (size_t)ndim * sizeof(Py_ssize_t));
    memcpy(out->strides, root->strides, (size_t)ndim * sizeof(Py_ssize_t));
    if (n > 0) {
        pyxc_copy_strided(s->data, s->strides, out->data, out->strides, out->shape, ndim, dtype->size);
    }
    return 0;
}

/* @unit pyxc_slice_check_layout requires pyxc_check_axes */
PYXC_RT int pyxc_slice_check_layout(const pyxc_slice *s, int ndim, const unsigned char *axes) {
    if (!s->mv || PYXC_SLICE_IS_NONE(s)) {
        return 0;
    }
    return pyxc_check_axes(s->shape, s->strides, ndim, s->mv->itemsize, axes);
}

/* @unit pyxc_raise_bounds */
PYXC_RT void pyxc_raise_bounds(int axis) {
    PyGILState_STATE st = PyGILState_Ensure();
    PyErr_Format(PyExc_IndexError, "Out of bounds on buffer access (axis %d)", axis);
    PyGILState_Release(st);
}

/* @unit pyxc_raise_none_view */
PYXC_RT void pyxc_raise_none_view(const char *what) {
    PyGILState_STATE st = PyGILState_Ensure();
    PyErr_Format(PyExc_TypeError, "Cannot %s None memoryview slice", what);
    PyGILState_Release(st);
}

/* @unit pyxc_raise_none_view_pyattr */
PYXC_RT void pyxc_raise_none_view_pyattr(const char *attr) {
    PyGILState_STATE st = PyGILState_Ensure();
    PyErr_Format(PyExc_AttributeError, "'NoneType' object has no attribute '%s'", attr);
    PyGILState_Release(st);
}

/* @unit pyxc_raise_none_view_attr */
PYXC_RT void pyxc_raise_none_view_attr(const char *attr) {
    PyGILState_STATE st = PyGILState_Ensure();
    PyErr_Format(PyExc_AttributeError, "Cannot access '%s' attribute of None memoryview slice", attr);
    PyGILState_Release(st);
}

/* @unit pyxc_slice_bounds */
PYXC_RT void pyxc_slice_bounds(Py_ssize_t len, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step,
                               int has_start, int has_stop, Py_ssize_t *newlen) {
    int negative_step = step < 0;
    Py_ssize_t n;
    if (has_start) {
        if (*start < 0) {
            *start += len;
            if (*start < 0) {
                *start = 0;
            }
        } else if (*start >= len) {
            *start = negative_step ? len - 1 : len;
        }
    } else {
        *start = negative_step ? len - 1 : 0;
    }
    if (has_stop) {
        if (*stop < 0) {
            *stop += len;
            if (*stop < 0) {
                *stop = 0;
            }
        } else if (*stop > len) {
            *stop = len;
        }
    } else {
        *stop = negative_step ? -1 : len;
    }
    n = (*stop - *start) / step;
    if ((*stop - *start) - step * n) {
        n += 1;
    }
    *newlen = n < 0 ? 0 : n;
}

/* @unit pyxc_raise_unbound_view */
PYXC_RT void pyxc_raise_unbound_view(const char *name) {
    PyErr_Format(PyExc_UnboundLocalError, "local variable '%s' referenced before assignment", name);
}
