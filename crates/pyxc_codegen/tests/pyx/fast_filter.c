#include "fast_filter.h"
double fast_ema(const double *data, int n, double alpha) {
    double e = data[0];
    for (int i = 1; i < n; i++) e = alpha * data[i] + (1 - alpha) * e;
    return e;
}
