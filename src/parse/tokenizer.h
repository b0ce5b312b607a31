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

/* A SyntaxWarning the tokenizer found ("invalid decimal literal" for
 * "1if x else y", invalid "\{" escapes in f-strings).  CPython emits it
 * when it reads the token: TOK_INDEX is the index of the token being read
 * (the parser emits the warnings whose token it reached, in order). */
typedef struct tok_warning {
    size_t tok_index;
    int32_t lineno, col;
    char msg[200];
} tok_warning;

typedef struct tok_stream {
    tok_token *toks;    /* malloc'd; toks[n-1] is ENDMARKER or ERRORTOKEN */
    size_t n;
    const char *src;    /* the prepared source; not owned */
    size_t len;
    diag_error err;     /* err.kind != DIAG_NONE when tokenizing failed */

    /* How ERR competes with an error the parser finds before it reaches
     * the ERRORTOKEN.  CPython tokenizes lazily, and when parsing fails it
     * tokenizes the rest of the source looking for tokenizer errors:
     *  - ERR_RAISED: CPython raised ERR from inside the tokenizer (nearly
     *    every lexical error): ERR replaces the parser's error.
     *  - otherwise ERR is reported only if the parser reaches the
     *    ERRORTOKEN ("unindent does not match...", TabError, "too many
     *    levels of indentation", "unexpected character after line
     *    continuation character", EOF inside brackets or after a
     *    backslash).  But if UNCLOSED is set (a bracket was still open
     *    where tokenizing stopped) and the parser's error is on a line
     *    after UNCLOSED_LINENO, CPython reports "'(' was never closed" at
     *    the bracket instead: see tok_unclosed_error. */
    uint8_t err_raised;
    char unclosed;                      /* '(', '[', '{' or 0 */
    int32_t unclosed_lineno, unclosed_col;

    tok_warning *warnings;              /* malloc'd, may be NULL */
    size_t nwarnings;
} tok_stream;

/* Tokenizes SRC[0..len) (NUL-terminated) into TS.  Returns 0 on success,
 * -1 on a lexical error or out of memory (TS->err says which); the tokens
 * before the error are valid either way.  Free with tok_free. */
int tok_tokenize(tok_stream *ts, const char *src, size_t len);
void tok_free(tok_stream *ts);

/* Fills OUT with CPython's "'(' was never closed" error for TS->unclosed
 * (which must be set). */
void tok_unclosed_error(const tok_stream *ts, diag_error *out);

/* Debug dump, one token per line like `python -m tokenize`:
 * "LINE,COL-ENDLINE,ENDCOL:\tKIND\t'text'", then the error if any. */
#include <stdio.h>
void tok_dump(const tok_stream *ts, FILE *out);

#endif
