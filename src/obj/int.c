/* int: inline int64 values with overflow promotion to the bigint kernel,
 * kr_bigint objects beyond int64, and the int type's slots (repr, hash,
 * comparison, arithmetic).  Methods are in int_methods.c, the constructor
 * and conversions in int_new.c. */
#include "num_impl.h"

#include <stddef.h>

#include "../num/fmt.h"

/* ---- objects ------------------------------------------------------------ */

static void bigint_free(kr_heap *h, kr_obj *o)
{
    /* the heap is the first member of its runtime */
    kr_rt *rt = (kr_rt *)(void *)((char *)h - offsetof(kr_rt, heap));
    bi_free(&rt->bi, ((kr_bigint *)(void *)o)->b);
    mem_free(&h->mem, o, heap_dead_size(o));
}

static const heap_class bigint_cls = { "int", NULL, bigint_free, sizeof(kr_bigint) };

bool kint_value(kr_val v, int64_t *small, const bi_t **big)
{
    if (kv_is_int(v)) { *small = kv_as_int(v); *big = NULL; return true; }
    if (kv_is_bool(v)) { *small = kv_as_bool(v); *big = NULL; return true; }
    if (!kv_is_obj(v)) return false;
    kr_obj *o = kv_as_obj(v);
    if (o->type == &kt_int) { *small = 0; *big = ((kr_bigint *)(void *)o)->b; return true; }
    if (!kint_is_subtype(o->type)) return false;
    const bi_t *b = ((kr_bigint *)(void *)o)->b;
    /* a subclass instance: any value; NULL only if made behind int's back */
    if (!b) { *small = 0; *big = NULL; return true; }
    if (bi_to_i64(b, small)) { *big = NULL; return true; }
    *big = b;
    return true;
}

int kint_from_bi(kr_rt *rt, bi_t *b, kr_val *out)
{
    int64_t v;
    if (bi_to_i64(b, &v)) {
        bi_free(&rt->bi, b);
        *out = kv_int(v);
        return KR_OK;
    }
    kr_bigint *o = (kr_bigint *)(void *)heap_alloc(&rt->heap, &kt_int, sizeof(kr_bigint));
    if (!o) { bi_free(&rt->bi, b); return kr_nomem(rt); }
    o->b = b;
    *out = kv_obj(&o->obj);
    return KR_OK;
}

int kint_make(kr_rt *rt, int64_t small, const bi_t *big, kr_val *out)
{
    if (!big) { *out = kv_int(small); return KR_OK; }
    bi_t *r;
    bi_status st = bi_copy(&rt->bi, &r, big);
    if (st != BI_OK) return kint_status(rt, st);
    return kint_from_bi(rt, r, out);
}

int kint_new_sub(kr_rt *rt, kr_type *t, kr_val v, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    if (!kint_value(v, &x, &b)) return kr_type_error(rt, "'%s' object is not an int", v);
    kr_bigint *o = (kr_bigint *)(void *)heap_alloc(&rt->heap, t, t->basicsize);
    if (!o) return kr_nomem(rt);
    bi_status st = b ? bi_copy(&rt->bi, &o->b, b) : bi_from_i64(&rt->bi, &o->b, x);
    if (st != BI_OK) return kint_status(rt, st);
    *out = kv_obj(&o->obj);
    return KR_OK;
}

int kint_status_n(kr_rt *rt, bi_status st, size_t ndigits)
{
    if (st == BI_OK) return KR_OK;
    if (st == BI_ENOMEM || st == BI_ETOOBIG) return kr_nomem(rt);
    kr_type *t = &kt_ValueError;
    switch (st) {
    case BI_EZERODIV: t = &kt_ZeroDivisionError; break;
    case BI_EFLOAT: case BI_EDIVFLOAT: case BI_ERANGE: case BI_EUNSIGNED:
        t = &kt_OverflowError; break;
    default: break;
    }
    char buf[256];
    bi_status_text(st, rt->bi.max_str_digits, ndigits, buf, sizeof buf);
    return kr_raise(rt, t, "%s", buf);
}

int kint_status(kr_rt *rt, bi_status st) { return kint_status_n(rt, st, 0); }

/* Without a memory limit a result still may not pass 2**34 bits (2 GB):
 * 10**10**10 fails at once instead of computing for minutes. */
#define KNUM_NOLIMIT_BITS ((uint64_t)1 << 34)

int knum_check_bits(kr_rt *rt, uint64_t bits)
{
    if (bits > (uint64_t)BI_LIMBS_MAX * BI_LIMB_BITS) return kr_nomem(rt);
    if (!rt->heap.mem.limit && bits > KNUM_NOLIMIT_BITS) return kr_nomem(rt);
    size_t limbs = (size_t)(bits / BI_LIMB_BITS) + 2;
    if (rt->bi.max_limbs && limbs > rt->bi.max_limbs) return kr_nomem(rt);
    if (!mem_would_fit(&rt->heap.mem, limbs * sizeof(bi_limb) + sizeof(bi_t)))
        return kr_nomem(rt);
    return KR_OK;
}

/* ---- repr, hash, truth -------------------------------------------------- */

int kint_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    if (!kint_value(v, &x, &b)) return kr_type_error(rt, "'%s' object is not an int", v);
    if (!b) {
        char buf[FMT_I64_BUFSIZE];
        int n = fmt_i64_base(x, 10, 0, 0, buf);
        return knum_str(rt, buf, (size_t)n, out);
    }
    char *s;
    size_t n;
    bi_status st = bi_to_str(&rt->bi, b, 10, &s, &n);
    if (st != BI_OK) return kint_status(rt, st);
    int r = knum_str(rt, s, n, out);
    rt->bi.a.free(rt->bi.a.ud, s, n + 1);
    return r;
}

int64_t kint_hash_i64(int64_t v)
{
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(m % P);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

int kint_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    int64_t x;
    const bi_t *b;
    if (!kint_value(v, &x, &b)) return kr_type_error(rt, "'%s' object is not an int", v);
    *out = b ? bi_hash(b) : kint_hash_i64(x);
    return KR_OK;
}

int kint_truth(kr_rt *rt, kr_val v, int *out)
{
    int64_t x;
    const bi_t *b;
    if (!kint_value(v, &x, &b)) return kr_type_error(rt, "'%s' object is not an int", v);
    *out = b ? !bi_is_zero(b) : x != 0;
    return KR_OK;
}

/* ---- comparison ------------------------------------------------------------ */

int kint_cmp_double(int64_t small, const bi_t *big, double d)
{
    if (isnan(d)) return BI_CMP_UNORDERED;
    if (!big) {
        /* exact in a double: compare there */
        if (small >= -((int64_t)1 << 53) && small <= ((int64_t)1 << 53)) {
            double x = (double)small;
            return (x > d) - (x < d);
        }
        bi_small s;
        return bi_cmp_double(bi_small_set(&s, small), d);
    }
    return bi_cmp_double(big, d);
}

int kint_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    int64_t x, y;
    const bi_t *bx, *by;
    int c;
    if (kv_is_int(a) && kv_is_int(b)) {
        x = kv_as_int(a);
        y = kv_as_int(b);
        *out = kv_bool(knum_cmp_result((x > y) - (x < y), op));
        return KR_OK;
    }
    if (!kint_value(a, &x, &bx)) { *out = kr_notimpl(); return KR_OK; }
    if (kint_value(b, &y, &by)) {
        if (!bx && !by) c = (x > y) - (x < y);
        else {
            bi_small sx, sy;
            c = bi_cmp(bx ? bx : bi_small_set(&sx, x), by ? by : bi_small_set(&sy, y));
        }
    } else {
        /* floats included: (1).__eq__(1.0) is NotImplemented, float's
         * reflected comparison decides */
        *out = kr_notimpl();
        return KR_OK;
    }
    *out = kv_bool(knum_cmp_result(c, op));
    return KR_OK;
}

/* ---- arithmetic ------------------------------------------------------------ */

static int zerodiv(kr_rt *rt)
{
    return kr_raise(rt, &kt_ZeroDivisionError, "division by zero");
}

static int negshift(kr_rt *rt)
{
    return kr_raise(rt, &kt_ValueError, "negative shift count");
}

/* R is passed by address: read only after the kernel call has run. */
static int bi_result(kr_rt *rt, bi_status st, bi_t **r, kr_val *out)
{
    if (st != BI_OK) return kint_status(rt, st);
    return kint_from_bi(rt, *r, out);
}

int kint_add_slow(kr_rt *rt, int64_t a, int64_t b, kr_val *out)
{
    bi_t *r;
    return bi_result(rt, bi_add_i64(&rt->bi, &r, a, b), &r, out);
}

int kint_sub_slow(kr_rt *rt, int64_t a, int64_t b, kr_val *out)
{
    bi_t *r;
    return bi_result(rt, bi_sub_i64(&rt->bi, &r, a, b), &r, out);
}

int kint_mul_slow(kr_rt *rt, int64_t a, int64_t b, kr_val *out)
{
    bi_t *r;
    return bi_result(rt, bi_mul_i64(&rt->bi, &r, a, b), &r, out);
}

/* x ** y for a negative exponent: a float, as CPython's long_pow. */
static int pow_negative(kr_rt *rt, const bi_t *x, const bi_t *y, kr_val *out)
{
    double dx, dy;
    bi_status st = bi_to_double(x, &dx);
    if (st == BI_OK) st = bi_to_double(y, &dy);
    if (st != BI_OK) return kint_status(rt, st);
    return kfloat_pow(rt, dx, dy, out);
}

static int pow_big(kr_rt *rt, const bi_t *x, const bi_t *y, kr_val *out)
{
    if (bi_sign(y) < 0) return pow_negative(rt, x, y, out);
    if (knum_check_bits(rt, bi_pow_result_bits(x, y)) != KR_OK) return KR_ERR;
    bi_t *r;
    return bi_result(rt, bi_pow(&rt->bi, &r, x, y), &r, out);
}

static int pow_i64(kr_rt *rt, int64_t x, int64_t y, kr_val *out)
{
    if (y < 0) {
        if (x == 0)
            return kr_raise(rt, &kt_ZeroDivisionError, "zero to a negative power");
        return kfloat_pow(rt, (double)x, (double)y, out);
    }
    if (x == 0 || x == 1) { *out = kv_int(y == 0 ? 1 : x); return KR_OK; }
    if (x == -1) { *out = kv_int(y & 1 ? -1 : 1); return KR_OK; }
    uint64_t e = (uint64_t)y;
    int64_t r = 1, b = x;
    for (;;) {
        if ((e & 1) && __builtin_mul_overflow(r, b, &r)) goto big;
        e >>= 1;
        if (!e) break;
        if (__builtin_mul_overflow(b, b, &b)) goto big;
    }
    *out = kv_int(r);
    return KR_OK;
big:;
    bi_small sx, sy;
    return pow_big(rt, bi_small_set(&sx, x), bi_small_set(&sy, y), out);
}

static int lshift_big(kr_rt *rt, const bi_t *x, const bi_t *y, kr_val *out)
{
    if (bi_sign(y) < 0) return negshift(rt);
    if (bi_is_zero(x)) { *out = kv_int(0); return KR_OK; }
    uint64_t n;
    if (!bi_to_u64(y, &n) || n > (uint64_t)INT64_MAX)
        return kr_raise(rt, &kt_OverflowError, "too many digits in integer");
    if (knum_check_bits(rt, bi_lshift_result_bits(x, n)) != KR_OK) return KR_ERR;
    bi_t *r;
    return bi_result(rt, bi_lshift_u(&rt->bi, &r, x, n), &r, out);
}

static int truediv_big(kr_rt *rt, const bi_t *x, const bi_t *y, kr_val *out)
{
    double d;
    bi_status st = bi_truediv(&rt->bi, &d, x, y);
    if (st != BI_OK) return kint_status(rt, st);
    *out = kv_float(d);
    return KR_OK;
}

static int binop_big(kr_rt *rt, int op, const bi_t *x, const bi_t *y, kr_val *out)
{
    bi_ctx *c = &rt->bi;
    bi_t *r = NULL;
    bi_status st;
    switch (op) {
    case OPB_ADD: st = bi_add(c, &r, x, y); break;
    case OPB_SUBTRACT: st = bi_sub(c, &r, x, y); break;
    case OPB_MULTIPLY: st = bi_mul(c, &r, x, y); break;
    case OPB_FLOOR_DIVIDE: st = bi_floordiv(c, &r, x, y); break;
    case OPB_REMAINDER: st = bi_mod(c, &r, x, y); break;
    case OPB_TRUE_DIVIDE: return truediv_big(rt, x, y, out);
    case OPB_POWER: return pow_big(rt, x, y, out);
    case OPB_LSHIFT: return lshift_big(rt, x, y, out);
    case OPB_RSHIFT: st = bi_rshift(c, &r, x, y); break;
    case OPB_AND: st = bi_and(c, &r, x, y); break;
    case OPB_OR: st = bi_or(c, &r, x, y); break;
    case OPB_XOR: st = bi_xor(c, &r, x, y); break;
    default: *out = kr_notimpl(); return KR_OK;
    }
    return bi_result(rt, st, &r, out);
}

#define TWO53 ((int64_t)1 << 53)

int kint_binop_i64(kr_rt *rt, int op, int64_t x, int64_t y, kr_val *out)
{
    int64_t r;
    switch (knum_plain_op(op)) {
    case OPB_ADD: return kint_add_i64(rt, x, y, out);
    case OPB_SUBTRACT: return kint_sub_i64(rt, x, y, out);
    case OPB_MULTIPLY: return kint_mul_i64(rt, x, y, out);
    case OPB_FLOOR_DIVIDE:
        if (y == 0) return zerodiv(rt);
        if (y == -1) {
            if (x == INT64_MIN) {
                bi_t *b;
                return bi_result(rt, bi_neg_i64(&rt->bi, &b, x), &b, out);
            }
            *out = kv_int(-x);
            return KR_OK;
        }
        r = x / y;
        if (x % y != 0 && ((x < 0) != (y < 0))) r--;
        *out = kv_int(r);
        return KR_OK;
    case OPB_REMAINDER:
        if (y == 0) return zerodiv(rt);
        if (y == -1) { *out = kv_int(0); return KR_OK; }
        r = x % y;
        if (r != 0 && ((r < 0) != (y < 0))) r += y;
        *out = kv_int(r);
        return KR_OK;
    case OPB_TRUE_DIVIDE:
        if (y == 0) return zerodiv(rt);
        if (x >= -TWO53 && x <= TWO53 && y >= -TWO53 && y <= TWO53) {
            /* both exact as doubles: one correctly rounded division */
            *out = kv_float((double)x / (double)y);
            return KR_OK;
        } else {
            bi_small sx, sy;
            return truediv_big(rt, bi_small_set(&sx, x), bi_small_set(&sy, y), out);
        }
    case OPB_POWER: return pow_i64(rt, x, y, out);
    case OPB_LSHIFT:
        if (y < 0) return negshift(rt);
        if (x == 0) { *out = kv_int(0); return KR_OK; }
        if (y < 63) {
            r = (int64_t)((uint64_t)x << y);
            if ((r >> y) == x) { *out = kv_int(r); return KR_OK; }
        }
        if (knum_check_bits(rt, (uint64_t)(64 + y)) != KR_OK) return KR_ERR;
        {
            bi_t *b;
            return bi_result(rt, bi_lshift_i64(&rt->bi, &b, x, (uint64_t)y), &b, out);
        }
    case OPB_RSHIFT:
        if (y < 0) return negshift(rt);
        *out = kv_int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y);
        return KR_OK;
    case OPB_AND: *out = kv_int(x & y); return KR_OK;
    case OPB_OR: *out = kv_int(x | y); return KR_OK;
    case OPB_XOR: *out = kv_int(x ^ y); return KR_OK;
    default:
        *out = kr_notimpl();
        return KR_OK;
    }
}

int kint_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op >= OPB_INPLACE_ADD) {
        if (!knum_plain_operand(b)) { *out = kr_notimpl(); return KR_OK; }
        op = knum_plain_op(op);
    }
    if (kv_is_int(a) && kv_is_int(b)) return kint_binop_i64(rt, op, kv_as_int(a), kv_as_int(b), out);
    int64_t x, y;
    const bi_t *bx, *by;
    /* int.__add__(1.5) is NotImplemented: float's slot computes 1 + 1.5 */
    if (!kint_value(a, &x, &bx) || !kint_value(b, &y, &by)) {
        *out = kr_notimpl();
        return KR_OK;
    }
    if (!bx && !by) return kint_binop_i64(rt, op, x, y, out);
    bi_small sx, sy;
    return binop_big(rt, op, bx ? bx : bi_small_set(&sx, x), by ? by : bi_small_set(&sy, y), out);
}

int kint_unop(kr_rt *rt, int op, kr_val a, kr_val *out)
{
    int64_t x;
    const bi_t *b;
    if (!kint_value(a, &x, &b)) { *out = kr_notimpl(); return KR_OK; }
    bi_ctx *c = &rt->bi;
    bi_t *r;
    if (!b) {
        switch (op) {
        case KR_UNOP_ABS:
            if (x >= 0) { *out = kv_int(x); return KR_OK; }
            /* fall through */
        case KR_UNOP_NEG:
            if (x == INT64_MIN) return bi_result(rt, bi_neg_i64(c, &r, x), &r, out);
            *out = kv_int(-x);
            return KR_OK;
        case KR_UNOP_POS: *out = kv_int(x); return KR_OK;
        case KR_UNOP_INVERT: *out = kv_int(~x); return KR_OK;
        default: *out = kr_notimpl(); return KR_OK;
        }
    }
    switch (op) {
    case KR_UNOP_NEG: return bi_result(rt, bi_neg(c, &r, b), &r, out);
    case KR_UNOP_POS: return kint_make(rt, 0, b, out);
    case KR_UNOP_INVERT: return bi_result(rt, bi_invert(c, &r, b), &r, out);
    case KR_UNOP_ABS: return bi_result(rt, bi_abs(c, &r, b), &r, out);
    default: *out = kr_notimpl(); return KR_OK;
    }
}

static int int_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    kr_val v;
    /* bool's values are tags, never kr_bigint objects */
    if (t != &kt_int && !(t->flags & KT_HEAPTYPE))
        return kr_raise(rt, &kt_TypeError, "int.__new__(%s) is not safe, use %s.__new__()", t->name, t->name);
    if (kint_construct(rt, args, nargs, kwnames, &v) != KR_OK) return KR_ERR;
    if (t == &kt_int) { *out = v; return KR_OK; }
    return kint_new_sub(rt, t, v, out);
}

kr_type kt_int = {
    .head = { KR_STATIC_HDR(&kt_type), &bigint_cls },
    .name = "int",
    .flags = KT_BASETYPE | KT_INT_SUB,
    .base = &kt_object,
    .slots = {
        .repr = kint_repr, .hash = kint_hash, .richcmp = kint_richcmp,
        .binop = kint_binop, .unop = kint_unop, .truth = kint_truth,
        .new_ = int_new_slot,
    },
    .basicsize = sizeof(kr_bigint),
    .methods = kint_methods,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer",
};
