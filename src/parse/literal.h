/* Literal values: from the text of NUMBER, STRING and f/t-string MIDDLE
 * tokens to AST constants, with CPython's errors and warnings. */
#ifndef KR_PARSE_LITERAL_H
#define KR_PARSE_LITERAL_H

#include <stddef.h>

#include "ast.h"
#include "diag.h"
#include "token.h"

/* The value of NUMBER token T (text SRC[t->start..t->end)): CONST_INT,
 * CONST_BIGINT, CONST_FLOAT or CONST_IMAG.  Returns 0, or -1 with ERR set
 * (e.g. a decimal literal over CPython's 4300-digit conversion limit). */
int lit_number(ar_arena *a, const char *src, const tok_token *t,
               ast_constant *out, diag_error *err);

/* The value of STRING token T: CONST_STR or CONST_BYTES.  *IS_U is set when
 * the prefix is u/U (ast.dump shows kind='u').  Escapes are decoded unless
 * the prefix is raw; invalid escapes are reported to SINK as SyntaxWarning,
 * exactly as CPython words them; malformed escapes (truncated \x, unknown
 * \N{name}, non-ASCII in bytes) fail with CPython's SyntaxError. */
int lit_string(ar_arena *a, const char *src, const tok_token *t,
               ast_constant *out, int *is_u, const diag_sink *sink,
               diag_error *err);

/* The text of an FSTRING_MIDDLE / TSTRING_MIDDLE token T as a CONST_STR:
 * escapes decoded unless RAW, "{{" and "}}" already reduced to one brace by
 * the tokenizer's choice of token boundaries or here (see literal.c). */
int lit_fstring_middle(ar_arena *a, const char *src, const tok_token *t,
                       int raw, ast_constant *out, const diag_sink *sink,
                       diag_error *err);

#endif
