/* Format-spec parsing, the number layout shared by int, float and complex,
 * and str formatting.  The order of the checks, and so which error a bad
 * spec gets, follows CPython 3.14's Python/formatter_unicode.c. */
#include "fmt_impl.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"

fmt_status fmt_fail(strbuf *err, fmt_status status, const char *fmt, ...)
{
    if (err) {
        char small[256];
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(small, sizeof small, fmt, ap);
        va_end(ap);
        if (n >= 0 && (size_t)n < sizeof small) {
            sb_append(err, small, (size_t)n);
        } else if (n >= 0) {
            char *w = sb_reserve(err, (size_t)n);
            if (w) {
                va_start(ap, fmt);
                vsnprintf(w, (size_t)n + 1, fmt, ap);
                va_end(ap);
                sb_commit(err, (size_t)n);
            }
        }
    }
    return status;
}

fmt_status fmt_unknown_type(strbuf *err, uint32_t type, const char *type_name)
{
    if (type > 32 && type < 128)
        return fmt_fail(err, FMT_VALUE_ERROR,
                        "Unknown format code '%c' for object of type '%.200s'",
                        (char)type, type_name);
    return fmt_fail(err, FMT_VALUE_ERROR,
                    "Unknown format code '\\x%x' for object of type '%.200s'",
                    (unsigned)type, type_name);
}

static fmt_status fmt_bad_separator(strbuf *err, char sep, uint32_t type)
{
    if (type > 32 && type < 128)
        return fmt_fail(err, FMT_VALUE_ERROR, "Cannot specify '%c' with '%c'.", sep, (char)type);
    return fmt_fail(err, FMT_VALUE_ERROR, "Cannot specify '%c' with '\\x%x'.", sep,
                    (unsigned)type);
}

/* Code points whose Unicode decimal value is 0 (Unicode 16.0, from CPython
 * 3.14's unicodedata by tools/gen_fmt_digits.py); each starts a run of ten
 * digits 0-9. */
static const uint32_t fmt_digit_zeros[] = {
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66,
    0xCE6, 0xD66, 0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810,
    0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30,
    0x10D40, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0,
    0x11650, 0x116C0, 0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0,
    0x11C50, 0x11D50, 0x11DA0, 0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50,
    0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140,
    0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
};

/* The decimal value of CP, or -1 (Py_UNICODE_TODECIMAL). */
static int fmt_decimal(uint32_t cp)
{
    if (cp < 0x80) return cp >= '0' && cp <= '9' ? (int)(cp - '0') : -1;
    size_t lo = 0, hi = sizeof fmt_digit_zeros / sizeof fmt_digit_zeros[0];
    while (hi - lo > 1) {   /* last zero <= cp */
        size_t mid = (lo + hi) / 2;
        if (fmt_digit_zeros[mid] <= cp) lo = mid; else hi = mid;
    }
    uint32_t d = cp - fmt_digit_zeros[lo];
    return d < 10 ? (int)d : -1;
}

/* get_integer: decimal digits at CP[*pos..n) into *out; returns how many,
 * or -1 (and the error) when the value would exceed Py_ssize_t. */
static int64_t fmt_get_integer(const uint32_t *cp, size_t n, size_t *pos, int64_t *out,
                               strbuf *err)
{
    int64_t acc = 0, count = 0;
    size_t p = *pos;
    for (; p < n; p++, count++) {
        int d = fmt_decimal(cp[p]);
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) {
            fmt_fail(err, FMT_VALUE_ERROR, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *pos = p;
    *out = acc;
    return count;
}

static int fmt_is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }
static int fmt_is_sign(uint32_t c) { return c == ' ' || c == '+' || c == '-'; }

fmt_status fmt_parse_spec(const char *spec, size_t n, uint32_t default_type,
                          char default_align, const char *type_name,
                          fmt_spec *f, strbuf *err)
{
    /* decode to code points; an invalid byte stands for itself */
    uint32_t small[64];
    uint32_t *cp = n <= 64 ? small : malloc(n * sizeof *cp);
    if (!cp) return FMT_MEMORY_ERROR;
    size_t end = 0;
    for (size_t i = 0; i < n;) {
        uint32_t c;
        int l = utf8_decode(spec + i, n - i, &c, 1);
        if (l <= 0) { c = (unsigned char)spec[i]; l = 1; }
        cp[end++] = c;
        i += (size_t)l;
    }

    fmt_status st = FMT_OK;
    size_t pos = 0;
    int align_specified = 0, fill_specified = 0;
    f->fill = ' ';
    f->align = default_align;
    f->alternate = 0;
    f->no_neg_0 = 0;
    f->sign = 0;
    f->width = -1;
    f->thousands = 0;
    f->group4 = 0;
    f->frac_thousands = 0;
    f->precision = -1;
    f->type = default_type;

    if (end - pos >= 2 && fmt_is_align(cp[pos + 1])) {
        f->align = (char)cp[pos + 1];
        f->fill = cp[pos];
        fill_specified = align_specified = 1;
        pos += 2;
    } else if (end - pos >= 1 && fmt_is_align(cp[pos])) {
        f->align = (char)cp[pos];
        align_specified = 1;
        pos++;
    }
    if (end - pos >= 1 && fmt_is_sign(cp[pos])) f->sign = (char)cp[pos++];
    if (end - pos >= 1 && cp[pos] == 'z') { f->no_neg_0 = 1; pos++; }
    if (end - pos >= 1 && cp[pos] == '#') { f->alternate = 1; pos++; }
    /* "0" means fill '0', and '=' alignment for numbers (default '>') */
    if (!fill_specified && end - pos >= 1 && cp[pos] == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>') f->align = '=';
        pos++;
    }
    int64_t got = fmt_get_integer(cp, end, &pos, &f->width, err);
    if (got < 0) { st = FMT_VALUE_ERROR; goto out; }
    if (got == 0) f->width = -1;

    if (end - pos && cp[pos] == ',') { f->thousands = ','; pos++; }
    if (end - pos && cp[pos] == '_') {
        if (f->thousands) goto both;
        f->thousands = '_';
        pos++;
    }
    if (end - pos && cp[pos] == ',' && f->thousands == '_') goto both;

    if (end - pos && cp[pos] == '.') {
        pos++;
        got = fmt_get_integer(cp, end, &pos, &f->precision, err);
        if (got < 0) { st = FMT_VALUE_ERROR; goto out; }
        /* a separator alone after the point is fine: precision stays unset */
        if (end - pos && cp[pos] == ',') {
            if (got == 0) f->precision = -1;
            f->frac_thousands = ',';
            pos++;
            got++;
        }
        if (end - pos && cp[pos] == '_') {
            if (f->frac_thousands) goto both;
            if (got == 0) f->precision = -1;
            f->frac_thousands = '_';
            pos++;
            got++;
        }
        if (end - pos && cp[pos] == ',' && f->frac_thousands == '_') goto both;
        if (got == 0) {
            st = fmt_fail(err, FMT_VALUE_ERROR, "Format specifier missing precision");
            goto out;
        }
    }

    if (end - pos > 1) {
        /* the spec goes in verbatim (it may hold NULs) */
        if (err) {
            sb_puts(err, "Invalid format specifier '");
            sb_append(err, spec, n);
        }
        st = fmt_fail(err, FMT_VALUE_ERROR, "' for object of type '%.200s'", type_name);
        goto out;
    }
    if (end - pos == 1) f->type = cp[pos++];

    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') { f->group4 = 1; break; }
            /* fall through */
        default:
            st = fmt_bad_separator(err, f->thousands, f->type);
            goto out;
        }
    }
    if (f->type == 'n' && f->frac_thousands) {
        st = fmt_bad_separator(err, f->frac_thousands, f->type);
        goto out;
    }
    goto out;
both:
    st = fmt_fail(err, FMT_VALUE_ERROR, "Cannot specify both ',' and '_'.");
out:
    if (cp != small) free(cp);
    return st;
}

/* ---- number layout ------------------------------------------------------ */

static inline int64_t fmt_max64(int64_t a, int64_t b) { return a > b ? a : b; }

/* Digit slots (digits plus leading zeros) and separators of N digits grouped
 * by G (0: no grouping) and zero-padded to MIN_WIDTH, as CPython's
 * _PyUnicode_InsertThousandsGrouping counts them: groups fill from the
 * right; padding zeros are grouped too; the leftmost group is never empty
 * and never starts with a separator, so the result may exceed MIN_WIDTH by
 * one. */
static void fmt_group_count(int64_t n, int64_t min_width, int g, int64_t *slots, int64_t *seps)
{
    int64_t w = min_width > 0 ? min_width : 0;
    if (!g) {
        *slots = fmt_max64(fmt_max64(n, w), 1);
        *seps = 0;
        return;
    }
    /* j full groups, then one of 1..g slots */
    int64_t j = 0;
    if (n > 0) j = (n + g - 1) / g - 1;
    if (w > g) j = fmt_max64(j, (w - g + g) / (g + 1));   /* ceil((w - g) / (g + 1)) */
    int64_t r = n - j * g, rw = w - j * (g + 1);
    int64_t last = fmt_max64(fmt_max64(r, rw), 1);
    *slots = j * g + last;
    *seps = j;
}

fmt_status fmt_num_measure(const fmt_num *num, const fmt_numopts *o, int64_t cap,
                           fmt_layout *l)
{
    memset(l, 0, sizeof *l);
    if (o->width > cap) return FMT_MEMORY_ERROR;   /* at least WIDTH bytes */
    int n_sign = 0;
    switch (o->sign) {
    case '+': n_sign = 1; l->sign = num->sign_char == '-' ? '-' : '+'; break;
    case ' ': n_sign = 1; l->sign = num->sign_char == '-' ? '-' : ' '; break;
    default:
        if (num->sign_char == '-') { n_sign = 1; l->sign = '-'; }
    }
    int64_t n_frac = (int64_t)num->n_frac;
    l->n_grouped_frac = n_frac && o->frac_sep ? n_frac + (n_frac - 1) / 3 : n_frac;
    int64_t fixed = n_sign + (int64_t)num->n_prefix + (num->has_decimal ? 1 : 0) +
                    l->n_grouped_frac + (int64_t)num->rest_chars;
    l->min_width = o->fill == '0' && o->align == '=' ? o->width - fixed : 0;
    if (num->n_digits == 0) {
        l->n_grouped = 0;   /* 'c', inf, nan: nothing to group */
    } else {
        int64_t slots, seps;
        fmt_group_count((int64_t)num->n_digits, l->min_width, o->sep ? o->group : 0,
                        &slots, &seps);
        l->n_grouped = slots + seps;
    }
    int64_t body = fixed + l->n_grouped;
    int64_t pad = o->width - body;
    if (pad > 0) {
        switch (o->align) {
        case '<': l->rpad = pad; break;
        case '^': l->lpad = pad / 2; l->rpad = pad - l->lpad; break;
        case '=': l->spad = pad; break;
        default: l->lpad = pad; break;
        }
    }
    l->n_chars = body + (pad > 0 ? pad : 0);
    int flen = o->fill < 0x80 ? 1 : o->fill < 0x800 ? 2 : o->fill < 0x10000 ? 3 : 4;
    l->n_bytes = l->n_chars + (pad > 0 ? pad : 0) * (flen - 1) +
                 (int64_t)(num->n_rest - num->rest_chars);
    if (l->n_bytes > cap) return FMT_MEMORY_ERROR;
    return FMT_OK;
}

char *fmt_fill(char *dst, const char *fb, int flen, int64_t count)
{
    if (flen == 1) {
        memset(dst, fb[0], (size_t)count);
        return dst + count;
    }
    for (int64_t i = 0; i < count; i++) {
        memcpy(dst, fb, (size_t)flen);
        dst += flen;
    }
    return dst;
}

void fmt_num_write(char *dst, const fmt_num *num, const fmt_numopts *o, const fmt_layout *l)
{
    char fb[4];
    int flen = o->fill ? utf8_encode(o->fill, fb) : (fb[0] = ' ', 1);
    char *p = fmt_fill(dst, fb, flen, l->lpad);
    if (l->sign) *p++ = l->sign;
    if (num->n_prefix) memcpy(p, num->prefix, num->n_prefix);
    p += num->n_prefix;
    p = fmt_fill(p, fb, flen, l->spad);
    if (l->n_grouped) {
        /* right to left: digits, then padding zeros, a separator after
         * every group that is not the last */
        int g = o->sep ? o->group : 0;
        char *q = p + l->n_grouped;
        int64_t left = l->n_grouped, k = 0;
        size_t dn = num->n_digits;
        const char *d = dn ? num->digits + dn : NULL;
        while (left > 0) {
            if (g && k == g) { *--q = o->sep; k = 0; left--; continue; }
            *--q = dn ? (dn--, *--d) : '0';
            k++;
            left--;
        }
        p += l->n_grouped;
    }
    if (num->has_decimal) *p++ = '.';
    for (size_t i = 0; i < num->n_frac; i++) {
        if (o->frac_sep && i && i % 3 == 0) *p++ = o->frac_sep;
        *p++ = num->frac[i];
    }
    if (num->n_rest) memcpy(p, num->rest, num->n_rest);
    p += num->n_rest;
    fmt_fill(p, fb, flen, l->rpad);
}

fmt_status fmt_num_emit(strbuf *out, const fmt_num *num, const fmt_numopts *o, int64_t cap)
{
    fmt_layout l;
    fmt_status st = fmt_num_measure(num, o, cap, &l);
    if (st) return st;
    char *w = sb_reserve(out, (size_t)l.n_bytes);
    if (!w) return FMT_MEMORY_ERROR;
    fmt_num_write(w, num, o, &l);
    sb_commit(out, (size_t)l.n_bytes);
    return FMT_OK;
}

void fmt_num_split(fmt_num *num, const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    num->digits = s;
    num->n_digits = i;
    num->has_decimal = i < n && s[i] == '.';
    num->frac = s + i + num->has_decimal;
    size_t j = i + (size_t)num->has_decimal;
    size_t f = j;
    while (f < n && s[f] >= '0' && s[f] <= '9') f++;
    num->n_frac = num->has_decimal ? f - j : 0;
    if (!num->has_decimal) f = i;
    num->rest = s + f;
    num->n_rest = num->rest_chars = n - f;
}

/* ---- str ----------------------------------------------------------------- */

/* Bytes of the first MAXCP code points of S[0..n) (all of it if fewer);
 * *NCP gets the code point count. */
static size_t fmt_cp_prefix(const char *s, size_t n, int64_t maxcp, int64_t *ncp)
{
    int64_t c = 0;
    size_t i = 0;
    for (; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80) {
            if (c == maxcp) break;
            c++;
        }
    }
    *ncp = c;
    return i;
}

/* Appends S padded to WIDTH code points with FILL per ALIGN (calc_padding). */
static fmt_status fmt_pad_text(strbuf *out, const char *s, size_t bytes, int64_t chars,
                               uint32_t fill, char align, int64_t width, int64_t cap)
{
    int64_t total = width > chars ? width : chars;
    int64_t lpad = 0;
    if (align == '>') lpad = total - chars;
    else if (align == '^') lpad = (total - chars) / 2;
    int64_t rpad = total - chars - lpad;
    char fb[4];
    int flen = utf8_encode(fill, fb);
    if (width > cap) return FMT_MEMORY_ERROR;
    int64_t nbytes = (int64_t)bytes + (lpad + rpad) * flen;
    if (nbytes > cap) return FMT_MEMORY_ERROR;
    char *w = sb_reserve(out, (size_t)nbytes);
    if (!w) return FMT_MEMORY_ERROR;
    char *p = fmt_fill(w, fb, flen, lpad);
    if (bytes) memcpy(p, s, bytes);
    fmt_fill(p + bytes, fb, flen, rpad);
    sb_commit(out, (size_t)nbytes);
    return FMT_OK;
}

fmt_status fmt_str(strbuf *out, const char *s, size_t n, const fmt_spec *f,
                   const char *type_name, size_t max_bytes, strbuf *err)
{
    if (f->type != 's') return fmt_unknown_type(err, f->type, type_name);
    if (f->sign) {
        if (f->sign == ' ')
            return fmt_fail(err, FMT_VALUE_ERROR, "Space not allowed in string format specifier");
        return fmt_fail(err, FMT_VALUE_ERROR, "Sign not allowed in string format specifier");
    }
    if (f->no_neg_0)
        return fmt_fail(err, FMT_VALUE_ERROR,
                        "Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate)
        return fmt_fail(err, FMT_VALUE_ERROR,
                        "Alternate form (#) not allowed in string format specifier");
    if (f->align == '=')
        return fmt_fail(err, FMT_VALUE_ERROR,
                        "'=' alignment not allowed in string format specifier");
    int64_t chars;
    size_t bytes = fmt_cp_prefix(s, n, f->precision >= 0 ? f->precision : INT64_MAX, &chars);
    fmt_status st = fmt_pad_text(out, s, bytes, chars, f->fill, f->align, f->width,
                                 fmt_cap(max_bytes));
    return st;
}

fmt_status fmt_format_str(strbuf *out, const char *s, size_t sn, const char *spec,
                          size_t n, const char *type_name, size_t max_bytes, strbuf *err)
{
    if (n == 0) {
        if (sn > (size_t)fmt_cap(max_bytes)) return FMT_MEMORY_ERROR;
        sb_append(out, s, sn);
        return out->oom ? FMT_MEMORY_ERROR : FMT_OK;
    }
    fmt_spec f;
    fmt_status st = fmt_parse_spec(spec, n, 's', '<', type_name, &f, err);
    if (st) return st;
    return fmt_str(out, s, sn, &f, type_name, max_bytes, err);
}

fmt_status fmt_percent_str(strbuf *out, const char *s, size_t n, unsigned flags,
                           int64_t width, int64_t prec, size_t max_bytes)
{
    int64_t chars;
    size_t bytes = fmt_cp_prefix(s, n, prec >= 0 ? prec : INT64_MAX, &chars);
    return fmt_pad_text(out, s, bytes, chars, ' ', (flags & FMT_F_LJUST) ? '<' : '>', width,
                        fmt_cap(max_bytes));
}
