/* The user's C library of the seed's fast_filter.pyx: an exponential moving
 * average, written as CPython would evaluate it in Python (no fused
 * multiply-add is asked for). */
#include "fast_filter.h"

double fast_ema(const double *data, int n, double alpha)
{
    double ema;
    int i;
    if (n <= 0)
        return 0.0;
    ema = data[0];
    for (i = 1; i < n; i++)
        ema = alpha * data[i] + (1.0 - alpha) * ema;
    return ema;
}
