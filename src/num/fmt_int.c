/* Integers: int64 -> text in base 2/8/10/16, and int.__format__ for int64
 * values and for big ints given as digit strings. */
#include "fmt_impl.h"

#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"

static const char fmt_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

int fmt_u64_base(uint64_t v, int base, int upper, char *buf)
{
    char tmp[64];
    char *p = tmp + 64;
    if (base == 10) {
        while (v >= 100) {
            unsigned r = (unsigned)(v % 100);
            v /= 100;
            p -= 2;
            memcpy(p, fmt_pairs + 2 * r, 2);
        }
        if (v >= 10) { p -= 2; memcpy(p, fmt_pairs + 2 * v, 2); }
        else *--p = (char)('0' + v);
    } else {
        const char *xd = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        int shift = base == 2 ? 1 : base == 8 ? 3 : 4;
        uint64_t mask = (uint64_t)base - 1;
        do {
            *--p = xd[v & mask];
            v >>= shift;
        } while (v);
    }
    int n = (int)(tmp + 64 - p);
    memcpy(buf, p, (size_t)n);
    buf[n] = '\0';
    return n;
}

int fmt_i64_base(int64_t v, int base, int prefix, int upper, char *buf)
{
    char *p = buf;
    uint64_t m = (uint64_t)v;
    if (v < 0) { *p++ = '-'; m = 0 - m; }
    if (prefix && base != 10) {
        *p++ = '0';
        *p++ = base == 2 ? 'b' : base == 8 ? 'o' : upper ? 'X' : 'x';
    }
    p += fmt_u64_base(m, base, upper, p);
    return (int)(p - buf);
}

int fmt_int_base(const fmt_spec *f)
{
    switch (f->type) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    case 'c': case 'd': case 'n': return 10;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': return 0;
    default: return -1;
    }
}

/* format_long_internal, with the value as digits (or, for 'c', CH). */
static fmt_status fmt_long(strbuf *out, int negative, const char *digits, size_t n,
                           uint32_t ch, const fmt_spec *f, size_t max_bytes)
{
    fmt_num num;
    memset(&num, 0, sizeof num);
    char chbuf[4];
    char upbuf[256];
    char *up = NULL;
    fmt_numopts o = { f->fill, f->align, f->width, f->sign, 0, 3, 0 };
    if (f->type == 'c') {
        num.rest = chbuf;
        num.n_rest = (size_t)utf8_encode(ch, chbuf);
        num.rest_chars = 1;
    } else {
        num.sign_char = negative ? '-' : 0;
        num.digits = digits;
        num.n_digits = n;
        if (f->alternate) {
            switch (f->type) {
            case 'b': num.prefix = "0b"; num.n_prefix = 2; break;
            case 'o': num.prefix = "0o"; num.n_prefix = 2; break;
            case 'x': num.prefix = "0x"; num.n_prefix = 2; break;
            case 'X': num.prefix = "0X"; num.n_prefix = 2; break;
            }
        }
        if (f->type == 'X') {
            up = n <= sizeof upbuf ? upbuf : malloc(n);
            if (!up) return FMT_MEMORY_ERROR;
            for (size_t i = 0; i < n; i++)
                up[i] = digits[i] >= 'a' && digits[i] <= 'f' ? (char)(digits[i] - 32) : digits[i];
            num.digits = up;
        }
        if (f->type != 'n' && f->thousands) {
            o.sep = f->thousands;
            o.group = f->group4 ? 4 : 3;
        }
    }
    fmt_status st = fmt_num_emit(out, &num, &o, fmt_cap(max_bytes));
    if (up && up != upbuf) free(up);
    return st;
}

/* The checks format_long_internal makes before formatting. */
static fmt_status fmt_long_checks(const fmt_spec *f, strbuf *err)
{
    if (f->precision != -1)
        return fmt_fail(err, FMT_VALUE_ERROR, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return fmt_fail(err, FMT_VALUE_ERROR,
                        "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') {
        if (f->sign)
            return fmt_fail(err, FMT_VALUE_ERROR,
                            "Sign not allowed with integer format specifier 'c'");
        if (f->alternate)
            return fmt_fail(err, FMT_VALUE_ERROR,
                            "Alternate form (#) not allowed with integer format specifier 'c'");
    }
    return FMT_OK;
}

static fmt_status fmt_char_range(strbuf *err)
{
    return fmt_fail(err, FMT_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
}

fmt_status fmt_int_digits(strbuf *out, int negative, const char *digits, size_t n,
                          const fmt_spec *f, const char *type_name, size_t max_bytes,
                          strbuf *err)
{
    int base = fmt_int_base(f);
    if (base < 0) return fmt_unknown_type(err, f->type, type_name);
    if (base == 0) {
        /* the caller should have converted to float; do it for small values */
        return fmt_fail(err, FMT_VALUE_ERROR, "internal: float type needs a float");
    }
    fmt_status st = fmt_long_checks(f, err);
    if (st) return st;
    uint32_t ch = 0;
    if (f->type == 'c') {
        /* PyLong_AsLong, then the range check */
        while (n > 1 && digits[0] == '0') { digits++; n--; }
        uint64_t v = 0;
        int big = n > 19;
        for (size_t i = 0; !big && i < n; i++) {
            unsigned d = (unsigned)(digits[i] - '0');
            if (v > (UINT64_MAX - d) / 10) big = 1;
            else v = v * 10 + d;
        }
        if (big || v > (negative ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1))
            return fmt_fail(err, FMT_OVERFLOW_ERROR, "Python int too large to convert to C long");
        if ((negative && v) || v > 0x10FFFF) return fmt_char_range(err);
        ch = (uint32_t)v;
    }
    return fmt_long(out, negative, digits, n, ch, f, max_bytes);
}

fmt_status fmt_int64(strbuf *out, int64_t v, const fmt_spec *f, const char *type_name,
                     size_t max_bytes, strbuf *err)
{
    int base = fmt_int_base(f);
    if (base < 0) return fmt_unknown_type(err, f->type, type_name);
    if (base == 0) return fmt_float(out, (double)v, f, "float", max_bytes, err);
    fmt_status st = fmt_long_checks(f, err);
    if (st) return st;
    if (f->type == 'c') {
        if (v < 0 || v > 0x10FFFF) return fmt_char_range(err);
        return fmt_long(out, 0, NULL, 0, (uint32_t)v, f, max_bytes);
    }
    char buf[FMT_I64_BUFSIZE];
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int n = fmt_u64_base(m, base, 0, buf);
    return fmt_long(out, v < 0, buf, (size_t)n, 0, f, max_bytes);
}

fmt_status fmt_format_int64(strbuf *out, int64_t v, const char *spec, size_t n,
                            const char *type_name, size_t max_bytes, strbuf *err)
{
    if (n == 0) {
        char buf[FMT_I64_BUFSIZE];
        int len = fmt_i64_base(v, 10, 0, 0, buf);
        if ((size_t)len > (size_t)fmt_cap(max_bytes)) return FMT_MEMORY_ERROR;
        sb_append(out, buf, (size_t)len);
        return out->oom ? FMT_MEMORY_ERROR : FMT_OK;
    }
    fmt_spec f;
    fmt_status st = fmt_parse_spec(spec, n, 'd', '>', type_name, &f, err);
    if (st) return st;
    return fmt_int64(out, v, &f, type_name, max_bytes, err);
}
