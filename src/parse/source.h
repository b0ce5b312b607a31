/* Source text preparation: turns the bytes of a file into the text the
 * tokenizer reads, as CPython does before tokenizing: strips a UTF-8 BOM,
 * honours a PEP 263 coding declaration on line 1 or 2, checks the text is
 * valid UTF-8, and translates "\r\n" and lone "\r" line ends to "\n". */
#ifndef KR_PARSE_SOURCE_H
#define KR_PARSE_SOURCE_H

#include <stddef.h>

#include "diag.h"

typedef struct src_text {
    char *text;     /* malloc'd, NUL-terminated UTF-8 with '\n' line ends */
    size_t len;
} src_text;

/* Prepares BYTES[0..n).  Returns 0 and fills OUT (free with src_free), or
 * -1 and fills ERR (SyntaxError for bad encodings, a ValueError "source code
 * string cannot contain null bytes" for NUL, MemoryError). */
int src_prepare(const char *bytes, size_t n, src_text *out, diag_error *err);
void src_free(src_text *t);

#endif
