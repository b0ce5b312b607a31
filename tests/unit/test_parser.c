/* Parser tests.
 *
 *   test_parser                 built-in checks; prints "N passed, N failed"
 *   test_parser dump FILE       ast.dump(ast.parse(FILE), include_attributes=True)
 *   test_parser cases FILE [-a] sources separated by "\n#####\n": for each,
 *                               "=== I" then the dump (-a: with positions) or
 *                               "Type: msg @line:offset-end_line:end_offset"
 *                               (CPython's 1-based offsets; "N" for no end)
 *   test_parser bench FILE...   parses the files repeatedly, prints MB/s
 *
 * The cases format is what a small script under the cpython314 oracle
 * prints for the same input, so the two outputs can be diffed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "parse/ast_dump.h"
#include "parse/diag_format.h"
#include "parse/parser.h"
#include "util/repr.h"

static int show_attrs;

/* ast.dump(n), with positions when -a / "dump" asked for them. */
static void dump(strbuf *sb, const ast_node *n)
{
    char msg[200];
    if (ast_dump_ex(sb, n, show_attrs ? AST_DUMP_POSITIONS : 0, msg) < 0)
        sb_printf(sb, "<%s>", msg);
}

/* Characters in the first BYTES bytes of line LINENO of SRC. */
static long char_col(const char *src, size_t len, int32_t lineno, long bytes)
{
    const char *p = src, *end = src + len;
    for (int32_t l = 1; l < lineno && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    long chars = 0;
    for (long i = 0; i < bytes && p + i < end; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80) chars++;
    if (bytes > (long)(end - p)) chars += bytes - (long)(end - p);
    return chars;
}

static void describe(strbuf *sb, const ps_result *r)
{
    const diag_error *e = &r->err;
    if (e->kind == DIAG_MEMORY || e->kind == DIAG_VALUE || e->lineno < 0) {
        sb_printf(sb, "%s: %s", diag_kind_name(e->kind), e->msg);
        return;
    }
    long off = e->col < 0 ? e->col + 1 : (r->src ? char_col(r->src, r->src_len, e->lineno, e->col) : e->col) + 1;
    sb_printf(sb, "%s: %s @%d:%ld-", diag_kind_name(e->kind), e->msg, (int)e->lineno, off);
    if (e->end_col <= 0) sb_printf(sb, "%d:%d", (int)e->end_lineno, (int)e->end_col + 1);
    else sb_printf(sb, "%d:%ld", (int)e->end_lineno,
                   (r->src ? char_col(r->src, r->src_len, e->end_lineno, e->end_col) : e->end_col) + 1);
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); return NULL; }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) buf = realloc(buf, cap *= 2);
        size_t k = fread(buf + n, 1, cap - n, f);
        if (!k) break;
        n += k;
    }
    fclose(f);
    *len = n;
    return buf;
}

static int file_mode;  /* cases -f: `python FILE` positions (ps_parse_file) */
static ps_mode parse_mode = PS_EXEC;   /* cases -m exec|eval|single|func_type */

static void run_one(strbuf *sb, const char *src, size_t n)
{
    ps_result r;
    int rc = file_mode ? ps_parse_file(src, n, "case.py", parse_mode, NULL, &r)
                       : ps_parse(src, n, parse_mode, NULL, &r);
    if (rc == 0) dump(sb, r.mod);
    else describe(sb, &r);
    ar_free(r.arena);
}

static int cmd_cases(const char *path)
{
    size_t len;
    char *data = read_all(path, &len);
    if (!data) return 2;
    const char *sep = "\n#####\n";
    size_t seplen = strlen(sep);
    const char *p = data, *end = data + len;
    for (int i = 0;; i++) {
        const char *q = p;
        while (q + seplen <= end && memcmp(q, sep, seplen)) q++;
        if (q + seplen > end) q = end;
        strbuf sb = STRBUF_INIT;
        run_one(&sb, p, (size_t)(q - p));
        printf("=== %d\n%s\n", i, sb.p ? sb.p : "");
        sb_free(&sb);
        if (q == end) break;
        p = q + seplen;
    }
    free(data);
    return 0;
}

static int cmd_bench(int argc, char **argv)
{
    size_t total = 0;
    char **srcs = calloc((size_t)argc, sizeof *srcs);
    size_t *lens = calloc((size_t)argc, sizeof *lens);
    for (int i = 0; i < argc; i++) {
        srcs[i] = read_all(argv[i], &lens[i]);
        if (srcs[i]) total += lens[i];
    }
    int reps = 0;
    clock_t t0 = clock();
    double secs;
    int fails = 0;
    do {
        for (int i = 0; i < argc; i++) {
            if (!srcs[i]) continue;
            ps_result r;
            if (ps_parse(srcs[i], lens[i], PS_EXEC, NULL, &r) < 0 && reps == 0) fails++;
            ar_free(r.arena);
        }
        reps++;
        secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    } while (secs < 2.0);
    printf("%d files, %zu bytes, %d reps, %.3f s: %.2f MB/s (%d failed to parse)\n", argc, total,
           reps, secs, (double)total * reps / secs / 1e6, fails);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Built-in checks */

static int passed, failed;

static void expect(const char *src, const char *want)
{
    strbuf sb = STRBUF_INIT;
    run_one(&sb, src, strlen(src));
    const char *got = sb.p ? sb.p : "";
    if (!strncmp(got, want, strlen(want))) {
        passed++;
    } else {
        failed++;
        printf("FAIL: %s\n  want: %s\n  got:  %.300s\n", src, want, got);
    }
    sb_free(&sb);
}

static char *repeat(const char *pre, int n, const char *mid, const char *post)
{
    size_t lp = strlen(pre), lm = strlen(mid), lq = strlen(post);
    char *s = malloc(lp * (size_t)n + lm + lq * (size_t)n + 1), *o = s;
    for (int i = 0; i < n; i++) { memcpy(o, pre, lp); o += lp; }
    memcpy(o, mid, lm); o += lm;
    for (int i = 0; i < n; i++) { memcpy(o, post, lq); o += lq; }
    *o = 0;
    return s;
}

static void expect_nested(const char *pre, int n, const char *mid, const char *post, const char *want)
{
    char *s = repeat(pre, n, mid, post);
    strbuf sb = STRBUF_INIT;
    /* no dump: the tree is as deep as the source */
    ps_result r;
    if (ps_parse(s, strlen(s), PS_EXEC, NULL, &r) == 0) sb_puts(&sb, "Module(");
    else describe(&sb, &r);
    ar_free(r.arena);
    const char *got = sb.p ? sb.p : "";
    if (!strncmp(got, want, strlen(want))) {
        passed++;
    } else {
        failed++;
        printf("FAIL: %d x '%s'\n  want: %s\n  got:  %.200s\n", n, pre, want, got);
    }
    sb_free(&sb);
    free(s);
}

static int builtin_tests(void)
{
    expect("x = 1\n", "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))])");
    expect("a, *b = c\n", "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), "
           "Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load()))])");
    expect("f(x for x in y)\n", "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), "
           "args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', "
           "ctx=Store()), iter=Name(id='y', ctx=Load()), is_async=0)])]))])");
    expect("f'{a=}'\n", "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a='), "
           "FormattedValue(value=Name(id='a', ctx=Load()), conversion=114)]))])");
    expect("if x\n", "SyntaxError: expected ':' @1:5-1:6");
    expect("f() = 1\n", "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='? @1:1-1:4");
    expect("print 'hi'\n", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? @1:1-1:11");
    expect("x = 1\n    y = 2\n", "IndentationError: unexpected indent @2:4-2:-1");
    expect("(a b)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma? @1:2-1:5");
    expect("x = (1,\n", "SyntaxError: '(' was never closed @1:5-1:0");
    /* deep nesting ends in an error, never a crash */
    expect_nested("-", 100000, "1", "", "MemoryError: Parser stack overflowed");
    expect_nested("not ", 100000, "1", "", "MemoryError: Parser stack overflowed");
    expect_nested("lambda: ", 50000, "1", "", "MemoryError: Parser stack overflowed");
    expect_nested("a if b else ", 50000, "1", "", "MemoryError: Parser stack overflowed");
    expect_nested("2**", 50000, "1", "", "MemoryError: Parser stack overflowed");
    expect_nested("(", 100000, "1", ")", "SyntaxError: too many nested parentheses");
    expect_nested("[", 199, "1", "]", "Module(");
    expect_nested("a[", 199, "1", "]", "Module(");
    expect_nested("f(", 199, "1", ")", "Module(");
    expect_nested("{1:", 199, "1", "}", "Module(");
    expect_nested("-", 5900, "1", "", "Module(");
    /* `python FILE` positions at the end of the file (offset 0: no caret) */
    file_mode = 1;
    expect("if x:", "IndentationError: expected an indented block after 'if' statement on line 1 @1:0-1:-1");
    expect("x = 1 +", "SyntaxError: invalid syntax @1:8-1:8");
    expect("x = 1\n\\\n", "SyntaxError: unexpected EOF while parsing @2:0-2:-1");
    file_mode = 0;
    expect("if x:", "IndentationError: expected an indented block after 'if' statement on line 1 @1:6-1:-1");
    expect("x = 1 +", "SyntaxError: invalid syntax @1:8-1:9");
    /* other modes: no implicit final NEWLINE; 'single' ends the statement
     * at the end of the input */
    parse_mode = PS_EVAL;
    expect("1 +", "SyntaxError: invalid syntax @1:0-1:0");
    expect("a if b else c\n\n", "Expression(body=IfExp(");
    parse_mode = PS_SINGLE;
    expect("if x:\n  pass", "Interactive(body=[If(test=Name(id='x', ctx=Load()), body=[Pass()])])");
    expect("x = 1; y = 2", "Interactive(body=[Assign(");
    expect("x = 1\ny = 2\n", "SyntaxError: multiple statements found while compiling a single statement @1:6-1:7");
    expect("def f():\n", "IndentationError: expected an indented block after function definition on line 1 @1:9-1:-1");
    parse_mode = PS_FUNC_TYPE;
    /* CPython 3.14 drops the '*' of a starred argument type */
    expect("(int, *str) -> None", "FunctionType(argtypes=[Name(id='int', ctx=Load()), Name(id='str'");
    parse_mode = PS_EXEC;
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}

int main(int argc, char **argv)
{
    if (argc >= 3 && !strcmp(argv[1], "dump")) {
        show_attrs = 1;
        size_t len;
        char *data = read_all(argv[2], &len);
        if (!data) return 2;
        strbuf sb = STRBUF_INIT;
        run_one(&sb, data, len);
        printf("%s\n", sb.p ? sb.p : "");
        sb_free(&sb);
        free(data);
        return 0;
    }
    if (argc >= 3 && !strcmp(argv[1], "cases")) {
        for (int i = 3; i < argc; i++) {
            if (!strcmp(argv[i], "-a")) show_attrs = 1;
            if (!strcmp(argv[i], "-f")) file_mode = 1;
            if (!strcmp(argv[i], "-m") && i + 1 < argc) {
                const char *m = argv[++i];
                parse_mode = !strcmp(m, "eval") ? PS_EVAL : !strcmp(m, "single") ? PS_SINGLE
                           : !strcmp(m, "func_type") ? PS_FUNC_TYPE : PS_EXEC;
            }
        }
        return cmd_cases(argv[2]);
    }
    if (argc >= 3 && !strcmp(argv[1], "bench")) return cmd_bench(argc - 2, argv + 2);
    if (argc >= 3 && !strcmp(argv[1], "report")) {
        /* the error as the CLI should print it, keyword typos included */
        size_t len;
        char *data = read_all(argv[2], &len);
        if (!data) return 2;
        ps_result r;
        if (ps_parse_file(data, len, argv[2], PS_EXEC, NULL, &r) < 0) {
            diag_error e = r.err, t;
            if (r.src && ps_keyword_typo_error(r.src, r.src_len, &e, &t)) e = t;
            const char *name = strrchr(argv[2], '/');
            strbuf sb = STRBUF_INIT;
            diag_format(&sb, &e, name ? name + 1 : argv[2], r.src, r.src ? r.src_len : 0);
            fputs(sb.p ? sb.p : "", stderr);
            sb_free(&sb);
        }
        ar_free(r.arena);
        free(data);
        return 0;
    }
    return builtin_tests();
}
