/* Tests of src/unicode/ against CPython 3.14: test vectors from
 * tools/gen_unicode_checks.py (tests/unit/unicode_vectors.txt, or the path in
 * argv[1]) and a few hand-written cases.  Identifier and printable flags,
 * names (through a CRC of every name), single-character NFKC, the str-method
 * classes, numeric values, category, bidi class, combining class and the
 * one-character str case methods (through a CRC per property) are checked
 * for every code point; the case methods of strings (final sigma, title,
 * capitalize, swapcase) on listed and on 20000 generated strings.  Prints
 * "N passed, N failed"; exits 1 on failure. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "unicode/unicode.h"
#include "util/utf8.h"

#define MAXCP 0x110000u

static int passed, failed;

static void check(int ok, const char *what, const char *detail)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    if (failed <= 60)
        fprintf(stderr, "FAIL: %s%s%s\n", what, detail ? ": " : "", detail ? detail : "");
}

/* ------------------------------------------------------------ helpers */

static uint32_t crc_table[256];

static void crc_init(void)
{
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++)
            c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[i] = c;
    }
}

static uint32_t crc_update(uint32_t crc, const void *data, size_t n)
{
    const unsigned char *p = data;
    crc = ~crc;
    while (n--)
        crc = crc_table[(crc ^ *p++) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

/* Parses hex code points from S up to ';' or the end; returns the count. */
static size_t parse_cps(const char **sp, uint32_t *out, size_t max)
{
    const char *s = *sp;
    size_t n = 0;
    for (;;) {
        while (*s == ' ')
            s++;
        if (*s == '\0' || *s == ';' || *s == '\n')
            break;
        char *end;
        unsigned long v = strtoul(s, &end, 16);
        if (end == s)
            break;
        if (n < max)
            out[n++] = (uint32_t)v;
        s = end;
    }
    *sp = s;
    return n;
}

static size_t encode_cps(const uint32_t *cps, size_t n, char *buf)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += (size_t)utf8_encode(cps[i], buf + len);
    return len;
}

static void describe_cps(char *out, size_t outsize, const char *label,
                         const uint32_t *cps, size_t n)
{
    size_t len = strlen(out);
    len += (size_t)snprintf(out + len, outsize - len, "%s", label);
    for (size_t i = 0; i < n && len + 12 < outsize; i++)
        len += (size_t)snprintf(out + len, outsize - len, " %X", cps[i]);
}

/* NFKC of CPS[0..n) against EXPECT[0..m). */
static void check_nfkc(const char *what, const uint32_t *cps, size_t n,
                       const uint32_t *expect, size_t m)
{
    char in[4 * 256], want[4 * 256];
    size_t inlen = encode_cps(cps, n, in);
    size_t wantlen = encode_cps(expect, m, want);
    char *out = NULL;
    size_t outlen = 0;
    int r = uc_nfkc(in, inlen, &out, &outlen);
    int ok = r == 0 && outlen == wantlen && memcmp(out, want, wantlen) == 0
             && out[outlen] == '\0';
    if (!ok) {
        char d[600] = "";
        describe_cps(d, sizeof d, "in", cps, n);
        describe_cps(d, sizeof d, " want", expect, m);
        if (r == 0) {
            uint32_t got[256];
            size_t g = 0;
            for (size_t i = 0; i < outlen && g < 256;) {
                int l = utf8_decode(out + i, outlen - i, &got[g], 1);
                if (l == 0)
                    break;
                i += (size_t)l;
                g++;
            }
            describe_cps(d, sizeof d, " got", got, g);
        } else {
            strcat(d, " got error");
        }
        check(0, what, d);
    } else {
        check(1, what, NULL);
    }
    free(out);
}

/* ------------------------------------------------------------ vectors */

static unsigned char *set_s, *set_c, *set_p, *k1_listed;

static void mark(unsigned char *set, uint32_t a, uint32_t b)
{
    for (uint32_t c = a; c <= b && c < MAXCP; c++)
        set[c] = 1;
}

static void check_property(const char *what, int (*fn)(uint32_t), const unsigned char *set)
{
    unsigned bad = 0;
    for (uint32_t c = 0; c < MAXCP; c++) {
        if (!!fn(c) != set[c]) {
            if (++bad <= 5)
                fprintf(stderr, "  %s(U+%04X) = %d, want %d\n", what, c, fn(c), set[c]);
        }
    }
    char d[64];
    snprintf(d, sizeof d, "%u code points differ", bad);
    check(bad == 0, what, d);
}

static void check_all_names(uint32_t want_count, uint32_t want_crc)
{
    uint32_t count = 0, crc = 0;
    unsigned bad_round = 0;
    char name[UC_NAME_BUFSIZE], line[UC_NAME_BUFSIZE + 16], lower[UC_NAME_BUFSIZE];
    for (uint32_t c = 0; c < MAXCP; c++) {
        int len = uc_name(c, name, sizeof name);
        if (len <= 0)
            continue;
        count++;
        int l = snprintf(line, sizeof line, "%X %s\n", c, name);
        crc = crc_update(crc, line, (size_t)l);
        /* Every name finds its character again, in any case but for the two
         * kinds CPython matches in capitals only. */
        uint32_t got = 0;
        if (!uc_lookup_name(name, (size_t)len, &got) || got != c) {
            if (++bad_round <= 5)
                fprintf(stderr, "  lookup(%s) failed\n", name);
        }
        for (int i = 0; i <= len; i++)
            lower[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] + 32 : name[i]);
        int caps_only = strncmp(name, "CJK UNIFIED IDEOGRAPH-", 22) == 0
                        || strncmp(name, "HANGUL SYLLABLE ", 16) == 0;
        int found = uc_lookup_name(lower, (size_t)len, &got);
        if (caps_only ? found : !found || got != c) {
            if (++bad_round <= 5)
                fprintf(stderr, "  lookup(%s) wrong\n", lower);
        }
    }
    char d[128];
    snprintf(d, sizeof d, "%u names, crc %08X; want %u, %08X", count, crc, want_count, want_crc);
    check(count == want_count && crc == want_crc, "every uc_name() as unicodedata.name()", d);
    snprintf(d, sizeof d, "%u failures", bad_round);
    check(bad_round == 0, "every name looked up again", d);
}

static void check_all_nfkc_singles(void)
{
    unsigned bad = 0;
    char in[8];
    for (uint32_t c = 0; c < MAXCP; c++) {
        if (k1_listed[c])
            continue;
        int n = utf8_encode(c, in);
        char *out = NULL;
        size_t outlen;
        if (uc_nfkc(in, (size_t)n, &out, &outlen) != 0 || outlen != (size_t)n
            || memcmp(out, in, (size_t)n) != 0) {
            if (++bad <= 5)
                fprintf(stderr, "  nfkc(U+%04X) changed it\n", c);
        }
        free(out);
    }
    char d[64];
    snprintf(d, sizeof d, "%u code points changed", bad);
    check(bad == 0, "NFKC leaves every other single character", d);
}

/* ------------------------------------------------------------ classes, case */

static const char *const flag_names[] = {
    "alpha", "decimal", "digit", "numeric", "alnum", "space", "linebreak",
    "lower", "upper", "istitle", "title", "cased", "ignorable",
};
#define N_FLAGS (sizeof flag_names / sizeof *flag_names)

static int is_istitle1(uint32_t c)
{
    return uc_is_title(c) || uc_is_upper(c);     /* str.istitle() of one character */
}

static int (*const flag_fns[N_FLAGS])(uint32_t) = {
    uc_is_alpha, uc_is_decimal, uc_is_digit, uc_is_numeric, uc_is_alnum, uc_is_space,
    uc_is_linebreak, uc_is_lower, uc_is_upper, is_istitle1, uc_is_title, uc_is_cased,
    uc_is_case_ignorable,
};

static int flag_mask(uint32_t c)
{
    int m = 0;
    for (size_t i = 0; i < N_FLAGS; i++)
        if (flag_fns[i](c))
            m |= 1 << i;
    return m;
}

/* Appends " %X" of each of CPS[0..n) at OUT (as hexs() writes them, without
 * the first space). */
static size_t put_cps(char *out, const uint32_t *cps, size_t n)
{
    size_t len = 0;
    for (size_t i = 0; i < n; i++)
        len += (size_t)sprintf(out + len, i ? " %X" : "%X", cps[i]);
    out[len] = '\0';
    return len;
}

/* str.swapcase() and str.capitalize() of one character, from the API. */
static int swapcase1(uint32_t c, uint32_t *out)
{
    if (uc_is_upper(c))
        return uc_to_lower(c, out);
    if (uc_is_lower(c))
        return uc_to_upper(c, out);
    out[0] = c;
    return 1;
}

static int (*const map_fns[])(uint32_t, uint32_t *) = {
    uc_to_lower, uc_to_upper, uc_to_title, uc_casefold, swapcase1, uc_to_title,
};
static const char *const map_names[] = {
    "tolower", "toupper", "totitle", "casefold", "swapcase", "capitalize",
};

/* The text of property NAME of C as a Q line's CRC covers it ("" when C has
 * the default), or NULL for an unknown property. */
static const char *prop_text(const char *name, uint32_t c, char *buf)
{
    buf[0] = '\0';
    for (size_t i = 0; i < N_FLAGS; i++)
        if (strcmp(name, flag_names[i]) == 0)
            return flag_fns[i](c) ? "1" : "";
    for (size_t i = 0; i < sizeof map_names / sizeof *map_names; i++) {
        if (strcmp(name, map_names[i]) == 0) {
            uint32_t m[UC_CASE_MAX];
            int k = map_fns[i](c, m);
            if (k < 1 || k > UC_CASE_MAX)
                return "bad count";
            if (!(k == 1 && m[0] == c))
                put_cps(buf, m, (size_t)k);
            return buf;
        }
    }
    if (strcmp(name, "decval") == 0 || strcmp(name, "digval") == 0) {
        int v = name[1] == 'e' ? uc_decimal_value(c) : uc_digit_value(c);
        if (v >= 0)
            sprintf(buf, "%d", v);
        return buf;
    }
    if (strcmp(name, "numval") == 0) {
        if (uc_is_numeric(c))
            sprintf(buf, "%.17g", uc_numeric_value(c));
        else if (uc_numeric_value(c) != -1.0)
            return "not -1";
        return buf;
    }
    if (strcmp(name, "category") == 0) {
        const char *v = uc_category(c);
        return strcmp(v, "Cn") == 0 ? "" : v;
    }
    if (strcmp(name, "bidi") == 0)
        return uc_bidirectional(c);
    if (strcmp(name, "combining") == 0) {
        if (uc_combining(c))
            sprintf(buf, "%d", uc_combining(c));
        return buf;
    }
    return NULL;
}

/* A Q line: every code point's PROP against COUNT and CRC. */
static void check_all_prop(const char *prop, uint32_t want_count, uint32_t want_crc)
{
    uint32_t count = 0, crc = 0;
    char buf[64], line[96];
    /* Flags are listed as "%X\n", values as "%X value\n". */
    int flag = 0;
    for (size_t i = 0; i < N_FLAGS; i++)
        if (strcmp(prop, flag_names[i]) == 0)
            flag = 1;
    for (uint32_t c = 0; c < MAXCP; c++) {
        const char *v = prop_text(prop, c, buf);
        if (!v) {
            check(0, "known property", prop);
            return;
        }
        if (!*v)
            continue;
        int l = flag ? snprintf(line, sizeof line, "%X\n", c)
                     : snprintf(line, sizeof line, "%X %s\n", c, v);
        crc = crc_update(crc, line, (size_t)l);
        count++;
    }
    char d[128];
    snprintf(d, sizeof d, "%s: %u code points, crc %08X; want %u, %08X", prop, count, crc,
             want_count, want_crc);
    check(count == want_count && crc == want_crc, "property over every code point", d);
}

/* A Z line: everything about one character. */
static void check_char_line(const char *line)
{
    char *end;
    uint32_t c = (uint32_t)strtoul(line, &end, 16);
    int mask = (int)strtol(end, &end, 16);
    char cat[8], bidi[8], num[40];
    int ccc, dec, dig, used = 0;
    if (sscanf(end, " %7s %7s %d %d %d %39s ;%n", cat, bidi, &ccc, &dec, &dig, num, &used) < 6
        || used == 0) {
        check(0, "vector syntax", line);
        return;
    }
    const char *s = end + used;
    char got[256] = "", want[256] = "", d[700];
    uint32_t m[UC_CASE_MAX], w[8];
    /* The six mappings, each up to ';'. */
    int ok = 1;
    for (size_t i = 0; i < 6; i++) {
        size_t wn = parse_cps(&s, w, 8);
        if (*s == ';')
            s++;
        int k = map_fns[i](c, m);
        if (k < 1 || k > UC_CASE_MAX || (size_t)k != wn || memcmp(m, w, wn * sizeof *w) != 0) {
            ok = 0;
            describe_cps(got, sizeof got, map_names[i], m, k > 0 && k <= 3 ? (size_t)k : 0);
            describe_cps(want, sizeof want, map_names[i], w, wn);
        }
    }
    char gotnum[40] = "-";
    if (uc_is_numeric(c))
        snprintf(gotnum, sizeof gotnum, "%.17g", uc_numeric_value(c));
    const char *gb = *uc_bidirectional(c) ? uc_bidirectional(c) : "-";
    if (flag_mask(c) != mask || strcmp(uc_category(c), cat) != 0 || strcmp(gb, bidi) != 0
        || uc_combining(c) != ccc || uc_decimal_value(c) != dec || uc_digit_value(c) != dig
        || strcmp(gotnum, num) != 0)
        ok = 0;
    if (!ok) {
        snprintf(d, sizeof d, "U+%04X: got %X %s %s %d %d %d %s%s; want %X %s %s %d %d %d %s%s", c,
                 flag_mask(c), uc_category(c), gb, uc_combining(c), uc_decimal_value(c),
                 uc_digit_value(c), gotnum, got, mask, cat, bidi, ccc, dec, dig, num, want);
        check(0, "one character's properties", d);
    } else {
        check(1, NULL, NULL);
    }
}

static const uc_case_op case_ops[6] = {
    UC_LOWER, UC_UPPER, UC_CASEFOLD, UC_CAPITALIZE, UC_TITLE, UC_SWAPCASE,
};
static const char *const case_op_names[6] = {
    "lower", "upper", "casefold", "capitalize", "title", "swapcase",
};

/* uc_case_utf8(OP) of CPS[0..n) as code points in OUT (room for 3n);
 * returns the count, or -1 on error. */
static long case_cps(uc_case_op op, const uint32_t *cps, size_t n, uint32_t *out)
{
    char in[4 * 64], res[UC_CASE_GROWTH * 4 * 64];
    if (n > 64)
        return -1;
    size_t inlen = encode_cps(cps, n, in);
    size_t len = uc_case_utf8(op, in, inlen, res);
    if (len == (size_t)-1 || len > UC_CASE_GROWTH * inlen)
        return -1;
    long k = 0;
    for (size_t i = 0; i < len;) {
        int l = utf8_decode(res + i, len - i, &out[k], 1);
        if (l == 0)
            return -1;
        i += (size_t)l;
        k++;
    }
    return k;
}

/* str.lower() built from uc_to_lower() and uc_lower_sigma_is_final(). */
static size_t lower_by_chars(const uint32_t *cps, size_t n, uint32_t *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (cps[i] == 0x3A3)
            out[k++] = uc_lower_sigma_is_final(cps, n, i) ? 0x3C2 : 0x3C3;
        else
            k += (size_t)uc_to_lower(cps[i], out + k);
    }
    return k;
}

/* A T line: the six case methods of a string. */
static void check_case_line(const char *line)
{
    const char *s = line;
    uint32_t in[64], want[192], got[192];
    size_t n = parse_cps(&s, in, 64);
    if (*s != ';' || n == 0) {
        check(0, "vector syntax", line);
        return;
    }
    for (int op = 0; op < 6; op++) {
        s++;
        size_t m = parse_cps(&s, want, 192);
        long k = case_cps(case_ops[op], in, n, got);
        int ok = k == (long)m && memcmp(got, want, m * sizeof *want) == 0;
        if (ok && case_ops[op] == UC_LOWER) {
            size_t k2 = lower_by_chars(in, n, got);
            ok = k2 == m && memcmp(got, want, m * sizeof *want) == 0;
        }
        if (!ok) {
            char d[600] = "";
            describe_cps(d, sizeof d, case_op_names[op], in, n);
            describe_cps(d, sizeof d, " want", want, m);
            describe_cps(d, sizeof d, " got", got, k > 0 ? (size_t)k : 0);
            check(0, "str case method of a string", d);
        } else {
            check(1, NULL, NULL);
        }
        if (op < 5 && *s != ';') {
            check(0, "vector syntax", line);
            return;
        }
    }
}

static uint32_t *rand_pool;
static size_t rand_pool_n, rand_pool_cap;

static uint32_t xorshift32(uint32_t x)
{
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    return x;
}

/* An R line: COUNT random strings from the pool through the six methods. */
static void check_random_strings(uint32_t seed, uint32_t count, uint32_t want_crc)
{
    uint32_t x = seed, crc = 0;
    uint32_t in[8], out[24];
    char text[24 * 9 + 2];
    unsigned errors = 0;
    if (rand_pool_n == 0) {
        check(0, "random string pool (RP lines)", NULL);
        return;
    }
    for (uint32_t r = 0; r < count; r++) {
        x = xorshift32(x);
        size_t n = 1 + x % 8;
        for (size_t i = 0; i < n; i++) {
            x = xorshift32(x);
            in[i] = rand_pool[x % rand_pool_n];
        }
        for (int op = 0; op < 6; op++) {
            long k = case_cps(case_ops[op], in, n, out);
            if (k < 0) {
                errors++;
                continue;
            }
            size_t l = put_cps(text, out, (size_t)k);
            text[l++] = '\n';
            crc = crc_update(crc, text, l);
        }
    }
    char d[128];
    snprintf(d, sizeof d, "%u strings: crc %08X, want %08X; %u errors", count, crc, want_crc, errors);
    check(crc == want_crc && errors == 0, "str case methods of random strings", d);
}

static int run_vectors(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        check(0, "open the vector file", path);
        return -1;
    }
    set_s = calloc(MAXCP, 1);
    set_c = calloc(MAXCP, 1);
    set_p = calloc(MAXCP, 1);
    k1_listed = calloc(MAXCP, 1);
    if (!set_s || !set_c || !set_p || !k1_listed) {
        fclose(f);
        check(0, "allocate", NULL);
        return -1;
    }
    char line[4096];
    int ended = 0, have_h = 0;
    uint32_t h_count = 0, h_crc = 0;
    while (fgets(line, sizeof line, f)) {
        size_t len = strlen(line);
        if (len && line[len - 1] == '\n')
            line[--len] = '\0';
        if (line[0] == '#' || len == 0)
            continue;
        const char *s;
        uint32_t a[256], b[256];
        if (line[0] == 'E' && line[1] == '\0') {
            ended = 1;
        } else if ((line[0] == 'S' || line[0] == 'C' || line[0] == 'P') && line[1] == ' ') {
            s = line + 2;
            if (parse_cps(&s, a, 2) != 2) {
                check(0, "vector syntax", line);
                continue;
            }
            mark(line[0] == 'S' ? set_s : line[0] == 'C' ? set_c : set_p, a[0], a[1]);
        } else if (line[0] == 'K') {
            int single = line[1] == '1';
            s = line + (single ? 3 : 2);
            size_t n = parse_cps(&s, a, 256);
            if (*s != ';') {
                check(0, "vector syntax", line);
                continue;
            }
            s++;
            size_t m = parse_cps(&s, b, 256);
            if (single && n == 1)
                k1_listed[a[0]] = 1;
            check_nfkc(single ? "NFKC of a character" : "NFKC of a sequence", a, n, b, m);
        } else if (line[0] == 'N' && line[1] == ' ') {
            char *end;
            uint32_t want = (uint32_t)strtoul(line + 2, &end, 16);
            const char *name = end + 1;
            uint32_t got = 0xFFFFFFFF;
            int found = uc_lookup_name(name, strlen(name), &got);
            char d[200];
            snprintf(d, sizeof d, "\"%.150s\" gave %s %X, want %X", name, found ? "" : "nothing", got, want);
            check(found == 1 && got == want, "\\N{} lookup", d);
        } else if (line[0] == 'X' && line[1] == ' ') {
            const char *name = line + 2;
            uint32_t got = 0;
            int found = uc_lookup_name(name, strlen(name), &got);
            char d[200];
            snprintf(d, sizeof d, "\"%.150s\" gave %X", name, got);
            check(!found, "\\N{} lookup of a non-name", d);
        } else if (line[0] == 'M' && line[1] == ' ') {
            char *end;
            uint32_t cp = (uint32_t)strtoul(line + 2, &end, 16);
            const char *want = *end == ' ' ? end + 1 : "";
            char name[UC_NAME_BUFSIZE];
            int r = uc_name(cp, name, sizeof name);
            char d[300];
            snprintf(d, sizeof d, "U+%04X gave %d \"%.100s\", want \"%.100s\"", cp, r, name, want);
            check(r == (int)strlen(want) && strcmp(name, want) == 0, "uc_name", d);
        } else if (line[0] == 'Q' && line[1] == ' ') {
            char prop[32];
            uint32_t cnt, crc;
            if (sscanf(line + 2, "%31s %u %x", prop, &cnt, &crc) != 3)
                check(0, "vector syntax", line);
            else
                check_all_prop(prop, cnt, crc);
        } else if (line[0] == 'Z' && line[1] == ' ') {
            check_char_line(line + 2);
        } else if (line[0] == 'T' && line[1] == ' ') {
            check_case_line(line + 2);
        } else if (line[0] == 'R' && line[1] == 'P' && line[2] == ' ') {
            s = line + 3;
            size_t n = parse_cps(&s, a, 256);
            if (rand_pool_n + n > rand_pool_cap) {
                size_t cap = (rand_pool_n + n) * 2;
                uint32_t *p = realloc(rand_pool, cap * sizeof *p);
                if (!p) {
                    check(0, "allocate", NULL);
                    continue;
                }
                rand_pool = p;
                rand_pool_cap = cap;
            }
            memcpy(rand_pool + rand_pool_n, a, n * sizeof *a);
            rand_pool_n += n;
        } else if (line[0] == 'R' && line[1] == ' ') {
            uint32_t seed, cnt, crc;
            if (sscanf(line + 2, "%x %u %x", &seed, &cnt, &crc) != 3)
                check(0, "vector syntax", line);
            else
                check_random_strings(seed, cnt, crc);
        } else if (line[0] == 'H' && line[1] == ' ') {
            have_h = sscanf(line + 2, "%u %x", &h_count, &h_crc) == 2;
        } else {
            check(0, "vector syntax", line);
        }
    }
    fclose(f);
    check(ended, "vector file complete (E line)", path);
    check_property("uc_is_id_start", uc_is_id_start, set_s);
    check_property("uc_is_id_continue", uc_is_id_continue, set_c);
    check_property("uc_is_printable", uc_is_printable, set_p);
    check_all_nfkc_singles();
    check(have_h, "vector file has the names' CRC", NULL);
    if (have_h)
        check_all_names(h_count, h_crc);
    free(set_s);
    free(set_c);
    free(set_p);
    free(k1_listed);
    free(rand_pool);
    return 0;
}

/* ------------------------------------------------------------ by hand */

static int nfkc_is(const char *in, size_t n, const char *want)
{
    char *out = NULL;
    size_t outlen = 0;
    if (uc_nfkc(in, n, &out, &outlen) != 0)
        return 0;
    int ok = outlen == strlen(want) && memcmp(out, want, outlen) == 0 && out[outlen] == '\0';
    free(out);
    return ok;
}

static int lookup_is(const char *name, uint32_t want)
{
    uint32_t got = 0;
    return uc_lookup_name(name, strlen(name), &got) == 1 && got == want;
}

static void hand_tests(void)
{
    check(uc_is_id_start('_') && uc_is_id_start('a') && uc_is_id_start('Z'), "id_start ASCII", NULL);
    check(!uc_is_id_start('0') && !uc_is_id_start('$') && !uc_is_id_start(' '), "not id_start", NULL);
    check(uc_is_id_continue('0') && uc_is_id_continue('_') && !uc_is_id_continue('-'),
          "id_continue ASCII", NULL);
    check(uc_is_id_start(0x00E9) && uc_is_id_start(0x4E00) && uc_is_id_start(0x1D400),
          "id_start non-ASCII", NULL);
    check(!uc_is_id_start(0x0301) && uc_is_id_continue(0x0301), "combining mark continues", NULL);
    check(!uc_is_id_start(0x110000) && !uc_is_id_continue(0xFFFFFFFF) && !uc_is_printable(0x110000),
          "beyond U+10FFFF", NULL);
    check(uc_is_printable(' ') && !uc_is_printable('\n') && !uc_is_printable(0x7F)
          && !uc_is_printable(0xA0) && uc_is_printable(0xE9) && !uc_is_printable(0xD800),
          "printable", NULL);

    check(nfkc_is("", 0, ""), "NFKC of nothing", NULL);
    check(nfkc_is("abc", 3, "abc"), "NFKC of ASCII", NULL);
    check(nfkc_is("caf\xc3\xa9", 5, "caf\xc3\xa9"), "NFKC of composed text", NULL);
    check(nfkc_is("cafe\xcc\x81", 6, "caf\xc3\xa9"), "NFKC composes", NULL);
    check(nfkc_is("\xef\xac\x81le", 5, "file"), "NFKC of a ligature", NULL);
    check(nfkc_is("x\xe2\x84\xabx", 5, "x\xc3\x85x"), "NFKC of ANGSTROM SIGN", NULL);
    check(nfkc_is("\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8", 9, "\xea\xb0\x81"), "NFKC Hangul", NULL);
    {
        char *out = NULL;
        size_t outlen = 0;
        int r = uc_nfkc("a\0\xc3\xa9", 4, &out, &outlen);
        check(r == 0 && outlen == 4 && memcmp(out, "a\0\xc3\xa9", 4) == 0, "NFKC keeps NUL", NULL);
        free(out);
    }
    {
        char *out = (char *)1;
        size_t outlen = 7;
        check(uc_nfkc("\xff", 1, &out, &outlen) == -1, "NFKC rejects a bad byte", NULL);
        check(uc_nfkc("a\xc3", 2, &out, &outlen) == -1, "NFKC rejects a cut sequence", NULL);
        check(uc_nfkc("\xc3\xa9\xe0\x80\x80", 5, &out, &outlen) == -1, "NFKC rejects overlong", NULL);
        check(uc_nfkc("\xe2\x84\xab\xc0\xaf", 5, &out, &outlen) == -1, "NFKC rejects late overlong", NULL);
    }
    check(nfkc_is("\xed\xa0\x80\xcc\x81", 5, "\xed\xa0\x80\xcc\x81"), "NFKC leaves a surrogate", NULL);
    {
        /* A long run of marks in reverse class order: the sort path. */
        size_t n = 4000;
        char *in = malloc(2 * n + 1), *want = malloc(2 * n + 1);
        if (in && want) {
            in[0] = want[0] = 'x';
            for (size_t i = 0; i < n / 2; i++) {
                memcpy(in + 1 + 4 * i, "\xcc\x81\xcc\xa3", 4);        /* 0301 (230), 0323 (220) */
                memcpy(want + 1 + 2 * i, "\xcc\xa3", 2);
                memcpy(want + 1 + n + 2 * i, "\xcc\x81", 2);
            }
            /* Neither mark composes with x. */
            char *out = NULL;
            size_t outlen = 0;
            int r = uc_nfkc(in, 2 * n + 1, &out, &outlen);
            check(r == 0 && outlen == 2 * n + 1 && memcmp(out, want, outlen) == 0,
                  "long mark run is sorted stably", NULL);
            free(out);
        } else {
            check(0, "allocate", NULL);
        }
        free(in);
        free(want);
    }

    check(lookup_is("SNOWMAN", 0x2603) && lookup_is("snowman", 0x2603), "lookup SNOWMAN", NULL);
    check(lookup_is("NULL", 0) && lookup_is("line feed", 10) && lookup_is("LATIN CAPITAL LETTER GHA", 0x1A2),
          "lookup aliases", NULL);
    check(lookup_is("CJK UNIFIED IDEOGRAPH-4E00", 0x4E00) && !lookup_is("cjk unified ideograph-4e00", 0x4E00),
          "lookup CJK", NULL);
    check(lookup_is("HANGUL SYLLABLE GAG", 0xAC01) && !lookup_is("hangul syllable gag", 0xAC01),
          "lookup Hangul", NULL);
    {
        uint32_t cp = 0;
        check(!uc_lookup_name("SNOWMAN", 3, &cp) && !uc_lookup_name("SNOWMAN\0", 8, &cp)
              && !uc_lookup_name("", 0, &cp), "lookup uses the length", NULL);
        check(uc_lookup_name("SNOWMANX", 7, &cp) && cp == 0x2603, "lookup stops at the length", NULL);
        check(!uc_lookup_name("HANGUL SYLLABLE GA", 17, &cp), "Hangul stops at the length", NULL);
    }
    {
        char buf[UC_NAME_BUFSIZE];
        check(uc_name(0x2603, buf, sizeof buf) == 7 && strcmp(buf, "SNOWMAN") == 0, "name SNOWMAN", NULL);
        char small[7];
        check(uc_name(0x2603, small, sizeof small) == 7 && small[0] == '\0', "name in a small buffer", NULL);
        check(uc_name(0x2603, NULL, 0) == 7, "name length only", NULL);
        check(uc_name(0, buf, sizeof buf) == 0 && buf[0] == '\0', "no name for NUL", NULL);
        check(uc_name(0x110000, buf, sizeof buf) == 0, "no name beyond U+10FFFF", NULL);
        check(uc_name(0xAC01, buf, sizeof buf) == 19 && strcmp(buf, "HANGUL SYLLABLE GAG") == 0,
              "name Hangul", NULL);
        check(uc_name(0x20000, buf, sizeof buf) > 0 && strcmp(buf, "CJK UNIFIED IDEOGRAPH-20000") == 0,
              "name CJK", NULL);
    }
}

static int map_is(int (*fn)(uint32_t, uint32_t *), uint32_t c, const char *want)
{
    uint32_t m[UC_CASE_MAX];
    char buf[16];
    int k = fn(c, m);
    if (k < 1 || k > UC_CASE_MAX)
        return 0;
    size_t len = encode_cps(m, (size_t)k, buf);
    return len == strlen(want) && memcmp(buf, want, len) == 0;
}

static int case_is(uc_case_op op, const char *in, const char *want)
{
    char out[256];
    size_t n = strlen(in);
    if (UC_CASE_GROWTH * n > sizeof out)
        return 0;
    size_t len = uc_case_utf8(op, in, n, out);
    return len != (size_t)-1 && len == strlen(want) && memcmp(out, want, len) == 0;
}

static void hand_case_tests(void)
{
    check(uc_is_alpha('a') && !uc_is_alpha('1') && uc_is_alpha(0xE9) && !uc_is_alpha(0x2160),
          "alpha", NULL);
    check(uc_is_decimal(0x661) && uc_is_digit(0xB2) && !uc_is_decimal(0xB2)
          && uc_is_numeric(0x2155) && !uc_is_digit(0x2155) && uc_is_numeric(0x4E00),
          "decimal, digit, numeric", NULL);
    check(uc_decimal_value(0x661) == 1 && uc_decimal_value(0x669) == 9 && uc_decimal_value('7') == 7
          && uc_decimal_value(0xB2) == -1 && uc_digit_value(0xB2) == 2 && uc_digit_value('x') == -1,
          "decimal and digit values", NULL);
    check(uc_numeric_value(0x2155) == 1.0 / 5.0 && uc_numeric_value(0x2153) == 1.0 / 3.0
          && uc_numeric_value(0xF33) == -0.5 && uc_numeric_value(0x5146) == 1e6
          && uc_numeric_value(0x4EAC) == 1e16
          && uc_numeric_value('a') == -1.0 && uc_numeric_value('5') == 5.0
          && uc_numeric_value(0x110000) == -1.0, "numeric values", NULL);
    check(uc_is_space(' ') && uc_is_space(0x1F) && uc_is_space(0x85) && uc_is_space(0xA0)
          && uc_is_space(0x3000) && !uc_is_space(0x200B) && !uc_is_space(0xFEFF),
          "space", NULL);
    check(uc_is_linebreak('\n') && uc_is_linebreak(0x1E) && !uc_is_linebreak(0x1F)
          && uc_is_linebreak(0x85) && uc_is_linebreak(0x2028) && uc_is_linebreak(0x2029)
          && !uc_is_linebreak(' '), "linebreak", NULL);
    check(uc_is_lower(0xAA) && uc_is_lower(0x345) && uc_is_upper(0x24B6) && uc_is_title(0x1C5)
          && !uc_is_upper(0x1C5) && !uc_is_lower(0x1C5) && uc_is_cased(0x1C5), "case classes", NULL);
    check(uc_is_case_ignorable('\'') && uc_is_case_ignorable(0x2019) && uc_is_case_ignorable(0x301)
          && uc_is_case_ignorable(0x2B0) && uc_is_cased(0x2B0) && !uc_is_case_ignorable('a'),
          "case ignorable", NULL);
    check(strcmp(uc_category('A'), "Lu") == 0 && strcmp(uc_category(0x378), "Cn") == 0
          && strcmp(uc_category(0x110000), "Cn") == 0 && strcmp(uc_category(0xD800), "Cs") == 0
          && strcmp(uc_bidirectional(0x5D0), "R") == 0 && strcmp(uc_bidirectional(0x378), "") == 0
          && uc_combining(0x301) == 230, "category, bidi, combining", NULL);

    check(map_is(uc_to_upper, 0xDF, "SS") && map_is(uc_to_title, 0xDF, "Ss")
          && map_is(uc_casefold, 0xDF, "ss") && map_is(uc_to_lower, 0xDF, "\xc3\x9f"),
          "sharp s", NULL);
    check(map_is(uc_to_upper, 0xFB01, "FI") && map_is(uc_to_title, 0xFB01, "Fi"), "fi ligature", NULL);
    check(map_is(uc_to_lower, 0x130, "i\xcc\x87") && map_is(uc_casefold, 0x130, "i\xcc\x87"),
          "dotted capital I", NULL);
    check(map_is(uc_to_lower, 0x3A3, "\xcf\x83") && map_is(uc_casefold, 0x3C2, "\xcf\x83"),
          "sigma alone", NULL);
    check(map_is(uc_casefold, 0xAB70, "\xe1\x8e\xa0") && map_is(uc_to_upper, 0x390, "\xce\x99\xcc\x88\xcc\x81"),
          "Cherokee fold, three code points", NULL);
    {
        uint32_t m[UC_CASE_MAX];
        check(uc_to_upper(0x110000, m) == 1 && m[0] == 0x110000, "beyond U+10FFFF is kept", NULL);
    }

    check(case_is(UC_LOWER, "", "") && case_is(UC_TITLE, "", ""), "case of nothing", NULL);
    check(case_is(UC_LOWER, "\xce\x9f\xce\x94\xce\xa5\xce\xa3\xce\xa3\xce\x95\xce\xa5\xce\xa3",
                  "\xce\xbf\xce\xb4\xcf\x85\xcf\x83\xcf\x83\xce\xb5\xcf\x85\xcf\x82"),
          "final sigma: OΔΥΣΣΕΥΣ", NULL);
    check(case_is(UC_LOWER, "\xce\xa3", "\xcf\x83") && case_is(UC_LOWER, "A\xce\xa3", "a\xcf\x82")
          && case_is(UC_LOWER, "A\xce\xa3 b", "a\xcf\x82 b") && case_is(UC_LOWER, "A\xce\xa3.b", "a\xcf\x83.b"),
          "final sigma in context", NULL);
    check(case_is(UC_CASEFOLD, "A\xce\xa3", "a\xcf\x83"), "casefold has no final sigma", NULL);
    check(case_is(UC_TITLE, "they're bill's", "They'Re Bill'S") && case_is(UC_TITLE, "hELLO wORLD", "Hello World")
          && case_is(UC_TITLE, "\xc7\x86x", "\xc7\x85x"), "title", NULL);
    check(case_is(UC_CAPITALIZE, "hELLO World", "Hello world") && case_is(UC_CAPITALIZE, "\xc7\x86X", "\xc7\x85x")
          && case_is(UC_CAPITALIZE, "\xc3\x9f", "Ss"), "capitalize", NULL);
    check(case_is(UC_SWAPCASE, "aB\xc7\x85\xc3\x9f", "Ab\xc7\x85SS"), "swapcase", NULL);
    check(case_is(UC_UPPER, "a\xed\xa0\x80" "b", "A\xed\xa0\x80" "B"), "surrogates are kept", NULL);
    {
        char out[16];
        check(uc_case_utf8(UC_LOWER, "a\xff", 2, out) == (size_t)-1
              && uc_case_utf8(UC_UPPER, "\xce", 1, out) == (size_t)-1
              && uc_case_utf8(UC_TITLE, "\xc0\x80", 2, out) == (size_t)-1, "case of bad UTF-8", NULL);
        uint32_t t[] = {'A', 0x3A3};
        check(uc_lower_sigma_is_final(t, 2, 1) && !uc_lower_sigma_is_final(t + 1, 1, 0),
              "sigma helper", NULL);
        check(uc_lower_sigma_is_final_utf8("A\xce\xa3", 3, 1) && !uc_lower_sigma_is_final_utf8("\xce\xa3", 2, 0)
              && !uc_lower_sigma_is_final_utf8("A\xce\xa3" "b", 4, 1)
              && uc_lower_sigma_is_final_utf8("\xf0\x90\x90\x80\xcc\x81\xce\xa3\xcc\x81", 10, 6),
              "sigma helper on UTF-8", NULL);
    }
}

/* Rough timings, for information. */
static void timings(void)
{
    clock_t t0 = clock();
    unsigned long sink = 0;
    for (int rep = 0; rep < 20; rep++)
        for (uint32_t c = 0; c < MAXCP; c++)
            sink += (unsigned long)uc_is_id_continue(c);
    double t_id = (double)(clock() - t0) / CLOCKS_PER_SEC / (20.0 * MAXCP) * 1e9;
    static const char *names[] = {"LATIN SMALL LETTER A WITH ACUTE", "snowman", "GREEK SMALL LETTER ALPHA",
                                  "CJK UNIFIED IDEOGRAPH-4E00", "HANGUL SYLLABLE GAG", "NO SUCH NAME",
                                  "EGYPTIAN HIEROGLYPH A001", "line feed"};
    t0 = clock();
    uint32_t cp;
    for (int rep = 0; rep < 100000; rep++)
        for (size_t i = 0; i < sizeof names / sizeof *names; i++)
            sink += (unsigned long)uc_lookup_name(names[i], strlen(names[i]), &cp);
    double t_look = (double)(clock() - t0) / CLOCKS_PER_SEC / (100000.0 * 8) * 1e9;
    printf("timing: id_continue %.1f ns/char, name lookup %.0f ns (%lu)\n", t_id, t_look, sink % 10);
}

int main(int argc, char **argv)
{
    crc_init();
    hand_tests();
    hand_case_tests();
    run_vectors(argc > 1 ? argv[1] : "tests/unit/unicode_vectors.txt");
    if (getenv("UC_TIMINGS"))
        timings();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
