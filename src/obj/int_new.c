/* int(x), int(x, base) and the conversions other modules use: the index
 * protocol, int64 extraction, int from double / digits / text. */
#include "num_impl.h"

#include "../num/fmt.h"
#include "../unicode/unicode.h"
#include "../util/repr.h"
#include "../util/utf8.h"
#include "bytes.h"

/* ---- conversions ------------------------------------------------------- */

int kint_from_u64(kr_rt *rt, uint64_t u, kr_val *out)
{
    if (u <= (uint64_t)INT64_MAX) { *out = kv_int((int64_t)u); return KR_OK; }
    bi_t *b;
    bi_status st = bi_from_u64(&rt->bi, &b, u);
    if (st != BI_OK) return kint_status(rt, st);
    return kint_from_bi(rt, b, out);
}

int kint_from_double(kr_rt *rt, double d, kr_val *out)
{
    if (isnan(d)) return kr_raise(rt, &kt_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return kr_raise(rt, &kt_OverflowError, "cannot convert float infinity to integer");
    /* -2**63 <= d < 2**63: the truncation fits */
    if (d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        *out = kv_int((int64_t)d);
        return KR_OK;
    }
    bi_t *b;
    bi_status st = bi_from_double(&rt->bi, &b, d);
    if (st != BI_OK) return kint_status(rt, st);
    return kint_from_bi(rt, b, out);
}

int kint_to_double(kr_rt *rt, kr_val v, double *out)
{
    int64_t x;
    const bi_t *b;
    if (!kint_value(v, &x, &b)) return kr_type_error(rt, "'%s' object is not an int", v);
    if (!b) { *out = (double)x; return KR_OK; }
    bi_status st = bi_to_double(b, out);
    return st == BI_OK ? KR_OK : kint_status(rt, st);
}

int kint_from_digits(kr_rt *rt, const char *s, size_t n, int base, bool neg, kr_val *out)
{
    bi_t *b;
    bi_status st = bi_from_digits(&rt->bi, &b, s, n, base, neg);
    if (st != BI_OK) return kint_status_n(rt, st, n);
    return kint_from_bi(rt, b, out);
}

int kint_as_i64(kr_rt *rt, kr_val v, int64_t *out)
{
    const bi_t *b;
    if (!kint_value(v, out, &b))
        return kr_type_error(rt, "'%s' object cannot be interpreted as an integer", v);
    if (b) return kr_raise(rt, &kt_OverflowError, "Python int too large to convert to C long");
    return KR_OK;
}

int kint_index(kr_rt *rt, kr_val v, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    if (kv_is_int(v) || kv_is_bigint(v)) { *out = v; return KR_OK; }
    if (kint_value(v, &x, &b)) return kint_make(rt, x, b, out);
    kr_val r;
    int st = vm_call_special(rt, v, "__index__", NULL, 0, &r);
    if (st == KR_STOP)
        return kr_type_error(rt, "'%s' object cannot be interpreted as an integer", v);
    if (st != KR_OK) return st;
    if (!kint_value(r, &x, &b))
        return kr_type_error(rt, "__index__ returned non-int (type %s)", r);
    return kint_make(rt, x, b, out);
}

int kint_index_ssize(kr_rt *rt, kr_val v, kr_type *exc, int64_t *out)
{
    int64_t x;
    const bi_t *b;
    if (kv_is_int(v)) { *out = kv_as_int(v); return KR_OK; }
    kr_val iv;
    if (!kint_value(v, &x, &b)) {
        if (kint_index(rt, v, &iv) != KR_OK) return KR_ERR;
        kint_value(iv, &x, &b);
    }
    if (!b) { *out = x; return KR_OK; }
    if (!exc) { *out = bi_sign(b) < 0 ? INT64_MIN : INT64_MAX; return KR_OK; }
    return kr_raise(rt, exc, "cannot fit 'int' into an index-sized integer");
}

int kint_index_i64(kr_rt *rt, kr_val v, int64_t *out)
{
    return kint_index_ssize(rt, v, &kt_IndexError, out);
}

int kint_to_base(kr_rt *rt, kr_val v, int base, bool prefix, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    if (!kint_value(v, &x, &b)) return kr_type_error(rt, "'%s' object is not an int", v);
    bool std = base == 2 || base == 8 || base == 10 || base == 16;
    if (!b && std) {
        char buf[FMT_I64_BUFSIZE];
        int n = fmt_i64_base(x, base, prefix && base != 10, 0, buf);
        return knum_str(rt, buf, (size_t)n, out);
    }
    bi_small s;
    if (!b) b = bi_small_set(&s, x);
    char *digits;
    size_t n;
    bi_status st = bi_to_str(&rt->bi, b, base, &digits, &n);
    if (st != BI_OK) return kint_status(rt, st);
    const char *pfx = !prefix ? "" : base == 2 ? "0b" : base == 8 ? "0o" : base == 16 ? "0x" : "";
    size_t pn = strlen(pfx), neg = digits[0] == '-';
    int r = KR_ERR;
    char *buf = mem_alloc(&rt->heap.mem, n + pn + 1);
    if (!buf) r = kr_nomem(rt);
    else {
        memcpy(buf, digits, neg);
        memcpy(buf + neg, pfx, pn);
        memcpy(buf + neg + pn, digits + neg, n - neg);
        r = knum_str(rt, buf, n + pn, out);
        mem_free(&rt->heap.mem, buf, n + pn + 1);
    }
    rt->bi.a.free(rt->bi.a.ud, digits, n + 1);
    return r;
}

/* ---- int(str) ------------------------------------------------------------ */

/* CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: non-ASCII decimal
 * digits become ASCII ones, non-ASCII whitespace a space, anything else
 * non-ASCII an invalid character.  *BUF is a new mem block of N + 1 bytes
 * holding *BLEN bytes of text (free it with size N + 1), or NULL when S is
 * ASCII already (then use S itself). */
int knum_ascii_number(kr_rt *rt, const char *s, size_t n, char **buf, size_t *blen)
{
    *buf = NULL;
    size_t i = 0;
    while (i < n && !((unsigned char)s[i] & 0x80)) i++;
    if (i == n) { *blen = n; return KR_OK; }
    char *b = mem_alloc(&rt->heap.mem, n + 1);
    if (!b) return kr_nomem(rt);
    size_t k = 0;
    for (i = 0; i < n;) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) { b[k++] = (char)c; i++; continue; }
        uint32_t cp;
        int len = utf8_decode(s + i, n - i, &cp, 1);
        if (len <= 0) len = 1, cp = 0xFFFD;
        i += (size_t)len;
        int d = uc_decimal_value(cp);
        if (d >= 0) b[k++] = (char)('0' + d);
        else if (uc_is_space(cp)) b[k++] = ' ';
        else b[k++] = '?';
    }
    b[k] = 0;
    *buf = b;
    *blen = k;
    return KR_OK;
}

/* "invalid literal ... %.200R" of the str or bytes V. */
static int invalid_literal(kr_rt *rt, int base, kr_val v)
{
    strbuf sb = STRBUF_INIT;
    const unsigned char *p;
    size_t n;
    if (kv_is_str(v)) {
        kr_obj *o = kv_as_obj(v);
        repr_str(&sb, kstr_data(o), (size_t)kstr_nbytes(o));
    } else if (kbytes_buffer(v, &p, &n)) {
        repr_bytes(&sb, (const char *)p, n > 200 ? 200 : n);
    }
    if (sb.oom) { sb_free(&sb); return kr_nomem(rt); }
    /* %.200R: the repr cut after 200 characters */
    size_t cut = 0, chars = 0;
    while (cut < sb.len && chars < 200) {
        unsigned char c = (unsigned char)sb.p[cut];
        cut += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        chars++;
    }
    if (cut > sb.len) cut = sb.len;
    int r = kr_raise(rt, &kt_ValueError, "invalid literal for int() with base %d: %.*s",
                     base, (int)cut, sb.p ? sb.p : "");
    sb_free(&sb);
    return r;
}

/* Short decimal strings, the common int(s): optional sign, <= 18 digits. */
static bool parse_fast(const char *s, size_t n, kr_val *out)
{
    size_t i = 0;
    bool neg = false;
    if (n && (s[0] == '-' || s[0] == '+')) { neg = s[0] == '-'; i = 1; }
    if (n - i == 0 || n - i > 18) return false;
    int64_t v = 0;
    for (; i < n; i++) {
        unsigned d = (unsigned char)s[i] - '0';
        if (d > 9) return false;
        v = v * 10 + d;
    }
    *out = kv_int(neg ? -v : v);
    return true;
}

static int parse_text(kr_rt *rt, const char *s, size_t n, int base, kr_val orig, kr_val *out)
{
    if (base == 10 && parse_fast(s, n, out)) return KR_OK;
    bi_t *b;
    size_t nd = 0;
    bi_status st = bi_parse(&rt->bi, &b, s, n, base, &nd);
    if (st == BI_ESYNTAX) return invalid_literal(rt, base, orig);
    if (st != BI_OK) return kint_status_n(rt, st, nd);
    return kint_from_bi(rt, b, out);
}

static int parse_value(kr_rt *rt, kr_val x, int base, kr_val *out)
{
    const unsigned char *p;
    size_t n;
    if (kv_is_str(x)) {
        kr_obj *o = kv_as_obj(x);
        char *buf;
        size_t blen;
        if (knum_ascii_number(rt, kstr_data(o), (size_t)kstr_nbytes(o), &buf, &blen) != KR_OK)
            return KR_ERR;
        int r = parse_text(rt, buf ? buf : kstr_data(o), blen, base, x, out);
        if (buf) mem_free(&rt->heap.mem, buf, (size_t)kstr_nbytes(o) + 1);
        return r;
    }
    if (kbytes_buffer(x, &p, &n)) return parse_text(rt, (const char *)p, n, base, x, out);
    return kr_raise(rt, &kt_TypeError, "int() can't convert non-string with explicit base");
}

/* The exact int result of a conversion dunder (__int__, __index__). */
static int dunder_result(kr_rt *rt, const char *name, kr_val r, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    if (!kint_value(r, &x, &b))
        return kr_raise(rt, &kt_TypeError, "%s returned non-int (type %s)", name, kr_type_name(r));
    return kint_make(rt, x, b, out);
}

/* int(x) with one argument: CPython's PyNumber_Long. */
static int int_from_value(kr_rt *rt, kr_val x, kr_val *out)
{
    if (kv_is_int(x) || kv_is_bigint(x)) { *out = x; return KR_OK; }
    if (kv_is_bool(x)) { *out = kv_int(kv_as_bool(x)); return KR_OK; }
    if (kv_is_float(x)) return kint_from_double(rt, kv_as_float(x), out);
    if (kv_is_exact_str(x)) return parse_value(rt, x, 10, out);
    kr_val r;
    int st = vm_call_special(rt, x, "__int__", NULL, 0, &r);
    if (st == KR_OK) return dunder_result(rt, "__int__", r, out);
    if (st != KR_STOP) return st;
    st = vm_call_special(rt, x, "__index__", NULL, 0, &r);
    if (st == KR_OK) return dunder_result(rt, "__index__", r, out);
    if (st != KR_STOP) return st;
    const unsigned char *p;
    size_t n;
    if (kv_is_str(x) || kbytes_buffer(x, &p, &n)) return parse_value(rt, x, 10, out);
    return kr_type_error(rt, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x);
}

int kint_construct(kr_rt *rt, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    int nkw = kwnames ? (int)((kr_tuple *)(void *)kwnames)->len : 0;
    kr_val x = nargs > 0 ? args[0] : kv_undef();
    kr_val base = nargs > 1 ? args[1] : kv_undef();
    if (nargs + nkw > 2) {
        if (!nkw) return kr_raise(rt, &kt_TypeError, "int expected at most 2 arguments, got %d", nargs);
        return kr_raise(rt, &kt_TypeError, "int() takes at most 2 arguments (%d given)", nargs + nkw);
    }
    for (int i = 0; i < nkw; i++) {
        kr_obj *k = kv_as_obj(((kr_tuple *)(void *)kwnames)->items[i]);
        if (!kstr_eq_cstr((kr_str *)(void *)k, "base"))
            return kr_raise(rt, &kt_TypeError, "int() got an unexpected keyword argument '%s'", kstr_data(k));
        if (nargs > 1)
            return kr_raise(rt, &kt_TypeError, "argument for int() given by name ('base') and position (2)");
        base = args[nargs + i];
    }
    if (kv_is_undef(x)) {
        if (!kv_is_undef(base)) return kr_raise(rt, &kt_TypeError, "int() missing string argument");
        *out = kv_int(0);
        return KR_OK;
    }
    if (kv_is_undef(base)) return int_from_value(rt, x, out);
    int64_t b;
    if (kint_index_ssize(rt, base, NULL, &b) != KR_OK) return KR_ERR;
    if ((b != 0 && b < 2) || b > 36)
        return kr_raise(rt, &kt_ValueError, "int() base must be >= 2 and <= 36, or 0");
    return parse_value(rt, x, (int)b, out);
}
