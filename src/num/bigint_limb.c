/* Limb-array primitives of the bigint kernel: carries, schoolbook and
 * Karatsuba multiplication, division by one limb (with a precomputed
 * reciprocal) and Knuth's long division. */
#include "bigint_impl.h"

int bi_l_cmp(const bi_limb *a, size_t na, const bi_limb *b, size_t nb)
{
    if (na != nb) return na < nb ? -1 : 1;
    while (na-- > 0)
        if (a[na] != b[na]) return a[na] < b[na] ? -1 : 1;
    return 0;
}

bi_limb bi_l_add_n(bi_limb *r, const bi_limb *a, const bi_limb *b, size_t n)
{
    bi_limb cy = 0;
    for (size_t i = 0; i < n; i++) {
        bi_limb s = a[i] + cy;
        cy = s < cy;
        bi_limb t = s + b[i];
        cy += t < s;
        r[i] = t;
    }
    return cy;
}

bi_limb bi_l_sub_n(bi_limb *r, const bi_limb *a, const bi_limb *b, size_t n)
{
    bi_limb bw = 0;
    for (size_t i = 0; i < n; i++) {
        bi_limb ai = a[i], bi = b[i];
        bi_limb t = ai - bi;
        bi_limb b1 = ai < bi;
        r[i] = t - bw;
        bw = b1 | (t < bw);
    }
    return bw;
}

bi_limb bi_l_add_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb b)
{
    size_t i = 0;
    for (; i < n && b; i++) {
        bi_limb t = a[i] + b;
        b = t < b;
        r[i] = t;
    }
    if (r != a) for (; i < n; i++) r[i] = a[i];
    return b;
}

bi_limb bi_l_sub_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb b)
{
    size_t i = 0;
    for (; i < n && b; i++) {
        bi_limb ai = a[i];
        r[i] = ai - b;
        b = ai < b;
    }
    if (r != a) for (; i < n; i++) r[i] = a[i];
    return b;
}

bi_limb bi_l_add(bi_limb *r, const bi_limb *a, size_t na, const bi_limb *b, size_t nb)
{
    bi_limb cy = bi_l_add_n(r, a, b, nb);
    return bi_l_add_1(r + nb, a + nb, na - nb, cy);
}

bi_limb bi_l_sub(bi_limb *r, const bi_limb *a, size_t na, const bi_limb *b, size_t nb)
{
    bi_limb bw = bi_l_sub_n(r, a, b, nb);
    return bi_l_sub_1(r + nb, a + nb, na - nb, bw);
}

bi_limb bi_l_mul_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb m)
{
    bi_limb cy = 0;
    for (size_t i = 0; i < n; i++) {
        bi_dlimb t = (bi_dlimb)a[i] * m + cy;
        r[i] = (bi_limb)t;
        cy = (bi_limb)(t >> 64);
    }
    return cy;
}

bi_limb bi_l_addmul_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb m)
{
    bi_limb cy = 0;
    for (size_t i = 0; i < n; i++) {
        /* a*m + r + cy <= (2^64-1)^2 + 2(2^64-1) = 2^128-1: no overflow. */
        bi_dlimb t = (bi_dlimb)a[i] * m + r[i] + cy;
        r[i] = (bi_limb)t;
        cy = (bi_limb)(t >> 64);
    }
    return cy;
}

bi_limb bi_l_submul_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb m)
{
    bi_limb bw = 0;
    for (size_t i = 0; i < n; i++) {
        bi_dlimb t = (bi_dlimb)a[i] * m + bw;
        bi_limb lo = (bi_limb)t, ri = r[i];
        bw = (bi_limb)(t >> 64) + (ri < lo);
        r[i] = ri - lo;
    }
    return bw;
}

bi_limb bi_l_lshift(bi_limb *r, const bi_limb *a, size_t n, unsigned s)
{
    /* High to low, so r may equal a (or sit above it). */
    bi_limb out = a[n - 1] >> (64 - s);
    for (size_t i = n - 1; i > 0; i--)
        r[i] = (a[i] << s) | (a[i - 1] >> (64 - s));
    r[0] = a[0] << s;
    return out;
}

bi_limb bi_l_rshift(bi_limb *r, const bi_limb *a, size_t n, unsigned s)
{
    bi_limb out = a[0] << (64 - s);
    for (size_t i = 0; i + 1 < n; i++)
        r[i] = (a[i] >> s) | (a[i + 1] << (64 - s));
    r[n - 1] = a[n - 1] >> s;
    return out;
}

/* ---- multiplication ---------------------------------------------------- */

static void school_mul(bi_limb *r, const bi_limb *a, size_t na,
                       const bi_limb *b, size_t nb)
{
    /* Outer loop over the shorter operand keeps the inner loop long. */
    if (na < nb) { const bi_limb *t = a; a = b; b = t; size_t tn = na; na = nb; nb = tn; }
    r[na] = bi_l_mul_1(r, a, na, b[0]);
    for (size_t j = 1; j < nb; j++)
        r[na + j] = bi_l_addmul_1(r + j, a, na, b[j]);
}

static void school_sqr(bi_limb *r, const bi_limb *a, size_t n)
{
    if (n == 1) {
        bi_dlimb t = (bi_dlimb)a[0] * a[0];
        r[0] = (bi_limb)t; r[1] = (bi_limb)(t >> 64);
        return;
    }
    /* Off-diagonal products once, doubled, plus the squares. */
    r[0] = 0;
    r[n] = bi_l_mul_1(r + 1, a + 1, n - 1, a[0]);
    for (size_t i = 1; i + 1 < n; i++)
        r[n + i] = bi_l_addmul_1(r + 2 * i + 1, a + i + 1, n - i - 1, a[i]);
    r[2 * n - 1] = bi_l_lshift(r + 1, r + 1, 2 * n - 2, 1);
    bi_limb cy = 0;
    for (size_t i = 0; i < n; i++) {
        bi_dlimb sq = (bi_dlimb)a[i] * a[i];
        bi_dlimb lo = (bi_dlimb)r[2 * i] + (bi_limb)sq + cy;
        r[2 * i] = (bi_limb)lo;
        bi_dlimb hi = (bi_dlimb)r[2 * i + 1] + (bi_limb)(sq >> 64) + (bi_limb)(lo >> 64);
        r[2 * i + 1] = (bi_limb)hi;
        cy = (bi_limb)(hi >> 64);
    }
}

/* Scratch limbs karatsuba(n) needs: |a0-a1|, |b0-b1| (hh each), their
 * product (2hh), then the middle sum (2hh+1) in the space the recursive
 * call used before. */
static size_t kara_ws(size_t n, size_t thr)
{
    if (n < thr) return 0;
    size_t hh = n - n / 2;
    size_t sub = kara_ws(hh, thr), mid = 2 * hh + 1;
    return 4 * hh + (sub > mid ? sub : mid);
}

/* r = |x - y| for x of nx limbs, y of ny >= nx limbs (r has ny limbs);
 * returns 1 when x >= y, else -1. */
static int abs_diff(bi_limb *r, const bi_limb *x, size_t nx, const bi_limb *y, size_t ny)
{
    int c;
    if (ny > nx && bi_l_norm(y + nx, ny - nx) > 0) c = -1;
    else c = bi_l_cmp(x, nx, y, nx);
    if (c >= 0) {
        bi_l_sub_n(r, x, y, nx);
        bi_l_zero(r + nx, ny - nx);
        return 1;
    }
    bi_l_sub(r, y, ny, x, nx);
    return -1;
}

/* Adds the middle term lo + hi -/+ t (SUB: subtract t) into r[h..2n). */
static void kara_middle(bi_limb *r, size_t n, size_t h, const bi_limb *t,
                        int sub, bi_limb *m)
{
    size_t hh = n - h;
    bi_limb *lo = r, *hi = r + 2 * h;
    m[2 * hh] = bi_l_add(m, hi, 2 * hh, lo, 2 * h);
    if (sub) m[2 * hh] -= bi_l_sub_n(m, m, t, 2 * hh);
    else m[2 * hh] += bi_l_add_n(m, m, t, 2 * hh);
    /* The product fits 2n limbs, so no carry leaves r. */
    bi_l_add(r + h, r + h, 2 * n - h, m, 2 * hh + 1);
}

static void kara_mul(bi_limb *r, const bi_limb *a, const bi_limb *b, size_t n, bi_limb *ws)
{
    if (n < BI_KARA_THRESHOLD) { school_mul(r, a, n, b, n); return; }
    size_t h = n / 2, hh = n - h;
    bi_limb *da = ws, *db = ws + hh, *t = ws + 2 * hh, *rest = ws + 4 * hh;
    kara_mul(r, a, b, h, rest);                     /* a0*b0 -> r[0..2h) */
    kara_mul(r + 2 * h, a + h, b + h, hh, rest);    /* a1*b1 -> r[2h..2n) */
    int s = abs_diff(da, a, h, a + h, hh) * abs_diff(db, b, h, b + h, hh);
    kara_mul(t, da, db, hh, rest);
    kara_middle(r, n, h, t, s > 0, rest);
}

static void kara_sqr(bi_limb *r, const bi_limb *a, size_t n, bi_limb *ws)
{
    if (n < BI_KARA_SQR_THRESHOLD) { school_sqr(r, a, n); return; }
    size_t h = n / 2, hh = n - h;
    bi_limb *da = ws, *t = ws + 2 * hh, *rest = ws + 4 * hh;
    kara_sqr(r, a, h, rest);
    kara_sqr(r + 2 * h, a + h, hh, rest);
    abs_diff(da, a, h, a + h, hh);
    kara_sqr(t, da, hh, rest);
    kara_middle(r, n, h, t, 1, rest);
}

int bi_l_mul(bi_ctx *c, bi_limb *r, const bi_limb *a, size_t na,
             const bi_limb *b, size_t nb)
{
    if (na < nb) { const bi_limb *t = a; a = b; b = t; size_t tn = na; na = nb; nb = tn; }
    if (nb < BI_KARA_THRESHOLD) { school_mul(r, a, na, b, nb); return 0; }
    if (a == b && na == nb) return bi_l_sqr(c, r, a, na);
    size_t ws_n = kara_ws(nb, BI_KARA_THRESHOLD), tmp_n = na > nb ? 2 * nb : 0;
    bi_limb *ws = bi_limbs_alloc(c, ws_n + tmp_n);
    if (!ws) return -1;
    kara_mul(r, a, b, nb, ws + tmp_n);
    if (na > nb) {
        /* Lopsided: multiply b by nb-limb slices of a and add them up. */
        bi_limb *t = ws;
        bi_l_zero(r + 2 * nb, na - nb);
        for (size_t off = nb; off < na; off += nb) {
            size_t len = na - off < nb ? na - off : nb;
            if (len == nb) kara_mul(t, a + off, b, nb, ws + tmp_n);
            else if (len < BI_KARA_THRESHOLD) school_mul(t, b, nb, a + off, len);
            else {
                /* Rare: recurse with fresh scratch. */
                if (bi_l_mul(c, t, b, nb, a + off, len) < 0) {
                    bi_limbs_free(c, ws, ws_n + tmp_n);
                    return -1;
                }
            }
            bi_limb cy = bi_l_add_n(r + off, r + off, t, len + nb);
            if (cy) r[off + len + nb] += cy;   /* not yet written: 0 */
        }
    }
    bi_limbs_free(c, ws, ws_n + tmp_n);
    return 0;
}

int bi_l_sqr(bi_ctx *c, bi_limb *r, const bi_limb *a, size_t n)
{
    if (n < BI_KARA_SQR_THRESHOLD) { school_sqr(r, a, n); return 0; }
    size_t ws_n = kara_ws(n, BI_KARA_SQR_THRESHOLD);
    bi_limb *ws = bi_limbs_alloc(c, ws_n);
    if (!ws) return -1;
    kara_sqr(r, a, n, ws);
    bi_limbs_free(c, ws, ws_n);
    return 0;
}

/* ---- division ---------------------------------------------------------- */

bi_limb bi_l_divrem_1(bi_limb *q, const bi_limb *a, size_t n, bi_limb d)
{
    unsigned s = bi_clz(d);
    bi_limb dn = d << s, v = bi_recip(dn), r = 0;
    if (s == 0) {
        for (size_t i = n; i-- > 0;)
            q[i] = bi_udiv_pre(r, a[i], dn, v, &r);
        return r;
    }
    /* Divide a << s by d << s, shifting on the fly. */
    r = a[n - 1] >> (64 - s);
    for (size_t i = n; i-- > 0;) {
        bi_limb u0 = (a[i] << s) | (i > 0 ? a[i - 1] >> (64 - s) : 0);
        q[i] = bi_udiv_pre(r, u0, dn, v, &r);
    }
    return r >> s;
}

bi_limb bi_l_mod_1(const bi_limb *a, size_t n, bi_limb d)
{
    unsigned s = bi_clz(d);
    bi_limb dn = d << s, v = bi_recip(dn), r = 0;
    if (s == 0) {
        for (size_t i = n; i-- > 0;) bi_udiv_pre(r, a[i], dn, v, &r);
        return r;
    }
    r = a[n - 1] >> (64 - s);
    for (size_t i = n; i-- > 0;) {
        bi_limb u0 = (a[i] << s) | (i > 0 ? a[i - 1] >> (64 - s) : 0);
        bi_udiv_pre(r, u0, dn, v, &r);
    }
    return r >> s;
}

void bi_l_divrem_core(bi_limb *q, bi_limb *u, size_t nu, const bi_limb *dn, size_t nd,
                      bi_limb v)
{
    bi_limb d1 = dn[nd - 1], d0 = dn[nd - 2];
    for (size_t j = nu - nd; j-- > 0;) {
        bi_limb u2 = u[j + nd], u1 = u[j + nd - 1], u0 = u[j + nd - 2];
        bi_limb qh, rh;
        int rh_big = 0;     /* rh >= 2^64: the d0 test cannot fail */
        if (BI_UNLIKELY(u2 >= d1)) {
            /* u2 == d1 (u[j+1..j+nd] < dn keeps it from more) */
            qh = BI_LIMB_MAX;
            rh = u1 + d1;
            rh_big = rh < u1;
        } else {
            qh = bi_udiv_pre(u2, u1, d1, v, &rh);
        }
        /* At most two corrections make qh exact or one too large. */
        while (!rh_big) {
            bi_dlimb p = (bi_dlimb)qh * d0;
            if (p <= (((bi_dlimb)rh << 64) | u0)) break;
            qh--;
            bi_limb nr = rh + d1;
            rh_big = nr < rh;
            rh = nr;
        }
        bi_limb bw = bi_l_submul_1(u + j, dn, nd, qh);
        if (BI_UNLIKELY(u2 < bw)) {
            /* one too large (probability ~2/2^64): add back */
            qh--;
            bi_l_add_n(u + j, u + j, dn, nd);
        }
        u[j + nd] = 0;
        if (q) q[j] = qh;
    }
}

int bi_l_divrem_knuth(bi_ctx *c, bi_limb *q, bi_limb *r, const bi_limb *a, size_t na,
                      const bi_limb *d, size_t nd)
{
    /* Normalize so the divisor's top bit is set; then each quotient limb
     * estimate from the top two dividend limbs is at most 2 too large. */
    bi_limb *u = bi_limbs_alloc(c, na + 1 + nd);
    if (!u) return -1;
    bi_limb *dn = u + na + 1;
    unsigned s = bi_clz(d[nd - 1]);
    if (s) {
        bi_l_lshift(dn, d, nd, s);
        u[na] = bi_l_lshift(u, a, na, s);
    } else {
        bi_l_copy(dn, d, nd);
        bi_l_copy(u, a, na);
        u[na] = 0;
    }
    bi_l_divrem_core(q, u, na + 1, dn, nd, bi_recip(dn[nd - 1]));
    if (r) {
        if (s) bi_l_rshift(r, u, nd, s);
        else bi_l_copy(r, u, nd);
    }
    bi_limbs_free(c, u, na + 1 + nd);
    return 0;
}

int bi_l_divrem(bi_ctx *c, bi_limb *q, bi_limb *r, const bi_limb *a, size_t na,
                const bi_limb *d, size_t nd)
{
    if (nd >= BI_BZ_THRESHOLD && na - nd + 1 >= BI_BZ_THRESHOLD)
        return bi_bz_divrem(c, q, r, a, na, d, nd);
    return bi_l_divrem_knuth(c, q, r, a, na, d, nd);
}
