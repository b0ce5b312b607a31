/* The bigint kernel: values, allocation, signed arithmetic, division with
 * Python's floor rules, bitwise operations in two's complement, shifts,
 * comparisons, hashing, floats and bytes.  Powers, gcd and isqrt are in
 * bigint_math.c, strings in bigint_str.c, limb loops in bigint_limb.c. */
#include "bigint_impl.h"

#include <float.h>
#include <math.h>
#include <stdio.h>

/* ---- memory ---------------------------------------------------------- */

void *bi_mem_alloc(bi_ctx *c, size_t bytes) { return c->a.alloc(c->a.ud, bytes); }
void bi_mem_free(bi_ctx *c, void *p, size_t bytes) { if (p) c->a.free(c->a.ud, p, bytes); }

bi_limb *bi_limbs_alloc(bi_ctx *c, size_t n)
{
    if (n == 0) n = 1;
    if (n > SIZE_MAX / sizeof(bi_limb)) return NULL;
    return bi_mem_alloc(c, n * sizeof(bi_limb));
}

void bi_limbs_free(bi_ctx *c, bi_limb *p, size_t n)
{
    bi_mem_free(c, p, (n ? n : 1) * sizeof(bi_limb));
}

size_t bi_max_limbs(const bi_ctx *c)
{
    return c->max_limbs && c->max_limbs < BI_LIMBS_MAX ? c->max_limbs : BI_LIMBS_MAX;
}

static bi_status new_capped(bi_ctx *c, bi_t **out, size_t n, size_t max)
{
    if (n > max) return BI_ETOOBIG;
    bi_t *x = bi_mem_alloc(c, sizeof(bi_t) + n * sizeof(bi_limb));
    if (!x) return BI_ENOMEM;
    x->size = 0;
    x->cap = (uint32_t)n;
    *out = x;
    return BI_OK;
}

bi_status bi_new(bi_ctx *c, bi_t **out, size_t n) { return new_capped(c, out, n, bi_max_limbs(c)); }
bi_status bi_new_tmp(bi_ctx *c, bi_t **out, size_t n) { return new_capped(c, out, n, BI_LIMBS_MAX); }

size_t bi_alloc_size(const bi_t *x) { return sizeof(bi_t) + (size_t)x->cap * sizeof(bi_limb); }

void bi_free(bi_ctx *c, bi_t *x)
{
    if (x) c->a.free(c->a.ud, x, bi_alloc_size(x));
}

bi_status bi_from_limbs(bi_ctx *c, bi_t **out, const bi_limb *d, size_t n, int sign)
{
    n = bi_l_norm(d, n);
    bi_t *x;
    bi_status st = bi_new(c, &x, n);
    if (st) return st;
    bi_l_copy(x->d, d, n);
    bi_set_size(x, n, sign);
    *out = x;
    return BI_OK;
}

bi_status bi_copy(bi_ctx *c, bi_t **out, const bi_t *a)
{
    return bi_from_limbs(c, out, a->d, bi_nlimbs(a), a->size);
}

/* ---- status ------------------------------------------------------------ */

const char *bi_status_exc(bi_status st)
{
    switch (st) {
    case BI_OK: return "";
    case BI_ENOMEM: case BI_ETOOBIG: return "MemoryError";
    case BI_EZERODIV: return "ZeroDivisionError";
    case BI_EFLOAT: case BI_EDIVFLOAT: case BI_ERANGE: case BI_EUNSIGNED:
        return "OverflowError";
    case BI_ENOTINV: case BI_EMODZERO: case BI_ENEGSHIFT: case BI_ENEGISQRT:
    case BI_ESYNTAX: case BI_ESTRLIMIT_IN: case BI_ESTRLIMIT_OUT: case BI_EARG:
        return "ValueError";
    }
    return "SystemError";
}

size_t bi_status_text(bi_status st, size_t limit, size_t ndigits, char *buf, size_t bufsize)
{
    const char *m = "";
    switch (st) {
    case BI_OK: break;
    case BI_ENOMEM: case BI_ETOOBIG: m = ""; break;
    case BI_EZERODIV: m = "division by zero"; break;
    case BI_EFLOAT: m = "int too large to convert to float"; break;
    case BI_EDIVFLOAT: m = "integer division result too large for a float"; break;
    case BI_ERANGE: m = "int too big to convert"; break;
    case BI_EUNSIGNED: m = "can't convert negative int to unsigned"; break;
    case BI_ENOTINV: m = "base is not invertible for the given modulus"; break;
    case BI_EMODZERO: m = "pow() 3rd argument cannot be 0"; break;
    case BI_ENEGSHIFT: m = "negative shift count"; break;
    case BI_ENEGISQRT: m = "isqrt() argument must be nonnegative"; break;
    case BI_ESYNTAX: m = "invalid literal for int()"; break;
    case BI_EARG: m = "invalid argument"; break;
    case BI_ESTRLIMIT_IN:
        return (size_t)snprintf(buf, bufsize,
            "Exceeds the limit (%zu digits) for integer string conversion: "
            "value has %zu digits; use sys.set_int_max_str_digits() to "
            "increase the limit", limit, ndigits);
    case BI_ESTRLIMIT_OUT:
        return (size_t)snprintf(buf, bufsize,
            "Exceeds the limit (%zu digits) for integer string conversion; "
            "use sys.set_int_max_str_digits() to increase the limit", limit);
    }
    return (size_t)snprintf(buf, bufsize, "%s", m);
}

/* ---- int64 ------------------------------------------------------------- */

static inline uint64_t u_abs64(int64_t v) { return v < 0 ? -(uint64_t)v : (uint64_t)v; }

const bi_t *bi_small_set(bi_small *s, int64_t v)
{
    s->b.cap = 1;
    s->b.d[0] = u_abs64(v);
    s->b.size = v > 0 ? 1 : v < 0 ? -1 : 0;
    return &s->b;
}

/* A new value from a 128-bit magnitude and a sign. */
static bi_status from_u128(bi_ctx *c, bi_t **out, bi_dlimb m, int sign)
{
    bi_t *x;
    size_t n = (m >> 64) ? 2 : m ? 1 : 0;
    bi_status st = bi_new(c, &x, n);
    if (st) return st;
    if (n > 0) x->d[0] = (bi_limb)m;
    if (n > 1) x->d[1] = (bi_limb)(m >> 64);
    bi_set_size(x, n, sign);
    *out = x;
    return BI_OK;
}

bi_status bi_from_i64(bi_ctx *c, bi_t **out, int64_t v)
{
    return from_u128(c, out, u_abs64(v), v < 0 ? -1 : 1);
}

bi_status bi_from_u64(bi_ctx *c, bi_t **out, uint64_t v) { return from_u128(c, out, v, 1); }

static bi_status from_i128(bi_ctx *c, bi_t **out, __int128 v)
{
    return from_u128(c, out, v < 0 ? -(bi_dlimb)v : (bi_dlimb)v, v < 0 ? -1 : 1);
}

bi_status bi_add_i64(bi_ctx *c, bi_t **out, int64_t a, int64_t b)
{ return from_i128(c, out, (__int128)a + b); }
bi_status bi_sub_i64(bi_ctx *c, bi_t **out, int64_t a, int64_t b)
{ return from_i128(c, out, (__int128)a - b); }
bi_status bi_mul_i64(bi_ctx *c, bi_t **out, int64_t a, int64_t b)
{ return from_i128(c, out, (__int128)a * b); }
bi_status bi_neg_i64(bi_ctx *c, bi_t **out, int64_t a)
{ return from_i128(c, out, -(__int128)a); }

bi_status bi_lshift_i64(bi_ctx *c, bi_t **out, int64_t a, uint64_t n)
{
    bi_small s;
    return bi_lshift_u(c, out, bi_small_set(&s, a), n);
}

bool bi_to_u64(const bi_t *a, uint64_t *v)
{
    if (a->size < 0 || a->size > 1) return false;
    *v = a->size ? a->d[0] : 0;
    return true;
}

bool bi_to_i64(const bi_t *a, int64_t *v)
{
    if (a->size == 0) { *v = 0; return true; }
    if (a->size > 1 || a->size < -1) return false;
    uint64_t m = a->d[0];
    if (a->size > 0) {
        if (m > (uint64_t)INT64_MAX) return false;
        *v = (int64_t)m;
    } else {
        if (m > (uint64_t)INT64_MAX + 1) return false;
        *v = (int64_t)(0 - m);
    }
    return true;
}

/* ---- comparison and inspection ------------------------------------- */

int bi_cmp_abs(const bi_t *a, const bi_t *b)
{
    return bi_l_cmp(a->d, bi_nlimbs(a), b->d, bi_nlimbs(b));
}

int bi_cmp(const bi_t *a, const bi_t *b)
{
    if (a->size != b->size) return a->size < b->size ? -1 : 1;
    int c = bi_cmp_abs(a, b);
    return a->size < 0 ? -c : c;
}

int bi_cmp_i64(const bi_t *a, int64_t v)
{
    bi_small s;
    return bi_cmp(a, bi_small_set(&s, v));
}

uint64_t bi_bit_length(const bi_t *a)
{
    size_t n = bi_nlimbs(a);
    return n ? (uint64_t)(n - 1) * 64 + bi_limb_bits(a->d[n - 1]) : 0;
}

uint64_t bi_bit_count(const bi_t *a)
{
    uint64_t k = 0;
    for (size_t i = 0, n = bi_nlimbs(a); i < n; i++) k += (uint64_t)__builtin_popcountll(a->d[i]);
    return k;
}

int64_t bi_hash(const bi_t *a)
{
    /* With P = 2^61-1, 2^64 = 8 (mod P): fold limbs from the top,
     * h = h*8 + limb (mod P), where x*8 mod P is a 3-bit rotation within
     * 61 bits and a limb reduces to (limb & P) + (limb >> 61). */
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    uint64_t h = 0;
    for (size_t i = bi_nlimbs(a); i-- > 0;) {
        h = ((h << 3) & P) | (h >> 58);
        uint64_t l = (a->d[i] & P) + (a->d[i] >> 61);
        if (l >= P) l -= P;
        h += l;
        if (h >= P) h -= P;
    }
    int64_t r = a->size < 0 ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

/* ---- add, sub, neg ----------------------------------------------------- */

/* a + (negate_b ? -b : b). */
static bi_status add_signed(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b, bool negate_b)
{
    size_t na = bi_nlimbs(a), nb = bi_nlimbs(b);
    int sa = a->size < 0 ? -1 : 1, sb = b->size < 0 ? -1 : 1;
    if (negate_b) sb = -sb;
    if (na < nb || (na == nb && sa != sb && bi_l_cmp(a->d, na, b->d, nb) < 0)) {
        const bi_t *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
        int ts = sa; sa = sb; sb = ts;
    }
    /* Now |a| >= |b| in limb count (and in value when signs differ). */
    bi_t *r;
    bi_status st = bi_new(c, &r, na + (sa == sb));
    if (st) return st;
    if (sa == sb) {
        r->d[na] = bi_l_add(r->d, a->d, na, b->d, nb);
        bi_set_size(r, na + 1, sa);
    } else {
        bi_l_sub(r->d, a->d, na, b->d, nb);
        bi_set_size(r, na, sa);
    }
    *out = r;
    return BI_OK;
}

bi_status bi_add(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b)
{ return add_signed(c, out, a, b, false); }
bi_status bi_sub(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b)
{ return add_signed(c, out, a, b, true); }

bi_status bi_neg(bi_ctx *c, bi_t **out, const bi_t *a)
{ return bi_from_limbs(c, out, a->d, bi_nlimbs(a), -a->size); }
bi_status bi_abs(bi_ctx *c, bi_t **out, const bi_t *a)
{ return bi_from_limbs(c, out, a->d, bi_nlimbs(a), 1); }

/* ---- mul ------------------------------------------------------------------ */

bi_status bi_mul(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b)
{
    size_t na = bi_nlimbs(a), nb = bi_nlimbs(b);
    bi_t *r;
    if (na == 0 || nb == 0) return bi_new(c, out, 0);
    bi_status st = bi_new(c, &r, na + nb);
    if (st) return st;
    int e = (a == b || (na == nb && a->d == b->d)) ? bi_l_sqr(c, r->d, a->d, na)
                                                   : bi_l_mul(c, r->d, a->d, na, b->d, nb);
    if (e < 0) { bi_free(c, r); return BI_ENOMEM; }
    bi_set_size(r, na + nb, (a->size < 0) != (b->size < 0) ? -1 : 1);
    *out = r;
    return BI_OK;
}

/* ---- division ---------------------------------------------------------- */

static bi_status udivmod(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a, const bi_t *b, bool bz)
{
    size_t na = bi_nlimbs(a), nb = bi_nlimbs(b);
    bi_t *qq = NULL, *rr = NULL;
    bi_status st;
    if (nb == 0) return BI_EZERODIV;
    if (na < nb || (na == nb && bi_l_cmp(a->d, na, b->d, nb) < 0)) {
        /* |a| < |b|: q = 0, r = |a|. */
        if (q && (st = bi_new(c, &qq, 0))) return st;
        if (r && (st = bi_from_limbs(c, &rr, a->d, na, 1))) { bi_free(c, qq); return st; }
        if (q) *q = qq;
        if (r) *r = rr;
        return BI_OK;
    }
    if (q && (st = bi_new(c, &qq, na - nb + 1))) return st;
    if (r && (st = bi_new(c, &rr, nb))) { bi_free(c, qq); return st; }
    if (nb == 1) {
        bi_limb rem;
        if (qq) rem = bi_l_divrem_1(qq->d, a->d, na, b->d[0]);
        else rem = bi_l_mod_1(a->d, na, b->d[0]);
        if (rr) { rr->d[0] = rem; bi_set_size(rr, 1, 1); }
    } else {
        if ((bz ? bi_l_divrem : bi_l_divrem_knuth)(c, qq ? qq->d : NULL, rr ? rr->d : NULL,
                                                   a->d, na, b->d, nb) < 0) {
            bi_free(c, qq);
            bi_free(c, rr);
            return BI_ENOMEM;
        }
        if (rr) bi_set_size(rr, nb, 1);
    }
    if (qq) bi_set_size(qq, na - nb + 1, 1);
    if (q) *q = qq;
    if (r) *r = rr;
    return BI_OK;
}

bi_status bi_udivmod(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a, const bi_t *b)
{ return udivmod(c, q, r, a, b, true); }
bi_status bi_udivmod_knuth(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a, const bi_t *b)
{ return udivmod(c, q, r, a, b, false); }

/* In place: x = |x| + 1 with x's sign (x has a spare limb or gains one). */
static bi_status inc_mag(bi_ctx *c, bi_t **x, int sign)
{
    bi_t *v = *x;
    size_t n = bi_nlimbs(v);
    if (n == v->cap) {
        bi_t *w;
        bi_status st = bi_new(c, &w, n + 1);
        if (st) return st;
        bi_l_copy(w->d, v->d, n);
        bi_free(c, v);
        *x = v = w;
    }
    v->d[n] = bi_l_add_1(v->d, v->d, n, 1);
    bi_set_size(v, n + 1, sign);
    return BI_OK;
}

bi_status bi_divmod(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a, const bi_t *b)
{
    bi_t *qq = NULL, *rr = NULL;
    bool want_r = r != NULL;
    bool neg = (a->size < 0) != (b->size < 0);
    /* With differing signs and a nonzero remainder, floor moves q down by
     * one and r to |b| - |r|: the remainder is needed to decide. */
    bi_status st = bi_udivmod(c, q ? &qq : NULL, (want_r || neg) ? &rr : NULL, a, b);
    if (st) return st;
    if (neg && rr && rr->size != 0) {
        if (qq && (st = inc_mag(c, &qq, -1))) goto fail;
        if (want_r) {
            /* r = |b| - |r|, with b's sign. */
            bi_limb *d = rr->d;
            size_t nr = bi_nlimbs(rr), nb = bi_nlimbs(b);
            bi_t *t;
            if ((st = bi_new(c, &t, nb))) goto fail;
            bi_l_sub(t->d, b->d, nb, d, nr);
            bi_set_size(t, nb, b->size);
            bi_free(c, rr);
            rr = t;
        }
    } else {
        if (qq && neg) qq->size = -qq->size;
        if (rr && b->size < 0) rr->size = -rr->size;
    }
    if (!want_r) { bi_free(c, rr); rr = NULL; }
    if (q) *q = qq;
    if (r) *r = rr;
    return BI_OK;
fail:
    bi_free(c, qq);
    bi_free(c, rr);
    return st;
}

bi_status bi_floordiv(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b)
{ return bi_divmod(c, out, NULL, a, b); }
bi_status bi_mod(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b)
{ return bi_divmod(c, NULL, out, a, b); }

/* ---- floats ---------------------------------------------------------------- */

static bi_status shift_mag_left(bi_ctx *c, bi_t **out, const bi_limb *d, size_t na,
                                uint64_t k, int sign);
static bi_status shift_mag_right(bi_ctx *c, bi_t **out, const bi_limb *d, size_t na,
                                 uint64_t k, int sign, bool *lost);

/* The top 64 bits of |a| (bits [nbits-64, nbits)) with bit 0 forced on when
 * any lower bit is set; nbits = bit_length(a) > 64. */
static uint64_t top64_sticky(const bi_limb *d, size_t n, uint64_t nbits)
{
    uint64_t lo = nbits - 64;
    size_t li = (size_t)(lo / 64);
    unsigned s = (unsigned)(lo % 64);
    uint64_t top = d[li] >> s;
    if (s) top |= d[li + 1] << (64 - s);
    bool sticky = (s && (d[li] << (64 - s)) != 0);
    for (size_t i = 0; i < li && !sticky; i++) sticky = d[i] != 0;
    (void)n;
    return top | sticky;
}

bi_status bi_to_double(const bi_t *a, double *out)
{
    size_t n = bi_nlimbs(a);
    uint64_t nbits = bi_bit_length(a);
    double m;
    if (nbits <= 64) {
        m = n ? (double)a->d[0] : 0.0;      /* the FPU rounds half-even */
    } else {
        if (nbits > DBL_MAX_EXP + 1) return BI_EFLOAT;
        /* 64 bits plus a sticky bit round like the whole value: the
         * rounding position (bit 11) lies well above the sticky bit. */
        m = ldexp((double)top64_sticky(a->d, n, nbits), (int)(nbits - 64));
        if (isinf(m)) return BI_EFLOAT;
    }
    *out = a->size < 0 ? -m : m;
    return BI_OK;
}

double bi_frexp(const bi_t *a, int64_t *e)
{
    size_t n = bi_nlimbs(a);
    uint64_t nbits = bi_bit_length(a);
    if (n == 0) { *e = 0; return 0.0; }
    /* one correct rounding: of the value itself, or of its top 64 bits
     * with a sticky bit, scaled by the dropped bits */
    uint64_t top = nbits <= 64 ? a->d[0] : top64_sticky(a->d, n, nbits);
    int k;
    double m = frexp((double)top, &k);
    *e = k + (nbits <= 64 ? 0 : (int64_t)(nbits - 64));
    return a->size < 0 ? -m : m;
}

bi_status bi_from_double(bi_ctx *c, bi_t **out, double d)
{
    if (!isfinite(d)) return BI_EARG;
    if (fabs(d) < 9223372036854775808.0) return bi_from_i64(c, out, (int64_t)d);
    int e;
    double f = frexp(fabs(d), &e);                  /* |d| = f * 2^e, e > 63 */
    uint64_t m = (uint64_t)ldexp(f, 64);            /* exact: 53 bits */
    bi_small s;
    const bi_t *sm = bi_small_set(&s, 1);
    s.b.d[0] = m;
    bi_status st = bi_lshift_u(c, out, sm, (uint64_t)(e - 64));
    if (st == BI_OK && d < 0) (*out)->size = -(*out)->size;
    return st;
}

int bi_cmp_double(const bi_t *a, double d)
{
    if (isnan(d)) return BI_CMP_UNORDERED;
    if (isinf(d)) return d > 0 ? -1 : 1;
    int sa = bi_sign(a), sd = (d > 0) - (d < 0);
    if (sa != sd) return sa < sd ? -1 : 1;
    if (sa == 0) return 0;
    /* Same sign: compare magnitudes, then flip for negatives. */
    int e;
    (void)frexp(fabs(d), &e);                       /* |d| in [2^(e-1), 2^e) */
    uint64_t nb = bi_bit_length(a);                 /* |a| in [2^(nb-1), 2^nb) */
    int c;
    if (e <= 0) c = 1;                              /* |d| < 1 <= |a| */
    else if (nb < (uint64_t)e) c = -1;
    else if (nb > (uint64_t)e) c = 1;
    else {
        /* Equal bit lengths <= 1024: compare |a| with the integer part of
         * |d| exactly, then with its fraction. */
        bi_limb buf[17] = {0};
        double ip, fp = modf(fabs(d), &ip);
        int ie;
        double fi = frexp(ip, &ie);
        uint64_t m = (uint64_t)ldexp(fi, 64);       /* ip = m * 2^(ie-64) */
        int sh = ie - 64;
        if (sh <= 0) buf[0] = m >> -sh;
        else {
            buf[sh / 64] = m << (sh % 64);
            if (sh % 64) buf[sh / 64 + 1] = m >> (64 - sh % 64);
        }
        c = bi_l_cmp(a->d, bi_nlimbs(a), buf, bi_l_norm(buf, 17));
        if (c == 0 && fp != 0) c = -1;
    }
    return sa < 0 ? -c : c;
}

/* Correctly rounded a/b: with shift chosen so that |a| / (|b| * 2^shift)
 * has 55 or 56 bits (fewer room is kept for subnormals), take the integer
 * quotient Q plus an "inexact" flag, round Q to 53 significant bits (or the
 * subnormal precision) half-even, and scale by 2^shift, which is exact. */
bi_status bi_truediv(bi_ctx *c, double *out, const bi_t *a, const bi_t *b)
{
    size_t na = bi_nlimbs(a), nb = bi_nlimbs(b);
    if (nb == 0) return BI_EZERODIV;
    bool neg = (a->size < 0) != (b->size < 0);
    if (na == 0) { *out = neg ? -0.0 : 0.0; return BI_OK; }
    uint64_t abits = bi_bit_length(a), bbits = bi_bit_length(b);
    if (abits <= DBL_MANT_DIG && bbits <= DBL_MANT_DIG) {
        double q = (double)a->d[0] / (double)b->d[0];   /* both exact */
        *out = neg ? -q : q;
        return BI_OK;
    }
    int64_t diff = (int64_t)abits - (int64_t)bbits;
    /* |a/b| >= 2^(diff-1): overflow when diff-1 >= 1024 */
    if (diff > DBL_MAX_EXP) return BI_EDIVFLOAT;
    /* |a/b| < 2^(diff+1) <= 2^-1075 = half the smallest subnormal. */
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) { *out = neg ? -0.0 : 0.0; return BI_OK; }
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    /* Q = floor(|a| / 2^shift / |b|) computed as (|a| >> shift) / |b| when
     * shift > 0 (floor of floor is floor), else (|a| << -shift) / |b|.
     * bi_udivmod reads magnitudes only, so b's sign does not matter. */
    bi_t *x, *qt, *rt;
    bool inexact = false;
    bi_status st = shift > 0 ? shift_mag_right(c, &x, a->d, na, (uint64_t)shift, 1, &inexact)
                             : shift_mag_left(c, &x, a->d, na, (uint64_t)-shift, 1);
    if (st) return st;
    st = bi_udivmod(c, &qt, &rt, x, b);
    bi_free(c, x);
    if (st) return st;
    if (rt->size != 0) inexact = true;
    /* Q < 2^(diff - shift + 1) <= 2^57: one limb. */
    uint64_t q = qt->size ? qt->d[0] : 0;
    bi_free(c, qt);
    bi_free(c, rt);
    int qbits = (int)bi_limb_bits(q);
    /* Bits to drop: beyond 53, or below the subnormal boundary 2^-1074. */
    int64_t keep_floor = DBL_MIN_EXP - DBL_MANT_DIG - shift;    /* = -1074 - shift */
    int64_t extra = (qbits > keep_floor + DBL_MANT_DIG ? qbits : keep_floor + DBL_MANT_DIG) - DBL_MANT_DIG;
    /* extra >= 2 by the choice of shift */
    uint64_t half = (uint64_t)1 << (extra - 1), mask = 2 * half - 1;
    if ((q & half) && ((q & (3 * half - 1)) || inexact)) q += half;   /* half-even */
    q &= ~mask;
    double r = ldexp((double)q, (int)shift);
    if (isinf(r)) return BI_EDIVFLOAT;
    *out = neg ? -r : r;
    return BI_OK;
}

/* ---- bitwise ------------------------------------------------------------- */

/* Streams the two's complement limbs of a value: for a negative x that is
 * ~(|x| - 1), limb by limb, with sign extension past the end. */
typedef struct tc_stream {
    const bi_limb *d;
    size_t n;
    bool neg;
    bi_limb borrow;
} tc_stream;

static inline bi_limb tc_next(tc_stream *s, size_t i)
{
    bi_limb m = i < s->n ? s->d[i] : 0;
    if (!s->neg) return m;
    bi_limb t = m - s->borrow;
    s->borrow = m < s->borrow;
    return ~t;
}

static bi_status bitop(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b, int op)
{
    size_t na = bi_nlimbs(a), nb = bi_nlimbs(b);
    bool an = a->size < 0, bn = b->size < 0, rn;
    size_t n;
    switch (op) {
    case '&':
        rn = an && bn;
        /* a non-negative operand bounds the result */
        n = !an && !bn ? (na < nb ? na : nb) : !an ? na : !bn ? nb : (na > nb ? na : nb) + 1;
        break;
    case '|':
        rn = an || bn;
        n = an && bn ? (na < nb ? na : nb) + 1 : an ? na + 1 : bn ? nb + 1 : (na > nb ? na : nb);
        break;
    default:
        rn = an != bn;
        n = (na > nb ? na : nb) + 1;
        break;
    }
    bi_t *r;
    bi_status st = bi_new(c, &r, n);
    if (st) return st;
    tc_stream sa = {a->d, na, an, 1}, sb = {b->d, nb, bn, 1};
    /* Negative results come back from two's complement: |r| = ~t + 1. */
    bi_limb cy = 1;
    for (size_t i = 0; i < n; i++) {
        bi_limb x = tc_next(&sa, i), y = tc_next(&sb, i), t;
        t = op == '&' ? x & y : op == '|' ? x | y : x ^ y;
        if (rn) {
            t = ~t + cy;
            cy = cy && t == 0;
        }
        r->d[i] = t;
    }
    bi_set_size(r, n, rn ? -1 : 1);
    *out = r;
    return BI_OK;
}

bi_status bi_and(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b) { return bitop(c, out, a, b, '&'); }
bi_status bi_or(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b) { return bitop(c, out, a, b, '|'); }
bi_status bi_xor(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b) { return bitop(c, out, a, b, '^'); }

bi_status bi_invert(bi_ctx *c, bi_t **out, const bi_t *a)
{
    /* ~a = -(a + 1): for a >= 0 that is -(|a| + 1), else |a| - 1. */
    size_t n = bi_nlimbs(a);
    bi_t *r;
    bi_status st = bi_new(c, &r, n + 1);
    if (st) return st;
    if (a->size >= 0) {
        r->d[n] = bi_l_add_1(r->d, a->d, n, 1);
        if (n == 0) r->d[0] = 1;
        bi_set_size(r, n + 1, -1);
    } else {
        bi_l_sub_1(r->d, a->d, n, 1);
        bi_set_size(r, n, 1);
    }
    *out = r;
    return BI_OK;
}

/* ---- shifts --------------------------------------------------------------- */

uint64_t bi_lshift_result_bits(const bi_t *a, uint64_t n)
{
    uint64_t bl = bi_bit_length(a);
    if (bl == 0) return 0;
    return n > UINT64_MAX - bl ? UINT64_MAX : bl + n;
}

/* |d| << k with SIGN; BI_ETOOBIG past max_limbs. */
static bi_status shift_mag_left(bi_ctx *c, bi_t **out, const bi_limb *d, size_t na,
                                uint64_t k, int sign)
{
    if (na == 0) return bi_new(c, out, 0);
    uint64_t bl = (uint64_t)(na - 1) * 64 + bi_limb_bits(d[na - 1]);
    if (k > UINT64_MAX - bl || (bl + k + 63) / 64 > bi_max_limbs(c)) return BI_ETOOBIG;
    size_t lw = (size_t)(k / 64), rn = (size_t)((bl + k + 63) / 64);
    unsigned s = (unsigned)(k % 64);
    bi_t *r;
    bi_status st = bi_new(c, &r, rn);
    if (st) return st;
    bi_l_zero(r->d, lw);
    /* rn >= lw + na; the bits pushed out of the top go to r[lw+na] when
     * that limb exists (they are zero otherwise). */
    if (s) {
        bi_limb hi = bi_l_lshift(r->d + lw, d, na, s);
        if (lw + na < rn) r->d[lw + na] = hi;
    } else {
        bi_l_copy(r->d + lw, d, na);
    }
    bi_set_size(r, rn, sign);
    *out = r;
    return BI_OK;
}

/* |d| >> k with SIGN (truncating the magnitude); *LOST tells whether any
 * nonzero bit was shifted out. */
static bi_status shift_mag_right(bi_ctx *c, bi_t **out, const bi_limb *d, size_t na,
                                 uint64_t k, int sign, bool *lost)
{
    size_t lw = k / 64 < na ? (size_t)(k / 64) : na;
    unsigned s = k / 64 < na ? (unsigned)(k % 64) : 0;
    size_t rn = na - lw;
    bi_t *r;
    bi_status st = bi_new(c, &r, rn + 1);   /* +1: room for floor's carry */
    if (st) return st;
    bool l = false;
    for (size_t i = 0; i < lw && !l; i++) l = d[i] != 0;
    if (rn && s) l |= bi_l_rshift(r->d, d + lw, rn, s) != 0;
    else bi_l_copy(r->d, d + lw, rn);
    *lost = l;
    bi_set_size(r, rn, sign);
    *out = r;
    return BI_OK;
}

bi_status bi_lshift_u(bi_ctx *c, bi_t **out, const bi_t *a, uint64_t n)
{
    return shift_mag_left(c, out, a->d, bi_nlimbs(a), n, a->size);
}

bi_status bi_rshift_u(bi_ctx *c, bi_t **out, const bi_t *a, uint64_t n)
{
    bool lost;
    bi_status st = shift_mag_right(c, out, a->d, bi_nlimbs(a), n, a->size, &lost);
    if (st == BI_OK && a->size < 0 && lost) {
        /* floor for negatives: -(|a| >> n) - 1 */
        bi_t *r = *out;
        size_t rn = bi_nlimbs(r);
        r->d[rn] = bi_l_add_1(r->d, r->d, rn, 1);
        bi_set_size(r, rn + 1, -1);
    }
    return st;
}

/* A shift count from an int: negative is an error; counts past uint64
 * saturate (left: too big, right: everything gone). */
static bi_status shift_count(const bi_t *n, uint64_t *k)
{
    if (n->size < 0) return BI_ENEGSHIFT;
    if (!bi_to_u64(n, k)) *k = UINT64_MAX;
    return BI_OK;
}

bi_status bi_lshift(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *n)
{
    uint64_t k;
    bi_status st = shift_count(n, &k);
    return st ? st : bi_lshift_u(c, out, a, k);
}

bi_status bi_rshift(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *n)
{
    uint64_t k;
    bi_status st = shift_count(n, &k);
    return st ? st : bi_rshift_u(c, out, a, k);
}

/* ---- bytes --------------------------------------------------------------- */

bi_status bi_to_bytes(const bi_t *a, unsigned char *buf, size_t len, bool little, bool is_signed)
{
    bool neg = a->size < 0;
    if (neg && !is_signed) return BI_EUNSIGNED;
    uint64_t bits = bi_bit_length(a);
    /* Signed needs a sign bit: 0 <= x < 2^(8len-1) or 2^(8len-1) >= -x,
     * where only a negative power of two may use the top bit itself. */
    if (is_signed && bits > 0 && !(neg && bi_bit_count(a) == 1)) bits++;
    if ((bits + 7) / 8 > len) return BI_ERANGE;
    size_t n = bi_nlimbs(a);
    bi_limb borrow = 1;
    for (size_t li = 0; li * 8 < len; li++) {
        bi_limb m = li < n ? a->d[li] : 0;
        if (neg) {
            /* two's complement limb by limb: ~(|a| - 1) */
            bi_limb t = m - borrow;
            borrow = m < borrow;
            m = ~t;
        }
        for (size_t k = 0; k < 8 && li * 8 + k < len; k++) {
            size_t i = li * 8 + k;
            buf[little ? i : len - 1 - i] = (unsigned char)(m >> (8 * k));
        }
    }
    return BI_OK;
}

bi_status bi_from_bytes(bi_ctx *c, bi_t **out, const unsigned char *buf, size_t len,
                        bool little, bool is_signed)
{
    size_t n = (len + 7) / 8;
    bi_t *r;
    bi_status st = bi_new(c, &r, n);
    if (st) return st;
    bi_l_zero(r->d, n);
    for (size_t i = 0; i < len; i++) {
        unsigned char byte = buf[little ? i : len - 1 - i];
        r->d[i / 8] |= (bi_limb)byte << (8 * (i % 8));
    }
    int sign = 1;
    if (is_signed && len > 0 && (buf[little ? len - 1 : 0] & 0x80)) {
        /* value - 2^(8len): magnitude = 2^(8len) - value = ~value + 1 over
         * 8len bits. */
        sign = -1;
        unsigned topbits = (unsigned)(len % 8) * 8;
        for (size_t i = 0; i < n; i++) r->d[i] = ~r->d[i];
        if (topbits) r->d[n - 1] &= ((bi_limb)1 << topbits) - 1;
        bi_l_add_1(r->d, r->d, n, 1);   /* no carry out: value was nonzero */
    }
    bi_set_size(r, n, sign);
    *out = r;
    return BI_OK;
}
