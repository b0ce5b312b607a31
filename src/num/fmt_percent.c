/* printf-style %-formatting of numbers: CPython's _PyUnicode_FormatLong,
 * formatfloat and unicode_format_arg_output for one conversion. */
#include "fmt_impl.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* unicode_format_arg_output for a number: S[0..n) is the conversion's text
 * ('-' or '+' first when signed, "0x"/"0X"/"0o" next when ALT_PREFIX). */
static fmt_status fmt_percent_output(strbuf *out, const char *s, int64_t n, unsigned flags,
                                     int alt_prefix, int64_t width, int64_t cap)
{
    char fill = (flags & FMT_F_ZERO) ? '0' : ' ';
    char signchar = 0;
    int64_t len = n, pos = 0;
    if (len && (s[0] == '-' || s[0] == '+')) {
        signchar = s[0];
        len--;
        pos++;
    } else if (flags & FMT_F_SIGN) {
        signchar = '+';
    } else if (flags & FMT_F_BLANK) {
        signchar = ' ';
    }
    if (width < len) width = len;
    if (width > cap) return FMT_MEMORY_ERROR;
    /* at most: sign + max(width, len) */
    int64_t bound = 1 + (width > len ? width : len);
    if (bound > cap + 1) return FMT_MEMORY_ERROR;
    char *w = sb_reserve(out, (size_t)bound);
    if (!w) return FMT_MEMORY_ERROR;
    char *p = w;
    if (signchar) {
        if (fill != ' ') *p++ = signchar;
        if (width > len) width--;
    }
    if (alt_prefix) {
        if (fill != ' ') {
            memcpy(p, s + pos, 2);
            p += 2;
            pos += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(flags & FMT_F_LJUST)) {
        memset(p, fill, (size_t)(width - len));
        p += width - len;
        width = len;
    }
    if (fill == ' ') {
        if (signchar) *p++ = signchar;
        if (alt_prefix) {
            memcpy(p, s + pos, 2);
            p += 2;
            pos += 2;
        }
    }
    memcpy(p, s + pos, (size_t)len);
    p += len;
    if (width > len) {
        memset(p, ' ', (size_t)(width - len));
        p += width - len;
    }
    if (p - w > cap) {
        *w = '\0';   /* nothing committed; keep OUT terminated */
        return FMT_MEMORY_ERROR;
    }
    sb_commit(out, (size_t)(p - w));
    return FMT_OK;
}

fmt_status fmt_percent_int(strbuf *out, int negative, const char *digits, size_t n, char conv,
                           unsigned flags, int64_t width, int64_t prec, size_t max_bytes,
                           strbuf *err)
{
    if (prec > INT_MAX - 3)
        return fmt_fail(err, FMT_OVERFLOW_ERROR, "precision too large");
    int64_t cap = fmt_cap(max_bytes);
    int alt = (flags & FMT_F_ALT) && (conv == 'o' || conv == 'x' || conv == 'X');
    /* _PyUnicode_FormatLong: [-][0x]<zeros to PREC digits><digits> */
    int64_t zeros = prec > (int64_t)n ? prec - (int64_t)n : 0;
    int64_t len = (negative ? 1 : 0) + (alt ? 2 : 0) + zeros + (int64_t)n;
    if (len > cap || width > cap) return FMT_MEMORY_ERROR;
    char small[128];
    char *s = len <= (int64_t)sizeof small ? small : malloc((size_t)len);
    if (!s) return FMT_MEMORY_ERROR;
    char *p = s;
    if (negative) *p++ = '-';
    if (alt) {
        *p++ = '0';
        *p++ = conv == 'o' ? 'o' : conv;
    }
    memset(p, '0', (size_t)zeros);
    p += zeros;
    if (conv == 'X') {
        for (size_t i = 0; i < n; i++)
            p[i] = digits[i] >= 'a' && digits[i] <= 'f' ? (char)(digits[i] - 32) : digits[i];
    } else {
        memcpy(p, digits, n);
    }
    fmt_status st = fmt_percent_output(out, s, len, flags, alt, width, cap);
    if (s != small) free(s);
    return st;
}

fmt_status fmt_percent_int64(strbuf *out, int64_t v, char conv, unsigned flags, int64_t width,
                             int64_t prec, size_t max_bytes, strbuf *err)
{
    char buf[FMT_I64_BUFSIZE];
    int base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int n = fmt_u64_base(m, base, 0, buf);
    return fmt_percent_int(out, v < 0, buf, (size_t)n, conv, flags, width, prec, max_bytes, err);
}

fmt_status fmt_percent_float(strbuf *out, double x, char conv, unsigned flags, int64_t width,
                             int64_t prec, size_t max_bytes, strbuf *err)
{
    (void)err;   /* only MemoryError, which has no message */
    int64_t cap = fmt_cap(max_bytes);
    if (width > cap) return FMT_MEMORY_ERROR;
    strbuf tmp = STRBUF_INIT;
    fmt_status st = fmt_double(&tmp, x, conv, prec < 0 ? 6 : prec,
                               (flags & FMT_F_ALT) ? FMT_DTSF_ALT : 0, (size_t)cap);
    if (!st) st = fmt_percent_output(out, tmp.p, (int64_t)tmp.len, flags, 0, width, cap);
    sb_free(&tmp);
    return st;
}
