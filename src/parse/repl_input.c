/* Whether input typed at an interactive prompt is complete: CPython 3.14's
 * codeop._maybe_compile, which code.InteractiveConsole (and so the REPL)
 * uses to choose between running the input, showing "... ", and printing
 * a SyntaxError.
 *
 * codeop's rule, with compile(..., 'single', PyCF_DONT_IMPLY_DEDENT |
 * PyCF_ALLOW_INCOMPLETE_INPUT) as "compile":
 *   1. a source of only blank lines and comments is compiled as "pass";
 *   2. if SRC compiles, it is complete;
 *   3. else if SRC + "\n" compiles, or fails with _IncompleteInputError
 *      (the parser failed with the tokenizer at the end of the source: an
 *      open bracket, a triple-quoted string or a backslash continuation at
 *      the end, a block header or an indented block that is not closed),
 *      more input is needed;
 *   4. else SRC is compiled again without the flags and that error is the
 *      one reported.
 * Only step 3's incompleteness counts: "1 +" fails at the end in step 2,
 * but "1 +\n" fails on its NEWLINE before the tokenizer reaches the end,
 * so "1 +" is an error, not incomplete.
 *
 * Lib/_pyrepl (3.14's default REPL) was not checked against this yet: it
 * runs input through code.InteractiveConsole / codeop too, but its editor
 * may have its own "more lines?" test (e.g. about a final indented line);
 * any such difference belongs in the REPL, on top of this rule. */
#include <string.h>
#include <stdlib.h>

#include "../compile/symtable.h"
#include "parser.h"
#include "parser_int.h"

/* Python's str.strip() whitespace at S[i], as a UTF-8 length (0: none). */
static size_t ri_space_len(const unsigned char *s, size_t i, size_t n)
{
    unsigned c = s[i];
    if (c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f)) return 1;
    if (c == 0xc2 && i + 1 < n && (s[i + 1] == 0x85 || s[i + 1] == 0xa0)) return 2;
    if (i + 2 >= n) return 0;
    unsigned c1 = s[i + 1], c2 = s[i + 2];
    if (c == 0xe1 && c1 == 0x9a && c2 == 0x80) return 3;              /* U+1680 */
    if (c == 0xe2 && c1 == 0x80 && (c2 <= 0x8a || c2 == 0xa8 || c2 == 0xa9 || c2 == 0xaf))
        return 3;                                   /* U+2000..200A, 2028, 2029, 202F */
    if (c == 0xe2 && c1 == 0x81 && c2 == 0x9f) return 3;              /* U+205F */
    if (c == 0xe3 && c1 == 0x80 && c2 == 0x80) return 3;              /* U+3000 */
    return 0;
}

/* codeop's check: every "\n"-separated line, stripped, is empty or starts
 * with '#'. */
static int ri_blank_or_comments(const char *src, size_t n)
{
    const unsigned char *s = (const unsigned char *)src;
    size_t i = 0;
    while (i < n) {
        size_t k;
        while (i < n && s[i] != '\n' && (k = ri_space_len(s, i, n)) > 0) i += k;
        if (i < n && s[i] != '\n' && s[i] != '#') return 0;
        const char *nl = memchr(src + i, '\n', n - i);
        i = nl ? (size_t)(nl - src) + 1 : n;
    }
    return 1;
}

/* One of codeop's compile() calls: the parse, then scope analysis, which
 * compile() also runs and whose errors (duplicate argument, nonlocal at
 * module level, ...) are never "incomplete".  Returns 0 when it compiles,
 * else -1 with *ERR set; *INCOMPLETE only from the parse. */
static int ri_compile(const char *src, size_t n, int codeop, int *incomplete,
                      diag_error *err)
{
    ps_result res;
    *incomplete = 0;
    int rc = codeop ? ps_parse_codeop(src, n, incomplete, &res)
                    : ps_parse(src, n, PS_SINGLE, NULL, &res);
    if (rc == 0 && !st_build(res.arena, res.mod, err)) rc = -1;
    else if (rc != 0) *err = res.err;
    ar_free(res.arena);
    return rc;
}

ps_input_status ps_input_status_of(const char *src, size_t n, diag_error *err)
{
    memset(err, 0, sizeof *err);
    if (ri_blank_or_comments(src, n)) return PS_INPUT_COMPLETE;   /* "pass" */

    int incomplete;
    diag_error e;
    if (ri_compile(src, n, 1, &incomplete, &e) == 0) return PS_INPUT_COMPLETE;

    /* only SyntaxError (and its subclasses) sends codeop on to step 3 */
    if (e.kind == DIAG_SYNTAX || e.kind == DIAG_INDENTATION || e.kind == DIAG_TAB) {
        char *more = malloc(n + 1);
        if (!more) {
            err->kind = DIAG_MEMORY;
            strcpy(err->msg, "out of memory");
            return PS_INPUT_INVALID;
        }
        if (n) memcpy(more, src, n);
        more[n] = '\n';
        int rc = ri_compile(more, n + 1, 1, &incomplete, &e);
        free(more);
        if (rc == 0 || incomplete) return PS_INPUT_INCOMPLETE;
    }

    /* step 4: the error plain compile() reports */
    if (ri_compile(src, n, 0, &incomplete, err) == 0) return PS_INPUT_COMPLETE;
    return PS_INPUT_INVALID;
}
