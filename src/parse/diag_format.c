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

int diag_line_of(const char *src, size_t len, int32_t lineno,
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

/* CPython re-reads the error line from the file in a 1000-byte buffer. */
#define DIAG_FILE_LINE_MAX 999

int diag_file_line(strbuf *out, const char *raw, size_t len, int32_t lineno)
{
    if (!raw || lineno < 1) return 0;
    const char *p = raw, *end = raw + len;
    /* universal newlines: "\n", "\r\n" and "\r" all end a line */
    for (int32_t l = 1; l < lineno; l++) {
        while (p < end && *p != '\n' && *p != '\r') p++;
        if (p == end) return 0;
        if (*p == '\r' && p + 1 < end && p[1] == '\n') p++;
        p++;
    }
    if (p == end && lineno > 1) return 0;
    if (lineno == 1 && end - p >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3;
    const char *q = p;
    while (q < end && *q != '\n' && *q != '\r' && *q != '\0') q++;
    if ((size_t)(q - p) > DIAG_FILE_LINE_MAX) q = p + DIAG_FILE_LINE_MAX;
    /* decoded as UTF-8 with errors="replace": each maximal invalid
     * subsequence becomes one U+FFFD */
    while (p < q) {
        uint32_t cp = 0;
        int l = utf8_decode(p, (size_t)(q - p), &cp, 0);
        if (l > 0) {
            sb_append(out, p, (size_t)l);
            p += l;
            continue;
        }
        const unsigned char *u = (const unsigned char *)p;
        size_t skip = 1;
        unsigned char c = u[0];
        if (c >= 0xC2 && c <= 0xF4) {
            size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            while (skip < need && p + skip < q && (u[skip] & 0xC0) == 0x80) {
                if (skip == 1 && ((c == 0xE0 && u[1] < 0xA0) || (c == 0xED && u[1] > 0x9F)
                                  || (c == 0xF0 && u[1] < 0x90) || (c == 0xF4 && u[1] > 0x8F)))
                    break;
                skip++;
            }
        }
        sb_append(out, "\xEF\xBF\xBD", 3);
        p += skip;
    }
    return 1;
}

/* Characters in S[0..bytes): CPython's offsets count characters. */
static long diag_chars(const char *s, size_t bytes)
{
    long chars = 0;
    for (size_t i = 0; i < bytes; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) chars++;
    return chars;
}

/* CPython's 1-based character offset for byte column COL of LINE (see the
 * encoding of negative columns in diag.h). */
static long diag_offset(const char *line, size_t n, int32_t col, int bytes)
{
    if (col < 0 || bytes) return (long)col + 1;
    size_t c = (size_t)col;
    if (c <= n) return diag_chars(line, c) + 1;
    return diag_chars(line, n) + 1 + (long)(c - n);
}

void diag_format(strbuf *sb, const diag_error *e, const char *filename,
                 const char *line, size_t n)
{
    const char *kind = diag_kind_name(e->kind);
    if (e->kind == DIAG_MEMORY || e->kind == DIAG_VALUE || e->lineno < 1) {
        sb_printf(sb, "%s: %s\n", kind, e->msg);
        return;
    }
    sb_printf(sb, "  File \"%s\", line %d\n", filename, (int)e->lineno);
    if (line) {
        /* traceback strips only ' ', '\n' and '\f' on the left (tabs stay) */
        size_t lead = 0;
        while (lead < n && (line[lead] == ' ' || line[lead] == '\f')) lead++;
        const char *ltext = line + lead;
        size_t lbytes = n - lead;
        long rtext_len = diag_chars(line, n);
        long text_len = rtext_len + 1;          /* text keeps its '\n' */
        long offset = diag_offset(line, n, e->col, e->byte_offsets);
        long end_offset;
        if (e->end_lineno == 0) {
            end_offset = offset;
        } else if (e->end_lineno == e->lineno) {
            end_offset = diag_offset(line, n, e->end_col, e->byte_offsets);
            if (end_offset == 0) end_offset = offset;
        } else {
            end_offset = rtext_len + 1;
        }
        if (offset > text_len) offset = rtext_len + 1;
        if (end_offset > text_len) end_offset = rtext_len + 1;
        if (offset >= end_offset || end_offset < 0) end_offset = offset + 1;
        long colno = offset - 1 - (long)lead;
        long end_colno = end_offset - 1 - (long)lead;
        sb_puts(sb, "    ");
        sb_append(sb, ltext, lbytes);
        sb_putc(sb, '\n');
        if (colno >= 0) {
            sb_puts(sb, "    ");
            /* whitespace other than spaces is kept so the caret lines up */
            size_t i = 0;
            for (long c = 0; c < colno && i < lbytes; c++) {
                uint32_t cp = 0;
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
