/* krait parse / krait tokenize: the parser's front ends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compile/symtable.h"
#include "parse/ast_dump.h"
#include "parse/diag_format.h"
#include "parse/parser.h"
#include "parse/source.h"
#include "parse/tokenizer.h"

/* Prints the failed parse RES of file FILENAME (raw bytes RAW) as CPython
 * reports a syntax error in a script. */
void parse_report(const ps_result *res, const char *filename,
                         const char *raw, size_t rawlen)
{
    strbuf sb = STRBUF_INIT;
    ps_report(&sb, res, filename, raw, rawlen);
    if (sb.p) fputs(sb.p, stderr);
    sb_free(&sb);
}

/* Prints an error that did not come from the parser (tokenizer, scopes). */
void diag_report(const diag_error *e, const char *filename,
                        const char *raw, size_t rawlen)
{
    if (e->kind == DIAG_MEMORY) {
        if (!strncmp(e->msg, "RecursionError: ", 16)) fprintf(stderr, "%s\n", e->msg);
        else fprintf(stderr, "MemoryError\n");
        return;
    }
    strbuf line = STRBUF_INIT, sb = STRBUF_INIT;
    int have = diag_file_line(&line, raw, rawlen, e->text_lineno ? e->text_lineno : e->lineno);
    diag_format(&sb, e, filename, have ? (line.p ? line.p : "") : NULL, line.len);
    if (sb.p) fputs(sb.p, stderr);
    sb_free(&sb);
    sb_free(&line);
}

int cmd_parse(int argc, char **argv)
{
    int dump = 0;
    unsigned dump_flags = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--dump")) dump = 1;
        else if (!strcmp(argv[i], "--positions")) dump = 1, dump_flags |= AST_DUMP_POSITIONS;
        else if (!path) path = argv[i];
        else { fprintf(stderr, "usage: krait parse [--dump [--positions]] FILE\n"); return 2; }
    }
    if (!path) { fprintf(stderr, "usage: krait parse [--dump [--positions]] FILE\n"); return 2; }
    char *data;
    size_t len;
    if (cli_read_file(path, &data, &len) < 0) return 2;

    warn_ctx wctx = { path, data, len };
    diag_sink sink = { cli_print_warning, &wctx };

    ps_result res;
    int rc = 0;
    if (ps_parse_file(data, len, path, PS_EXEC, &sink, &res) < 0) {
        parse_report(&res, path, data, len);
        rc = 1;
    } else if (dump) {
        strbuf sb = STRBUF_INIT;
        char msg[200];
        int r = ast_dump_ex(&sb, res.mod, dump_flags, msg);
        if (r < 0) {
            fprintf(stderr, "%s: %s\n", r == -1 ? "ValueError" : "RecursionError", msg);
            rc = 1;
        } else if (sb.oom) {
            fprintf(stderr, "MemoryError\n");
            rc = 1;
        } else {
            sb_putc(&sb, '\n');
            fwrite(sb.p, 1, sb.len, stdout);
        }
        sb_free(&sb);
    }
    ar_free(res.arena);
    free(data);
    return rc;
}

int cmd_tokenize(int argc, char **argv)
{
    if (argc != 2) { fprintf(stderr, "usage: krait tokenize FILE\n"); return 2; }
    char *data;
    size_t len;
    if (cli_read_file(argv[1], &data, &len) < 0) return 2;
    src_text text;
    diag_error err;
    int rc = 0;
    if (src_prepare(data, len, &text, &err) < 0) {
        diag_report(&err, argv[1], data, len);
        free(data);
        return 1;
    }
    tok_stream ts;
    if (tok_tokenize(&ts, text.text, text.len) < 0) rc = 1;
    tok_dump(&ts, stdout);
    if (rc) {
        diag_report(&ts.err, argv[1], data, len);
    }
    tok_free(&ts);
    src_free(&text);
    free(data);
    return rc;
}

int cmd_symtable(int argc, char **argv)
{
    if (argc != 2) { fprintf(stderr, "usage: krait symtable FILE\n"); return 2; }
    char *data;
    size_t len;
    if (cli_read_file(argv[1], &data, &len) < 0) return 2;
    ps_result res;
    int rc = 0;
    if (ps_parse_file(data, len, argv[1], PS_EXEC, NULL, &res) < 0) {
        parse_report(&res, argv[1], data, len);
        rc = 1;
    } else {
        diag_error err;
        st_table *t = st_build(res.arena, res.mod, &err);
        if (t) {
            st_dump(t, stdout);
        } else {
            diag_report(&err, argv[1], data, len);
            rc = 1;
        }
    }
    ar_free(res.arena);
    free(data);
    return rc;
}
