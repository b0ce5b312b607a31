/* int's methods and attributes (bool inherits them). */
#include "num_impl.h"

#include "../num/fmt.h"
#include "bytes.h"

/* SELF as an int, or CPython's descriptor TypeError. */
static int self_int(kr_rt *rt, const char *name, kr_val self, int64_t *x, const bi_t **b)
{
    if (kint_value(self, x, b)) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "descriptor '%s' for 'int' objects doesn't apply to a '%s' object",
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

#define SELF_INT(name) \
    int64_t x; const bi_t *b; \
    if (self_int(rt, name, self, &x, &b) != KR_OK || no_args(rt, name, nargs, kwnames) != KR_OK) \
        return KR_ERR

/* int(self): the exact int (int.__int__, __index__, __trunc__, ...). */
static int int_exact(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("__int__");
    return kint_make(rt, x, b, out);
}

static int int_zero(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("imag");
    *out = kv_int(0);
    return KR_OK;
}

static int int_one(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("denominator");
    *out = kv_int(1);
    return KR_OK;
}

static int int_float(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("__float__");
    double d;
    if (kint_to_double(rt, self, &d) != KR_OK) return KR_ERR;
    *out = kv_float(d);
    return KR_OK;
}

static int int_is_integer(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("is_integer");
    *out = kv_bool(1);
    return KR_OK;
}

static int int_bit_length(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("bit_length");
    if (b) return kint_from_u64(rt, bi_bit_length(b), out);
    uint64_t m = x < 0 ? -(uint64_t)x : (uint64_t)x;
    *out = kv_int(m ? 64 - __builtin_clzll(m) : 0);
    return KR_OK;
}

static int int_bit_count(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("bit_count");
    if (b) return kint_from_u64(rt, bi_bit_count(b), out);
    uint64_t m = x < 0 ? -(uint64_t)x : (uint64_t)x;
    *out = kv_int(__builtin_popcountll(m));
    return KR_OK;
}

static int int_ratio(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("as_integer_ratio");
    kr_val items[2];
    if (kint_make(rt, x, b, &items[0]) != KR_OK) return KR_ERR;
    items[1] = kv_int(1);
    kr_tuple *t = ktuple_from(rt, items, 2);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

/* round(self, ndigits): ties to even on the decimal digit, as
 * CPython's _PyLong_Round. */
static int int_round(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    if (self_int(rt, "__round__", self, &x, &b) != KR_OK) return KR_ERR;
    kr_val a[1];
    if (kwnames && ((kr_tuple *)(void *)kwnames)->len)
        return kr_raise(rt, &kt_TypeError, "int.__round__() takes no keyword arguments");
    if (vm_parse_args(rt, "__round__", "|ndigits", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    if (kv_is_undef(a[0]) || kv_is_none(a[0])) return kint_make(rt, x, b, out);
    kr_val nd;
    if (kint_index(rt, a[0], &nd) != KR_OK) return KR_ERR;
    int64_t n;
    const bi_t *nb;
    kint_value(nd, &n, &nb);
    if (nb ? bi_sign(nb) >= 0 : n >= 0) return kint_make(rt, x, b, out);
    /* 10**k > 2*|self| when 3k > bit_length + 1: the result is 0 */
    uint64_t bits;
    if (b) bits = bi_bit_length(b);
    else { uint64_t m = x < 0 ? -(uint64_t)x : (uint64_t)x; bits = m ? 64 - (uint64_t)__builtin_clzll(m) : 0; }
    if (nb || n == INT64_MIN || (uint64_t)-n > (bits + 1) / 3 + 1) { *out = kv_int(0); return KR_OK; }
    kr_val v, p, q, r, r2;
    int c;
    if (kint_make(rt, x, b, &v) != KR_OK
        || kint_binop(rt, OPB_POWER, kv_int(10), kv_int(-n), &p) != KR_OK
        || kint_binop(rt, OPB_FLOOR_DIVIDE, v, p, &q) != KR_OK
        || kint_binop(rt, OPB_REMAINDER, v, p, &r) != KR_OK
        || kint_binop(rt, OPB_MULTIPLY, r, kv_int(2), &r2) != KR_OK)
        return KR_ERR;
    kr_val cmp, odd;
    if (kint_richcmp(rt, r2, p, KR_GT, &cmp) != KR_OK) return KR_ERR;
    c = kv_as_bool(cmp);
    if (!c) {
        if (kint_richcmp(rt, r2, p, KR_EQ, &cmp) != KR_OK) return KR_ERR;
        if (kv_as_bool(cmp)) {
            if (kint_binop(rt, OPB_AND, q, kv_int(1), &odd) != KR_OK) return KR_ERR;
            c = kv_is_int(odd) && kv_as_int(odd) == 1;
        }
    }
    if (c && kint_binop(rt, OPB_SUBTRACT, r, p, &r) != KR_OK) return KR_ERR;
    return kint_binop(rt, OPB_SUBTRACT, v, r, out);
}

/* divmod(A, B) through SLOT (int's or float's binop): a tuple, or
 * NotImplemented when the slot does not take the operands. */
int knum_divmod(kr_rt *rt, int (*slot)(kr_rt *, int, kr_val, kr_val, kr_val *),
                kr_val a, kr_val b, kr_val *out)
{
    kr_val items[2];
    if (slot(rt, OPB_FLOOR_DIVIDE, a, b, &items[0]) != KR_OK) return KR_ERR;
    if (kr_is_notimpl(items[0])) { *out = items[0]; return KR_OK; }
    if (slot(rt, OPB_REMAINDER, a, b, &items[1]) != KR_OK) return KR_ERR;
    kr_tuple *t = ktuple_from(rt, items, 2);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

static int int_divmod(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    kr_val a[1];
    if (self_int(rt, "__divmod__", self, &x, &b) != KR_OK
        || vm_parse_args(rt, "__divmod__", "value,/", args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    return knum_divmod(rt, kint_binop, self, a[0], out);
}

static int int_rdivmod(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    kr_val a[1];
    if (self_int(rt, "__rdivmod__", self, &x, &b) != KR_OK
        || vm_parse_args(rt, "__rdivmod__", "value,/", args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    return knum_divmod(rt, kint_binop, a[0], self, out);
}

static int byteorder_arg(kr_rt *rt, const char *fname, kr_val v, bool *little)
{
    if (kv_is_undef(v)) { *little = false; return KR_OK; }
    if (!kv_is_str(v))
        return kr_raise(rt, &kt_TypeError, "%s() argument 'byteorder' must be str, not %s", fname, kr_type_name(v));
    kr_str *s = (kr_str *)(void *)kv_as_obj(v);
    if (kstr_eq_cstr(s, "little")) *little = true;
    else if (kstr_eq_cstr(s, "big")) *little = false;
    else return kr_raise(rt, &kt_ValueError, "byteorder must be either 'little' or 'big'");
    return KR_OK;
}

static int signed_arg(kr_rt *rt, kr_val v, bool *is_signed)
{
    if (kv_is_undef(v)) { *is_signed = false; return KR_OK; }
    int t;
    int st = kr_truth(rt, v, &t);
    if (st != KR_OK) return st == KR_CALL ? kr_raise(rt, &kt_TypeError, "signed must be a bool") : st;
    *is_signed = t;
    return KR_OK;
}

static int int_to_bytes(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    if (self_int(rt, "to_bytes", self, &x, &b) != KR_OK) return KR_ERR;
    kr_val a[3];
    if (nargs > 2)
        return kr_raise(rt, &kt_TypeError, "to_bytes() takes at most 2 positional arguments (%d given)", nargs);
    if (vm_parse_args(rt, "to_bytes", "|length,byteorder,$signed", args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    int64_t len = 1;
    bool little = false, sgn = false;
    if (!kv_is_undef(a[0])) {
        if (kint_index_ssize(rt, a[0], NULL, &len) != KR_OK) return KR_ERR;
        if (len == INT64_MAX || len == INT64_MIN) {
            kr_val iv;
            int64_t sx;
            const bi_t *sb;
            if (kint_index(rt, a[0], &iv) != KR_OK) return KR_ERR;
            if (kint_value(iv, &sx, &sb) && sb)
                return kr_raise(rt, &kt_OverflowError, "Python int too large to convert to C ssize_t");
        }
        if (len < 0) return kr_raise(rt, &kt_ValueError, "length argument must be non-negative");
    }
    if (byteorder_arg(rt, "to_bytes", a[1], &little) != KR_OK || signed_arg(rt, a[2], &sgn) != KR_OK)
        return KR_ERR;
    if ((uint64_t)len > SIZE_MAX / 2 || !mem_would_fit(&rt->heap.mem, (size_t)len + 64))
        return kr_nomem(rt);
    bi_small s;
    if (!b) b = bi_small_set(&s, x);
    /* check before allocating the result */
    unsigned char probe[1];
    if (len == 0) {
        bi_status st = bi_to_bytes(b, probe, 0, little, sgn);
        if (st != BI_OK) return kint_status(rt, st);
    }
    kr_bytes *r = kbytes_new(rt, NULL, (size_t)len);
    if (!r) return KR_ERR;
    bi_status st = bi_to_bytes(b, r->data, (size_t)len, little, sgn);
    if (st != BI_OK) return kint_status(rt, st);
    *out = kbytes_val(r);
    return KR_OK;
}

static int int_from_bytes(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_val a[3];
    if (nargs > 2)
        return kr_raise(rt, &kt_TypeError, "from_bytes() takes at most 2 positional arguments (%d given)", nargs);
    if (vm_parse_args(rt, "from_bytes", "bytes|byteorder,$signed", args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    bool little = false, sgn = false;
    if (byteorder_arg(rt, "from_bytes", a[1], &little) != KR_OK || signed_arg(rt, a[2], &sgn) != KR_OK)
        return KR_ERR;
    kr_val src = a[0];
    const unsigned char *p;
    size_t n;
    if (!kbytes_buffer(src, &p, &n)) {
        if (kv_is_str(src) || kv_is_anyint(src))
            return kr_type_error(rt, "cannot convert '%s' object to bytes", src);
        kr_val bv;
        if (vm_call(rt, kv_obj(&kt_bytes.head.obj), &src, 1, NULL, &bv) != KR_OK) return KR_ERR;
        if (!kbytes_buffer(bv, &p, &n)) return kr_type_error(rt, "cannot convert '%s' object to bytes", src);
    }
    bi_t *r;
    bi_status st = bi_from_bytes(&rt->bi, &r, p, n, little, sgn);
    if (st != BI_OK) return kint_status(rt, st);
    kr_val v;
    if (kint_from_bi(rt, r, &v) != KR_OK) return KR_ERR;
    /* SELF is the class: a subclass gets cls(value) */
    if (kv_is_obj(self) && kv_as_obj(self) != &kt_int.head.obj)
        return vm_call(rt, self, &v, 1, NULL, out);
    *out = v;
    return KR_OK;
}

/* Formatting results: the text as a str, or the exception. */
int knum_fmt_finish(kr_rt *rt, int st, strbuf *sb, strbuf *err, kr_val *out)
{
    int r;
    if (st == FMT_OK && !sb->oom) r = knum_str(rt, sb->p ? sb->p : "", sb->len, out);
    else if (st == FMT_VALUE_ERROR) r = kr_raise(rt, &kt_ValueError, "%s", err->p ? err->p : "");
    else if (st == FMT_OVERFLOW_ERROR) r = kr_raise(rt, &kt_OverflowError, "%s", err->p ? err->p : "");
    else r = kr_nomem(rt);
    sb_free(sb);
    sb_free(err);
    return r;
}

/* str(v) for format(v, ""): exact types directly, else their __str__. */
int knum_str_of(kr_rt *rt, kr_val v, kr_val *out)
{
    if (!kv_is_obj(v) || !(kv_as_obj(v)->type->flags & KT_HEAPTYPE)) return kr_to_str(rt, v, out);
    int st = vm_call_special(rt, v, "__str__", NULL, 0, out);
    if (st == KR_STOP) return kr_repr(rt, v, out);
    return st;
}

int knum_format_int(kr_rt *rt, kr_val self, kr_val spec, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    if (self_int(rt, "__format__", self, &x, &b) != KR_OK) return KR_ERR;
    if (!kv_is_str(spec))
        return kr_raise(rt, &kt_TypeError, "__format__() argument must be str, not %s", kr_type_name(spec));
    const char *sp = kstr_data(kv_as_obj(spec));
    size_t n = (size_t)kstr_nbytes(kv_as_obj(spec));
    if (n == 0) return knum_str_of(rt, self, out);
    const char *tname = kr_type_name(self);
    size_t maxb = knum_max_bytes(rt);
    strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
    fmt_status st;
    if (!b) {
        st = fmt_format_int64(&sb, x, sp, n, tname, maxb, &err);
        return knum_fmt_finish(rt, st, &sb, &err, out);
    }
    fmt_spec fs;
    st = fmt_parse_spec(sp, n, 'd', '>', tname, &fs, &err);
    if (st == FMT_OK) {
        int base = fmt_int_base(&fs);
        if (base == 0) {
            double d;
            bi_status bs = bi_to_double(b, &d);
            if (bs != BI_OK) { sb_free(&sb); sb_free(&err); return kint_status(rt, bs); }
            st = fmt_float(&sb, d, &fs, tname, maxb, &err);
        } else if (base < 0) {
            st = fmt_int_digits(&sb, 0, "0", 1, &fs, tname, maxb, &err);
        } else {
            char *digits;
            size_t len;
            bi_status bs = bi_to_str(&rt->bi, b, base, &digits, &len);
            if (bs != BI_OK) { sb_free(&sb); sb_free(&err); return kint_status(rt, bs); }
            int neg = digits[0] == '-';
            st = fmt_int_digits(&sb, neg, digits + neg, len - (size_t)neg, &fs, tname, maxb, &err);
            rt->bi.a.free(rt->bi.a.ud, digits, len + 1);
        }
    }
    return knum_fmt_finish(rt, st, &sb, &err, out);
}

static int int_format(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_val a[1];
    if (vm_parse_args(rt, "__format__", "format_spec,/", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    return knum_format_int(rt, self, a[0], out);
}

static int int_sizeof(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("__sizeof__");
    /* CPython's layout: 24 bytes of header and 4 bytes per 30-bit digit */
    uint64_t bits = b ? bi_bit_length(b) : (uint64_t)(x ? 64 - __builtin_clzll(x < 0 ? -(uint64_t)x : (uint64_t)x) : 0);
    uint64_t digits = bits ? (bits + 29) / 30 : 1;
    return kint_from_u64(rt, 24 + 4 * digits, out);
}

static int int_getnewargs(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_INT("__getnewargs__");
    kr_val v;
    if (kint_make(rt, x, b, &v) != KR_OK) return KR_ERR;
    kr_tuple *t = ktuple_from(rt, &v, 1);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

static KR_CFUNC(int_bit_length_f, "bit_length", int_bit_length, KF_METHOD);
static KR_CFUNC(int_bit_count_f, "bit_count", int_bit_count, KF_METHOD);
static KR_CFUNC(int_to_bytes_f, "to_bytes", int_to_bytes, KF_METHOD);
static KR_CFUNC(int_from_bytes_f, "from_bytes", int_from_bytes, KF_CLASS);
static KR_CFUNC(int_ratio_f, "as_integer_ratio", int_ratio, KF_METHOD);
static KR_CFUNC(int_conjugate_f, "conjugate", int_exact, KF_METHOD);
static KR_CFUNC(int_is_integer_f, "is_integer", int_is_integer, KF_METHOD);
static KR_CFUNC(int_round_f, "__round__", int_round, KF_METHOD);
static KR_CFUNC(int_trunc_f, "__trunc__", int_exact, KF_METHOD);
static KR_CFUNC(int_floor_f, "__floor__", int_exact, KF_METHOD);
static KR_CFUNC(int_ceil_f, "__ceil__", int_exact, KF_METHOD);
static KR_CFUNC(int_int_f, "__int__", int_exact, KF_METHOD);
static KR_CFUNC(int_index_f, "__index__", int_exact, KF_METHOD);
static KR_CFUNC(int_float_f, "__float__", int_float, KF_METHOD);
static KR_CFUNC(int_format_f, "__format__", int_format, KF_METHOD);
static KR_CFUNC(int_divmod_f, "__divmod__", int_divmod, KF_METHOD);
static KR_CFUNC(int_rdivmod_f, "__rdivmod__", int_rdivmod, KF_METHOD);
static KR_CFUNC(int_sizeof_f, "__sizeof__", int_sizeof, KF_METHOD);
static KR_CFUNC(int_getnewargs_f, "__getnewargs__", int_getnewargs, KF_METHOD);
static KR_CFUNC(int_real_f, "real", int_exact, KF_GETTER);
static KR_CFUNC(int_imag_f, "imag", int_zero, KF_GETTER);
static KR_CFUNC(int_numerator_f, "numerator", int_exact, KF_GETTER);
static KR_CFUNC(int_denominator_f, "denominator", int_one, KF_GETTER);

const kr_cfunc *const kint_methods[] = {
    &int_bit_length_f, &int_bit_count_f, &int_to_bytes_f, &int_from_bytes_f,
    &int_ratio_f, &int_conjugate_f, &int_is_integer_f, &int_round_f,
    &int_trunc_f, &int_floor_f, &int_ceil_f, &int_int_f, &int_index_f,
    &int_float_f, &int_format_f, &int_divmod_f, &int_rdivmod_f,
    &int_sizeof_f, &int_getnewargs_f,
    &int_real_f, &int_imag_f, &int_numerator_f, &int_denominator_f,
    NULL,
};
