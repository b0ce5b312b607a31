/* Simple statements (CPython's simple_stmt: assignments, expression
 * statements, return, raise, del, assert, global/nonlocal, type aliases)
 * and imports. */
#include "parser_int.h"

#define INVALID (p->invalid)

/* A statement node of KIND from token START to the last token consumed. */
#define STMT(kind) ps_node(p, kind, start)

static ast_node *assignment(ps_parser *p);
static ast_node *type_alias(ps_parser *p);
static ast_node *return_stmt(ps_parser *p);
static ast_node *import_stmt(ps_parser *p);
static ast_node *raise_stmt(ps_parser *p);
static ast_node *del_stmt(ps_parser *p);
static ast_node *assert_stmt(ps_parser *p);
static ast_node *global_stmt(ps_parser *p, ast_kind kind);

/* simple_stmt (memo):
 *     | assignment | &"type" type_alias | star_expressions
 *     | &'return' return_stmt | &('import' | 'from') import_stmt
 *     | &'raise' raise_stmt | &'pass' pass_stmt | &'del' del_stmt
 *     | &'yield' yield_stmt | &'assert' assert_stmt | &'break' break_stmt
 *     | &'continue' continue_stmt | &'global' global_stmt
 *     | &'nonlocal' nonlocal_stmt */
PS_MEMO_RULE(, ast_node *, ps_simple_stmt, M_SIMPLE_STMT)
{
    int32_t start = p->pos;
    ast_node *s = assignment(p);
    if (s || p->error) return s;
    if (ps_tok_is(p, ps_tok(p, p->pos), "type")) {
        s = type_alias(p);
        if (s || p->error) return s;
    }
    ast_node *e = ps_star_expressions(p);
    if (e) {
        s = STMT(AST_Expr);
        if (s) s->v.Expr.value = e;
        return s;
    }
    if (p->error) return NULL;
    switch (ps_kind(p)) {
    case TK_KW_RETURN: return return_stmt(p);
    case TK_KW_IMPORT: case TK_KW_FROM: return import_stmt(p);
    case TK_KW_RAISE: return raise_stmt(p);
    case TK_KW_PASS: p->pos++; return STMT(AST_Pass);
    case TK_KW_DEL: return del_stmt(p);
    case TK_KW_YIELD:
        e = ps_yield_expr(p);
        if (!e) return NULL;
        s = STMT(AST_Expr);
        if (s) s->v.Expr.value = e;
        return s;
    case TK_KW_ASSERT: return assert_stmt(p);
    case TK_KW_BREAK: p->pos++; return STMT(AST_Break);
    case TK_KW_CONTINUE: p->pos++; return STMT(AST_Continue);
    case TK_KW_GLOBAL: return global_stmt(p, AST_Global);
    case TK_KW_NONLOCAL: return global_stmt(p, AST_Nonlocal);
    default: return NULL;
    }
}

/* augassign: '+=' | '-=' | ... (the operator, or 0) */
static ast_operator augassign(ps_parser *p)
{
    ast_operator op;
    switch (ps_kind(p)) {
    case TK_PLUSEQUAL: op = AST_Add; break;
    case TK_MINEQUAL: op = AST_Sub; break;
    case TK_STAREQUAL: op = AST_Mult; break;
    case TK_ATEQUAL: op = AST_MatMult; break;
    case TK_SLASHEQUAL: op = AST_Div; break;
    case TK_PERCENTEQUAL: op = AST_Mod; break;
    case TK_AMPEREQUAL: op = AST_BitAnd; break;
    case TK_VBAREQUAL: op = AST_BitOr; break;
    case TK_CIRCUMFLEXEQUAL: op = AST_BitXor; break;
    case TK_LEFTSHIFTEQUAL: op = AST_LShift; break;
    case TK_RIGHTSHIFTEQUAL: op = AST_RShift; break;
    case TK_DOUBLESTAREQUAL: op = AST_Pow; break;
    case TK_DOUBLESLASHEQUAL: op = AST_FloorDiv; break;
    default: return 0;
    }
    p->pos++;
    return op;
}

/* ['=' annotated_rhs]: the value, or NULL (check p->error) */
static ast_node *opt_assigned_value(ps_parser *p)
{
    int32_t m = p->pos;
    if (!ps_expect(p, TK_EQUAL)) return NULL;
    ast_node *v = ps_annotated_rhs(p);
    if (!v) p->pos = m;
    return v;
}

/* invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
PS_RULE(static, ast_node *, invalid_ann_assign_target)
{
    ast_node *a = ps_list(p);
    if (a || p->error) return a;
    a = ps_tuple(p);
    if (a || p->error) return a;
    int32_t m = p->pos;
    if (ps_expect(p, TK_LPAR)) {
        a = invalid_ann_assign_target(p);
        if (a && ps_expect(p, TK_RPAR)) return a;
    }
    p->pos = m;
    return NULL;
}

/* invalid_assignment: see python.gram */
PS_RULE(static, ast_node *, invalid_assignment)
{
    int32_t m = p->pos;
    ast_node *a;
    /* a=invalid_ann_assign_target ':' expression */
    if ((a = invalid_ann_assign_target(p)) && ps_expect(p, TK_COLON) && ps_expression(p))
        return ps_raise_node(p, a, "only single target (not %s) can be annotated", ps_expr_name(a));
    if (p->error) return NULL;
    p->pos = m;
    /* a=star_named_expression ',' star_named_expressions* ':' expression */
    if ((a = ps_star_named_expression(p)) && ps_expect(p, TK_COMMA)) {
        while (ps_star_named_expressions(p)) {}
        if (!p->error && ps_expect(p, TK_COLON) && ps_expression(p))
            return ps_raise_node(p, a, "only single target (not tuple) can be annotated");
    }
    if (p->error) return NULL;
    p->pos = m;
    /* a=expression ':' expression */
    if ((a = ps_expression(p)) && ps_expect(p, TK_COLON) && ps_expression(p))
        return ps_raise_node(p, a, "illegal target for annotation");
    if (p->error) return NULL;
    p->pos = m;
    /* (star_targets '=')* a=star_expressions '=' */
    for (;;) {
        int32_t k = p->pos;
        if (ps_star_targets(p) && ps_expect(p, TK_EQUAL)) continue;
        if (p->error) return NULL;
        p->pos = k;
        break;
    }
    if ((a = ps_star_expressions(p)) && ps_expect(p, TK_EQUAL)) {
        ps_raise_invalid_target(p, PS_STAR_TARGETS, a);
        if (p->error) return NULL;
    }
    if (p->error) return NULL;
    p->pos = m;
    /* (star_targets '=')* a=yield_expr '=' */
    for (;;) {
        int32_t k = p->pos;
        if (ps_star_targets(p) && ps_expect(p, TK_EQUAL)) continue;
        if (p->error) return NULL;
        p->pos = k;
        break;
    }
    if ((a = ps_yield_expr(p)) && ps_expect(p, TK_EQUAL))
        return ps_raise_node(p, a, "assignment to yield expression not possible");
    if (p->error) return NULL;
    p->pos = m;
    /* a=star_expressions augassign annotated_rhs */
    if ((a = ps_star_expressions(p)) && augassign(p) && ps_annotated_rhs(p))
        return ps_raise_node(p, a, "'%s' is an illegal expression for augmented assignment",
                             ps_expr_name(a));
    p->pos = m;
    return NULL;
}

/* assignment:
 *     | NAME ':' expression ['=' annotated_rhs]
 *     | ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
 *     | (star_targets '=')+ annotated_rhs !'=' [TYPE_COMMENT]
 *     | single_target augassign ~ annotated_rhs
 *     | invalid_assignment */
PS_RULE(static, ast_node *, assignment)
{
    int32_t start = p->pos;
    ast_node *a, *b, *c, *s;
    const tok_token *t;

    /* NAME ':' expression ['=' annotated_rhs] */
    if ((t = ps_expect(p, TK_NAME)) && ps_expect(p, TK_COLON) && (b = ps_expression(p))) {
        c = opt_assigned_value(p);
        if (p->error) return NULL;
        a = ps_name_node(p, t);
        if (!a || !(a = ps_set_ctx(p, a, AST_Store))) return NULL;
        s = STMT(AST_AnnAssign);
        if (!s) return NULL;
        s->v.AnnAssign.target = a;
        s->v.AnnAssign.annotation = b;
        s->v.AnnAssign.value = c;
        s->v.AnnAssign.simple = 1;
        return s;
    }
    if (p->error) return NULL;
    p->pos = start;

    /* ('(' single_target ')' | single_subscript_attribute_target) ':' ... */
    a = NULL;
    if (ps_expect(p, TK_LPAR)) {
        a = ps_single_target(p);
        if (!a || !ps_expect(p, TK_RPAR)) a = NULL;
    }
    if (p->error) return NULL;
    if (!a) {
        p->pos = start;
        a = ps_single_subscript_attribute_target(p);
        if (p->error) return NULL;
    }
    if (a && ps_expect(p, TK_COLON) && (b = ps_expression(p))) {
        c = opt_assigned_value(p);
        if (p->error) return NULL;
        s = STMT(AST_AnnAssign);
        if (!s) return NULL;
        s->v.AnnAssign.target = a;
        s->v.AnnAssign.annotation = b;
        s->v.AnnAssign.value = c;
        s->v.AnnAssign.simple = 0;
        return s;
    }
    if (p->error) return NULL;
    p->pos = start;

    /* (star_targets '=')+ annotated_rhs !'=' */
    {
        int32_t base = p->sp;
        for (;;) {
            int32_t k = p->pos;
            ast_node *z = ps_star_targets(p);
            if (z && ps_expect(p, TK_EQUAL)) {
                if (ps_push(p, z) < 0) return NULL;
                continue;
            }
            if (p->error) { p->sp = base; return NULL; }
            p->pos = k;
            break;
        }
        if (p->sp > base) {
            b = ps_annotated_rhs(p);
            if (b && !ps_at(p, TK_EQUAL)) {
                ast_seq *targets = ps_seq_pop(p, base);
                if (!targets) return NULL;
                s = STMT(AST_Assign);
                if (!s) return NULL;
                s->v.Assign.targets = targets;
                s->v.Assign.value = b;
                return s;
            }
            p->sp = base;
            if (p->error) return NULL;
        }
        p->pos = start;
    }

    /* single_target augassign ~ annotated_rhs */
    if ((a = ps_single_target(p))) {
        ast_operator op = augassign(p);
        if (op) {
            b = ps_annotated_rhs(p);
            if (!b) { p->pos = start; return NULL; }    /* the cut */
            s = STMT(AST_AugAssign);
            if (!s) return NULL;
            s->v.AugAssign.target = a;
            s->v.AugAssign.op = op;
            s->v.AugAssign.value = b;
            return s;
        }
    }
    if (p->error) return NULL;
    p->pos = start;

    if (INVALID) {
        invalid_assignment(p);
        p->pos = start;
    }
    return NULL;
}

/* type_alias: "type" NAME [type_params] '=' expression */
PS_RULE(static, ast_node *, type_alias)
{
    int32_t start = p->pos;
    const tok_token *n;
    if (!ps_expect_soft(p, "type") || !(n = ps_expect(p, TK_NAME))) { p->pos = start; return NULL; }
    ast_seq *tp = ps_type_params(p);
    if (p->error) return NULL;
    ast_node *b;
    if (!ps_expect(p, TK_EQUAL) || !(b = ps_expression(p))) { p->pos = start; return NULL; }
    ast_node *name = ps_name_node(p, n);
    if (!name || !(name = ps_set_ctx(p, name, AST_Store))) return NULL;
    ast_node *s = STMT(AST_TypeAlias);
    if (!s) return NULL;
    s->v.TypeAlias.name = name;
    s->v.TypeAlias.type_params = tp;
    s->v.TypeAlias.value = b;
    return s;
}

/* return_stmt: 'return' [star_expressions] */
PS_RULE(static, ast_node *, return_stmt)
{
    int32_t start = p->pos;
    if (!ps_expect(p, TK_KW_RETURN)) return NULL;
    ast_node *a = ps_star_expressions(p);
    if (p->error) return NULL;
    ast_node *s = STMT(AST_Return);
    if (s) s->v.Return.value = a;
    return s;
}

/* raise_stmt: 'raise' expression ['from' expression] | 'raise' */
PS_RULE(static, ast_node *, raise_stmt)
{
    int32_t start = p->pos;
    if (!ps_expect(p, TK_KW_RAISE)) return NULL;
    ast_node *a = ps_expression(p), *b = NULL;
    if (a) {
        int32_t m = p->pos;
        if (ps_expect(p, TK_KW_FROM)) {
            b = ps_expression(p);
            if (!b) p->pos = m;
        }
    }
    if (p->error) return NULL;
    ast_node *s = STMT(AST_Raise);
    if (!s) return NULL;
    s->v.Raise.exc = a;
    s->v.Raise.cause = b;
    return s;
}

/* global_stmt: 'global' ','.NAME+  (nonlocal_stmt likewise) */
static ast_node *global_stmt(ps_parser *p, ast_kind kind)
{
    if (!PS_ENTER(p)) return NULL;
    int32_t start = p->pos, base = p->sp;
    ast_node *s = NULL;
    p->pos++;
    const tok_token *t = ps_expect(p, TK_NAME);
    if (!t) goto fail;
    for (;;) {
        const char *id = ps_ident(p, t);
        if (!id || ps_push(p, (void *)id) < 0) goto out;
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA)) break;
        if (!(t = ps_expect(p, TK_NAME))) { p->pos = m; break; }
    }
    {
        ast_seq *names = ps_seq_pop(p, base);
        if (!names) goto out;
        s = STMT(kind);
        if (s) {
            if (kind == AST_Global) s->v.Global.names = names;
            else s->v.Nonlocal.names = names;
        }
    }
    goto out;
fail:
    p->pos = start;
    p->sp = base;
out:
    p->level--;
    return s;
}

/* invalid_del_stmt: 'del' a=star_expressions */
static void invalid_del_stmt(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *a;
    if (ps_expect(p, TK_KW_DEL) && (a = ps_star_expressions(p)))
        ps_raise_invalid_target(p, PS_DEL_TARGETS, a);
    p->pos = m;
}

/* del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt */
PS_RULE(static, ast_node *, del_stmt)
{
    int32_t start = p->pos;
    ast_seq *a;
    if (ps_expect(p, TK_KW_DEL) && (a = ps_del_targets(p))
        && (ps_at(p, TK_SEMI) || ps_at(p, TK_NEWLINE))) {
        ast_node *s = STMT(AST_Delete);
        if (s) s->v.Delete.targets = a;
        return s;
    }
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID) invalid_del_stmt(p);
    return NULL;
}

/* assert_stmt: 'assert' expression [',' expression] */
PS_RULE(static, ast_node *, assert_stmt)
{
    int32_t start = p->pos;
    ast_node *a, *b = NULL;
    if (!ps_expect(p, TK_KW_ASSERT) || !(a = ps_expression(p))) { p->pos = start; return NULL; }
    int32_t m = p->pos;
    if (ps_expect(p, TK_COMMA)) {
        b = ps_expression(p);
        if (!b) p->pos = m;
    }
    if (p->error) return NULL;
    ast_node *s = STMT(AST_Assert);
    if (!s) return NULL;
    s->v.Assert.test = a;
    s->v.Assert.msg = b;
    return s;
}

/* ------------------------------------------------------------------ */
/* Imports */

/* dotted_name: dotted_name '.' NAME | NAME  (a Name whose id has dots) */
PS_MEMO_RULE(, ast_node *, ps_dotted_name, M_DOTTED_NAME)
{
    const tok_token *t = ps_expect(p, TK_NAME);
    if (!t) return NULL;
    ast_node *a = ps_name_node(p, t);
    if (!a) return NULL;
    for (;;) {
        int32_t m = p->pos;
        const tok_token *b;
        if (!ps_expect(p, TK_DOT) || !(b = ps_expect(p, TK_NAME))) { p->pos = m; break; }
        const char *bid = ps_ident(p, b);
        if (!bid) return NULL;
        size_t la = strlen(a->v.Name.id), lb = strlen(bid);
        char *id = ps_alloc(p, la + lb + 2);
        if (!id) return NULL;
        memcpy(id, a->v.Name.id, la);
        id[la] = '.';
        memcpy(id + la + 1, bid, lb + 1);
        ast_node *n = ps_node_tok(p, AST_Name, b);
        if (!n) return NULL;
        n->lineno = a->lineno;
        n->col_offset = a->col_offset;
        n->v.Name.id = id;
        n->v.Name.ctx = AST_Load;
        a = n;
    }
    return a;
}

/* invalid_dotted_as_name / invalid_import_from_as_name:
 *     FIRST 'as' !(NAME (',' | ')' | NEWLINE)) a=expression */
static void invalid_as_name(ps_parser *p, int dotted)
{
    int32_t m = p->pos;
    if (dotted ? ps_dotted_name(p) != NULL : ps_expect(p, TK_NAME) != NULL) {
        if (ps_expect(p, TK_KW_AS)) {
            int32_t k = p->pos;
            int look = 0;
            if (ps_expect(p, TK_NAME)) {
                int kind = ps_kind(p);
                look = kind == TK_COMMA || kind == TK_RPAR || kind == TK_NEWLINE;
            }
            p->pos = k;
            ast_node *a;
            if (!p->error && !look && (a = ps_expression(p)))
                ps_raise_node(p, a, "cannot use %s as import target", ps_expr_name(a));
        }
    }
    p->pos = m;
}

/* dotted_as_name: invalid_dotted_as_name | dotted_name ['as' NAME]
 * import_from_as_name: invalid_import_from_as_name | NAME ['as' NAME] */
static ast_node *as_name(ps_parser *p, int dotted)
{
    if (!PS_ENTER(p)) return NULL;
    int32_t start = p->pos;
    ast_node *r = NULL;
    if (INVALID) {
        invalid_as_name(p, dotted);
        if (p->error) goto out;
    }
    const char *name;
    if (dotted) {
        ast_node *a = ps_dotted_name(p);
        if (!a) goto out;
        name = a->v.Name.id;
    } else {
        const tok_token *t = ps_expect(p, TK_NAME);
        if (!t || !(name = ps_ident(p, t))) goto out;
    }
    const char *asname = NULL;
    int32_t m = p->pos;
    const tok_token *z;
    if (ps_expect(p, TK_KW_AS)) {
        if ((z = ps_expect(p, TK_NAME))) {
            if (!(asname = ps_ident(p, z))) goto out;
        } else {
            p->pos = m;
        }
    }
    if (p->error) goto out;
    r = ps_node(p, AST_alias, start);
    if (r) {
        r->v.alias.name = name;
        r->v.alias.asname = asname;
    }
out:
    if (!r) p->pos = start;
    p->level--;
    return r;
}

/* ','.X+ for dotted_as_name / import_from_as_name */
static ast_seq *as_names(ps_parser *p, int dotted)
{
    int32_t base = p->sp;
    ast_node *a = as_name(p, dotted);
    if (!a) return NULL;
    if (ps_push(p, a) < 0) return NULL;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA) || !(a = as_name(p, dotted))) {
            p->pos = m;
            break;
        }
        if (ps_push(p, a) < 0) return NULL;
    }
    if (p->error) { p->sp = base; return NULL; }
    return ps_seq_pop(p, base);
}

/* invalid_import:
 *     | a='import' ','.dotted_name+ 'from' dotted_name
 *     | 'import' token=NEWLINE */
static void invalid_import(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *a = ps_expect(p, TK_KW_IMPORT), *t;
    if (!a) return;
    if (ps_dotted_name(p)) {
        for (;;) {
            int32_t k = p->pos;
            if (!ps_expect(p, TK_COMMA) || !ps_dotted_name(p)) { p->pos = k; break; }
        }
        if (!p->error && ps_expect(p, TK_KW_FROM) && ps_dotted_name(p)) {
            ps_raise_from_tok(p, a, "Did you mean to use 'from ... import ...' instead?");
            return;
        }
    }
    if (p->error) return;
    p->pos = m + 1;
    if ((t = ps_expect(p, TK_NEWLINE))) {
        ps_raise_from_tok(p, t, "Expected one or more names after 'import'");
        return;
    }
    p->pos = m;
}

/* import_from_targets:
 *     | '(' import_from_as_names [','] ')'
 *     | import_from_as_names !','
 *     | '*'
 *     | invalid_import_from_targets */
static ast_seq *import_from_targets(ps_parser *p)
{
    int32_t m = p->pos;
    ast_seq *a;
    const tok_token *t;
    if (ps_expect(p, TK_LPAR) && (a = as_names(p, 0))) {
        ps_expect(p, TK_COMMA);
        if (ps_expect(p, TK_RPAR)) return a;
    }
    if (p->error) return NULL;
    p->pos = m;
    if ((a = as_names(p, 0)) && !ps_at(p, TK_COMMA)) return a;
    if (p->error) return NULL;
    p->pos = m;
    if ((t = ps_expect(p, TK_STAR))) {
        ast_node *al = ps_node_tok(p, AST_alias, t);
        if (!al) return NULL;
        al->v.alias.name = "*";
        return ps_seq1(p, al);
    }
    if (p->error) return NULL;
    if (INVALID) {
        /* import_from_as_names ',' NEWLINE | token=NEWLINE */
        if (as_names(p, 0) && ps_expect(p, TK_COMMA) && ps_expect(p, TK_NEWLINE))
            return ps_raise(p, DIAG_SYNTAX, 0, "trailing comma not allowed without surrounding parentheses");
        if (p->error) return NULL;
        p->pos = m;
        if ((t = ps_expect(p, TK_NEWLINE)))
            return ps_raise_from_tok(p, t, "Expected one or more names after 'import'");
        p->pos = m;
    }
    return NULL;
}

/* import_stmt: invalid_import | import_name | import_from
 * import_name: 'import' dotted_as_names
 * import_from:
 *     | 'from' ('.' | '...')* dotted_name 'import' import_from_targets
 *     | 'from' ('.' | '...')+ 'import' import_from_targets */
PS_MEMO_RULE(static, ast_node *, import_stmt, M_IMPORT_STMT)
{
    int32_t start = p->pos;
    if (INVALID) {
        invalid_import(p);
        if (p->error) return NULL;
    }
    ast_node *s;
    if (ps_expect(p, TK_KW_IMPORT)) {
        ast_seq *a = as_names(p, 1);
        if (a) {
            s = STMT(AST_Import);
            if (s) s->v.Import.names = a;
            return s;
        }
        if (p->error) return NULL;
        p->pos = start;
    }
    if (!ps_expect(p, TK_KW_FROM)) return NULL;
    int level = 0;
    for (;;) {
        if (ps_expect(p, TK_DOT)) level += 1;
        else if (ps_expect(p, TK_ELLIPSIS)) level += 3;
        else break;
    }
    int32_t m = p->pos;
    ast_node *b = ps_dotted_name(p);
    ast_seq *c;
    if (b && ps_expect(p, TK_KW_IMPORT) && (c = import_from_targets(p))) {
        if (level == 0 && !strcmp(b->v.Name.id, "__future__")) {
            for (int32_t i = 0; i < c->n; i++)
                if (!strcmp(((ast_node *)c->items[i])->v.alias.name, "barry_as_FLUFL"))
                    p->barry = 1;
        }
        s = STMT(AST_ImportFrom);
        if (!s) return NULL;
        s->v.ImportFrom.module = b->v.Name.id;
        s->v.ImportFrom.names = c;
        s->v.ImportFrom.level = level;
        return s;
    }
    if (p->error) return NULL;
    p->pos = m;
    if (level > 0 && ps_expect(p, TK_KW_IMPORT) && (c = import_from_targets(p))) {
        s = STMT(AST_ImportFrom);
        if (!s) return NULL;
        s->v.ImportFrom.module = NULL;
        s->v.ImportFrom.names = c;
        s->v.ImportFrom.level = level;
        return s;
    }
    p->pos = start;
    return NULL;
}

