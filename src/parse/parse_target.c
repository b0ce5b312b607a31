/* Assignment, for, with and del targets (CPython's star_targets,
 * single_target, t_primary, del_targets). */
#include "parser_int.h"

#define INVALID (p->invalid)
#define EXPR(kind) ps_node(p, kind, start)

static int t_lookahead(ps_parser *p)
{
    int k = ps_kind(p);
    return k == TK_LPAR || k == TK_LSQB || k == TK_DOT;
}

/* t_primary:
 *     | t_primary '.' NAME &t_lookahead
 *     | t_primary '[' slices ']' &t_lookahead
 *     | t_primary genexp &t_lookahead
 *     | t_primary '(' [arguments] ')' &t_lookahead
 *     | atom &t_lookahead */
static int t_lookahead(ps_parser *p);

/* One growing step of t_primary on A: the first of
 * '.' NAME | '[' slices ']' | genexp | '(' [arguments] ')' that matches and
 * is followed by t_lookahead. */
static ast_node *t_primary_step(ps_parser *p, int32_t start, ast_node *a)
{
    int32_t m = p->pos;
    const tok_token *b;
    ast_node *n, *x;
    if (ps_expect(p, TK_DOT) && (b = ps_expect(p, TK_NAME)) && t_lookahead(p)) {
        n = EXPR(AST_Attribute);
        if (!n || !(n->v.Attribute.attr = ps_ident(p, b))) return NULL;
        n->v.Attribute.value = a;
        n->v.Attribute.ctx = AST_Load;
        return n;
    }
    if (p->error) return NULL;
    p->pos = m;
    if ((x = ps_subscript_brackets(p)) && t_lookahead(p)) {
        n = EXPR(AST_Subscript);
        if (!n) return NULL;
        n->v.Subscript.value = a;
        n->v.Subscript.slice = x;
        n->v.Subscript.ctx = AST_Load;
        return n;
    }
    if (p->error) return NULL;
    p->pos = m;
    if ((x = ps_genexp(p)) && t_lookahead(p)) {
        ast_seq *args = ps_seq1(p, x);
        return args ? ps_make_call(p, start, a, args, NULL) : NULL;
    }
    if (p->error) return NULL;
    p->pos = m;
    if (ps_call_parens(p, &x) && t_lookahead(p))
        return ps_make_call(p, start, a, x ? x->v.Call.args : NULL, x ? x->v.Call.keywords : NULL);
    p->pos = m;
    return NULL;
}

PS_MEMO_RULE(, ast_node *, ps_t_primary, M_T_PRIMARY)
{
    int32_t start = p->pos;
    ast_node *a = ps_atom(p);
    if (!a || !t_lookahead(p)) { if (!p->error) p->pos = start; return NULL; }
    for (;;) {
        ast_node *n = t_primary_step(p, start, a);
        if (!n) break;
        a = n;
    }
    return p->error ? NULL : a;
}

/* X=t_primary '.' NAME !t_lookahead | X=t_primary '[' slices ']' !t_lookahead
 * (with CTX): single_subscript_attribute_target, and the first two
 * alternatives of target_with_star_atom and del_target */
static ast_node *subscript_attribute_target(ps_parser *p, ast_ctx ctx)
{
    int32_t start = p->pos;
    ast_node *a = ps_t_primary(p), *n, *x;
    const tok_token *b;
    if (!a) return NULL;
    int32_t m = p->pos;
    if (ps_expect(p, TK_DOT) && (b = ps_expect(p, TK_NAME)) && !t_lookahead(p)) {
        n = EXPR(AST_Attribute);
        if (!n || !(n->v.Attribute.attr = ps_ident(p, b))) return NULL;
        n->v.Attribute.value = a;
        n->v.Attribute.ctx = ctx;
        return n;
    }
    if (p->error) return NULL;
    p->pos = m;
    if ((x = ps_subscript_brackets(p)) && !t_lookahead(p)) {
        n = EXPR(AST_Subscript);
        if (!n) return NULL;
        n->v.Subscript.value = a;
        n->v.Subscript.slice = x;
        n->v.Subscript.ctx = ctx;
        return n;
    }
    p->pos = start;
    return NULL;
}

PS_RULE(, ast_node *, ps_single_subscript_attribute_target)
{
    return subscript_attribute_target(p, AST_Store);
}

/* single_target: single_subscript_attribute_target | NAME | '(' single_target ')' */
PS_RULE(, ast_node *, ps_single_target)
{
    int32_t m = p->pos;
    ast_node *a = ps_single_subscript_attribute_target(p);
    if (a || p->error) return a;
    const tok_token *t;
    if ((t = ps_expect(p, TK_NAME))) {
        a = ps_name_node(p, t);
        return a ? ps_set_ctx(p, a, AST_Store) : NULL;
    }
    if (ps_expect(p, TK_LPAR) && (a = ps_single_target(p)) && ps_expect(p, TK_RPAR)) return a;
    p->pos = m;
    return NULL;
}

static ast_node *target_with_star_atom(ps_parser *p);

/* star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
 * star_targets_list_seq: ','.star_target+ [','] */
static ast_seq *star_target_seq(ps_parser *p, int tuple)
{
    int32_t m = p->pos, base = p->sp;
    ast_node *a = ps_star_target(p);
    if (!a) return NULL;
    if (ps_push(p, a) < 0) return NULL;
    int comma = 0;
    for (;;) {
        int32_t k = p->pos;
        if (!ps_expect(p, TK_COMMA)) break;
        comma = 1;
        if (!(a = ps_star_target(p))) {
            if (p->error) { p->sp = base; return NULL; }
            p->pos = k + 1;
            break;
        }
        if (ps_push(p, a) < 0) return NULL;
    }
    if (tuple && !comma) { p->sp = base; p->pos = m; return NULL; }
    return ps_seq_pop(p, base);
}

/* star_atom:
 *     | NAME
 *     | '(' target_with_star_atom ')'
 *     | '(' [star_targets_tuple_seq] ')' → Tuple
 *     | '[' [star_targets_list_seq] ']' → List */
PS_RULE(static, ast_node *, star_atom)
{
    int32_t start = p->pos;
    const tok_token *t;
    ast_node *a, *n;
    ast_seq *s;
    if ((t = ps_expect(p, TK_NAME))) {
        a = ps_name_node(p, t);
        return a ? ps_set_ctx(p, a, AST_Store) : NULL;
    }
    if (ps_expect(p, TK_LPAR)) {
        if ((a = target_with_star_atom(p)) && ps_expect(p, TK_RPAR)) return ps_set_ctx(p, a, AST_Store);
        if (p->error) return NULL;
        p->pos = start + 1;
        s = star_target_seq(p, 1);
        if (p->error) return NULL;
        if (ps_expect(p, TK_RPAR)) return ps_tuple_node(p, s, AST_Store, start);
        p->pos = start;
        return NULL;
    }
    if (ps_expect(p, TK_LSQB)) {
        s = star_target_seq(p, 0);
        if (p->error) return NULL;
        if (ps_expect(p, TK_RSQB)) {
            n = EXPR(AST_List);
            if (!n) return NULL;
            n->v.List.elts = s;
            n->v.List.ctx = AST_Store;
            return n;
        }
        p->pos = start;
    }
    return NULL;
}

/* target_with_star_atom (memo):
 *     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
 *     | star_atom */
PS_MEMO_RULE(static, ast_node *, target_with_star_atom, M_TARGET_WITH_STAR_ATOM)
{
    ast_node *a = subscript_attribute_target(p, AST_Store);
    if (a || p->error) return a;
    return star_atom(p);
}

/* star_target (memo): '*' (!'*' star_target) → Starred | target_with_star_atom */
PS_MEMO_RULE(, ast_node *, ps_star_target, M_STAR_TARGET)
{
    int32_t start = p->pos;
    if (ps_expect(p, TK_STAR)) {
        ast_node *a;
        if (!ps_at(p, TK_STAR) && (a = ps_star_target(p))) {
            if (!(a = ps_set_ctx(p, a, AST_Store))) return NULL;
            ast_node *n = EXPR(AST_Starred);
            if (!n) return NULL;
            n->v.Starred.value = a;
            n->v.Starred.ctx = AST_Store;
            return n;
        }
        if (p->error) return NULL;
        p->pos = start;
        return NULL;
    }
    return target_with_star_atom(p);
}

/* star_targets:
 *     | star_target !','
 *     | star_target (',' star_target)* [','] → Tuple */
PS_RULE(, ast_node *, ps_star_targets)
{
    int32_t start = p->pos, base = p->sp;
    ast_node *a = ps_star_target(p);
    if (!a) return NULL;
    if (!ps_at(p, TK_COMMA)) return a;
    if (ps_push(p, a) < 0) return NULL;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA)) break;
        if (!(a = ps_star_target(p))) {
            if (p->error) { p->sp = base; return NULL; }
            p->pos = m + 1;
            break;
        }
        if (ps_push(p, a) < 0) return NULL;
    }
    ast_seq *elts = ps_seq_pop(p, base);
    return elts ? ps_tuple_node(p, elts, AST_Store, start) : NULL;
}

static ast_node *del_target(ps_parser *p);

/* del_t_atom:
 *     | NAME | '(' del_target ')' | '(' [del_targets] ')' → Tuple | '[' [del_targets] ']' → List */
PS_RULE(static, ast_node *, del_t_atom)
{
    int32_t start = p->pos;
    const tok_token *t;
    ast_node *a, *n;
    ast_seq *s;
    if ((t = ps_expect(p, TK_NAME))) {
        a = ps_name_node(p, t);
        return a ? ps_set_ctx(p, a, AST_Del) : NULL;
    }
    if (ps_expect(p, TK_LPAR)) {
        if ((a = del_target(p)) && ps_expect(p, TK_RPAR)) return ps_set_ctx(p, a, AST_Del);
        if (p->error) return NULL;
        p->pos = start + 1;
        s = ps_del_targets(p);
        if (p->error) return NULL;
        if (ps_expect(p, TK_RPAR)) return ps_tuple_node(p, s, AST_Del, start);
        p->pos = start;
        return NULL;
    }
    if (ps_expect(p, TK_LSQB)) {
        s = ps_del_targets(p);
        if (p->error) return NULL;
        if (ps_expect(p, TK_RSQB)) {
            n = EXPR(AST_List);
            if (!n) return NULL;
            n->v.List.elts = s;
            n->v.List.ctx = AST_Del;
            return n;
        }
        p->pos = start;
    }
    return NULL;
}

/* del_target (memo):
 *     | t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
 *     | del_t_atom */
PS_MEMO_RULE(static, ast_node *, del_target, M_DEL_TARGET)
{
    ast_node *a = subscript_attribute_target(p, AST_Del);
    if (a || p->error) return a;
    return del_t_atom(p);
}

/* del_targets: ','.del_target+ [','] */
PS_RULE(, ast_seq *, ps_del_targets)
{
    int32_t base = p->sp;
    ast_node *a = del_target(p);
    if (!a) return NULL;
    if (ps_push(p, a) < 0) return NULL;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA)) break;
        if (!(a = del_target(p))) {
            if (p->error) { p->sp = base; return NULL; }
            p->pos = m + 1;
            break;
        }
        if (ps_push(p, a) < 0) return NULL;
    }
    return ps_seq_pop(p, base);
}

