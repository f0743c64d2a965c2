"""Module-level code: constants, globals, docstring, imports, code run at import."""
import math
from collections import OrderedDict as OD

cdef int C_CONST = 42
cdef double SCALE = 2.5
DEF_LIST = [1, 2, 3]
TABLE = {name: len(name) for name in ("a", "bb", "ccc")}
SQUARES = [i * i for i in range(10)]
GREETING = "hello" + " " + "world"
BIG = 2 ** 100
PI_ISH = round(math.pi, 5)
_state = {"calls": 0}
total = 0
for _i in range(5):
    total += _i
if total > 5:
    FLAG = "big"
else:
    FLAG = "small"
try:
    _x = 1 / 0
except ZeroDivisionError:
    CAUGHT = True


def get_constants():
    return C_CONST, SCALE, DEF_LIST, TABLE, SQUARES, GREETING, BIG, PI_ISH, total, FLAG, CAUGHT


def count_calls():
    _state["calls"] += 1
    return _state["calls"]


def scaled(double x):
    return x * SCALE + C_CONST


def set_global(v):
    global GREETING
    GREETING = v
    return GREETING


def read_global():
    return GREETING


def module_doc():
    return __doc__


def module_name():
    return __name__


def use_import(x):
    return math.sqrt(x), math.floor(x)


def use_from_import(items):
    return list(OD(items).keys())


def global_list_mutation(x):
    DEF_LIST.append(x)
    r = list(DEF_LIST)
    DEF_LIST.pop()
    return r


def func_attributes():
    return get_constants.__name__, scaled.__doc__, module_doc.__module__
