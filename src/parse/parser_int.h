/* The parser's internals, shared by parser.c (the driver and the parsing
 * machinery) and the grammar files: parse_stmt.c (module, blocks, compound
 * statements, def/class), parse_simple.c (simple statements, imports),
 * parse_params.c (parameters, type parameters), parse_expr.c (expressions),
 * parse_args.c (call arguments), parse_target.c (assignment/del targets),
 * parse_string.c (strings, f-/t-strings), parse_pattern.c (match) and
 * parse_errors.c (error helpers, keyword-typo suggestions).
 *
 * The grammar functions follow CPython's Grammar/python.gram one rule to one
 * function (helper rules inlined), trying alternatives in the same order and
 * looking at the same tokens, because CPython's error reporting depends on
 * exactly that: the generic "invalid syntax" is reported at the furthest
 * token the first pass examined, and the targeted messages come from the
 * first invalid_* rule that matches in a second pass over the same grammar.
 *
 * Conventions for a rule function: it starts at p->pos; on success it
 * returns a non-NULL result with p->pos after what it consumed; on failure
 * it returns NULL and leaves p->pos where it was; once an error is raised
 * (p->error), every rule returns NULL at once.  Left-recursive rules are
 * loops.  Most rules CPython memoizes are memoized here too (without that,
 * the grammar's backtracking is exponential in nesting depth); the ones
 * that never hit because a memoized caller shields them (conjunction ...
 * term, factor, primary) are not, which halves the parse time. */
#ifndef KR_PARSE_PARSER_INT_H
#define KR_PARSE_PARSER_INT_H

#include <stdint.h>
#include <string.h>

#include "ast.h"
#include "diag.h"
#include "literal.h"
#include "parser.h"
#include "token.h"
#include "tokenizer.h"

/* CPython's MAXSTACK: a parse deeper than this many rule calls fails with
 * MemoryError "Parser stack overflowed - Python source too complex to
 * parse".  Every rule function counts one level, as CPython's do. */
#define PS_MAXSTACK 6000

/* Memoized rules (the ones CPython memoizes, plus the loops that stand for
 * its left-recursive rules). */
enum {
    M_SIMPLE_STMT = 1, M_BLOCK, M_EXPRESSION, M_STAR_EXPRESSION,
    M_DISJUNCTION, M_CONJUNCTION, M_INVERSION, M_FACTOR, M_AWAIT_PRIMARY,
    M_PRIMARY, M_T_PRIMARY, M_BITWISE_OR, M_BITWISE_XOR, M_BITWISE_AND,
    M_SHIFT_EXPR, M_SUM, M_TERM, M_ARGUMENTS, M_STAR_TARGET,
    M_TARGET_WITH_STAR_ATOM, M_DEL_TARGET, M_STRINGS, M_TSTRING,
    M_CLOSED_PATTERN, M_STAR_PATTERN, M_TYPE_PARAM, M_INVALID_NAMED_EXPR,
    M_DOTTED_NAME, M_ATTR, M_IMPORT_STMT,
    M__COUNT
};

/* tok_token.flags bit for tokens the parser itself adds ('single' input's
 * NEWLINE and DEDENTs at the end): CPython gives them no column, and their
 * col/end_col hold the tokenizer's cursor like ENDMARKER's do. */
#define PS_TOKF_NOCOL 0x80

/* Tokens without a column of their own (CPython's col_offset -1): errors on
 * them are placed at the tokenizer's cursor. */
static inline int ps_tok_nocol(const tok_token *t)
{
    return t->kind == TK_INDENT || t->kind == TK_DEDENT || t->kind == TK_ENDMARKER
        || (t->flags & PS_TOKF_NOCOL);
}

typedef struct ps_parser {
    const tok_token *toks;
    int32_t ntoks;          /* toks[ntoks-1] is ENDMARKER or ERRORTOKEN */
    int32_t pos;            /* the next token */
    int32_t fill;           /* tokens examined so far (CPython's p->fill) */
    int32_t level;          /* rule call depth */
    const char *src;
    const tok_stream *ts;
    ar_arena *arena;
    const diag_sink *sink;  /* NULL: drop warnings (re-runs) */
    size_t warned;          /* tokenizer warnings emitted so far */
    ps_mode mode;
    uint8_t error;          /* an error is set: unwind */
    uint8_t invalid;        /* second pass: invalid_* rules active */
    uint8_t barry;          /* from __future__ import barry_as_FLUFL */
    uint8_t file_input;
    uint8_t const_name;     /* a non-ASCII name normalised to None/True/False */     /* positions as `python FILE` reports them (else compile()) */
    int32_t last_stmt_line; /* second pass: CPython's last_stmt_location */
    diag_error err;

    /* scratch stack for building sequences */
    void **stk;
    int32_t sp, stkcap;

    /* memo, like CPython's per-token memo lists: mhead[pos] is the newest
     * entry for token POS (-1: none), entries chain through .next.  The
     * entries of a token sit close together in mpool, so lookups stay in
     * cache (a hash table over all tokens did not). */
    int32_t *mhead;             /* ntoks entries, allocated on first use */
    struct ps_memo_ent *mpool;
    int32_t mpooln, mpoolcap;
    int32_t mmax;               /* highest position with entries (when mpooln) */
} ps_parser;

typedef struct ps_memo_ent {
    void *res;
    int32_t end;                /* the position after a success */
    int32_t next;               /* older entry for the same token, or -1 */
    int rule;
} ps_memo_ent;

/* ------------------------------------------------------------------ */
/* Tokens */

void ps_fill_to(ps_parser *p, int32_t i);

/* Token I, counting it as examined. */
static inline const tok_token *ps_tok(ps_parser *p, int32_t i)
{
    if (i >= p->ntoks) i = p->ntoks - 1;
    if (i >= p->fill) ps_fill_to(p, i);
    return &p->toks[i];
}

static inline int ps_kind_at(ps_parser *p, int32_t i) { return ps_tok(p, i)->kind; }
static inline int ps_kind(ps_parser *p) { return ps_tok(p, p->pos)->kind; }

/* The next token if it is of KIND (then consumed), else NULL. */
static inline const tok_token *ps_expect(ps_parser *p, int kind)
{
    const tok_token *t = ps_tok(p, p->pos);
    if (t->kind != kind) return NULL;
    p->pos++;
    return t;
}

/* Whether the next token is of KIND (not consumed). */
static inline int ps_at(ps_parser *p, int kind) { return ps_kind(p) == kind; }

/* Whether NAME token T spells the soft keyword KW. */
static inline int ps_tok_is(const ps_parser *p, const tok_token *t, const char *kw)
{
    size_t n = strlen(kw);
    return t->kind == TK_NAME && t->end - t->start == n
        && memcmp(p->src + t->start, kw, n) == 0;
}

/* The next token if it is the soft keyword KW (then consumed). */
static inline const tok_token *ps_expect_soft(ps_parser *p, const char *kw)
{
    const tok_token *t = ps_tok(p, p->pos);
    if (!ps_tok_is(p, t, kw)) return NULL;
    p->pos++;
    return t;
}

static inline int32_t ps_tok_index(const ps_parser *p, const tok_token *t)
{
    return (int32_t)(t - p->toks);
}

/* ------------------------------------------------------------------ */
/* Rule bookkeeping */

void ps_stack_overflow(ps_parser *p);

/* Entering a rule written without PS_RULE: 0 when it must fail at once (an
 * error is set, or too deep); otherwise the caller decrements p->level on
 * its way out. */
static inline int ps_enter(ps_parser *p)
{
    if (p->error) return 0;
    if (++p->level > PS_MAXSTACK) { p->level--; ps_stack_overflow(p); return 0; }
    return 1;
}
#define PS_ENTER(p) ps_enter(p)

/* RULE(type, name) { body } defines a rule function NAME (counting one
 * level) whose body is in name_body. */
#define PS_RULE(scope, type, name)                                        \
    static type name##_body(ps_parser *p);                                \
    scope type name(ps_parser *p)                                         \
    {                                                                     \
        if (p->error) return NULL;                                        \
        if (++p->level > PS_MAXSTACK) { ps_stack_overflow(p); p->level--; return NULL; } \
        type r_ = name##_body(p);                                         \
        p->level--;                                                       \
        return r_;                                                        \
    }                                                                     \
    static type name##_body(ps_parser *p)

/* The same, memoized under rule id ID. */
#define PS_MEMO_RULE(scope, type, name, id)                               \
    static type name##_body(ps_parser *p);                                \
    scope type name(ps_parser *p)                                         \
    {                                                                     \
        if (p->error) return NULL;                                        \
        void *m_;                                                         \
        if (ps_memo_get(p, id, &m_)) return (type)m_;                     \
        if (++p->level > PS_MAXSTACK) { ps_stack_overflow(p); p->level--; return NULL; } \
        int32_t start_ = p->pos;                                          \
        type r_ = name##_body(p);                                         \
        p->level--;                                                       \
        if (!p->error) ps_memo_put(p, id, start_, r_);                    \
        return r_;                                                        \
    }                                                                     \
    static type name##_body(ps_parser *p)

int ps_memo_get(ps_parser *p, int rule, void **res);
void ps_memo_put(ps_parser *p, int rule, int32_t start, void *res);
void ps_memo_clear(ps_parser *p);
/* Drops every entry: the parse will try no rule before p->pos again, and
 * the entries at or after it are only an optimisation. */
void ps_memo_forget(ps_parser *p);

/* ------------------------------------------------------------------ */
/* Errors */

void ps_oom(ps_parser *p);

/* Raises KIND with CPython's raw location arguments: LINENO, 1-based
 * COL_OFFSET, END_LINENO, 1-based END_COL_OFFSET (<= 0: none), as
 * _PyPegen_raise_error_known_location receives them. */
void *ps_raise_at(ps_parser *p, diag_kind kind, int32_t lineno, int32_t col,
                  int32_t end_lineno, int32_t end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
/* RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the furthest token
 * examined (or the current one, USE_MARK). */
void *ps_raise(ps_parser *p, diag_kind kind, int use_mark, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* RAISE_SYNTAX_ERROR_KNOWN_LOCATION(a) and _KNOWN_RANGE(a, b) */
void *ps_raise_node(ps_parser *p, const ast_node *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *ps_raise_range(ps_parser *p, const ast_node *a, const ast_node *b,
                     const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* The same for tokens, and for a token-to-node range. */
void *ps_raise_tok(ps_parser *p, const tok_token *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *ps_raise_tok_range(ps_parser *p, const tok_token *a, const tok_token *b,
                         const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* RAISE_SYNTAX_ERROR_STARTING_FROM(a): from A to the tokenizer's current
 * position. */
void *ps_raise_from_tok(ps_parser *p, const tok_token *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void *ps_raise_from_node(ps_parser *p, const ast_node *a, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* CPython's column for an error reported at token T: col+1, except for
 * tokens without a column of their own (INDENT, DEDENT, ENDMARKER), where
 * it is where the tokenizer's cursor was. */
void ps_tok_errpos(ps_parser *p, const tok_token *t, int32_t *lineno,
                   int32_t *col, int32_t *end_lineno, int32_t *end_col);

/* ------------------------------------------------------------------ */
/* Nodes and sequences */

ast_node *ps_node(ps_parser *p, ast_kind kind, int32_t start);
ast_node *ps_node_span(ps_parser *p, ast_kind kind, const ast_node *a, const ast_node *b);
ast_node *ps_node_tok(ps_parser *p, ast_kind kind, const tok_token *t);
void *ps_alloc(ps_parser *p, size_t size);
/* Sets the end of N to the end of the last non-whitespace token before
 * p->pos (CPython's EXTRA). */
void ps_set_end(ps_parser *p, ast_node *n);
void ps_set_start_tok(ast_node *n, const tok_token *t);

static inline void ps_copy_pos(ast_node *dst, const ast_node *src)
{
    dst->lineno = src->lineno; dst->col_offset = src->col_offset;
    dst->end_lineno = src->end_lineno; dst->end_col_offset = src->end_col_offset;
}

int ps_push(ps_parser *p, void *item);
/* A sequence of the items pushed since BASE (which are popped). */
ast_seq *ps_seq_pop(ps_parser *p, int32_t base);
ast_seq *ps_seq1(ps_parser *p, void *a);
ast_seq *ps_seq_prepend(ps_parser *p, void *a, ast_seq *s);
ast_seq *ps_seq_append(ps_parser *p, ast_seq *s, void *a);
ast_seq *ps_seq_empty(ps_parser *p);
ast_seq *ps_seq_join(ps_parser *p, ast_seq *a, ast_seq *b);
static inline void *ps_seq_last(const ast_seq *s) { return s->items[s->n - 1]; }

/* An identifier from NAME token T (NFKC-normalised when non-ASCII). */
const char *ps_ident(ps_parser *p, const tok_token *t);
/* Name(id, Load) for NAME token T. */
ast_node *ps_name_node(ps_parser *p, const tok_token *t);
/* CPython's _PyPegen_set_expr_context: a copy of E with CTX, recursively
 * for Tuple/List/Starred. */
ast_node *ps_set_ctx(ps_parser *p, ast_node *e, ast_ctx ctx);
ast_node *ps_constant(ps_parser *p, const tok_token *t, const_kind k);
ast_node *ps_empty_arguments(ps_parser *p);

/* The paren nesting level of the tokenizer at token I (for "Perhaps you
 * forgot a comma?", which CPython only suggests inside brackets). */
int ps_tok_level(ps_parser *p, int32_t i);

/* ------------------------------------------------------------------ */
/* Intermediate results */

typedef struct { ast_node *key, *value; } ps_kv;            /* KeyValuePair */
typedef struct { ast_node *arg, *value; } ps_nd;            /* NameDefaultPair */
typedef struct { ast_seq *plain, *with_def; } ps_swd;       /* SlashWithDefault */
typedef struct { ast_node *vararg; ast_seq *kwonly; ast_node *kwarg; } ps_staretc;
typedef struct { ast_node *elem; int is_kw; } ps_kos;       /* KeywordOrStarred */
typedef struct { ast_cmpop op; ast_node *e; } ps_cmp;
/* fstring conversion / format spec: the result and the token whose start
 * ends a debug expression's text. */
typedef struct { ast_node *res; const tok_token *tok; } ps_meta;

/* ------------------------------------------------------------------ */
/* Grammar entry points used across files */

/* parse_stmt.c */
ast_node *ps_file(ps_parser *p);
ast_node *ps_interactive(ps_parser *p);
ast_node *ps_eval(ps_parser *p);
ast_node *ps_func_type(ps_parser *p);
ast_seq *ps_block(ps_parser *p);
ast_node *ps_dotted_name(ps_parser *p);
ast_node *ps_simple_stmt(ps_parser *p);

/* parse_expr.c */
ast_node *ps_expressions(ps_parser *p);
ast_node *ps_expression(ps_parser *p);
ast_node *ps_expression_without_invalid(ps_parser *p);
ast_node *ps_yield_expr(ps_parser *p);
ast_node *ps_star_expressions(ps_parser *p);
ast_node *ps_star_expression(ps_parser *p);
ast_seq *ps_star_named_expressions(ps_parser *p);
ast_node *ps_star_named_expression(ps_parser *p);
ast_node *ps_assignment_expression(ps_parser *p);
ast_node *ps_named_expression(ps_parser *p);
ast_node *ps_disjunction(ps_parser *p);
ast_node *ps_inversion(ps_parser *p);
ast_node *ps_bitwise_or(ps_parser *p);
ast_node *ps_sum(ps_parser *p);
ast_node *ps_factor(ps_parser *p);
ast_node *ps_primary(ps_parser *p);
ast_node *ps_atom(ps_parser *p);
ast_node *ps_annotated_rhs(ps_parser *p);
ast_node *ps_arguments(ps_parser *p);
ast_node *ps_args(ps_parser *p);
ast_node *ps_kwargs_only(ps_parser *p);
ast_seq *ps_kwargs(ps_parser *p);
ast_node *ps_starred_expression(ps_parser *p);
ast_node *ps_slices(ps_parser *p);
ast_node *ps_lambdef(ps_parser *p);
/* parse_expr.c helpers shared with parse_target.c */
ast_node *ps_tuple_node(ps_parser *p, ast_seq *elts, ast_ctx ctx, int32_t start);
ast_node *ps_make_call(ps_parser *p, int32_t start, ast_node *func, ast_seq *args, ast_seq *kws);
int ps_call_parens(ps_parser *p, ast_node **args);   /* '(' [arguments] ')': 1 and the Call args */
ast_node *ps_subscript_brackets(ps_parser *p);       /* '[' slices ']' */
/* parse_params.c */
ast_node *ps_params(ps_parser *p);          /* def parameters: an arguments node */
ast_node *ps_lambda_params(ps_parser *p);
ast_node *ps_default(ps_parser *p);
ast_seq *ps_type_params(ps_parser *p);      /* '[' type_param, ... ']' */
ast_seq *ps_for_if_clauses(ps_parser *p);
ast_node *ps_star_targets(ps_parser *p);
ast_node *ps_star_target(ps_parser *p);
ast_node *ps_single_target(ps_parser *p);
ast_node *ps_single_subscript_attribute_target(ps_parser *p);
ast_node *ps_t_primary(ps_parser *p);
ast_seq *ps_del_targets(ps_parser *p);
ast_node *ps_list(ps_parser *p);
ast_node *ps_tuple(ps_parser *p);
ast_node *ps_genexp(ps_parser *p);
ast_node *ps_type_expressions_dummy(ps_parser *p);
ast_seq *ps_type_expressions(ps_parser *p);

/* parse_string.c */
ast_node *ps_strings(ps_parser *p);
ast_node *ps_string_atom(ps_parser *p);   /* &(STRING|FSTRING_START|TSTRING_START) strings */
ast_node *ps_number(ps_parser *p, const tok_token *t);

/* parse_pattern.c */
ast_node *ps_match_stmt(ps_parser *p);
ast_node *ps_invalid_match_stmt(ps_parser *p);

/* parser.c: whether SRC compiles in the sense of codeop.compile_command
 * (no SyntaxError: it parses, or it is incomplete input). */
int ps_compiles(const char *src, size_t len);
/* parser.c: ps_parse of BYTES[0..n) in 'single' mode as codeop's compiler
 * calls compile(), with PyCF_DONT_IMPLY_DEDENT (no DEDENTs close the
 * indentation at the end) and PyCF_ALLOW_INCOMPLETE_INPUT: on failure
 * *INCOMPLETE is 1 when CPython would raise _IncompleteInputError (the
 * parse failed with the tokenizer at the end of the source).  Warnings are
 * dropped.  Free res->arena with ar_free. */
int ps_parse_codeop(const char *bytes, size_t n, int *incomplete, ps_result *res);
/* parse_errors.c: the errors compile() finds in a parsed MOD beyond the
 * parser's (the symbol table's, and 'return'/'break'/'await' out of
 * place): 0 if none, -1. */
int ps_compile_check(ar_arena *arena, ast_node *mod);

/* parse_errors.c */
const char *ps_expr_name(const ast_node *e);
typedef enum { PS_STAR_TARGETS, PS_DEL_TARGETS, PS_FOR_TARGETS } ps_targets_type;
const ast_node *ps_invalid_target(const ast_node *e, ps_targets_type t);
/* RAISE_SYNTAX_ERROR_INVALID_TARGET: raises for the first invalid target in
 * E ("cannot assign to %s", "cannot delete %s"); returns NULL either way. */
void *ps_raise_invalid_target(ps_parser *p, ps_targets_type t, const ast_node *e);
int ps_is_legacy_stmt(ps_parser *p, const ast_node *name);
void *ps_arguments_parsing_error(ps_parser *p, const ast_node *call);
void *ps_nonparen_genexp_in_call(ps_parser *p, const ast_node *call, const ast_seq *comps);
const ast_node *ps_last_comprehension_item(const ast_node *comp);

#endif
