/* Conversions between bigints and digit strings in bases 2..36, and
 * int(str, base) parsing.
 *
 * Power-of-two bases move bits directly.  Other bases work in "chunks":
 * B = base^m, the largest power of the base that fits a limb (10^19 for
 * decimal).  Small values convert with one-limb divisions/multiplications
 * by B (quadratic, fast constant).  Large ones divide and conquer with the
 * powers B^(2^k): text -> int combines halves as hi * B^(2^k) + lo
 * (Karatsuba makes that subquadratic); int -> text splits by division by
 * B^(2^k), which does the bulk of the work in long division's inner loop
 * instead of a chain of dependent one-limb divisions. */
#include "bigint_impl.h"

#include <math.h>

static const char bi_digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Digit value of an ASCII character, 99 for none. */
static inline unsigned digit_value(unsigned char ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'z') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'Z') return ch - 'A' + 10;
    return 99;
}

static inline unsigned pow2_bits(int base)
{
    return (base & (base - 1)) == 0 ? bi_ctz((bi_limb)base) : 0;
}

/* B = base^m, the largest power of BASE that fits a limb. */
static bi_limb chunk_base(int base, unsigned *m)
{
    bi_limb b = (bi_limb)base, p = b;
    unsigned k = 1;
    while (p <= BI_LIMB_MAX / b) { p *= b; k++; }
    *m = k;
    return p;
}

/* ---- powers B^(2^k) ----------------------------------------------------- */

#define BI_PW_MAX 40
typedef struct pw_table {
    bi_limb *p[BI_PW_MAX];      /* p[k] has room for 2^k limbs */
    size_t n[BI_PW_MAX];        /* normalized length */
    int count;
} pw_table;

static void pw_free(bi_ctx *c, pw_table *t)
{
    for (int k = 0; k < t->count; k++) bi_limbs_free(c, t->p[k], (size_t)1 << k);
    t->count = 0;
}

/* Extends T to hold powers 0..K. */
static int pw_extend(bi_ctx *c, pw_table *t, bi_limb B, int k)
{
    while (t->count <= k) {
        int j = t->count;
        bi_limb *p = bi_limbs_alloc(c, (size_t)1 << j);
        if (!p) return -1;
        if (j == 0) {
            p[0] = B;
            t->n[0] = 1;
        } else {
            /* B^(2^j) < 2^(64 * 2^j): the square fits 2^j limbs */
            size_t pn = t->n[j - 1];
            bi_limb *sq = p;
            bi_limb *tmp = NULL;
            if (2 * pn > ((size_t)1 << j)) {
                tmp = bi_limbs_alloc(c, 2 * pn);
                if (!tmp) { bi_limbs_free(c, p, (size_t)1 << j); return -1; }
                sq = tmp;
            }
            if (bi_l_sqr(c, sq, t->p[j - 1], pn) < 0) {
                bi_limbs_free(c, tmp, 2 * pn);
                bi_limbs_free(c, p, (size_t)1 << j);
                return -1;
            }
            size_t n = bi_l_norm(sq, 2 * pn);
            if (tmp) { bi_l_copy(p, tmp, n); bi_limbs_free(c, tmp, 2 * pn); }
            t->n[j] = n;
        }
        t->p[j] = p;
        t->count++;
    }
    return 0;
}

/* ---- int -> text --------------------------------------------------------- */

#define BI_STR_DC_THRESHOLD 24      /* limbs; below: one-limb divisions */

size_t bi_str_bound(const bi_t *a, int base)
{
    uint64_t bits = bi_bit_length(a);
    size_t sign = a->size < 0;
    unsigned k = pow2_bits(base);
    if (bits == 0) return 1;
    if (k) return sign + (size_t)((bits + k - 1) / k);
    return sign + (size_t)((double)bits / log2((double)base)) + 2;
}

/* Writes exactly WIDTH digits of X[0..n) (x < base^width; leading zeros
 * as '0') to OUT by one-limb divisions.  X is not modified. */
static int conv_small(bi_ctx *c, const bi_limb *x, size_t n, size_t width, char *out,
                      int base, bi_limb B, unsigned m)
{
    bi_limb stack[BI_STR_DC_THRESHOLD * 2];
    bi_limb *t = n <= BI_STR_DC_THRESHOLD * 2 ? stack : bi_limbs_alloc(c, n);
    if (!t) return -1;
    size_t tn = n, pos = width;
    bi_l_copy(t, x, n);
    while (n > 0 && pos > 0) {
        bi_limb r = bi_l_divrem_1(t, t, n, B);
        n = bi_l_norm(t, n);
        /* m digits per chunk; the last one stops at its top digit */
        for (unsigned i = 0; i < m && pos > 0 && (n > 0 || r > 0); i++) {
            out[--pos] = bi_digit_chars[r % (bi_limb)base];
            r /= (bi_limb)base;
        }
    }
    memset(out, '0', pos);
    if (t != stack) bi_limbs_free(c, t, tn);
    return 0;
}

/* The same, splitting large values as q * B^(2^k) + r with the power
 * nearest sqrt(x). */
static int conv_rec(bi_ctx *c, const pw_table *pw, const bi_limb *x, size_t n, size_t width,
                    char *out, int base, bi_limb B, unsigned m)
{
    n = bi_l_norm(x, n);
    int k = pw->count - 1;
    while (k > 0 && 2 * pw->n[k] > n + 1) k--;
    if (n < BI_STR_DC_THRESHOLD || k <= 0 || pw->n[k] < 2)
        return conv_small(c, x, n, width, out, base, B, m);
    size_t dn = pw->n[k];
    size_t rw = (size_t)m << k;         /* digits of the low part */
    bi_limb *q = bi_limbs_alloc(c, n + 1);
    if (!q) return -1;
    bi_limb *r = q + (n - dn + 1);
    int e = bi_l_divrem(c, q, r, x, n, pw->p[k], dn);
    if (e == 0) e = conv_rec(c, pw, r, dn, rw, out + (width - rw), base, B, m);
    if (e == 0) e = conv_rec(c, pw, q, n - dn + 1, width - rw, out, base, B, m);
    bi_limbs_free(c, q, n + 1);
    return e;
}

/* Digits of |a| (nonzero, base not a power of two) into OUT[0..width),
 * width >= the digit count; returns the digit count or 0 on allocation
 * failure. */
static size_t conv_mag(bi_ctx *c, const bi_t *a, int base, char *out, size_t width)
{
    unsigned m;
    bi_limb B = chunk_base(base, &m);
    size_t n = bi_nlimbs(a);
    pw_table pw = {.count = 0};
    int e = 0;
    if (n >= BI_STR_DC_THRESHOLD) {
        /* powers up to about sqrt(a) */
        e = pw_extend(c, &pw, B, 0);
        while (e == 0 && pw.count < BI_PW_MAX && 4 * pw.n[pw.count - 1] <= n + 1)
            e = pw_extend(c, &pw, B, pw.count);
    }
    if (e == 0) e = conv_rec(c, &pw, a->d, n, width, out, base, B, m);
    pw_free(c, &pw);
    if (e < 0) return 0;
    size_t lead = 0;
    while (lead < width && out[lead] == '0') lead++;
    memmove(out, out + lead, width - lead);
    return width - lead;
}

/* Whether |a| certainly has more than LIMIT digits in BASE. */
static bool surely_over_limit(const bi_t *a, int base, size_t limit)
{
    uint64_t bits = bi_bit_length(a);
    if (bits == 0 || limit == 0) return false;
    /* |a| >= 2^(bits-1), so it has at least floor((bits-1) log_base 2) + 1
     * digits; the factor below keeps the estimate a lower bound. */
    double lb = floor((double)(bits - 1) / log2((double)base) * (1 - 1e-12)) + 1;
    return lb > (double)limit;
}

bi_status bi_to_str_buf(bi_ctx *c, const bi_t *a, int base, char *buf, size_t *len)
{
    if (base < 2 || base > 36) return BI_EARG;
    unsigned k = pow2_bits(base);
    size_t n = bi_nlimbs(a), pos = 0;
    if (n == 0) { buf[0] = '0'; *len = 1; return BI_OK; }
    if (!k && c->max_str_digits && surely_over_limit(a, base, c->max_str_digits))
        return BI_ESTRLIMIT_OUT;
    if (a->size < 0) buf[pos++] = '-';
    if (k) {
        uint64_t bits = bi_bit_length(a), nd = (bits + k - 1) / k;
        for (uint64_t i = nd; i-- > 0;) {
            uint64_t p = i * k;
            size_t li = (size_t)(p / 64);
            unsigned s = (unsigned)(p % 64);
            bi_limb v = a->d[li] >> s;
            if (s + k > 64 && li + 1 < n) v |= a->d[li + 1] << (64 - s);
            buf[pos++] = bi_digit_chars[v & ((1u << k) - 1)];
        }
        *len = pos;
        return BI_OK;
    }
    size_t width = bi_str_bound(a, base) - pos;
    size_t nd = conv_mag(c, a, base, buf + pos, width);
    if (nd == 0) return BI_ENOMEM;
    if (c->max_str_digits && nd > c->max_str_digits) return BI_ESTRLIMIT_OUT;
    *len = pos + nd;
    return BI_OK;
}

bi_status bi_to_str(bi_ctx *c, const bi_t *a, int base, char **s, size_t *len)
{
    if (base < 2 || base > 36) return BI_EARG;
    if (!pow2_bits(base) && c->max_str_digits && surely_over_limit(a, base, c->max_str_digits))
        return BI_ESTRLIMIT_OUT;
    size_t bound = bi_str_bound(a, base), n;
    char stack[256];
    char *tmp = bound <= sizeof stack ? stack : bi_mem_alloc(c, bound);
    if (!tmp) return BI_ENOMEM;
    bi_status st = bi_to_str_buf(c, a, base, tmp, &n);
    if (st == BI_OK) {
        char *r = bi_mem_alloc(c, n + 1);
        if (!r) st = BI_ENOMEM;
        else {
            memcpy(r, tmp, n);
            r[n] = 0;
            *s = r;
            *len = n;
        }
    }
    if (tmp != stack) bi_mem_free(c, tmp, bound);
    return st;
}

/* ---- text -> int ---------------------------------------------------------- */

/* The value of the (validated) digits S[0..n), n >= 1. */
static bi_status from_valid_digits(bi_ctx *c, bi_t **out, const char *s, size_t n,
                                   int base, int sign)
{
    unsigned k = pow2_bits(base);
    bi_t *r;
    bi_status st;
    if (k) {
        uint64_t bits = (uint64_t)n * k;
        if ((bits + 63) / 64 > bi_max_limbs(c)) {
            /* Leading zeros do not count: measure the significant part. */
            size_t z = 0;
            while (z < n && s[z] == '0') z++;
            bits = (uint64_t)(n - z) * k;
            if ((bits + 63) / 64 > bi_max_limbs(c)) return BI_ETOOBIG;
        }
        size_t rn = (size_t)((bits + 63) / 64);
        if ((st = bi_new(c, &r, rn))) return st;
        bi_l_zero(r->d, rn);
        uint64_t p = 0;
        for (size_t i = n; i-- > 0 && p < bits; p += k) {
            bi_limb v = digit_value((unsigned char)s[i]);
            size_t li = (size_t)(p / 64);
            unsigned sh = (unsigned)(p % 64);
            r->d[li] |= v << sh;
            if (sh + k > 64) r->d[li + 1] |= v >> (64 - sh);
        }
        bi_set_size(r, rn, sign);
        *out = r;
        return BI_OK;
    }
    unsigned m;
    bi_limb B = chunk_base(base, &m);
    size_t K = (n + m - 1) / m;               /* chunks, one limb each */
    /* bits <= n log2(base): check the result size before working */
    double bits = (double)n * log2((double)base);
    if (bits / 64 > (double)bi_max_limbs(c) + 1) {
        size_t z = 0;
        while (z < n && s[z] == '0') z++;
        if ((double)(n - z) * log2((double)base) / 64 > (double)bi_max_limbs(c)) return BI_ETOOBIG;
    }
    if (K <= BI_STR_DC_THRESHOLD) {
        /* few chunks: r = r * B + chunk, most significant first */
        if ((st = bi_new(c, &r, K))) return st;
        size_t rn = 0, first = n - (K - 1) * m;
        for (size_t j = 0; j < K; j++) {
            size_t start = j ? first + (j - 1) * m : 0, end = j ? start + m : first;
            bi_limb v = 0;
            for (size_t i = start; i < end; i++) v = v * (bi_limb)base + digit_value((unsigned char)s[i]);
            /* r * B + v < B^(j+1) fits: the new top limb cannot overflow
             * (with rn == 0, add_1 hands back v itself) */
            bi_limb hi = bi_l_mul_1(r->d, r->d, rn, B);
            hi += bi_l_add_1(r->d, r->d, rn, v);
            if (hi) r->d[rn++] = hi;
        }
        bi_set_size(r, rn, sign);
        *out = r;
        return BI_OK;
    }
    size_t Kp = 1;
    int levels = 0;
    while (Kp < K) { Kp *= 2; levels++; }
    bi_limb *w = bi_limbs_alloc(c, 2 * Kp);
    if (!w) return BI_ENOMEM;
    bi_limb *w2 = w + Kp;
    bi_l_zero(w, Kp);
    /* chunk 0 is the least significant m digits */
    for (size_t j = 0; j < K; j++) {
        size_t end = n - j * m, start = end >= m ? end - m : 0;
        bi_limb v = 0;
        for (size_t i = start; i < end; i++) v = v * (bi_limb)base + digit_value((unsigned char)s[i]);
        w[j] = v;
    }
    /* Combine pairs of groups, level by level: group g of 2^j limbs holds
     * the value of 2^j chunks (< B^(2^j) < 2^(64*2^j)). */
    pw_table pw = {.count = 0};
    st = BI_OK;
    if (levels > 0 && pw_extend(c, &pw, B, levels - 1) < 0) st = BI_ENOMEM;
    for (int j = 0; j < levels && st == BI_OK; j++) {
        size_t g = (size_t)1 << j;
        for (size_t i = 0; 2 * i * g < Kp; i++) {
            bi_limb *lo = w + 2 * i * g, *hi = lo + g, *dst = w2 + 2 * i * g;
            size_t hn = bi_l_norm(hi, g);
            if (hn == 0) {
                bi_l_copy(dst, lo, g);
                bi_l_zero(dst + g, g);
                continue;
            }
            size_t pn = pw.n[j];
            if (bi_l_mul(c, dst, hi, hn, pw.p[j], pn) < 0) { st = BI_ENOMEM; break; }
            bi_l_zero(dst + hn + pn, 2 * g - hn - pn);
            bi_l_add(dst, dst, 2 * g, lo, g);
        }
        bi_limb *t = w; w = w2; w2 = t;
    }
    pw_free(c, &pw);
    if (st == BI_OK) st = bi_from_limbs(c, &r, w, Kp, sign);
    bi_limbs_free(c, w < w2 ? w : w2, 2 * Kp);
    if (st == BI_OK) *out = r;
    return st;
}

bi_status bi_from_digits(bi_ctx *c, bi_t **out, const char *s, size_t n, int base, bool negative)
{
    if (base < 2 || base > 36) return BI_EARG;
    if (n == 0) return BI_ESYNTAX;
    for (size_t i = 0; i < n; i++)
        if (digit_value((unsigned char)s[i]) >= (unsigned)base) return BI_ESYNTAX;
    if (!pow2_bits(base) && c->max_str_digits && n > c->max_str_digits) return BI_ESTRLIMIT_IN;
    return from_valid_digits(c, out, s, n, base, negative ? -1 : 1);
}

static inline bool py_isspace(unsigned char ch)
{
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

bi_status bi_parse(bi_ctx *c, bi_t **out, const char *s, size_t n, int base, size_t *ndigits)
{
    if (base != 0 && (base < 2 || base > 36)) return BI_EARG;
    const char *p = s, *end = s + n;
    while (p < end && py_isspace((unsigned char)*p)) p++;
    while (end > p && py_isspace((unsigned char)end[-1])) end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-')) { neg = *p == '-'; p++; }
    bool zero_only = false;     /* base 0: a leading 0 allows only zeros */
    char c1 = end - p >= 2 ? (char)(p[1] | 0x20) : 0;
    if (base == 0) {
        if (p < end && *p != '0') base = 10;
        else if (c1 == 'x') base = 16;
        else if (c1 == 'o') base = 8;
        else if (c1 == 'b') base = 2;
        else { base = 10; zero_only = true; }
    }
    if (end - p >= 2 && p[0] == '0' &&
        ((base == 16 && c1 == 'x') || (base == 8 && c1 == 'o') || (base == 2 && c1 == 'b'))) {
        p += 2;
        if (p < end && *p == '_') p++;      /* one underscore after the prefix */
    }
    /* digit ('_'? digit)* */
    size_t nd = 0;
    bool nonzero = false, prev_us = true;   /* true: a digit must come next */
    for (const char *q = p; q < end; q++) {
        if (*q == '_') {
            if (prev_us) return BI_ESYNTAX;
            prev_us = true;
            continue;
        }
        unsigned v = digit_value((unsigned char)*q);
        if (v >= (unsigned)base) return BI_ESYNTAX;
        nonzero |= v != 0;
        nd++;
        prev_us = false;
    }
    if (prev_us) return BI_ESYNTAX;         /* empty, or a trailing '_' */
    if (ndigits) *ndigits = nd;
    if (!pow2_bits(base) && c->max_str_digits && nd > c->max_str_digits) return BI_ESTRLIMIT_IN;
    if (zero_only && nonzero) return BI_ESYNTAX;
    /* Digits without underscores, when there were any. */
    size_t len = (size_t)(end - p);
    if (nd == len) return from_valid_digits(c, out, p, len, base, neg ? -1 : 1);
    char *tmp = bi_mem_alloc(c, nd);
    if (!tmp) return BI_ENOMEM;
    size_t j = 0;
    for (const char *q = p; q < end; q++)
        if (*q != '_') tmp[j++] = *q;
    bi_status st = from_valid_digits(c, out, tmp, nd, base, neg ? -1 : 1);
    bi_mem_free(c, tmp, nd);
    return st;
}
