/* Powers (binary and sliding-window modular), modular inverse, gcd
 * (Lehmer) and integer square root. */
#include "bigint_impl.h"

static bi_status new_one(bi_ctx *c, bi_t **out, int sign)
{
    bi_status st = bi_new(c, out, 1);
    if (st) return st;
    (*out)->d[0] = 1;
    (*out)->size = sign < 0 ? -1 : 1;
    return BI_OK;
}

static inline bool exp_bit(const bi_t *e, uint64_t i)
{
    return (e->d[i / 64] >> (i % 64)) & 1;
}

/* ---- pow ------------------------------------------------------------------- */

uint64_t bi_pow_result_bits(const bi_t *base, const bi_t *exp)
{
    if (exp->size < 0) return 0;
    if (exp->size == 0) return 1;
    uint64_t bl = bi_bit_length(base), e;
    if (bl <= 1) return bl;
    if (!bi_to_u64(exp, &e) || e > UINT64_MAX / bl) return UINT64_MAX;
    return bl * e;
}

bi_status bi_pow(bi_ctx *c, bi_t **out, const bi_t *base, const bi_t *exp)
{
    if (exp->size < 0) return BI_EARG;
    if (exp->size == 0) return new_one(c, out, 1);         /* 0**0 == 1 */
    size_t nb = bi_nlimbs(base);
    int sign = base->size < 0 && (exp->d[0] & 1) ? -1 : 1;
    if (nb == 0) return bi_new(c, out, 0);
    if (nb == 1 && base->d[0] == 1) return new_one(c, out, sign);
    uint64_t bits = bi_pow_result_bits(base, exp), e;
    if (bits == UINT64_MAX || (bits + 63) / 64 > bi_max_limbs(c)) return BI_ETOOBIG;
    bi_to_u64(exp, &e);
    /* base = m * 2^t: power the odd part, shift at the end. */
    size_t tz_limbs = 0;
    while (base->d[tz_limbs] == 0) tz_limbs++;
    uint64_t t = (uint64_t)tz_limbs * 64 + bi_ctz(base->d[tz_limbs]);
    size_t nm = nb - tz_limbs;
    bi_limb *m = (bi_limb *)base->d + tz_limbs, *mtmp = NULL;
    size_t mtmp_n = nm;
    bi_status st;
    if (t % 64) {
        mtmp = bi_limbs_alloc(c, mtmp_n);
        if (!mtmp) return BI_ENOMEM;
        bi_l_rshift(mtmp, m, nm, (unsigned)(t % 64));
        m = mtmp;
        nm = bi_l_norm(m, nm);
    }
    bi_t *x = NULL, *y = NULL, *res = NULL;
    if (nm == 1 && m[0] == 1) {
        bi_small one;
        st = bi_lshift_u(c, out, bi_small_set(&one, sign), t * e);
        bi_limbs_free(c, mtmp, mtmp_n);
        return st;
    }
    uint64_t mbits = (uint64_t)(nm - 1) * 64 + bi_limb_bits(m[nm - 1]);
    size_t cap = (size_t)((mbits * e + 63) / 64) + 1;
    if ((st = bi_new_tmp(c, &x, cap)) || (st = bi_new_tmp(c, &y, cap))) goto done;
    /* Left-to-right binary: square for every bit, multiply by m for ones.
     * Every intermediate is m^k, k <= e, of at most k*mbits bits; writing
     * x^2 takes 2*ceil(k mbits/64) <= ceil(2k mbits/64) + 1 limbs and x*m
     * ceil(k mbits/64) + nm <= ceil((k+1) mbits/64) + 1, both <= cap. */
    bi_l_copy(x->d, m, nm);
    size_t xn = nm;
    for (int i = 63 - (int)bi_clz(e); i-- > 0;) {
        if (bi_l_sqr(c, y->d, x->d, xn) < 0) { st = BI_ENOMEM; goto done; }
        xn = bi_l_norm(y->d, 2 * xn);
        bi_t *tt = x; x = y; y = tt;
        if ((e >> i) & 1) {
            if (bi_l_mul(c, y->d, x->d, xn, m, nm) < 0) { st = BI_ENOMEM; goto done; }
            xn = bi_l_norm(y->d, xn + nm);
            tt = x; x = y; y = tt;
        }
    }
    bi_set_size(x, xn, sign);
    if (t) {
        st = bi_lshift_u(c, &res, x, t * e);
        if (st) goto done;
    } else {
        res = x;
        x = NULL;
    }
    *out = res;
    st = BI_OK;
done:
    bi_free(c, x);
    bi_free(c, y);
    bi_limbs_free(c, mtmp, mtmp_n);
    return st;
}

/* ---- modular arithmetic ------------------------------------------------- */

/* Multiplication modulo m (nm limbs, m > 1): residues are nm-limb arrays,
 * zero-padded.  The divisor is normalized once. */
typedef struct bi_modctx {
    bi_ctx *c;
    size_t nm;
    const bi_limb *m;
    bi_limb *dn;            /* m << s */
    unsigned s;
    bi_limb v;              /* bi_recip(dn[nm-1]) */
    bi_limb *p;             /* product, 2nm limbs */
    bi_limb *u;             /* shifted product, 2nm+1 limbs */
} bi_modctx;

static int modctx_init(bi_modctx *mc, bi_ctx *c, const bi_limb *m, size_t nm)
{
    mc->c = c;
    mc->nm = nm;
    mc->m = m;
    mc->s = bi_clz(m[nm - 1]);
    mc->dn = bi_limbs_alloc(c, nm + 2 * nm + 2 * nm + 1);
    if (!mc->dn) return -1;
    mc->p = mc->dn + nm;
    mc->u = mc->p + 2 * nm;
    if (mc->s) bi_l_lshift(mc->dn, m, nm, mc->s);
    else bi_l_copy(mc->dn, m, nm);
    mc->v = bi_recip(mc->dn[nm - 1]);
    return 0;
}

static void modctx_free(bi_modctx *mc)
{
    bi_limbs_free(mc->c, mc->dn, 5 * mc->nm + 1);
}

/* r = x * y mod m (x == y squares); r may equal x or y. */
static int mulmod(bi_modctx *mc, bi_limb *r, const bi_limb *x, const bi_limb *y)
{
    size_t nm = mc->nm;
    size_t xn = bi_l_norm(x, nm), yn = bi_l_norm(y, nm);
    if (xn == 0 || yn == 0) { bi_l_zero(r, nm); return 0; }
    int e = x == y ? bi_l_sqr(mc->c, mc->p, x, xn) : bi_l_mul(mc->c, mc->p, x, xn, y, yn);
    if (e < 0) return -1;
    size_t pn = xn + yn;
    if (nm == 1) {
        r[0] = bi_l_mod_1(mc->p, pn, mc->m[0]);
        return 0;
    }
    if (pn < nm) {
        bi_l_copy(r, mc->p, pn);
        bi_l_zero(r + pn, nm - pn);
        return 0;
    }
    bi_limb *u = mc->u;
    if (mc->s) u[pn] = bi_l_lshift(u, mc->p, pn, mc->s);
    else { bi_l_copy(u, mc->p, pn); u[pn] = 0; }
    bi_l_divrem_core(NULL, u, pn + 1, mc->dn, nm, mc->v);
    if (mc->s) bi_l_rshift(r, u, nm, mc->s);
    else bi_l_copy(r, u, nm);
    return 0;
}

/* x^-1 mod m for 0 <= a < m, m > 1 (extended Euclid on whole values). */
static bi_status modinv(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *m)
{
    bi_t *r0 = NULL, *r1 = NULL, *s0 = NULL, *s1 = NULL, *q = NULL, *r = NULL, *t = NULL, *ns = NULL;
    bi_status st;
    if ((st = bi_copy(c, &r0, m)) || (st = bi_copy(c, &r1, a)) ||
        (st = bi_new(c, &s0, 0)) || (st = new_one(c, &s1, 1)))
        goto done;
    /* Invariant: r0 == s0 * a (mod m), r1 == s1 * a (mod m). */
    while (r1->size != 0) {
        if ((st = bi_udivmod(c, &q, &r, r0, r1))) goto done;
        if ((st = bi_mul(c, &t, q, s1)) || (st = bi_sub(c, &ns, s0, t))) goto done;
        bi_free(c, q); q = NULL;
        bi_free(c, t); t = NULL;
        bi_free(c, r0); r0 = r1; r1 = r; r = NULL;
        bi_free(c, s0); s0 = s1; s1 = ns; ns = NULL;
    }
    if (r0->size != 1 || r0->d[0] != 1) { st = BI_ENOTINV; goto done; }
    st = bi_mod(c, out, s0, m);
done:
    bi_free(c, r0); bi_free(c, r1); bi_free(c, s0); bi_free(c, s1);
    bi_free(c, q); bi_free(c, r); bi_free(c, t); bi_free(c, ns);
    return st;
}

bi_status bi_powmod(bi_ctx *c, bi_t **out, const bi_t *base, const bi_t *exp,
                    const bi_t *mod)
{
    size_t nm = bi_nlimbs(mod);
    if (nm == 0) return BI_EMODZERO;
    if (nm == 1 && mod->d[0] == 1) return bi_new(c, out, 0);
    bi_t *am = NULL, *b = NULL, *res = NULL;
    bi_limb *tab = NULL, *acc = NULL;
    bi_modctx mc = {0};
    size_t ntab = 0;
    bi_status st;
    /* |mod| as a value */
    if ((st = bi_abs(c, &am, mod))) return st;
    if ((st = bi_mod(c, &b, base, am))) goto done;   /* 0 <= b < |mod| */
    if (exp->size < 0) {
        bi_t *inv;
        if ((st = modinv(c, &inv, b, am))) goto done;
        bi_free(c, b);
        b = inv;
    }
    uint64_t ebits = bi_bit_length(exp);
    if (modctx_init(&mc, c, am->d, nm) < 0) { st = BI_ENOMEM; goto done; }
    /* Sliding window over the exponent's bits, odd powers precomputed. */
    unsigned k = ebits > 671 ? 6 : ebits > 239 ? 5 : ebits > 79 ? 4 : ebits > 23 ? 3 : ebits > 6 ? 2 : 1;
    ntab = (size_t)1 << (k - 1);
    tab = bi_limbs_alloc(c, (ntab + 1) * nm + nm);
    if (!tab) { st = BI_ENOMEM; goto done; }
    acc = tab + (ntab + 1) * nm;
    bi_limb *b2 = tab + ntab * nm;
    bi_l_zero(tab, (ntab + 2) * nm);
    bi_l_copy(tab, b->d, bi_nlimbs(b));
    if (ntab > 1 && mulmod(&mc, b2, tab, tab) < 0) { st = BI_ENOMEM; goto done; }
    for (size_t i = 1; i < ntab; i++)
        if (mulmod(&mc, tab + i * nm, tab + (i - 1) * nm, b2) < 0) { st = BI_ENOMEM; goto done; }
    bool started = false;       /* acc == 1 until the first window */
    for (int64_t i = (int64_t)ebits - 1; i >= 0;) {
        if (!exp_bit(exp, (uint64_t)i)) {
            if (started && mulmod(&mc, acc, acc, acc) < 0) { st = BI_ENOMEM; goto done; }
            i--;
            continue;
        }
        /* The window [j, i]: at most k bits, ending in a one. */
        int64_t j = i - (int64_t)k + 1;
        if (j < 0) j = 0;
        while (!exp_bit(exp, (uint64_t)j)) j++;
        unsigned w = 0;
        for (int64_t l = i; l >= j; l--) w = (w << 1) | exp_bit(exp, (uint64_t)l);
        if (started) {
            for (int64_t l = i; l >= j; l--)
                if (mulmod(&mc, acc, acc, acc) < 0) { st = BI_ENOMEM; goto done; }
            if (mulmod(&mc, acc, acc, tab + (w >> 1) * nm) < 0) { st = BI_ENOMEM; goto done; }
        } else {
            bi_l_copy(acc, tab + (w >> 1) * nm, nm);
            started = true;
        }
        i = j - 1;
    }
    if (!started) {             /* exp == 0: 1 mod |m| == 1 (|m| > 1) */
        bi_l_zero(acc, nm);
        acc[0] = 1;
    }
    /* The result takes mod's sign: r - |m| for negative mod, unless 0. */
    size_t an = bi_l_norm(acc, nm);
    if (mod->size < 0 && an != 0) {
        if ((st = bi_new(c, &res, nm))) goto done;
        bi_l_sub(res->d, am->d, nm, acc, an);
        bi_set_size(res, nm, -1);
    } else {
        if ((st = bi_from_limbs(c, &res, acc, an, 1))) goto done;
    }
    *out = res;
    st = BI_OK;
done:
    if (mc.dn) modctx_free(&mc);
    if (tab) bi_limbs_free(c, tab, (ntab + 1) * nm + nm);
    bi_free(c, am);
    bi_free(c, b);
    return st;
}

/* ---- gcd ------------------------------------------------------------------- */

static uint64_t gcd_u64(uint64_t a, uint64_t b)
{
    if (a == 0) return b;
    if (b == 0) return a;
    unsigned sh = bi_ctz(a | b);
    a >>= bi_ctz(a);
    while (b) {
        b >>= bi_ctz(b);
        if (a > b) { uint64_t t = a; a = b; b = t; }
        b -= a;
    }
    return a << sh;
}

/* 64 bits of d[0..n) starting at bit POS (zeros past the end). */
static uint64_t bits_at(const bi_limb *d, size_t n, uint64_t pos)
{
    size_t li = (size_t)(pos / 64);
    unsigned s = (unsigned)(pos % 64);
    uint64_t lo = li < n ? d[li] >> s : 0;
    if (s && li + 1 < n) lo |= d[li + 1] << (64 - s);
    return lo;
}

/* r = |x*p - y*q| where the sign is known: computes x*p - y*q when
 * x*p >= y*q.  x has n limbs, y has n (zero-padded); r gets n+1. */
static void lin_comb(bi_limb *r, const bi_limb *x, uint64_t p, const bi_limb *y, uint64_t q, size_t n)
{
    r[n] = bi_l_mul_1(r, x, n, p);
    r[n] -= bi_l_submul_1(r, y, n, q);
}

bi_status bi_gcd(bi_ctx *c, bi_t **out, const bi_t *a0, const bi_t *b0)
{
    if (bi_cmp_abs(a0, b0) < 0) { const bi_t *t = a0; a0 = b0; b0 = t; }
    size_t na = bi_nlimbs(a0), nb = bi_nlimbs(b0);
    if (nb == 0) return bi_abs(c, out, a0);
    if (na == 1) return bi_from_u64(c, out, gcd_u64(a0->d[0], b0->d[0]));
    /* Four buffers of na+1 limbs: a, b and the next pair. */
    size_t cap = na + 1;
    bi_limb *buf = bi_limbs_alloc(c, 4 * cap);
    if (!buf) return BI_ENOMEM;
    bi_limb *a = buf, *b = buf + cap, *na_ = buf + 2 * cap, *nb_ = buf + 3 * cap;
    bi_l_copy(a, a0->d, na);
    bi_l_zero(b, cap);
    bi_l_copy(b, b0->d, nb);
    bi_status st = BI_OK;
    /* Lehmer: run Euclid on the leading 62 bits of a and b (the same
     * bits of both) with cosequences A,B,C,D while Collins' test proves
     * the quotients are those of the full values; then apply the whole
     * batch as (a, b) = (A a + B b, C a + D b).  Invariant: a >= b. */
    while (nb > 1) {
        uint64_t abits = (uint64_t)(na - 1) * 64 + bi_limb_bits(a[na - 1]);
        uint64_t pos = abits - 62;
        int64_t x = (int64_t)bits_at(a, na, pos), y = (int64_t)bits_at(b, nb, pos);
        int64_t A = 1, B = 0, C = 0, D = 1;
        for (;;) {
            if (y + C == 0 || y + D == 0) break;
            /* With 62-bit x and y the cosequences stay within 2^62 in
             * magnitude (Knuth 4.5.2, algorithm L), so int64 suffices. */
            int64_t q = (x + A) / (y + C), T;
            if (q != (x + B) / (y + D)) break;
            T = A - q * C; A = C; C = T;
            T = B - q * D; B = D; D = T;
            T = x - q * y; x = y; y = T;
        }
        if (B == 0) {
            /* No progress from the leading bits: one full division step. */
            if (bi_l_divrem(c, NULL, na_, a, na, b, nb) < 0) { st = BI_ENOMEM; goto done; }
            bi_limb *t = a; a = b; b = na_; na_ = t;
            na = nb;
            nb = bi_l_norm(b, nb);
        } else {
            /* A and B never have the same strict sign (one may be 0), nor
             * do C and D; the sums are nonnegative remainders of the true
             * sequence. */
            if (B <= 0) lin_comb(na_, a, (uint64_t)A, b, (uint64_t)-B, na);
            else lin_comb(na_, b, (uint64_t)B, a, (uint64_t)-A, na);
            if (D <= 0) lin_comb(nb_, a, (uint64_t)C, b, (uint64_t)-D, na);
            else lin_comb(nb_, b, (uint64_t)D, a, (uint64_t)-C, na);
            bi_limb *t = a; a = na_; na_ = t;
            t = b; b = nb_; nb_ = t;
            na = bi_l_norm(a, na + 1);
            nb = bi_l_norm(b, na);
        }
        bi_l_zero(b + nb, cap - nb);
    }
    uint64_t g;
    if (nb == 0) {
        st = bi_from_limbs(c, out, a, na, 1);
        goto done;
    }
    g = gcd_u64(b[0], na == 1 ? a[0] : bi_l_mod_1(a, na, b[0]));
    st = bi_from_u64(c, out, g);
done:
    bi_limbs_free(c, buf, 4 * cap);
    return st;
}

/* ---- isqrt ---------------------------------------------------------------- */

static uint64_t isqrt_u64(uint64_t n)
{
    /* sqrt of a double, then exact fix-up in 128-bit arithmetic */
    uint64_t r = (uint64_t)__builtin_sqrt((double)n);
    while (r > 0 && (bi_dlimb)r * r > n) r--;
    while ((bi_dlimb)(r + 1) * (r + 1) <= n) r++;
    return r;
}

bi_status bi_isqrt(bi_ctx *c, bi_t **out, const bi_t *n)
{
    if (n->size < 0) return BI_ENEGISQRT;
    if (n->size <= 1) return bi_from_u64(c, out, n->size ? isqrt_u64(n->d[0]) : 0);
    /* Precision doubling (the scheme of CPython's math.isqrt): with
     * c = (bits-1)/2, a is kept as an approximation of the square root of
     * n >> 2(c-d) with (a-1)^2 < n >> 2(c-d) < (a+1)^2, for d growing
     * through the prefixes of c's binary form; each step is one Newton
     * iteration at double the precision. */
    uint64_t cc = (bi_bit_length(n) - 1) / 2;
    uint64_t d = 0;
    bi_t *a = NULL, *t = NULL, *q = NULL, *s = NULL;
    bi_status st = new_one(c, &a, 1);
    if (st) return st;
    for (int sh = (int)bi_limb_bits(cc); sh-- > 0;) {
        uint64_t e = d;
        d = cc >> sh;
        /* a = (a << (d - e - 1)) + (n >> (2c - e - d + 1)) / a */
        if ((st = bi_rshift_u(c, &t, n, 2 * cc - e - d + 1))) goto done;
        if ((st = bi_divmod(c, &q, NULL, t, a))) goto done;
        bi_free(c, t); t = NULL;
        if ((st = bi_lshift_u(c, &s, a, d - e - 1))) goto done;
        bi_free(c, a); a = NULL;
        if ((st = bi_add(c, &a, s, q))) goto done;
        bi_free(c, s); s = NULL;
        bi_free(c, q); q = NULL;
    }
    /* a is now the root or one too large */
    if ((st = bi_mul(c, &t, a, a))) goto done;
    if (bi_cmp(t, n) > 0) {
        bi_small one;
        if ((st = bi_sub(c, &s, a, bi_small_set(&one, 1)))) goto done;
        bi_free(c, a);
        a = s;
        s = NULL;
    }
    *out = a;
    a = NULL;
done:
    bi_free(c, a); bi_free(c, t); bi_free(c, q); bi_free(c, s);
    return st;
}
