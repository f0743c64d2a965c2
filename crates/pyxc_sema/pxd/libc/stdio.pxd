# C <stdio.h>, as pyxc ships it: files, positioning, character and
# formatted I/O (formatted functions take C varargs).
cdef extern from "<stdio.h>" nogil:
    ctypedef struct FILE
    ctypedef struct fpos_t
    ctypedef long ssize_t
    FILE *stdin
    FILE *stdout
    FILE *stderr
    enum: EOF
    enum: BUFSIZ
    enum: FILENAME_MAX
    enum: FOPEN_MAX
    enum: L_tmpnam
    enum: TMP_MAX
    enum: SEEK_SET
    enum: SEEK_CUR
    enum: SEEK_END
    enum: _IOFBF
    enum: _IOLBF
    enum: _IONBF

    # Opening and closing.
    FILE *fopen(const char *path, const char *mode)
    FILE *freopen(const char *path, const char *mode, FILE *stream)
    FILE *fdopen(int fd, const char *mode)
    int fclose(FILE *stream)
    int remove(const char *path)
    int rename(const char *oldpath, const char *newpath)
    FILE *tmpfile()
    int setvbuf(FILE *stream, char *buf, int mode, size_t size)
    void setbuf(FILE *stream, char *buf)

    # Block I/O, buffering and state.
    size_t fread(void *ptr, size_t size, size_t n, FILE *stream)
    size_t fwrite(const void *ptr, size_t size, size_t n, FILE *stream)
    int fflush(FILE *stream)
    void clearerr(FILE *stream)
    int feof(FILE *stream)
    int ferror(FILE *stream)
    void perror(const char *s)

    # Positioning.
    int fseek(FILE *stream, long offset, int whence)
    long ftell(FILE *stream)
    void rewind(FILE *stream)
    int fgetpos(FILE *stream, fpos_t *pos)
    int fsetpos(FILE *stream, const fpos_t *pos)

    # Formatted I/O.
    int printf(const char *format, ...)
    int fprintf(FILE *stream, const char *format, ...)
    int sprintf(char *s, const char *format, ...)
    int snprintf(char *s, size_t n, const char *format, ...)
    int scanf(const char *format, ...)
    int fscanf(FILE *stream, const char *format, ...)
    int sscanf(const char *s, const char *format, ...)

    # Characters and lines.
    int getchar()
    int fgetc(FILE *stream)
    int getc(FILE *stream)
    int ungetc(int c, FILE *stream)
    char *fgets(char *s, int n, FILE *stream)
    int putchar(int c)
    int fputc(int c, FILE *stream)
    int putc(int c, FILE *stream)
    int puts(const char *s)
    int fputs(const char *s, FILE *stream)
    ssize_t getline(char **lineptr, size_t *n, FILE *stream)
