/* krait dis / krait compile: the code generator's front ends. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compile/code.h"
#include "parse/diag_format.h"
#include "parse/parser.h"


/* Compile-time warnings, printed as CPython's warnings module prints them
 * for a script: "FILE:LINE: Category: message" and the source line. */
void cli_print_warning(void *ctx, int32_t lineno, int32_t col, const char *category,
                       const char *msg)
{
    warn_ctx *w = ctx;
    fprintf(stderr, "%s:%d: %s: %s\n", w->filename, (int)lineno, category, msg);
    strbuf line = STRBUF_INIT;
    if (diag_file_line(&line, w->raw, w->rawlen, lineno) && line.p) {
        const char *p = line.p;
        size_t n = line.len;
        while (n && (*p == ' ' || *p == '\t' || *p == '\f')) p++, n--;
        while (n && (p[n - 1] == '\n' || p[n - 1] == '\r')) n--;
        if (n) fprintf(stderr, "  %.*s\n", (int)n, p);
    }
    sb_free(&line);
}

/* Parses and compiles PATH; prints its disassembly when DIS. */
static int compile_file(const char *path, int dis)
{
    char *data;
    size_t len;
    if (cli_read_file(path, &data, &len) < 0) return 2;
    ps_result res;
    int rc = 0;
    warn_ctx wc = { path, data, len };
    diag_sink sink = { cli_print_warning, &wc };
    if (ps_parse_file(data, len, path, PS_EXEC, &sink, &res) < 0) {
        strbuf sb = STRBUF_INIT;
        ps_report(&sb, &res, path, data, len);
        if (sb.p) fputs(sb.p, stderr);
        sb_free(&sb);
        rc = 1;
    } else {
        diag_error err;
        cc_unit *u = cc_compile_ex(res.mod, path, CC_MODE_EXEC, &sink, &err);
        if (!u) {
            diag_report(&err, path, data, len);
            rc = 1;
        } else {
            if (dis) cc_dis(u->top, stdout);
            cc_unit_free(u);
        }
    }
    ar_free(res.arena);
    free(data);
    return rc;
}

int cmd_dis(int argc, char **argv)
{
    if (argc != 2) { fprintf(stderr, "usage: krait dis FILE\n"); return 2; }
    return compile_file(argv[1], 1);
}

int cmd_compile(int argc, char **argv)
{
    if (argc != 2) { fprintf(stderr, "usage: krait compile FILE\n"); return 2; }
    return compile_file(argv[1], 0);
}
