#include "diag_format.h"

#include <string.h>

#include "../util/utf8.h"

const char *diag_kind_name(diag_kind kind)
{
    switch (kind) {
    case DIAG_NONE: return "Error";
    case DIAG_SYNTAX: return "SyntaxError";
    case DIAG_INDENTATION: return "IndentationError";
    case DIAG_TAB: return "TabError";
    case DIAG_MEMORY: return "MemoryError";
    case DIAG_VALUE: return "ValueError";
    }
    return "Error";
}

/* Line LINENO (1-based) of SRC, without its '\n'.  Returns 0 if absent. */
static int diag_line(const char *src, size_t len, int32_t lineno,
                     const char **start, size_t *n)
{
    if (!src || lineno < 1) return 0;
    const char *p = src, *end = src + len;
    for (int32_t l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return 0;
        p = nl + 1;
    }
    if (p == end && lineno > 1) return 0;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *start = p;
    *n = nl ? (size_t)(nl - p) : (size_t)(end - p);
    return 1;
}

/* Characters in S[0..bytes): CPython's offsets count characters. */
static size_t diag_chars(const char *s, size_t bytes)
{
    size_t chars = 0;
    for (size_t i = 0; i < bytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) chars++;
    return chars;
}

void diag_format(strbuf *sb, const diag_error *e, const char *filename,
                 const char *src, size_t len)
{
    const char *kind = diag_kind_name(e->kind);
    if (e->kind == DIAG_MEMORY || e->kind == DIAG_VALUE || e->lineno < 1) {
        sb_printf(sb, "%s: %s\n", kind, e->msg);
        return;
    }
    sb_printf(sb, "  File \"%s\", line %d\n", filename, (int)e->lineno);
    const char *line;
    size_t n;
    if (diag_line(src, len, e->lineno, &line, &n)) {
        /* CPython strips only spaces, '\n' and '\f' on the left (tabs stay),
         * and '\n' on the right. */
        size_t lead = 0;
        while (lead < n && (line[lead] == ' ' || line[lead] == '\f')) lead++;
        const char *ltext = line + lead;
        size_t lbytes = n - lead;
        size_t text_chars = diag_chars(line, n);     /* len(rtext) */
        size_t col = (size_t)(e->col < 0 ? 0 : e->col);
        if (col > n) col = n;
        long offset = (long)diag_chars(line, col) + 1;
        long end_offset;
        if (e->end_lineno == 0 || e->end_lineno == e->lineno) {
            if (e->end_lineno == 0) {
                end_offset = offset;
            } else {
                size_t ecol = (size_t)(e->end_col < 0 ? 0 : e->end_col);
                if (ecol > n) ecol = n;
                end_offset = (long)diag_chars(line, ecol) + 1;
                if (e->end_col == 0) end_offset = offset;
            }
        } else {
            end_offset = (long)text_chars + 1;
        }
        /* len(text) counts the '\n' CPython keeps on the line */
        long text_len = (long)text_chars + 1;
        if (offset > text_len) offset = (long)text_chars + 1;
        if (end_offset > text_len) end_offset = (long)text_chars + 1;
        if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;
        long colno = offset - 1 - (long)lead;
        long end_colno = end_offset - 1 - (long)lead;
        sb_puts(sb, "    ");
        sb_append(sb, ltext, lbytes);
        sb_putc(sb, '\n');
        if (colno >= 0) {
            sb_puts(sb, "    ");
            /* keep tabs and other whitespace so the caret lines up */
            size_t i = 0;
            for (long c = 0; c < colno && i < lbytes; c++) {
                uint32_t cp;
                int l = utf8_decode(ltext + i, lbytes - i, &cp, 1);
                if (l == 0) l = 1;
                if (cp == '\t' || cp == '\v' || cp == '\f' || cp == '\r')
                    sb_putc(sb, (char)cp);
                else
                    sb_putc(sb, ' ');
                i += (size_t)l;
            }
            for (long c = colno; c < end_colno; c++) sb_putc(sb, '^');
            sb_putc(sb, '\n');
        }
    }
    sb_printf(sb, "%s: %s\n", kind, e->msg);
}
