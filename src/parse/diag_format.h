/* Printing a parse error the way CPython 3.14 prints an uncaught
 * SyntaxError (traceback.TracebackException's format), e.g.
 *
 *   File "x.py", line 1
 *     if x
 *         ^
 * SyntaxError: expected ':'
 */
#ifndef KR_PARSE_DIAG_FORMAT_H
#define KR_PARSE_DIAG_FORMAT_H

#include <stddef.h>

#include "../util/strbuf.h"
#include "diag.h"

/* The exception class name for KIND ("SyntaxError", "TabError", ...). */
const char *diag_kind_name(diag_kind kind);

/* Appends the report of E to SB.  LINE[0..n) is the text of line
 * E->lineno without its '\n', or NULL when there is none to show. */
void diag_format(strbuf *sb, const diag_error *e, const char *filename,
                 const char *line, size_t n);

/* Finds line LINENO (1-based) of SRC[0..len) ('\n' line ends).  Returns 1
 * and sets *START and *N (without the '\n'), or 0 when there is none. */
int diag_line_of(const char *src, size_t len, int32_t lineno,
                 const char **start, size_t *n);

/* Appends line LINENO of a file's raw bytes RAW[0..len) as CPython shows it
 * in a syntax error report for a script: read with universal newlines,
 * without the UTF-8 BOM, cut at a NUL byte or after 999 bytes, decoded as
 * UTF-8 with invalid bytes replaced by U+FFFD.  Returns 0 when the file has
 * no such line. */
int diag_file_line(strbuf *out, const char *raw, size_t len, int32_t lineno);

#endif
