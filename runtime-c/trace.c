/* trace.c: `profile=True` and `linetrace=True` (pasted only by modules that
 * enable one of them).
 *
 * Depends on: nothing but pyxc_rt.h.
 *
 * A traced function owns a code object (its .pyx file, its def line and its
 * name, cached in a static of the function) and, on entry, when a profiler
 * (sys.setprofile, cProfile) or a trace function (sys.settrace, coverage.py,
 * line_profiler) is set for the thread, a frame made for the call. The
 * thread's C-level hooks (tstate->c_profilefunc / c_tracefunc) are called
 * as the interpreter calls them for Python code: CALL on entry, LINE before
 * each statement, EXCEPTION and RETURN on exit. With no hook set, entry
 * costs one test and each statement a NULL test.
 *
 * An exception pending when a hook runs is kept across the call. A hook
 * that raises is reported as unraisable and the hooks are removed from the
 * thread (as Python removes a failing trace function); the traced code
 * goes on.
 *
 * Python 3.11 and later: the frame's f_lineno is set through the leading
 * fields of PyFrameObject (the same in 3.11 to 3.14). In 3.12+, cProfile
 * and coverage's sysmon core use sys.monitoring, which C code cannot feed
 * this way; the legacy sys.setprofile/sys.settrace hooks still get the
 * events. Before 3.11 tracing is compiled out.
 */
#include "pyxc_rt.h"

#include <frameobject.h> /* PyFrame_New */

/* @unit PYXC_TRACE_PROFILE */
#define PYXC_TRACE_PROFILE 1
/* @unit PYXC_TRACE_LINES */
#define PYXC_TRACE_LINES 2
/* @unit pyxc_trace_frame_head */
#if PY_VERSION_HEX >= 0x030B0000
/* The leading fields of CPython's (opaque) frame object. */
typedef struct {
    PyObject_HEAD
    PyFrameObject *f_back;
    void *f_frame;
    PyObject *f_trace;
    int f_lineno;
    char f_trace_lines;
    char f_trace_opcodes;
} pyxc_trace_frame_head;
#endif
/* @unit pyxc_trace_globals */
static PYXC_UNUSED PyObject *pyxc_trace_globals;
/* @unit pyxc_trace_emit requires PYXC_TRACE_PROFILE PYXC_TRACE_LINES pyxc_trace_frame_head */
#if PY_VERSION_HEX >= 0x030B0000
/* Call the thread's hooks that `flags` selects with one event. */
PYXC_RT void pyxc_trace_emit(PyFrameObject *frame, int flags, int what, PyObject *arg) {
    PyThreadState *ts = PyThreadState_Get();
    PyObject *et, *ev, *etb;
    int failed = 0;
    if (ts->tracing) {
        return;
    }
    PyErr_Fetch(&et, &ev, &etb);
    PyThreadState_EnterTracing(ts);
    if ((flags & PYXC_TRACE_PROFILE) && ts->c_profilefunc && what != PyTrace_LINE &&
        what != PyTrace_EXCEPTION) {
        failed |= ts->c_profilefunc(ts->c_profileobj, frame, what, arg) != 0;
    }
    if (!failed && (flags & PYXC_TRACE_LINES) && ts->c_tracefunc &&
        (what != PyTrace_LINE || ((pyxc_trace_frame_head *)frame)->f_trace_lines)) {
        failed |= ts->c_tracefunc(ts->c_traceobj, frame, what, arg) != 0;
    }
    PyThreadState_LeaveTracing(ts);
    if (failed) {
        PyErr_WriteUnraisable((PyObject *)frame);
        PyEval_SetProfile(NULL, NULL);
        PyEval_SetTrace(NULL, NULL);
    }
    PyErr_Restore(et, ev, etb);
}
#endif
/* @unit pyxc_trace_call requires PYXC_TRACE_LINES PYXC_TRACE_PROFILE pyxc_trace_emit pyxc_trace_frame_head pyxc_trace_globals pyxc_code_new */
/* On entry: NULL when no hook `flags` selects is set (nothing more is
 * done for this call), else a new frame for it, CALL reported. The frame's
 * code object equals the function object's `__code__` (built from the same
 * `sig`; NULL for a cdef function). */
PYXC_RT PyFrameObject *pyxc_trace_call(PyCodeObject **code, const pyxc_func_sig *sig,
                                      const char *funcname, const char *filename, int line,
                                      int flags) {
#if PY_VERSION_HEX >= 0x030B0000
    PyThreadState *ts = PyThreadState_Get();
    PyFrameObject *frame;
    if (!(((flags & PYXC_TRACE_PROFILE) && ts->c_profilefunc) ||
          ((flags & PYXC_TRACE_LINES) && ts->c_tracefunc)) ||
        ts->tracing) {
        return NULL;
    }
    if (!pyxc_trace_globals) {
        pyxc_trace_globals = PyDict_New();
    }
    if (!*code) {
        *code = pyxc_code_new(funcname, filename, line, sig);
    }
    frame = (*code && pyxc_trace_globals)
                ? PyFrame_New(ts, *code, pyxc_trace_globals, NULL)
                : NULL;
    if (!frame) {
        PyErr_Clear();
        return NULL;
    }
    ((pyxc_trace_frame_head *)frame)->f_lineno = line;
    pyxc_trace_emit(frame, flags, PyTrace_CALL, Py_None);
    return frame;
#else
    (void)code;
    (void)sig;
    (void)funcname;
    (void)filename;
    (void)line;
    (void)flags;
    return NULL;
#endif
}
/* @unit pyxc_trace_line requires pyxc_trace_emit pyxc_trace_frame_head */
/* Before a statement of `line` (frame not NULL). */
PYXC_RT void pyxc_trace_line(PyFrameObject *frame, int line, int flags) {
#if PY_VERSION_HEX >= 0x030B0000
    ((pyxc_trace_frame_head *)frame)->f_lineno = line;
    pyxc_trace_emit(frame, flags, PyTrace_LINE, Py_None);
#else
    (void)frame;
    (void)line;
    (void)flags;
#endif
}
/* @unit pyxc_trace_return requires PYXC_TRACE_LINES pyxc_trace_emit */
/* On exit (frame may be NULL): EXCEPTION then RETURN of None when an
 * exception is leaving the function, else RETURN; the frame released. */
PYXC_RT void pyxc_trace_return(PyFrameObject *frame, int flags) {
#if PY_VERSION_HEX >= 0x030B0000
    if (!frame) {
        return;
    }
    if (PyErr_Occurred()) {
        PyObject *et, *ev, *etb, *info;
        PyErr_Fetch(&et, &ev, &etb);
        PyErr_NormalizeException(&et, &ev, &etb);
        info = PyTuple_Pack(3, et ? et : Py_None, ev ? ev : Py_None, etb ? etb : Py_None);
        PyErr_Restore(et, ev, etb);
        if (info) {
            pyxc_trace_emit(frame, flags & PYXC_TRACE_LINES, PyTrace_EXCEPTION, info);
            Py_DECREF(info);
        } else {
            PyErr_Clear();
        }
        pyxc_trace_emit(frame, flags, PyTrace_RETURN, NULL);
    } else {
        pyxc_trace_emit(frame, flags, PyTrace_RETURN, Py_None);
    }
    Py_DECREF(frame);
#else
    (void)frame;
    (void)flags;
#endif
}
