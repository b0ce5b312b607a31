/* The bigint kernel (src/num/bigint*.c) against CPython 3.14's results in
 * tests/unit/bigint_vectors.txt (made by tools/gen_bigint_vectors.py; the
 * path is argv[1]), plus checks of its own: allocation failure at every
 * allocation of many operations (clean error, nothing leaked), refusal of
 * oversized results before allocating, and self-consistency on large
 * random values.  Every allocation goes through a counting allocator that
 * verifies the sizes given back to free. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num/bigint.h"

static int passed, failed;
static int lineno;

#define FAILF(...) do { failed++; if (failed <= 40) { printf("FAIL line %d: ", lineno); printf(__VA_ARGS__); printf("\n"); } } while (0)

/* ---- counting allocator ------------------------------------------------ */

typedef struct talloc {
    long live;              /* blocks outstanding */
    size_t live_bytes;
    long count;             /* allocations made */
    long fail_at;           /* the allocation (0-based count) that fails; -1 none */
    int bad_free;
} talloc;

static void *t_alloc(void *ud, size_t size)
{
    talloc *t = ud;
    if (t->fail_at >= 0 && t->count >= t->fail_at) { t->count++; return NULL; }
    t->count++;
    size_t *p = malloc(size + 16);
    if (!p) return NULL;
    p[0] = size;
    p[1] = 0x5eed5eedu;
    t->live++;
    t->live_bytes += size;
    return p + 2;
}

static void t_free(void *ud, void *q, size_t size)
{
    talloc *t = ud;
    size_t *p = (size_t *)q - 2;
    if (p[0] != size || p[1] != 0x5eed5eedu) {
        t->bad_free++;
        if (t->bad_free < 5) printf("bad free: size %zu, allocated %zu\n", size, p[0]);
    }
    p[1] = 0;
    t->live--;
    t->live_bytes -= p[0];
    free(p);
}

static talloc TA = {0, 0, 0, -1, 0};
static bi_ctx C = {{t_alloc, t_free, &TA}, 0, 0};

/* ---- values the test builds itself ------------------------------------ */

static bi_t *mk(const uint64_t *d, size_t n, int neg)
{
    while (n > 0 && d[n - 1] == 0) n--;
    bi_t *x = C.a.alloc(C.a.ud, sizeof(bi_t) + (n ? n : 1) * 8);
    if (!x) { printf("out of memory\n"); exit(2); }
    x->cap = (uint32_t)(n ? n : 1);
    if (n) memcpy(x->d, d, n * 8);
    x->size = neg ? -(int32_t)n : (int32_t)n;
    return x;
}

static uint64_t sm_state;
static uint64_t sm_next(void)
{
    uint64_t z = (sm_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* gen() of tools/gen_bigint_vectors.py. */
static bi_t *gen(uint64_t seed, size_t bits, int neg)
{
    if (bits == 0) return mk(NULL, 0, 0);
    size_t n = (bits + 63) / 64;
    uint64_t *d = calloc(n, 8);
    sm_state = seed;
    uint64_t kind = sm_next() % 4;
    if (kind <= 1) {
        for (size_t i = 0; i < n; i++) {
            if (kind == 0) d[i] = sm_next();
            else {
                uint64_t k = sm_next() % 4;
                d[i] = k == 0 ? 0 : k == 1 ? ~0ull : sm_next();
            }
        }
        if (bits % 64) d[n - 1] &= (1ull << (bits % 64)) - 1;
        d[(bits - 1) / 64] |= 1ull << ((bits - 1) % 64);
    } else if (kind == 2) {
        for (size_t i = 0; i < n; i++) d[i] = ~0ull;
        if (bits % 64) d[n - 1] &= (1ull << (bits % 64)) - 1;
        d[0] ^= (sm_next() % 4) & (bits >= 2 ? 3 : 1);
    } else {
        d[(bits - 1) / 64] |= 1ull << ((bits - 1) % 64);
        d[0] |= (sm_next() % 4) & (bits >= 2 ? 3 : 1);
    }
    bi_t *x = mk(d, n, neg);
    free(d);
    return x;
}

static int hexval(int ch)
{
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    return -1;
}

static bi_t *from_hex(const char *s, size_t len)
{
    int neg = 0;
    if (len && *s == '-') { neg = 1; s++; len--; }
    size_t n = (len + 15) / 16;
    uint64_t *d = calloc(n ? n : 1, 8);
    for (size_t i = 0; i < len; i++) {
        size_t pos = len - 1 - i;
        d[pos / 16] |= (uint64_t)hexval(s[i]) << (4 * (pos % 16));
    }
    bi_t *x = mk(d, n, neg);
    free(d);
    return x;
}

static void must(bi_status st, const char *what)
{
    if (st != BI_OK) { printf("setup %s failed: %d\n", what, st); exit(2); }
}

/* atom: ['-'] ('@' seed '.' bits | hex) */
static bi_t *parse_atom(const char *s, size_t len)
{
    int neg = 0;
    if (len && *s == '-') { neg = 1; s++; len--; }
    bi_t *x;
    if (len && *s == '@') {
        char buf[64];
        memcpy(buf, s + 1, len - 1);
        buf[len - 1] = 0;
        char *dot = strchr(buf, '.');
        x = gen(strtoull(buf, NULL, 10), strtoull(dot + 1, NULL, 10), neg);
    } else {
        x = from_hex(s, len);
        if (neg) x->size = -x->size;
    }
    return x;
}

/* atom ['*' atom] ['<<' N] ['+' hex] */
static bi_t *parse_num(const char *tok)
{
    const char *plus = strchr(tok, '+');
    const char *shl = strstr(tok, "<<");
    const char *end = shl ? shl : plus ? plus : tok + strlen(tok);
    const char *star = memchr(tok, '*', (size_t)(end - tok));
    bi_t *x, *y, *r;
    if (star) {
        x = parse_atom(tok, (size_t)(star - tok));
        y = parse_atom(star + 1, (size_t)(end - star - 1));
        must(bi_mul(&C, &r, x, y), "mul");
        bi_free(&C, x); bi_free(&C, y);
        x = r;
    } else {
        x = parse_atom(tok, (size_t)(end - tok));
    }
    if (shl) {
        must(bi_lshift_u(&C, &r, x, strtoull(shl + 2, NULL, 10)), "shift");
        bi_free(&C, x);
        x = r;
    }
    if (plus) {
        y = from_hex(plus + 1, strlen(plus + 1));
        must(bi_add(&C, &r, x, y), "add");
        bi_free(&C, x); bi_free(&C, y);
        x = r;
    }
    return x;
}

/* hex of a value, the test's own formatting (malloc'd) */
static char *to_hex(const bi_t *x)
{
    size_t n = bi_nlimbs(x);
    char *s = malloc(n * 16 + 3), *p = s;
    if (x->size < 0) *p++ = '-';
    if (n == 0) { strcpy(p, "0"); return s; }
    p += sprintf(p, "%llx", (unsigned long long)x->d[n - 1]);
    for (size_t i = n - 1; i-- > 0;) p += sprintf(p, "%016llx", (unsigned long long)x->d[i]);
    return s;
}

static uint64_t fnv(const char *s, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 0x100000001b3ull;
    return h;
}

/* Compares a string result with an expected token (literal or #hash). */
static int str_matches(const char *got, size_t n, const char *want)
{
    if (want[0] == '#') {
        char buf[17];
        snprintf(buf, sizeof buf, "%016llx", (unsigned long long)fnv(got, n));
        return strcmp(buf, want + 1) == 0;
    }
    return strlen(want) == n && memcmp(got, want, n) == 0;
}

/* The message an error token stands for ("!" + hex). */
static void decode_err(const char *tok, char *buf, size_t cap)
{
    size_t n = strlen(tok + 1) / 2, i;
    for (i = 0; i < n && i + 1 < cap; i++)
        buf[i] = (char)(hexval(tok[1 + 2 * i]) * 16 + hexval(tok[2 + 2 * i]));
    buf[i] = 0;
}

static size_t ndigits_last;

static void status_message(bi_status st, char *buf, size_t cap)
{
    int k = snprintf(buf, cap, "%s: ", bi_status_exc(st));
    bi_status_text(st, C.max_str_digits, ndigits_last, buf + k, cap - (size_t)k);
}

/* Checks an operation's outcome: status ST and result R against WANT. */
static void check_int(const char *what, bi_status st, bi_t *r, const char *want)
{
    if (want[0] == '!') {
        char wm[512], gm[512];
        decode_err(want, wm, sizeof wm);
        if (st == BI_OK) { FAILF("%s: got a value, want %s", what, wm); bi_free(&C, r); return; }
        status_message(st, gm, sizeof gm);
        if (strcmp(wm, gm) == 0) passed++;
        else FAILF("%s: got error '%s', want '%s'", what, gm, wm);
        return;
    }
    if (st != BI_OK) { FAILF("%s: status %d, want %s", what, st, want); return; }
    char *h = to_hex(r);
    if (str_matches(h, strlen(h), want)) passed++;
    else FAILF("%s: got %.80s, want %s", what, h, want);
    free(h);
    bi_free(&C, r);
}

static void check_bool(const char *what, int ok, const char *detail)
{
    if (ok) passed++;
    else FAILF("%s: %s", what, detail);
}

static void check_double(const char *what, bi_status st, double got, const char *want)
{
    if (want[0] == '!') { check_int(what, st, NULL, want); return; }
    if (st != BI_OK) { FAILF("%s: status %d, want %s", what, st, want); return; }
    double w = strtod(want, NULL);
    if (memcmp(&got, &w, sizeof got) == 0) passed++;
    else FAILF("%s: got %a, want %s", what, got, want);
}

/* ---- the vector file ----------------------------------------------------- */

#define MAXTOK 16

static void run_line(char **t, int nt)
{
    const char *op = t[0];
    bi_t *a = NULL, *b = NULL, *m = NULL, *r = NULL, *r2 = NULL;
    bi_status st;
    if (!strcmp(op, "limit")) {
        C.max_str_digits = strtoul(t[1], NULL, 10);
        return;
    }
    if (!strcmp(op, "add") || !strcmp(op, "sub") || !strcmp(op, "mul") || !strcmp(op, "and") ||
        !strcmp(op, "or") || !strcmp(op, "xor") || !strcmp(op, "gcd")) {
        a = parse_num(t[1]);
        b = parse_num(t[2]);
        bi_status (*f)(bi_ctx *, bi_t **, const bi_t *, const bi_t *) =
            !strcmp(op, "add") ? bi_add : !strcmp(op, "sub") ? bi_sub : !strcmp(op, "mul") ? bi_mul :
            !strcmp(op, "and") ? bi_and : !strcmp(op, "or") ? bi_or : !strcmp(op, "xor") ? bi_xor : bi_gcd;
        st = f(&C, &r, a, b);
        check_int(op, st, r, t[3]);
        if (!strcmp(op, "mul") && !strcmp(t[1], t[2])) {
            /* squaring through the same pointer */
            st = bi_mul(&C, &r, a, a);
            check_int("mul(a,a)", st, r, t[3]);
        }
    } else if (!strcmp(op, "divmod")) {
        a = parse_num(t[1]);
        b = parse_num(t[2]);
        st = bi_divmod(&C, &r, &r2, a, b);
        check_int("divmod.q", st, r, t[3]);
        check_int("divmod.r", st, r2, t[4]);
        st = bi_floordiv(&C, &r, a, b);
        check_int("floordiv", st, r, t[3]);
        st = bi_mod(&C, &r, a, b);
        check_int("mod", st, r, t[4]);
    } else if (!strcmp(op, "truediv")) {
        a = parse_num(t[1]);
        b = parse_num(t[2]);
        double q = 0;
        st = bi_truediv(&C, &q, a, b);
        check_double("truediv", st, q, t[3]);
    } else if (!strcmp(op, "pow")) {
        a = parse_num(t[1]);
        b = parse_num(t[2]);
        st = bi_pow(&C, &r, a, b);
        check_int("pow", st, r, t[3]);
    } else if (!strcmp(op, "powmod")) {
        a = parse_num(t[1]);
        b = parse_num(t[2]);
        m = parse_num(t[3]);
        st = bi_powmod(&C, &r, a, b, m);
        check_int("powmod", st, r, t[4]);
    } else if (!strcmp(op, "lshift") || !strcmp(op, "rshift")) {
        a = parse_num(t[1]);
        b = parse_num(t[2]);
        st = (op[0] == 'l' ? bi_lshift : bi_rshift)(&C, &r, a, b);
        check_int(op, st, r, t[3]);
        uint64_t n;
        if (bi_to_u64(b, &n)) {
            st = (op[0] == 'l' ? bi_lshift_u : bi_rshift_u)(&C, &r, a, n);
            check_int(op, st, r, t[3]);
        }
    } else if (!strcmp(op, "unary")) {
        a = parse_num(t[1]);
        st = bi_neg(&C, &r, a);
        check_int("neg", st, r, t[2]);
        st = bi_invert(&C, &r, a);
        check_int("invert", st, r, t[3]);
        st = bi_abs(&C, &r, a);
        check_int("abs", st, r, t[7]);
        char buf[40];
        snprintf(buf, sizeof buf, "%llx", (unsigned long long)bi_bit_length(a));
        check_bool("bit_length", !strcmp(buf, t[4]), buf);
        snprintf(buf, sizeof buf, "%llx", (unsigned long long)bi_bit_count(a));
        check_bool("bit_count", !strcmp(buf, t[5]), buf);
        int64_t h = bi_hash(a);
        snprintf(buf, sizeof buf, "%s%llx", h < 0 ? "-" : "", (unsigned long long)(h < 0 ? -(uint64_t)h : (uint64_t)h));
        check_bool("hash", !strcmp(buf, t[6]), buf);
    } else if (!strcmp(op, "cmp")) {
        a = parse_num(t[1]);
        b = parse_num(t[2]);
        int want = atoi(t[3]);
        check_bool("cmp", bi_cmp(a, b) == want, t[3]);
        check_bool("cmp swapped", bi_cmp(b, a) == -want, t[3]);
        int64_t v;
        if (bi_to_i64(b, &v)) check_bool("cmp_i64", bi_cmp_i64(a, v) == want, t[3]);
        int wa = bi_cmp_abs(a, b), ra = bi_cmp_abs(b, a);
        check_bool("cmp_abs antisymmetric", wa == -ra, "");
    } else if (!strcmp(op, "i64")) {
        a = parse_num(t[1]);
        int64_t v;
        uint64_t u;
        char buf[40];
        bool ok = bi_to_i64(a, &v);
        if (ok) snprintf(buf, sizeof buf, "%s%llx", v < 0 ? "-" : "", (unsigned long long)(v < 0 ? -(uint64_t)v : (uint64_t)v));
        else strcpy(buf, "X");
        check_bool("to_i64", !strcmp(buf, t[2]), buf);
        ok = bi_to_u64(a, &u);
        if (ok) snprintf(buf, sizeof buf, "%llx", (unsigned long long)u);
        else strcpy(buf, "X");
        check_bool("to_u64", !strcmp(buf, t[3]), buf);
        if (ok) {
            st = bi_from_u64(&C, &r, u);
            check_int("from_u64", st, r, t[1]);
        }
    } else if (!strcmp(op, "ops64")) {
        a = parse_num(t[1]);
        b = parse_num(t[2]);
        int64_t x, y;
        bi_to_i64(a, &x);
        bi_to_i64(b, &y);
        uint64_t n = strtoull(t[3], NULL, 16);
        st = bi_add_i64(&C, &r, x, y); check_int("add_i64", st, r, t[4]);
        st = bi_sub_i64(&C, &r, x, y); check_int("sub_i64", st, r, t[5]);
        st = bi_mul_i64(&C, &r, x, y); check_int("mul_i64", st, r, t[6]);
        st = bi_neg_i64(&C, &r, x); check_int("neg_i64", st, r, t[7]);
        st = bi_lshift_i64(&C, &r, x, n); check_int("lshift_i64", st, r, t[8]);
        st = bi_from_i64(&C, &r, x); check_int("from_i64", st, r, t[1]);
        /* the same through stack values */
        bi_small sa, sb;
        st = bi_mul(&C, &r, bi_small_set(&sa, x), bi_small_set(&sb, y));
        check_int("mul small", st, r, t[6]);
        st = bi_sub(&C, &r, bi_small_set(&sa, x), bi_small_set(&sb, y));
        check_int("sub small", st, r, t[5]);
    } else if (!strcmp(op, "tod")) {
        a = parse_num(t[1]);
        double d = 0;
        st = bi_to_double(a, &d);
        check_double("to_double", st, d, t[2]);
    } else if (!strcmp(op, "frexp")) {
        a = parse_num(t[1]);
        int64_t e;
        double m = bi_frexp(a, &e);
        check_double("frexp.m", BI_OK, m, t[2]);
        check_bool("frexp.e", e == (int64_t)strtoll(t[3], NULL, 16), t[3]);
    } else if (!strcmp(op, "fromd")) {
        st = bi_from_double(&C, &r, strtod(t[1], NULL));
        check_int("from_double", st, r, t[2]);
    } else if (!strcmp(op, "cmpd")) {
        a = parse_num(t[1]);
        int got = bi_cmp_double(a, strtod(t[2], NULL));
        char buf[8];
        snprintf(buf, sizeof buf, "%d", got);
        check_bool("cmp_double", !strcmp(buf, t[3]), buf);
    } else if (!strcmp(op, "isqrt")) {
        a = parse_num(t[1]);
        st = bi_isqrt(&C, &r, a);
        check_int("isqrt", st, r, t[2]);
    } else if (!strcmp(op, "tobytes")) {
        a = parse_num(t[1]);
        size_t len = strtoull(t[2], NULL, 16);
        unsigned char *buf = malloc(len + 1);
        st = bi_to_bytes(a, buf, len, t[3][0] == '1', t[4][0] == '1');
        if (t[5][0] == '!') check_int("to_bytes", st, NULL, t[5]);
        else if (st != BI_OK) FAILF("to_bytes: status %d", st);
        else {
            char *h = malloc(2 * len + 2);
            for (size_t i = 0; i < len; i++) sprintf(h + 2 * i, "%02x", buf[i]);
            if (len == 0) strcpy(h, "-");
            if (str_matches(h, strlen(h), t[5])) passed++;
            else FAILF("to_bytes: got %.80s want %s", h, t[5]);
            free(h);
        }
        free(buf);
    } else if (!strcmp(op, "frombytes")) {
        size_t len = t[1][0] == '-' ? 0 : strlen(t[1]) / 2;
        unsigned char *buf = malloc(len + 1);
        for (size_t i = 0; i < len; i++) buf[i] = (unsigned char)(hexval(t[1][2 * i]) * 16 + hexval(t[1][2 * i + 1]));
        st = bi_from_bytes(&C, &r, buf, len, t[2][0] == '1', t[3][0] == '1');
        check_int("from_bytes", st, r, t[4]);
        free(buf);
    } else if (!strcmp(op, "tostr")) {
        a = parse_num(t[1]);
        int base = atoi(t[2]);
        char *s = NULL;
        size_t len = 0;
        st = bi_to_str(&C, a, base, &s, &len);
        if (t[3][0] == '!') check_int("to_str", st, NULL, t[3]);
        else if (st != BI_OK) FAILF("to_str base %d: status %d", base, st);
        else {
            if (str_matches(s, len, t[3]) && s[len] == 0) passed++;
            else FAILF("to_str base %d: got %.60s (%zu chars), want %s", base, s, len, t[3]);
            C.a.free(C.a.ud, s, len + 1);
        }
        /* the buffer variant agrees */
        if (st == BI_OK) {
            size_t bound = bi_str_bound(a, base), l2 = 0;
            char *buf = malloc(bound);
            bi_status st2 = bi_to_str_buf(&C, a, base, buf, &l2);
            check_bool("to_str_buf", st2 == BI_OK && l2 <= bound && str_matches(buf, l2, t[3]), "differs");
            free(buf);
        }
    } else if (!strcmp(op, "fromdigits")) {
        int base = atoi(t[1]);
        const char *spec = t[2];
        bool neg = spec[0] == '-';
        if (neg) spec++;
        uint64_t seed = strtoull(spec + 1, NULL, 10);
        size_t n = strtoull(strchr(spec, '.') + 1, NULL, 10);
        char *s = malloc(n + 1);
        sm_state = seed;
        for (size_t i = 0; i < n; i++) s[i] = "0123456789abcdefghijklmnopqrstuvwxyz"[sm_next() % (uint64_t)base];
        st = bi_from_digits(&C, &r, s, n, base, neg);
        check_int("from_digits", st, r, t[3]);
        /* upper case digits give the same value */
        for (size_t i = 0; i < n; i++) if (s[i] >= 'a') s[i] -= 32;
        st = bi_from_digits(&C, &r, s, n, base, neg);
        check_int("from_digits upper", st, r, t[3]);
        free(s);
    } else if (!strcmp(op, "parse")) {
        int base = atoi(t[1]);
        /* pieces hex[*repeat] joined by '.' */
        size_t cap = 64, len = 0;
        char *s = malloc(cap);
        const char *p = t[2][0] == '-' ? "" : t[2];
        while (*p) {
            const char *e = p;
            while (*e && *e != '.' && *e != '*') e++;
            size_t hn = (size_t)(e - p) / 2, rep = 1;
            if (*e == '*') { rep = strtoull(e + 1, (char **)&e, 10); }
            for (size_t k = 0; k < rep; k++)
                for (size_t i = 0; i < hn; i++) {
                    if (len + 1 >= cap) s = realloc(s, cap *= 2);
                    s[len++] = (char)(hexval(p[2 * i]) * 16 + hexval(p[2 * i + 1]));
                }
            p = *e == '.' ? e + 1 : e;
        }
        ndigits_last = 0;
        st = bi_parse(&C, &r, s, len, base, &ndigits_last);
        if (!strcmp(t[3], "!syntax")) {
            check_bool("parse syntax", st == BI_ESYNTAX, "want a syntax error");
            if (st == BI_OK) bi_free(&C, r);
        } else {
            check_int("parse", st, r, t[3]);
        }
        free(s);
    } else {
        FAILF("unknown op %s", op);
    }
    (void)nt;
    bi_free(&C, a);
    bi_free(&C, b);
    bi_free(&C, m);
}

static void run_vectors(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) { printf("cannot open %s\n", path); failed++; return; }
    size_t cap = 1 << 16;
    char *line = malloc(cap);
    while (fgets(line, (int)cap, f)) {
        size_t l = strlen(line);
        while (l == cap - 1 && line[l - 1] != '\n') {
            line = realloc(line, cap * 2);
            if (!fgets(line + l, (int)(cap * 2 - l), f)) break;
            cap *= 2;
            l = strlen(line);
        }
        lineno++;
        if (line[0] == '#' || line[0] == '\n') continue;
        char *t[MAXTOK];
        int nt = 0;
        for (char *p = strtok(line, " \n"); p && nt < MAXTOK; p = strtok(NULL, " \n")) t[nt++] = p;
        if (nt) run_line(t, nt);
    }
    free(line);
    fclose(f);
    lineno = 0;
}

/* ---- allocation failure ------------------------------------------------------ */

typedef bi_status (*op_fn)(bi_t **r, const bi_t *a, const bi_t *b);

static bi_status f_add(bi_t **r, const bi_t *a, const bi_t *b) { return bi_add(&C, r, a, b); }
static bi_status f_mul(bi_t **r, const bi_t *a, const bi_t *b) { return bi_mul(&C, r, a, b); }
static bi_status f_sqr(bi_t **r, const bi_t *a, const bi_t *b) { (void)b; return bi_mul(&C, r, a, a); }
static bi_status f_divmod(bi_t **r, const bi_t *a, const bi_t *b)
{
    bi_t *q = NULL;
    bi_status st = bi_divmod(&C, &q, r, a, b);
    if (st == BI_OK) bi_free(&C, q);
    return st;
}
static bi_status f_floordiv(bi_t **r, const bi_t *a, const bi_t *b) { return bi_floordiv(&C, r, a, b); }
static bi_status f_truediv(bi_t **r, const bi_t *a, const bi_t *b)
{
    double d;
    bi_status st = bi_truediv(&C, &d, a, b);
    return st == BI_EDIVFLOAT ? bi_from_i64(&C, r, 1) : st ? st : bi_from_i64(&C, r, 0);
}
static bi_status f_pow(bi_t **r, const bi_t *a, const bi_t *b)
{
    (void)b;
    bi_small e;
    return bi_pow(&C, r, a, bi_small_set(&e, 37));
}
static bi_status f_powmod(bi_t **r, const bi_t *a, const bi_t *b)
{
    bi_small e;
    return bi_powmod(&C, r, a, bi_small_set(&e, 1000003), b);
}
static bi_status f_powmod_neg(bi_t **r, const bi_t *a, const bi_t *b)
{
    bi_small e;
    bi_status st = bi_powmod(&C, r, a, bi_small_set(&e, -3), b);
    return st == BI_ENOTINV ? bi_from_i64(&C, r, 0) : st;
}
static bi_status f_gcd(bi_t **r, const bi_t *a, const bi_t *b) { return bi_gcd(&C, r, a, b); }
static bi_status f_isqrt(bi_t **r, const bi_t *a, const bi_t *b)
{
    (void)b;
    bi_t *t;
    bi_status st = bi_abs(&C, &t, a);
    if (st) return st;
    st = bi_isqrt(&C, r, t);
    bi_free(&C, t);
    return st;
}
static bi_status f_xor(bi_t **r, const bi_t *a, const bi_t *b) { return bi_xor(&C, r, a, b); }
static bi_status f_shifts(bi_t **r, const bi_t *a, const bi_t *b)
{
    (void)b;
    bi_t *t;
    bi_status st = bi_lshift_u(&C, &t, a, 1000);
    if (st) return st;
    st = bi_rshift_u(&C, r, t, 1077);
    bi_free(&C, t);
    return st;
}
static bi_status f_str10(bi_t **r, const bi_t *a, const bi_t *b)
{
    (void)b;
    char *s;
    size_t n;
    bi_status st = bi_to_str(&C, a, 10, &s, &n);
    if (st) return st;
    st = bi_parse(&C, r, s, n, 0, NULL);
    C.a.free(C.a.ud, s, n + 1);
    return st;
}
static bi_status f_str7(bi_t **r, const bi_t *a, const bi_t *b)
{
    (void)b;
    char *s;
    size_t n;
    bi_status st = bi_to_str(&C, a, 7, &s, &n);
    if (st) return st;
    st = bi_parse(&C, r, s, n, 7, NULL);
    C.a.free(C.a.ud, s, n + 1);
    return st;
}
static bi_status f_from_double(bi_t **r, const bi_t *a, const bi_t *b)
{
    (void)a; (void)b;
    return bi_from_double(&C, r, -1.5e300);
}

static void alloc_failure_tests(void)
{
    struct { const char *name; op_fn f; } ops[] = {
        {"add", f_add}, {"mul", f_mul}, {"sqr", f_sqr}, {"divmod", f_divmod},
        {"floordiv", f_floordiv}, {"truediv", f_truediv}, {"pow", f_pow},
        {"powmod", f_powmod}, {"powmod-inverse", f_powmod_neg}, {"gcd", f_gcd},
        {"isqrt", f_isqrt}, {"xor", f_xor}, {"shifts", f_shifts},
        {"str10", f_str10}, {"str7", f_str7}, {"from_double", f_from_double},
    };
    size_t sizes[][2] = {{70, 50}, {3000, 2500}, {9000, 3100}, {20000, 20000}, {130, 64}, {40000, 20000}};
    C.max_str_digits = 0;
    for (size_t si = 0; si < sizeof sizes / sizeof sizes[0]; si++) {
        bi_t *a = gen(77 + si, sizes[si][0], si & 1);
        bi_t *b = gen(99 + si, sizes[si][1], 0);
        for (size_t oi = 0; oi < sizeof ops / sizeof ops[0]; oi++) {
            /* the reference result, with no failure, counts allocations */
            bi_t *ref = NULL, *r = NULL;
            long live0 = TA.live;
            TA.count = 0;
            bi_status st = ops[oi].f(&ref, a, b);
            long nalloc = TA.count;
            if (st != BI_OK) { FAILF("%s: reference run failed %d", ops[oi].name, st); continue; }
            long base_live = TA.live;
            int ok = 1;
            /* every allocation when there are few, else the first and last
             * 40 and 120 spread between */
            for (long i = 0; i <= nalloc; i++) {
                long k = i;
                if (nalloc > 200) {
                    if (i >= 200) break;
                    k = i < 40 ? i : i < 80 ? nalloc - (i - 40) : 40 + (i - 80) * (nalloc - 80) / 120;
                }
                TA.count = 0;
                TA.fail_at = k;
                r = NULL;
                st = ops[oi].f(&r, a, b);
                TA.fail_at = -1;
                if (st == BI_OK) {
                    /* only when no allocation failed */
                    if (k < nalloc) { ok = 0; printf("%s size %zu: success despite failure at %ld\n", ops[oi].name, si, k); }
                    else if (bi_cmp(r, ref) != 0) ok = 0;
                    bi_free(&C, r);
                    continue;
                }
                if (k >= nalloc || st != BI_ENOMEM) { ok = 0; printf("%s size %zu: failure at %ld gave status %d\n", ops[oi].name, si, k, st); break; }
                if (TA.live != base_live) { ok = 0; printf("%s size %zu: failure at %ld leaked %ld blocks\n", ops[oi].name, si, k, TA.live - base_live); break; }
            }
            check_bool(ops[oi].name, ok && TA.bad_free == 0, "allocation failure handling");
            bi_free(&C, ref);
            if (TA.live != live0) FAILF("%s: leaked after success", ops[oi].name);
        }
        bi_free(&C, a);
        bi_free(&C, b);
    }
}

/* ---- limits ---------------------------------------------------------------------- */

static void limit_tests(void)
{
    bi_small s1, s2;
    bi_t *r = NULL, *big;
    long before;
    /* 10 ** 10**10: refused by the estimate, before any allocation */
    const bi_t *ten = bi_small_set(&s1, 10), *e10 = bi_small_set(&s2, 10000000000);
    check_bool("pow_result_bits", bi_pow_result_bits(ten, e10) == 40000000000ull, "10**10**10 bound");
    C.max_limbs = 1 << 20;          /* 8 MB per value */
    before = TA.count;
    check_bool("pow too big", bi_pow(&C, &r, ten, e10) == BI_ETOOBIG && TA.count == before, "not refused early");
    check_bool("lshift too big", bi_lshift_u(&C, &r, ten, 1000000000000ull) == BI_ETOOBIG && TA.count == before, "1 << 10**12");
    check_bool("lshift_i64 too big", bi_lshift_i64(&C, &r, 1, 1ull << 62) == BI_ETOOBIG, "");
    check_bool("lshift bits", bi_lshift_result_bits(ten, 10) == 14 && bi_lshift_result_bits(ten, UINT64_MAX) == UINT64_MAX, "");
    /* exponent beyond 64 bits */
    bi_t *huge_e = gen(5, 100, 0);
    check_bool("pow huge exp", bi_pow(&C, &r, ten, huge_e) == BI_ETOOBIG, "");
    check_bool("pow_result_bits huge", bi_pow_result_bits(ten, huge_e) == UINT64_MAX, "");
    bi_t *one;
    must(bi_from_i64(&C, &one, -1), "one");
    must(bi_pow(&C, &r, one, huge_e), "(-1)**huge");
    check_bool("(-1)**huge", bi_cmp_i64(r, (huge_e->d[0] & 1) ? -1 : 1) == 0, "");
    bi_free(&C, r);
    bi_free(&C, one);
    bi_free(&C, huge_e);
    /* max_limbs bounds each result */
    C.max_limbs = 100;
    bi_t *a = gen(11, 64 * 60, 0);
    check_bool("mul over max_limbs", bi_mul(&C, &r, a, a) == BI_ETOOBIG, "");
    check_bool("add under max_limbs", bi_add(&C, &r, a, a) == BI_OK, "");
    bi_free(&C, r);
    check_bool("from_digits over max_limbs", bi_from_digits(&C, &r, "1000000000000000000000000000000", 31, 10, false) == BI_OK, "");
    bi_free(&C, r);
    {
        size_t n = 10000;
        char *s = malloc(n);
        memset(s, '9', n);
        C.max_str_digits = 0;
        check_bool("from_digits too big", bi_from_digits(&C, &r, s, n, 10, false) == BI_ETOOBIG, "");
        memset(s, '0', n - 1);
        check_bool("leading zeros do not count", bi_from_digits(&C, &r, s, n, 16, false) == BI_OK, "");
        bi_free(&C, r);
        free(s);
    }
    bi_free(&C, a);
    C.max_limbs = 0;
    /* str limit: a value with far too many digits is refused without
     * converting (no allocations at all) */
    C.max_str_digits = 4300;
    big = gen(3, 2000000, 0);
    char *s;
    size_t n;
    before = TA.count;
    check_bool("str limit early", bi_to_str(&C, big, 10, &s, &n) == BI_ESTRLIMIT_OUT && TA.count == before, "");
    must(bi_to_str(&C, big, 16, &s, &n), "hex of a big value");   /* powers of two: no limit */
    check_bool("hex length", n == 500000, "");
    C.a.free(C.a.ud, s, n + 1);
    bi_free(&C, big);
    C.max_str_digits = 0;
    /* bad arguments */
    check_bool("base 1", bi_to_str(&C, ten, 1, &s, &n) == BI_EARG && bi_parse(&C, &r, "1", 1, 1, NULL) == BI_EARG, "");
    check_bool("base 37", bi_from_digits(&C, &r, "1", 1, 37, false) == BI_EARG, "");
    check_bool("nan", bi_from_double(&C, &r, NAN) == BI_EARG && bi_from_double(&C, &r, -INFINITY) == BI_EARG, "");
    check_bool("neg exp", bi_pow(&C, &r, ten, bi_small_set(&s2, -1)) == BI_EARG, "");
    check_bool("pow mod 0", bi_powmod(&C, &r, ten, ten, bi_small_set(&s2, 0)) == BI_EMODZERO, "");
    check_bool("div 0", bi_divmod(&C, &r, NULL, ten, bi_small_set(&s2, 0)) == BI_EZERODIV, "");
    check_bool("empty digits", bi_from_digits(&C, &r, "", 0, 10, false) == BI_ESYNTAX, "");
    check_bool("status names", !strcmp(bi_status_exc(BI_ETOOBIG), "MemoryError") &&
               !strcmp(bi_status_exc(BI_EZERODIV), "ZeroDivisionError"), "");
}

/* ---- self-consistency on big random values ---------------------------------- */

/* naive schoolbook product, independent of the kernel */
static bi_t *naive_mul(const bi_t *a, const bi_t *b)
{
    size_t na = bi_nlimbs(a), nb = bi_nlimbs(b);
    uint64_t *d = calloc(na + nb + 1, 8);
    for (size_t i = 0; i < na; i++) {
        unsigned __int128 cy = 0;
        for (size_t j = 0; j < nb; j++) {
            unsigned __int128 t = (unsigned __int128)a->d[i] * b->d[j] + d[i + j] + cy;
            d[i + j] = (uint64_t)t;
            cy = t >> 64;
        }
        d[i + nb] = (uint64_t)cy;
    }
    bi_t *r = mk(d, na + nb, (a->size < 0) != (b->size < 0));
    free(d);
    return r;
}

static void consistency_tests(void)
{
    uint64_t seed = 424242;
    C.max_str_digits = 0;
    for (int i = 0; i < 250; i++) {
        sm_state = seed++ * 7919;
        size_t ba = 1 + sm_next() % (i < 200 ? 20000 : 150000);
        size_t bb = sm_next() % 3 ? 1 + sm_next() % (ba + 200) : ba;
        bi_t *a = gen(seed * 3, ba, i & 1), *b = gen(seed * 5, bb, i & 2);
        bi_t *p, *q, *r, *t, *u;
        /* Karatsuba (and the lopsided split) against schoolbook */
        must(bi_mul(&C, &p, a, b), "mul");
        if (ba + bb < 60000) {
            bi_t *ref = naive_mul(a, b);
            check_bool("mul vs naive", bi_cmp(p, ref) == 0, "");
            bi_free(&C, ref);
        }
        /* (a*b + r0) divmod b gives back a and r0 */
        must(bi_divmod(&C, &q, &r, p, b), "divmod");
        check_bool("(a*b)//b", bi_cmp(q, a) == 0 && r->size == 0, "");
        bi_free(&C, q); bi_free(&C, r);
        must(bi_divmod(&C, &q, &r, a, b), "divmod");
        must(bi_mul(&C, &t, q, b), "mul");
        must(bi_add(&C, &u, t, r), "add");
        check_bool("q*b + r == a", bi_cmp(u, a) == 0 && (r->size == 0 || (r->size < 0) == (b->size < 0)) &&
                   bi_cmp_abs(r, b) < 0, "");
        bi_free(&C, q); bi_free(&C, r); bi_free(&C, t); bi_free(&C, u);
        /* decimal and other bases round trip */
        int base = i % 5 == 0 ? 10 : 2 + (int)(sm_next() % 35);
        char *s;
        size_t n;
        must(bi_to_str(&C, p, base, &s, &n), "to_str");
        bi_t *back;
        bi_status st = bi_parse(&C, &back, s, n, base, NULL);
        check_bool("str round trip", st == BI_OK && bi_cmp(back, p) == 0, "");
        if (st == BI_OK) bi_free(&C, back);
        C.a.free(C.a.ud, s, n + 1);
        /* squaring agrees with multiplication */
        bi_t *c2;
        must(bi_copy(&C, &c2, a), "copy");
        must(bi_mul(&C, &t, a, a), "sqr");
        must(bi_mul(&C, &u, a, c2), "mul");
        check_bool("sqr == mul", bi_cmp(t, u) == 0, "");
        /* isqrt of a square */
        if (i < 60) {
            bi_t *sq;
            must(bi_abs(&C, &sq, a), "abs");
            bi_free(&C, u);
            must(bi_isqrt(&C, &u, t), "isqrt");
            check_bool("isqrt(a*a)", bi_cmp(u, sq) == 0, "");
            bi_free(&C, sq);
        }
        bi_free(&C, t); bi_free(&C, u); bi_free(&C, c2);
        bi_free(&C, p); bi_free(&C, a); bi_free(&C, b);
    }
    /* every base, every size up to a few limbs: digits round trip */
    for (int base = 2; base <= 36; base++) {
        for (size_t bits = 0; bits < 400; bits += 7) {
            bi_t *a = gen((uint64_t)base * 1000 + bits, bits, bits & 1), *back;
            char *s;
            size_t n;
            must(bi_to_str(&C, a, base, &s, &n), "to_str");
            bi_status st = bi_parse(&C, &back, s, n, base, NULL);
            check_bool("base round trip", st == BI_OK && bi_cmp(back, a) == 0, s);
            if (st == BI_OK) bi_free(&C, back);
            C.a.free(C.a.ud, s, n + 1);
            bi_free(&C, a);
        }
    }
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc < 2) { printf("usage: %s tests/unit/bigint_vectors.txt\n", argv[0]); return 2; }
    run_vectors(argv[1]);
    int v = passed, vf = failed;
    printf("vectors: %d passed, %d failed\n", v, vf);
    limit_tests();
    alloc_failure_tests();
    consistency_tests();
    if (TA.live != 0) FAILF("leak: %ld blocks (%zu bytes) outstanding", TA.live, TA.live_bytes);
    if (TA.bad_free) FAILF("%d frees with a wrong size", TA.bad_free);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
