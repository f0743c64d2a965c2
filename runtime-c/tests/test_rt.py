"""Exercise rt_testmod (the runtime pasted into a hand-written module).

Run by crates/pyxc_driver/tests/runtime_c.rs as `python test_rt.py DIR` with
the built module in DIR. Expected messages are Cython 3.3.1's, observed on
the same cases (see the topic files' header comments). Prints one line per
group and "ALL OK" at the end; any mismatch raises.
"""
import array
import ctypes
import decimal
import fractions
import io
import subprocess
import sys
import traceback

sys.path.insert(0, sys.argv[1])
import rt_testmod as rt  # noqa: E402

failures = []


def check(expr, expected, env=None):
    """expected: a value, or (ExceptionType, "message")."""
    scope = dict(globals())
    scope.update(env or {})
    try:
        got = eval(expr, scope)
    except BaseException as e:  # noqa: BLE001
        got_exc = (type(e), str(e))
        if isinstance(expected, tuple) and len(expected) == 2 and isinstance(expected[0], type) \
                and issubclass(expected[0], BaseException):
            if got_exc != expected:
                failures.append(f"{expr}: raised {got_exc[0].__name__}: {got_exc[1]!r}, "
                                f"expected {expected[0].__name__}: {expected[1]!r}")
        else:
            failures.append(f"{expr}: raised {got_exc[0].__name__}: {got_exc[1]!r}, expected {expected!r}")
        return
    if isinstance(expected, tuple) and len(expected) == 2 and isinstance(expected[0], type) \
            and issubclass(expected[0], BaseException):
        failures.append(f"{expr}: returned {got!r}, expected {expected[0].__name__}: {expected[1]!r}")
    elif got != expected or type(got) is not type(expected):
        failures.append(f"{expr}: returned {got!r}, expected {expected!r}")


def group(name):
    print(f"-- {name}")


TE, OE, VE, IE, BE = TypeError, OverflowError, ValueError, IndexError, BufferError

group("argument parsing")
for expr, exp in [
    ("rt.f2(1, 2)", (1, 2)),
    ("rt.f2(1, b=2)", (1, 2)),
    ("rt.f2(b=2, a=1)", (1, 2)),
    ("rt.f2(1)", (TE, "f2() takes exactly 2 positional arguments (1 given)")),
    ("rt.f2(1, 2, 3)", (TE, "f2() takes exactly 2 positional arguments (3 given)")),
    ("rt.f2()", (TE, "f2() takes exactly 2 positional arguments (0 given)")),
    ("rt.f2(1, b=2, c=3)", (TE, "f2() got an unexpected keyword argument 'c'")),
    ("rt.f2(1, a=2)", (TE, "f2() got multiple values for keyword argument 'a'")),
    ("rt.f2(1, 2, a=3)", (TE, "f2() got multiple values for keyword argument 'a'")),
    ("rt.f2(b=1)", (TE, "f2() takes exactly 2 positional arguments (0 given)")),
    ("rt.f2(a=1)", (TE, "f2() takes exactly 2 positional arguments (1 given)")),
    ("rt.f2(1, c=3)", (TE, "f2() got an unexpected keyword argument 'c'")),
    ("rt.f2(1, a=1, c=3)", (TE, "f2() got multiple values for keyword argument 'a'")),
    ("rt.f2(1, c=3, a=1)", (TE, "f2() got an unexpected keyword argument 'c'")),
    ("rt.f2(c=3)", (TE, "f2() got an unexpected keyword argument 'c'")),
    ("rt.f2(1, 2, 3, c=1)", (TE, "f2() takes exactly 2 positional arguments (3 given)")),
    ("rt.f_opt(5)", (5, None)),
    ("rt.f_opt()", (TE, "f_opt() takes at least 1 positional argument (0 given)")),
    ("rt.f_opt(1, 2, 3)", (TE, "f_opt() takes at most 2 positional arguments (3 given)")),
    ("rt.f_opt(1, 2, b=3)", (TE, "f_opt() got multiple values for keyword argument 'b'")),
    ("rt.f_opt(b=2)", (TE, "f_opt() takes at least 1 positional argument (0 given)")),
    ("rt.f_kw(1, k=2)", (1, 2)),
    ("rt.f_kw(a=1, k=2)", (1, 2)),
    ("rt.f_kw(1)", (TE, "f_kw() needs keyword-only argument k")),
    ("rt.f_kw(1, 2)", (TE, "f_kw() takes exactly 1 positional argument (2 given)")),
    ("rt.f_kw()", (TE, "f_kw() takes exactly 1 positional argument (0 given)")),
    ("rt.f_kw(1, c=2)", (TE, "f_kw() got an unexpected keyword argument 'c'")),
    ("rt.f_kw(1, k=2, k2=3)", (TE, "f_kw() got an unexpected keyword argument 'k2'")),
    ("rt.f_kw(k=2)", (TE, "f_kw() takes exactly 1 positional argument (0 given)")),
    ("rt.f_var()", (TE, "f_var() takes at least 1 positional argument (0 given)")),
    ("rt.f_var(1, 2, 3, x=4)", (1, (2, 3), {"x": 4})),
    ("rt.f_var(a=2)", (2, (), {})),
    ("rt.f_var(1, a=2)", (TE, "f_var() got multiple values for keyword argument 'a'")),
    ("rt.f_none()", 1),
    ("rt.f_none(1)", (TE, "f_none() takes no arguments (1 given)")),
    ("rt.f_none(x=1)", (TE, "f_none() takes no keyword arguments")),
    ("rt.f_none(1, x=1)", (TE, "f_none() takes no keyword arguments")),
    ("rt.typed_list([1])", [1]),
    ("rt.typed_list(None)", None),
    ("rt.typed_list((1,))", (TE, "Argument 'data' has incorrect type (expected list, got tuple)")),
    ("rt.typed_list(type('L', (list,), {})())", (TE, "Argument 'data' has incorrect type (expected list, got L)")),
    ("rt.notnone(None)", (TE, "Argument 'data' has incorrect type (expected list, got NoneType)")),
    ("rt.arg_none(None)", (TE, "Argument 'a' must not be None")),
]:
    check(expr, exp)


class Idx:
    def __index__(self):
        return 5


class Int:
    def __int__(self):
        return 6


class Flt:
    def __float__(self):
        return 2.5


group("conversions")
D = decimal.Decimal
for expr, exp in [
    ("rt.to_int(7)", 7),
    ("rt.to_int(True)", 1),
    ("rt.to_int(2**40)", (OE, "value too large to convert to int")),
    ("rt.to_int(-2**40)", (OE, "value too large to convert to int")),
    ("rt.to_int(2**31)", (OE, "value too large to convert to int")),
    ("rt.to_int(2**62)", (OE, "value too large to convert to int")),
    ("rt.to_int(2**100)", (OE, "Python int too large to convert to C long")),
    ("rt.to_int('3')", (TE, "an integer is required")),
    ("rt.to_int(None)", (TE, "an integer is required")),
    ("rt.to_int([1])", (TE, "an integer is required")),
    ("rt.to_int(Idx())", (TE, "an integer is required")),
    ("rt.to_int(Int())", 6),
    ("rt.to_int(3.7)", 3),
    ("rt.to_int(-3.7)", -3),
    ("rt.to_int(D('3.7'))", 3),
    # Fraction has __int__ from Python 3.11 on
    ("rt.to_int(fractions.Fraction(7, 2))",
     3 if hasattr(fractions.Fraction, "__int__") else (TE, "an integer is required")),
    ("rt.to_int(float('nan'))", (VE, "cannot convert float NaN to integer")),
    ("rt.to_int(float('inf'))", (OE, "cannot convert float infinity to integer")),
    ("rt.to_int(1e10)", (OE, "value too large to convert to int")),
    ("rt.to_uint(-1)", (OE, "can't convert negative value to unsigned int")),
    ("rt.to_uint(2**32)", (OE, "value too large to convert to unsigned int")),
    ("rt.to_uint(2**40)", (OE, "value too large to convert to unsigned int")),
    ("rt.to_uint(-2**100)", (OE, "can't convert negative value to unsigned int")),
    ("rt.to_uint(2**100)", (OE, "Python int too large to convert to C unsigned long")),
    ("rt.to_uint(3.5)", 3),
    ("rt.to_uint(-0.5)", 0),
    ("rt.to_uint(-1.5)", (OE, "can't convert negative value to unsigned int")),
    ("rt.to_ll(2**63)", (OE, "Python int too large to convert to C long")),
    ("rt.to_ll(-2**63 - 1)", (OE, "Python int too large to convert to C long")),
    ("rt.to_ll(-2**63)", -2**63),
    ("rt.to_ll(3.5)", 3),
    ("rt.to_ull(-1)", (OE, "can't convert negative value to unsigned PY_LONG_LONG")),
    ("rt.to_ull(2**64)", (OE, "Python int too large to convert to C unsigned long")),
    ("rt.to_ull(2**64 - 1)", 2**64 - 1),
    ("rt.to_ull(-1.5)", (OE, "can't convert negative value to unsigned PY_LONG_LONG")),
    ("rt.to_char(200)", (OE, "value too large to convert to signed char")),
    ("rt.to_char(-200)", (OE, "value too large to convert to signed char")),
    ("rt.to_char(2**62)", (OE, "value too large to convert to signed char")),
    ("rt.to_char(300.0)", (OE, "value too large to convert to signed char")),
    ("rt.to_char(b'x')", (TE, "an integer is required")),
    ("rt.to_uchar(256)", (OE, "value too large to convert to unsigned char")),
    ("rt.to_uchar(-1)", (OE, "can't convert negative value to unsigned char")),
    ("rt.to_short(40000)", (OE, "value too large to convert to short")),
    ("rt.to_ushort(-1)", (OE, "can't convert negative value to unsigned short")),
    ("rt.to_ushort(70000)", (OE, "value too large to convert to unsigned short")),
    ("rt.to_ushort(-2**62)", (OE, "can't convert negative value to unsigned short")),
    ("rt.to_long(2**64)", (OE, "Python int too large to convert to C long")),
    ("rt.to_long(Int())", 6),
    ("rt.to_ulong(-1)", (OE, "can't convert negative value to unsigned long")),
    ("rt.to_ulong(2**100)", (OE, "Python int too large to convert to C unsigned long")),
    ("rt.to_size(-1)", (OE, "can't convert negative value to size_t")),
    ("rt.to_size(2**64)", (OE, "Python int too large to convert to C unsigned long")),
    ("rt.to_size(3.5)", 3),
    ("rt.to_size(Idx())", (TE, "an integer is required")),
    ("rt.to_ssize(2**63)", (OE, "Python int too large to convert to C ssize_t")),
    ("rt.to_ssize(-2**100)", (OE, "Python int too large to convert to C ssize_t")),
    ("rt.to_ssize(3.5)", (TE, "'float' object cannot be interpreted as an integer")),
    ("rt.to_ssize('x')", (TE, "'str' object cannot be interpreted as an integer")),
    ("rt.to_ssize(None)", (TE, "'NoneType' object cannot be interpreted as an integer")),
    ("rt.to_ssize(Idx())", 5),
    ("rt.to_ssize(Int())", (TE, "'Int' object cannot be interpreted as an integer")),
    ("rt.to_ssize_signed(3.5)", (TE, "'float' object cannot be interpreted as an integer")),
    ("rt.to_ssize_signed(2**63)", (OE, "Python int too large to convert to C ssize_t")),
    ("rt.to_double(3)", 3.0),
    ("rt.to_double(True)", 1.0),
    ("rt.to_double('3')", (TE, "must be real number, not str")),
    ("rt.to_double(None)", (TE, "must be real number, not NoneType")),
    ("rt.to_double(2**1100)", (OE, "int too large to convert to float")),
    ("rt.to_double(Idx())", 5.0),
    ("rt.to_double(Flt())", 2.5),
    ("rt.to_double(Int())", (TE, "must be real number, not Int")),
    ("rt.to_double(D('1.5'))", 1.5),
    ("rt.is_true(None)", False),
    ("rt.is_true([])", False),
    ("rt.is_true('x')", True),
    ("rt.is_true(0)", False),
    ("rt.is_true(-5)", True),
    ("rt.is_true(0.0)", False),
    ("rt.is_true(())", False),
]:
    check(expr, exp, {"D": D})

group("python operations")
lst = [1, 2]
for expr, exp in [
    ("rt.getitem([1, 2], 5, True, True)", (IE, "list index out of range")),
    ("rt.getitem([1, 2], -3, True, True)", (IE, "list index out of range")),
    ("rt.getitem([1, 2], -1, True, True)", 2),
    ("rt.getitem([1, 2], -1, False, True)", 2),
    ("rt.getitem((1, 2), 5, True, True)", (IE, "tuple index out of range")),
    ("rt.getitem((1, 2), 1, True, True)", 2),
    ("rt.getitem('ab', 5, True, True)", (IE, "string index out of range")),
    ("rt.getitem('ab', -1, True, True)", "b"),
    ("rt.getitem({}, 5, True, True)", (KeyError, "5")),
    ("rt.getitem({5: 'x'}, 5, True, True)", "x"),
    ("rt.getitem(3, 5, True, True)", (TE, "'int' object is not subscriptable")),
    ("rt.getitem(range(10), -2, True, True)", 8),
    ("rt.setitem([1, 2], 5, 0)", (IE, "list assignment index out of range")),
    ("rt.setitem((1, 2), 0, 0)", (TE, "'tuple' object does not support item assignment")),
    ("rt.setitem(lst, -1, 9) or lst", [1, 9]),
    ("rt.append(lst, 3) or lst", [1, 9, 3]),
    ("rt.append(3, 3)", (AttributeError, "'int' object has no attribute 'append'")),
    ("rt.len(3)", (TE, "object of type 'int' has no len()")),
    ("rt.len(None)", (TE, "object of type 'NoneType' has no len()")),
    ("rt.len([1, 2, 3])", 3),
    ("rt.len('abcd')", 4),
    ("rt.get_global('some_global')", 7),
    ("rt.get_global('abs') is abs", True),
    ("rt.get_global('len') is rt.len", True),  # module globals first
    ("rt.get_global('undefined_name_xyz')", (NameError, "name 'undefined_name_xyz' is not defined")),
    ("rt.call_method('a-b', 'split', '-')", ["a", "b"]),
    ("rt.call_method([3, 1, 2], 'index', 2)", 2),
    ("rt.call_method('x', 'nope')", (AttributeError, "'str' object has no attribute 'nope'")),
    ("rt.call_method(' x ', 'strip')", "x"),
    ("rt.arith('floordiv', 7, 0)", (ZeroDivisionError, "integer division or modulo by zero")),
    ("rt.arith('floordiv', -7, 2)", -4),
    ("rt.arith('floordiv', 7, -2)", -4),
    ("rt.arith('floordiv', -2**63, -1)", -2**63),
    ("rt.arith('mod', -7, 2)", 1),
    ("rt.arith('mod', 7, -2)", -1),
    ("rt.arith('mod', -2**63, -1)", 0),
    ("rt.arith('modd', -7.0, 2.0)", 1.0),
    ("rt.arith('modd', 7.0, 0.0)", (ZeroDivisionError, "float divmod()")),
    ("str(rt.arith('modd', -0.0, 2.0))", "0.0"),
    ("rt.arith('powd', 0.0, -1.0)", float("inf")),
    ("str(rt.arith('powd', -8.0, 1 / 3))", "nan"),
    ("rt.arith('powd', 10.0, 400.0)", float("inf")),
    ("rt.arith('powd', 2.0, 10.0)", 1024.0),
]:
    check(expr, exp, {"lst": lst})

group("errors and tracebacks")
try:
    rt.raiser(2)
except ValueError:
    tb = traceback.format_exc()
    want = ['  File "rolling.pyx", line 22, in rt_testmod.outer',
            '  File "rolling.pyx", line 12, in rt_testmod.inner',
            'ValueError: boom']
    lines = tb.splitlines()
    if lines[-3:] != want:
        failures.append("traceback:\n" + tb)
else:
    failures.append("raiser did not raise")
# the code-object cache must not confuse lines
for _ in range(3):
    try:
        rt.raiser(3)
    except ValueError as e:
        entries = [(f.filename, f.lineno, f.name) for f in traceback.extract_tb(e.__traceback__)][1:]
        if entries != [("rolling.pyx", 23, "rt_testmod.outer"), ("rolling.pyx", 22, "rt_testmod.outer"),
                       ("rolling.pyx", 12, "rt_testmod.inner")]:
            failures.append(f"traceback entries {entries}")
for expr, exp in [
    ("rt.do_raise(ValueError)", (VE, "")),
    ("rt.do_raise(ValueError('v'))", (VE, "v")),
    ("rt.do_raise(3)", (TE, "raise: exception class must be a subclass of BaseException")),
    ("rt.do_raise(ValueError, 3)", (TE, "exception causes must derive from BaseException")),
    ("rt.name_error('zz')", (NameError, "name 'zz' is not defined")),
    ("rt.unbound_local(None)", (UnboundLocalError, "local variable 'y' referenced before assignment")),
    ("rt.unbound_view(None)", (UnboundLocalError, "local variable 'a' referenced before assignment")),
]:
    check(expr, exp)
try:
    rt.do_raise(ValueError, KeyError("k"))
except ValueError as e:
    if not (isinstance(e.__cause__, KeyError) and e.__suppress_context__):
        failures.append(f"raise from: cause {e.__cause__!r}")
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        rt.do_raise(ValueError, None)
except ValueError as e:
    if e.__cause__ is not None or not e.__suppress_context__ or not isinstance(e.__context__, KeyError):
        failures.append("raise from None")
proc = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                       "import rt_testmod; print(rt_testmod.unraisable(None))", sys.argv[1]],
                      capture_output=True, text=True)
if proc.stdout.strip() != "0" or "Exception ignored in: 'rt_testmod.cnoexc'" not in proc.stderr \
        or "ValueError: x" not in proc.stderr:
    failures.append(f"unraisable: {proc.stdout!r} {proc.stderr!r}")

group("memoryviews without numpy")
ba = bytearray(8 * 6)
mv_d = memoryview(ba).cast("d")
for expr, exp in [
    ("rt.view([1.0, 2.0], 'double', 's')", (TE, "a bytes-like object is required, not 'list'")),
    ("rt.view((1.0,), 'double', 's')", (TE, "a bytes-like object is required, not 'tuple'")),
    ("rt.view(3, 'double', 's')", (TE, "a bytes-like object is required, not 'int'")),
    ("rt.view(None, 'double', 's', False, True)", None),
    ("rt.view(b'abc', 'double', 's')", (BE, "Object is not writable.")),
    ("rt.view(b'abc', 'char', 's')", (BE, "Object is not writable.")),
    ("rt.view(b'abc', 'char', 's', True).shape", (3,)),
    ("rt.view(bytearray(b'abc'), 'char', 's').shape", (3,)),
    ("rt.view(bytearray(b'abc'), 'unsigned char', 's').shape", (3,)),
    ("rt.view(bytearray(b'abc'), 'signed char', 's')",
     (VE, "Buffer dtype mismatch, expected 'signed char' but got 'unsigned char'")),
    ("rt.view(array.array('d', [1, 2]), 'double', 's').shape", (2,)),
    ("rt.view(array.array('l', [1, 2]), 'long', 's').shape", (2,)),
    ("rt.view(array.array('q', [1, 2]), 'long', 's').shape", (2,)),
    ("rt.view(array.array('l', [1, 2]), 'long long', 's').shape", (2,)),
    ("rt.view(array.array('d', [1, 2]), 'float', 's')",
     (VE, "Buffer dtype mismatch, expected 'float' but got 'double'")),
    ("rt.view(array.array('i', [1, 2]), 'long', 's')",
     (VE, "Buffer dtype mismatch, expected 'long' but got 'int'")),
    ("rt.view(array.array('I', [1, 2]), 'int', 's')",
     (VE, "Buffer dtype mismatch, expected 'int' but got 'unsigned int'")),
    ("rt.view(array.array('d', [1, 2]), 'double', 'ss')",
     (VE, "Buffer has wrong number of dimensions (expected 2, got 1)")),
    ("rt.view(mv_d, 'double', 's').shape", (6,)),
    ("rt.view(mv_d[::2], 'double', 's').strides", (16,)),
    ("rt.view(mv_d[::2], 'double', 'c')", (BE, "memoryview: underlying buffer is not C-contiguous")),
    ("rt.view(memoryview(bytearray(72)).cast('d', (3, 3)), 'double', 'sc').shape", (3, 3)),
    ("rt.view((ctypes.c_double * 3)(), 'double', 's').shape", (3,)),
    ("rt.view((ctypes.c_double.__ctype_be__ * 3)(), 'double', 's')",
     (VE, "Big-endian buffer not supported on little-endian compiler")),
    ("rt.view((ctypes.c_long * 3)(), 'long', 's').shape", (3,)),
    ("rt.view((ctypes.c_long * 3)(), 'long long', 's').shape", (3,)),
    ("rt.view((ctypes.c_int * 3)(), 'int', 's').shape", (3,)),
    ("rt.view((ctypes.c_long * 3)(), 'int', 's')",
     (VE, "Buffer dtype mismatch, expected 'int' but got 'long long'")),
    ("rt.view((ctypes.c_bool * 3)(), 'bint', 's')",
     (VE, "Buffer dtype mismatch, expected 'bint' but got 'bool'")),
    ("rt.view((ctypes.c_bool * 3)(), 'unsigned char', 's').shape", (3,)),
    ("rt.view((ctypes.c_bool * 3)(), 'char', 's').shape", (3,)),
    ("rt.view((ctypes.c_byte * 3)(), 'char', 's').shape", (3,)),
    ("rt.view((ctypes.c_char * 3)(), 'signed char', 's').shape", (3,)),
    ("rt.view((ctypes.c_int * 3)(), 'bint', 's').shape", (3,)),
    ("str(rt.view(mv_d, 'double', 's'))", "<MemoryView of 'memoryview' object>"),
    ("type(rt.view(mv_d, 'double', 's')).__name__", "_memoryviewslice"),
    ("rt.sum1(array.array('d', [1, 2, 3.5]))", 6.5),
    ("rt.index1(array.array('d', [1, 2, 3.5]), -1)", 3.5),
    ("rt.index1(array.array('d', [1, 2, 3.5]), 3)", (IE, "Out of bounds on buffer access (axis 0)")),
    ("rt.index1(array.array('d', [1, 2, 3.5]), -4)", (IE, "Out of bounds on buffer access (axis 0)")),
]:
    check(expr, exp, {"mv_d": mv_d})

# Python-level view object: shape, len, items, slicing, round trip, writes.
a = array.array("d", [0.0, 1.0, 2.0, 3.0, 4.0])
v = rt.view(a, "double", "s")
for expr, exp in [
    ("v.shape", (5,)), ("v.ndim", 1), ("len(v)", 5), ("v[1]", 1.0), ("v[-1]", 4.0),
    ("v[5]", (IE, "Out of bounds on buffer access (axis 0)")),
    ("list(v)", [0.0, 1.0, 2.0, 3.0, 4.0]),
    ("list(v[::2])", [0.0, 2.0, 4.0]),
    ("list(v[::-1])", [4.0, 3.0, 2.0, 1.0, 0.0]),
    ("v.itemsize", 8), ("v.nbytes", 40), ("v.base is a", True),
    ("memoryview(v).tolist()", [0.0, 1.0, 2.0, 3.0, 4.0]),
    ("memoryview(v).format", "d"),
    ("list(rt.slice1(a, 1, 3, None))", [1.0, 2.0]),
    ("list(rt.slice1(a, None, None, -1))", [4.0, 3.0, 2.0, 1.0, 0.0]),
    ("list(rt.slice1(a, 3, None, -1))", [3.0, 2.0, 1.0, 0.0]),
    ("list(rt.slice1(a, -2, None, None))", [3.0, 4.0]),
    ("list(rt.slice1(a, 10, 20, None))", []),
    ("list(rt.slice1(a, 4, -10, -1))", [4.0, 3.0, 2.0, 1.0]),  # Cython clamps stop to 0
    ("list(rt.slice1(a, -10, None, -1))", [0.0]),  # Cython: [0.0]; Python: []
    ("list(rt.slice1(a, 10, None, -1))", [4.0, 3.0, 2.0, 1.0, 0.0]),
    ("list(rt.slice1(a, 3, 0, -1))", [3.0, 2.0, 1.0]),
    ("list(rt.slice1(a, 2, 2, None))", []),
    ("rt.slice1(a, 1, 3, None).strides", (8,)),
    ("rt.slice1(a, None, None, 2).strides", (16,)),
    ("list(rt.copy(rt.slice1(a, None, None, -2), 1, False))", [4.0, 2.0, 0.0]),
    ("rt.copy(rt.slice1(a, None, None, -2), 1, False).strides", (8,)),
    ("rt.check_layout(a, 's', 'c')", True),
    ("rt.check_layout(rt.slice1(a, None, None, 2), 's', 'c')",
     (VE, "Buffer and memoryview are not contiguous in the same dimension.")),
    ("rt.view(rt.slice1(a, None, None, 2), 'double', 'c')",
     (VE, "Buffer and memoryview are not contiguous in the same dimension.")),
    ("rt.view(rt.slice1(a, None, None, 2), 'float', 's')",
     (VE, "Buffer dtype mismatch, expected 'float' but got 'double'")),
    ("rt.view(rt.slice1(a, None, None, 2), 'double', 'ss')",
     (VE, "Buffer has wrong number of dimensions (expected 2, got 1)")),
    ("rt.copy_into(array.array('d', [0.0] * 3), array.array('d', [0.0] * 4))",
     (VE, "got differing extents in dimension 0 (got 3 and 4)")),
    ("rt.fill_nogil(array.array('d', [0.0] * 3), 1.0, 3)", (IE, "Out of bounds on buffer access (axis 0)")),
]:
    check(expr, exp, {"v": v, "a": a})
v[2] = 20.0
if a[2] != 20.0:
    failures.append("write through the view object did not reach the array")
memoryview(v)[3] = 30.0
if a[3] != 30.0:
    failures.append("write through memoryview(view) did not reach the array")
b = array.array("d", [9.0] * 5)
rt.copy_into(b, a)
if list(b) != list(a):
    failures.append(f"copy_into: {b}")
# overlapping copy: a[1:] = a[:-1]
a2 = array.array("d", [0.0, 1.0, 2.0, 3.0, 4.0])
rt.copy_into(rt.slice1(a2, 1, None, None), rt.slice1(a2, None, -1, None))
if list(a2) != [0.0, 0.0, 1.0, 2.0, 3.0]:
    failures.append(f"overlapping copy_into: {a2}")
rt.fill_nogil(a2, 5.0, 1)
if list(a2) != [0.0, 5.0, 0.0, 0.0, 0.0]:
    failures.append(f"fill_nogil: {a2}")
# views keep the buffer alive and release it when dropped
ba2 = bytearray(16)
vv = rt.view(ba2, "unsigned char", "s")
try:
    ba2.append(1)
    failures.append("bytearray resized while exported")
except BufferError:
    pass
del vv
ba2.append(1)  # released

try:
    import numpy as np
except ImportError:
    np = None
    print("-- numpy not available: numpy checks SKIPPED")

if np is not None:
    group("memoryviews with numpy")
    ro = np.zeros(3)
    ro.setflags(write=False)
    for expr, exp in [
        ("rt.view(np.zeros(3, dtype=np.float32), 'double', 's')",
         (VE, "Buffer dtype mismatch, expected 'double' but got 'float'")),
        ("rt.view(np.zeros((2, 2)), 'double', 's')",
         (VE, "Buffer has wrong number of dimensions (expected 1, got 2)")),
        ("rt.view(np.zeros(()), 'double', 's')",
         (VE, "Buffer has wrong number of dimensions (expected 1, got 0)")),
        ("rt.view(np.zeros(6)[::2], 'double', 'c')", (VE, "ndarray is not C-contiguous")),
        ("rt.view(np.zeros((3, 3))[:, ::2], 'double', 'sc')", (VE, "ndarray is not C-contiguous")),
        ("rt.view(np.zeros((3, 3)).T, 'double', 'sc')", (VE, "ndarray is not C-contiguous")),
        ("rt.view(np.zeros((3, 3)), 'double', 'cs')", (VE, "ndarray is not Fortran contiguous")),
        ("rt.view(np.zeros((3, 3)).T, 'double', 'cs').shape", (3, 3)),
        ("rt.view(np.zeros((3, 3))[:, 0], 'double', 'c')", (VE, "ndarray is not C-contiguous")),
        ("rt.view(ro, 'double', 's')", (VE, "buffer source array is read-only")),
        ("rt.view(ro, 'double', 's', True).shape", (3,)),
        ("rt.view(np.zeros(3, dtype=np.int64), 'long long', 's').shape", (3,)),
        ("rt.view(np.zeros(3, dtype=np.int64), 'long', 's').shape", (3,)),
        ("rt.view(np.zeros(3, dtype=np.longlong), 'long', 's').shape", (3,)),
        ("rt.view(np.zeros(3, dtype=np.int32), 'long', 's')",
         (VE, "Buffer dtype mismatch, expected 'long' but got 'int'")),
        ("rt.view(np.zeros(3, dtype=np.uint64), 'long', 's')",
         (VE, "Buffer dtype mismatch, expected 'long' but got 'unsigned long'")),
        ("rt.view(np.zeros(3, dtype=np.uint32), 'int', 's')",
         (VE, "Buffer dtype mismatch, expected 'int' but got 'unsigned int'")),
        ("rt.view(np.zeros(3, dtype=np.bool_), 'bint', 's')",
         (VE, "Buffer dtype mismatch, expected 'bint' but got 'bool'")),
        ("rt.view(np.zeros(3, dtype=np.int32), 'bint', 's').shape", (3,)),
        ("rt.view(np.zeros(3, dtype=np.uint8), 'bint', 's')",
         (VE, "Buffer dtype mismatch, expected 'bint' but got 'unsigned char'")),
        ("rt.view(np.zeros(3, dtype=np.bool_), 'unsigned char', 's').shape", (3,)),
        ("rt.view(np.zeros(3, dtype=np.int8), 'unsigned char', 's')",
         (VE, "Buffer dtype mismatch, expected 'unsigned char' but got 'signed char'")),
        ("rt.view(np.zeros(3, dtype='<f8'), 'double', 's').shape", (3,)),
        ("rt.view(np.zeros(3, dtype='>f8'), 'double', 's')",
         (VE, "Big-endian buffer not supported on little-endian compiler")),
        ("rt.view(np.zeros(3, dtype=np.complex128), 'double', 's')",
         (VE, "Buffer dtype mismatch, expected 'double' but got 'complex double'")),
        ("rt.view(np.zeros(3, dtype=[('a', 'f8')]), 'double', 's').shape", (3,)),
        ("rt.view(np.zeros(3, dtype=[('a', 'f8'), ('b', 'f8')]), 'double', 's')",
         (VE, "Buffer dtype mismatch, expected end but got 'double'")),
        ("rt.view(np.zeros(3, dtype=[('a', 'f4')]), 'double', 's')",
         (VE, "Buffer dtype mismatch, expected 'double' but got 'float'")),
        ("rt.view(np.zeros(3, np.longdouble), 'long double', 's').shape", (3,)),
        ("rt.view(np.zeros(3, np.longdouble), 'double', 's')",
         (VE, "Buffer dtype mismatch, expected 'double' but got 'long double'")),
        ("rt.view(np.zeros(1), 'double', 'c').shape", (1,)),
        ("rt.view(np.zeros(0), 'double', 'c').shape", (0,)),
        ("rt.view(np.zeros((3, 1))[::2], 'double', 'sc')", (VE, "ndarray is not C-contiguous")),
        ("rt.view(np.zeros(6)[::-1], 'double', 's').strides", (-8,)),
        ("rt.sum1(np.arange(5.0))", 10.0),
    ]:
        check(expr, exp, {"np": np, "ro": ro})

    # np.asarray of a view shares memory (no copy) and writes go through.
    x = np.arange(10.0)
    s = rt.slice1(x, 2, 8, 2)
    arr = np.asarray(s)
    if arr.tolist() != [2.0, 4.0, 6.0] or not np.shares_memory(arr, x) or arr.strides != (16,):
        failures.append(f"asarray(slice): {arr!r} {arr.strides}")
    arr[0] = -1.0
    if x[2] != -1.0:
        failures.append("write through np.asarray(view) did not reach the array")
    # round trip: a view object back into a view
    back = rt.view(s, "double", "s")
    if list(back) != [-1.0, 4.0, 6.0]:
        failures.append(f"view(view): {list(back)}")
    # 2-D: rows, columns, copies
    m = np.arange(12.0).reshape(3, 4)
    mv = rt.view(m, "double", "sc")
    if mv.shape != (3, 4) or mv.strides != (32, 8) or mv[1, 2] != 6.0 or list(mv[2]) != [8.0, 9.0, 10.0, 11.0]:
        failures.append(f"2-D view: {mv.shape} {mv.strides}")
    if list(mv[:, 1]) != [1.0, 5.0, 9.0]:
        failures.append("2-D column")
    cf = np.asarray(rt.copy(m.T, 2, True))
    if not (cf == m.T).all() or not cf.flags.f_contiguous or np.shares_memory(cf, m):
        failures.append(f"fortran copy: {cf!r} {cf.flags}")
    cc = np.asarray(rt.copy(m[:, ::2], 2, False))
    if not (cc == m[:, ::2]).all() or not cc.flags.c_contiguous:
        failures.append(f"C copy: {cc!r}")
    dst = np.zeros((3, 4))
    rt.copy_into(dst, m, 2)
    if not (dst == m).all():
        failures.append("2-D copy_into")
    # a view keeps its array alive
    import gc
    import weakref

    class Holder(np.ndarray):
        pass

    h = np.arange(4.0).view(Holder)
    wr = weakref.ref(h)
    hv = rt.view(h, "double", "s")
    del h
    gc.collect()
    if wr() is None:
        failures.append("view did not keep its array alive")
    del hv
    gc.collect()
    if wr() is not None:
        failures.append("array not released after the view died")
    # const view of a read-only array exports read-only
    rov = rt.view(ro, "double", "s", True)
    if np.asarray(rov).flags.writeable:
        failures.append("read-only array exported writable")
    try:
        rov[0] = 1.0
        failures.append("assignment into a read-only view")
    except TypeError:
        pass

if failures:
    print("FAILURES:")
    for f in failures:
        print("  " + f)
    sys.exit(1)
print("ALL OK")
