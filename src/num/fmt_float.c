/* Floats and complex numbers: PyOS_double_to_string (fmt_double), then
 * float.__format__ and complex.__format__ on top of it. */
#include "fmt_impl.h"

#include <limits.h>
#include <math.h>
#include <string.h>

#include "util/dtoa.h"
#include "util/utf8.h"

fmt_status fmt_double(strbuf *out, double x, char code, int64_t precision, unsigned flags,
                      size_t max_bytes)
{
    int64_t cap = fmt_cap(max_bytes);
    int upper = code == 'E' || code == 'F' || code == 'G';
    char lc = upper ? (char)(code + 32) : code;
    int sign = signbit(x) != 0;
    char sign_ch = 0;

    if (!isfinite(x)) {
        if (isnan(x)) sign = 0;   /* a nan's sign is never shown */
        char buf[5], *p = buf;
        if (sign) *p++ = '-';
        else if (flags & FMT_DTSF_SIGN) *p++ = '+';
        memcpy(p, isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
        p += 3;
        sb_append(out, buf, (size_t)(p - buf));
        return out->oom ? FMT_MEMORY_ERROR : FMT_OK;
    }

    char digits[DTOA_FIXED_BUFSIZE];
    int64_t decpt;
    int64_t ndig;
    int64_t prec = precision;
    int alt = (flags & FMT_DTSF_ALT) != 0;
    int add_dot_0 = (flags & FMT_DTSF_ADD_DOT_0) != 0;
    /* Gay's dtoa allocates a digit buffer of the requested size up front
     * (CPython raises MemoryError for '.2147483647' even on 1.0): count it
     * against the cap too (not for zero, which it returns at once).  k
     * estimates floor(log10|x|) to within one. */
    if (lc != 'r' && precision > INT_MAX) return FMT_MEMORY_ERROR;   /* an int in CPython */
    if (lc != 'r' && x != 0) {
        int64_t want = lc == 'e' ? precision + 1 : precision;
        if (lc == 'f') {
            int e2;
            frexp(x, &e2);
            want += (int64_t)floor((e2 - 1) * 0.30103) + 1;
        }
        if (want > cap) return FMT_MEMORY_ERROR;
    }
    switch (lc) {
    case 'e':
        prec = precision + 1;
        ndig = dtoa_fixed(x, 2, prec, digits, &decpt);
        break;
    case 'f':
        ndig = dtoa_fixed(x, 3, prec, digits, &decpt);
        break;
    case 'g':
        if (prec == 0) prec = 1;
        ndig = dtoa_fixed(x, 2, prec, digits, &decpt);
        break;
    default: /* 'r' */
        if (x == 0) {
            digits[0] = '0';
            ndig = 1;
            decpt = 1;
        } else {
            int dp;
            ndig = dtoa_shortest(x, digits, &dp);
            decpt = dp;
        }
        break;
    }
    if (sign && (flags & FMT_DTSF_NO_NEG_0) && (ndig == 0 || (ndig == 1 && digits[0] == '0')))
        sign = 0;
    if (sign) sign_ch = '-';
    else if (flags & FMT_DTSF_SIGN) sign_ch = '+';

    /* CPython's format_float_short: the output is the slice
     * vdigits[vstart:vend] of the digits padded with zeros on both sides,
     * with the point after position decpt. */
    int use_exp = 0;
    int64_t vend = ndig, exp = 0;
    switch (lc) {
    case 'e':
        use_exp = 1;
        vend = prec;
        break;
    case 'f':
        vend = decpt + prec;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? prec - 1 : prec)) use_exp = 1;
        if (alt) vend = prec;
        break;
    default:
        if (decpt <= -4 || decpt > 16) use_exp = 1;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vend = vend > decpt ? vend : decpt + 1;
    else vend = vend > decpt ? vend : decpt;

    /* sign, point, digits and zeros, exponent ("e-324") */
    int64_t bound = 2 + (vend - vstart) + (use_exp ? 5 : 0);
    if (bound > cap) return FMT_MEMORY_ERROR;
    char *w = sb_reserve(out, (size_t)bound);
    if (!w) return FMT_MEMORY_ERROR;
    char *p = w;
    if (sign_ch) *p++ = sign_ch;
    if (decpt <= 0) {
        memset(p, '0', (size_t)(decpt - vstart));
        p += decpt - vstart;
        *p++ = '.';
        memset(p, '0', (size_t)-decpt);
        p += -decpt;
    } else {
        memset(p, '0', (size_t)-vstart);
        p += -vstart;
    }
    if (0 < decpt && decpt <= ndig) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(ndig - decpt));
        p += ndig - decpt;
    } else {
        memcpy(p, digits, (size_t)ndig);
        p += ndig;
    }
    if (ndig < decpt) {
        memset(p, '0', (size_t)(decpt - ndig));
        p += decpt - ndig;
        *p++ = '.';
        memset(p, '0', (size_t)(vend - decpt));
        p += vend - decpt;
    } else {
        memset(p, '0', (size_t)(vend - ndig));
        p += vend - ndig;
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        int e = (int)exp;
        if (e < 0) { *p++ = '-'; e = -e; } else *p++ = '+';
        if (e >= 100) { *p++ = (char)('0' + e / 100); e %= 100; }
        *p++ = (char)('0' + e / 10);
        *p++ = (char)('0' + e % 10);
    }
    sb_commit(out, (size_t)(p - w));
    return FMT_OK;
}

/* The options format_float_internal and format_complex_internal share:
 * the code and precision passed to PyOS_double_to_string. */
typedef struct fmt_fplan {
    char code;
    int64_t precision;
    unsigned flags;
} fmt_fplan;

static fmt_status fmt_precision_check(const fmt_spec *f, strbuf *err)
{
    if (f->precision > INT_MAX)
        return fmt_fail(err, FMT_VALUE_ERROR, "precision too big");
    return FMT_OK;
}

/* Formats X with PLAN into TMP and describes it (sign stripped) in NUM. */
static fmt_status fmt_float_piece(strbuf *tmp, double x, const fmt_fplan *plan, int pct,
                                  int64_t cap, fmt_num *num)
{
    fmt_status st = fmt_double(tmp, x, plan->code, plan->precision, plan->flags, (size_t)cap);
    if (st) return st;
    if (pct) {
        sb_putc(tmp, '%');
        if (tmp->oom) return FMT_MEMORY_ERROR;
    }
    memset(num, 0, sizeof *num);
    const char *s = tmp->p;
    size_t n = tmp->len;
    if (n && s[0] == '-') { num->sign_char = '-'; s++; n--; }
    fmt_num_split(num, s, n);
    return FMT_OK;
}

fmt_status fmt_float(strbuf *out, double x, const fmt_spec *f, const char *type_name,
                     size_t max_bytes, strbuf *err)
{
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        break;
    default:
        return fmt_unknown_type(err, f->type, type_name);
    }
    fmt_status st = fmt_precision_check(f, err);
    if (st) return st;
    int64_t cap = fmt_cap(max_bytes);
    fmt_fplan plan = { (char)f->type, f->precision, 0 };
    int64_t default_precision = 6;
    int pct = 0;
    if (f->alternate) plan.flags |= FMT_DTSF_ALT;
    if (f->no_neg_0) plan.flags |= FMT_DTSF_NO_NEG_0;
    if (plan.code == 0) {
        /* like repr() without a precision, else like 'g' keeping a ".0" */
        plan.flags |= FMT_DTSF_ADD_DOT_0;
        plan.code = 'r';
        default_precision = 0;
    }
    if (plan.code == 'n') plan.code = 'g';
    if (plan.code == '%') {
        plan.code = 'f';
        x *= 100;   /* rounded, as CPython does */
        pct = 1;
    }
    if (plan.precision < 0) plan.precision = default_precision;
    else if (plan.code == 'r') plan.code = 'g';

    strbuf tmp = STRBUF_INIT;
    fmt_num num;
    st = fmt_float_piece(&tmp, x, &plan, pct, cap, &num);
    if (!st) {
        /* 'n' in the C locale: '.' and no grouping */
        fmt_numopts o = { f->fill, f->align, f->width, f->sign,
                          f->type == 'n' ? 0 : f->thousands, 3, f->frac_thousands };
        st = fmt_num_emit(out, &num, &o, cap);
    }
    sb_free(&tmp);
    return st;
}

fmt_status fmt_complex(strbuf *out, double re, double im, const fmt_spec *f,
                       const char *type_name, size_t max_bytes, strbuf *err)
{
    switch (f->type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
        break;
    default:
        return fmt_unknown_type(err, f->type, type_name);
    }
    fmt_status st = fmt_precision_check(f, err);
    if (st) return st;
    if (f->fill == '0')
        return fmt_fail(err, FMT_VALUE_ERROR,
                        "Zero padding is not allowed in complex format specifier");
    if (f->align == '=')
        return fmt_fail(err, FMT_VALUE_ERROR,
                        "'=' alignment flag is not allowed in complex format specifier");
    int64_t cap = fmt_cap(max_bytes);
    fmt_fplan plan = { (char)f->type, f->precision, 0 };
    int64_t default_precision = 6;
    int skip_re = 0, add_parens = 0;
    if (f->alternate) plan.flags |= FMT_DTSF_ALT;
    if (f->no_neg_0) plan.flags |= FMT_DTSF_NO_NEG_0;
    if (plan.code == 0) {
        /* like str(self) */
        plan.code = 'r';
        default_precision = 0;
        if (re == 0.0 && copysign(1.0, re) == 1.0) skip_re = 1;
        else add_parens = 1;
    }
    if (plan.code == 'n') plan.code = 'g';
    if (plan.precision < 0) plan.precision = default_precision;
    else if (plan.code == 'r') plan.code = 'g';

    strbuf tre = STRBUF_INIT, tim = STRBUF_INIT;
    fmt_num nre, nim;
    fmt_layout lre, lim;
    char sep = f->type == 'n' ? 0 : f->thousands;
    /* the parts unpadded; the real part's sign per the spec, the imaginary
     * part's always shown unless it stands alone */
    fmt_numopts ore = { 0, '<', -1, f->sign, sep, 3, f->frac_thousands };
    fmt_numopts oim = ore;
    if (!skip_re) oim.sign = '+';
    st = fmt_float_piece(&tre, re, &plan, 0, cap, &nre);
    if (!st) st = fmt_float_piece(&tim, im, &plan, 0, cap, &nim);
    if (!st) st = fmt_num_measure(&nre, &ore, cap, &lre);
    if (!st) st = fmt_num_measure(&nim, &oim, cap, &lim);
    if (!st) {
        int64_t re_chars = skip_re ? 0 : lre.n_chars, re_bytes = skip_re ? 0 : lre.n_bytes;
        int64_t chars = re_chars + lim.n_chars + 1 + 2 * add_parens;
        int64_t bytes = re_bytes + lim.n_bytes + 1 + 2 * add_parens;
        int64_t total = f->width > chars ? f->width : chars;
        int64_t lpad = 0;
        if (f->align == '>') lpad = total - chars;
        else if (f->align == '^') lpad = (total - chars) / 2;
        int64_t rpad = total - chars - lpad;
        char fb[4];
        int flen = utf8_encode(f->fill, fb);
        if (f->width > cap) {
            st = FMT_MEMORY_ERROR;
        } else {
            bytes += (lpad + rpad) * flen;
            char *w = bytes > cap ? NULL : sb_reserve(out, (size_t)bytes);
            if (!w) {
                st = FMT_MEMORY_ERROR;
            } else {
                char *p = fmt_fill(w, fb, flen, lpad);
                if (add_parens) *p++ = '(';
                if (!skip_re) {
                    fmt_num_write(p, &nre, &ore, &lre);
                    p += lre.n_bytes;
                }
                fmt_num_write(p, &nim, &oim, &lim);
                p += lim.n_bytes;
                *p++ = 'j';
                if (add_parens) *p++ = ')';
                fmt_fill(p, fb, flen, rpad);
                sb_commit(out, (size_t)bytes);
            }
        }
    }
    sb_free(&tre);
    sb_free(&tim);
    return st;
}

fmt_status fmt_complex_repr(strbuf *out, double re, double im, size_t max_bytes)
{
    size_t start = out->len;
    fmt_status st;
    if (re == 0.0 && copysign(1.0, re) == 1.0) {
        st = fmt_double(out, im, 'r', 0, 0, max_bytes);
        if (!st) sb_putc(out, 'j');
    } else {
        sb_putc(out, '(');
        st = fmt_double(out, re, 'r', 0, 0, max_bytes);
        if (!st) st = fmt_double(out, im, 'r', 0, FMT_DTSF_SIGN, max_bytes);
        if (!st) sb_append(out, "j)", 2);
    }
    if (!st && out->oom) st = FMT_MEMORY_ERROR;
    if (!st && out->len - start > max_bytes) st = FMT_MEMORY_ERROR;
    if (st && out->p) {
        out->len = start;
        out->p[start] = '\0';
    }
    return st;
}

fmt_status fmt_format_float(strbuf *out, double x, const char *spec, size_t n,
                            const char *type_name, size_t max_bytes, strbuf *err)
{
    if (n == 0) {
        return fmt_double(out, x, 'r', 0, FMT_DTSF_ADD_DOT_0, max_bytes);
    }
    fmt_spec f;
    fmt_status st = fmt_parse_spec(spec, n, 0, '>', type_name, &f, err);
    if (st) return st;
    return fmt_float(out, x, &f, type_name, max_bytes, err);
}

fmt_status fmt_format_complex(strbuf *out, double re, double im, const char *spec, size_t n,
                              const char *type_name, size_t max_bytes, strbuf *err)
{
    if (n == 0) {
        return fmt_complex_repr(out, re, im, max_bytes);
    }
    fmt_spec f;
    fmt_status st = fmt_parse_spec(spec, n, 0, '>', type_name, &f, err);
    if (st) return st;
    return fmt_complex(out, re, im, &f, type_name, max_bytes, err);
}
