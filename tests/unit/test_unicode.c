/* Tests of src/unicode/ against CPython 3.14: test vectors from
 * tools/gen_unicode_checks.py (tests/unit/unicode_vectors.txt, or the path in
 * argv[1]) and a few hand-written cases.  Identifier and printable flags,
 * names (through a CRC of every name) and single-character NFKC are checked
 * for every code point.  Prints "N passed, N failed"; exits 1 on failure. */
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
    run_vectors(argc > 1 ? argv[1] : "tests/unit/unicode_vectors.txt");
    if (getenv("UC_TIMINGS"))
        timings();
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
