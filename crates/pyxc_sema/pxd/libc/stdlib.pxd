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
