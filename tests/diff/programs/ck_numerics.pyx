# cython: language_level=3
"""Numerical methods with cdef kernels selected by an integer code (the
function-pointer-free style): trapezoid and Simpson rules over views,
adaptive Simpson by recursion with a depth limit, 5-point Gauss-Legendre
with its nodes in module-level C arrays, Horner and Clenshaw polynomial
evaluation, Newton's method with an ``except? -1`` helper that reports
non-convergence, and an RK4 integrator for a damped oscillator."""
import numpy as np
from libc.math cimport sin, cos, exp, fabs, sqrt, M_PI

cdef double GL_X[5]
cdef double GL_W[5]
GL_X[0] = 0.0;                  GL_W[0] = 0.5688888888888889
GL_X[1] = -0.5384693101056831;  GL_W[1] = 0.4786286704993665
GL_X[2] = 0.5384693101056831;   GL_W[2] = 0.4786286704993665
GL_X[3] = -0.9061798459386640;  GL_W[3] = 0.2369268850561891
GL_X[4] = 0.9061798459386640;   GL_W[4] = 0.2369268850561891


cdef double f_eval(int code, double x) except? -1e300:
    if code == 0:
        return x * x
    if code == 1:
        return sin(x)
    if code == 2:
        return exp(-x * x)
    if code == 3:
        return 1.0 / x if x != 0 else 0.0
    raise ValueError("unknown function code %d" % code)


def trapezoid(const double[:] y, double dx=1.0):
    cdef Py_ssize_t i, n = y.shape[0]
    cdef double s = 0
    if n < 2:
        return 0.0
    for i in range(1, n):
        s += (y[i - 1] + y[i]) * 0.5
    return s * dx


def simpson(int code, double a, double b, int n):
    if n <= 0 or n % 2:
        raise ValueError("n must be a positive even number, got %d" % n)
    cdef double h = (b - a) / n, s = f_eval(code, a) + f_eval(code, b)
    cdef int i
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f_eval(code, a + i * h)
    return s * h / 3


cdef double _asr(int code, double a, double b, double eps, double whole, int depth) except? -1e300:
    cdef double c = (a + b) / 2
    cdef double left = (c - a) / 6 * (f_eval(code, a) + 4 * f_eval(code, (a + c) / 2) + f_eval(code, c))
    cdef double right = (b - c) / 6 * (f_eval(code, c) + 4 * f_eval(code, (c + b) / 2) + f_eval(code, b))
    if depth <= 0:
        raise RuntimeError("adaptive Simpson: maximum depth reached")
    if fabs(left + right - whole) <= 15 * eps:
        return left + right + (left + right - whole) / 15
    return _asr(code, a, c, eps / 2, left, depth - 1) + _asr(code, c, b, eps / 2, right, depth - 1)


def adaptive_simpson(int code, double a, double b, double eps=1e-10, int max_depth=50):
    cdef double whole = (b - a) / 6 * (f_eval(code, a) + 4 * f_eval(code, (a + b) / 2) + f_eval(code, b))
    return _asr(code, a, b, eps, whole, max_depth)


def gauss_legendre(int code, double a, double b):
    cdef double s = 0, half = (b - a) / 2, mid = (a + b) / 2
    cdef int i
    for i in range(5):
        s += GL_W[i] * f_eval(code, mid + half * GL_X[i])
    return s * half


def horner(const double[:] coef, double x):
    cdef double r = 0
    cdef Py_ssize_t i
    for i in range(coef.shape[0]):
        r = r * x + coef[i]
    return r


def clenshaw_cheb(const double[:] c, double x):
    cdef double b0 = 0, b1 = 0, b2 = 0
    cdef Py_ssize_t k
    for k in range(c.shape[0] - 1, -1, -1):
        b2 = b1
        b1 = b0
        b0 = 2 * x * b1 - b2 + c[k]
    return (b0 - b2) / 2 + c[0] / 2 if c.shape[0] else 0.0


cdef double _newton(const double[:] coef, double x0, int maxit, double tol) except? -1:
    cdef double x = x0, fx, dfx
    cdef Py_ssize_t i, n = coef.shape[0]
    cdef int it
    for it in range(maxit):
        fx = 0
        dfx = 0
        for i in range(n):
            dfx = dfx * x + fx
            fx = fx * x + coef[i]
        if dfx == 0:
            raise ZeroDivisionError("zero derivative at x=%r" % x)
        x -= fx / dfx
        if fabs(fx) < tol:
            return x
    raise ArithmeticError("no convergence after %d iterations" % maxit)


def newton_root(const double[:] coef, double x0, int maxit=50, double tol=1e-12):
    return _newton(coef, x0, maxit, tol)


def rk4_oscillator(double x0, double v0, double k, double c, double dt, int steps):
    cdef double x = x0, v = v0, k1x, k1v, k2x, k2v, k3x, k3v, k4x, k4v
    cdef int i
    for i in range(steps):
        k1x = v;                 k1v = -k * x - c * v
        k2x = v + dt / 2 * k1v;  k2v = -k * (x + dt / 2 * k1x) - c * (v + dt / 2 * k1v)
        k3x = v + dt / 2 * k2v;  k3v = -k * (x + dt / 2 * k2x) - c * (v + dt / 2 * k2v)
        k4x = v + dt * k3v;      k4v = -k * (x + dt * k3x) - c * (v + dt * k3v)
        x += dt / 6 * (k1x + 2 * k2x + 2 * k3x + k4x)
        v += dt / 6 * (k1v + 2 * k2v + 2 * k3v + k4v)
    return x, v
