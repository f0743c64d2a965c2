# cimports cycle_b, which cimports this file back
ctypedef double real

cimport cycle_b

ctypedef cycle_b.index count
