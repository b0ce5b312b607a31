/* A growable byte buffer for building text.  Out of memory is sticky: after
 * a failed append, sb->oom is set and further appends do nothing, so callers
 * check once at the end. */
#ifndef KR_UTIL_STRBUF_H
#define KR_UTIL_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct strbuf {
    char *p;        /* NUL-terminated when non-NULL */
    size_t len, cap;
    int oom;
} strbuf;

#define STRBUF_INIT { NULL, 0, 0, 0 }

void sb_append(strbuf *sb, const char *s, size_t n);
void sb_puts(strbuf *sb, const char *s);
void sb_putc(strbuf *sb, char c);
void sb_printf(strbuf *sb, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Makes room for N more bytes; returns a pointer to write them at (then call
 * sb_commit), or NULL when out of memory. */
char *sb_reserve(strbuf *sb, size_t n);
void sb_commit(strbuf *sb, size_t n);
void sb_free(strbuf *sb);

#endif
