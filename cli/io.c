#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

int cli_read_file(const char *path, char **data, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        int e = errno;
        fprintf(stderr, "krait: can't open file '%s': [Errno %d] %s\n", path, e, strerror(e));
        return -1;
    }
    size_t cap = 65536, n = 0;
    errno = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fprintf(stderr, "krait: out of memory reading '%s'\n", path);
            if (f != stdin) fclose(f);
            return -1;
        }
        n += fread(buf + n, 1, cap - n - 1, f);
        if (n < cap - 1) break;
        char *nb = cap > ((size_t)-1) / 2 ? NULL : realloc(buf, cap * 2);
        if (!nb) free(buf);
        buf = nb;
        cap *= 2;
    }
    int err = ferror(f), e = errno;
    if (f != stdin) fclose(f);
    if (err) {
        fprintf(stderr, "krait: can't read file '%s': [Errno %d] %s\n", path, e, strerror(e));
        free(buf);
        return -1;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return 0;
}
