/* Double <-> decimal text.
 *
 * dtoa_shortest follows Raffaello Giulietti's Schubfach idea: scale the
 * double's rounding interval by a 128-bit approximation of a power of ten
 * chosen so that the interval holds one or two candidates of the shortest
 * length, rounding the three scaled bounds "to odd" so that comparisons with
 * integers stay exact.  The table and the facts its correctness rests on
 * come from tools/gen_dtoa_table.py.
 *
 * dtoa_fixed rounds the shortest digits when that provably gives the same
 * answer (up to 15 kept digits of a normal double), and otherwise computes
 * the exact decimal expansion with a small bignum (a double is c * 2^q, so
 * c * 2^q or c * 5^-q * 10^q is an integer times a power of ten) and rounds
 * it half-even: microseconds only for extreme exponents.
 *
 * dtoa_parse checks float()'s syntax itself and hands the normalised text to
 * strtod_l in the "C" locale, which glibc rounds correctly. */
#define _GNU_SOURCE
#include "dtoa.h"

#include <locale.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "dtoa_table.h"

typedef unsigned __int128 u128;

static const char dtoa_pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* Exactly eight digits of V (< 10^8) at P. */
static inline void dtoa_write8(uint32_t v, char *p)
{
    uint32_t a = v / 10000, b = v % 10000;
    memcpy(p, dtoa_pairs + 2 * (a / 100), 2);
    memcpy(p + 2, dtoa_pairs + 2 * (a % 100), 2);
    memcpy(p + 4, dtoa_pairs + 2 * (b / 100), 2);
    memcpy(p + 6, dtoa_pairs + 2 * (b % 100), 2);
}

/* The digits of V (0 < V < 10^8) at P, no leading zeros; returns the count. */
static inline int dtoa_write_var(uint32_t v, char *p)
{
    int n = v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : v < 10000 ? 4 : v < 100000 ? 5
          : v < 1000000 ? 6 : v < 10000000 ? 7 : 8;
    char *q = p + n;
    while (v >= 100) {
        q -= 2;
        memcpy(q, dtoa_pairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10) memcpy(q - 2, dtoa_pairs + 2 * v, 2);
    else q[-1] = (char)('0' + v);
    return n;
}

/* Writes the decimal digits of V (> 0) to OUT; returns their count. */
static int dtoa_u64_digits(uint64_t v, char *out)
{
    if (v < 100000000) return dtoa_write_var((uint32_t)v, out);
    uint64_t hi = v / 100000000;
    uint32_t lo = (uint32_t)(v % 100000000);
    int n;
    if (hi < 100000000) {
        n = dtoa_write_var((uint32_t)hi, out);
    } else {
        /* v < 2^64 < 10^20: at most four more digits above */
        n = dtoa_write_var((uint32_t)(hi / 100000000), out);
        dtoa_write8((uint32_t)(hi % 100000000), out + n);
        n += 8;
    }
    dtoa_write8(lo, out + n);
    return n + 8;
}

/* floor(N * G / 2^128) with its lowest bit set when the quotient is not an
 * integer ("round to odd").  N < 2^59.  G over-approximates the true scale
 * by less than one unit, so the computed quotient exceeds the exact one by
 * less than 2^-69; the generator checks that a non-integer exact quotient is
 * at least 2^-68 away from any integer, so a fractional part below 2^-68
 * (low 128 bits < 2^60) means "exact integer". */
static inline uint64_t dtoa_rop(const uint64_t g[2], uint64_t n)
{
    u128 lo = (u128)n * g[1];
    u128 y = (u128)n * g[0] + (uint64_t)(lo >> 64);
    uint64_t y1 = (uint64_t)(y >> 64), y0 = (uint64_t)y;
    return y1 | (uint64_t)(y0 != 0 || ((uint64_t)lo >> 60) != 0);
}

/* floor(a / 2^s) for negative a too, without relying on >> of negatives. */
static inline int dtoa_floor_shift(int64_t a, int s)
{
    return (int)(a >= 0 ? a >> s : -((-a + ((int64_t)1 << s) - 1) >> s));
}

int dtoa_shortest(double x, char *digits, int *decpt)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t frac = bits & ((UINT64_C(1) << 52) - 1);
    int be = (int)((bits >> 52) & 0x7ff);
    uint64_t c;
    int q;
    if (be) { c = frac | (UINT64_C(1) << 52); q = be - 1075; }
    else { c = frac; q = -1074; }

    uint64_t s;
    int k;
    if (q <= 0 && q >= -52 && (c & ((UINT64_C(1) << -q) - 1)) == 0) {
        /* An integer below 2^53: the rounding interval is narrower than 1,
         * so the integer's own digits are the answer. */
        s = c >> -q;
        k = 0;
    } else {
        int even = (c & 1) == 0;
        int closer = frac == 0 && be > 1;   /* the lower neighbour is nearer */
        uint64_t cb = c << 2, cbl = cb - 2 + (uint64_t)closer, cbr = cb + 2;
        /* k = floor(log10(2^q)), or floor(log10(3/4 2^q)) when closer: the
         * interval (width 2^q or 3/4 2^q) is at least 10^k wide. */
        k = dtoa_floor_shift((int64_t)q * 1262611 - (closer ? 524031 : 0), 22);
        int fl = dtoa_floor_shift((int64_t)-k * 1741647, 19);   /* floor(log2(10^-k)) */
        int h = q + fl + 1;                                     /* 1..4 */
        const uint64_t *g = DTOA_G[-k - DTOA_K_MIN];
        /* vX = rop(cX * 2^(q-2) * 10^-k * 4): the bounds and X itself
         * scaled to units of 10^k, with two fraction bits. */
        uint64_t vbl = dtoa_rop(g, cbl << h);
        uint64_t vb = dtoa_rop(g, cb << h);
        uint64_t vbr = dtoa_rop(g, cbr << h);
        /* round-to-nearest-even reading includes the bounds when c is even */
        uint64_t lower = vbl + (uint64_t)!even, upper = vbr - (uint64_t)!even;
        s = vb >> 2;
        if (s >= 10) {
            /* at most one multiple of 10^(k+1) fits; if one does, it is
             * the unique shortest candidate */
            uint64_t sp = s / 10;
            int up_in = lower <= 40 * sp, wp_in = 40 * sp + 40 <= upper;
            if (up_in != wp_in) {
                s = sp + (uint64_t)wp_in;
                k += 1;
                goto done;
            }
        }
        {
            int u_in = lower <= 4 * s, w_in = 4 * s + 4 <= upper;
            if (u_in != w_in) {
                s += (uint64_t)w_in;
            } else {
                /* both fit: the nearer, ties to even */
                uint64_t mid = 4 * s + 2;
                s += (uint64_t)(vb > mid || (vb == mid && (s & 1)));
            }
        }
    }
done:;
    int n = dtoa_u64_digits(s, digits);
    int len = n;
    while (len > 1 && digits[len - 1] == '0') len--;
    digits[len] = '\0';
    *decpt = k + n;
    return len;
}

/* "e+XX" / "e-XXX" (at least two exponent digits) at O; returns length. */
static int dtoa_put_exp(char *o, char e_char, int e)
{
    char *p = o;
    *p++ = e_char;
    if (e < 0) { *p++ = '-'; e = -e; } else *p++ = '+';
    if (e >= 100) { *p++ = (char)('0' + e / 100); e %= 100; }
    *p++ = (char)('0' + e / 10);
    *p++ = (char)('0' + e % 10);
    return (int)(p - o);
}

int dtoa_repr(double x, char *buf, int add_dot_0)
{
    char *o = buf;
    if (isnan(x)) return (int)(stpcpy(buf, "nan") - buf);
    if (signbit(x)) *o++ = '-';
    if (isinf(x)) return (int)(stpcpy(o, "inf") - buf);
    if (x == 0) {
        o = stpcpy(o, add_dot_0 ? "0.0" : "0");
        return (int)(o - buf);
    }
    char d[20];
    int decpt;
    int n = dtoa_shortest(x, d, &decpt);
    if (decpt > -4 && decpt <= 16) {
        /* fixed notation */
        if (decpt <= 0) {
            *o++ = '0';
            *o++ = '.';
            for (int i = decpt; i < 0; i++) *o++ = '0';
            memcpy(o, d, (size_t)n);
            o += n;
        } else if (decpt >= n) {
            memcpy(o, d, (size_t)n);
            o += n;
            for (int i = n; i < decpt; i++) *o++ = '0';
            if (add_dot_0) { *o++ = '.'; *o++ = '0'; }
        } else {
            memcpy(o, d, (size_t)decpt);
            o += decpt;
            *o++ = '.';
            memcpy(o, d + decpt, (size_t)(n - decpt));
            o += n - decpt;
        }
    } else {
        /* exponent notation: d[.ddd]e[+-]XX */
        *o++ = d[0];
        if (n > 1) {
            *o++ = '.';
            memcpy(o, d + 1, (size_t)(n - 1));
            o += n - 1;
        }
        o += dtoa_put_exp(o, 'e', decpt - 1);
    }
    *o = '\0';
    return (int)(o - buf);
}

/* ---- exact digits ------------------------------------------------------ */

/* c * 5^1074 < 2^2547: 80 limbs of 32 bits. */
#define DTOA_LIMBS 82

/* All significant digits of |x| (finite, nonzero), trailing zeros dropped;
 * |x| = 0.D * 10^decpt. */
static int dtoa_exact(double x, char *out, int64_t *decpt)
{
    uint64_t bits;
    memcpy(&bits, &x, sizeof bits);
    uint64_t c = bits & ((UINT64_C(1) << 52) - 1);
    int be = (int)((bits >> 52) & 0x7ff);
    int q;
    if (be) { c |= UINT64_C(1) << 52; q = be - 1075; } else q = -1074;
    /* strip factors of two so the bignum stays small */
    int tz = __builtin_ctzll(c);
    c >>= tz;
    q += tz;

    uint32_t a[DTOA_LIMBS];   /* little-endian limbs */
    int len;
    int pow10 = 0;            /* |x| = N * 10^pow10 */
    a[0] = (uint32_t)c;
    a[1] = (uint32_t)(c >> 32);
    len = a[1] ? 2 : 1;
    if (q > 0) {
        /* N = c << q */
        int words = q / 32, sh = q % 32;
        memmove(a + words, a, (size_t)len * sizeof a[0]);
        memset(a, 0, (size_t)words * sizeof a[0]);
        len += words;
        if (sh) {
            uint32_t carry = 0;
            for (int i = words; i < len; i++) {
                uint32_t v = a[i];
                a[i] = (v << sh) | carry;
                carry = v >> (32 - sh);
            }
            if (carry) a[len++] = carry;
        }
    } else if (q < 0) {
        /* c * 2^q = c * 5^-q * 10^q */
        int e = -q;
        pow10 = q;
        while (e > 0) {
            int step = e < 13 ? e : 13;
            uint32_t m = 1;
            for (int i = 0; i < step; i++) m *= 5;
            e -= step;
            uint64_t carry = 0;
            for (int i = 0; i < len; i++) {
                uint64_t t = (uint64_t)a[i] * m + carry;
                a[i] = (uint32_t)t;
                carry = t >> 32;
            }
            if (carry) a[len++] = (uint32_t)carry;
        }
    }
    /* N to decimal, nine digits at a time from the low end */
    uint32_t chunks[96];
    int nchunks = 0;
    while (len > 0) {
        uint64_t rem = 0;
        for (int i = len - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | a[i];
            a[i] = (uint32_t)(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        chunks[nchunks++] = (uint32_t)rem;
        while (len > 0 && a[len - 1] == 0) len--;
    }
    int n = 0;
    for (int i = nchunks - 1; i >= 0; i--) {
        uint32_t v = chunks[i];
        if (i == nchunks - 1) {
            n += dtoa_u64_digits(v, out + n);
        } else {
            for (int j = 8; j >= 0; j--) { out[n + j] = (char)('0' + v % 10); v /= 10; }
            n += 9;
        }
    }
    *decpt = n + pow10;
    while (out[n - 1] == '0') n--;
    out[n] = '\0';
    return n;
}

int dtoa_fixed(double x, int mode, int64_t ndigits, char *digits, int64_t *decpt)
{
    if (x == 0) {
        digits[0] = '0';
        digits[1] = '\0';
        *decpt = 1;
        return 1;
    }
    int64_t dp;
    int n;
    /* Fast path through the shortest digits S.  For a normal double and at
     * most 15 kept digits, the grid of kept digits is coarser than 4 ulps,
     * so when S is no longer than the grid, S is the nearest grid point;
     * when it is longer, rounding S rounds X the same way unless S ends
     * exactly on the midpoint ("...5"): any midpoint strictly between X and
     * S would itself be a closer (or shorter) round-tripping string. */
    char sd[24];
    int sdp;
    int sn = fabs(x) >= 2.2250738585072014e-308 ? dtoa_shortest(x, sd, &sdp) : 0;
    int64_t p = mode == 2 ? (ndigits < 1 ? 1 : ndigits) : (int64_t)sdp + ndigits;
    if (sn && p >= 1 && p <= 15 && !(sn == p + 1 && sd[p] == '5')) {
        memcpy(digits, sd, (size_t)sn + 1);
        n = sn;
        dp = sdp;
    } else {
        n = dtoa_exact(x, digits, &dp);
    }
    /* keep = how many leading digits survive */
    int64_t keep;
    if (mode == 2) keep = ndigits < 1 ? 1 : ndigits;
    else keep = dp + ndigits;
    if (keep >= n) {
        *decpt = dp;
        return n;
    }
    int up;
    if (keep < 0) {
        up = 0;   /* below half a unit of the last place */
    } else {
        char d = digits[keep];
        if (d != '5') up = d > '5';
        else if (keep + 1 < n) up = 1;   /* more nonzero digits follow */
        else up = keep > 0 && ((digits[keep - 1] - '0') & 1);   /* tie: to even */
    }
    int m = keep < 0 ? 0 : (int)keep;
    if (up) {
        while (m > 0 && digits[m - 1] == '9') m--;
        if (m == 0) {
            /* all nines (or nothing kept): becomes 1 at the next place */
            digits[0] = '1';
            m = 1;
            dp += 1;   /* one place up; with keep == 0, at the rounding place */
        } else {
            digits[m - 1]++;
        }
    }
    while (m > 0 && digits[m - 1] == '0') m--;
    digits[m] = '\0';
    if (m == 0) {
        *decpt = mode == 3 ? -ndigits : dp;
        return 0;
    }
    *decpt = dp;
    return m;
}

/* ---- parsing ----------------------------------------------------------- */

static locale_t dtoa_c_locale;
static pthread_once_t dtoa_locale_once = PTHREAD_ONCE_INIT;

static void dtoa_locale_init(void)
{
    dtoa_c_locale = newlocale(LC_ALL_MASK, "C", (locale_t)0);
}

static int dtoa_is_space(unsigned char ch)
{
    return ch == ' ' || (ch >= '\t' && ch <= '\r');
}

static int dtoa_is_digit(unsigned char ch) { return ch >= '0' && ch <= '9'; }

/* Case-insensitive match of the lowercase word W at S[0..n). */
static int dtoa_word(const char *s, size_t n, const char *w)
{
    size_t wl = strlen(w);
    if (n < wl) return 0;
    for (size_t i = 0; i < wl; i++)
        if ((s[i] | 0x20) != w[i]) return 0;
    return 1;
}

int dtoa_parse(const char *s, size_t n, double *out)
{
    /* Underscores: only between digits, judged on the raw text as CPython
     * does before anything else.  NULs are never valid. */
    int has_us = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '_') {
            if (i == 0 || !dtoa_is_digit((unsigned char)s[i - 1])) return DTOA_PARSE_INVALID;
            if (i + 1 >= n || !dtoa_is_digit((unsigned char)s[i + 1])) return DTOA_PARSE_INVALID;
            has_us = 1;
        } else if (ch == 0) {
            return DTOA_PARSE_INVALID;
        }
    }
    size_t b = 0, e = n;
    while (b < e && dtoa_is_space((unsigned char)s[b])) b++;
    while (e > b && dtoa_is_space((unsigned char)s[e - 1])) e--;
    if (b == e) return DTOA_PARSE_INVALID;

    size_t p = b;
    int neg = 0;
    if (s[p] == '+' || s[p] == '-') { neg = s[p] == '-'; p++; }
    /* inf / infinity / nan */
    if (p < e && !dtoa_is_digit((unsigned char)s[p]) && s[p] != '.') {
        size_t rest = e - p;
        if (rest == 3 && dtoa_word(s + p, 3, "inf")) { *out = neg ? -INFINITY : INFINITY; return DTOA_PARSE_OK; }
        if (rest == 8 && dtoa_word(s + p, 8, "infinity")) { *out = neg ? -INFINITY : INFINITY; return DTOA_PARSE_OK; }
        if (rest == 3 && dtoa_word(s + p, 3, "nan")) { *out = neg ? -fabs(NAN) : fabs(NAN); return DTOA_PARSE_OK; }
        return DTOA_PARSE_INVALID;
    }
    /* digits [. digits] [e [sign] digits], at least one mantissa digit */
    size_t mant_digits = 0;
    while (p < e && (dtoa_is_digit((unsigned char)s[p]) || s[p] == '_')) { mant_digits += s[p] != '_'; p++; }
    if (p < e && s[p] == '.') {
        p++;
        while (p < e && (dtoa_is_digit((unsigned char)s[p]) || s[p] == '_')) { mant_digits += s[p] != '_'; p++; }
    }
    if (mant_digits == 0) return DTOA_PARSE_INVALID;
    if (p < e && (s[p] == 'e' || s[p] == 'E')) {
        p++;
        if (p < e && (s[p] == '+' || s[p] == '-')) p++;
        size_t exp_digits = 0;
        while (p < e && (dtoa_is_digit((unsigned char)s[p]) || s[p] == '_')) { exp_digits += s[p] != '_'; p++; }
        if (exp_digits == 0) return DTOA_PARSE_INVALID;
    }
    if (p != e) return DTOA_PARSE_INVALID;

    /* The syntax is strtod's decimal subset now; copy without underscores
     * and NUL-terminate. */
    char small[128];
    size_t len = e - b;
    char *buf = len < sizeof small ? small : malloc(len + 1);
    if (!buf) return DTOA_PARSE_NOMEM;
    size_t j = 0;
    for (size_t i = b; i < e; i++)
        if (!has_us || s[i] != '_') buf[j++] = s[i];
    buf[j] = '\0';
    pthread_once(&dtoa_locale_once, dtoa_locale_init);
    char *end;
    double v = dtoa_c_locale ? strtod_l(buf, &end, dtoa_c_locale) : strtod(buf, &end);
    int ok = end == buf + j;
    if (buf != small) free(buf);
    if (!ok) return DTOA_PARSE_INVALID;
    *out = v;
    return DTOA_PARSE_OK;
}
