# C <stdio.h>, as pyxc ships it (the FILE functions that numeric code uses
# for diagnostics; formatted output takes C varargs).
cdef extern from "<stdio.h>" nogil:
    ctypedef struct FILE
    FILE *stdin
    FILE *stdout
    FILE *stderr
    enum: EOF
    enum: BUFSIZ
    int printf(const char *format, ...)
    int fprintf(FILE *stream, const char *format, ...)
    int sprintf(char *s, const char *format, ...)
    int snprintf(char *s, size_t n, const char *format, ...)
    int sscanf(const char *s, const char *format, ...)
    int puts(const char *s)
    int fputs(const char *s, FILE *stream)
    int putchar(int c)
    int fputc(int c, FILE *stream)
    int fflush(FILE *stream)
    FILE *fopen(const char *path, const char *mode)
    int fclose(FILE *stream)
    size_t fread(void *ptr, size_t size, size_t n, FILE *stream)
    size_t fwrite(const void *ptr, size_t size, size_t n, FILE *stream)
    char *fgets(char *s, int n, FILE *stream)
    int fgetc(FILE *stream)
    int feof(FILE *stream)
    int ferror(FILE *stream)
    void perror(const char *s)
