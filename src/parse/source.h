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
 * -1 and fills ERR (SyntaxError for bad encodings and for NUL bytes,
 * MemoryError). */
int src_prepare(const char *bytes, size_t n, src_text *out, diag_error *err);
void src_free(src_text *t);

/* src_prepare with the messages of CPython's file reader (`python FILE`)
 * where they differ from compile() of bytes: FILENAME appears in the
 * "Non-UTF-8 code starting with '\xff' in file FILENAME on line 1, ..."
 * error, and NUL bytes give "source code cannot contain null bytes" on the
 * NUL's line.  src_prepare is this with FILENAME NULL, i.e. compile(bytes):
 * note CPython 3.14 makes "source code string cannot contain null bytes" a
 * SyntaxError (without position), not a ValueError.
 *
 * Supported declarations: utf-8, latin-1/iso-8859-1, ascii, cp1252 and
 * iso-8859-15 under their Python codec aliases; any other name is
 * "unknown encoding: NAME" (lineno 0).  Encodings CPython knows but krait
 * does not (euc-jp, utf-16, ...) therefore fail here. */
int src_prepare_file(const char *bytes, size_t n, const char *filename,
                     src_text *out, diag_error *err);

#endif
