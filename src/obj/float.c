/* float: inline doubles (kr_floatobj for subclass instances) and the float
 * type's slots.  Arithmetic follows CPython's floatobject.c exactly
 * (floor division and modulo signs, float_pow's special cases and errors);
 * the constructor and methods are in float_new.c and float_methods.c. */
#include "num_impl.h"

#include "../util/dtoa.h"

bool kfloat_value(kr_val v, double *out)
{
    if (kv_is_float(v)) { *out = kv_as_float(v); return true; }
    if (kv_is_obj(v) && kfloat_is_subtype(kv_as_obj(v)->type)) {
        *out = ((kr_floatobj *)(void *)kv_as_obj(v))->f;
        return true;
    }
    return false;
}

int kfloat_make(kr_rt *rt, kr_type *t, double d, kr_val *out)
{
    if (t == &kt_float) { *out = kv_float(d); return KR_OK; }
    kr_floatobj *o = (kr_floatobj *)(void *)heap_alloc(&rt->heap, t, t->basicsize);
    if (!o) return kr_nomem(rt);
    o->f = d;
    *out = kv_obj(&o->obj);
    return KR_OK;
}

int knum_real(kr_rt *rt, kr_val v, double *out, bool *is_real)
{
    *is_real = true;
    if (kfloat_value(v, out)) return KR_OK;
    int64_t x;
    const bi_t *b;
    if (kint_value(v, &x, &b)) {
        if (!b) { *out = (double)x; return KR_OK; }
        bi_status st = bi_to_double(b, out);
        return st == BI_OK ? KR_OK : kint_status(rt, st);
    }
    *is_real = false;
    return KR_OK;
}

int knum_erange(kr_rt *rt)
{
    kr_str *s = kstr_cstr(rt, "Numerical result out of range");
    if (!s) return KR_ERR;
    kr_val items[2] = { kv_int(34), kstr_val(s) };
    kr_tuple *t = ktuple_from(rt, items, 2);
    if (!t) return KR_ERR;
    kr_exc *e = kexc_new(rt, &kt_OverflowError, &t->obj);
    if (!e) return KR_ERR;
    return kr_raise_obj(rt, kv_obj(&e->obj));
}

/* ---- repr, hash ------------------------------------------------------------ */

int kfloat_repr(double d, char *buf)
{
    return dtoa_repr(d, buf, 1);
}

static int float_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    double d;
    if (!kfloat_value(v, &d)) return kr_type_error(rt, "'%s' object is not a float", v);
    char buf[40];
    int n = dtoa_repr(d, buf, 1);
    return knum_str(rt, buf, (size_t)n, out);
}

/* CPython's _Py_HashDouble: the value modulo 2**61 - 1, so that equal ints
 * and floats hash alike. */
int64_t kfloat_hash(double v)
{
    if (!isfinite(v)) return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    if (v == floor(v) && fabs(v) < 9.0e18) return kint_hash_i64((int64_t)v);
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    const int BITS = 61;
    int e;
    double m = frexp(v, &e);
    int neg = m < 0;
    if (neg) m = -m;
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & P) | x >> (BITS - 28);
        m *= 268435456.0;   /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= P) x -= P;
    }
    e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
    x = ((x << e) & P) | x >> (BITS - e);
    if (neg) x = -x;
    int64_t h = (int64_t)x;
    return h == -1 ? -2 : h;
}

static int float_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    double d;
    if (!kfloat_value(v, &d)) return kr_type_error(rt, "'%s' object is not a float", v);
    *out = kfloat_hash(d);
    return KR_OK;
}

static int float_truth(kr_rt *rt, kr_val v, int *out)
{
    double d;
    if (!kfloat_value(v, &d)) return kr_type_error(rt, "'%s' object is not a float", v);
    *out = d != 0.0;
    return KR_OK;
}

/* ---- comparison ------------------------------------------------------------ */

static int float_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    double x, y;
    int64_t i;
    const bi_t *big;
    int c;
    if (!kfloat_value(a, &x)) { *out = kr_notimpl(); return KR_OK; }
    if (kfloat_value(b, &y)) {
        c = isnan(x) || isnan(y) ? BI_CMP_UNORDERED : (x > y) - (x < y);
    } else if (kint_value(b, &i, &big)) {
        c = kint_cmp_double(i, big, x);
        if (c != BI_CMP_UNORDERED) c = -c;
    } else {
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

/* CPython's _float_div_mod: floor quotient and a remainder with W's sign,
 * both correctly signed zeros. */
static void float_divmod(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) { m += wx; div -= 1.0; }
    } else {
        m = copysign(0.0, wx);
    }
    if (div) {
        double f = floor(div);
        if (div - f > 0.5) f += 1.0;
        div = f;
    } else {
        div = copysign(0.0, vx / wx);
    }
    *floordiv = div;
    *mod = m;
}

static bool is_odd_integer(double d)
{
    /* an odd integer has no fractional part and |d| < 2**53 */
    return fmod(fabs(d), 2.0) == 1.0;
}

int kfloat_pow(kr_rt *rt, double iv, double iw, kr_val *out)
{
    if (iw == 0) { *out = kv_float(1.0); return KR_OK; }
    if (isnan(iv)) { *out = kv_float(iv); return KR_OK; }
    if (isnan(iw)) { *out = kv_float(iv == 1.0 ? 1.0 : iw); return KR_OK; }
    if (isinf(iw)) {
        iv = fabs(iv);
        if (iv == 1.0) *out = kv_float(1.0);
        else if ((iw > 0.0) == (iv > 1.0)) *out = kv_float(fabs(iw));
        else *out = kv_float(0.0);
        return KR_OK;
    }
    if (isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) *out = kv_float(odd ? iv : fabs(iv));
        else *out = kv_float(odd ? copysign(0.0, iv) : 0.0);
        return KR_OK;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) return kr_raise(rt, &kt_ZeroDivisionError, "zero to a negative power");
        *out = kv_float(odd ? iv : 0.0);
        return KR_OK;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != floor(iw)) return kcomplex_pow(rt, iv, 0.0, iw, 0.0, out);
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) { *out = kv_float(negate ? -1.0 : 1.0); return KR_OK; }
    double ix = pow(iv, iw);
    if (isinf(ix)) return knum_erange(rt);
    *out = kv_float(negate ? -ix : ix);
    return KR_OK;
}

int kfloat_binop_d(kr_rt *rt, int op, double x, double y, kr_val *out)
{
    double q, m;
    switch (knum_plain_op(op)) {
    case OPB_ADD: *out = kv_float(x + y); return KR_OK;
    case OPB_SUBTRACT: *out = kv_float(x - y); return KR_OK;
    case OPB_MULTIPLY: *out = kv_float(x * y); return KR_OK;
    case OPB_TRUE_DIVIDE:
        if (y == 0.0) return zerodiv(rt);
        *out = kv_float(x / y);
        return KR_OK;
    case OPB_FLOOR_DIVIDE:
        if (y == 0.0) return zerodiv(rt);
        float_divmod(x, y, &q, &m);
        *out = kv_float(q);
        return KR_OK;
    case OPB_REMAINDER:
        if (y == 0.0) return zerodiv(rt);
        float_divmod(x, y, &q, &m);
        *out = kv_float(m);
        return KR_OK;
    case OPB_POWER: return kfloat_pow(rt, x, y, out);
    default: *out = kr_notimpl(); return KR_OK;
    }
}

int kfloat_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op >= OPB_INPLACE_ADD) {
        if (!knum_plain_operand(b)) { *out = kr_notimpl(); return KR_OK; }
        op = knum_plain_op(op);
    }
    switch (op) {
    case OPB_ADD: case OPB_SUBTRACT: case OPB_MULTIPLY: case OPB_TRUE_DIVIDE:
    case OPB_FLOOR_DIVIDE: case OPB_REMAINDER: case OPB_POWER:
        break;
    default:
        *out = kr_notimpl();
        return KR_OK;
    }
    double x, y;
    if (kv_is_float(a) && kv_is_float(b)) return kfloat_binop_d(rt, op, kv_as_float(a), kv_as_float(b), out);
    /* both must be real; convert A first (its OverflowError wins) */
    int64_t i;
    const bi_t *bg;
    bool ra = kfloat_value(a, &x) || kint_value(a, &i, &bg);
    bool rb = kfloat_value(b, &y) || kint_value(b, &i, &bg);
    if (!ra || !rb) { *out = kr_notimpl(); return KR_OK; }
    bool is_real;
    if (knum_real(rt, a, &x, &is_real) != KR_OK || knum_real(rt, b, &y, &is_real) != KR_OK)
        return KR_ERR;
    return kfloat_binop_d(rt, op, x, y, out);
}

static int float_unop(kr_rt *rt, int op, kr_val a, kr_val *out)
{
    double x;
    if (!kfloat_value(a, &x)) { *out = kr_notimpl(); return KR_OK; }
    switch (op) {
    case KR_UNOP_NEG: *out = kv_float(-x); return KR_OK;
    case KR_UNOP_POS: *out = kv_float(x); return KR_OK;
    case KR_UNOP_ABS: *out = kv_float(fabs(x)); return KR_OK;
    default: *out = kr_notimpl(); return KR_OK;
    }
}

int kfloat_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out);

static const heap_class float_cls = { "float", NULL, NULL, sizeof(kr_floatobj) };

kr_type kt_float = {
    .head = { KR_STATIC_HDR(&kt_type), &float_cls },
    .name = "float",
    .flags = KT_BASETYPE,
    .base = &kt_object,
    .slots = {
        .repr = float_repr, .hash = float_hash, .richcmp = float_richcmp,
        .binop = kfloat_binop, .unop = float_unop, .truth = float_truth,
        .new_ = kfloat_new_slot,
    },
    .basicsize = sizeof(kr_floatobj),
    .methods = kfloat_methods,
    .doc = "Convert a string or number to a floating-point number, if possible.",
};
