/* complex: kr_complex objects and the type's slots.  The arithmetic is
 * CPython 3.14's complexobject.c: mixed-mode operations treat an int or
 * float operand as a real number (not as x+0j), quotients use Smith's
 * method with C11 Annex G's recovery of infinities, and ** uses repeated
 * multiplication for small integer exponents.  The constructor and methods
 * are in complex_new.c. */
#include "num_impl.h"

#include "../num/fmt.h"

typedef struct { double re, im; } cplx;

static const heap_class complex_cls = { "complex", NULL, NULL, sizeof(kr_complex) };

kr_obj *kcomplex_new(kr_rt *rt, double re, double im)
{
    kr_complex *c = (kr_complex *)(void *)heap_alloc(&rt->heap, &kt_complex, sizeof(kr_complex));
    if (!c) { kr_nomem(rt); return NULL; }
    c->re = re;
    c->im = im;
    return &c->obj;
}

bool kcomplex_value(kr_val v, double *re, double *im)
{
    if (!kv_is_obj(v) || !kcomplex_is_subtype(kv_as_obj(v)->type)) return false;
    kr_complex *c = (kr_complex *)(void *)kv_as_obj(v);
    *re = c->re;
    *im = c->im;
    return true;
}

static int cplx_val(kr_rt *rt, cplx z, kr_val *out)
{
    kr_obj *o = kcomplex_new(rt, z.re, z.im);
    if (!o) return KR_ERR;
    *out = kv_obj(o);
    return KR_OK;
}

/* ---- repr, hash, truth, comparison --------------------------------------- */

static int complex_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    cplx z;
    if (!kcomplex_value(v, &z.re, &z.im)) return kr_type_error(rt, "'%s' object is not complex", v);
    strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
    fmt_status st = fmt_complex_repr(&sb, z.re, z.im, knum_max_bytes(rt));
    return knum_fmt_finish(rt, st, &sb, &err, out);
}

static int complex_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    cplx z;
    if (!kcomplex_value(v, &z.re, &z.im)) return kr_type_error(rt, "'%s' object is not complex", v);
    uint64_t h = (uint64_t)kfloat_hash(z.re) + 1000003u * (uint64_t)kfloat_hash(z.im);
    *out = (int64_t)h == -1 ? -2 : (int64_t)h;
    return KR_OK;
}

static int complex_truth(kr_rt *rt, kr_val v, int *out)
{
    cplx z;
    if (!kcomplex_value(v, &z.re, &z.im)) return kr_type_error(rt, "'%s' object is not complex", v);
    *out = z.re != 0.0 || z.im != 0.0;
    return KR_OK;
}

static int complex_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    cplx z, w;
    double d;
    int64_t x;
    const bi_t *big;
    bool eq;
    if ((op != KR_EQ && op != KR_NE) || !kcomplex_value(a, &z.re, &z.im)) {
        *out = kr_notimpl();
        return KR_OK;
    }
    if (kcomplex_value(b, &w.re, &w.im)) eq = z.re == w.re && z.im == w.im;
    else if (kfloat_value(b, &d)) eq = z.re == d && z.im == 0.0;
    else if (kint_value(b, &x, &big)) eq = z.im == 0.0 && kint_cmp_double(x, big, z.re) == 0;
    else { *out = kr_notimpl(); return KR_OK; }
    *out = kv_bool(op == KR_EQ ? eq : !eq);
    return KR_OK;
}

/* ---- arithmetic ------------------------------------------------------------ */

static cplx c_prod(cplx z, cplx w)
{
    double a = z.re, b = z.im, c = w.re, d = w.im;
    double ac = a * c, bd = b * d, ad = a * d, bc = b * c;
    cplx r = { ac - bd, ad + bc };
    /* recover infinities that computed as nan+nanj (C11 Annex G.5.1) */
    if (isnan(r.re) && isnan(r.im)) {
        bool recalc = false;
        if (isinf(a) || isinf(b)) {
            a = copysign(isinf(a) ? 1.0 : 0.0, a);
            b = copysign(isinf(b) ? 1.0 : 0.0, b);
            if (isnan(c)) c = copysign(0.0, c);
            if (isnan(d)) d = copysign(0.0, d);
            recalc = true;
        }
        if (isinf(c) || isinf(d)) {
            c = copysign(isinf(c) ? 1.0 : 0.0, c);
            d = copysign(isinf(d) ? 1.0 : 0.0, d);
            if (isnan(a)) a = copysign(0.0, a);
            if (isnan(b)) b = copysign(0.0, b);
            recalc = true;
        }
        if (!recalc && (isinf(ac) || isinf(bd) || isinf(ad) || isinf(bc))) {
            if (isnan(a)) a = copysign(0.0, a);
            if (isnan(b)) b = copysign(0.0, b);
            if (isnan(c)) c = copysign(0.0, c);
            if (isnan(d)) d = copysign(0.0, d);
            recalc = true;
        }
        if (recalc) {
            r.re = INFINITY * (a * c - b * d);
            r.im = INFINITY * (a * d + b * c);
        }
    }
    return r;
}

/* a / b by Smith's method; *EDOM when b is zero. */
static cplx c_quot(cplx a, cplx b, bool *edom)
{
    cplx r;
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            *edom = true;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            r.re = (a.re + a.im * ratio) / denom;
            r.im = (a.im - a.re * ratio) / denom;
        }
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a.re * ratio + a.im) / denom;
        r.im = (a.im * ratio - a.re) / denom;
    } else {
        r.re = r.im = NAN;     /* a NaN in b */
    }
    /* recover infinities and zeros computed as nan+nanj (C11 Annex G.5.2) */
    if (isnan(r.re) && isnan(r.im)) {
        if ((isinf(a.re) || isinf(a.im)) && isfinite(b.re) && isfinite(b.im)) {
            double x = copysign(isinf(a.re) ? 1.0 : 0.0, a.re);
            double y = copysign(isinf(a.im) ? 1.0 : 0.0, a.im);
            r.re = INFINITY * (x * b.re + y * b.im);
            r.im = INFINITY * (y * b.re - x * b.im);
        } else if ((isinf(abs_br) || isinf(abs_bi)) && isfinite(a.re) && isfinite(a.im)) {
            double x = copysign(isinf(b.re) ? 1.0 : 0.0, b.re);
            double y = copysign(isinf(b.im) ? 1.0 : 0.0, b.im);
            r.re = 0.0 * (a.re * x + a.im * y);
            r.im = 0.0 * (a.im * x - a.re * y);
        }
    }
    return r;
}

/* real a / complex b (CPython's _Py_rc_quot). */
static cplx rc_quot(double a, cplx b, bool *edom)
{
    cplx r;
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        if (abs_br == 0.0) {
            *edom = true;
            r.re = r.im = 0.0;
        } else {
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            r.re = a / denom;
            r.im = (-a * ratio) / denom;
        }
    } else if (abs_bi >= abs_br) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        r.re = (a * ratio) / denom;
        r.im = (-a) / denom;
    } else {
        r.re = r.im = NAN;
    }
    /* recover zeros computed as nan+nanj (C11 Annex G.5.2) */
    if (isnan(r.re) && isnan(r.im) && isfinite(a) && (isinf(abs_br) || isinf(abs_bi))) {
        double x = copysign(isinf(b.re) ? 1.0 : 0.0, b.re);
        double y = copysign(isinf(b.im) ? 1.0 : 0.0, b.im);
        r.re = 0.0 * (a * x);
        r.im = 0.0 * (-a * y);
    }
    return r;
}

static cplx c_pow(cplx a, cplx b, bool *edom)
{
    cplx r;
    if (b.re == 0.0 && b.im == 0.0) {
        r.re = 1.0;
        r.im = 0.0;
    } else if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) *edom = true;
        r.re = r.im = 0.0;
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re);
        double at = atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        r.re = len * cos(phase);
        r.im = len * sin(phase);
    }
    return r;
}

static cplx c_powu(cplx x, long n)
{
    cplx r = { 1.0, 0.0 }, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = c_prod(r, p);
        mask <<= 1;
        p = c_prod(p, p);
    }
    return r;
}

int kcomplex_pow(kr_rt *rt, double ar, double ai, double br, double bi, kr_val *out)
{
    cplx a = { ar, ai }, b = { br, bi }, p;
    bool edom = false;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) {
        long n = (long)b.re;
        cplx one = { 1.0, 0.0 };
        p = n > 0 ? c_powu(a, n) : c_quot(one, c_powu(a, -n), &edom);
    } else {
        p = c_pow(a, b, &edom);
    }
    if (edom) return kr_raise(rt, &kt_ZeroDivisionError, "zero to a negative or complex power");
    if (isinf(p.re) || isinf(p.im)) return kr_raise(rt, &kt_OverflowError, "complex exponentiation");
    return cplx_val(rt, p, out);
}

/* An operand: complex, or a real number (int of any kind, float). */
typedef enum { OPND_NONE, OPND_COMPLEX, OPND_REAL } opnd_kind;

static opnd_kind operand(kr_val v, cplx *z)
{
    int64_t x;
    const bi_t *b;
    if (kcomplex_value(v, &z->re, &z->im)) return OPND_COMPLEX;
    z->im = 0.0;
    if (kfloat_value(v, &z->re) || kint_value(v, &x, &b)) return OPND_REAL;
    return OPND_NONE;
}

int kcomplex_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op >= OPB_INPLACE_ADD) {
        if (!knum_plain_operand(b)) { *out = kr_notimpl(); return KR_OK; }
        op = knum_plain_op(op);
    }
    if (op != OPB_ADD && op != OPB_SUBTRACT && op != OPB_MULTIPLY && op != OPB_TRUE_DIVIDE
        && op != OPB_POWER) {
        *out = kr_notimpl();
        return KR_OK;
    }
    cplx z, w, r;
    opnd_kind ka = operand(a, &z), kb = operand(b, &w);
    if (!ka || !kb) { *out = kr_notimpl(); return KR_OK; }
    bool is_real;
    if (ka == OPND_REAL && knum_real(rt, a, &z.re, &is_real) != KR_OK) return KR_ERR;
    if (kb == OPND_REAL && knum_real(rt, b, &w.re, &is_real) != KR_OK) return KR_ERR;
    if (op == OPB_POWER) return kcomplex_pow(rt, z.re, z.im, w.re, w.im, out);
    bool edom = false;
    bool cz = ka == OPND_COMPLEX, cw = kb == OPND_COMPLEX;
    switch (op) {
    case OPB_ADD:
        if (cz && cw) r = (cplx){ z.re + w.re, z.im + w.im };
        else if (cz) r = (cplx){ z.re + w.re, z.im };
        else r = (cplx){ z.re + w.re, w.im };
        break;
    case OPB_SUBTRACT:
        if (cz && cw) r = (cplx){ z.re - w.re, z.im - w.im };
        else if (cz) r = (cplx){ z.re - w.re, z.im };
        else r = (cplx){ z.re - w.re, -w.im };
        break;
    case OPB_MULTIPLY:
        if (cz && cw) r = c_prod(z, w);
        else if (cz) r = (cplx){ z.re * w.re, z.im * w.re };
        else r = (cplx){ z.re * w.re, z.re * w.im };
        break;
    default: /* OPB_TRUE_DIVIDE */
        if (cz && cw) r = c_quot(z, w, &edom);
        else if (cz) {
            if (w.re == 0.0) edom = true;
            else r = (cplx){ z.re / w.re, z.im / w.re };
        } else {
            r = rc_quot(z.re, w, &edom);
        }
        if (edom) return kr_raise(rt, &kt_ZeroDivisionError, "division by zero");
        break;
    }
    return cplx_val(rt, r, out);
}

static int complex_unop(kr_rt *rt, int op, kr_val a, kr_val *out)
{
    cplx z;
    if (!kcomplex_value(a, &z.re, &z.im)) { *out = kr_notimpl(); return KR_OK; }
    switch (op) {
    case KR_UNOP_NEG: return cplx_val(rt, (cplx){ -z.re, -z.im }, out);
    case KR_UNOP_POS: return cplx_val(rt, z, out);
    case KR_UNOP_ABS: {
        double r;
        if (!isfinite(z.re) || !isfinite(z.im)) {
            if (isinf(z.re)) r = fabs(z.re);
            else if (isinf(z.im)) r = fabs(z.im);
            else r = NAN;
        } else {
            r = hypot(z.re, z.im);
            if (!isfinite(r)) return kr_raise(rt, &kt_OverflowError, "absolute value too large");
        }
        *out = kv_float(r);
        return KR_OK;
    }
    default:
        *out = kr_notimpl();
        return KR_OK;
    }
}

int kcomplex_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out);

kr_type kt_complex = {
    .head = { KR_STATIC_HDR(&kt_type), &complex_cls },
    .name = "complex",
    .flags = KT_BASETYPE,
    .base = &kt_object,
    .slots = {
        .repr = complex_repr, .hash = complex_hash, .richcmp = complex_richcmp,
        .binop = kcomplex_binop, .unop = complex_unop, .truth = complex_truth,
        .new_ = kcomplex_new_slot,
    },
    .basicsize = sizeof(kr_complex),
    .methods = kcomplex_methods,
    .doc = "Create a complex number from a string or numbers.",
};
