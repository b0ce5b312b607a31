#include "repr.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../unicode/unicode.h"
#include "utf8.h"

static const char repr_hex[] = "0123456789abcdef";

void repr_str(strbuf *sb, const char *s, size_t n)
{
    /* CPython uses single quotes unless the text has ' and no ". */
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    sb_putc(sb, q);
    size_t i = 0;
    while (i < n) {
        size_t run = i;
        /* copy runs of plain printable ASCII at once */
        while (run < n) {
            unsigned char c = (unsigned char)s[run];
            if (c < 0x20 || c >= 0x7f || c == '\\' || c == (unsigned char)q) break;
            run++;
        }
        if (run > i) { sb_append(sb, s + i, run - i); i = run; continue; }
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == (unsigned char)q) {
            sb_putc(sb, '\\'); sb_putc(sb, (char)c); i++; continue;
        }
        if (c == '\t') { sb_puts(sb, "\\t"); i++; continue; }
        if (c == '\n') { sb_puts(sb, "\\n"); i++; continue; }
        if (c == '\r') { sb_puts(sb, "\\r"); i++; continue; }
        uint32_t cp;
        int len = utf8_decode(s + i, n - i, &cp, 1);
        if (len == 0) { cp = c; len = 1; }     /* not reachable for valid str */
        if (cp >= 0x80 && uc_is_printable(cp)) {
            sb_append(sb, s + i, (size_t)len);
        } else if (cp < 0x100) {
            char e[4] = { '\\', 'x', repr_hex[cp >> 4], repr_hex[cp & 15] };
            sb_append(sb, e, 4);
        } else if (cp < 0x10000) {
            char e[6] = { '\\', 'u', repr_hex[cp >> 12], repr_hex[(cp >> 8) & 15],
                          repr_hex[(cp >> 4) & 15], repr_hex[cp & 15] };
            sb_append(sb, e, 6);
        } else {
            char e[10] = { '\\', 'U' };
            for (int k = 0; k < 8; k++) e[2 + k] = repr_hex[(cp >> (28 - 4 * k)) & 15];
            sb_append(sb, e, 10);
        }
        i += (size_t)len;
    }
    sb_putc(sb, q);
}

void repr_bytes(strbuf *sb, const char *s, size_t n)
{
    int has_sq = memchr(s, '\'', n) != NULL, has_dq = memchr(s, '"', n) != NULL;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    sb_putc(sb, 'b');
    sb_putc(sb, q);
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\\' || c == (unsigned char)q) { sb_putc(sb, '\\'); sb_putc(sb, (char)c); }
        else if (c == '\t') sb_puts(sb, "\\t");
        else if (c == '\n') sb_puts(sb, "\\n");
        else if (c == '\r') sb_puts(sb, "\\r");
        else if (c < 0x20 || c >= 0x7f) {
            char e[4] = { '\\', 'x', repr_hex[c >> 4], repr_hex[c & 15] };
            sb_append(sb, e, 4);
        } else sb_putc(sb, (char)c);
    }
    sb_putc(sb, q);
}
