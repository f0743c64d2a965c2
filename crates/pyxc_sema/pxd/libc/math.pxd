# C99 <math.h>, as pyxc ships it (read by the same front end as user code).
cdef extern from "<math.h>" nogil:
    const double M_E
    const double M_LOG2E
    const double M_LOG10E
    const double M_LN2
    const double M_LN10
    const double M_PI
    const double M_PI_2
    const double M_PI_4
    const double M_1_PI
    const double M_2_PI
    const double M_2_SQRTPI
    const double M_SQRT2
    const double M_SQRT1_2
    const double INFINITY
    const double NAN
    const double HUGE_VAL

    double acos(double x)
    double asin(double x)
    double atan(double x)
    double atan2(double y, double x)
    double cos(double x)
    double sin(double x)
    double tan(double x)
    double cosh(double x)
    double sinh(double x)
    double tanh(double x)
    double acosh(double x)
    double asinh(double x)
    double atanh(double x)
    double exp(double x)
    double exp2(double x)
    double expm1(double x)
    double log(double x)
    double log10(double x)
    double log1p(double x)
    double log2(double x)
    double logb(double x)
    double frexp(double x, int *exponent)
    double ldexp(double x, int exponent)
    double modf(double x, double *iptr)
    double fabs(double x)
    double cbrt(double x)
    double hypot(double x, double y)
    double pow(double x, double y)
    double sqrt(double x)
    double erf(double x)
    double erfc(double x)
    double tgamma(double x)
    double lgamma(double x)
    double ceil(double x)
    double floor(double x)
    double trunc(double x)
    double round(double x)
    double rint(double x)
    double nearbyint(double x)
    long lround(double x)
    long lrint(double x)
    double fmod(double x, double y)
    double remainder(double x, double y)
    double copysign(double x, double y)
    double nextafter(double x, double y)
    double fdim(double x, double y)
    double fmax(double x, double y)
    double fmin(double x, double y)
    double fma(double x, double y, double z)

    float sinf(float x)
    float cosf(float x)
    float tanf(float x)
    float expf(float x)
    float logf(float x)
    float sqrtf(float x)
    float fabsf(float x)
    float powf(float x, float y)
    float floorf(float x)
    float ceilf(float x)
    float fmodf(float x, float y)

    int isinf(long double)   # -1 / 0 / 1, as glibc returns it
    bint isnan(long double)
    bint isfinite(long double)
    bint signbit(long double)
