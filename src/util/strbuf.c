#include "strbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *sb_reserve(strbuf *sb, size_t n)
{
    if (sb->oom) return NULL;
    if (n > SIZE_MAX / 2 - sb->len) { sb->oom = 1; return NULL; }
    if (sb->len + n + 1 > sb->cap) {
        size_t cap = sb->cap ? sb->cap : 64;
        while (cap < sb->len + n + 1) cap *= 2;
        char *p = realloc(sb->p, cap);
        if (!p) { sb->oom = 1; return NULL; }
        sb->p = p;
        sb->cap = cap;
    }
    return sb->p + sb->len;
}

void sb_commit(strbuf *sb, size_t n)
{
    sb->len += n;
    sb->p[sb->len] = '\0';
}

void sb_append(strbuf *sb, const char *s, size_t n)
{
    char *w = sb_reserve(sb, n);
    if (!w) return;
    memcpy(w, s, n);
    sb_commit(sb, n);
}

void sb_puts(strbuf *sb, const char *s) { sb_append(sb, s, strlen(s)); }

void sb_putc(strbuf *sb, char c) { sb_append(sb, &c, 1); }

void sb_printf(strbuf *sb, const char *fmt, ...)
{
    va_list ap;
    char small[256];
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) { sb->oom = 1; return; }
    if ((size_t)n < sizeof small) { sb_append(sb, small, (size_t)n); return; }
    char *w = sb_reserve(sb, (size_t)n);
    if (!w) return;
    va_start(ap, fmt);
    vsnprintf(w, (size_t)n + 1, fmt, ap);
    va_end(ap);
    sb_commit(sb, (size_t)n);
}

void sb_free(strbuf *sb)
{
    free(sb->p);
    sb->p = NULL;
    sb->len = sb->cap = 0;
    sb->oom = 0;
}
