/* The abstract syntax tree: CPython 3.14's node kinds and fields (see
 * ast.def), allocated in one arena per parse and freed with it.
 *
 * Every node is an ast_node: a kind, a source range, and a union with one
 * member per kind, named after the kind (n->v.BinOp.left).  Nodes are
 * allocated only as large as their own member, so a node must be accessed
 * only through the member of its kind. */
#ifndef KR_PARSE_AST_H
#define KR_PARSE_AST_H

#include <stddef.h>
#include <stdint.h>

#include "../util/arena.h"

typedef enum {
#define NODE(n, cat) AST_##n,
#define FIELD(n, f, t)
#define END(n)
#include "ast.def"
#undef NODE
#undef FIELD
#undef END
    AST__COUNT
} ast_kind;

typedef enum {
    AST_CAT_mod, AST_CAT_stmt, AST_CAT_expr, AST_CAT_comprehension,
    AST_CAT_excepthandler, AST_CAT_arguments, AST_CAT_arg, AST_CAT_keyword,
    AST_CAT_alias, AST_CAT_withitem, AST_CAT_match_case, AST_CAT_pattern,
    AST_CAT_type_ignore, AST_CAT_type_param,
} ast_category;

typedef enum { AST_Load = 1, AST_Store, AST_Del } ast_ctx;
typedef enum { AST_And = 1, AST_Or } ast_boolop;
typedef enum {
    AST_Add = 1, AST_Sub, AST_Mult, AST_MatMult, AST_Div, AST_Mod, AST_Pow,
    AST_LShift, AST_RShift, AST_BitOr, AST_BitXor, AST_BitAnd, AST_FloorDiv
} ast_operator;
typedef enum { AST_Invert = 1, AST_Not, AST_UAdd, AST_USub } ast_unaryop;
typedef enum {
    AST_Eq = 1, AST_NotEq, AST_Lt, AST_LtE, AST_Gt, AST_GtE, AST_Is,
    AST_IsNot, AST_In, AST_NotIn
} ast_cmpop;

/* A sequence of node pointers (or identifiers, or cmpops; see ast.def).
 * NULL stands for the empty sequence. */
typedef struct ast_seq {
    int32_t n;
    void *items[];
} ast_seq;

static inline int32_t ast_seq_len(const ast_seq *s) { return s ? s->n : 0; }

typedef enum {
    CONST_NONE, CONST_TRUE, CONST_FALSE, CONST_ELLIPSIS,
    CONST_INT,      /* v.i: fits in int64 */
    CONST_BIGINT,   /* v.big: digits in a base, no sign, no underscores */
    CONST_FLOAT,    /* v.f */
    CONST_IMAG,     /* v.f: the imaginary part of a pure imaginary literal */
    CONST_COMPLEX,  /* v.cx: only built by constant folding, never parsed */
    CONST_STR,      /* v.str: UTF-8; lone surrogates as 3-byte sequences */
    CONST_BYTES,    /* v.str: raw bytes */
} const_kind;

typedef struct ast_constant {
    const_kind kind;
    union {
        int64_t i;
        double f;
        struct { double re, im; } cx;
        struct { const char *s; size_t n; } str;
        struct { const char *digits; size_t n; int base; } big;
    } v;
} ast_constant;

typedef struct ast_node ast_node;

#define ASTF_CTYPE_NODE     ast_node *
#define ASTF_CTYPE_OPT      ast_node *
#define ASTF_CTYPE_SEQ      ast_seq *
#define ASTF_CTYPE_IDENT    const char *
#define ASTF_CTYPE_OPTIDENT const char *
#define ASTF_CTYPE_IDENTS   ast_seq *
#define ASTF_CTYPE_OPTSTR   const char *
#define ASTF_CTYPE_CONST    ast_constant
#define ASTF_CTYPE_INT      int
#define ASTF_CTYPE_CTX      ast_ctx
#define ASTF_CTYPE_BOOLOP   ast_boolop
#define ASTF_CTYPE_OPERATOR ast_operator
#define ASTF_CTYPE_UNARYOP  ast_unaryop
#define ASTF_CTYPE_CMPOPS   ast_seq *

struct ast_node {
    uint16_t kind;              /* ast_kind */
    int32_t lineno, col_offset; /* CPython's positions: 1-based line, */
    int32_t end_lineno, end_col_offset; /* 0-based UTF-8 byte column */
    union {
#define NODE(n, cat) struct { char unused_;
#define FIELD(n, f, t) ASTF_CTYPE_##t f;
#define END(n) } n;
#include "ast.def"
#undef NODE
#undef FIELD
#undef END
    } v;
};

/* Field descriptions, for code that walks any node generically (the dumper,
 * validators, snapshot code). */
typedef enum {
    ASTF_NODE, ASTF_OPT, ASTF_SEQ, ASTF_IDENT, ASTF_OPTIDENT, ASTF_IDENTS,
    ASTF_OPTSTR, ASTF_CONST, ASTF_INT, ASTF_CTX, ASTF_BOOLOP, ASTF_OPERATOR,
    ASTF_UNARYOP, ASTF_CMPOPS,
} ast_field_type;

typedef struct ast_field_desc {
    const char *name;
    ast_field_type type;
    uint16_t offset;            /* from the start of the ast_node */
} ast_field_desc;

typedef struct ast_kind_desc {
    const char *name;
    ast_category category;
    uint16_t size;              /* bytes to allocate for a node of this kind */
    uint8_t nfields;
    const ast_field_desc *fields;
} ast_kind_desc;

extern const ast_kind_desc ast_kinds[AST__COUNT];

/* A new zeroed node of KIND, or NULL when the arena is out of memory. */
ast_node *ast_new(ar_arena *a, ast_kind kind);
/* A new sequence of N slots (zeroed), or NULL when out of memory. */
ast_seq *ast_seq_new(ar_arena *a, int32_t n);

/* Names of the enum values, as ast.dump prints them ("Load", "Add", ...). */
const char *ast_ctx_name(ast_ctx c);
const char *ast_boolop_name(ast_boolop o);
const char *ast_operator_name(ast_operator o);
const char *ast_unaryop_name(ast_unaryop o);
const char *ast_cmpop_name(ast_cmpop o);

#endif
