/* memview.c: typed memoryviews over the buffer protocol.
 *
 * Depends on: convert.c (items stored from Python convert as Cython's
 * typed assignments do) and pyxc_rt.h. No numpy C API: any exporter of the
 * buffer protocol works (numpy arrays, array.array, bytearray, memoryview,
 * ctypes arrays, pyxc memoryviews).
 *
 * The view object (pyxc._memoryviewslice) behaves as Cython 3.3.1's
 * _memoryviewslice: .base is the source object; `m[...]` is m; an int per
 * axis reads an item, a key with slices, an Ellipsis or fewer ints than axes
 * a view; .T, .size, .suboffsets, copy()/copy_fortran(), is_c_contig()/
 * is_f_contig() (strict, as Cython's); assignment stores one item, copies a
 * buffer value into the selection with broadcasting, or stores a scalar
 * everywhere in it; count()/index() and the Sequence ABC as Cython
 * registers them. Messages as Cython's: "Cannot index with type '<class
 * 'NoneType'>'", "Index out of bounds (axis 0)" (slicing path), "Out of
 * bounds on buffer access (axis 2)" (item path), "Cannot assign to
 * read-only memoryview", "Subscript deletion not supported by <type>".
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

#include <limits.h>

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

/* ---- the Python type ---------------------------------------------------- */

/* @unit pyxc_memview_register_sequence requires pyxc_memview_type */
/* As Cython does for its view class: borrow count() and index() from
 * collections.abc.Sequence and register as one (so `match` sees a
 * sequence). Failures are ignored, as Cython ignores them. */
static void pyxc_memview_register_sequence(void) {
    static const char *const names[] = {"count", "index"};
    PyObject *abc = PyImport_ImportModule("collections.abc"), *seq = NULL, *r;
    size_t i;
    if (abc) {
        seq = PyObject_GetAttrString(abc, "Sequence");
        Py_DECREF(abc);
    }
    if (!seq) {
        PyErr_Clear();
        return;
    }
    for (i = 0; i < sizeof names / sizeof names[0]; i++) {
        PyObject *f = PyObject_GetAttrString(seq, names[i]);
        if (!f || PyDict_SetItemString(pyxc_memview_type.tp_dict, names[i], f) < 0) {
            PyErr_Clear();
        }
        Py_XDECREF(f);
    }
    PyType_Modified(&pyxc_memview_type);
    r = PyObject_CallMethod(seq, "register", "O", (PyObject *)&pyxc_memview_type);
    if (!r) {
        PyErr_Clear();
    }
    Py_XDECREF(r);
    Py_DECREF(seq);
}

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

/* @unit pyxc_item_from_object requires pyxc_as_double pyxc_as_signed pyxc_as_unsigned */
/* Store `o` at `p` as an item of the view's type, converting as Cython's
 * to_dtype functions do (convert.c: ints take __int__, so 2.5 -> 2). */
static int pyxc_item_from_object(char kind, Py_ssize_t size, const char *name, char *p, PyObject *o) {
    if (strncmp(name, "const ", 6) == 0) {
        name += 6; /* the messages name the plain type */
    }
    if (kind == 'f') {
        double v = pyxc_as_double(o);
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
        unsigned long long max = size >= 8 ? ULLONG_MAX : (1ULL << (8 * size)) - 1;
        unsigned long long v = pyxc_as_unsigned(o, max, name);
        if (v == (unsigned long long)-1 && PyErr_Occurred()) {
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
        long long lim = size >= 8 ? LLONG_MAX : (1LL << (8 * size - 1)) - 1;
        long long v = kind == 'b' ? PyObject_IsTrue(o) : pyxc_as_signed(o, -lim - 1, lim, name);
        if (v == -1 && PyErr_Occurred()) {
            return -1;
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

/* @unit pyxc_memview_get_suboffsets requires pyxc_memview pyxc_ssize_tuple */
/* Views are always direct: -1 for every axis, as Cython shows them. */
static PyObject *pyxc_memview_get_suboffsets(pyxc_memview *m, void *closure) {
    Py_ssize_t none[PYXC_MAX_DIMS];
    int i;
    (void)closure;
    for (i = 0; i < m->ndim; i++) {
        none[i] = -1;
    }
    return pyxc_ssize_tuple(none, m->ndim);
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

/* @unit pyxc_memview_count requires pyxc_memview */
/* The number of items (1 for a 0-d view). */
static Py_ssize_t pyxc_memview_count(const pyxc_memview *m) {
    Py_ssize_t n = 1;
    int i;
    for (i = 0; i < m->ndim; i++) {
        n *= m->shape[i];
    }
    return n;
}

/* @unit pyxc_memview_get_size requires pyxc_memview pyxc_memview_count */
static PyObject *pyxc_memview_get_size(pyxc_memview *m, void *closure) {
    (void)closure;
    return PyLong_FromSsize_t(pyxc_memview_count(m));
}

/* @unit pyxc_memview_get_nbytes requires pyxc_memview pyxc_memview_count */
static PyObject *pyxc_memview_get_nbytes(pyxc_memview *m, void *closure) {
    (void)closure;
    return PyLong_FromSsize_t(pyxc_memview_count(m) * m->itemsize);
}

/* @unit pyxc_memview_base requires pyxc_memview */
/* The object the view was taken from (borrowed); a copy's base is its root. */
static PyObject *pyxc_memview_base(pyxc_memview *m) {
    pyxc_memview *r = m->root ? m->root : m;
    if (r->acquired && r->view.obj) {
        return r->view.obj;
    }
    return (PyObject *)r;
}

/* @unit pyxc_memview_get_base requires pyxc_memview pyxc_memview_base */
static PyObject *pyxc_memview_get_base(pyxc_memview *m, void *closure) {
    (void)closure;
    return Py_NewRef(pyxc_memview_base(m));
}

/* @unit pyxc_memview_base_name requires pyxc_memview pyxc_memview_base */
/* The class name of the base, as Cython's repr and str show it. */
static PyObject *pyxc_memview_base_name(pyxc_memview *m) {
    return PyObject_GetAttrString((PyObject *)Py_TYPE(pyxc_memview_base(m)), "__name__");
}

/* @unit pyxc_memview_repr requires pyxc_memview pyxc_memview_base_name */
static PyObject *pyxc_memview_repr(pyxc_memview *m) {
    PyObject *name = pyxc_memview_base_name(m), *r;
    if (!name) {
        return NULL;
    }
    r = PyUnicode_FromFormat("<MemoryView of %R at %p>", name, (void *)m);
    Py_DECREF(name);
    return r;
}

/* @unit pyxc_memview_str requires pyxc_memview pyxc_memview_base_name */
static PyObject *pyxc_memview_str(pyxc_memview *m) {
    PyObject *name = pyxc_memview_base_name(m), *r;
    if (!name) {
        return NULL;
    }
    r = PyUnicode_FromFormat("<MemoryView of %R object>", name);
    Py_DECREF(name);
    return r;
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

/* @unit pyxc_memview_get_T requires pyxc_memview pyxc_memview_derive */
/* The transposed view: axes in reverse order (a new object even for 1-D). */
static PyObject *pyxc_memview_get_T(pyxc_memview *m, void *closure) {
    Py_ssize_t shape[PYXC_MAX_DIMS], strides[PYXC_MAX_DIMS];
    int i;
    (void)closure;
    for (i = 0; i < m->ndim; i++) {
        shape[i] = m->shape[m->ndim - 1 - i];
        strides[i] = m->strides[m->ndim - 1 - i];
    }
    return pyxc_memview_derive(m, m->data, m->ndim, shape, strides);
}

/* @unit pyxc_memview_unellipsify requires pyxc_memview */
/* Cython's _unellipsify: the index of each axis into idx[0..*n), NULL for a
 * whole axis; returns whether the key slices (else it names one item), or
 * -1. Every entry is type-checked first ("Cannot index with type ..."). An
 * Ellipsis is replaced by whole axes, with Cython's placement of the entries
 * after it (Python list indexing, so too many entries wrap or raise). A key
 * with more entries than axes keeps ndim + 1 of them: axis ndim fails. */
static int pyxc_memview_unellipsify(const pyxc_memview *m, PyObject *key, PyObject **idx, int *n) {
    PyObject *const *items = &key;
    Py_ssize_t len = 1, k, first = -1;
    int ndim = m->ndim, have_slices = 0, i;
    if (key == Py_Ellipsis) {
        for (i = 0; i < ndim; i++) {
            idx[i] = NULL;
        }
        *n = ndim;
        return 1;
    }
    if (PyTuple_Check(key)) {
        items = &PyTuple_GET_ITEM(key, 0);
        len = PyTuple_GET_SIZE(key);
    }
    for (k = 0; k < len; k++) {
        PyObject *it = items[k];
        if (it == Py_Ellipsis) {
            have_slices = 1;
            first = first < 0 ? k : first;
        } else if (PySlice_Check(it)) {
            have_slices = 1;
        } else if (!PyIndex_Check(it)) {
            PyObject *t = PyObject_Str((PyObject *)Py_TYPE(it));
            if (t) {
                PyErr_Format(PyExc_TypeError, "Cannot index with type '%.200U'", t);
                Py_DECREF(t);
            }
            return -1;
        }
    }
    if (first >= 0) {
        Py_ssize_t after = len - first, end = ndim - after;
        for (i = 0; i < ndim; i++) {
            idx[i] = NULL;
        }
        for (k = 0; k < len; k++) {
            Py_ssize_t pos = k < first ? k : end + (k - first);
            if (k == first || (k > first && items[k] == Py_Ellipsis)) {
                continue;
            }
            if (pos < 0 && k > first) {
                pos += ndim;
            }
            if (pos < 0 || pos >= ndim) {
                PyErr_SetString(PyExc_IndexError, "list assignment index out of range");
                return -1;
            }
            idx[pos] = items[k];
        }
        *n = ndim;
        return 1;
    }
    if (!PyTuple_Check(key) && ndim >= 2) {
        have_slices = 1; /* m[i] of a 2-D view is the row m[i, :] */
    }
    if (len < ndim) {
        have_slices = 1;
    }
    *n = len < ndim ? ndim : len > ndim + 1 ? ndim + 1 : (int)len;
    for (i = 0; i < *n; i++) {
        idx[i] = i < len ? items[i] : NULL;
    }
    return have_slices;
}

/* @unit pyxc_memview_item_ptr requires pyxc_memview pyxc_as_ssize_t pyxc_raise_bounds */
/* The item `idx` (one int per axis) names, as Cython's get_item_pointer:
 * axes past the last have extent 0, a 0-d view one item. */
static char *pyxc_memview_item_ptr(const pyxc_memview *m, PyObject *const *idx, int n) {
    char *p = m->data;
    int dim;
    for (dim = 0; dim < n; dim++) {
        Py_ssize_t extent = dim < m->ndim ? m->shape[dim] : m->ndim == 0;
        Py_ssize_t i = pyxc_as_ssize_t(idx[dim]);
        if (i == -1 && PyErr_Occurred()) {
            return NULL;
        }
        if (i < 0) {
            i += dim < m->ndim ? m->shape[dim] : 0;
        }
        if (i < 0 || i >= extent) {
            pyxc_raise_bounds(dim);
            return NULL;
        }
        if (dim < m->ndim) {
            p += i * m->strides[dim];
        }
    }
    return p;
}

/* @unit pyxc_slice_field requires pyxc_as_ssize_t */
/* One of a slice's start/stop/step: 0 when None, else as an index. */
static int pyxc_slice_field(PyObject *f, Py_ssize_t *out) {
    *out = f == Py_None ? 0 : pyxc_as_ssize_t(f);
    return *out == -1 && PyErr_Occurred() ? -1 : 0;
}

/* @unit pyxc_memview_slice_view requires pyxc_memview pyxc_as_ssize_t pyxc_slice_field
 *    pyxc_slice_bounds pyxc_memview_derive */
/* The view `idx` selects (ints drop their axis, slices keep it), as
 * Cython's memview_slice, with its messages. Cython reads past the last
 * axis as extent 0; any entry there is refused here. */
static PyObject *pyxc_memview_slice_view(pyxc_memview *m, PyObject *const *idx, int n) {
    Py_ssize_t shape[PYXC_MAX_DIMS], strides[PYXC_MAX_DIMS];
    char *p = m->data;
    int dim, nd = 0;
    for (dim = 0; dim < n; dim++) {
        PyObject *it = idx[dim];
        Py_ssize_t extent = dim < m->ndim ? m->shape[dim] : 0;
        if (dim >= m->ndim) {
            PyErr_Format(PyExc_IndexError, "Index out of bounds (axis %d)", dim);
            return NULL;
        }
        if (it && !PySlice_Check(it)) {
            Py_ssize_t i = pyxc_as_ssize_t(it);
            if (i == -1 && PyErr_Occurred()) {
                return NULL;
            }
            if (i < 0) {
                i += extent;
            }
            if (i < 0 || i >= extent) {
                PyErr_Format(PyExc_IndexError, "Index out of bounds (axis %d)", dim);
                return NULL;
            }
            p += i * m->strides[dim];
        } else {
            PyObject *fstart = it ? ((PySliceObject *)it)->start : Py_None;
            PyObject *fstop = it ? ((PySliceObject *)it)->stop : Py_None;
            PyObject *fstep = it ? ((PySliceObject *)it)->step : Py_None;
            Py_ssize_t start, stop, step, newlen;
            if (pyxc_slice_field(fstart, &start) < 0 || pyxc_slice_field(fstop, &stop) < 0 ||
                pyxc_slice_field(fstep, &step) < 0) {
                return NULL;
            }
            if (fstep == Py_None) {
                step = 1;
            } else if (step == 0) {
                PyErr_Format(PyExc_ValueError, "Step may not be zero (axis %d)", dim);
                return NULL;
            }
            pyxc_slice_bounds(extent, &start, &stop, step, fstart != Py_None, fstop != Py_None, &newlen);
            p += start * m->strides[dim];
            shape[nd] = newlen;
            strides[nd] = m->strides[dim] * step;
            nd++;
        }
    }
    return pyxc_memview_derive(m, p, nd, shape, strides);
}

/* @unit pyxc_memview_getitem requires pyxc_memview pyxc_item_to_object pyxc_memview_unellipsify
 *    pyxc_memview_item_ptr pyxc_memview_slice_view */
/* Cython's rules: an int on a 1-D view or one int per axis is an item; a
 * key with a slice or an Ellipsis, or fewer ints than axes, is a view
 * (0-d when every axis is indexed next to an Ellipsis); `m[...]` is m. */
static PyObject *pyxc_memview_getitem(pyxc_memview *m, PyObject *key) {
    PyObject *idx[PYXC_MAX_DIMS + 1];
    int n, have_slices;
    char *p;
    if (m->ndim == 1 && PyLong_Check(key)) {
        p = pyxc_memview_item_ptr(m, &key, 1);
        return p ? pyxc_item_to_object(m->kind, m->itemsize, p) : NULL;
    }
    if (key == Py_Ellipsis) {
        return Py_NewRef((PyObject *)m);
    }
    have_slices = pyxc_memview_unellipsify(m, key, idx, &n);
    if (have_slices < 0) {
        return NULL;
    }
    if (have_slices) {
        return pyxc_memview_slice_view(m, idx, n);
    }
    p = pyxc_memview_item_ptr(m, idx, n);
    return p ? pyxc_item_to_object(m->kind, m->itemsize, p) : NULL;
}

/* @unit pyxc_fill_item */
/* Store one item at every position of a layout (ndim >= 1). */
static void pyxc_fill_item(char *data, const Py_ssize_t *shape, const Py_ssize_t *strides, int ndim,
                           const char *item, Py_ssize_t itemsize) {
    Py_ssize_t i;
    for (i = 0; i < shape[0]; i++) {
        if (ndim == 1) {
            memcpy(data + i * strides[0], item, (size_t)itemsize);
        } else {
            pyxc_fill_item(data + i * strides[0], shape + 1, strides + 1, ndim - 1, item, itemsize);
        }
    }
}

/* @unit pyxc_copy_contents requires pyxc_copy_strided pyxc_extent */
/* Copy the items of `src` into the view `dst` as Cython's
 * memoryview_copy_contents: the fewer axes are padded in front with axes
 * of extent 1, and a source axis of extent 1 is repeated along the
 * destination's (extents are checked before item sizes, as Cython's
 * message order has it). Overlapping memory goes through a temporary. */
static int pyxc_copy_contents(const char *src, int sndim, const Py_ssize_t *sshape, const Py_ssize_t *sstrides,
                              Py_ssize_t sitemsize, char *dst, int dndim, const Py_ssize_t *dshape,
                              const Py_ssize_t *dstrides, Py_ssize_t itemsize, const char *name) {
    Py_ssize_t ss[PYXC_MAX_DIMS], sst[PYXC_MAX_DIMS], ds[PYXC_MAX_DIMS], dst_st[PYXC_MAX_DIMS];
    int ndim = sndim > dndim ? sndim : dndim, i;
    const char *slo, *shi, *dlo, *dhi;
    for (i = 0; i < ndim; i++) {
        int si = i - (ndim - sndim), di = i - (ndim - dndim);
        ss[i] = si < 0 ? 1 : sshape[si];
        sst[i] = si < 0 ? 0 : sstrides[si];
        ds[i] = di < 0 ? 1 : dshape[di];
        dst_st[i] = di < 0 ? 0 : dstrides[di];
        if (ss[i] != ds[i]) {
            if (ss[i] != 1) {
                PyErr_Format(PyExc_ValueError, "got differing extents in dimension %d (got %zd and %zd)", i,
                             ds[i], ss[i]);
                return -1;
            }
            ss[i] = ds[i];
            sst[i] = 0;
        }
    }
    if (sitemsize != itemsize) {
        /* Cython copies raw bytes of the source's item size here (writing
         * past the items when it is larger); pyxc refuses. */
        PyErr_Format(PyExc_ValueError,
                     "Item size of buffer (%zd byte%s) does not match size of '%s' (%zd byte%s)", sitemsize,
                     sitemsize > 1 ? "s" : "", name, itemsize, itemsize > 1 ? "s" : "");
        return -1;
    }
    if (ndim == 0) {
        memmove(dst, src, (size_t)itemsize);
        return 0;
    }
    pyxc_extent(src, ss, sst, ndim, itemsize, &slo, &shi);
    pyxc_extent(dst, ds, dst_st, ndim, itemsize, &dlo, &dhi);
    if (slo < dhi && dlo < shi && slo != shi && dlo != dhi) {
        Py_ssize_t tst[PYXC_MAX_DIMS], nbytes = itemsize;
        char *tmp;
        for (i = ndim - 1; i >= 0; i--) {
            tst[i] = nbytes;
            nbytes *= ds[i];
        }
        tmp = (char *)PyMem_Malloc((size_t)nbytes);
        if (!tmp) {
            PyErr_NoMemory();
            return -1;
        }
        pyxc_copy_strided(src, sst, tmp, tst, ds, ndim, itemsize);
        pyxc_copy_strided(tmp, tst, dst, dst_st, ds, ndim, itemsize);
        PyMem_Free(tmp);
    } else if (dlo != dhi) {
        pyxc_copy_strided(src, sst, dst, dst_st, ds, ndim, itemsize);
    }
    return 0;
}

/* @unit pyxc_memview_assign_view requires pyxc_memview pyxc_memview_type pyxc_copy_contents
 *    pyxc_item_from_object pyxc_fill_item */
/* `target[...] = value` for a view `target` of `m`, as Cython's
 * __setitem__ with slices: a value exporting a buffer (any-contiguous, or
 * one of these views) is copied item by item, anything else is converted
 * to one item and stored everywhere. `view` holds the value's buffer. */
static int pyxc_memview_assign_view(pyxc_memview *m, pyxc_memview *target, PyObject *value, Py_buffer *view) {
    union {
        long double ld;
        long long ll;
        char bytes[32];
    } item;
    if (Py_TYPE(value) == &pyxc_memview_type || view->obj) {
        pyxc_memview *src = Py_TYPE(value) == &pyxc_memview_type ? (pyxc_memview *)value : NULL;
        Py_ssize_t cstrides[PYXC_MAX_DIMS], st;
        const Py_ssize_t *sshape = src ? src->shape : view->shape, *sstrides = src ? src->strides : view->strides;
        Py_ssize_t sitemsize = src ? src->itemsize : view->itemsize;
        int sndim = src ? src->ndim : view->ndim, i;
        if (sndim > PYXC_MAX_DIMS) {
            PyErr_Format(PyExc_ValueError, "Buffer has too many dimensions (%d)", sndim);
            return -1;
        }
        if (!sstrides) {
            for (i = sndim - 1, st = sitemsize; i >= 0; i--) {
                cstrides[i] = st;
                st *= sshape[i];
            }
            sstrides = cstrides;
        }
        return pyxc_copy_contents(src ? src->data : (const char *)view->buf, sndim, sshape, sstrides, sitemsize,
                                  target->data, target->ndim, target->shape, target->strides, m->itemsize,
                                  m->name);
    }
    if ((size_t)m->itemsize > sizeof item.bytes) {
        PyErr_SetString(PyExc_ValueError, "Item too large for scalar assignment");
        return -1;
    }
    if (pyxc_item_from_object(m->kind, m->itemsize, m->name, item.bytes, value) < 0) {
        return -1;
    }
    /* A 0-d target takes nothing: Cython's fill walks its (0) first extent. */
    if (target->ndim > 0) {
        pyxc_fill_item(target->data, target->shape, target->strides, target->ndim, item.bytes, m->itemsize);
    }
    return 0;
}

/* @unit pyxc_memview_setitem requires pyxc_memview pyxc_memview_type pyxc_item_from_object
 *    pyxc_memview_unellipsify pyxc_memview_item_ptr pyxc_memview_slice_view pyxc_memview_assign_view */
static int pyxc_memview_setitem(pyxc_memview *m, PyObject *key, PyObject *value) {
    PyObject *idx[PYXC_MAX_DIMS + 1], *target;
    Py_buffer view;
    int n, have_slices, r;
    char *p;
    if (!value) {
        PyErr_Format(PyExc_NotImplementedError, "Subscript deletion not supported by %s", Py_TYPE(m)->tp_name);
        return -1;
    }
    if (m->readonly) {
        PyErr_SetString(PyExc_TypeError, "Cannot assign to read-only memoryview");
        return -1;
    }
    if (m->ndim == 1 && PyLong_Check(key)) {
        p = pyxc_memview_item_ptr(m, &key, 1);
        return p ? pyxc_item_from_object(m->kind, m->itemsize, m->name, p, value) : -1;
    }
    have_slices = pyxc_memview_unellipsify(m, key, idx, &n);
    if (have_slices < 0) {
        return -1;
    }
    if (!have_slices) {
        p = pyxc_memview_item_ptr(m, idx, n);
        return p ? pyxc_item_from_object(m->kind, m->itemsize, m->name, p, value) : -1;
    }
    /* As Cython: the value's buffer first (only a TypeError means "not a
     * buffer"), then the target view. */
    view.obj = NULL;
    if (Py_TYPE(value) != &pyxc_memview_type &&
        PyObject_GetBuffer(value, &view, PyBUF_RECORDS_RO | PyBUF_ANY_CONTIGUOUS) < 0) {
        if (!PyErr_ExceptionMatches(PyExc_TypeError)) {
            return -1;
        }
        PyErr_Clear();
        view.obj = NULL;
    }
    target = pyxc_memview_slice_view(m, idx, n);
    r = target ? pyxc_memview_assign_view(m, (pyxc_memview *)target, value, &view) : -1;
    Py_XDECREF(target);
    if (view.obj) {
        PyBuffer_Release(&view);
    }
    return r;
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

/* @unit pyxc_memview_copy_to requires pyxc_memview pyxc_slice_to_object pyxc_slice_clear
 *    pyxc_slice_copy */
/* A contiguous copy (C order, or Fortran) as a new writable view. */
static PyObject *pyxc_memview_copy_to(pyxc_memview *m, int fortran) {
    pyxc_slice s, out;
    pyxc_dtype d;
    PyObject *r;
    d.name = m->name;
    d.kind = m->kind;
    d.size = m->itemsize;
    d.cast = 0;
    s.mv = m->root ? m->root : m;
    s.data = m->data;
    memcpy(s.shape, m->shape, sizeof s.shape);
    memcpy(s.strides, m->strides, sizeof s.strides);
    if (pyxc_slice_copy(&s, &out, m->ndim, &d, fortran) < 0) {
        return NULL;
    }
    r = pyxc_slice_to_object(&out, m->ndim, &d);
    pyxc_slice_clear(&out);
    return r;
}

/* @unit pyxc_memview_copy_method requires pyxc_memview pyxc_memview_copy_to */
static PyObject *pyxc_memview_copy_method(pyxc_memview *m, PyObject *unused) {
    (void)unused;
    return pyxc_memview_copy_to(m, 0);
}

/* @unit pyxc_memview_copy_fortran_method requires pyxc_memview pyxc_memview_copy_to */
static PyObject *pyxc_memview_copy_fortran_method(pyxc_memview *m, PyObject *unused) {
    (void)unused;
    return pyxc_memview_copy_to(m, 1);
}

/* @unit pyxc_memview_strict_contig requires pyxc_memview */
/* Cython's slice_is_contig: every stride exactly the contiguous one, axes
 * of extent 0 or 1 included (so a (3, 1) column of a wider array is
 * neither C nor Fortran contiguous). */
static PyObject *pyxc_memview_strict_contig(const pyxc_memview *m, int fortran) {
    Py_ssize_t stride = m->itemsize;
    int i;
    for (i = 0; i < m->ndim; i++) {
        int ax = fortran ? i : m->ndim - 1 - i;
        if (m->strides[ax] != stride) {
            Py_RETURN_FALSE;
        }
        stride *= m->shape[ax];
    }
    Py_RETURN_TRUE;
}

/* @unit pyxc_memview_is_c_contig requires pyxc_memview pyxc_memview_strict_contig */
static PyObject *pyxc_memview_is_c_contig(pyxc_memview *m, PyObject *unused) {
    (void)unused;
    return pyxc_memview_strict_contig(m, 0);
}

/* @unit pyxc_memview_is_f_contig requires pyxc_memview pyxc_memview_strict_contig */
static PyObject *pyxc_memview_is_f_contig(pyxc_memview *m, PyObject *unused) {
    (void)unused;
    return pyxc_memview_strict_contig(m, 1);
}

/* @unit pyxc_memview_getset requires pyxc_memview_get_shape pyxc_memview_get_strides
 *    pyxc_memview_get_suboffsets pyxc_memview_get_ndim pyxc_memview_get_itemsize pyxc_memview_get_size
 *    pyxc_memview_get_nbytes pyxc_memview_get_base pyxc_memview_get_T */
static PyGetSetDef pyxc_memview_getset[] = {
    {"shape", (getter)pyxc_memview_get_shape, NULL, NULL, NULL},
    {"strides", (getter)pyxc_memview_get_strides, NULL, NULL, NULL},
    {"suboffsets", (getter)pyxc_memview_get_suboffsets, NULL, NULL, NULL},
    {"ndim", (getter)pyxc_memview_get_ndim, NULL, NULL, NULL},
    {"itemsize", (getter)pyxc_memview_get_itemsize, NULL, NULL, NULL},
    {"size", (getter)pyxc_memview_get_size, NULL, NULL, NULL},
    {"nbytes", (getter)pyxc_memview_get_nbytes, NULL, NULL, NULL},
    {"base", (getter)pyxc_memview_get_base, NULL, NULL, NULL},
    {"T", (getter)pyxc_memview_get_T, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

/* @unit pyxc_memview_methods requires pyxc_memview_copy_method pyxc_memview_copy_fortran_method
 *    pyxc_memview_is_c_contig pyxc_memview_is_f_contig */
static PyMethodDef pyxc_memview_methods[] = {
    {"copy", (PyCFunction)pyxc_memview_copy_method, METH_NOARGS, "A C-contiguous copy."},
    {"copy_fortran", (PyCFunction)pyxc_memview_copy_fortran_method, METH_NOARGS, "A Fortran-contiguous copy."},
    {"is_c_contig", (PyCFunction)pyxc_memview_is_c_contig, METH_NOARGS, NULL},
    {"is_f_contig", (PyCFunction)pyxc_memview_is_f_contig, METH_NOARGS, NULL},
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

/* @unit pyxc_memview_type requires pyxc_memview pyxc_memview_dealloc pyxc_memview_as_buffer */
/* What typed code needs of a view's object: its lifetime and the buffer
 * protocol. The Python-level API is added by pyxc_memview_python_api the
 * first time a view is given to Python. */
static PyTypeObject pyxc_memview_type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "pyxc._memoryviewslice", /* Cython's class name for views as objects */
    .tp_basicsize = sizeof(pyxc_memview),
    .tp_dealloc = (destructor)pyxc_memview_dealloc,
    .tp_as_buffer = &pyxc_memview_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A pyxc typed memoryview (exports the buffer protocol).",
};

/* @unit pyxc_memview_python_api requires pyxc_memview_type pyxc_memview_ready pyxc_memview_repr
 *    pyxc_memview_str pyxc_memview_as_sequence pyxc_memview_as_mapping pyxc_memview_methods
 *    pyxc_memview_getset pyxc_memview_register_sequence */
/* The Python-level API of view objects (indexing and assignment, len and
 * iteration, attributes, methods, str and repr), added once, when a view is
 * first given to Python: a module that never boxes a view pastes none of it.
 * The slots are read at call time; methods and attributes become
 * descriptors in the type's dict, as PyType_Ready would make them. */
static int pyxc_memview_python_api(void) {
    static int done;
    PyMethodDef *md;
    PyGetSetDef *gs;
    PyObject *dict, *d;
    if (pyxc_likely(done)) {
        return 0;
    }
    if (pyxc_memview_ready() < 0) {
        return -1;
    }
    pyxc_memview_type.tp_repr = (reprfunc)pyxc_memview_repr;
    pyxc_memview_type.tp_str = (reprfunc)pyxc_memview_str;
    pyxc_memview_type.tp_as_sequence = &pyxc_memview_as_sequence;
    pyxc_memview_type.tp_as_mapping = &pyxc_memview_as_mapping;
    dict = pyxc_memview_type.tp_dict;
    for (md = pyxc_memview_methods; md->ml_name; md++) {
        d = PyDescr_NewMethod(&pyxc_memview_type, md);
        if (!d || PyDict_SetItemString(dict, md->ml_name, d) < 0) {
            Py_XDECREF(d);
            return -1;
        }
        Py_DECREF(d);
    }
    for (gs = pyxc_memview_getset; gs->name; gs++) {
        d = PyDescr_NewGetSet(&pyxc_memview_type, gs);
        if (!d || PyDict_SetItemString(dict, gs->name, d) < 0) {
            Py_XDECREF(d);
            return -1;
        }
        Py_DECREF(d);
    }
    PyType_Modified(&pyxc_memview_type);
    pyxc_memview_register_sequence();
    done = 1;
    return 0;
}

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

/* @unit pyxc_slice_to_object requires pyxc_memview pyxc_memview_set_dtype pyxc_memview_derive
 *    pyxc_memview_python_api */
PYXC_RT PyObject *pyxc_slice_to_object(const pyxc_slice *s, int ndim, const pyxc_dtype *dtype) {
    pyxc_memview *root = s->mv, *v;
    if (!root || PYXC_SLICE_IS_NONE(s)) {
        Py_RETURN_NONE;
    }
    if (pyxc_memview_python_api() < 0) {
        return NULL;
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
