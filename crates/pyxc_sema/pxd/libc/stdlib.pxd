# C <stdlib.h>, as pyxc ships it.
cdef extern from "<stdlib.h>" nogil:
    const int RAND_MAX
    const int EXIT_SUCCESS
    const int EXIT_FAILURE
    void *malloc(size_t size)
    void *calloc(size_t nmemb, size_t size)
    void *realloc(void *ptr, size_t size)
    void free(void *ptr)
    int rand()
    void srand(unsigned int seed)
    int abs(int x)
    long labs(long x)
    long long llabs(long long x)
    int atoi(const char *s)
    long atol(const char *s)
    double atof(const char *s)
    double strtod(const char *s, char **end)
    long strtol(const char *s, char **end, int base)
    void exit(int status)
    void abort()
    char *getenv(const char *name)
    void *aligned_alloc(size_t alignment, size_t size)
    long long atoll(const char *s)
    float strtof(const char *s, char **end)
    long double strtold(const char *s, char **end)
    long long strtoll(const char *s, char **end, int base)
    unsigned long strtoul(const char *s, char **end, int base)
    unsigned long long strtoull(const char *s, char **end, int base)
    int system(const char *command)
    void _Exit(int status)
    void qsort(void *base, size_t nmemb, size_t size,
               int (*compar)(const void *, const void *))
    void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
                  int (*compar)(const void *, const void *))
    int atexit(void (*function)())

    ctypedef struct div_t:
        int quot
        int rem
    ctypedef struct ldiv_t:
        long quot
        long rem
    ctypedef struct lldiv_t:
        long long quot
        long long rem
    div_t div(int numer, int denom)
    ldiv_t ldiv(long numer, long denom)
    lldiv_t lldiv(long long numer, long long denom)
