/* Call arguments: CPython's `arguments`, `args`, `kwargs` and their
 * invalid_* rules (argument-order errors, unparenthesized generators). */
#include "parser_int.h"

#define INVALID (p->invalid)
#define EXPR(kind) ps_node(p, kind, start)

/* invalid_starred_expression_unpacking: a='*' expression '=' b=expression
 * starred_expression:
 *     | invalid_starred_expression_unpacking
 *     | '*' expression
 *     | invalid_starred_expression ('*': "Invalid star expression") */
PS_RULE(, ast_node *, ps_starred_expression)
{
    int32_t start = p->pos;
    const tok_token *t;
    ast_node *a, *b;
    if (INVALID) {
        if ((t = ps_expect(p, TK_STAR)) && ps_expression(p) && ps_expect(p, TK_EQUAL)
            && (b = ps_expression(p))) {
            ast_node tmp;
            ps_set_start_tok(&tmp, t);
            return ps_raise_range(p, &tmp, b, "cannot assign to iterable argument unpacking");
        }
        if (p->error) return NULL;
        p->pos = start;
    }
    if (ps_expect(p, TK_STAR) && (a = ps_expression(p))) {
        ast_node *n = EXPR(AST_Starred);
        if (!n) return NULL;
        n->v.Starred.value = a;
        n->v.Starred.ctx = AST_Load;
        return n;
    }
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID && ps_expect(p, TK_STAR))
        return ps_raise(p, DIAG_SYNTAX, 0, "Invalid star expression");
    p->pos = start;
    return NULL;
}

/* invalid_kwarg:
 *     | a=('True'|'False'|'None') b='='
 *     | a=NAME b='=' expression for_if_clauses
 *     | !(NAME '=') a=expression b='='
 *     | a='**' expression '=' b=expression */
static void invalid_kwarg(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *a = ps_tok(p, p->pos), *b;
    if ((a->kind == TK_KW_TRUE || a->kind == TK_KW_FALSE || a->kind == TK_KW_NONE)
        && ps_kind_at(p, p->pos + 1) == TK_EQUAL) {
        b = ps_tok(p, p->pos + 1);
        ps_raise_tok_range(p, a, b, "cannot assign to %.*s", (int)(a->end - a->start), p->src + a->start);
        return;
    }
    if (p->error) return;
    if (ps_expect(p, TK_NAME) && (b = ps_expect(p, TK_EQUAL)) && ps_expression(p) && ps_for_if_clauses(p)) {
        ps_raise_tok_range(p, a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    if (p->error) return;
    p->pos = m;
    if (!(a->kind == TK_NAME && ps_kind_at(p, p->pos + 1) == TK_EQUAL)) {
        ast_node *e;
        if ((e = ps_expression(p)) && (b = ps_expect(p, TK_EQUAL))) {
            ast_node tmp;
            ps_set_start_tok(&tmp, b);
            tmp.end_lineno = b->end_lineno;
            tmp.end_col_offset = b->end_col;
            ps_raise_range(p, e, &tmp, "expression cannot contain assignment, perhaps you meant \"==\"?");
            return;
        }
    }
    if (p->error) return;
    p->pos = m;
    ast_node *e2;
    if ((a = ps_expect(p, TK_DOUBLESTAR)) && ps_expression(p) && ps_expect(p, TK_EQUAL)
        && (e2 = ps_expression(p))) {
        ast_node tmp;
        ps_set_start_tok(&tmp, a);
        ps_raise_range(p, &tmp, e2, "cannot assign to keyword argument unpacking");
        return;
    }
    p->pos = m;
}

static ps_kos *make_kos(ps_parser *p, ast_node *e, int is_kw)
{
    ps_kos *k = ps_alloc(p, sizeof *k);
    if (!k) return NULL;
    k->elem = e;
    k->is_kw = is_kw;
    return k;
}

/* NAME '=' expression → keyword */
static ast_node *named_kwarg(ps_parser *p)
{
    int32_t start = p->pos;
    const tok_token *a;
    ast_node *b;
    if ((a = ps_expect(p, TK_NAME)) && ps_expect(p, TK_EQUAL) && (b = ps_expression(p))) {
        ast_node *k = EXPR(AST_keyword);
        if (!k || !(k->v.keyword.arg = ps_ident(p, a))) return NULL;
        k->v.keyword.value = b;
        return k;
    }
    p->pos = start;
    return NULL;
}

/* kwarg_or_starred: invalid_kwarg | NAME '=' expression | starred_expression
 * kwarg_or_double_starred: invalid_kwarg | NAME '=' expression | '**' expression */
static ps_kos *kwarg_item(ps_parser *p, int dstar)
{
    if (!PS_ENTER(p)) return NULL;
    int32_t start = p->pos;
    ps_kos *r = NULL;
    ast_node *a;
    if (INVALID) {
        invalid_kwarg(p);
        if (p->error) goto out;
    }
    if ((a = named_kwarg(p))) { r = make_kos(p, a, 1); goto out; }
    if (p->error) goto out;
    if (!dstar) {
        if ((a = ps_starred_expression(p))) r = make_kos(p, a, 0);
        goto out;
    }
    if (ps_expect(p, TK_DOUBLESTAR) && (a = ps_expression(p))) {
        ast_node *k = EXPR(AST_keyword);
        if (!k) goto out;
        k->v.keyword.value = a;
        r = make_kos(p, k, 1);
        goto out;
    }
    p->pos = start;
out:
    p->level--;
    return r;
}

/* ','.ITEM+ of kwarg_or_starred / kwarg_or_double_starred, pushed */
static int kwarg_gather(ps_parser *p, int dstar)
{
    ps_kos *k = kwarg_item(p, dstar);
    if (!k || ps_push(p, k) < 0) return 0;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA) || !(k = kwarg_item(p, dstar))) { p->pos = m; break; }
        if (ps_push(p, k) < 0) return 0;
    }
    return !p->error;
}

/* kwargs:
 *     | ','.kwarg_or_starred+ ',' ','.kwarg_or_double_starred+
 *     | ','.kwarg_or_starred+
 *     | ','.kwarg_or_double_starred+ */
PS_RULE(, ast_seq *, ps_kwargs)
{
    int32_t m = p->pos, base = p->sp;
    if (kwarg_gather(p, 0)) {
        int32_t k = p->pos, mid = p->sp;
        if (ps_expect(p, TK_COMMA) && kwarg_gather(p, 1)) return ps_seq_pop(p, base);
        if (p->error) { p->sp = base; return NULL; }
        p->pos = k;
        p->sp = mid;
        return ps_seq_pop(p, base);
    }
    if (p->error) { p->sp = base; return NULL; }
    p->sp = base;
    p->pos = m;
    if (kwarg_gather(p, 1)) return ps_seq_pop(p, base);
    p->sp = base;
    p->pos = m;
    return NULL;
}

/* The elements of a kwargs sequence: starred ones into ARGS (appended to
 * PREFIX), keywords into KWS. */
static int split_kwargs(ps_parser *p, ast_seq *prefix, ast_seq *kw, ast_seq **args, ast_seq **kws)
{
    int32_t nstar = 0, nkw = 0, np = ast_seq_len(prefix);
    for (int32_t i = 0; i < ast_seq_len(kw); i++) {
        if (((ps_kos *)kw->items[i])->is_kw) nkw++;
        else nstar++;
    }
    *args = prefix;
    *kws = NULL;
    if (nstar) {
        ast_seq *a = ast_seq_new(p->arena, np + nstar);
        if (!a) { ps_oom(p); return -1; }
        if (np) memcpy(a->items, prefix->items, (size_t)np * sizeof(void *));
        int32_t j = np;
        for (int32_t i = 0; i < kw->n; i++)
            if (!((ps_kos *)kw->items[i])->is_kw) a->items[j++] = ((ps_kos *)kw->items[i])->elem;
        *args = a;
    }
    if (nkw) {
        ast_seq *k = ast_seq_new(p->arena, nkw);
        if (!k) { ps_oom(p); return -1; }
        int32_t j = 0;
        for (int32_t i = 0; i < kw->n; i++)
            if (((ps_kos *)kw->items[i])->is_kw) k->items[j++] = ((ps_kos *)kw->items[i])->elem;
        *kws = k;
    }
    return 0;
}

/* starred_expression | (assignment_expression | expression !':=') !'=' */
static ast_node *positional_arg(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *a = ps_starred_expression(p);
    if (a || p->error) return a;
    a = ps_assignment_expression(p);
    if (!a && !p->error) {
        a = ps_expression(p);
        if (a && ps_at(p, TK_COLONEQUAL)) a = NULL;
    }
    if (a && !ps_at(p, TK_EQUAL)) return a;
    p->pos = m;
    return NULL;
}

/* args:
 *     | ','.(starred_expression | (assignment_expression | expression !':=') !'=')+ [',' kwargs]
 *     | kwargs
 * → a Call without func holding the arguments */
PS_RULE(, ast_node *, ps_args)
{
    int32_t start = p->pos, base = p->sp;
    ast_node *a = positional_arg(p);
    ast_seq *args = NULL, *kws = NULL;
    if (a) {
        if (ps_push(p, a) < 0) return NULL;
        for (;;) {
            int32_t m = p->pos;
            if (!ps_expect(p, TK_COMMA) || !(a = positional_arg(p))) { p->pos = m; break; }
            if (ps_push(p, a) < 0) return NULL;
        }
        if (p->error) { p->sp = base; return NULL; }
        ast_seq *pos = ps_seq_pop(p, base);
        if (!pos) return NULL;
        int32_t m = p->pos;
        ast_seq *k = NULL;
        if (ps_expect(p, TK_COMMA)) {
            k = ps_kwargs(p);
            if (p->error) return NULL;
            if (!k) p->pos = m;
        }
        if (split_kwargs(p, pos, k, &args, &kws) < 0) return NULL;
    } else {
        if (p->error) return NULL;
        ast_seq *k = ps_kwargs(p);
        if (!k) return NULL;
        if (split_kwargs(p, NULL, k, &args, &kws) < 0) return NULL;
    }
    ast_node *c = EXPR(AST_Call);
    if (!c) return NULL;
    c->v.Call.args = args;
    c->v.Call.keywords = kws;
    return c;
}

/* invalid_arguments: see python.gram */
static void invalid_arguments(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *a, *e;
    ast_seq *b;
    const tok_token *t, *eq;
    /* ((','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ ',' kwargs) | kwargs)
     *     a=',' ','.(starred_expression !'=')+ */
    {
        int ok = 0;
        if (positional_arg(p)) {
            for (;;) {
                int32_t k = p->pos;
                if (!ps_expect(p, TK_COMMA) || !positional_arg(p)) { p->pos = k; break; }
            }
            if (!p->error && ps_expect(p, TK_COMMA) && ps_kwargs(p)) ok = 1;
        }
        if (p->error) return;
        if (!ok) {
            p->pos = m;
            ok = ps_kwargs(p) != NULL;
            if (p->error) return;
        }
        if (ok && (t = ps_expect(p, TK_COMMA))) {
            int n = 0;
            for (;;) {
                int32_t k = p->pos;
                if (n && !ps_expect(p, TK_COMMA)) break;
                if (!ps_starred_expression(p) || ps_at(p, TK_EQUAL)) { p->pos = k; break; }
                n++;
            }
            if (p->error) return;
            if (n) {
                ps_raise_from_tok(p, t, "iterable argument unpacking follows keyword argument unpacking");
                return;
            }
        }
        p->pos = m;
    }
    /* a=expression b=for_if_clauses ',' [args | expression for_if_clauses] */
    if ((a = ps_expression(p)) && (b = ps_for_if_clauses(p)) && ps_expect(p, TK_COMMA)) {
        int32_t k = p->pos;
        if (!ps_args(p)) {
            p->pos = k;
            if (!p->error && !(ps_expression(p) && ps_for_if_clauses(p))) p->pos = k;
        }
        if (p->error) return;
        ps_raise_range(p, a, ps_last_comprehension_item(ps_seq_last(b)),
                       "Generator expression must be parenthesized");
        return;
    }
    if (p->error) return;
    p->pos = m;
    /* a=NAME b='=' expression for_if_clauses */
    if ((t = ps_expect(p, TK_NAME)) && (eq = ps_expect(p, TK_EQUAL)) && ps_expression(p)
        && ps_for_if_clauses(p)) {
        ps_raise_tok_range(p, t, eq, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return;
    }
    if (p->error) return;
    p->pos = m;
    /* (args ',')? a=NAME b='=' &(',' | ')') */
    if (!(ps_args(p) && ps_expect(p, TK_COMMA))) p->pos = m;
    if (!p->error && (t = ps_expect(p, TK_NAME)) && (eq = ps_expect(p, TK_EQUAL))
        && (ps_at(p, TK_COMMA) || ps_at(p, TK_RPAR))) {
        ps_raise_tok_range(p, t, eq, "expected argument value expression");
        return;
    }
    if (p->error) return;
    p->pos = m;
    /* a=args b=for_if_clauses */
    if ((a = ps_args(p)) && (b = ps_for_if_clauses(p))) {
        ps_nonparen_genexp_in_call(p, a, b);
        if (p->error) return;
    }
    if (p->error) return;
    p->pos = m;
    /* args ',' a=expression b=for_if_clauses */
    if (ps_args(p) && ps_expect(p, TK_COMMA) && (e = ps_expression(p)) && (b = ps_for_if_clauses(p))) {
        ps_raise_range(p, e, ps_last_comprehension_item(ps_seq_last(b)),
                       "Generator expression must be parenthesized");
        return;
    }
    if (p->error) return;
    p->pos = m;
    /* a=args ',' args */
    if ((a = ps_args(p)) && ps_expect(p, TK_COMMA) && ps_args(p)) {
        ps_arguments_parsing_error(p, a);
        return;
    }
    p->pos = m;
}

/* arguments (memo): args [','] &')' | invalid_arguments */
PS_MEMO_RULE(, ast_node *, ps_arguments, M_ARGUMENTS)
{
    int32_t m = p->pos;
    ast_node *a = ps_args(p);
    if (a) {
        ps_expect(p, TK_COMMA);
        if (ps_at(p, TK_RPAR)) return a;
    }
    if (p->error) return NULL;
    p->pos = m;
    if (INVALID) {
        invalid_arguments(p);
        p->pos = m;
    }
    return NULL;
}

