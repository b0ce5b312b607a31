/* Internals of the bigint kernel shared by src/num/bigint*.c: limb-array
 * primitives (bi_l_*, GMP "mpn" style: pointer + length, little-endian,
 * results written to caller-provided space) and helpers on bi_t. */
#ifndef KR_NUM_BIGINT_IMPL_H
#define KR_NUM_BIGINT_IMPL_H

#include <string.h>

#include "bigint.h"

typedef unsigned __int128 bi_dlimb;
#define BI_LIMB_MAX UINT64_MAX

/* Below this many limbs (the smaller operand) Karatsuba does not pay.
 * Measured on x86-64 (gcc -O2, best of 15): products of n x n limbs with
 * thresholds 16/24/32/40/none took, at n = 64: 2.98/3.02/3.02/3.36/4.12 us,
 * at n = 256: 29.7/29.7/29.6/32.6/67.4 us; squares did best at 40. */
#ifndef BI_KARA_THRESHOLD
#define BI_KARA_THRESHOLD 24
#endif
#ifndef BI_KARA_SQR_THRESHOLD
#define BI_KARA_SQR_THRESHOLD 40
#endif

#define BI_UNLIKELY(x) __builtin_expect(!!(x), 0)

static inline size_t bi_l_norm(const bi_limb *a, size_t n)
{
    while (n > 0 && a[n - 1] == 0) n--;
    return n;
}
static inline void bi_l_zero(bi_limb *r, size_t n) { if (n) memset(r, 0, n * sizeof *r); }
static inline void bi_l_copy(bi_limb *r, const bi_limb *a, size_t n)
{ if (n) memmove(r, a, n * sizeof *r); }
static inline unsigned bi_clz(bi_limb x) { return (unsigned)__builtin_clzll(x); }
static inline unsigned bi_ctz(bi_limb x) { return (unsigned)__builtin_ctzll(x); }
static inline unsigned bi_limb_bits(bi_limb x) { return x ? 64 - bi_clz(x) : 0; }

int bi_l_cmp(const bi_limb *a, size_t na, const bi_limb *b, size_t nb);
/* r[0..n) = a + b, returns the carry.  r may equal a or b. */
bi_limb bi_l_add_n(bi_limb *r, const bi_limb *a, const bi_limb *b, size_t n);
bi_limb bi_l_sub_n(bi_limb *r, const bi_limb *a, const bi_limb *b, size_t n);
/* na >= nb; r[0..na). */
bi_limb bi_l_add(bi_limb *r, const bi_limb *a, size_t na, const bi_limb *b, size_t nb);
bi_limb bi_l_sub(bi_limb *r, const bi_limb *a, size_t na, const bi_limb *b, size_t nb);
bi_limb bi_l_add_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb b);
bi_limb bi_l_sub_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb b);
/* r = a * m, returns the high limb.  r may equal a. */
bi_limb bi_l_mul_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb m);
/* r += a * m, returns the carry out of r[n-1]. */
bi_limb bi_l_addmul_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb m);
bi_limb bi_l_submul_1(bi_limb *r, const bi_limb *a, size_t n, bi_limb m);
/* 0 < s < 64; returns the bits shifted out.  r may equal a. */
bi_limb bi_l_lshift(bi_limb *r, const bi_limb *a, size_t n, unsigned s);
bi_limb bi_l_rshift(bi_limb *r, const bi_limb *a, size_t n, unsigned s);

/* r[0..na+nb) = a * b; r overlaps neither.  Any na, nb >= 1.  Takes scratch
 * from C when Karatsuba is used: returns 0, or -1 when that fails. */
int bi_l_mul(bi_ctx *c, bi_limb *r, const bi_limb *a, size_t na,
             const bi_limb *b, size_t nb);
/* r[0..2n) = a^2; same rules. */
int bi_l_sqr(bi_ctx *c, bi_limb *r, const bi_limb *a, size_t n);

/* Division by one limb: q[0..n) = a / d (q may equal a), returns a % d. */
bi_limb bi_l_divrem_1(bi_limb *q, const bi_limb *a, size_t n, bi_limb d);
/* a % d without a quotient. */
bi_limb bi_l_mod_1(const bi_limb *a, size_t n, bi_limb d);

/* The reciprocal of a normalized (top bit set) limb, for bi_udiv_pre. */
static inline bi_limb bi_recip(bi_limb d)
{
    return (bi_limb)(((bi_dlimb)~d << 64 | BI_LIMB_MAX) / d);
}
/* (u1:u0) / d with u1 < d, d normalized, v = bi_recip(d) (Moller-Granlund
 * 2011, algorithm 4).  Returns the quotient, sets *r. */
static inline bi_limb bi_udiv_pre(bi_limb u1, bi_limb u0, bi_limb d, bi_limb v,
                                  bi_limb *r)
{
    bi_dlimb q = (bi_dlimb)v * u1 + (((bi_dlimb)u1 << 64) | u0);
    bi_limb q1 = (bi_limb)(q >> 64) + 1, q0 = (bi_limb)q;
    bi_limb rr = u0 - q1 * d;
    if (rr > q0) { q1--; rr += d; }
    if (BI_UNLIKELY(rr >= d)) { q1++; rr -= d; }
    *r = rr;
    return q1;
}

/* Long division (Knuth D): a[0..na) by d[0..nd), nd >= 2, na >= nd,
 * d[nd-1] != 0.  q gets na-nd+1 limbs (may be NULL), r gets nd limbs (may
 * be NULL).  Allocates scratch from C: 0, or -1 on failure. */
int bi_l_divrem(bi_ctx *c, bi_limb *q, bi_limb *r, const bi_limb *a, size_t na,
                const bi_limb *d, size_t nd);
int bi_l_divrem_knuth(bi_ctx *c, bi_limb *q, bi_limb *r, const bi_limb *a, size_t na,
                      const bi_limb *d, size_t nd);

/* The loop of bi_l_divrem on prepared operands: U[0..nu) is the dividend
 * shifted as DN[0..nd) (nd >= 2) was to set its top bit, including the
 * limb of bits shifted out on top (so u[nu-nd..nu) < dn), and
 * v = bi_recip(dn[nd-1]).  Leaves the shifted remainder in u[0..nd), zeros
 * above; q gets nu-nd limbs (may be NULL). */
void bi_l_divrem_core(bi_limb *q, bi_limb *u, size_t nu, const bi_limb *dn, size_t nd,
                      bi_limb v);

/* Divisor and quotient both at least this many limbs: bi_l_divrem uses
 * Burnikel-Ziegler recursive division (bigint_div.c).  Measured 2n / n
 * limbs, Knuth vs recursive: n = 100 13.0 vs 13.8 us, n = 160 31.7 vs
 * 29.1 us, n = 512 314 vs 191 us, n = 4096 47.7 vs 7.4 ms. */
#ifndef BI_BZ_THRESHOLD
#define BI_BZ_THRESHOLD 80
#endif
/* bi_l_divrem's contract, by Burnikel-Ziegler; 0 or -1 (no memory). */
int bi_bz_divrem(bi_ctx *c, bi_limb *q, bi_limb *r, const bi_limb *a, size_t na,
                 const bi_limb *d, size_t nd);

/* ---- helpers on bi_t (bigint.c) ------------------------------------- */
void *bi_mem_alloc(bi_ctx *c, size_t bytes);
void bi_mem_free(bi_ctx *c, void *p, size_t bytes);
bi_limb *bi_limbs_alloc(bi_ctx *c, size_t n);       /* scratch limbs */
void bi_limbs_free(bi_ctx *c, bi_limb *p, size_t n);
size_t bi_max_limbs(const bi_ctx *c);
/* A new value with room for N limbs (size 0): BI_ETOOBIG past max_limbs. */
bi_status bi_new(bi_ctx *c, bi_t **out, size_t n);
/* The same for scratch values, which max_limbs does not bound (callers
 * size them from inputs or from a result they already checked). */
bi_status bi_new_tmp(bi_ctx *c, bi_t **out, size_t n);
/* Sets x->size from N candidate limbs (normalizing) and SIGN (<0 negative). */
static inline void bi_set_size(bi_t *x, size_t n, int sign)
{
    n = bi_l_norm(x->d, n);
    x->size = sign < 0 ? -(int32_t)n : (int32_t)n;
}
/* A new value from a magnitude. */
bi_status bi_from_limbs(bi_ctx *c, bi_t **out, const bi_limb *d, size_t n, int sign);
/* Magnitude division of bi_t's: q = |a| / |b|, r = |a| % |b| (either NULL). */
bi_status bi_udivmod(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a, const bi_t *b);
/* The same, never dispatching to Burnikel-Ziegler (its base case). */
bi_status bi_udivmod_knuth(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a, const bi_t *b);

#endif
