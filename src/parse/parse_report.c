/* The whole text CPython prints for a failed parse. */
#include "diag_format.h"
#include "parser.h"

void ps_report(strbuf *sb, const ps_result *res, const char *filename,
               const char *raw, size_t rawlen)
{
    diag_error shown = res->err;
    diag_error typo;
    if (res->src && ps_keyword_typo_error(res->src, res->src_len, &res->err, &typo))
        shown = typo;
    /* CPython shows the line as re-read from the file; when the source
     * could be prepared, that is the prepared line (same bytes for UTF-8,
     * transcoded for a declared encoding). */
    strbuf line = STRBUF_INIT;
    int32_t text_line = shown.text_lineno ? shown.text_lineno : shown.lineno;
    int have = res->src ? diag_file_line(&line, res->src, res->src_len, text_line)
                        : diag_file_line(&line, raw, raw ? rawlen : 0, text_line);
    const char *text = line.p ? line.p : "";
    size_t n = line.len;
    diag_format(sb, &shown, filename, have ? text : NULL, n);
    sb_free(&line);
}
