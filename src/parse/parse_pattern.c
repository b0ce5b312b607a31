/* The match statement and its patterns (PEP 634). */
#include "parser_int.h"

#define INVALID (p->invalid)
#define PAT(kind) ps_node(p, kind, start)

static ast_node *pattern(ps_parser *p);
static ast_node *closed_pattern(ps_parser *p);
static ast_node *star_pattern(ps_parser *p);

/* subject_expr:
 *     | star_named_expression ',' star_named_expressions? → Tuple
 *     | named_expression */
PS_RULE(static, ast_node *, subject_expr)
{
    int32_t start = p->pos;
    ast_node *a;
    if ((a = ps_star_named_expression(p)) && ps_expect(p, TK_COMMA)) {
        ast_seq *b = ps_star_named_expressions(p);
        if (p->error) return NULL;
        ast_seq *elts = ps_seq_prepend(p, a, b);
        if (!elts) return NULL;
        ast_node *t = ps_node(p, AST_Tuple, start);
        if (!t) return NULL;
        t->v.Tuple.elts = elts;
        t->v.Tuple.ctx = AST_Load;
        return t;
    }
    if (p->error) return NULL;
    p->pos = start;
    return ps_named_expression(p);
}

/* ------------------------------------------------------------------ */
/* Literal and value patterns */

/* signed_number: NUMBER | '-' NUMBER */
static ast_node *signed_number(ps_parser *p)
{
    int32_t start = p->pos;
    const tok_token *t;
    if ((t = ps_expect(p, TK_NUMBER))) return ps_number(p, t);
    if (ps_expect(p, TK_MINUS) && (t = ps_expect(p, TK_NUMBER))) {
        ast_node *n = ps_number(p, t);
        if (!n) return NULL;
        ast_node *u = ps_node(p, AST_UnaryOp, start);
        if (!u) return NULL;
        u->v.UnaryOp.op = AST_USub;
        u->v.UnaryOp.operand = n;
        return u;
    }
    p->pos = start;
    return NULL;
}

static int is_imag(const ast_node *e)
{
    return e->kind == AST_Constant && e->v.Constant.value.kind == CONST_IMAG;
}

/* complex_number:
 *     | signed_real_number ('+' | '-') imaginary_number → BinOp
 * signed_real_number: real_number | '-' real_number
 * real_number: NUMBER (ensure_real); imaginary_number: NUMBER (ensure_imaginary) */
static ast_node *complex_number(ps_parser *p)
{
    int32_t start = p->pos;
    const tok_token *t;
    ast_node *real = NULL;
    int neg = ps_expect(p, TK_MINUS) != NULL;
    if (!(t = ps_expect(p, TK_NUMBER))) { p->pos = start; return NULL; }
    real = ps_number(p, t);
    if (!real) return NULL;
    if (is_imag(real)) return ps_raise_node(p, real, "real number required in complex literal");
    if (neg) {
        ast_node *u = ps_node(p, AST_UnaryOp, start);
        if (!u) return NULL;
        u->v.UnaryOp.op = AST_USub;
        u->v.UnaryOp.operand = real;
        real = u;
    }
    ast_operator op = ps_expect(p, TK_PLUS) ? AST_Add : ps_expect(p, TK_MINUS) ? AST_Sub : 0;
    if (!op || !(t = ps_expect(p, TK_NUMBER))) { p->pos = start; return NULL; }
    ast_node *imag = ps_number(p, t);
    if (!imag) return NULL;
    if (!is_imag(imag)) return ps_raise_node(p, imag, "imaginary number required in complex literal");
    ast_node *b = ps_node(p, AST_BinOp, start);
    if (!b) return NULL;
    b->v.BinOp.left = real;
    b->v.BinOp.op = op;
    b->v.BinOp.right = imag;
    return b;
}

/* literal_expr (LIT_EXPR: the Constant itself) / literal_pattern:
 *     | signed_number !('+' | '-') | complex_number | strings
 *     | 'None' | 'True' | 'False' */
static ast_node *literal(ps_parser *p, int lit_expr)
{
    int32_t start = p->pos;
    ast_node *v;
    if ((v = signed_number(p))) {
        if (!ps_at(p, TK_PLUS) && !ps_at(p, TK_MINUS)) goto value;
        p->pos = start;
    }
    if (p->error) return NULL;
    if ((v = complex_number(p))) goto value;
    if (p->error) return NULL;
    const tok_token *t = ps_tok(p, p->pos);
    if (t->kind == TK_STRING || t->kind == TK_FSTRING_START || t->kind == TK_TSTRING_START) {
        if ((v = ps_strings(p))) goto value;
        return NULL;
    }
    const_kind k;
    switch (t->kind) {
    case TK_KW_NONE: k = CONST_NONE; break;
    case TK_KW_TRUE: k = CONST_TRUE; break;
    case TK_KW_FALSE: k = CONST_FALSE; break;
    default: return NULL;
    }
    p->pos++;
    if (lit_expr) return ps_constant(p, t, k);
    v = PAT(AST_MatchSingleton);
    if (v) v->v.MatchSingleton.value.kind = k;
    return v;
value:
    if (lit_expr) return v;
    ast_node *n = PAT(AST_MatchValue);
    if (n) n->v.MatchValue.value = v;
    return n;
}

/* name_or_attr: attr | NAME;  attr: name_or_attr '.' NAME
 * (NEED_DOT: attr, which needs at least one dot) */
static ast_node *name_or_attr(ps_parser *p, int need_dot)
{
    int32_t start = p->pos;
    const tok_token *t = ps_expect(p, TK_NAME), *b;
    if (!t) return NULL;
    ast_node *a = ps_name_node(p, t);
    if (!a) return NULL;
    int dots = 0;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_DOT) || !(b = ps_expect(p, TK_NAME))) { p->pos = m; break; }
        ast_node *n = PAT(AST_Attribute);
        if (!n || !(n->v.Attribute.attr = ps_ident(p, b))) return NULL;
        n->v.Attribute.value = a;
        n->v.Attribute.ctx = AST_Load;
        a = n;
        dots++;
    }
    if (need_dot && !dots) { p->pos = start; return NULL; }
    return a;
}

/* !('.' | '(' | '=') */
static int no_trailer(ps_parser *p)
{
    int k = ps_kind(p);
    return k != TK_DOT && k != TK_LPAR && k != TK_EQUAL;
}

/* pattern_capture_target: !"_" NAME !('.' | '(' | '=') → Name(Store) */
static ast_node *capture_target(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *t = ps_tok(p, p->pos);
    if (t->kind != TK_NAME || ps_tok_is(p, t, "_")) return NULL;
    p->pos++;
    if (!no_trailer(p)) { p->pos = m; return NULL; }
    ast_node *a = ps_name_node(p, t);
    return a ? ps_set_ctx(p, a, AST_Store) : NULL;
}

/* ------------------------------------------------------------------ */
/* Sequences, mappings, classes */

/* maybe_star_pattern: star_pattern | pattern */
static ast_node *maybe_star_pattern(ps_parser *p)
{
    ast_node *a = star_pattern(p);
    if (a || p->error) return a;
    return pattern(p);
}

/* maybe_sequence_pattern: ','.maybe_star_pattern+ ','?   (pushed) */
static int maybe_sequence_pattern(ps_parser *p)
{
    ast_node *a = maybe_star_pattern(p);
    if (!a || ps_push(p, a) < 0) return 0;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA)) break;
        if (!(a = maybe_star_pattern(p))) {
            if (p->error) return 0;
            p->pos = m + 1;
            break;
        }
        if (ps_push(p, a) < 0) return 0;
    }
    return 1;
}

/* open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?  (pushed) */
static int open_sequence_pattern(ps_parser *p)
{
    int32_t m = p->pos, base = p->sp;
    ast_node *a = maybe_star_pattern(p);
    if (!a || !ps_expect(p, TK_COMMA)) { if (!p->error) p->pos = m; return 0; }
    if (ps_push(p, a) < 0) return 0;
    int32_t k = p->pos;
    if (!maybe_sequence_pattern(p)) {
        if (p->error) { p->sp = base; return 0; }
        p->sp = base + 1;
        p->pos = k;
    }
    return 1;
}

/* star_pattern (memo): '*' pattern_capture_target | '*' wildcard_pattern */
PS_MEMO_RULE(static, ast_node *, star_pattern, M_STAR_PATTERN)
{
    int32_t start = p->pos;
    if (!ps_expect(p, TK_STAR)) return NULL;
    ast_node *t = capture_target(p);
    const char *name = NULL;
    if (t) {
        name = t->v.Name.id;
    } else {
        if (p->error) return NULL;
        if (!ps_expect_soft(p, "_")) { p->pos = start; return NULL; }
    }
    ast_node *n = PAT(AST_MatchStar);
    if (n) n->v.MatchStar.name = name;
    return n;
}

/* key_value_pattern: (literal_expr | attr) ':' pattern   (key, value pushed) */
static int key_value_pattern(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *k = literal(p, 1), *v;
    if (!k && !p->error) k = name_or_attr(p, 1);
    if (k && ps_expect(p, TK_COLON) && (v = pattern(p)))
        return ps_push(p, k) == 0 && ps_push(p, v) == 0;
    if (!p->error) p->pos = m;
    return 0;
}

/* items_pattern: ','.key_value_pattern+   (pushed as key, value pairs) */
static int items_pattern(ps_parser *p)
{
    int32_t base = p->sp;
    if (!key_value_pattern(p)) return 0;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA) || !key_value_pattern(p)) {
            if (p->error) { p->sp = base; return 0; }
            p->pos = m;
            break;
        }
    }
    return 1;
}

/* double_star_pattern: '**' pattern_capture_target */
static ast_node *double_star_pattern(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *t;
    if (ps_expect(p, TK_DOUBLESTAR) && (t = capture_target(p))) return t;
    p->pos = m;
    return NULL;
}

static ast_node *make_mapping(ps_parser *p, int32_t start, int32_t base, ast_node *rest)
{
    int32_t n = (p->sp - base) / 2;
    ast_seq *keys = NULL, *pats = NULL;
    if (n) {
        keys = ast_seq_new(p->arena, n);
        pats = ast_seq_new(p->arena, n);
        if (!keys || !pats) { ps_oom(p); return NULL; }
        for (int32_t i = 0; i < n; i++) {
            keys->items[i] = p->stk[base + 2 * i];
            pats->items[i] = p->stk[base + 2 * i + 1];
        }
    }
    p->sp = base;
    ast_node *m = PAT(AST_MatchMapping);
    if (!m) return NULL;
    m->v.MatchMapping.keys = keys;
    m->v.MatchMapping.patterns = pats;
    m->v.MatchMapping.rest = rest ? rest->v.Name.id : NULL;
    return m;
}

/* mapping_pattern:
 *     | '{' '}'
 *     | '{' double_star_pattern ','? '}'
 *     | '{' items_pattern ',' double_star_pattern ','? '}'
 *     | '{' items_pattern ','? '}' */
static ast_node *mapping_pattern(ps_parser *p)
{
    int32_t start = p->pos, base = p->sp;
    if (!ps_expect(p, TK_LBRACE)) return NULL;
    if (ps_expect(p, TK_RBRACE)) return make_mapping(p, start, base, NULL);
    ast_node *rest;
    if ((rest = double_star_pattern(p))) {
        ps_expect(p, TK_COMMA);
        if (ps_expect(p, TK_RBRACE)) return make_mapping(p, start, base, rest);
    }
    if (p->error) return NULL;
    p->pos = start + 1;
    if (items_pattern(p)) {
        int32_t k = p->pos;
        if (ps_expect(p, TK_COMMA) && (rest = double_star_pattern(p))) {
            ps_expect(p, TK_COMMA);
            if (ps_expect(p, TK_RBRACE)) return make_mapping(p, start, base, rest);
        }
        if (p->error) { p->sp = base; return NULL; }
        p->pos = k;
        ps_expect(p, TK_COMMA);
        if (ps_expect(p, TK_RBRACE)) return make_mapping(p, start, base, NULL);
    }
    p->sp = base;
    if (!p->error) p->pos = start;
    return NULL;
}

/* positional_patterns: ','.pattern+   (pushed; 0 when none) */
static int positional_patterns(ps_parser *p)
{
    ast_node *a = pattern(p);
    if (!a || ps_push(p, a) < 0) return 0;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA) || !(a = pattern(p))) {
            if (p->error) return 0;
            p->pos = m;
            break;
        }
        if (ps_push(p, a) < 0) return 0;
    }
    return 1;
}

/* keyword_pattern: NAME '=' pattern   (name token, pattern pushed) */
static int keyword_pattern(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *t;
    ast_node *v;
    if ((t = ps_expect(p, TK_NAME)) && ps_expect(p, TK_EQUAL) && (v = pattern(p)))
        return ps_push(p, (void *)t) == 0 && ps_push(p, v) == 0;
    if (!p->error) p->pos = m;
    return 0;
}

/* keyword_patterns: ','.keyword_pattern+ */
static int keyword_patterns(ps_parser *p)
{
    if (!keyword_pattern(p)) return 0;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA) || !keyword_pattern(p)) {
            if (p->error) return 0;
            p->pos = m;
            break;
        }
    }
    return 1;
}

/* invalid_class_pattern: name_or_attr '(' a=invalid_class_argument_pattern
 * invalid_class_argument_pattern:
 *     [positional_patterns ','] keyword_patterns ',' a=positional_patterns */
static void invalid_class_pattern(ps_parser *p)
{
    int32_t m = p->pos, base = p->sp;
    if (name_or_attr(p, 0) && ps_expect(p, TK_LPAR)) {
        int32_t k = p->pos;
        if (!(positional_patterns(p) && ps_expect(p, TK_COMMA))) {
            if (p->error) goto out;
            p->pos = k;
        }
        p->sp = base;
        if (keyword_patterns(p) && ps_expect(p, TK_COMMA)) {
            int32_t b2 = p->sp;
            if (positional_patterns(p)) {
                ps_raise_range(p, p->stk[b2], p->stk[p->sp - 1],
                               "positional patterns follow keyword patterns");
                goto out;
            }
        }
    }
out:
    p->sp = base;
    if (!p->error) p->pos = m;
}

/* class_pattern:
 *     | name_or_attr '(' ')'
 *     | name_or_attr '(' positional_patterns ','? ')'
 *     | name_or_attr '(' keyword_patterns ','? ')'
 *     | name_or_attr '(' positional_patterns ',' keyword_patterns ','? ')'
 *     | invalid_class_pattern */
static ast_node *class_pattern(ps_parser *p)
{
    int32_t start = p->pos, base = p->sp;
    ast_node *cls = name_or_attr(p, 0);
    if (!cls || !ps_expect(p, TK_LPAR)) { if (!p->error) p->pos = start; return NULL; }
    int32_t k = p->pos;
    ast_seq *pats = NULL, *attrs = NULL, *kpats = NULL;
    if (ps_expect(p, TK_RPAR)) goto make;
    if (positional_patterns(p)) {
        int32_t j = p->pos;
        ps_expect(p, TK_COMMA);
        if (ps_expect(p, TK_RPAR)) {
            pats = ps_seq_pop(p, base);
            goto make;
        }
        p->pos = j;
        if (ps_expect(p, TK_COMMA)) {
            int32_t kb = p->sp;
            if (keyword_patterns(p)) {
                ps_expect(p, TK_COMMA);
                if (ps_expect(p, TK_RPAR)) {
                    int32_t n = (p->sp - kb) / 2;
                    attrs = ast_seq_new(p->arena, n);
                    kpats = ast_seq_new(p->arena, n);
                    if (!attrs || !kpats) { ps_oom(p); return NULL; }
                    for (int32_t i = 0; i < n; i++) {
                        attrs->items[i] = (void *)ps_ident(p, p->stk[kb + 2 * i]);
                        kpats->items[i] = p->stk[kb + 2 * i + 1];
                    }
                    p->sp = kb;
                    pats = ps_seq_pop(p, base);
                    goto make;
                }
            }
        }
    }
    if (p->error) { p->sp = base; return NULL; }
    p->sp = base;
    p->pos = k;
    if (keyword_patterns(p)) {
        ps_expect(p, TK_COMMA);
        if (ps_expect(p, TK_RPAR)) {
            int32_t n = (p->sp - base) / 2;
            attrs = ast_seq_new(p->arena, n);
            kpats = ast_seq_new(p->arena, n);
            if (!attrs || !kpats) { ps_oom(p); return NULL; }
            for (int32_t i = 0; i < n; i++) {
                attrs->items[i] = (void *)ps_ident(p, p->stk[base + 2 * i]);
                kpats->items[i] = p->stk[base + 2 * i + 1];
            }
            p->sp = base;
            goto make;
        }
    }
    p->sp = base;
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID) invalid_class_pattern(p);
    return NULL;
make:;
    if (p->error) return NULL;
    ast_node *n = PAT(AST_MatchClass);
    if (!n) return NULL;
    n->v.MatchClass.cls = cls;
    n->v.MatchClass.patterns = pats;
    n->v.MatchClass.kwd_attrs = attrs;
    n->v.MatchClass.kwd_patterns = kpats;
    return n;
}

/* closed_pattern (memo):
 *     | literal_pattern | capture_pattern | wildcard_pattern | value_pattern
 *     | group_pattern | sequence_pattern | mapping_pattern | class_pattern */
PS_MEMO_RULE(static, ast_node *, closed_pattern, M_CLOSED_PATTERN)
{
    int32_t start = p->pos, base = p->sp;
    ast_node *a, *n;
    if ((a = literal(p, 0)) || p->error) return a;
    /* capture_pattern: pattern_capture_target → MatchAs(NULL, name) */
    if ((a = capture_target(p))) {
        n = PAT(AST_MatchAs);
        if (n) n->v.MatchAs.name = a->v.Name.id;
        return n;
    }
    if (p->error) return NULL;
    /* wildcard_pattern: "_" */
    if (ps_expect_soft(p, "_")) return PAT(AST_MatchAs);
    /* value_pattern: attr !('.' | '(' | '=') */
    if ((a = name_or_attr(p, 1)) && no_trailer(p)) {
        n = PAT(AST_MatchValue);
        if (n) n->v.MatchValue.value = a;
        return n;
    }
    if (p->error) return NULL;
    p->pos = start;
    /* group_pattern: '(' pattern ')' */
    if (ps_expect(p, TK_LPAR) && (a = pattern(p)) && ps_expect(p, TK_RPAR)) return a;
    if (p->error) return NULL;
    p->pos = start;
    /* sequence_pattern:
     *     | '[' maybe_sequence_pattern? ']'
     *     | '(' open_sequence_pattern? ')' */
    int open = ps_kind(p);
    if (open == TK_LSQB || open == TK_LPAR) {
        p->pos++;
        int32_t k = p->pos;
        if (!(open == TK_LSQB ? maybe_sequence_pattern(p) : open_sequence_pattern(p))) {
            if (p->error) { p->sp = base; return NULL; }
            p->sp = base;
            p->pos = k;
        }
        if (ps_expect(p, open == TK_LSQB ? TK_RSQB : TK_RPAR)) {
            ast_seq *pats = p->sp > base ? ps_seq_pop(p, base) : NULL;
            if (p->error) return NULL;
            n = PAT(AST_MatchSequence);
            if (n) n->v.MatchSequence.patterns = pats;
            return n;
        }
        p->sp = base;
        p->pos = start;
    }
    if ((a = mapping_pattern(p)) || p->error) return a;
    return class_pattern(p);
}

/* or_pattern: '|'.closed_pattern+ → the pattern, or MatchOr */
PS_RULE(static, ast_node *, or_pattern)
{
    int32_t start = p->pos, base = p->sp;
    ast_node *a = closed_pattern(p);
    if (!a) return NULL;
    if (ps_push(p, a) < 0) return NULL;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_VBAR) || !(a = closed_pattern(p))) {
            if (p->error) { p->sp = base; return NULL; }
            p->pos = m;
            break;
        }
        if (ps_push(p, a) < 0) return NULL;
    }
    if (p->sp - base == 1) {
        a = p->stk[base];
        p->sp = base;
        return a;
    }
    ast_seq *pats = ps_seq_pop(p, base);
    if (!pats) return NULL;
    ast_node *n = PAT(AST_MatchOr);
    if (n) n->v.MatchOr.patterns = pats;
    return n;
}

/* pattern: as_pattern | or_pattern
 * as_pattern:
 *     | or_pattern 'as' pattern_capture_target → MatchAs
 *     | invalid_as_pattern */
PS_RULE(static, ast_node *, pattern)
{
    int32_t start = p->pos;
    ast_node *a = or_pattern(p), *t;
    if (!a) return NULL;
    int32_t m = p->pos;
    if (ps_expect(p, TK_KW_AS) && (t = capture_target(p))) {
        ast_node *n = PAT(AST_MatchAs);
        if (!n) return NULL;
        n->v.MatchAs.pattern = a;
        n->v.MatchAs.name = t->v.Name.id;
        return n;
    }
    if (p->error) return NULL;
    p->pos = m;
    if (INVALID && ps_expect(p, TK_KW_AS)) {
        /* invalid_as_pattern:
         *     | or_pattern 'as' a="_"
         *     | or_pattern 'as' !NAME a=expression */
        const tok_token *u = ps_tok(p, p->pos);
        if (ps_tok_is(p, u, "_"))
            return ps_raise_tok(p, u, "cannot use '_' as a target");
        ast_node *e;
        if ((e = ps_expression(p)))
            return ps_raise_node(p, e, "cannot use %s as pattern target", ps_expr_name(e));
        if (p->error) return NULL;
    }
    p->pos = m;
    return a;       /* or_pattern */
}

/* patterns: open_sequence_pattern → MatchSequence | pattern */
PS_RULE(static, ast_node *, patterns)
{
    int32_t start = p->pos, base = p->sp;
    if (open_sequence_pattern(p)) {
        ast_seq *pats = ps_seq_pop(p, base);
        if (!pats) return NULL;
        ast_node *n = PAT(AST_MatchSequence);
        if (n) n->v.MatchSequence.patterns = pats;
        return n;
    }
    if (p->error) return NULL;
    return pattern(p);
}

/* guard: 'if' named_expression */
static ast_node *guard(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *g;
    if (ps_expect(p, TK_KW_IF) && (g = ps_named_expression(p))) return g;
    if (!p->error) p->pos = m;
    return NULL;
}

/* invalid_case_block:
 *     | "case" patterns guard? NEWLINE
 *     | a="case" patterns guard? ':' NEWLINE !INDENT */
static void invalid_case_block(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *a = ps_expect_soft(p, "case");
    if (!a) return;
    if (patterns(p)) {
        guard(p);
        if (p->error) return;
        if (ps_expect(p, TK_NEWLINE)) {
            ps_raise(p, DIAG_SYNTAX, 0, "expected ':'");
            return;
        }
        if (ps_expect(p, TK_COLON)) {
            int32_t k = p->pos;
            if (ps_expect(p, TK_NEWLINE) && !ps_at(p, TK_INDENT)) {
                ps_raise(p, DIAG_INDENTATION, 0,
                         "expected an indented block after 'case' statement on line %d", (int)a->lineno);
                return;
            }
            p->pos = k;
        }
    }
    if (!p->error) p->pos = m;
}

/* case_block:
 *     | invalid_case_block
 *     | "case" patterns guard? ':' block */
PS_RULE(static, ast_node *, case_block)
{
    int32_t m = p->pos;
    if (INVALID) {
        invalid_case_block(p);
        if (p->error) return NULL;
    }
    ast_node *pat, *g;
    ast_seq *body;
    if (!ps_expect_soft(p, "case") || !(pat = patterns(p))) { if (!p->error) p->pos = m; return NULL; }
    g = guard(p);
    if (p->error) return NULL;
    if (!ps_expect(p, TK_COLON) || !(body = ps_block(p))) { if (!p->error) p->pos = m; return NULL; }
    ast_node *c = ast_new(p->arena, AST_match_case);
    if (!c) { ps_oom(p); return NULL; }
    c->v.match_case.pattern = pat;
    c->v.match_case.guard = g;
    c->v.match_case.body = body;
    return c;
}

/* invalid_match_stmt:
 *     | "match" subject_expr NEWLINE
 *     | a="match" subject_expr ':' NEWLINE !INDENT */
ast_node *ps_invalid_match_stmt(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *a = ps_expect_soft(p, "match");
    if (!a) return NULL;
    if (subject_expr(p)) {
        if (ps_expect(p, TK_NEWLINE)) return ps_raise(p, DIAG_SYNTAX, 0, "expected ':'");
        if (ps_expect(p, TK_COLON)) {
            if (ps_expect(p, TK_NEWLINE) && !ps_at(p, TK_INDENT))
                return ps_raise(p, DIAG_INDENTATION, 0,
                                "expected an indented block after 'match' statement on line %d",
                                (int)a->lineno);
        }
    }
    if (!p->error) p->pos = m;
    return NULL;
}

/* match_stmt:
 *     | "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT
 *     | invalid_match_stmt */
PS_RULE(, ast_node *, ps_match_stmt)
{
    int32_t start = p->pos, base = p->sp;
    ast_node *subject, *c;
    if (ps_expect_soft(p, "match") && (subject = subject_expr(p)) && ps_expect(p, TK_COLON)
        && ps_expect(p, TK_NEWLINE) && ps_expect(p, TK_INDENT)) {
        while ((c = case_block(p)))
            if (ps_push(p, c) < 0) return NULL;
        if (p->error) { p->sp = base; return NULL; }
        if (p->sp > base && ps_expect(p, TK_DEDENT)) {
            ast_seq *cases = ps_seq_pop(p, base);
            if (!cases) return NULL;
            ast_node *s = PAT(AST_Match);
            if (!s) return NULL;
            s->v.Match.subject = subject;
            s->v.Match.cases = cases;
            return s;
        }
        p->sp = base;
    }
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID) ps_invalid_match_stmt(p);
    return NULL;
}
