/* tok_dump: a token listing for debugging, in the style of
 * `python -m tokenize -e`. */
#include <stdio.h>

#include "tokenizer.h"

static const char *const tok_names[TK__COUNT] = {
#define X(name, spelling) [TK_##name] = #name,
#include "tokens.def"
#undef X
};

/* The text quoted like a Python str repr (single quotes, escapes for
 * quotes, backslashes and control characters; UTF-8 passes through). */
static void tok_dump_text(FILE *out, const char *s, size_t n)
{
    fputc('\'', out);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '\'': fputs("\\'", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\r': fputs("\\r", out); break;
        default:
            if (c < 0x20 || c == 0x7F)
                fprintf(out, "\\x%02x", c);
            else
                fputc(c, out);
        }
    }
    fputc('\'', out);
}

void tok_dump(const tok_stream *ts, FILE *out)
{
    for (size_t i = 0; i < ts->n; i++) {
        const tok_token *t = &ts->toks[i];
        const char *name = t->kind < TK__COUNT ? tok_names[t->kind] : "?";
        if (t->kind >= TK_KW_FALSE) name = "NAME";
        char pos[64];
        snprintf(pos, sizeof pos, "%d,%d-%d,%d:", (int)t->lineno, (int)t->col,
                 (int)t->end_lineno, (int)t->end_col);
        fprintf(out, "%-20s%-15s", pos, name);
        size_t s = t->start, e = t->end;
        if (s > ts->len) s = ts->len;
        if (e > ts->len) e = ts->len;
        if (e < s) e = s;
        tok_dump_text(out, ts->src + s, e - s);
        fputc('\n', out);
    }
    for (size_t i = 0; i < ts->nwarnings; i++)
        fprintf(out, "warning: line %d: SyntaxWarning: %s\n",
                (int)ts->warnings[i].lineno, ts->warnings[i].msg);
    if (ts->err.kind != DIAG_NONE)
        fprintf(out, "error: %d,%d-%d,%d: %s: %s%s\n", (int)ts->err.lineno,
                (int)ts->err.col, (int)ts->err.end_lineno,
                (int)ts->err.end_col,
                ts->err.kind == DIAG_INDENTATION ? "IndentationError"
                : ts->err.kind == DIAG_TAB       ? "TabError"
                : ts->err.kind == DIAG_MEMORY    ? "MemoryError"
                : ts->err.kind == DIAG_VALUE     ? "ValueError"
                                                 : "SyntaxError",
                ts->err.msg, ts->err_raised ? "" : " (lazy)");
}
