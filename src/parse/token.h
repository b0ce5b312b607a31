/* Tokens: the tokenizer's output and the parser's input.
 *
 * The tokenizer turns a whole normalised source buffer (UTF-8, '\n' line
 * ends, no BOM; see source.h) into one array of tokens before parsing
 * starts.  Positions follow CPython's AST conventions: lines are 1-based,
 * columns are 0-based offsets in UTF-8 bytes from the start of the line. */
#ifndef KR_PARSE_TOKEN_H
#define KR_PARSE_TOKEN_H

#include <stddef.h>
#include <stdint.h>

typedef enum {
#define X(name, spelling) TK_##name,
#include "tokens.def"
#undef X
    TK__COUNT
} tok_kind;

/* The spelling of a kind: "(" for TK_LPAR, "if" for TK_KW_IF,
 * "<name>" for TK_NAME. */
const char *tok_kind_spelling(tok_kind kind);

typedef struct tok_token {
    uint8_t kind;          /* tok_kind */
    uint8_t flags;         /* TOKF_* below */
    uint32_t start, end;   /* byte range in the source buffer */
    int32_t lineno, col;   /* start: 1-based line, 0-based byte column */
    int32_t end_lineno, end_col;
} tok_token;

/* NAME token whose text is not pure ASCII: the parser must NFKC-normalise it. */
#define TOKF_NONASCII 0x01

#endif
