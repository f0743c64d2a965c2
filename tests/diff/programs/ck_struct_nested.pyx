# cython: language_level=3
"""Nested C structs and arrays of structs in simulation-style code:
particles with nested vectors in a malloc'd array, struct assignment by
value (copies), pointers to struct members, ``->``-free access through
pointers, struct-returning helpers, insertion sort of structs by a key, and
structs converted to Python dicts."""
from libc.stdlib cimport malloc, free
from libc.math cimport sqrt

cdef struct Vec3:
    double x, y, z

cdef struct Particle:
    Vec3 pos
    Vec3 vel
    double mass
    int id


cdef inline Vec3 vadd(Vec3 a, Vec3 b) noexcept nogil:
    return Vec3(a.x + b.x, a.y + b.y, a.z + b.z)


cdef inline Vec3 vscale(Vec3 a, double s) noexcept nogil:
    cdef Vec3 r
    r.x = a.x * s; r.y = a.y * s; r.z = a.z * s
    return r


cdef inline double vnorm(const Vec3* a) noexcept nogil:
    return sqrt(a.x * a.x + a.y * a.y + a.z * a.z)


def simulate(list specs, int steps, double dt):
    cdef Py_ssize_t n = len(specs), i
    cdef Particle* ps = <Particle*>malloc(max(n, 1) * sizeof(Particle))
    cdef int s
    if ps == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            x, v, m = specs[i]
            ps[i].pos = Vec3(x[0], x[1], x[2])
            ps[i].vel = Vec3(v[0], v[1], v[2])
            ps[i].mass = m
            ps[i].id = <int>i
        for s in range(steps):
            for i in range(n):
                ps[i].vel.z -= 9.81 * dt
                ps[i].pos = vadd(ps[i].pos, vscale(ps[i].vel, dt))
                if ps[i].pos.z < 0:
                    ps[i].pos.z = -ps[i].pos.z
                    ps[i].vel.z = -ps[i].vel.z * 0.5
        return [(ps[i].id, round(ps[i].pos.x, 12), round(ps[i].pos.z, 12), round(vnorm(&ps[i].vel), 12))
                for i in range(n)]
    finally:
        free(ps)


def copy_semantics():
    cdef Particle a, b
    a.pos = Vec3(1, 2, 3)
    a.vel = Vec3(0, 0, 0)
    a.mass = 1.0
    a.id = 7
    b = a
    b.pos.x = 100
    cdef Vec3* p = &a.pos
    p.y = -2
    return a.pos.x, a.pos.y, b.pos.x, b.pos.y, b.id


def sort_by_mass(list masses):
    cdef Py_ssize_t n = len(masses), i, j
    cdef Particle* ps = <Particle*>malloc(max(n, 1) * sizeof(Particle))
    cdef Particle t
    for i in range(n):
        ps[i].mass = masses[i]
        ps[i].id = <int>i
    for i in range(1, n):
        t = ps[i]
        j = i - 1
        while j >= 0 and ps[j].mass > t.mass:
            ps[j + 1] = ps[j]
            j -= 1
        ps[j + 1] = t
    out = [ps[i].id for i in range(n)]
    free(ps)
    return out


def as_dicts(double x, double y, double z):
    cdef Vec3 v = Vec3(x, y, z)
    cdef Particle p
    p.pos = v
    p.vel = vscale(v, -1)
    p.mass = 2.0
    p.id = 1
    return v, p


def center_of_mass(list specs):
    cdef Vec3 acc = Vec3(0, 0, 0)
    cdef double total = 0
    cdef Particle p
    for x, m in specs:
        p.pos = Vec3(x[0], x[1], x[2])
        p.mass = m
        acc = vadd(acc, vscale(p.pos, p.mass))
        total += p.mass
    if total == 0:
        raise ZeroDivisionError("total mass is zero")
    return vscale(acc, 1 / total)
