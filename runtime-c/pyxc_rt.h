/* pyxc C runtime: the helpers that generated modules call.
 *
 * Layout: this header declares everything; the topic files beside it
 * (errors.c, args.c, convert.c, memview.c, pyops.c) define it. Codegen pastes
 * the header and then only the topic files a module uses into the module's C,
 * so the output is self-contained and a module carries only the runtime it
 * calls. Each topic file also compiles alone (`#include "pyxc_rt.h"`; that
 * line is dropped when pasting) with -Wall -Wextra -Werror.
 *
 * Every helper is `PYXC_RT` (static, maybe unused) so pasting a file whose
 * helpers a module does not all call gives no warning.
 *
 * Error convention: functions returning int return 0 on success and -1 with
 * a Python exception set; functions returning PyObject* return a new
 * reference or NULL with an exception set; conversions to C numbers return
 * (type)-1 with an exception set on failure, so callers test
 * `v == (T)-1 && PyErr_Occurred()`.
 */
#ifndef PYXC_RT_H
#define PYXC_RT_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>
#include <string.h>

#if defined(__GNUC__) || defined(__clang__)
#define PYXC_UNUSED __attribute__((unused))
#define pyxc_likely(x) __builtin_expect(!!(x), 1)
#define pyxc_unlikely(x) __builtin_expect(!!(x), 0)
#else
#define PYXC_UNUSED
#define pyxc_likely(x) (x)
#define pyxc_unlikely(x) (x)
#endif
#define PYXC_RT static PYXC_UNUSED

/* Cython's compatibility macros, which user C and `cdef extern from *`
 * declarations test: a pyxc module is always compiled for CPython's full
 * C API. */
#ifndef CYTHON_COMPILING_IN_CPYTHON
#define CYTHON_COMPILING_IN_CPYTHON 1
#endif
#ifndef CYTHON_COMPILING_IN_PYPY
#define CYTHON_COMPILING_IN_PYPY 0
#endif
#ifndef CYTHON_COMPILING_IN_LIMITED_API
#define CYTHON_COMPILING_IN_LIMITED_API 0
#endif
#ifndef CYTHON_COMPILING_IN_GRAAL
#define CYTHON_COMPILING_IN_GRAAL 0
#endif
#ifndef CYTHON_COMPILING_IN_CPYTHON_FREETHREADING
#ifdef Py_GIL_DISABLED
#define CYTHON_COMPILING_IN_CPYTHON_FREETHREADING 1
#else
#define CYTHON_COMPILING_IN_CPYTHON_FREETHREADING 0
#endif
#endif
/* Cython's configuration macros, as a CPython build of Cython 3.3 sets
 * them (code written for Cython picks its code paths by them); a value
 * the user defines wins. */
#ifndef CYTHON_USE_TYPE_SLOTS
#define CYTHON_USE_TYPE_SLOTS 1
#endif
#ifndef CYTHON_USE_TYPE_SPECS
#define CYTHON_USE_TYPE_SPECS 0
#endif
#ifndef CYTHON_USE_PYTYPE_LOOKUP
#define CYTHON_USE_PYTYPE_LOOKUP 1
#endif
#ifndef CYTHON_USE_PYLONG_INTERNALS
#define CYTHON_USE_PYLONG_INTERNALS 1
#endif
#ifndef CYTHON_USE_PYLIST_INTERNALS
#define CYTHON_USE_PYLIST_INTERNALS (!CYTHON_COMPILING_IN_CPYTHON_FREETHREADING)
#endif
#ifndef CYTHON_USE_UNICODE_INTERNALS
#define CYTHON_USE_UNICODE_INTERNALS 1
#endif
#ifndef CYTHON_USE_UNICODE_WRITER
#define CYTHON_USE_UNICODE_WRITER                                                               \
    (!CYTHON_COMPILING_IN_CPYTHON_FREETHREADING && PY_VERSION_HEX < 0x030B00A2)
#endif
#ifndef CYTHON_AVOID_BORROWED_REFS
#define CYTHON_AVOID_BORROWED_REFS 0
#endif
#ifndef CYTHON_AVOID_THREAD_UNSAFE_BORROWED_REFS
#define CYTHON_AVOID_THREAD_UNSAFE_BORROWED_REFS CYTHON_COMPILING_IN_CPYTHON_FREETHREADING
#endif
#ifndef CYTHON_ASSUME_SAFE_MACROS
#define CYTHON_ASSUME_SAFE_MACROS 1
#endif
#ifndef CYTHON_ASSUME_SAFE_SIZE
#define CYTHON_ASSUME_SAFE_SIZE 1
#endif
#ifndef CYTHON_UNPACK_METHODS
#define CYTHON_UNPACK_METHODS 1
#endif
#ifndef CYTHON_FAST_THREAD_STATE
#define CYTHON_FAST_THREAD_STATE 1
#endif
#ifndef CYTHON_FAST_GIL
#define CYTHON_FAST_GIL (!CYTHON_COMPILING_IN_CPYTHON_FREETHREADING && PY_VERSION_HEX < 0x030C00A6)
#endif
#ifndef CYTHON_VECTORCALL
#define CYTHON_VECTORCALL 1
#endif
#ifndef CYTHON_PEP487_INIT_SUBCLASS
#define CYTHON_PEP487_INIT_SUBCLASS 1
#endif
#ifndef CYTHON_PEP489_MULTI_PHASE_INIT
#define CYTHON_PEP489_MULTI_PHASE_INIT 1
#endif
#ifndef CYTHON_USE_MODULE_STATE
#define CYTHON_USE_MODULE_STATE 0
#endif
/* pyxc's profiling reports to the hooks of sys.setprofile, not sys.monitoring. */
#ifndef CYTHON_USE_SYS_MONITORING
#define CYTHON_USE_SYS_MONITORING 0
#endif
#ifndef CYTHON_USE_TP_FINALIZE
#define CYTHON_USE_TP_FINALIZE 1
#endif

/* Newer C-API conveniences the runtime uses, for Python 3.8 and 3.9. */
#if PY_VERSION_HEX < 0x030A0000
static inline PyObject *pyxc_compat_newref(PyObject *o) {
    Py_INCREF(o);
    return o;
}
static inline PyObject *pyxc_compat_xnewref(PyObject *o) {
    Py_XINCREF(o);
    return o;
}
#define Py_NewRef(o) pyxc_compat_newref((PyObject *)(o))
#define Py_XNewRef(o) pyxc_compat_xnewref((PyObject *)(o))
#endif
#if PY_VERSION_HEX < 0x03090000
#define PyObject_CallNoArgs(f) PyObject_CallObject((f), NULL)
#define PyObject_CallOneArg(f, a) PyObject_CallFunctionObjArgs((f), (a), NULL)
#endif

/* A module pastes only the topic files it uses, so most of the declarations
 * below have no definition in a given module. GCC warns about those
 * ("declared 'static' but never defined", -Wunused-function) even with the
 * unused attribute, and it judges that warning by the pragma state at the
 * END of the translation unit (a push/pop around the declarations does not
 * help), so -Wunused-function is switched off for the rest of the module. */
#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wunused-function"
#endif

/* ---- errors.c: tracebacks and common raises ------------------------- */

/* Add a traceback entry naming the .pyx function, file and line to the
 * exception being raised (like PyTraceBack_Here with a synthetic frame). */
PYXC_RT void pyxc_add_traceback(const char *funcname, const char *filename, int lineno);
/* Raise NameError("name 'x' is not defined"). */
PYXC_RT void pyxc_raise_name_error(PyObject *name);
/* Raise UnboundLocalError("local variable 'x' referenced before assignment"). */
PYXC_RT void pyxc_raise_unbound_local(const char *name);
/* For `cdef` functions with `noexcept` (or void returns in nogil code):
 * print the exception as "Exception ignored in: 'module.func'" and clear it. */
PYXC_RT void pyxc_write_unraisable(const char *qualname);
/* Raise exc (class or instance, `raise X` / `raise X from Y`); cause may be NULL. */
PYXC_RT void pyxc_raise(PyObject *exc, PyObject *cause);

/* ---- function.c: function objects of def functions and closures ----- */

/* What a function object reports about its def (one static per def). */
typedef struct {
    const char *name;     /* __name__ */
    const char *qualname; /* __qualname__: "outer.<locals>.inner" */
    const char *filename; /* co_filename of __code__ */
    int firstlineno;
    /* __code__'s parameters: positional, keyword-only, then *args and
     * **kwargs names; flags holds CO_VARARGS / CO_VARKEYWORDS. */
    int argcount, posonlyargcount, kwonlyargcount, flags;
    const char *const *varnames;
    /* __defaults__ (kw = 0, a tuple) or __kwdefaults__ (kw = 1, a dict) as
     * a new reference, from the function's closure tuple; NULL: None. */
    PyObject *(*defaults)(PyObject *closure, int kw);
} pyxc_func_sig;

/* A code object with no bytecode (co_code all zero bytes, line_profiler's
 * mark of a compiled function) for `name` at `filename`:`firstlineno`, with
 * the parameters of `sig` (NULL: none). */
PYXC_RT PyCodeObject *pyxc_code_new(const char *name, const char *filename, int firstlineno,
                                    const pyxc_func_sig *sig);

/* A new function object calling ml's METH_FASTCALL | METH_KEYWORDS wrapper
 * with `closure` (a tuple, or NULL) as its self. */
PYXC_RT PyObject *pyxc_function_new(PyMethodDef *ml, const pyxc_func_sig *sig,
                                    PyObject *closure, PyObject *module, PyObject *globals);

/* ---- args.c: def-function argument parsing (METH_FASTCALL|METH_KEYWORDS) */

/* Fill values[0..nparams) with BORROWED references from the positional args
 * and keyword names, leaving NULL for parameters not given. `kwlist` has
 * nparams names. `npositional` parameters may be given positionally (the rest
 * are keyword-only); the first `nrequired_pos` positional ones are required,
 * and `kwonly_required` is a bit mask (bit i = parameter i) of required
 * keyword-only parameters. With `varargs` non-NULL, extra positional args are
 * returned there as a new tuple; with `varkw` non-NULL, unknown keywords go
 * into a new dict there. Errors are TypeErrors worded as Cython words them:
 *   "f() takes exactly 2 positional arguments (1 given)"
 *   "f() takes at least 1 positional argument (0 given)"
 *   "f() takes at most 2 positional arguments (3 given)"
 *   "f() got an unexpected keyword argument 'z'"
 *   "f() got multiple values for keyword argument 'x'"
 *   "f() needs keyword-only argument k"
 */
PYXC_RT int pyxc_parse_args(const char *funcname, PyObject *const *args, Py_ssize_t nargs,
                            PyObject *kwnames, const char *const *kwlist, Py_ssize_t nparams,
                            Py_ssize_t npositional, Py_ssize_t nrequired_pos,
                            unsigned long long kwonly_required, PyObject **values,
                            PyObject **varargs, PyObject **varkw);
/* Check an argument's type for a typed `def` parameter (`list data`):
 * None passes when none_ok; otherwise TypeError
 * "Argument 'data' has incorrect type (expected list, got tuple)". `exact`
 * requires the exact type (Cython does for builtin types like list). */
PYXC_RT int pyxc_arg_type_test(PyObject *obj, PyTypeObject *type, int none_ok, const char *argname,
                               int exact);
/* TypeError "Argument 'a' must not be None". */
PYXC_RT void pyxc_raise_arg_none(const char *argname);

/* ---- convert.c: Python <-> C numbers -------------------------------- */

/* Python object to C integer, as Cython converts: ints directly, other
 * objects through __index__ (Cython 3 also accepts __int__, so a float
 * truncates); out of range raises OverflowError "value too large to convert
 * to int" / "can't convert negative value to unsigned int"; a non-number
 * raises TypeError. */
PYXC_RT long long pyxc_as_longlong(PyObject *o);
PYXC_RT unsigned long long pyxc_as_ulonglong(PyObject *o);
/* Range-checked narrower conversions (ctype is the C name used in messages). */
PYXC_RT long long pyxc_as_signed(PyObject *o, long long min, long long max, const char *ctype);
PYXC_RT unsigned long long pyxc_as_unsigned(PyObject *o, unsigned long long max, const char *ctype);
/* Py_SSIZE_T goes through __index__ only, as Cython converts it (3.5 is a
 * TypeError). pyxc_as_signed(o, PY_SSIZE_T_MIN, PY_SSIZE_T_MAX, "Py_ssize_t")
 * does the same. */
PYXC_RT Py_ssize_t pyxc_as_ssize_t(PyObject *o);
/* Python object to double (float fast path, then __float__/__index__). */
PYXC_RT double pyxc_as_double(PyObject *o);
PYXC_RT char *pyxc_as_charptr(PyObject *o);
PYXC_RT Py_UCS4 pyxc_as_ucs4(PyObject *o);
/* A `def` argument annotated `x: int`: exact ints pass unchanged (callers
 * check that first); other numbers convert with int() (3.7 -> 3); anything
 * else raises TypeError "Argument 'x' has incorrect type (expected int, got
 * str)", as Cython's annotation typing does. New reference. */
PYXC_RT PyObject *pyxc_int_from_number(PyObject *o, const char *argname);
/* Truth value of an object (-1 on error), with fast paths for bool/None/int. */
PYXC_RT int pyxc_is_true(PyObject *o);

/* ---- pyops.c: Python operations with fast paths ---------------------- */

/* o[i] for a C index, honouring Python's negative indices when wraparound
 * is set; fast paths for exact lists and tuples, then the sequence/mapping
 * protocol. IndexError as Python raises it. New reference. */
PYXC_RT PyObject *pyxc_getitem_int(PyObject *o, Py_ssize_t i, int wraparound, int boundscheck);
/* o[i] = v for a C index (v borrowed). */
PYXC_RT int pyxc_setitem_int(PyObject *o, Py_ssize_t i, PyObject *v, int wraparound, int boundscheck);
/* An exact int's value when it fits a Py_ssize_t: 1, else 0 (never
 * raises). One-digit ints (the usual index) are read without a call. */
PYXC_RT int pyxc_small_index(PyObject *key, Py_ssize_t *out);
/* o[key] for an object key: an exact list or tuple indexed by an exact int
 * that fits a Py_ssize_t takes the C path; everything else (and every
 * error) is PyObject_GetItem's. New reference. */
PYXC_RT PyObject *pyxc_getitem(PyObject *o, PyObject *key);
/* o[key] = v likewise (v borrowed); PyObject_SetItem otherwise. */
PYXC_RT int pyxc_setitem(PyObject *o, PyObject *key, PyObject *v);
/* obj.append(x): list fast path, else a method call. */
PYXC_RT int pyxc_append(PyObject *obj, PyObject *x);
/* len(o) with a clear error for objects without length. */
PYXC_RT Py_ssize_t pyxc_len(PyObject *o);
/* Look a module global up (module dict first, then builtins), raising
 * NameError when neither has it. New reference. */
PYXC_RT PyObject *pyxc_get_global(PyObject *module_dict, PyObject *name);
/* Call obj.name(*args) (args borrowed, nargs of them). New reference. */
PYXC_RT PyObject *pyxc_call_method(PyObject *obj, PyObject *name, PyObject *const *args, size_t nargs);
/* Python's floor division and modulo on C integers (divisor checked by caller). */
PYXC_RT long long pyxc_floordiv_ll(long long a, long long b);
PYXC_RT long long pyxc_mod_ll(long long a, long long b);
PYXC_RT double pyxc_mod_double(double a, double b);
/* `**` on two typed doubles as Cython 3 compiles it when the result is a C
 * double: C pow() (0.0 ** -1.0 is inf, (-8.0) ** (1/3) is nan, no Python
 * exception). */
PYXC_RT double pyxc_pow_double(double a, double b);
/* Raise ZeroDivisionError with the given message. */
PYXC_RT void pyxc_raise_zero_division(const char *msg);

/* ---- memview.c: typed memoryviews over the buffer protocol ----------- */

#define PYXC_MAX_DIMS 8

/* What a memoryview's element type is, for buffer-format checks. */
typedef struct {
    const char *name; /* the element type as declared, shown in errors:
                         "double", "float64_t" (Cython names typedefs) */
    char kind;        /* 'i' signed int, 'u' unsigned int, 'f' float, 'b' bint/bool, 'c' char */
    Py_ssize_t size;  /* sizeof the C type */
    char cast;        /* buffer option cast=True: any format of this item size */
} pyxc_dtype;

/* Layout required of one axis. */
enum {
    PYXC_AXIS_STRIDED = 0, /* ':'  any stride */
    PYXC_AXIS_CONTIG = 1   /* '::1' unit stride (in items) */
};

/* The Python object that owns an acquired buffer (or memory of a copy) and
 * that views share; also the object a memoryview converts to in Python
 * (it exports the buffer, so np.asarray works on it without a copy). */
typedef struct pyxc_memview pyxc_memview;

/* A typed memoryview value: what a `double[:, ::1]` local holds. `mv` is an
 * owned reference (NULL when the variable is unbound or None). */
typedef struct {
    pyxc_memview *mv;
    char *data;
    Py_ssize_t shape[PYXC_MAX_DIMS];
    Py_ssize_t strides[PYXC_MAX_DIMS];
} pyxc_slice;

/* A view variable holding None (see memview.c). */
#define PYXC_SLICE_IS_NONE(s) ((PyObject *)(s)->mv == Py_None)

/* Acquire a view of `obj` as ndim axes of dtype with the given per-axis
 * layout (PYXC_AXIS_*), writable unless `readonly_ok` (a const view).
 * `none_ok` lets None through as an unbound view. On success *out holds a
 * new reference. Errors as Cython raises them (ValueError "Buffer dtype
 * mismatch, expected 'double' but got 'float'", "Buffer has wrong number of
 * dimensions (expected 1, got 2)", "ndarray is not C-contiguous" /
 * "Buffer not C contiguous.", "buffer source array is read-only"; TypeError
 * for objects without the buffer protocol). */
PYXC_RT int pyxc_slice_from_object(PyObject *obj, pyxc_slice *out, int ndim, const pyxc_dtype *dtype,
                                   const unsigned char *axes, int readonly_ok, int none_ok);
/* A memoryview value as a Python object (new reference); None when unbound. */
PYXC_RT PyObject *pyxc_slice_to_object(const pyxc_slice *s, int ndim, const pyxc_dtype *dtype);
/* Drop the reference a slice holds and mark it unbound. */
PYXC_RT void pyxc_slice_clear(pyxc_slice *s);
/* dst = src (dst's old reference released, src's one taken). */
PYXC_RT void pyxc_slice_assign(pyxc_slice *dst, const pyxc_slice *src);
/* A fresh C-contiguous (or Fortran when `fortran`) copy of s: `.copy()`. */
PYXC_RT int pyxc_slice_copy(const pyxc_slice *s, pyxc_slice *out, int ndim, const pyxc_dtype *dtype,
                            int fortran);
/* `<double[:n, :m]>ptr`: a C-contiguous (Fortran with `fortran`) view of
 * memory the caller owns and keeps alive. ValueError as Cython's: "Cannot
 * create cython.array from NULL pointer", "Invalid shape in axis 0: 0." */
PYXC_RT int pyxc_slice_from_ptr(void *data, int ndim, const Py_ssize_t *shape, int fortran,
                                const pyxc_dtype *dtype, pyxc_slice *out);
/* Check that a view's layout holds for `axes` (used when assigning a view
 * to a variable with stricter layout): ValueError as Cython's. */
PYXC_RT int pyxc_slice_check_layout(const pyxc_slice *s, int ndim, const unsigned char *axes);
/* dst[...] = src element-wise for equal shapes, a source axis of extent 1
 * broadcast as Cython does (ValueError for other differing extents). */
PYXC_RT int pyxc_slice_copy_into(const pyxc_slice *src, const pyxc_slice *dst, int ndim, Py_ssize_t itemsize);
/* IndexError "Out of bounds on buffer access (axis N)". Takes the GIL
 * itself (PyGILState_Ensure), so `nogil` code may call it. */
PYXC_RT void pyxc_raise_bounds(int axis);
/* TypeError "Cannot WHAT None memoryview slice" (nonecheck; WHAT is
 * "index" or "slice"). Takes the GIL itself, so `nogil` code may call it. */
PYXC_RT void pyxc_raise_none_view(const char *what);
/* AttributeError "Cannot access 'ATTR' attribute of None memoryview slice"
 * (nonecheck). Takes the GIL itself. */
PYXC_RT void pyxc_raise_none_view_attr(const char *attr);
/* AttributeError "'NoneType' object has no attribute 'size'": .size,
 * .nbytes, .ndim and .itemsize of a None view, whatever the directives
 * (takes the GIL itself). */
PYXC_RT void pyxc_raise_none_view_pyattr(const char *attr);
/* Normalise a Python slice start:stop:step over an axis of length `len`
 * the way memoryview slicing does; writes the new length. Cython's rules,
 * quirk included: a negative stop clamps to 0 even for a negative step.
 * The caller rejects step 0 first: ValueError "Step may not be zero (axis 0)". */
PYXC_RT void pyxc_slice_bounds(Py_ssize_t len, Py_ssize_t *start, Py_ssize_t *stop, Py_ssize_t step,
                               int has_start, int has_stop, Py_ssize_t *newlen);
/* UnboundLocalError/AttributeError for an unbound memoryview. */
PYXC_RT void pyxc_raise_unbound_view(const char *name);

#endif /* PYXC_RT_H */
