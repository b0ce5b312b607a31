/* Numeric built-ins: abs divmod pow round sum min max hash bin oct hex. */
#include "lib_int.h"

#include <math.h>

#include "../compile/opcodes.h"
#include "../num/fmt.h"

static bool is_user_obj(kr_val v)
{
    return kv_is_obj(v) && (kv_as_obj(v)->type->flags & KT_HEAPTYPE);
}

/* A dunder found on a user class (not a built-in's slot wrapper or
 * native method), or UNDEF. */
static kr_val user_special(kr_rt *rt, kr_val v, const char *name)
{
    if (!is_user_obj(v)) return kv_undef();
    kr_val f = vm_lookup_special(rt, v, name);
    if (kv_is_obj(f) && kv_as_obj(f)->type == &kt_function) return f;
    return kv_undef();
}

/* ---- abs ---- */

static int bt_abs(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (lb_onearg(rt, "abs", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_val v = args[0];
    if (kv_is_int(v) && kv_as_int(v) != INT64_MIN) {
        int64_t i = kv_as_int(v);
        *out = kv_int(i < 0 ? -i : i);
        return KR_OK;
    }
    if (kv_is_float(v)) { *out = kv_float(fabs(kv_as_float(v))); return KR_OK; }
    rt->in_gc_unsafe++;
    int st = lb_sync(rt, kr_unop(rt, KR_UNOP_ABS, v, out), out);
    rt->in_gc_unsafe--;
    return st;
}

/* ---- divmod ---- */

static bool is_real_builtin(kr_val v)
{
    return kv_is_int(v) || kv_is_bool(v) || kv_is_float(v)
        || (kv_is_obj(v) && (kr_is_subtype(kv_as_obj(v)->type, &kt_int)
                             || kr_is_subtype(kv_as_obj(v)->type, &kt_float)));
}

LB_GUARDED(bt_divmod)
{
    if (lb_nargs(rt, "divmod", nargs, 2, 2, kwnames) != KR_OK) return KR_ERR;
    kr_val a = args[0], b = args[1], r;
    kr_type *ta = kr_type_of(a), *tb = kr_type_of(b);
    /* user __divmod__ / __rdivmod__, the right operand first when its type
     * is a proper subclass of the left's */
    kr_val fa = user_special(rt, a, "__divmod__");
    kr_val fb = ta != tb ? user_special(rt, b, "__rdivmod__") : kv_undef();
    if (!kv_is_undef(fb) && kr_is_subtype(tb, ta)) {
        kr_val xs[2] = { b, a };
        if (lb_call(rt, fb, xs, 2, NULL, &r) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(r)) { *out = r; return KR_OK; }
        fb = kv_undef();
    }
    if (!kv_is_undef(fa)) {
        kr_val xs[2] = { a, b };
        if (lb_call(rt, fa, xs, 2, NULL, &r) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(r)) { *out = r; return KR_OK; }
    }
    if (!kv_is_undef(fb)) {
        kr_val xs[2] = { b, a };
        if (lb_call(rt, fb, xs, 2, NULL, &r) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(r)) { *out = r; return KR_OK; }
    }
    if (is_real_builtin(a) && is_real_builtin(b)) {
        /* floor division and modulo agree with divmod for int and float */
        kr_val q, m;
        if (lb_binop(rt, OPB_FLOOR_DIVIDE, a, b, &q) != KR_OK) return KR_ERR;
        if (lb_binop(rt, OPB_REMAINDER, a, b, &m) != KR_OK) return KR_ERR;
        kr_val items[2] = { q, m };
        kr_tuple *t = ktuple_from(rt, items, 2);
        if (!t) return KR_ERR;
        *out = ktuple_val(t);
        return KR_OK;
    }
    return kr_raise(rt, &kt_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                    ta->name, tb->name);
}

/* ---- pow ---- */

/* V, an exact int (after __index__), as a bigint operand. */
static const bi_t *as_bi(kr_val v, bi_small *s)
{
    if (kv_is_bigint(v)) return KR_AS(kr_bigint, v)->b;
    return bi_small_set(s, kv_is_bool(v) ? (int64_t)kv_as_bool(v) : kv_as_int(v));
}

LB_GUARDED(bt_pow)
{
    kr_val a[3];
    if (vm_parse_args(rt, "pow", "base,exp|mod", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    kr_val base = a[0], exp = a[1], mod = a[2];
    if (kv_is_undef(mod) || kv_is_none(mod))
        return lb_binop(rt, OPB_POWER, base, exp, out);
    if (kv_is_anyint(base) && kv_is_anyint(exp) && kv_is_anyint(mod)) {
        bi_small sb, se, sm;
        /* int subclasses become exact ints */
        if (lb_index(rt, base, &base) != KR_OK || lb_index(rt, exp, &exp) != KR_OK
            || lb_index(rt, mod, &mod) != KR_OK)
            return KR_ERR;
        bi_t *r;
        bi_status bs = bi_powmod(&rt->bi, &r, as_bi(base, &sb), as_bi(exp, &se), as_bi(mod, &sm));
        if (bs != BI_OK) return kint_status(rt, bs);
        return kint_from_bi(rt, r, out);
    }
    kr_val f = user_special(rt, base, "__pow__");
    if (!kv_is_undef(f)) {
        kr_val xs[3] = { base, exp, mod }, r;
        if (lb_call(rt, f, xs, 3, NULL, &r) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(r)) { *out = r; return KR_OK; }
    }
    bool real = is_real_builtin(base) && is_real_builtin(exp) && is_real_builtin(mod);
    if (real)
        return kr_raise(rt, &kt_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    bool num = (is_real_builtin(base) || kv_is_type(base, &kt_complex))
        && (is_real_builtin(exp) || kv_is_type(exp, &kt_complex))
        && (is_real_builtin(mod) || kv_is_type(mod, &kt_complex));
    if (num) return kr_raise(rt, &kt_ValueError, "complex modulo");
    return kr_raise(rt, &kt_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                    kr_type_name(base), kr_type_name(exp), kr_type_name(mod));
}

/* ---- round ---- */

LB_GUARDED(bt_round)
{
    kr_val a[2];
    if (vm_parse_args(rt, "round", "number|ndigits", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    int n = kv_is_undef(a[1]) || kv_is_none(a[1]) ? 0 : 1;
    int st = lb_call_special(rt, a[0], "__round__", a + 1, n, out);
    if (st == KR_STOP)
        return kr_raise(rt, &kt_TypeError, "type %s doesn't define __round__ method", kr_type_name(a[0]));
    return st;
}

/* ---- sum ---- */

/* Neumaier's compensated sum, as CPython 3.12+ adds floats. */
typedef struct { double hi, lo; } csum;

static csum cs_add(csum t, double x)
{
    double s = t.hi + x;
    if (fabs(t.hi) >= fabs(x)) t.lo += (t.hi - s) + x;
    else t.lo += (x - s) + t.hi;
    t.hi = s;
    return t;
}

static double cs_value(csum t)
{
    /* keeps the sign of a negative zero and an infinite or overflowed sum
     * (adding the compensation would make it a NaN) */
    if (t.lo != 0.0 && isfinite(t.lo)) return t.hi + t.lo;
    return t.hi;
}

/* An int (bools included) that fits a C long, as PyLong_AsLongAndOverflow. */
static bool small_int(kr_val v, int64_t *out)
{
    if (kv_is_int(v)) { *out = kv_as_int(v); return true; }
    if (kv_is_bool(v)) { *out = kv_as_bool(v); return true; }
    return false;
}

LB_GUARDED(bt_sum)
{
    int nkw = lb_nkw(kwnames);
    if (nargs + nkw > 2)
        return kr_raise(rt, &kt_TypeError, "sum() takes at most 2 arguments (%d given)", nargs + nkw);
    kr_val start = nargs > 1 ? args[1] : kv_undef();
    for (int i = 0; i < nkw; i++) {
        const char *k = lb_kwname(kwnames, i);
        if (strcmp(k, "start")) {
            if (nargs < 1) break;
            return lb_badkw(rt, "sum", k);
        }
        if (nargs > 1)
            return kr_raise(rt, &kt_TypeError, "argument for sum() given by name ('start') and position (2)");
        start = args[nargs + i];
    }
    if (nargs < 1)
        return kr_raise(rt, &kt_TypeError, "sum() takes at least 1 positional argument (0 given)");
    kr_val result = kv_is_undef(start) ? kv_int(0) : start;
    if (kv_is_str(result))
        return kr_raise(rt, &kt_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (kv_is_obj(result) && kr_is_subtype(kv_as_obj(result)->type, &kt_bytes))
        return kr_raise(rt, &kt_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (kv_is_obj(result) && kr_is_subtype(kv_as_obj(result)->type, &kt_bytearray))
        return kr_raise(rt, &kt_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    kr_val it, item;
    if (lb_iter(rt, args[0], &it) != KR_OK) return KR_ERR;
    int st;

    /* exact ints while they fit int64 */
    if (kv_is_int(result)) {
        int64_t acc = kv_as_int(result), b;
        for (;;) {
            st = lb_next(rt, it, &item);
            if (st == KR_STOP) { *out = kv_int(acc); return KR_OK; }
            if (st != KR_OK) return st;
            if (small_int(item, &b) && !__builtin_add_overflow(acc, b, &b)) { acc = b; continue; }
            if (lb_binop(rt, OPB_ADD, kv_int(acc), item, &result) != KR_OK) return KR_ERR;
            break;
        }
    }
    /* exact floats with compensation; ints fitting int64 join them */
    if (kv_is_float(result)) {
        csum s = { kv_as_float(result), 0.0 };
        int64_t b;
        for (;;) {
            st = lb_next(rt, it, &item);
            if (st == KR_STOP) { *out = kv_float(cs_value(s)); return KR_OK; }
            if (st != KR_OK) return st;
            if (kv_is_float(item)) { s = cs_add(s, kv_as_float(item)); continue; }
            if (small_int(item, &b)) { s.hi += (double)b; continue; }
            if (lb_binop(rt, OPB_ADD, kv_float(cs_value(s)), item, &result) != KR_OK) return KR_ERR;
            break;
        }
    }
    /* exact complex numbers, each part compensated */
    if (kv_is_type(result, &kt_complex)) {
        kr_complex *z = KR_AS(kr_complex, result);
        csum re = { z->re, 0.0 }, im = { z->im, 0.0 };
        int64_t b;
        for (;;) {
            st = lb_next(rt, it, &item);
            if (st != KR_OK && st != KR_STOP) return st;
            if (st == KR_OK) {
                if (kv_is_type(item, &kt_complex)) {
                    kr_complex *w = KR_AS(kr_complex, item);
                    re = cs_add(re, w->re);
                    im = cs_add(im, w->im);
                    continue;
                }
                if (small_int(item, &b)) { re.hi += (double)b; continue; }
                if (kv_is_float(item)) { re = cs_add(re, kv_as_float(item)); continue; }
            }
            kr_obj *c = kcomplex_new(rt, cs_value(re), cs_value(im));
            if (!c) return KR_ERR;
            if (st == KR_STOP) { *out = kv_obj(c); return KR_OK; }
            if (lb_binop(rt, OPB_ADD, kv_obj(c), item, &result) != KR_OK) return KR_ERR;
            break;
        }
    }
    for (;;) {
        st = lb_next(rt, it, &item);
        if (st == KR_STOP) { *out = result; return KR_OK; }
        if (st != KR_OK) return st;
        if (lb_binop(rt, OPB_ADD, result, item, &result) != KR_OK) return KR_ERR;
    }
}

/* ---- min / max ---- */

static int minmax(kr_rt *rt, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out,
                  int op, const char *name)
{
    if (nargs < 1)
        return kr_raise(rt, &kt_TypeError, "%s expected at least 1 argument, got 0", name);
    kr_val key = kv_undef(), dflt = kv_undef();
    int nkw = lb_nkw(kwnames);
    for (int i = 0; i < nkw; i++) {
        const char *k = lb_kwname(kwnames, i);
        if (!strcmp(k, "key")) key = args[nargs + i];
        else if (!strcmp(k, "default")) dflt = args[nargs + i];
        else return lb_badkw(rt, name, k);
    }
    if (nargs > 1 && !kv_is_undef(dflt))
        return kr_raise(rt, &kt_TypeError,
                        "Cannot specify a default for %s() with multiple positional arguments", name);
    if (kv_is_none(key)) key = kv_undef();
    kr_val it = kv_undef();
    if (nargs == 1 && lb_iter(rt, args[0], &it) != KR_OK) return KR_ERR;
    kr_val best = kv_undef(), bestkey = kv_undef(), item, k;
    for (int i = 0;; i++) {
        if (nargs == 1) {
            int st = lb_next(rt, it, &item);
            if (st == KR_STOP) break;
            if (st != KR_OK) return st;
        } else {
            if (i >= nargs) break;
            item = args[i];
        }
        if (kv_is_undef(key)) k = item;
        else if (lb_call(rt, key, &item, 1, NULL, &k) != KR_OK) return KR_ERR;
        if (kv_is_undef(best)) { best = item; bestkey = k; continue; }
        int better;
        if (lb_cmp_bool(rt, k, bestkey, op, &better) != KR_OK) return KR_ERR;
        if (better) { best = item; bestkey = k; }
    }
    if (kv_is_undef(best)) {
        if (!kv_is_undef(dflt)) { *out = dflt; return KR_OK; }
        return kr_raise(rt, &kt_ValueError, "%s() iterable argument is empty", name);
    }
    *out = best;
    return KR_OK;
}

LB_GUARDED(bt_min) { return minmax(rt, args, nargs, kwnames, out, KR_LT, "min"); }
LB_GUARDED(bt_max) { return minmax(rt, args, nargs, kwnames, out, KR_GT, "max"); }

/* ---- hash ---- */

LB_GUARDED(bt_hash)
{
    if (lb_onearg(rt, "hash", nargs, kwnames) != KR_OK) return KR_ERR;
    int64_t h;
    int st = lb_hash(rt, args[0], &h);
    if (st != KR_OK) return st;
    *out = kv_int(h);
    return KR_OK;
}

/* ---- bin / oct / hex ---- */

static int int_to_base(kr_rt *rt, const char *name, int base, const kr_val *args, int nargs,
                       kr_obj *kwnames, kr_val *out)
{
    if (lb_onearg(rt, name, nargs, kwnames) != KR_OK) return KR_ERR;
    kr_val v;
    rt->in_gc_unsafe++;
    int st = lb_index(rt, args[0], &v);
    rt->in_gc_unsafe--;
    if (st != KR_OK) return st;
    if (kv_is_int(v) || kv_is_bool(v)) {
        char buf[FMT_I64_BUFSIZE];
        int n = fmt_i64_base(kv_is_int(v) ? kv_as_int(v) : kv_as_bool(v), base, 1, 0, buf);
        return lb_str_new(rt, buf, (size_t)n, out);
    }
    const bi_t *b = KR_AS(kr_bigint, v)->b;
    char *s;
    size_t n;
    bi_status bs = bi_to_str(&rt->bi, b, base, &s, &n);
    if (bs != BI_OK) return kint_status(rt, bs);
    /* "-" + prefix + digits */
    const char *prefix = base == 2 ? "0b" : base == 8 ? "0o" : "0x";
    bool neg = s[0] == '-';
    strbuf sb = STRBUF_INIT;
    if (neg) sb_putc(&sb, '-');
    sb_puts(&sb, prefix);
    sb_append(&sb, s + neg, n - neg);
    rt->bi.a.free(rt->bi.a.ud, s, n + 1);
    return lb_sb_str(rt, &sb, out);
}

static int bt_bin(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return int_to_base(rt, "bin", 2, args, nargs, kwnames, out);
}
static int bt_oct(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return int_to_base(rt, "oct", 8, args, nargs, kwnames, out);
}
static int bt_hex(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return int_to_base(rt, "hex", 16, args, nargs, kwnames, out);
}

static KR_CFUNC(abs_f, "abs", bt_abs, 0);
static KR_CFUNC(divmod_f, "divmod", bt_divmod, 0);
static KR_CFUNC(pow_f, "pow", bt_pow, 0);
static KR_CFUNC(round_f, "round", bt_round, 0);
static KR_CFUNC(sum_f, "sum", bt_sum, 0);
static KR_CFUNC(min_f, "min", bt_min, 0);
static KR_CFUNC(max_f, "max", bt_max, 0);
static KR_CFUNC(hash_f, "hash", bt_hash, 0);
static KR_CFUNC(bin_f, "bin", bt_bin, 0);
static KR_CFUNC(oct_f, "oct", bt_oct, 0);
static KR_CFUNC(hex_f, "hex", bt_hex, 0);

const kr_cfunc *const lb_num_funcs[] = {
    &abs_f, &divmod_f, &pow_f, &round_f, &sum_f, &min_f, &max_f, &hash_f,
    &bin_f, &oct_f, &hex_f, NULL,
};
