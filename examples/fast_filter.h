// fast_filter.h
double fast_ema(const double *data, int n, double alpha);
