/* repr of floats (against CPython 3.14's output for ~8600 doubles), str
 * and bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/dtoa.h"
#include "util/repr.h"

static int passed, failed;

static void check(const char *what, const char *got, const char *want)
{
    if (strcmp(got, want) == 0) { passed++; return; }
    failed++;
    if (failed <= 20) printf("FAIL %s: got %s, want %s\n", what, got, want);
}

static void check_str(const char *in, size_t n, const char *want)
{
    strbuf sb = STRBUF_INIT;
    repr_str(&sb, in, n);
    check("repr_str", sb.p, want);
    sb_free(&sb);
}

static void check_bytes(const char *in, size_t n, const char *want)
{
    strbuf sb = STRBUF_INIT;
    repr_bytes(&sb, in, n);
    check("repr_bytes", sb.p, want);
    sb_free(&sb);
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "tests/unit/float_repr_vectors.txt";
    FILE *f = fopen(path, "r");
    if (!f) { perror(path); printf("0 passed, 1 failed\n"); return 1; }
    char line[256];
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#') continue;
        char hex[32], want[80], wantj[80], got[80];
        if (sscanf(line, "%31s %79s %79s", hex, want, wantj) != 3) continue;
        uint64_t bits = strtoull(hex, NULL, 16);
        double x;
        memcpy(&x, &bits, sizeof x);
        dtoa_repr(x, got, 1);
        check(hex, got, want);
        if (strcmp(wantj, "-") != 0) {
            dtoa_repr(x, got, 0);
            strcat(got, "j");
            check(hex, got, wantj);
        }
    }
    fclose(f);

    check_str("abc", 3, "'abc'");
    check_str("it's", 4, "\"it's\"");
    check_str("'\"", 2, "'\\'\"'");
    check_str("a\tb\nc\r\\", 7, "'a\\tb\\nc\\r\\\\'");
    check_str("\x01\x7f", 2, "'\\x01\\x7f'");
    check_str("\xc3\xa9", 2, "'\xc3\xa9'");               /* é is printable */
    check_str("\xc2\xa0", 2, "'\\xa0'");                  /* NBSP is not */
    check_str("\xed\xa0\x80", 3, "'\\ud800'");            /* lone surrogate */
    check_str("\xe2\x80\xa8", 3, "'\\u2028'");
    check_str("\xf3\xa0\x80\x81", 4, "'\\U000e0001'");
    check_str("\xf0\x9f\x90\x8d", 4, "'\xf0\x9f\x90\x8d'");   /* snake emoji */
    check_str("", 0, "''");
    check_bytes("a'b", 3, "b\"a'b\"");
    check_bytes("\x00\xff\\", 3, "b'\\x00\\xff\\\\'");
    check_bytes("'\"", 2, "b'\\'\"'");

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
