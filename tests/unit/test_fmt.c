/* Number formatting kernels against CPython 3.14 (tests/unit/fmt_vectors.txt
 * from tools/gen_fmt_vectors.py), plus the 64-bit-only behaviour the 32-bit
 * oracle cannot show, memory caps, and float parsing.
 *
 *   test_fmt tests/unit/fmt_vectors.txt         the default run
 *   test_fmt --dtoa-random N [THREADS]          dtoa_shortest against the old
 *                                               snprintf+strtod search, and
 *                                               dtoa_fixed against printf, on
 *                                               N random doubles (slow)
 *   test_fmt --bench                            ns per repr(float)
 */
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "num/fmt.h"
#include "util/dtoa.h"

static int passed, failed;
#define CAP ((size_t)1 << 24)

static void check(const char *what, const char *spec, const char *got, const char *want)
{
    if (strcmp(got, want) == 0) { passed++; return; }
    failed++;
    if (failed <= 30) printf("FAIL %s [%s]:\n   got  %.300s\n   want %.300s\n", what, spec, got, want);
}

/* "=text" or "!Name: message" */
static void result_text(strbuf *r, fmt_status st, strbuf *out, strbuf *err)
{
    static const char *names[] = { "", "ValueError", "OverflowError", "MemoryError" };
    if (st == FMT_OK) {
        sb_putc(r, '=');
        if (out->p) sb_append(r, out->p, out->len);
    } else {
        sb_printf(r, "!%s: ", names[st]);
        if (err->p) sb_append(r, err->p, err->len);
    }
    if (!r->p) sb_puts(r, "");
}

/* ---- the old shortest-digits search, kept as the reference ------------- */

static double ref_value(unsigned long long mant, int ndigits, int exp10)
{
    char buf[48];
    snprintf(buf, sizeof buf, "%llue%d", mant, exp10 - ndigits + 1);
    return strtod(buf, NULL);
}

/* For each precision the correctly rounded decimal (glibc printf) is the
 * nearest of that length, so the first length that reads back as X is the
 * shortest; next to a power of two the neighbour on the wide side may hit
 * where the nearest misses. */
static int ref_shortest(double x, char *digits, int *decpt)
{
    char buf[40];
    unsigned long long mant = 0;
    int ndigits = 0, exp10 = 0;
    x = fabs(x);
    for (int prec = 0; prec < 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec, x);
        mant = 0;
        ndigits = 0;
        const char *p = buf;
        for (; *p != 'e'; p++)
            if (*p != '.') { mant = mant * 10 + (unsigned)(*p - '0'); ndigits++; }
        exp10 = atoi(p + 1);
        double y = strtod(buf, NULL);
        if (y == x) break;
        unsigned long long alt = y < x ? mant + 1 : mant - 1;
        if (prec > 0 && alt > 0 && ref_value(alt, ndigits, exp10) == x) {
            char tmp[24];
            int len = snprintf(tmp, sizeof tmp, "%llu", alt);
            if (len == ndigits) { mant = alt; break; }
        }
    }
    int n = snprintf(digits, 18, "%llu", mant);
    while (n > 1 && digits[n - 1] == '0') n--;
    digits[n] = '\0';
    *decpt = exp10 + 1;
    return n;
}

/* dtoa_fixed against glibc's printf, which rounds the exact binary value
 * half-even too: MODE 2 with ND digits ("%.*e"), MODE 3 with ND places
 * ("%.*f").  Returns 1 when they agree. */
static int check_fixed(double x, int mode, int nd, char *why, size_t whylen)
{
    char d[DTOA_FIXED_BUFSIZE], buf[1300], want[1300];
    int64_t dp;
    int n = dtoa_fixed(x, mode, nd, d, &dp);
    int64_t wdp;
    size_t wn = 0;
    if (mode == 2) {
        snprintf(buf, sizeof buf, "%.*e", nd - 1, fabs(x));
        char *p = buf;
        for (; *p != 'e'; p++) if (*p != '.') want[wn++] = *p;
        wdp = atoi(p + 1) + 1;
    } else {
        snprintf(buf, sizeof buf, "%.*f", nd, fabs(x));
        char *dot = strchr(buf, '.');
        int64_t intlen = dot ? dot - buf : (int64_t)strlen(buf);
        int64_t lead = 0;
        int seen = 0;
        for (char *p = buf; *p; p++) {
            if (*p == '.') continue;
            if (!seen && *p == '0') { lead++; continue; }
            seen = 1;
            want[wn++] = *p;
        }
        wdp = intlen - lead;
        if (!wn) wdp = -nd;   /* Gay's empty result for zero */
    }
    while (wn && want[wn - 1] == '0') wn--;
    want[wn] = '\0';
    if ((size_t)n == wn && strcmp(d, want) == 0 && dp == wdp) return 1;
    snprintf(why, whylen, "mode %d nd %d: got %.40s e%lld, want %.40s e%lld", mode, nd, d,
             (long long)dp, want, (long long)wdp);
    return 0;
}

typedef struct { uint64_t seed; long count, bad; } rnd_job;

static uint64_t xorshift(uint64_t *s)
{
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

/* Random bit patterns, with extra weight on the awkward ones: powers of
 * two (uneven rounding interval), subnormals, small exponents. */
static uint64_t rnd_bits(uint64_t *s, long i)
{
    uint64_t b = xorshift(s);
    switch (i % 8) {
    case 1: b = (b & 0x800FFFFFFFFFFFFFu) | ((xorshift(s) % 2047) << 52); break;
    case 3: b &= ~0x000FFFFFFFFFFFFFu; break;
    case 5: b &= 0x800FFFFFFFFFFFFFu; break;
    case 7: b = (b & 0x800FFFFFFFFFFFFFu) | ((uint64_t)(1023 + (int)(xorshift(s) % 120) - 60) << 52); break;
    case 6: {
        /* short decimals (ties in their shortest digits: 2.675, 0.125) */
        static const double p10[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8 };
        double x = (double)(b % 100000000) / p10[xorshift(s) % 9];
        if (i % 16 == 6) x = (double)(b % 1000000) * 1e10;
        memcpy(&b, &x, sizeof b);
        break;
    }
    }
    return b;
}

static void *rnd_worker(void *arg)
{
    rnd_job *j = arg;
    uint64_t s = j->seed;
    for (long i = 0; i < j->count; i++) {
        uint64_t b = rnd_bits(&s, i);
        double x;
        memcpy(&x, &b, sizeof x);
        if (!isfinite(x) || x == 0) continue;
        char a[24], r[24];
        int da, dr;
        dtoa_shortest(x, a, &da);
        ref_shortest(x, r, &dr);
        if (strcmp(a, r) != 0 || da != dr) {
            if (j->bad++ < 10)
                printf("MISMATCH %016llx: got %se%d, want %se%d\n", (unsigned long long)b, a, da,
                       r, dr);
        }
        /* fixed digits: the shortest-digits fast path and the bignum */
        char why[200];
        int nd = 1 + (int)(xorshift(&s) % 20);
        int ok = check_fixed(x, 2, nd, why, sizeof why);
        double ax = fabs(x);
        if (ok && ax < 1e30 && ax > 1e-30) ok = check_fixed(x, 3, (int)(xorshift(&s) % 25), why, sizeof why);
        if (!ok && j->bad++ < 10) printf("FIXED MISMATCH %016llx: %s\n", (unsigned long long)b, why);
    }
    return NULL;
}

static int dtoa_random(long n, int threads)
{
    if (threads < 1) threads = 1;
    if (threads > 64) threads = 64;
    pthread_t t[64];
    rnd_job jobs[64];
    for (int i = 0; i < threads; i++) {
        jobs[i].seed = 0x9E3779B97F4A7C15u * (uint64_t)(i + 1) ^ 88172645463325252u;
        jobs[i].count = n / threads + (i < n % threads);
        jobs[i].bad = 0;
        pthread_create(&t[i], NULL, rnd_worker, &jobs[i]);
    }
    long bad = 0;
    for (int i = 0; i < threads; i++) {
        pthread_join(t[i], NULL);
        bad += jobs[i].bad;
    }
    /* every power of two and its neighbours, exhaustively */
    long extra = 0;
    for (int e = 0; e < 2047; e++) {
        for (int d = -2; d <= 2; d++) {
            uint64_t b = ((uint64_t)e << 52) + (uint64_t)(int64_t)d;
            double x;
            memcpy(&x, &b, sizeof x);
            if (!isfinite(x) || x <= 0) continue;
            char a[24], r[24];
            int da, dr;
            dtoa_shortest(x, a, &da);
            ref_shortest(x, r, &dr);
            extra++;
            char why[200];
            for (int nd = 1; nd <= 18; nd++)
                if (!check_fixed(x, 2, nd, why, sizeof why) && bad++ < 10)
                    printf("FIXED MISMATCH %016llx: %s\n", (unsigned long long)b, why);
            if (strcmp(a, r) != 0 || da != dr) {
                if (bad++ < 10) printf("MISMATCH %016llx: got %se%d, want %se%d\n",
                                       (unsigned long long)b, a, da, r, dr);
            }
        }
    }
    printf("dtoa_shortest vs reference: %ld random + %ld edge doubles, %ld mismatches\n", n,
           extra, bad);
    printf("%ld passed, %ld failed\n", n + extra - bad, bad);
    return bad != 0;
}

static double now_s(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static int bench(void)
{
    enum { N = 2000000 };
    double *v = malloc(N * sizeof *v);
    uint64_t s = 12345;
    const char *names[3] = { "random bits", "short decimals (12345.67)", "integers" };
    for (int kind = 0; kind < 3; kind++) {
        for (int i = 0; i < N; i++) {
            double x;
            do {
                uint64_t b = xorshift(&s);
                memcpy(&x, &b, sizeof x);
            } while (!isfinite(x));
            if (kind == 1) x = (double)(xorshift(&s) % 10000000) / 100.0;
            if (kind == 2) x = (double)(xorshift(&s) % 1000000);
            v[i] = x;
        }
        char buf[40];
        size_t tot = 0;
        double t0 = now_s();
        for (int i = 0; i < N; i++) tot += (size_t)dtoa_repr(v[i], buf, 1);
        double t1 = now_s();
        int nref = N / 50;
        double t2 = now_s();
        for (int i = 0; i < nref; i++) {
            char d[24];
            int dp;
            if (v[i] != 0) tot += (size_t)ref_shortest(v[i], d, &dp);
        }
        double t3 = now_s();
        printf("%-28s dtoa_repr %6.1f ns/call; old search %8.1f ns/call (%zu)\n", names[kind],
               (t1 - t0) / N * 1e9, (t3 - t2) / nref * 1e9, tot % 10);
    }
    free(v);
    return 0;
}

/* ---- vectors ------------------------------------------------------------- */

static size_t unescape(const char *s, char *out)
{
    size_t n = 0;
    while (*s) {
        if (*s == '\\') {
            s++;
            if (*s == 't') { out[n++] = '\t'; s++; }
            else if (*s == 'n') { out[n++] = '\n'; s++; }
            else if (*s == '\\') { out[n++] = '\\'; s++; }
            else if (*s == 'x') {
                char h[3] = { s[1], s[2], 0 };
                out[n++] = (char)strtol(h, NULL, 16);
                s += 3;
            }
        } else {
            out[n++] = *s++;
        }
    }
    out[n] = '\0';
    return n;
}

static double from_bits(const char *hex)
{
    uint64_t b = strtoull(hex, NULL, 16);
    double x;
    memcpy(&x, &b, sizeof x);
    return x;
}

/* Decimal magnitude DEC -> digits in BASE (2, 8, 16) by repeated division. */
static char *dec_to_base(const char *dec, int base)
{
    size_t n = strlen(dec);
    char *num = malloc(n + 1), *out = malloc(4 * n + 8);
    memcpy(num, dec, n + 1);
    size_t len = n, o = 0;
    for (;;) {
        int rem = 0;
        size_t w = 0;
        for (size_t i = 0; i < len; i++) {
            int cur = rem * 10 + (num[i] - '0');
            int q = cur / base;
            rem = cur % base;
            if (w || q) num[w++] = (char)('0' + q);
        }
        out[o++] = "0123456789abcdef"[rem];
        len = w;
        if (!len) break;
    }
    for (size_t i = 0; i < o / 2; i++) { char t = out[i]; out[i] = out[o - 1 - i]; out[o - 1 - i] = t; }
    out[o] = '\0';
    free(num);
    return out;
}

static int parse_i64(const char *s, int64_t *v)
{
    char *end;
    errno = 0;
    long long x = strtoll(s, &end, 10);
    if (*end || errno) return 0;
    *v = x;
    return 1;
}

/* The bigint caller's path: spec -> base -> digits or float. */
static fmt_status big_int_format(strbuf *out, const char *dec, const char *spec, size_t sn,
                                 strbuf *err)
{
    int neg = dec[0] == '-';
    const char *mag = dec + neg;
    fmt_spec f;
    fmt_status st = fmt_parse_spec(spec, sn, 'd', '>', "int", &f, err);
    if (st) return st;
    int base = fmt_int_base(&f);
    if (base == 0) {
        double x = strtod(dec, NULL);
        if (isinf(x)) {
            sb_puts(err, "int too large to convert to float");
            return FMT_OVERFLOW_ERROR;
        }
        return fmt_float(out, x, &f, "float", CAP, err);
    }
    if (base < 0 || base == 10) return fmt_int_digits(out, neg, mag, strlen(mag), &f, "int", CAP, err);
    char *d = dec_to_base(mag, base);
    st = fmt_int_digits(out, neg, d, strlen(d), &f, "int", CAP, err);
    free(d);
    return st;
}

/* "%[flags][width][.prec]conv" */
static void parse_percent(const char *s, unsigned *flags, int64_t *width, int64_t *prec, char *conv)
{
    const char *p = s + 1;
    *flags = 0;
    for (;; p++) {
        if (*p == '-') *flags |= FMT_F_LJUST;
        else if (*p == '+') *flags |= FMT_F_SIGN;
        else if (*p == ' ') *flags |= FMT_F_BLANK;
        else if (*p == '#') *flags |= FMT_F_ALT;
        else if (*p == '0') *flags |= FMT_F_ZERO;
        else break;
    }
    *width = -1;
    if (*p >= '0' && *p <= '9') { *width = 0; while (*p >= '0' && *p <= '9') *width = *width * 10 + (*p++ - '0'); }
    *prec = -1;
    if (*p == '.') { p++; *prec = 0; while (*p >= '0' && *p <= '9') *prec = *prec * 10 + (*p++ - '0'); }
    *conv = *p;
}

static void run_line(char *line)
{
    char *f[4];
    int nf = 0;
    char *p = line;
    f[nf++] = p;
    while (*p && nf < 4) {
        if (*p == '\t') { *p = '\0'; f[nf++] = p + 1; }
        p++;
    }
    if (nf < 4) return;
    size_t ll = strlen(f[3]);
    while (ll && (f[3][ll - 1] == '\n' || f[3][ll - 1] == '\r')) f[3][--ll] = '\0';
    size_t cap = strlen(f[1]) + strlen(f[2]) + strlen(f[3]) + 16;
    char *val = malloc(cap), *spec = malloc(cap), *want = malloc(cap);
    size_t vn = unescape(f[1], val), sn = unescape(f[2], spec);
    unescape(f[3], want);
    const char *kind = f[0];
    strbuf out = STRBUF_INIT, err = STRBUF_INIT, got = STRBUF_INIT;
    fmt_status st;
    char what[64];
    snprintf(what, sizeof what, "%s %.40s", kind, val);

#define RESET() do { sb_free(&out); sb_free(&err); sb_free(&got); } while (0)
    if (strcmp(kind, "i") == 0) {
        int64_t v;
        if (parse_i64(val, &v)) {
            st = fmt_format_int64(&out, v, spec, sn, "int", CAP, &err);
            result_text(&got, st, &out, &err);
            check(what, spec, got.p, want);
            RESET();
        }
        if (sn) {
            st = big_int_format(&out, val, spec, sn, &err);
            result_text(&got, st, &out, &err);
            check(what, spec, got.p, want);
        }
    } else if (strcmp(kind, "f") == 0) {
        st = fmt_format_float(&out, from_bits(val), spec, sn, "float", CAP, &err);
        result_text(&got, st, &out, &err);
        check(what, spec, got.p, want);
    } else if (strcmp(kind, "c") == 0 || strcmp(kind, "r") == 0) {
        double re = from_bits(val), im = from_bits(strchr(val, ',') + 1);
        if (kind[0] == 'c') st = fmt_format_complex(&out, re, im, spec, sn, "complex", CAP, &err);
        else st = fmt_complex_repr(&out, re, im, CAP);
        result_text(&got, st, &out, &err);
        check(what, spec, got.p, want);
    } else if (strcmp(kind, "s") == 0) {
        st = fmt_format_str(&out, val, vn, spec, sn, "str", CAP, &err);
        result_text(&got, st, &out, &err);
        check(what, spec, got.p, want);
    } else if (kind[0] == 'p') {
        unsigned flags;
        int64_t width, prec;
        char conv;
        parse_percent(spec, &flags, &width, &prec, &conv);
        if (kind[1] == 'i') {
            int64_t v;
            if (parse_i64(val, &v)) {
                st = fmt_percent_int64(&out, v, conv, flags, width, prec, CAP, &err);
                result_text(&got, st, &out, &err);
                check(what, spec, got.p, want);
                RESET();
            }
            int neg = val[0] == '-';
            int base = conv == 'o' ? 8 : conv == 'x' || conv == 'X' ? 16 : 10;
            char *d = base == 10 ? strdup(val + neg) : dec_to_base(val + neg, base);
            st = fmt_percent_int(&out, neg, d, strlen(d), conv, flags, width, prec, CAP, &err);
            free(d);
        } else if (kind[1] == 'f') {
            st = fmt_percent_float(&out, from_bits(val), conv, flags, width, prec, CAP, &err);
        } else {
            st = fmt_percent_str(&out, val, vn, flags, width, prec, CAP);
        }
        result_text(&got, st, &out, &err);
        check(what, spec, got.p, want);
    } else if (strcmp(kind, "P") == 0) {
        int ascii = 1;
        for (size_t i = 0; i < vn; i++) if ((unsigned char)val[i] >= 0x80) ascii = 0;
        if (ascii) {   /* non-ASCII is the caller's to map */
            double x = 0;
            int r = dtoa_parse(val, vn, &x);
            if (r == DTOA_PARSE_OK) {
                char buf[40];
                dtoa_repr(x, buf, 1);
                sb_putc(&got, '=');
                sb_puts(&got, buf);
            } else {
                sb_puts(&got, "!ValueError: could not convert string to float");
                want[strlen("!ValueError: could not convert string to float") < strlen(want)
                         ? strlen("!ValueError: could not convert string to float") : strlen(want)] = '\0';
            }
            check(what, val, got.p, want);
        }
    }
    RESET();
    free(val);
    free(spec);
    free(want);
}

/* ---- checks the oracle cannot make ---------------------------------------- */

static void expect(const char *what, fmt_status st, strbuf *out, strbuf *err, const char *want)
{
    strbuf got = STRBUF_INIT;
    result_text(&got, st, out, err);
    check(what, "", got.p, want);
    sb_free(&got);
    sb_free(out);
    sb_free(err);
}

static void extra_checks(void)
{
    strbuf o = STRBUF_INIT, e = STRBUF_INIT;
    /* 64-bit Py_ssize_t: these parse, then float/complex refuse the precision */
    expect("prec>INT_MAX f", fmt_format_float(&o, 1.0, ".2147483648f", 12, "float", CAP, &e), &o, &e,
           "!ValueError: precision too big");
    expect("prec>INT_MAX c", fmt_format_complex(&o, 1, 2, ".2147483648", 11, "complex", CAP, &e), &o, &e,
           "!ValueError: precision too big");
    expect("width 2^63-1", fmt_format_float(&o, 1.0, "9223372036854775807", 19, "float", CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("width 2^63", fmt_format_float(&o, 1.0, "9223372036854775808", 19, "float", CAP, &e), &o, &e,
           "!ValueError: Too many decimal digits in format string");
    expect("str prec 2^63-1", fmt_format_str(&o, "xy", 2, ".9223372036854775807", 20, "str", CAP, &e), &o, &e,
           "=xy");
    expect("int width 1e12", fmt_format_int64(&o, 5, "1000000000000", 13, "int", CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("float .1e9f", fmt_format_float(&o, 1.0, ".1000000000f", 12, "float", CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("float .2147483647e", fmt_format_float(&o, 1.0, ".2147483647e", 12, "float", CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("grouped zero pad 1e9", fmt_format_int64(&o, 5, "01000000000,", 12, "int", CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("complex width", fmt_format_complex(&o, 1, 2, "1000000000", 10, "complex", CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("str width", fmt_format_str(&o, "x", 1, "\xe2\x82\xac>16777216", 12, "str", CAP, &e), &o, &e,
           "!MemoryError: ");   /* 3-byte fill: 48 MB */
    expect("exact cap", fmt_format_str(&o, "x", 1, ">10", 3, "str", 10, &e), &o, &e, "=         x");
    expect("cap-1", fmt_format_str(&o, "x", 1, ">10", 3, "str", 9, &e), &o, &e, "!MemoryError: ");
    expect("int cap", fmt_format_int64(&o, 12345, "010,", 4, "int", 9, &e), &o, &e, "!MemoryError: ");
    expect("int cap ok", fmt_format_int64(&o, 12345, "010,", 4, "int", 10, &e), &o, &e, "=00,012,345");
    expect("%.*d huge", fmt_percent_int64(&o, 1, 'd', 0, -1, 2147483645, CAP, &e), &o, &e,
           "!OverflowError: precision too large");
    expect("%.*d big", fmt_percent_int64(&o, 1, 'd', 0, -1, 2147483644, CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("%*d huge", fmt_percent_int64(&o, 1, 'd', 0, (int64_t)1 << 40, -1, CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("%*f huge", fmt_percent_float(&o, 1.0, 'f', 0, (int64_t)1 << 40, -1, CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("%.*f huge", fmt_percent_float(&o, 1.0, 'f', 0, -1, 2147483647, CAP, &e), &o, &e,
           "!MemoryError: ");
    expect("%.400f", fmt_percent_float(&o, 0.5, 'f', 0, -1, 3, CAP, &e), &o, &e, "=0.500");
    /* big int 'c' */
    fmt_spec f;
    fmt_parse_spec("c", 1, 'd', '>', "int", &f, NULL);
    expect("bigint c", fmt_int_digits(&o, 0, "1180591620717411303424", 22, &f, "int", CAP, &e), &o, &e,
           "!OverflowError: Python int too large to convert to C long");
    expect("bigint c 2^63", fmt_int_digits(&o, 0, "9223372036854775808", 19, &f, "int", CAP, &e), &o, &e,
           "!OverflowError: Python int too large to convert to C long");
    expect("bigint c 2^63-1", fmt_int_digits(&o, 0, "9223372036854775807", 19, &f, "int", CAP, &e), &o, &e,
           "!OverflowError: %c arg not in range(0x110000)");
    expect("bigint c -2^63", fmt_int_digits(&o, 1, "9223372036854775808", 19, &f, "int", CAP, &e), &o, &e,
           "!OverflowError: %c arg not in range(0x110000)");
    expect("bigint c 65", fmt_int_digits(&o, 0, "65", 2, &f, "int", CAP, &e), &o, &e, "=A");
    expect("type name", fmt_format_int64(&o, 1, "y", 1, "bool", CAP, &e), &o, &e,
           "!ValueError: Unknown format code 'y' for object of type 'bool'");

    /* fmt_i64_base */
    char buf[FMT_I64_BUFSIZE];
    struct { int64_t v; int base, prefix, upper; const char *want; } cases[] = {
        { 0, 10, 0, 0, "0" }, { -1, 10, 0, 0, "-1" }, { INT64_MIN, 10, 0, 0, "-9223372036854775808" },
        { INT64_MAX, 16, 1, 0, "0x7fffffffffffffff" }, { INT64_MIN, 2, 1, 0,
          "-0b1000000000000000000000000000000000000000000000000000000000000000" },
        { -8, 8, 1, 0, "-0o10" }, { 255, 16, 1, 1, "0XFF" }, { 0, 2, 1, 0, "0b0" }, { 1234567890123, 10, 0, 0, "1234567890123" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fmt_i64_base(cases[i].v, cases[i].base, cases[i].prefix, cases[i].upper, buf);
        check("fmt_i64_base", "", buf, cases[i].want);
    }
    /* dtoa_fixed edge cases */
    char d[DTOA_FIXED_BUFSIZE];
    int64_t dp;
    int n = dtoa_fixed(0.5, 3, 0, d, &dp);
    snprintf(buf, sizeof buf, "%d:%.20s:%lld", n, d, (long long)dp);
    check("dtoa_fixed 0.5 f0", "", buf, "0::0");
    n = dtoa_fixed(0.06, 3, 1, d, &dp);
    snprintf(buf, sizeof buf, "%d:%.20s:%lld", n, d, (long long)dp);
    check("dtoa_fixed 0.06 f1", "", buf, "1:1:0");
    n = dtoa_fixed(0.004, 3, 2, d, &dp);
    snprintf(buf, sizeof buf, "%d:%.20s:%lld", n, d, (long long)dp);
    check("dtoa_fixed 0.004 f2", "", buf, "0::-2");
    n = dtoa_fixed(999.5, 2, 3, d, &dp);
    snprintf(buf, sizeof buf, "%d:%.20s:%lld", n, d, (long long)dp);
    check("dtoa_fixed 999.5 e3", "", buf, "1:1:4");
    n = dtoa_fixed(5e-324, 2, 2000000000, d, &dp);
    snprintf(buf, sizeof buf, "%d:%.5s:%lld", n, d, (long long)dp);
    check("dtoa_fixed 5e-324 all", "", buf, "751:49406:-323");
    /* parsing under a host locale with a decimal comma would not matter:
     * strtod_l gets the C locale; spot checks */
    double x = 0;
    check("parse 1_0", "", dtoa_parse("1_0", 3, &x) == 0 && x == 10.0 ? "ok" : "bad", "ok");
    check("parse -nan sign", "", dtoa_parse("-nan", 4, &x) == 0 && isnan(x) && signbit(x) ? "ok" : "bad", "ok");
    check("parse NUL", "", dtoa_parse("1\0", 2, &x) == DTOA_PARSE_INVALID ? "ok" : "bad", "ok");
    check("parse long", "", dtoa_parse("0.30000000000000001665334536937734810635447502136230468750000000001", 66, &x) == 0 && x == 0.30000000000000004 ? "ok" : "bad", "ok");
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--dtoa-random") == 0)
        return dtoa_random(argc > 2 ? atol(argv[2]) : 10000000, argc > 3 ? atoi(argv[3]) : 2);
    if (argc > 1 && strcmp(argv[1], "--bench") == 0) return bench();
    const char *path = argc > 1 ? argv[1] : "tests/unit/fmt_vectors.txt";
    FILE *fp = fopen(path, "r");
    if (!fp) { perror(path); printf("0 passed, 1 failed\n"); return 1; }
    size_t cap = 0;
    char *line = NULL;
    ssize_t len;
    while ((len = getline(&line, &cap, fp)) > 0) run_line(line);
    free(line);
    fclose(fp);
    extra_checks();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
