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
 * win) -- with the exceptions described at err_raised below.
 *
 * The stream is the one CPython's C tokenizer gives its parser (checked
 * against _tokenize.TokenizerIter(extra_tokens=False) on the standard
 * library): same kinds, same token boundaries, same positions.
 *
 * Token text and positions
 * ------------------------
 * start/end is the token's text (what CPython puts in Token.bytes); lineno,
 * col, end_lineno, end_col are CPython's Token positions (1-based lines,
 * 0-based UTF-8 byte columns, end exclusive).  They agree except:
 *  - NEWLINE: the text is empty, or the comment before the newline when
 *    there is one ("x = 1  # c\n": NEWLINE starts at the '#').  end_col is
 *    the newline's column + 1.  The NEWLINE at the end of a source without a
 *    final '\n' is CPython's implicit one: start = end = len.
 *  - FSTRING_MIDDLE/TSTRING_MIDDLE made from a doubled brace: "a{{b" gives
 *    MIDDLE "a{" whose end_col is after both braces, then MIDDLE "b".
 *  - INDENT, DEDENT, ENDMARKER: empty, CPython gives them col -1.  Here col
 *    = end_col = CPython's tokenizer cursor when it produced them, which is
 *    what its error reporter uses as the (1-based!) offset for errors on
 *    such a token ("unexpected indent", "expected an indented block"):
 *    INDENT/DEDENT at the first character of the line; at end of file the
 *    cursor is after the final newline but CPython still counts it on the
 *    last line, so ENDMARKER (and DEDENTs at end of file) have lineno = the
 *    last line and col = that line's length including its '\n'.  An
 *    empty source has just ENDMARKER, on line 0 (as CPython: eval('')
 *    reports "invalid syntax" at line 0).
 * Multi-line STRING and MIDDLE tokens start at their first character and end
 * on their last line.
 *
 * Kinds
 * -----
 * Hard keywords have kinds of their own (TK_KW_*); soft keywords (match,
 * case, type, _) are NAME.  NAME tokens with non-ASCII text have
 * TOKF_NONASCII (the parser must NFKC-normalise them); their characters are
 * already checked against PEP 3131.  "<>" is a NOTEQUAL token whose text is
 * "<>": CPython's parser rejects it ("invalid syntax") unless
 * barry_as_FLUFL.  '!' is EXCLAMATION anywhere (not only in f-strings), '$'
 * '?' '`' are OP tokens (no rule accepts them).
 *
 * f-strings and t-strings
 * -----------------------
 * (t-strings: the same with TSTRING_START/MIDDLE/END; their format specs use
 * TSTRING_MIDDLE too.)  The tokens, as a grammar:
 *
 *   fstring     := FSTRING_START part* FSTRING_END
 *   part        := FSTRING_MIDDLE | field
 *   field       := '{' expr-tokens ['='] ['!' NAME] [':' spec-part*] '}'
 *   spec-part   := FSTRING_MIDDLE | field
 *
 *  - FSTRING_START is the prefix and opening quote(s) ("rf'''"); FSTRING_END
 *    the closing quote(s).
 *  - FSTRING_MIDDLE is literal text, escapes undecoded (lit_fstring_middle
 *    decodes them).  A doubled brace ends a MIDDLE keeping one brace: "a{{b}}c"
 *    is MIDDLE "a{", MIDDLE "b}", MIDDLE "c".  A "\N{...}" escape ends its
 *    MIDDLE after the '}': "\N{DASH}x" is MIDDLE "\N{DASH}", MIDDLE "x".
 *    No empty MIDDLE before a field or before FSTRING_END, but a format spec
 *    that ends at its '}' (or after a nested field) yields an empty MIDDLE:
 *    f'{x:}' is START '{' NAME ':' MIDDLE"" '}' END, and f'{x:>{w}}' is
 *    ... ':' MIDDLE">" '{' NAME'w' '}' MIDDLE"" '}' END.  So consecutive
 *    MIDDLEs occur and the parser should join them and drop empty ones.
 *  - expr-tokens are ordinary tokens (brackets, strings, nested f-strings
 *    with any quotes, and in triple-quoted f-strings newlines, which give no
 *    NEWLINE token, and comments).  The '=' of a debug field, the '!' and the
 *    ':' are ordinary EQUAL / EXCLAMATION / COLON tokens: the ':' that starts
 *    the spec is the first ':' at the field's own bracket depth, so in
 *    f'{x:=1}' the spec is "=1" (as in CPython), while "!=" is NOTEQUAL.
 *    The tokenizer does not check the shape after the expression; the
 *    parser does (and reports "f-string: expecting '}'" etc.).
 *  - The source text of a field's expression, for "=" debug text and
 *    Interpolation.str, is src[lbrace.end .. t.start) where t is the '!',
 *    the spec ':' or the closing '}' (after the '=' for debug text);
 *    CPython drops comments from it: tok_fstring_expr_text.
 *  - A format spec's text stops at a quote that closes the f-string even
 *    with the field open: f'{x:a' gives ... ':' MIDDLE"a" FSTRING_END, then
 *    tokenizing continues after the string (and ends in "'{' was never
 *    closed" at end of file, which the parser's "f-string: expecting '}'"
 *    precedes).
 *
 * Errors
 * ------
 * ERR positions follow diag.h.  They are what CPython's SyntaxError holds
 * when the tokenizer reports the error, including its quirks: offset and end
 * offset both point at the character before CPython's cursor for most
 * errors (so end_col == col); "'(' was never closed" has end_col -1 (end
 * offset 0); "unexpected EOF while parsing" and "unindent does not match
 * any outer indentation level" have end_col -2 (end offset -1); TabError and
 * "too many levels of indentation" are at col 0 with end_col -1.
 */
#ifndef KR_PARSE_TOKENIZER_H
#define KR_PARSE_TOKENIZER_H

#include <stddef.h>
#include <stdio.h>

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
    tok_token *toks;    /* malloc'd; toks[n-1] is ENDMARKER or ERRORTOKEN
                           (unless out of memory: err is a MemoryError) */
    size_t n;
    const char *src;    /* the prepared source; not owned */
    size_t len;
    diag_error err;     /* err.kind != DIAG_NONE when tokenizing failed */

    /* How ERR competes with an error the parser finds before it reaches
     * the ERRORTOKEN.  CPython tokenizes lazily, and when parsing fails it
     * tokenizes the rest of the source looking for tokenizer errors:
     *  - ERR_RAISED: CPython raised ERR from inside the tokenizer (nearly
     *    every lexical error) outside any f-string: ERR replaces the
     *    parser's error.
     *  - otherwise ERR is reported only if the parser reaches the
     *    ERRORTOKEN (errors inside f-strings, "unindent does not match...",
     *    TabError, "too many levels of indentation", "unexpected character
     *    after line continuation character", end of file inside brackets or
     *    after a backslash).  But if UNCLOSED is set (a bracket was still
     *    open where tokenizing stopped) and the last token the parser read
     *    is on a line after UNCLOSED_LINENO, CPython reports "'(' was never
     *    closed" at the bracket instead: see tok_unclosed_error. */
    uint8_t err_raised;
    char unclosed;                      /* '(', '[', '{' or 0 */
    int32_t unclosed_lineno, unclosed_col;

    tok_warning *warnings;              /* malloc'd, may be NULL; at most
                                           10000 are kept */
    size_t nwarnings;
} tok_stream;

/* Tokenizes SRC[0..len) (NUL-terminated) into TS.  Returns 0 on success,
 * -1 on a lexical error or out of memory (TS->err says which); the tokens
 * before the error are valid either way.  Free with tok_free.  SRC should be
 * prepared (src_prepare), but any bytes are handled: an embedded NUL gives
 * "source code cannot contain null bytes" on its line, '\r' and invalid
 * UTF-8 are invalid characters. */
int tok_tokenize(tok_stream *ts, const char *src, size_t len);
void tok_free(tok_stream *ts);

/* tok_tokenize with FLAGS:
 * TOK_NO_FINAL_NEWLINE: do not add the implicit newline after a last line
 *   that lacks one.  CPython adds it only for exec input (files, compile()
 *   in 'exec' mode); eval and single inputs are tokenized without it, so
 *   "1 +" ends PLUS ENDMARKER (no NEWLINE, no DEDENTs at end of file) and
 *   "1 \\" at the very end is "unexpected character after line
 *   continuation character" instead of "unexpected EOF while parsing". */
#define TOK_NO_FINAL_NEWLINE 1u
int tok_tokenize_ex(tok_stream *ts, const char *src, size_t len,
                    unsigned flags);

/* Fills OUT with CPython's "'(' was never closed" error for TS->unclosed
 * (which must be set). */
void tok_unclosed_error(const tok_stream *ts, diag_error *out);

/* The text of an f-string replacement field's expression S[0..n) as CPython
 * keeps it for "=" debug text and Interpolation.str: comments removed (up to
 * their newline, which stays), with CPython 3.14's naive quote tracking.
 * Writes at most N bytes to OUT; returns the length. */
size_t tok_fstring_expr_text(const char *s, size_t n, char *out);

/* Debug dump, one token per line like `python -m tokenize -e`:
 * "LINE,COL-ENDLINE,ENDCOL:  KIND  'text'" (keywords show as NAME), then the
 * warnings and the error if any. */
void tok_dump(const tok_stream *ts, FILE *out);

#endif
