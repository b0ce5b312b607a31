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

/* Appends the report of E to SB.  SRC[0..len) is the prepared source the
 * positions refer to (may be NULL when the error came before preparation).
 */
void diag_format(strbuf *sb, const diag_error *e, const char *filename,
                 const char *src, size_t len);

#endif
