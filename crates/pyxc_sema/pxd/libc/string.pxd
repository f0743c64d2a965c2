# C <string.h>, as pyxc ships it.
cdef extern from "<string.h>" nogil:
    void *memcpy(void *dest, const void *src, size_t n)
    void *memmove(void *dest, const void *src, size_t n)
    void *memset(void *s, int c, size_t n)
    int memcmp(const void *a, const void *b, size_t n)
    size_t strlen(const char *s)
    int strcmp(const char *a, const char *b)
    int strncmp(const char *a, const char *b, size_t n)
    char *strcpy(char *dest, const char *src)
    char *strncpy(char *dest, const char *src, size_t n)
    char *strchr(const char *s, int c)
    char *strstr(const char *haystack, const char *needle)
