/* Expressions: CPython's grammar from `expressions` down to atoms, with
 * slices, comprehensions, displays and lambdas.  Call arguments are in
 * parse_args.c, targets in parse_target.c, strings in parse_string.c. */
#include "parser_int.h"

#define INVALID (p->invalid)
/* An expression node of KIND from token START to the last token consumed */
#define EXPR(kind) ps_node(p, kind, start)

static ast_node *conjunction(ps_parser *p);
static ast_node *comparison(ps_parser *p);
static ast_node *invalid_named_expression(ps_parser *p);
static ast_node *await_primary(ps_parser *p);
static ast_node *set_or_dict(ps_parser *p);
static ast_node *listcomp(ps_parser *p);
static ast_node *group(ps_parser *p);
static ast_seq *double_starred_kvpairs(ps_parser *p);
static ps_kv *kvpair(ps_parser *p);
static ast_node *slice(ps_parser *p);
static void invalid_comprehension(ps_parser *p);

ast_node *ps_tuple_node(ps_parser *p, ast_seq *elts, ast_ctx ctx, int32_t start)
{
    ast_node *n = EXPR(AST_Tuple);
    if (!n) return NULL;
    n->v.Tuple.elts = elts;
    n->v.Tuple.ctx = ctx;
    return n;
}

/* ------------------------------------------------------------------ */
/* Comma-separated expressions */

/* expressions (STAR: star_expressions):
 *     | a=expression (',' c=expression)+ [','] → Tuple
 *     | a=expression ',' → Tuple
 *     | expression */
static ast_node *comma_expressions(ps_parser *p, int star)
{
    if (!PS_ENTER(p)) return NULL;
    int32_t start = p->pos, base = p->sp;
    ast_node *r = star ? ps_star_expression(p) : ps_expression(p);
    if (!r || !ps_at(p, TK_COMMA)) goto out;
    if (ps_push(p, r) < 0) { r = NULL; goto out; }
    for (;;) {
        int32_t m = p->pos;
        ast_node *c;
        if (!ps_expect(p, TK_COMMA)) break;
        if (!(c = star ? ps_star_expression(p) : ps_expression(p))) {
            if (p->error) { r = NULL; goto out; }
            /* the trailing [','] */
            p->pos = m + 1;
            break;
        }
        if (ps_push(p, c) < 0) { r = NULL; goto out; }
    }
    {
        ast_seq *elts = ps_seq_pop(p, base);
        r = elts ? ps_tuple_node(p, elts, AST_Load, start) : NULL;
    }
out:
    if (!r) { p->sp = base; if (!p->error) p->pos = start; }
    p->level--;
    return r;
}

ast_node *ps_expressions(ps_parser *p) { return comma_expressions(p, 0); }
ast_node *ps_star_expressions(ps_parser *p) { return comma_expressions(p, 1); }

/* annotated_rhs: yield_expr | star_expressions */
ast_node *ps_annotated_rhs(ps_parser *p)
{
    ast_node *a = ps_yield_expr(p);
    if (a || p->error) return a;
    return ps_star_expressions(p);
}

/* yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
PS_RULE(, ast_node *, ps_yield_expr)
{
    int32_t start = p->pos;
    if (!ps_expect(p, TK_KW_YIELD)) return NULL;
    ast_node *a, *n;
    if (ps_expect(p, TK_KW_FROM) && (a = ps_expression(p))) {
        n = EXPR(AST_YieldFrom);
        if (n) n->v.YieldFrom.value = a;
        return n;
    }
    if (p->error) return NULL;
    p->pos = start + 1;
    a = ps_star_expressions(p);
    if (p->error) return NULL;
    n = EXPR(AST_Yield);
    if (n) n->v.Yield.value = a;
    return n;
}

/* The shared shape of star_expression and star_named_expression:
 * '*' bitwise_or → Starred | OTHERWISE */
static ast_node *ps_starred_or(ps_parser *p, ast_node *(*otherwise)(ps_parser *))
{
    int32_t start = p->pos;
    ast_node *a;
    if (ps_expect(p, TK_STAR) && (a = ps_bitwise_or(p))) {
        ast_node *n = EXPR(AST_Starred);
        if (!n) return NULL;
        n->v.Starred.value = a;
        n->v.Starred.ctx = AST_Load;
        return n;
    }
    if (p->error) return NULL;
    p->pos = start;
    return otherwise(p);
}

/* star_expression (memo): '*' bitwise_or → Starred | expression */
PS_RULE(, ast_node *, ps_star_expression)
{
    return ps_starred_or(p, ps_expression);
}

/* star_named_expression: '*' bitwise_or → Starred | named_expression */
PS_RULE(, ast_node *, ps_star_named_expression)
{
    return ps_starred_or(p, ps_named_expression);
}

/* star_named_expressions: ','.star_named_expression+ [','] */
PS_RULE(, ast_seq *, ps_star_named_expressions)
{
    int32_t base = p->sp;
    ast_node *a = ps_star_named_expression(p);
    if (!a) return NULL;
    if (ps_push(p, a) < 0) return NULL;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA)) break;
        if (!(a = ps_star_named_expression(p))) {
            if (p->error) { p->sp = base; return NULL; }
            p->pos = m + 1;         /* the trailing [','] */
            break;
        }
        if (ps_push(p, a) < 0) return NULL;
    }
    return ps_seq_pop(p, base);
}

/* assignment_expression: NAME ':=' ~ expression */
PS_RULE(, ast_node *, ps_assignment_expression)
{
    int32_t start = p->pos;
    const tok_token *t = ps_expect(p, TK_NAME);
    if (!t || !ps_expect(p, TK_COLONEQUAL)) { p->pos = start; return NULL; }
    ast_node *b = ps_expression(p);
    if (!b) { p->pos = start; return NULL; }
    ast_node *a = ps_name_node(p, t);
    if (!a || !(a = ps_set_ctx(p, a, AST_Store))) return NULL;
    ast_node *n = EXPR(AST_NamedExpr);
    if (!n) return NULL;
    n->v.NamedExpr.target = a;
    n->v.NamedExpr.value = b;
    return n;
}

/* named_expression: assignment_expression | invalid_named_expression | expression !':=' */
PS_RULE(, ast_node *, ps_named_expression)
{
    int32_t m = p->pos;
    ast_node *a = ps_assignment_expression(p);
    if (a || p->error) return a;
    if (INVALID) {
        invalid_named_expression(p);
        if (p->error) return NULL;
        p->pos = m;
    }
    a = ps_expression(p);
    if (a && ps_at(p, TK_COLONEQUAL)) { p->pos = m; return NULL; }
    return a;
}

/* ------------------------------------------------------------------ */
/* expression */

/* invalid_legacy_expression: a=NAME !'(' b=star_expressions */
static void invalid_legacy_expression(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *t = ps_expect(p, TK_NAME);
    ast_node *b;
    if (t && !ps_at(p, TK_LPAR) && (b = ps_star_expressions(p))) {
        ast_node *a = ps_name_node(p, t);
        if (a && ps_is_legacy_stmt(p, a))
            ps_raise_range(p, a, b, "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                           a->v.Name.id, a->v.Name.id);
    }
    p->pos = m;
}

/* pass_stmt | break_stmt | continue_stmt, for invalid_expression */
static ast_node *small_stmt_kw(ps_parser *p)
{
    int32_t start = p->pos;
    switch (ps_kind(p)) {
    case TK_KW_PASS: p->pos++; return ps_node(p, AST_Pass, start);
    case TK_KW_BREAK: p->pos++; return ps_node(p, AST_Break, start);
    case TK_KW_CONTINUE: p->pos++; return ps_node(p, AST_Continue, start);
    default: return NULL;
    }
}

static int is_soft_keyword(ps_parser *p, const tok_token *t)
{
    return ps_tok_is(p, t, "match") || ps_tok_is(p, t, "case") || ps_tok_is(p, t, "_")
        || ps_tok_is(p, t, "type");
}

/* invalid_expression: see python.gram */
static void invalid_expression(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *a, *b;
    /* STRING a=(!STRING expression_without_invalid)+ STRING */
    if (ps_expect(p, TK_STRING)) {
        ast_node *first = NULL, *last = NULL;
        for (;;) {
            if (ps_at(p, TK_STRING)) break;
            ast_node *e = ps_expression_without_invalid(p);
            if (!e) break;
            if (!first) first = e;
            last = e;
        }
        if (p->error) return;
        if (first && ps_expect(p, TK_STRING)) {
            ps_raise_range(p, first, last, "invalid syntax. Is this intended to be part of the string?");
            return;
        }
    }
    if (p->error) return;
    p->pos = m;
    /* !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid */
    {
        const tok_token *t = ps_tok(p, p->pos);
        int look = 0;
        if (t->kind == TK_NAME) {
            look = ps_kind_at(p, p->pos + 1) == TK_STRING;
            if (!look) look = is_soft_keyword(p, t);
        }
        if (!look && (a = ps_disjunction(p)) && (b = ps_expression_without_invalid(p))) {
            if (!ps_is_legacy_stmt(p, a) && ps_tok_level(p, p->pos) != 0) {
                ps_raise_range(p, a, b, "invalid syntax. Perhaps you forgot a comma?");
                return;
            }
        }
        if (p->error) return;
        p->pos = m;
    }
    /* a=disjunction 'if' b=disjunction !('else'|':') */
    if ((a = ps_disjunction(p)) && ps_expect(p, TK_KW_IF) && (b = ps_disjunction(p))) {
        if (!ps_at(p, TK_KW_ELSE) && !ps_at(p, TK_COLON)) {
            ps_raise_range(p, a, b, "expected 'else' after 'if' expression");
            return;
        }
        /* a=disjunction 'if' b=disjunction 'else' !expression */
        if (ps_expect(p, TK_KW_ELSE)) {
            int32_t k = p->pos;
            ast_node *c = ps_expression(p);
            if (p->error) return;
            p->pos = k;
            if (!c) {
                ps_raise(p, DIAG_SYNTAX, 1, "expected expression after 'else', but statement is given");
                return;
            }
        }
    }
    if (p->error) return;
    p->pos = m;
    /* a=(pass_stmt|break_stmt|continue_stmt) 'if' b=disjunction 'else' c=simple_stmt */
    if ((a = small_stmt_kw(p)) && ps_expect(p, TK_KW_IF) && ps_disjunction(p)
        && ps_expect(p, TK_KW_ELSE) && ps_simple_stmt(p)) {
        ps_raise_node(p, a, "expected expression before 'if', but statement is given");
        return;
    }
    if (p->error) return;
    p->pos = m;
    /* a='lambda' [lambda_params] b=':' &FSTRING_MIDDLE (and TSTRING_MIDDLE) */
    const tok_token *la = ps_expect(p, TK_KW_LAMBDA), *colon;
    if (la) {
        ps_lambda_params(p);
        if (!p->error && (colon = ps_expect(p, TK_COLON))) {
            if (ps_at(p, TK_FSTRING_MIDDLE)) {
                ps_raise_tok_range(p, la, colon, "f-string: lambda expressions are not allowed without parentheses");
                return;
            }
            if (ps_at(p, TK_TSTRING_MIDDLE)) {
                ps_raise_tok_range(p, la, colon, "t-string: lambda expressions are not allowed without parentheses");
                return;
            }
        }
    }
    p->pos = m;
}

/* expression (memo):
 *     | invalid_expression
 *     | invalid_legacy_expression
 *     | disjunction 'if' disjunction 'else' expression
 *     | disjunction
 *     | lambdef */
PS_MEMO_RULE(, ast_node *, ps_expression, M_EXPRESSION)
{
    int32_t start = p->pos;
    if (INVALID) {
        invalid_expression(p);
        if (p->error) return NULL;
        invalid_legacy_expression(p);
        if (p->error) return NULL;
    }
    ast_node *a = ps_disjunction(p), *b, *c;
    if (a) {
        int32_t m = p->pos;
        if (ps_expect(p, TK_KW_IF) && (b = ps_disjunction(p)) && ps_expect(p, TK_KW_ELSE)
            && (c = ps_expression(p))) {
            ast_node *n = EXPR(AST_IfExp);
            if (!n) return NULL;
            n->v.IfExp.test = b;
            n->v.IfExp.body = a;
            n->v.IfExp.orelse = c;
            return n;
        }
        if (p->error) return NULL;
        p->pos = m;
        return a;
    }
    if (p->error) return NULL;
    return ps_lambdef(p);
}

/* expression_without_invalid: expression's own alternatives with the
 * invalid_* rules off below it. */
PS_RULE(, ast_node *, ps_expression_without_invalid)
{
    int saved = p->invalid;
    p->invalid = 0;
    int32_t start = p->pos;
    ast_node *r = NULL, *a = ps_disjunction(p), *b, *c;
    if (a) {
        int32_t m = p->pos;
        if (ps_expect(p, TK_KW_IF) && (b = ps_disjunction(p)) && ps_expect(p, TK_KW_ELSE)
            && (c = ps_expression(p))) {
            r = EXPR(AST_IfExp);
            if (r) {
                r->v.IfExp.test = b;
                r->v.IfExp.body = a;
                r->v.IfExp.orelse = c;
            }
        } else if (!p->error) {
            p->pos = m;
            r = a;
        }
    } else if (!p->error) {
        r = ps_lambdef(p);
    }
    p->invalid = saved;
    return r;
}

/* lambdef: 'lambda' [lambda_params] ':' expression */
PS_RULE(, ast_node *, ps_lambdef)
{
    int32_t start = p->pos;
    if (!ps_expect(p, TK_KW_LAMBDA)) return NULL;
    ast_node *a = ps_lambda_params(p), *b;
    if (p->error) return NULL;
    if (!ps_expect(p, TK_COLON) || !(b = ps_expression(p))) { p->pos = start; return NULL; }
    if (!a && !(a = ps_empty_arguments(p))) return NULL;
    ast_node *n = EXPR(AST_Lambda);
    if (!n) return NULL;
    n->v.Lambda.args = a;
    n->v.Lambda.body = b;
    return n;
}

/* ------------------------------------------------------------------ */
/* Boolean operators and comparisons */

static ast_node *boolop(ps_parser *p, int32_t start, ast_node *(*operand)(ps_parser *),
                        int kw, ast_boolop op)
{
    int32_t base = p->sp;
    ast_node *a = operand(p);
    if (!a || !ps_at(p, kw)) return a;
    if (ps_push(p, a) < 0) return NULL;
    for (;;) {
        int32_t m = p->pos;
        ast_node *c;
        if (!ps_expect(p, kw)) break;
        if (!(c = operand(p))) {
            if (p->error) { p->sp = base; return NULL; }
            p->pos = m;
            break;
        }
        if (ps_push(p, c) < 0) return NULL;
    }
    if (p->sp - base == 1) { p->sp = base; return a; }
    ast_seq *vals = ps_seq_pop(p, base);
    if (!vals) return NULL;
    ast_node *n = EXPR(AST_BoolOp);
    if (!n) return NULL;
    n->v.BoolOp.op = op;
    n->v.BoolOp.values = vals;
    return n;
}

/* disjunction (memo): conjunction ('or' conjunction)+ → BoolOp | conjunction */
PS_MEMO_RULE(, ast_node *, ps_disjunction, M_DISJUNCTION)
{
    return boolop(p, p->pos, conjunction, TK_KW_OR, AST_Or);
}

/* conjunction (memo): inversion ('and' inversion)+ → BoolOp | inversion */
PS_RULE(static, ast_node *, conjunction)
{
    return boolop(p, p->pos, ps_inversion, TK_KW_AND, AST_And);
}

/* inversion (memo): 'not' inversion → UnaryOp(Not) | comparison */
PS_RULE(, ast_node *, ps_inversion)
{
    int32_t start = p->pos;
    if (ps_expect(p, TK_KW_NOT)) {
        ast_node *a = ps_inversion(p);
        if (a) {
            ast_node *n = EXPR(AST_UnaryOp);
            if (!n) return NULL;
            n->v.UnaryOp.op = AST_Not;
            n->v.UnaryOp.operand = a;
            return n;
        }
        if (p->error) return NULL;
        p->pos = start;
    }
    return comparison(p);
}

/* compare_op_bitwise_or_pair: one comparison operator and its operand. */
static int compare_pair(ps_parser *p, ast_cmpop *op, ast_node **e)
{
    int32_t m = p->pos;
    const tok_token *t = ps_tok(p, p->pos);
    switch (t->kind) {
    case TK_EQEQUAL: *op = AST_Eq; break;
    case TK_NOTEQUAL: {
        int bang = t->end - t->start == 2 && p->src[t->start] == '!';
        if (p->barry && bang) {
            p->pos++;
            ps_raise(p, DIAG_SYNTAX, 0, "with Barry as BDFL, use '<>' instead of '!='");
            return 0;
        }
        if (!p->barry && !bang) return 0;
        *op = AST_NotEq;
        break;
    }
    case TK_LESSEQUAL: *op = AST_LtE; break;
    case TK_LESS: *op = AST_Lt; break;
    case TK_GREATEREQUAL: *op = AST_GtE; break;
    case TK_GREATER: *op = AST_Gt; break;
    case TK_KW_NOT:
        if (ps_kind_at(p, p->pos + 1) != TK_KW_IN) return 0;
        p->pos++;
        *op = AST_NotIn;
        break;
    case TK_KW_IN: *op = AST_In; break;
    case TK_KW_IS:
        if (ps_kind_at(p, p->pos + 1) == TK_KW_NOT) {
            p->pos += 2;
            if ((*e = ps_bitwise_or(p))) { *op = AST_IsNot; return 1; }
            if (p->error) return 0;
            p->pos = m;
        }
        *op = AST_Is;
        break;
    default: return 0;
    }
    p->pos++;
    if ((*e = ps_bitwise_or(p))) return 1;
    p->pos = m;
    return 0;
}

/* comparison: bitwise_or compare_op_bitwise_or_pair+ → Compare | bitwise_or */
PS_RULE(static, ast_node *, comparison)
{
    int32_t start = p->pos, base = p->sp;
    ast_node *a = ps_bitwise_or(p);
    if (!a) return NULL;
    ast_cmpop op;
    ast_node *e;
    while (compare_pair(p, &op, &e)) {
        if (ps_push(p, (void *)(intptr_t)op) < 0 || ps_push(p, e) < 0) return NULL;
    }
    if (p->error) { p->sp = base; return NULL; }
    if (p->sp == base) return a;
    int32_t n = (p->sp - base) / 2;
    ast_seq *ops = ast_seq_new(p->arena, n), *cmps = ast_seq_new(p->arena, n);
    if (!ops || !cmps) { ps_oom(p); return NULL; }
    for (int32_t i = 0; i < n; i++) {
        ops->items[i] = p->stk[base + 2 * i];
        cmps->items[i] = p->stk[base + 2 * i + 1];
    }
    p->sp = base;
    ast_node *c = EXPR(AST_Compare);
    if (!c) return NULL;
    c->v.Compare.left = a;
    c->v.Compare.ops = ops;
    c->v.Compare.comparators = cmps;
    return c;
}

/* ------------------------------------------------------------------ */
/* Binary operators: left-recursive rules as loops */

static ast_node *binop(ps_parser *p, int32_t start, ast_node *a, ast_operator op, ast_node *b)
{
    ast_node *n = EXPR(AST_BinOp);
    if (!n) return NULL;
    n->v.BinOp.left = a;
    n->v.BinOp.op = op;
    n->v.BinOp.right = b;
    return n;
}

static ast_node *bitwise_xor(ps_parser *p);
static ast_node *bitwise_and(ps_parser *p);
static ast_node *shift_expr(ps_parser *p);
static ast_node *term(ps_parser *p);

static ast_node *binary_loop(ps_parser *p, int32_t start, ast_node *a,
                             ast_node *(*operand)(ps_parser *),
                             const int *kinds, const ast_operator *ops, int n)
{
    while (a) {
        int32_t m = p->pos;
        int k = ps_kind(p), i;
        for (i = 0; i < n && kinds[i] != k; i++) {}
        if (i == n) break;
        p->pos++;
        ast_node *b = operand(p);
        if (!b) {
            if (p->error) return NULL;
            p->pos = m;
            break;
        }
        a = binop(p, start, a, ops[i], b);
    }
    return a;
}

/* bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
PS_MEMO_RULE(, ast_node *, ps_bitwise_or, M_BITWISE_OR)
{
    static const int k[] = { TK_VBAR };
    static const ast_operator o[] = { AST_BitOr };
    int32_t start = p->pos;
    return binary_loop(p, start, bitwise_xor(p), bitwise_xor, k, o, 1);
}

/* bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and */
PS_RULE(static, ast_node *, bitwise_xor)
{
    static const int k[] = { TK_CIRCUMFLEX };
    static const ast_operator o[] = { AST_BitXor };
    int32_t start = p->pos;
    return binary_loop(p, start, bitwise_and(p), bitwise_and, k, o, 1);
}

/* bitwise_and: bitwise_and '&' shift_expr | shift_expr */
PS_RULE(static, ast_node *, bitwise_and)
{
    static const int k[] = { TK_AMPER };
    static const ast_operator o[] = { AST_BitAnd };
    int32_t start = p->pos;
    return binary_loop(p, start, shift_expr(p), shift_expr, k, o, 1);
}

/* invalid_arithmetic: sum ('+'|'-'|'*'|'/'|'%'|'//'|'@') a='not' b=inversion */
static void invalid_arithmetic(ps_parser *p)
{
    int32_t m = p->pos;
    if (ps_sum(p)) {
        switch (ps_kind(p)) {
        case TK_PLUS: case TK_MINUS: case TK_STAR: case TK_SLASH: case TK_PERCENT:
        case TK_DOUBLESLASH: case TK_AT: {
            p->pos++;
            const tok_token *a = ps_expect(p, TK_KW_NOT);
            ast_node *b;
            if (a && (b = ps_inversion(p))) {
                ast_node tmp;
                ps_set_start_tok(&tmp, a);
                tmp.end_lineno = b->end_lineno;
                tmp.end_col_offset = b->end_col_offset;
                ps_raise_range(p, &tmp, &tmp, "'not' after an operator must be parenthesized");
                return;
            }
            break;
        }
        default: break;
        }
    }
    p->pos = m;
}

/* shift_expr: shift_expr ('<<' | '>>') sum | invalid_arithmetic | sum */
PS_RULE(static, ast_node *, shift_expr)
{
    static const int k[] = { TK_LEFTSHIFT, TK_RIGHTSHIFT };
    static const ast_operator o[] = { AST_LShift, AST_RShift };
    int32_t start = p->pos;
    if (INVALID) {
        invalid_arithmetic(p);
        if (p->error) return NULL;
    }
    return binary_loop(p, start, ps_sum(p), ps_sum, k, o, 2);
}

/* sum: sum ('+' | '-') term | term */
PS_RULE(, ast_node *, ps_sum)
{
    static const int k[] = { TK_PLUS, TK_MINUS };
    static const ast_operator o[] = { AST_Add, AST_Sub };
    int32_t start = p->pos;
    return binary_loop(p, start, term(p), term, k, o, 2);
}

/* invalid_factor: ('+' | '-' | '~') a='not' b=factor */
static void invalid_factor(ps_parser *p)
{
    int32_t m = p->pos;
    int k = ps_kind(p);
    if (k == TK_PLUS || k == TK_MINUS || k == TK_TILDE) {
        p->pos++;
        const tok_token *a = ps_expect(p, TK_KW_NOT);
        ast_node *b;
        if (a && (b = ps_factor(p))) {
            ast_node tmp;
            ps_set_start_tok(&tmp, a);
            tmp.end_lineno = b->end_lineno;
            tmp.end_col_offset = b->end_col_offset;
            ps_raise_range(p, &tmp, &tmp, "'not' after an operator must be parenthesized");
            return;
        }
    }
    p->pos = m;
}

/* term: term ('*' | '/' | '//' | '%' | '@') factor | invalid_factor | factor */
PS_RULE(static, ast_node *, term)
{
    static const int k[] = { TK_STAR, TK_SLASH, TK_DOUBLESLASH, TK_PERCENT, TK_AT };
    static const ast_operator o[] = { AST_Mult, AST_Div, AST_FloorDiv, AST_Mod, AST_MatMult };
    int32_t start = p->pos;
    if (INVALID) {
        invalid_factor(p);
        if (p->error) return NULL;
    }
    return binary_loop(p, start, ps_factor(p), ps_factor, k, o, 5);
}

/* factor (memo): ('+' | '-' | '~') factor → UnaryOp | power
 * power: await_primary '**' factor | await_primary */
PS_RULE(, ast_node *, ps_factor)
{
    int32_t start = p->pos;
    ast_unaryop op = 0;
    switch (ps_kind(p)) {
    case TK_PLUS: op = AST_UAdd; break;
    case TK_MINUS: op = AST_USub; break;
    case TK_TILDE: op = AST_Invert; break;
    default: break;
    }
    if (op) {
        p->pos++;
        ast_node *a = ps_factor(p);
        if (a) {
            ast_node *n = EXPR(AST_UnaryOp);
            if (!n) return NULL;
            n->v.UnaryOp.op = op;
            n->v.UnaryOp.operand = a;
            return n;
        }
        if (p->error) return NULL;
        p->pos = start;
        return NULL;
    }
    /* power */
    if (!PS_ENTER(p)) return NULL;
    ast_node *a = await_primary(p), *r = a;
    if (a && ps_at(p, TK_DOUBLESTAR)) {
        int32_t m = p->pos;
        p->pos++;
        ast_node *b = ps_factor(p);
        if (b) r = binop(p, start, a, AST_Pow, b);
        else if (!p->error) p->pos = m;
        else r = NULL;
    }
    p->level--;
    return r;
}

/* await_primary (memo): 'await' primary → Await | primary */
PS_RULE(static, ast_node *, await_primary)
{
    int32_t start = p->pos;
    if (ps_expect(p, TK_KW_AWAIT)) {
        ast_node *a = ps_primary(p);
        if (a) {
            ast_node *n = EXPR(AST_Await);
            if (n) n->v.Await.value = a;
            return n;
        }
        if (p->error) return NULL;
        p->pos = start;
        return NULL;
    }
    return ps_primary(p);
}

/* ------------------------------------------------------------------ */
/* Primaries */

ast_node *ps_make_call(ps_parser *p, int32_t start, ast_node *func, ast_seq *args, ast_seq *kws)
{
    ast_node *n = EXPR(AST_Call);
    if (!n) return NULL;
    n->v.Call.func = func;
    n->v.Call.args = args;
    n->v.Call.keywords = kws;
    return n;
}

/* '(' [arguments] ')' after a primary: 1 and the args Call (or NULL) */
int ps_call_parens(ps_parser *p, ast_node **args)
{
    int32_t m = p->pos;
    *args = NULL;
    if (!ps_expect(p, TK_LPAR)) return 0;
    ast_node *b = ps_arguments(p);
    if (p->error) return 0;
    if (!ps_expect(p, TK_RPAR)) { p->pos = m; return 0; }
    *args = b;
    return 1;
}

/* '[' slices ']' */
ast_node *ps_subscript_brackets(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *b;
    if (ps_expect(p, TK_LSQB) && (b = ps_slices(p)) && ps_expect(p, TK_RSQB)) return b;
    p->pos = m;
    return NULL;
}

/* One postfix step of primary on A (which starts at START), in the order
 * of the rule's alternatives: '.' NAME | genexp | '(' [arguments] ')' |
 * '[' slices ']'; NULL when none applies. */
static ast_node *postfix(ps_parser *p, int32_t start, ast_node *a)
{
    int32_t m = p->pos;
    const tok_token *b;
    ast_node *n, *x;
    if (ps_expect(p, TK_DOT) && (b = ps_expect(p, TK_NAME))) {
        n = EXPR(AST_Attribute);
        if (!n || !(n->v.Attribute.attr = ps_ident(p, b))) return NULL;
        n->v.Attribute.value = a;
        n->v.Attribute.ctx = AST_Load;
        return n;
    }
    if (p->error) return NULL;
    p->pos = m;
    if ((x = ps_genexp(p))) {
        ast_seq *args = ps_seq1(p, x);
        return args ? ps_make_call(p, start, a, args, NULL) : NULL;
    }
    if (p->error) return NULL;
    if (ps_call_parens(p, &x))
        return ps_make_call(p, start, a, x ? x->v.Call.args : NULL, x ? x->v.Call.keywords : NULL);
    if (p->error) return NULL;
    if ((x = ps_subscript_brackets(p))) {
        n = EXPR(AST_Subscript);
        if (!n) return NULL;
        n->v.Subscript.value = a;
        n->v.Subscript.slice = x;
        n->v.Subscript.ctx = AST_Load;
        return n;
    }
    p->pos = m;
    return NULL;
}

/* primary:
 *     | primary '.' NAME | primary genexp | primary '(' [arguments] ')'
 *     | primary '[' slices ']' | atom */
PS_RULE(, ast_node *, ps_primary)
{
    int32_t start = p->pos;
    ast_node *a = ps_atom(p);
    while (a) {
        ast_node *n = postfix(p, start, a);
        if (!n) break;
        a = n;
    }
    return p->error ? NULL : a;
}

/* slices:
 *     | slice !','
 *     | ','.(slice | starred_expression)+ [','] → Tuple */
PS_RULE(, ast_node *, ps_slices)
{
    int32_t start = p->pos, base = p->sp;
    ast_node *a = slice(p);
    if (a && !ps_at(p, TK_COMMA)) return a;
    if (p->error) return NULL;
    p->pos = start;
    for (;;) {
        int32_t m = p->pos;
        if (p->sp > base && !ps_expect(p, TK_COMMA)) break;
        a = slice(p);
        if (!a && !p->error) a = ps_starred_expression(p);
        if (!a) {
            if (p->error) { p->sp = base; return NULL; }
            /* the trailing [','] (or nothing at all) */
            p->pos = p->sp > base ? m + 1 : m;
            break;
        }
        if (ps_push(p, a) < 0) return NULL;
    }
    if (p->sp == base) { p->pos = start; return NULL; }
    ast_seq *elts = ps_seq_pop(p, base);
    return elts ? ps_tuple_node(p, elts, AST_Load, start) : NULL;
}

/* slice:
 *     | [expression] ':' [expression] [':' [expression]] → Slice
 *     | named_expression */
PS_RULE(static, ast_node *, slice)
{
    int32_t start = p->pos;
    ast_node *a = ps_expression(p), *b = NULL, *c = NULL;
    if (p->error) return NULL;
    if (ps_expect(p, TK_COLON)) {
        b = ps_expression(p);
        if (p->error) return NULL;
        int32_t m = p->pos;
        if (ps_expect(p, TK_COLON)) {
            c = ps_expression(p);
            if (p->error) return NULL;
        } else {
            p->pos = m;
        }
        ast_node *n = EXPR(AST_Slice);
        if (!n) return NULL;
        n->v.Slice.lower = a;
        n->v.Slice.upper = b;
        n->v.Slice.step = c;
        return n;
    }
    p->pos = start;
    return ps_named_expression(p);
}

/* atom:
 *     | NAME | 'True' | 'False' | 'None'
 *     | &(STRING|FSTRING_START|TSTRING_START) strings
 *     | NUMBER
 *     | &'(' (tuple | group | genexp)
 *     | &'[' (list | listcomp)
 *     | &'{' (dict | set | dictcomp | setcomp)
 *     | '...' */
PS_RULE(, ast_node *, ps_atom)
{
    const tok_token *t = ps_tok(p, p->pos);
    ast_node *n;
    switch (t->kind) {
    case TK_NAME:
        p->pos++;
        return ps_name_node(p, t);
    case TK_KW_TRUE: p->pos++; return ps_constant(p, t, CONST_TRUE);
    case TK_KW_FALSE: p->pos++; return ps_constant(p, t, CONST_FALSE);
    case TK_KW_NONE: p->pos++; return ps_constant(p, t, CONST_NONE);
    case TK_ELLIPSIS: p->pos++; return ps_constant(p, t, CONST_ELLIPSIS);
    case TK_STRING: case TK_FSTRING_START: case TK_TSTRING_START:
        return ps_strings(p);
    case TK_NUMBER:
        p->pos++;
        return ps_number(p, t);
    case TK_LPAR:
        if ((n = ps_tuple(p)) || p->error) return n;
        if ((n = group(p)) || p->error) return n;
        return ps_genexp(p);
    case TK_LSQB:
        if ((n = ps_list(p)) || p->error) return n;
        return listcomp(p);
    case TK_LBRACE:
        return set_or_dict(p);
    default:
        return NULL;
    }
}

/* invalid_group:
 *     | '(' a=starred_expression ')'
 *     | '(' a='**' expression ')' */
static void invalid_group(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *a;
    const tok_token *t;
    if (ps_expect(p, TK_LPAR) && (a = ps_starred_expression(p)) && ps_expect(p, TK_RPAR)) {
        ps_raise_node(p, a, "cannot use starred expression here");
        return;
    }
    if (p->error) return;
    p->pos = m;
    if (ps_expect(p, TK_LPAR) && (t = ps_expect(p, TK_DOUBLESTAR)) && ps_expression(p)
        && ps_expect(p, TK_RPAR)) {
        ps_raise_tok(p, t, "cannot use double starred expression here");
        return;
    }
    p->pos = m;
}

/* group: '(' (yield_expr | named_expression) ')' | invalid_group */
PS_RULE(static, ast_node *, group)
{
    int32_t m = p->pos;
    if (ps_expect(p, TK_LPAR)) {
        ast_node *a = ps_yield_expr(p);
        if (!a && !p->error) a = ps_named_expression(p);
        if (a && ps_expect(p, TK_RPAR)) return a;
    }
    if (p->error) return NULL;
    p->pos = m;
    if (INVALID) invalid_group(p);
    return NULL;
}

/* tuple: '(' [star_named_expression ',' [star_named_expressions]] ')' */
PS_RULE(, ast_node *, ps_tuple)
{
    int32_t start = p->pos;
    if (!ps_expect(p, TK_LPAR)) return NULL;
    ast_seq *elts = NULL;
    int32_t m = p->pos;
    ast_node *y;
    if ((y = ps_star_named_expression(p)) && ps_expect(p, TK_COMMA)) {
        ast_seq *z = ps_star_named_expressions(p);
        if (p->error) return NULL;
        elts = ps_seq_prepend(p, y, z);
        if (!elts) return NULL;
    } else {
        if (p->error) return NULL;
        p->pos = m;
    }
    if (!ps_expect(p, TK_RPAR)) { p->pos = start; return NULL; }
    return ps_tuple_node(p, elts, AST_Load, start);
}

/* list: '[' [star_named_expressions] ']' */
PS_RULE(, ast_node *, ps_list)
{
    int32_t start = p->pos;
    if (!ps_expect(p, TK_LSQB)) return NULL;
    ast_seq *a = ps_star_named_expressions(p);
    if (p->error) return NULL;
    if (!ps_expect(p, TK_RSQB)) { p->pos = start; return NULL; }
    ast_node *n = EXPR(AST_List);
    if (!n) return NULL;
    n->v.List.elts = a;
    n->v.List.ctx = AST_Load;
    return n;
}

/* ------------------------------------------------------------------ */
/* Comprehensions */

/* invalid_for_if_clause:
 *     'async'? 'for' (bitwise_or (',' bitwise_or)* [',']) !'in' */
static void invalid_for_if_clause(ps_parser *p)
{
    int32_t m = p->pos;
    ps_expect(p, TK_KW_ASYNC);
    if (ps_expect(p, TK_KW_FOR) && ps_bitwise_or(p)) {
        for (;;) {
            int32_t k = p->pos;
            if (!ps_expect(p, TK_COMMA)) break;
            if (!ps_bitwise_or(p)) {
                if (p->error) return;
                p->pos = k + 1;      /* the trailing [','] */
                break;
            }
        }
        if (!p->error && !ps_at(p, TK_KW_IN)) {
            ps_raise(p, DIAG_SYNTAX, 0, "'in' expected after for-loop variables");
            return;
        }
    }
    p->pos = m;
}

/* for_if_clause:
 *     | ['async'] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*
 *     | invalid_for_if_clause
 *     | invalid_for_target */
PS_RULE(static, ast_node *, for_if_clause)
{
    int32_t start = p->pos;
    int is_async = ps_expect(p, TK_KW_ASYNC) != NULL;
    ast_node *a, *b;
    if (ps_expect(p, TK_KW_FOR) && (a = ps_star_targets(p)) && ps_expect(p, TK_KW_IN)) {
        if (!(b = ps_disjunction(p))) { p->pos = start; return NULL; }   /* the cut */
        int32_t base = p->sp;
        for (;;) {
            int32_t m = p->pos;
            ast_node *z;
            if (!ps_expect(p, TK_KW_IF)) break;
            if (!(z = ps_disjunction(p))) {
                if (p->error) { p->sp = base; return NULL; }
                p->pos = m;
                break;
            }
            if (ps_push(p, z) < 0) return NULL;
        }
        ast_seq *ifs = p->sp > base ? ps_seq_pop(p, base) : NULL;
        if (p->error) return NULL;
        ast_node *c = ast_new(p->arena, AST_comprehension);
        if (!c) { ps_oom(p); return NULL; }
        c->v.comprehension.target = a;
        c->v.comprehension.iter = b;
        c->v.comprehension.ifs = ifs;
        c->v.comprehension.is_async = is_async;
        return c;
    }
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID) {
        invalid_for_if_clause(p);
        if (p->error) return NULL;
        /* invalid_for_target: 'async'? 'for' a=star_expressions */
        ps_expect(p, TK_KW_ASYNC);
        if (ps_expect(p, TK_KW_FOR) && (a = ps_star_expressions(p)))
            ps_raise_invalid_target(p, PS_FOR_TARGETS, a);
        p->pos = start;
    }
    return NULL;
}

/* for_if_clauses: for_if_clause+ */
PS_RULE(, ast_seq *, ps_for_if_clauses)
{
    int32_t base = p->sp;
    ast_node *c;
    while ((c = for_if_clause(p)))
        if (ps_push(p, c) < 0) return NULL;
    if (p->error || p->sp == base) { p->sp = base; return NULL; }
    return ps_seq_pop(p, base);
}

static ast_node *comp_node(ps_parser *p, ast_kind kind, int32_t start, ast_node *elt, ast_seq *gens)
{
    ast_node *n = EXPR(kind);
    if (!n) return NULL;
    /* ListComp, SetComp and GeneratorExp have the same layout */
    n->v.ListComp.elt = elt;
    n->v.ListComp.generators = gens;
    return n;
}

/* listcomp: '[' named_expression for_if_clauses ']' | invalid_comprehension */
PS_RULE(static, ast_node *, listcomp)
{
    int32_t start = p->pos;
    ast_node *a;
    ast_seq *b;
    if (ps_expect(p, TK_LSQB) && (a = ps_named_expression(p)) && (b = ps_for_if_clauses(p))
        && ps_expect(p, TK_RSQB))
        return comp_node(p, AST_ListComp, start, a, b);
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID) invalid_comprehension(p);
    return NULL;
}

/* genexp:
 *     | '(' (assignment_expression | expression !':=') for_if_clauses ')'
 *     | invalid_comprehension */
PS_RULE(, ast_node *, ps_genexp)
{
    int32_t start = p->pos;
    if (ps_expect(p, TK_LPAR)) {
        ast_node *a = ps_assignment_expression(p);
        if (!a && !p->error) {
            a = ps_expression(p);
            if (a && ps_at(p, TK_COLONEQUAL)) a = NULL;
        }
        ast_seq *b;
        if (a && (b = ps_for_if_clauses(p)) && ps_expect(p, TK_RPAR))
            return comp_node(p, AST_GeneratorExp, start, a, b);
    }
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID) invalid_comprehension(p);
    return NULL;
}

/* invalid_comprehension:
 *     | ('[' | '(' | '{') a=starred_expression for_if_clauses
 *     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses
 *     | ('[' | '{') a=star_named_expression b=',' for_if_clauses */
static void invalid_comprehension(ps_parser *p)
{
    int32_t m = p->pos;
    int k = ps_kind(p);
    if (k != TK_LSQB && k != TK_LPAR && k != TK_LBRACE) return;
    p->pos++;
    ast_node *a;
    if ((a = ps_starred_expression(p)) && ps_for_if_clauses(p)) {
        ps_raise_node(p, a, "iterable unpacking cannot be used in comprehension");
        return;
    }
    if (p->error || k == TK_LPAR) { p->pos = m; return; }
    p->pos = m + 1;
    const tok_token *c;
    ast_seq *b;
    if ((a = ps_star_named_expression(p)) && ps_expect(p, TK_COMMA)
        && (b = ps_star_named_expressions(p)) && ps_for_if_clauses(p)) {
        ps_raise_range(p, a, ps_seq_last(b), "did you forget parentheses around the comprehension target?");
        return;
    }
    if (p->error) return;
    p->pos = m + 1;
    if ((a = ps_star_named_expression(p)) && (c = ps_expect(p, TK_COMMA)) && ps_for_if_clauses(p)) {
        ast_node tmp;
        ps_set_start_tok(&tmp, c);
        tmp.end_lineno = c->end_lineno;
        tmp.end_col_offset = c->end_col;
        ps_raise_range(p, a, &tmp, "did you forget parentheses around the comprehension target?");
        return;
    }
    p->pos = m;
}

/* ------------------------------------------------------------------ */
/* Dicts and sets */

/* kvpair: expression ':' expression */
static ps_kv *kvpair(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *a, *b;
    if ((a = ps_expression(p)) && ps_expect(p, TK_COLON) && (b = ps_expression(p))) {
        ps_kv *kv = ps_alloc(p, sizeof *kv);
        if (!kv) return NULL;
        kv->key = a;
        kv->value = b;
        return kv;
    }
    p->pos = m;
    return NULL;
}

/* double_starred_kvpair: '**' bitwise_or | kvpair */
static ps_kv *double_starred_kvpair(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *a;
    if (ps_expect(p, TK_DOUBLESTAR) && (a = ps_bitwise_or(p))) {
        ps_kv *kv = ps_alloc(p, sizeof *kv);
        if (!kv) return NULL;
        kv->key = NULL;
        kv->value = a;
        return kv;
    }
    if (p->error) return NULL;
    p->pos = m;
    return kvpair(p);
}

/* double_starred_kvpairs: ','.double_starred_kvpair+ [','] */
PS_RULE(static, ast_seq *, double_starred_kvpairs)
{
    int32_t base = p->sp;
    ps_kv *a = double_starred_kvpair(p);
    if (!a) return NULL;
    if (ps_push(p, a) < 0) return NULL;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA)) break;
        if (!(a = double_starred_kvpair(p))) {
            if (p->error) { p->sp = base; return NULL; }
            p->pos = m + 1;
            break;
        }
        if (ps_push(p, a) < 0) return NULL;
    }
    return ps_seq_pop(p, base);
}

/* invalid_kvpair:
 *     | a=expression !(':')
 *     | expression ':' a='*' bitwise_or
 *     | expression a=':' &('}'|',') */
static void invalid_kvpair(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *a = ps_expression(p);
    const tok_token *t;
    if (!a) return;
    if (!ps_at(p, TK_COLON)) {
        ps_raise_at(p, DIAG_SYNTAX, a->lineno, a->end_col_offset, a->end_lineno, 0,
                    "':' expected after dictionary key");
        return;
    }
    p->pos++;
    if ((t = ps_expect(p, TK_STAR)) && ps_bitwise_or(p)) {
        ps_raise_from_tok(p, t, "cannot use a starred expression in a dictionary value");
        return;
    }
    if (p->error) return;
    p->pos = m;
    if (ps_expression(p) && (t = ps_expect(p, TK_COLON)) && (ps_at(p, TK_RBRACE) || ps_at(p, TK_COMMA))) {
        ps_raise_tok(p, t, "expression expected after dictionary key and ':'");
        return;
    }
    p->pos = m;
}

/* invalid_double_starred_kvpairs:
 *     | ','.double_starred_kvpair+ ',' invalid_kvpair
 *     | expression ':' a='*' bitwise_or
 *     | expression a=':' &('}'|',') */
static void invalid_double_starred_kvpairs(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *t;
    if (double_starred_kvpair(p)) {
        for (;;) {
            int32_t k = p->pos;
            if (!ps_expect(p, TK_COMMA) || !double_starred_kvpair(p)) { p->pos = k; break; }
        }
        if (!p->error && ps_expect(p, TK_COMMA)) {
            invalid_kvpair(p);
            if (p->error) return;
        }
    }
    if (p->error) return;
    p->pos = m;
    if (ps_expression(p) && ps_expect(p, TK_COLON) && (t = ps_expect(p, TK_STAR)) && ps_bitwise_or(p)) {
        ps_raise_from_tok(p, t, "cannot use a starred expression in a dictionary value");
        return;
    }
    if (p->error) return;
    p->pos = m;
    if (ps_expression(p) && (t = ps_expect(p, TK_COLON)) && (ps_at(p, TK_RBRACE) || ps_at(p, TK_COMMA))) {
        ps_raise_tok(p, t, "expression expected after dictionary key and ':'");
        return;
    }
    p->pos = m;
}

/* &'{' (dict | set | dictcomp | setcomp)
 * dict:
 *     | '{' [double_starred_kvpairs] '}'
 *     | '{' invalid_double_starred_kvpairs '}'
 * set: '{' star_named_expressions '}'
 * dictcomp: '{' kvpair for_if_clauses '}' | invalid_dict_comprehension
 * setcomp: '{' named_expression for_if_clauses '}' | invalid_comprehension */
PS_RULE(static, ast_node *, set_or_dict)
{
    int32_t start = p->pos;
    ast_node *n;
    ast_seq *a, *b;
    if (!ps_expect(p, TK_LBRACE)) return NULL;
    /* dict */
    a = double_starred_kvpairs(p);
    if (p->error) return NULL;
    if (ps_expect(p, TK_RBRACE)) {
        int32_t len = ast_seq_len(a);
        ast_seq *keys = ast_seq_new(p->arena, len), *vals = ast_seq_new(p->arena, len);
        if (!keys || !vals) { ps_oom(p); return NULL; }
        for (int32_t i = 0; i < len; i++) {
            keys->items[i] = ((ps_kv *)a->items[i])->key;
            vals->items[i] = ((ps_kv *)a->items[i])->value;
        }
        n = EXPR(AST_Dict);
        if (!n) return NULL;
        n->v.Dict.keys = keys;
        n->v.Dict.values = vals;
        return n;
    }
    /* '{' invalid_double_starred_kvpairs '}': CPython guards only the
     * alternatives that are a lone invalid_* rule, so this one runs in the
     * first pass as well */
    p->pos = start + 1;
    invalid_double_starred_kvpairs(p);
    if (p->error) return NULL;
    /* set */
    p->pos = start + 1;
    if ((a = ps_star_named_expressions(p)) && ps_expect(p, TK_RBRACE)) {
        n = EXPR(AST_Set);
        if (n) n->v.Set.elts = a;
        return n;
    }
    if (p->error) return NULL;
    /* dictcomp */
    p->pos = start + 1;
    ps_kv *kv;
    if ((kv = kvpair(p)) && (b = ps_for_if_clauses(p)) && ps_expect(p, TK_RBRACE)) {
        n = EXPR(AST_DictComp);
        if (!n) return NULL;
        n->v.DictComp.key = kv->key;
        n->v.DictComp.value = kv->value;
        n->v.DictComp.generators = b;
        return n;
    }
    if (p->error) return NULL;
    if (INVALID) {
        /* invalid_dict_comprehension: '{' a='**' bitwise_or for_if_clauses '}' */
        const tok_token *t;
        p->pos = start + 1;
        if ((t = ps_expect(p, TK_DOUBLESTAR)) && ps_bitwise_or(p) && ps_for_if_clauses(p)
            && ps_expect(p, TK_RBRACE))
            return ps_raise_tok(p, t, "dict unpacking cannot be used in dict comprehension");
        if (p->error) return NULL;
    }
    /* setcomp */
    p->pos = start + 1;
    ast_node *e;
    if ((e = ps_named_expression(p)) && (b = ps_for_if_clauses(p)) && ps_expect(p, TK_RBRACE))
        return comp_node(p, AST_SetComp, start, e, b);
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID) invalid_comprehension(p);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* type_expressions (func_type mode):
 *     | ','.expression+ ',' '*' expression ',' '**' expression
 *     | ','.expression+ ',' '*' expression
 *     | ','.expression+ ',' '**' expression
 *     | '*' expression ',' '**' expression
 *     | '*' expression
 *     | '**' expression
 *     | ','.expression+ */
PS_RULE(, ast_seq *, ps_type_expressions)
{
    int32_t m = p->pos, base = p->sp;
    ast_node *a = ps_expression(p);
    if (a) {
        if (ps_push(p, a) < 0) return NULL;
        for (;;) {
            int32_t k = p->pos;
            if (!ps_expect(p, TK_COMMA) || !(a = ps_expression(p))) { p->pos = k; break; }
            if (ps_push(p, a) < 0) return NULL;
        }
        if (p->error) { p->sp = base; return NULL; }
        int32_t k = p->pos;
        ast_node *b, *c;
        if (ps_expect(p, TK_COMMA)) {
            if (ps_expect(p, TK_STAR) && (b = ps_expression(p))) {
                if (ps_push(p, b) < 0) return NULL;
                int32_t j = p->pos;
                if (ps_expect(p, TK_COMMA) && ps_expect(p, TK_DOUBLESTAR) && (c = ps_expression(p))) {
                    if (ps_push(p, c) < 0) return NULL;
                } else {
                    p->pos = j;
                }
                return ps_seq_pop(p, base);
            }
            p->pos = k + 1;
            if (ps_expect(p, TK_DOUBLESTAR) && (b = ps_expression(p))) {
                if (ps_push(p, b) < 0) return NULL;
                return ps_seq_pop(p, base);
            }
        }
        if (p->error) { p->sp = base; return NULL; }
        p->pos = k;
        return ps_seq_pop(p, base);
    }
    if (p->error) return NULL;
    p->pos = m;
    ast_node *b, *c;
    if (ps_expect(p, TK_STAR) && (b = ps_expression(p))) {
        int32_t j = p->pos;
        if (ps_expect(p, TK_COMMA) && ps_expect(p, TK_DOUBLESTAR) && (c = ps_expression(p))) {
            ast_seq *s = ps_seq1(p, b);
            return s ? ps_seq_append(p, s, c) : NULL;
        }
        p->pos = j;
        return ps_seq1(p, b);
    }
    if (p->error) return NULL;
    p->pos = m;
    if (ps_expect(p, TK_DOUBLESTAR) && (b = ps_expression(p))) return ps_seq1(p, b);
    p->pos = m;
    return NULL;
}

/* ------------------------------------------------------------------ */
/* invalid_named_expression (memo):
 *     | a=expression ':=' expression
 *     | a=NAME '=' b=bitwise_or !('='|':=')
 *     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') */
PS_MEMO_RULE(static, ast_node *, invalid_named_expression, M_INVALID_NAMED_EXPR)
{
    int32_t m = p->pos;
    ast_node *a, *b;
    const tok_token *t;
    if ((a = ps_expression(p)) && ps_expect(p, TK_COLONEQUAL) && ps_expression(p))
        return ps_raise_node(p, a, "cannot use assignment expressions with %s", ps_expr_name(a));
    if (p->error) return NULL;
    p->pos = m;
    if ((t = ps_expect(p, TK_NAME)) && ps_expect(p, TK_EQUAL) && (b = ps_bitwise_or(p))
        && !ps_at(p, TK_EQUAL) && !ps_at(p, TK_COLONEQUAL)) {
        ast_node tmp;
        ps_set_start_tok(&tmp, t);
        return ps_raise_range(p, &tmp, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    }
    if (p->error) return NULL;
    p->pos = m;
    int k = ps_kind(p);
    if (k == TK_KW_TRUE || k == TK_KW_NONE || k == TK_KW_FALSE) return NULL;
    if (ps_list(p) || ps_tuple(p) || ps_genexp(p)) { p->pos = m; return NULL; }
    if (p->error) return NULL;
    p->pos = m;
    if ((a = ps_bitwise_or(p)) && ps_expect(p, TK_EQUAL) && ps_bitwise_or(p)
        && !ps_at(p, TK_EQUAL) && !ps_at(p, TK_COLONEQUAL))
        return ps_raise_node(p, a, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                             ps_expr_name(a));
    p->pos = m;
    return NULL;
}
