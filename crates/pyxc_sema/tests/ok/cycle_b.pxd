ctypedef long index

cimport cycle_a
from cycle_a cimport real

ctypedef real weight
