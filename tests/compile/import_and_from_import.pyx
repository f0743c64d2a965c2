# import, import as, from-import: bound in module globals.
import os.path
import math as m
from collections import OrderedDict as OD

def f():
    return os.path.join("a", "b"), m.pi, OD()
