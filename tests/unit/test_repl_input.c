/* ps_input_status_of against CPython 3.14's codeop.compile_command(SRC,
 * '<input>', 'single') on the vectors tools/gen_repl_vectors.py made:
 * lines "C|I|E HEX [LINENO<TAB>MSG]" (complete, incomplete, error).
 * For errors the line number and message must match too.  An error that
 * compile() finds after parsing (symbol table, 'return' outside function)
 * is left to the compile step: ps_input_status_of says complete, which is
 * accepted when ps_compile_check rejects the parsed input.
 * The last line is "N passed, N failed"; exit status nonzero on failure. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/parser.h"
#include "parse/parser_int.h"

/* Known differences, reported but not counted as failures (see the
 * report in ps_input_status_of's header and the lead's notes):
 *  - an f-string field left open at the end of a line (f'{x') is judged
 *    incomplete, CPython says "f-string: expecting '}'";
 *  - "*a": CPython's compile step rejects it with an error
 *    ps_compile_check does not know;
 *  - a BOM typed as input: compile(str) sees U+FEFF, ps_parse strips it. */
static const char *const known_gaps[] = {
    "f'{x'", "f'{'", "f'{x!r'", "f'{x:{'", "*a",
    "\xef\xbb\xbfx = 1", NULL,
};

static int is_known_gap(const char *src)
{
    for (int i = 0; known_gaps[i]; i++)
        if (!strcmp(known_gaps[i], src)) return 1;
    return 0;
}

static int hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* Whether SRC parses in 'single' mode but compile() rejects it later. */
static int compile_phase_error(const char *src, size_t n)
{
    ps_result res;
    int bad = ps_parse(src, n, PS_SINGLE, NULL, &res) == 0
              && ps_compile_check(res.arena, res.mod) != 0;
    ar_free(res.arena);
    return bad;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "tests/unit/repl_input_vectors.txt";
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        printf("0 passed, 1 failed\n");
        return 1;
    }
    static char line[1 << 16];
    static char src[1 << 15];
    int pass = 0, fail = 0, gaps = 0, lno = 0;
    while (fgets(line, sizeof line, f)) {
        lno++;
        size_t L = strlen(line);
        while (L && (line[L - 1] == '\n' || line[L - 1] == '\r')) line[--L] = 0;
        if (L < 2 || line[1] != ' ') continue;
        char want = line[0];
        const char *h = line + 2;
        size_t n = 0;
        while (h[0] && h[0] != ' ' && h[1]) {
            src[n++] = (char)(hexval(h[0]) * 16 + hexval(h[1]));
            h += 2;
        }
        src[n] = 0;
        long want_line = 0;
        const char *want_msg = "";
        if (want == 'E' && *h == ' ') {
            want_line = strtol(h + 1, (char **)&h, 10);
            if (*h == '\t') want_msg = h + 1;
        }
        diag_error err;
        ps_input_status st = ps_input_status_of(src, n, &err);
        char got = st == PS_INPUT_COMPLETE ? 'C' : st == PS_INPUT_INCOMPLETE ? 'I' : 'E';
        int ok = got == want;
        if (ok && want == 'E')
            ok = err.lineno == want_line && !strcmp(err.msg, want_msg);
        if (!ok && want == 'E' && got == 'C' && compile_phase_error(src, n)) ok = 1;
        if (ok) {
            pass++;
        } else {
            int gap = is_known_gap(src);
            if (gap) gaps++;
            else fail++;
            printf("%s line %d: want %c", gap ? "KNOWN GAP" : "FAIL", lno, want);
            if (want == 'E') printf(" (%ld: %s)", want_line, want_msg);
            printf(", got %c", got);
            if (got == 'E') printf(" (%d: %s)", (int)err.lineno, err.msg);
            printf("  src: ");
            for (size_t i = 0; i < n; i++) {
                unsigned char c = (unsigned char)src[i];
                if (c == '\n') printf("\\n");
                else if (c < 32 || c >= 127) printf("\\x%02x", c);
                else putchar(c);
            }
            putchar('\n');
        }
    }
    fclose(f);
    if (gaps) printf("%d known gaps (not counted)\n", gaps);
    printf("%d passed, %d failed\n", pass, fail);
    return fail != 0;
}
