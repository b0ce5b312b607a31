/* Subquadratic division for large operands: the recursive scheme of
 * Burnikel and Ziegler ("Fast recursive division", 1998) in the form of
 * divide 2n bits by n bits = two divisions of 3 halves by 2 halves, each a
 * recursive 2n/n division on the top part plus one multiplication.  With
 * Karatsuba multiplication this costs O(n^1.58 log n) against Knuth's
 * O(n^2); below BI_BZ_THRESHOLD limbs of divisor or quotient, Knuth's
 * algorithm D (bigint_limb.c) is faster and used instead.
 *
 * Works on whole non-negative values (bi_t) with shifts and masks; each
 * step allocates its temporaries, all of which are freed on every path. */
#include "bigint_impl.h"

#define TRY(x) do { if ((st = (x)) != BI_OK) goto done; } while (0)

/* the low K bits of |a| */
static bi_status low_bits(bi_ctx *c, bi_t **out, const bi_t *a, uint64_t k)
{
    size_t n = bi_nlimbs(a), kn = (size_t)((k + 63) / 64);
    if (kn > n) kn = n;
    bi_t *r;
    bi_status st = bi_new_tmp(c, &r, kn);
    if (st) return st;
    bi_l_copy(r->d, a->d, kn);
    if (kn * 64 > k && kn > 0) r->d[kn - 1] &= ((bi_limb)1 << (k % 64)) - 1;
    bi_set_size(r, kn, 1);
    *out = r;
    return BI_OK;
}

/* bits [pos, pos + k) of the magnitude a[0..na) as a value */
static bi_status bits_range(bi_ctx *c, bi_t **out, const bi_limb *a, size_t na,
                            uint64_t pos, uint64_t k)
{
    size_t kn = (size_t)((k + 63) / 64), li = (size_t)(pos / 64);
    unsigned s = (unsigned)(pos % 64);
    bi_t *r;
    bi_status st = bi_new_tmp(c, &r, kn);
    if (st) return st;
    for (size_t i = 0; i < kn; i++) {
        bi_limb lo = li + i < na ? a[li + i] >> s : 0;
        if (s && li + i + 1 < na) lo |= a[li + i + 1] << (64 - s);
        r->d[i] = lo;
    }
    if (kn * 64 > k) r->d[kn - 1] &= ((bi_limb)1 << (k % 64)) - 1;
    bi_set_size(r, kn, 1);
    *out = r;
    return BI_OK;
}

/* a * 2^k + b for 0 <= b < 2^k */
static bi_status shl_add(bi_ctx *c, bi_t **out, const bi_t *a, uint64_t k, const bi_t *b)
{
    bi_t *t;
    bi_status st = bi_lshift_u(c, &t, a, k);
    if (st) return st;
    st = bi_add(c, out, t, b);
    bi_free(c, t);
    return st;
}

static bi_status div2n1n(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a, const bi_t *b, uint64_t n);

/* [a12 : a3] / [b1 : b2] where the halves have N bits: the quotient
 * estimate from a12 / b1 is at most 2 too large. */
static bi_status div3n2n(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a12, const bi_t *a3,
                         const bi_t *b, const bi_t *b1, const bi_t *b2, uint64_t n)
{
    bi_t *qq = NULL, *rr = NULL, *t = NULL, *u = NULL, *v = NULL;
    bi_status st;
    TRY(bi_rshift_u(c, &t, a12, n));
    if (bi_cmp(t, b1) == 0) {
        /* q = 2^n - 1, r = a12 - b1 * 2^n + b1 */
        bi_small one;
        bi_free(c, t); t = NULL;
        TRY(bi_lshift_u(c, &t, bi_small_set(&one, 1), n));
        TRY(bi_sub(c, &qq, t, bi_small_set(&one, 1)));
        bi_free(c, t); t = NULL;
        TRY(bi_lshift_u(c, &t, b1, n));
        TRY(bi_sub(c, &u, a12, t));
        TRY(bi_add(c, &rr, u, b1));
        bi_free(c, u); u = NULL;
    } else {
        TRY(div2n1n(c, &qq, &rr, a12, b1, n));
    }
    bi_free(c, t); t = NULL;
    /* r = (r * 2^n + a3) - q * b2, then correct q down while r < 0 */
    TRY(shl_add(c, &t, rr, n, a3));
    TRY(bi_mul(c, &u, qq, b2));
    bi_free(c, rr); rr = NULL;
    TRY(bi_sub(c, &rr, t, u));
    while (rr->size < 0) {
        bi_small one;
        bi_free(c, v); v = NULL;
        TRY(bi_sub(c, &v, qq, bi_small_set(&one, 1)));
        bi_free(c, qq); qq = v; v = NULL;
        TRY(bi_add(c, &v, rr, b));
        bi_free(c, rr); rr = v; v = NULL;
    }
    *q = qq; qq = NULL;
    *r = rr; rr = NULL;
done:
    bi_free(c, qq); bi_free(c, rr); bi_free(c, t); bi_free(c, u); bi_free(c, v);
    return st;
}

/* a / b for b of exactly N bits and a < b * 2^n. */
static bi_status div2n1n(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a, const bi_t *b, uint64_t n)
{
    if (bi_nlimbs(b) < BI_BZ_THRESHOLD || bi_bit_length(a) <= n + 64 * BI_BZ_THRESHOLD)
        return bi_udivmod_knuth(c, q, r, a, b);
    bi_t *ap = NULL, *bp = NULL, *b1 = NULL, *b2 = NULL, *t = NULL, *a12 = NULL, *a3 = NULL;
    bi_t *q1 = NULL, *q2 = NULL, *rr = NULL, *r2 = NULL;
    bi_status st;
    bool pad = n & 1;
    if (pad) {
        /* an even n keeps the halves equal */
        TRY(bi_lshift_u(c, &ap, a, 1));
        TRY(bi_lshift_u(c, &bp, b, 1));
        a = ap; b = bp; n++;
    }
    uint64_t h = n / 2;
    TRY(bi_rshift_u(c, &b1, b, h));
    TRY(low_bits(c, &b2, b, h));
    /* top three halves of a, then the last one */
    TRY(bi_rshift_u(c, &a12, a, n));
    TRY(bi_rshift_u(c, &t, a, h));
    TRY(low_bits(c, &a3, t, h));
    bi_free(c, t); t = NULL;
    TRY(div3n2n(c, &q1, &rr, a12, a3, b, b1, b2, h));
    bi_free(c, a3); a3 = NULL;
    TRY(low_bits(c, &a3, a, h));
    TRY(div3n2n(c, &q2, &r2, rr, a3, b, b1, b2, h));
    TRY(shl_add(c, q, q1, h, q2));
    if (pad) {
        st = bi_rshift_u(c, r, r2, 1);
        if (st) { bi_free(c, *q); *q = NULL; goto done; }
    } else {
        *r = r2; r2 = NULL;
    }
done:
    bi_free(c, ap); bi_free(c, bp); bi_free(c, b1); bi_free(c, b2); bi_free(c, t);
    bi_free(c, a12); bi_free(c, a3); bi_free(c, q1); bi_free(c, q2); bi_free(c, rr); bi_free(c, r2);
    return st;
}

/* bi_l_divrem for large operands: the digits of a in base 2^n
 * (n = bit_length(b)) go through div2n1n from the top, the remainder
 * carried into the next digit; quotient digits are n bits each and are
 * laid side by side. */
int bi_bz_divrem(bi_ctx *cc, bi_limb *q, bi_limb *r, const bi_limb *a, size_t na,
                 const bi_limb *d, size_t nd)
{
    /* Temporaries stay within a few limbs of the inputs' sizes: exempt
     * them from max_limbs, which bounds results. */
    bi_ctx c0 = *cc, *c = &c0;
    c0.max_limbs = 0;
    bi_t *bv = NULL, *rem = NULL, *dig = NULL, *cur = NULL, *qd = NULL, *rn = NULL;
    bi_status st;
    TRY(bi_from_limbs(c, &bv, d, nd, 1));
    TRY(bi_new_tmp(c, &rem, 0));
    uint64_t n = bi_bit_length(bv);
    uint64_t abits = (uint64_t)(na - 1) * 64 + bi_limb_bits(a[na - 1]);
    uint64_t ndig = (abits + n - 1) / n;
    if (q) bi_l_zero(q, na - nd + 1);
    for (uint64_t i = ndig; i-- > 0;) {
        TRY(bits_range(c, &dig, a, na, i * n, n));
        TRY(shl_add(c, &cur, rem, n, dig));
        bi_free(c, dig); dig = NULL;
        TRY(div2n1n(c, &qd, &rn, cur, bv, n));
        bi_free(c, cur); cur = NULL;
        bi_free(c, rem); rem = rn; rn = NULL;
        if (q) {
            /* OR the n-bit digit in at bit i*n */
            uint64_t pos = i * n;
            size_t li = (size_t)(pos / 64), qn = bi_nlimbs(qd);
            unsigned s = (unsigned)(pos % 64);
            for (size_t k = 0; k < qn; k++) {
                q[li + k] |= qd->d[k] << s;
                if (s && li + k + 1 < na - nd + 1) q[li + k + 1] |= qd->d[k] >> (64 - s);
            }
        }
        bi_free(c, qd); qd = NULL;
    }
    if (r) {
        size_t rn2 = bi_nlimbs(rem);
        bi_l_copy(r, rem->d, rn2);
        bi_l_zero(r + rn2, nd - rn2);
    }
done:
    bi_free(c, bv); bi_free(c, rem); bi_free(c, dig);
    bi_free(c, cur); bi_free(c, qd); bi_free(c, rn);
    return st == BI_OK ? 0 : -1;
}
