/* float's methods and attributes: hex/fromhex, as_integer_ratio, rounding,
 * __format__, from_number. */
#include "num_impl.h"

#include <float.h>

#include "../num/fmt.h"
#include "../util/dtoa.h"

static int self_float(kr_rt *rt, const char *name, kr_val self, double *x)
{
    if (kfloat_value(self, x)) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "descriptor '%s' for 'float' objects doesn't apply to a '%s' object",
                    name, kr_type_name(self));
}

static int no_args(kr_rt *rt, const char *name, int nargs, kr_obj *kwnames)
{
    if (kwnames && ((kr_tuple *)(void *)kwnames)->len)
        return kr_raise(rt, &kt_TypeError, "%s() takes no keyword arguments", name);
    if (nargs)
        return kr_raise(rt, &kt_TypeError, "%s() takes no arguments (%d given)", name, nargs);
    return KR_OK;
}

#define SELF_FLOAT(name) \
    double x; \
    if (self_float(rt, name, self, &x) != KR_OK || no_args(rt, name, nargs, kwnames) != KR_OK) \
        return KR_ERR

static int float_exact(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_FLOAT("__float__");
    *out = kv_float(x);
    return KR_OK;
}

static int float_zero(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_FLOAT("imag");
    *out = kv_float(0.0);
    return KR_OK;
}

static int float_is_integer(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_FLOAT("is_integer");
    *out = kv_bool(isfinite(x) && floor(x) == x);
    return KR_OK;
}

static int float_trunc(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_FLOAT("__trunc__");
    return kint_from_double(rt, x, out);
}

static int float_floor(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_FLOAT("__floor__");
    return kint_from_double(rt, floor(x), out);
}

static int float_ceil(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_FLOAT("__ceil__");
    return kint_from_double(rt, ceil(x), out);
}

static int float_ratio(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_FLOAT("as_integer_ratio");
    if (isinf(x)) return kr_raise(rt, &kt_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return kr_raise(rt, &kt_ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) { m *= 2.0; e--; }
    kr_val items[2] = { kv_int((int64_t)m), kv_int(1) };
    int st = e > 0 ? kint_binop_i64(rt, OPB_LSHIFT, (int64_t)m, e, &items[0])
                   : kint_binop_i64(rt, OPB_LSHIFT, 1, -(int64_t)e, &items[1]);
    if (st != KR_OK) return KR_ERR;
    kr_tuple *t = ktuple_from(rt, items, 2);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

/* float.hex(): CPython's float_hex, 13 hex digits after the point. */
static int float_hex(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_FLOAT("hex");
    char buf[48];
    if (!isfinite(x)) {
        int n = dtoa_repr(x, buf, 1);
        return knum_str(rt, buf, (size_t)n, out);
    }
    if (x == 0.0) return knum_str(rt, signbit(x) ? "-0x0.0p+0" : "0x0.0p+0", signbit(x) ? 9 : 8, out);
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    static const char hex[] = "0123456789abcdef";
    char digits[20];
    int k = 0;
    digits[k++] = hex[(int)m];
    m -= (int)m;
    digits[k++] = '.';
    for (int i = 0; i < (DBL_MANT_DIG - 1) / 4; i++) {
        m *= 16.0;
        digits[k++] = hex[(int)m];
        m -= (int)m;
    }
    digits[k] = 0;
    int n = snprintf(buf, sizeof buf, "%s0x%sp%c%d", x < 0 ? "-" : "", digits, e < 0 ? '-' : '+', e < 0 ? -e : e);
    return knum_str(rt, buf, (size_t)n, out);
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static bool is_space(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static bool match_ci(const char *s, size_t n, const char *word)
{
    size_t k = strlen(word);
    if (n != k) return false;
    for (size_t i = 0; i < k; i++)
        if ((s[i] | 0x20) != word[i]) return false;
    return true;
}

/* Parses float.fromhex text: 0 ok, 1 invalid, 2 too large. */
static int parse_hex_float(const char *s, size_t n, double *out)
{
    size_t i = 0;
    while (i < n && is_space((unsigned char)s[i])) i++;
    while (n > i && is_space((unsigned char)s[n - 1])) n--;
    bool neg = false;
    if (i < n && (s[i] == '-' || s[i] == '+')) neg = s[i++] == '-';
    if (match_ci(s + i, n - i, "inf") || match_ci(s + i, n - i, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 0;
    }
    if (match_ci(s + i, n - i, "nan")) { *out = neg ? -NAN : NAN; return 0; }
    if (i + 1 < n && s[i] == '0' && (s[i + 1] | 0x20) == 'x') i += 2;
    /* up to 15 significant hex digits in M (60 bits); beyond, a sticky bit */
    uint64_t m = 0;
    int64_t e2 = 0;
    bool sticky = false, any = false, point = false;
    int sig = 0;
    for (; i < n; i++) {
        if (s[i] == '.' && !point) { point = true; continue; }
        int d = hexval((unsigned char)s[i]);
        if (d < 0) break;
        any = true;
        if (point) e2 -= 4;
        if (sig < 15) {
            m = m * 16 + (uint64_t)d;
            if (m) sig++;
        } else {
            e2 += 4;
            if (d) sticky = true;
        }
    }
    if (!any) return 1;
    if (i < n && (s[i] | 0x20) == 'p') {
        i++;
        bool eneg = false;
        if (i < n && (s[i] == '-' || s[i] == '+')) eneg = s[i++] == '-';
        if (i == n || s[i] < '0' || s[i] > '9') return 1;
        int64_t ev = 0;
        for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
            if (ev < ((int64_t)1 << 40)) ev = ev * 10 + (s[i] - '0');
        e2 += eneg ? -ev : ev;
    }
    if (i != n) return 1;
    if (m == 0) { *out = neg ? -0.0 : 0.0; return 0; }
    int nb = 64 - __builtin_clzll(m);
    int64_t top = e2 + nb - 1;               /* exponent of the leading bit */
    int64_t prec = top >= -1022 ? 53 : top + 1075;
    if (prec < 0) { *out = neg ? -0.0 : 0.0; return 0; }
    int64_t shift = nb - prec;
    if (shift > 0) {
        uint64_t drop = m & (((uint64_t)1 << shift) - 1), half = (uint64_t)1 << (shift - 1);
        m >>= shift;
        e2 += shift;
        if (drop > half || (drop == half && (sticky || (m & 1)))) m++;
    }
    if (m && e2 + (64 - __builtin_clzll(m)) - 1 > 1023) return 2;
    double r = ldexp((double)m, (int)e2);
    *out = neg ? -r : r;
    return 0;
}

static int float_fromhex(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_val a[1];
    if (vm_parse_args(rt, "fromhex", "string,/", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    if (!kv_is_str(a[0]))
        return kr_raise(rt, &kt_TypeError, "fromhex() argument must be str, not %s", kr_type_name(a[0]));
    kr_obj *o = kv_as_obj(a[0]);
    double d;
    int r = parse_hex_float(kstr_data(o), (size_t)kstr_nbytes(o), &d);
    if (r == 1) return kr_raise(rt, &kt_ValueError, "invalid hexadecimal floating-point string");
    if (r == 2) return kr_raise(rt, &kt_OverflowError, "hexadecimal value too large to represent as a float");
    if (kv_is_obj(self) && kv_as_obj(self) != &kt_float.head.obj) {
        kr_val v = kv_float(d);
        return vm_call(rt, self, &v, 1, NULL, out);
    }
    *out = kv_float(d);
    return KR_OK;
}

static int float_from_number(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_val a[1];
    if (vm_parse_args(rt, "from_number", "number,/", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    double d;
    if (kfloat_coerce(rt, a[0], &d) != KR_OK) return KR_ERR;
    kr_val v = kv_float(d);
    if (kv_is_obj(self) && kv_as_obj(self) != &kt_float.head.obj)
        return vm_call(rt, self, &v, 1, NULL, out);
    *out = v;
    return KR_OK;
}

int kint_round_double(kr_rt *rt, double x, kr_val *out)
{
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return kint_from_double(rt, r, out);
}

/* round(x, ndigits) correctly rounded: the decimal digits Gay's dtoa mode 3
 * gives, read back (CPython's double_round). */
static int float_round(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    double x;
    if (self_float(rt, "__round__", self, &x) != KR_OK) return KR_ERR;
    kr_val a[1];
    if (kwnames && ((kr_tuple *)(void *)kwnames)->len)
        return kr_raise(rt, &kt_TypeError, "float.__round__() takes no keyword arguments");
    if (vm_parse_args(rt, "__round__", "|ndigits", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    if (kv_is_undef(a[0]) || kv_is_none(a[0])) return kint_round_double(rt, x, out);
    int64_t nd;
    if (kint_index_ssize(rt, a[0], NULL, &nd) != KR_OK) return KR_ERR;
    if (!isfinite(x)) { *out = kv_float(x); return KR_OK; }
    /* past these every double rounds to itself / to zero */
    const int64_t NDIGITS_MAX = (int64_t)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
    const int64_t NDIGITS_MIN = -(int64_t)((DBL_MAX_EXP + 1) * 0.30103);
    if (nd > NDIGITS_MAX) { *out = kv_float(x); return KR_OK; }
    if (nd < NDIGITS_MIN) { *out = kv_float(0.0 * x); return KR_OK; }
    char digits[DTOA_FIXED_BUFSIZE + 32];
    int64_t decpt;
    int n = dtoa_fixed(x, 3, nd, digits, &decpt);
    char text[DTOA_FIXED_BUFSIZE + 64];
    int len = snprintf(text, sizeof text, "%s0%se%lld", signbit(x) ? "-" : "", digits,
                       (long long)(decpt - n));
    double r;
    if (dtoa_parse(text, (size_t)len, &r) != DTOA_PARSE_OK)
        return kr_raise(rt, &kt_SystemError, "round: internal error");
    if (isinf(r)) return kr_raise(rt, &kt_OverflowError, "rounded value too large to represent");
    *out = kv_float(r);
    return KR_OK;
}

static int float_format(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    double x;
    if (self_float(rt, "__format__", self, &x) != KR_OK) return KR_ERR;
    kr_val a[1];
    if (vm_parse_args(rt, "__format__", "format_spec,/", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    if (!kv_is_str(a[0]))
        return kr_raise(rt, &kt_TypeError, "__format__() argument must be str, not %s", kr_type_name(a[0]));
    size_t n = (size_t)kstr_nbytes(kv_as_obj(a[0]));
    if (n == 0) return knum_str_of(rt, self, out);
    strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
    fmt_status st = fmt_format_float(&sb, x, kstr_data(kv_as_obj(a[0])), n, kr_type_name(self),
                                     knum_max_bytes(rt), &err);
    return knum_fmt_finish(rt, st, &sb, &err, out);
}

static int float_divmod(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    double x;
    kr_val a[1];
    if (self_float(rt, "__divmod__", self, &x) != KR_OK
        || vm_parse_args(rt, "__divmod__", "value,/", args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    return knum_divmod(rt, kfloat_binop, self, a[0], out);
}

static int float_rdivmod(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    double x;
    kr_val a[1];
    if (self_float(rt, "__rdivmod__", self, &x) != KR_OK
        || vm_parse_args(rt, "__rdivmod__", "value,/", args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    return knum_divmod(rt, kfloat_binop, a[0], self, out);
}

static int float_getnewargs(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_FLOAT("__getnewargs__");
    kr_val v = kv_float(x);
    kr_tuple *t = ktuple_from(rt, &v, 1);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

static KR_CFUNC(float_is_integer_f, "is_integer", float_is_integer, KF_METHOD);
static KR_CFUNC(float_ratio_f, "as_integer_ratio", float_ratio, KF_METHOD);
static KR_CFUNC(float_hex_f, "hex", float_hex, KF_METHOD);
static KR_CFUNC(float_fromhex_f, "fromhex", float_fromhex, KF_CLASS);
static KR_CFUNC(float_from_number_f, "from_number", float_from_number, KF_CLASS);
static KR_CFUNC(float_conjugate_f, "conjugate", float_exact, KF_METHOD);
static KR_CFUNC(float_round_f, "__round__", float_round, KF_METHOD);
static KR_CFUNC(float_trunc_f, "__trunc__", float_trunc, KF_METHOD);
static KR_CFUNC(float_floor_f, "__floor__", float_floor, KF_METHOD);
static KR_CFUNC(float_ceil_f, "__ceil__", float_ceil, KF_METHOD);
static KR_CFUNC(float_int_f, "__int__", float_trunc, KF_METHOD);
static KR_CFUNC(float_float_f, "__float__", float_exact, KF_METHOD);
static KR_CFUNC(float_format_f, "__format__", float_format, KF_METHOD);
static KR_CFUNC(float_divmod_f, "__divmod__", float_divmod, KF_METHOD);
static KR_CFUNC(float_rdivmod_f, "__rdivmod__", float_rdivmod, KF_METHOD);
static KR_CFUNC(float_getnewargs_f, "__getnewargs__", float_getnewargs, KF_METHOD);
static KR_CFUNC(float_real_f, "real", float_exact, KF_GETTER);
static KR_CFUNC(float_imag_f, "imag", float_zero, KF_GETTER);

const kr_cfunc *const kfloat_methods[] = {
    &float_is_integer_f, &float_ratio_f, &float_hex_f, &float_fromhex_f,
    &float_from_number_f, &float_conjugate_f, &float_round_f, &float_trunc_f,
    &float_floor_f, &float_ceil_f, &float_int_f, &float_float_f,
    &float_format_f, &float_divmod_f, &float_rdivmod_f, &float_getnewargs_f,
    &float_real_f, &float_imag_f,
    NULL,
};
