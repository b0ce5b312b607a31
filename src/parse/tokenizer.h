/* The tokenizer: Python 3.14's lexical grammar, run over a whole prepared
 * source (see source.h) before parsing.
 *
 * It produces every token up front, INDENT/DEDENT/NEWLINE included, comments
 * and blank lines dropped, f-strings and t-strings split into START /
 * MIDDLE / END tokens with the tokens of their replacement fields in between
 * (PEP 701).  On a lexical error it stops: the stream ends with an
 * ERRORTOKEN at the error's position and the error is kept in ERR.  The
 * parser reports that error in preference to its own, as CPython does (it
 * re-tokenizes the whole source when parsing fails and lets tokenizer errors
 * win). */
#ifndef KR_PARSE_TOKENIZER_H
#define KR_PARSE_TOKENIZER_H

#include <stddef.h>

#include "diag.h"
#include "token.h"

typedef struct tok_stream {
    tok_token *toks;    /* malloc'd; toks[n-1] is ENDMARKER or ERRORTOKEN */
    size_t n;
    const char *src;    /* the prepared source; not owned */
    size_t len;
    diag_error err;     /* err.kind != DIAG_NONE when tokenizing failed */
} tok_stream;

/* Tokenizes SRC[0..len) (NUL-terminated) into TS.  Returns 0 on success,
 * -1 on a lexical error or out of memory (TS->err says which); the tokens
 * before the error are valid either way.  Free with tok_free. */
int tok_tokenize(tok_stream *ts, const char *src, size_t len);
void tok_free(tok_stream *ts);

#endif
