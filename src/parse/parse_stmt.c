/* Statements: CPython's grammar from `file` down to simple and compound
 * statements, imports, function and class definitions and parameters.
 * Match statements are in parse_pattern.c. */
#include "parser_int.h"

#include <stdio.h>

#define INVALID (p->invalid)

static void *statement(ps_parser *p);
static void *simple_stmts(ps_parser *p);
static ast_node *compound_stmt(ps_parser *p);
static ast_seq *type_params(ps_parser *p);
static ast_node *params(ps_parser *p);

/* A statement node of KIND from token START to the last token consumed. */
#define STMT(kind) ps_node(p, kind, start)

/* ------------------------------------------------------------------ */
/* Start rules */

/* statements: statement+ (flattened) */
static ast_seq *statements(ps_parser *p)
{
    int32_t base = p->sp;
    while (statement(p)) {}
    if (p->error || p->sp == base) { p->sp = base; return NULL; }
    return ps_seq_pop(p, base);
}

/* file: [statements] ENDMARKER */
PS_RULE(, ast_node *, ps_file)
{
    int32_t m = p->pos;
    ast_seq *a = statements(p);
    if (p->error) return NULL;
    if (!ps_expect(p, TK_ENDMARKER)) { p->pos = m; return NULL; }
    ast_node *mod = ast_new(p->arena, AST_Module);
    if (!mod) { ps_oom(p); return NULL; }
    mod->v.Module.body = a;
    return mod;
}

/* statement_newline:
 *     | compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER */
PS_RULE(, ast_node *, ps_interactive)
{
    int32_t m = p->pos, base = p->sp;
    ast_seq *body = NULL;
    ast_node *s = compound_stmt(p);
    if (s && ps_expect(p, TK_NEWLINE)) {
        body = ps_seq1(p, s);
    } else {
        p->pos = m;
        if (p->error) return NULL;
        if (simple_stmts(p)) {
            body = ps_seq_pop(p, base);
        } else if (p->error) {
            return NULL;
        } else if (ps_at(p, TK_NEWLINE)) {
            int32_t start = p->pos;
            p->pos++;
            ast_node *pass = STMT(AST_Pass);
            if (!pass) return NULL;
            body = ps_seq1(p, pass);
        } else {
            /* ENDMARKER: _PyPegen_interactive_exit fails the parse */
            return NULL;
        }
    }
    if (!body) return NULL;
    ast_node *mod = ast_new(p->arena, AST_Interactive);
    if (!mod) { ps_oom(p); return NULL; }
    mod->v.Interactive.body = body;
    return mod;
}

/* eval: expressions NEWLINE* ENDMARKER */
PS_RULE(, ast_node *, ps_eval)
{
    int32_t m = p->pos;
    ast_node *e = ps_expressions(p);
    if (!e) return NULL;
    while (ps_expect(p, TK_NEWLINE)) {}
    if (!ps_expect(p, TK_ENDMARKER)) { p->pos = m; return NULL; }
    ast_node *mod = ast_new(p->arena, AST_Expression);
    if (!mod) { ps_oom(p); return NULL; }
    mod->v.Expression.body = e;
    return mod;
}

/* func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
PS_RULE(, ast_node *, ps_func_type)
{
    int32_t m = p->pos;
    if (!ps_expect(p, TK_LPAR)) return NULL;
    ast_seq *a = ps_type_expressions(p);
    if (p->error) return NULL;
    ast_node *b;
    if (!ps_expect(p, TK_RPAR) || !ps_expect(p, TK_RARROW) || !(b = ps_expression(p))) {
        p->pos = m;
        return NULL;
    }
    while (ps_expect(p, TK_NEWLINE)) {}
    if (!ps_expect(p, TK_ENDMARKER)) { p->pos = m; return NULL; }
    ast_node *mod = ast_new(p->arena, AST_FunctionType);
    if (!mod) { ps_oom(p); return NULL; }
    mod->v.FunctionType.argtypes = a;
    mod->v.FunctionType.returns = b;
    return mod;
}

/* statement: compound_stmt | simple_stmts  (pushes the statements) */
PS_RULE(static, void *, statement)
{
    ast_node *s = compound_stmt(p);
    if (s) {
        if (p->invalid) {
            /* _PyPegen_register_stmts.  In this pass a def is what
             * invalid_def_raw returns, CPython's dummy node: line 0. */
            int32_t line = s->kind == AST_FunctionDef || s->kind == AST_AsyncFunctionDef ? 0 : s->lineno;
            if (p->last_stmt_line <= line) p->last_stmt_line = line;
        }
        return ps_push(p, s) < 0 ? NULL : s;
    }
    if (p->error) return NULL;
    return simple_stmts(p);
}

/* simple_stmts:
 *     | simple_stmt !';' NEWLINE
 *     | ';'.simple_stmt+ [';'] NEWLINE
 * (pushes the statements) */
PS_RULE(static, void *, simple_stmts)
{
    int32_t m = p->pos, base = p->sp;
    ast_node *s = ps_simple_stmt(p);
    if (!s) return NULL;
    if (ps_push(p, s) < 0) return NULL;
    while (ps_expect(p, TK_SEMI)) {
        ast_node *t = ps_simple_stmt(p);
        if (!t) {
            if (p->error) { p->sp = base; return NULL; }
            break;          /* the optional trailing ';' */
        }
        if (ps_push(p, t) < 0) return NULL;
    }
    if (!ps_expect(p, TK_NEWLINE)) { p->pos = m; p->sp = base; return NULL; }
    return s;
}

/* ------------------------------------------------------------------ */
/* Simple statements */

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
    ast_seq *tp = type_params(p);
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

/* ------------------------------------------------------------------ */
/* Blocks */

/* block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
PS_MEMO_RULE(, ast_seq *, ps_block, M_BLOCK)
{
    int32_t m = p->pos;
    ast_seq *a;
    if (ps_expect(p, TK_NEWLINE) && ps_expect(p, TK_INDENT) && (a = statements(p))
        && ps_expect(p, TK_DEDENT))
        return a;
    if (p->error) return NULL;
    p->pos = m;
    int32_t base = p->sp;
    if (simple_stmts(p)) return ps_seq_pop(p, base);
    if (p->error) return NULL;
    if (INVALID) {
        if (ps_expect(p, TK_NEWLINE) && !ps_at(p, TK_INDENT))
            return ps_raise(p, DIAG_INDENTATION, 0, "expected an indented block");
        p->pos = m;
    }
    return NULL;
}

/* NEWLINE !INDENT after a header's ':' (the invalid_*_stmt rules' check
 * for a missing body): consumes nothing. */
static int newline_no_indent(ps_parser *p)
{
    int32_t m = p->pos;
    int r = ps_expect(p, TK_NEWLINE) && !ps_at(p, TK_INDENT);
    p->pos = m;
    return r;
}

static void *expected_block(ps_parser *p, const char *what, int32_t line)
{
    return ps_raise(p, DIAG_INDENTATION, 0, "expected an indented block after %s on line %d",
                    what, (int)line);
}

/* decorators: ('@' named_expression NEWLINE)+ */
static ast_seq *decorators(ps_parser *p)
{
    int32_t base = p->sp;
    for (;;) {
        int32_t m = p->pos;
        ast_node *f;
        if (ps_expect(p, TK_AT) && (f = ps_named_expression(p)) && ps_expect(p, TK_NEWLINE)) {
            if (ps_push(p, f) < 0) return NULL;
            continue;
        }
        p->pos = m;
        break;
    }
    if (p->error || p->sp == base) { p->sp = base; return NULL; }
    return ps_seq_pop(p, base);
}

/* ------------------------------------------------------------------ */
/* Class definitions */

/* ['(' [arguments] ')']: 1 and the call (or NULL) when present */
static int class_args(ps_parser *p, ast_node **call)
{
    int32_t m = p->pos;
    *call = NULL;
    if (!ps_expect(p, TK_LPAR)) return 0;
    ast_node *z = ps_arguments(p);
    if (p->error) return 0;
    if (!ps_expect(p, TK_RPAR)) { p->pos = m; return 0; }
    *call = z;
    return 1;
}

/* invalid_class_def_raw:
 *     | 'class' NAME [type_params] ['(' [arguments] ')'] NEWLINE
 *     | a='class' NAME [type_params] ['(' [arguments] ')'] ':' NEWLINE !INDENT */
static void invalid_class_def_raw(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *a = ps_expect(p, TK_KW_CLASS);
    ast_node *call;
    if (a && ps_expect(p, TK_NAME)) {
        type_params(p);
        class_args(p, &call);
        if (!p->error && ps_at(p, TK_NEWLINE)) {
            p->pos++;
            ps_raise(p, DIAG_SYNTAX, 0, "expected ':'");
            return;
        }
    }
    if (p->error) return;
    p->pos = m;
    if (a && ps_expect(p, TK_KW_CLASS) && ps_expect(p, TK_NAME)) {
        type_params(p);
        class_args(p, &call);
        if (!p->error && ps_expect(p, TK_COLON) && newline_no_indent(p)) {
            p->pos += 2;
            expected_block(p, "class definition", a->lineno);
            return;
        }
    }
    p->pos = m;
}

/* class_def_raw:
 *     | invalid_class_def_raw
 *     | 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
PS_RULE(static, ast_node *, class_def_raw)
{
    int32_t start = p->pos;
    if (INVALID) {
        invalid_class_def_raw(p);
        if (p->error) return NULL;
    }
    const tok_token *n;
    if (!ps_expect(p, TK_KW_CLASS) || !(n = ps_expect(p, TK_NAME))) { p->pos = start; return NULL; }
    ast_seq *tp = type_params(p);
    if (p->error) return NULL;
    ast_node *call;
    class_args(p, &call);
    if (p->error) return NULL;
    ast_seq *body;
    if (!ps_expect(p, TK_COLON) || !(body = ps_block(p))) { p->pos = start; return NULL; }
    const char *name = ps_ident(p, n);
    if (!name) return NULL;
    ast_node *s = STMT(AST_ClassDef);
    if (!s) return NULL;
    s->v.ClassDef.name = name;
    s->v.ClassDef.bases = call ? call->v.Call.args : NULL;
    s->v.ClassDef.keywords = call ? call->v.Call.keywords : NULL;
    s->v.ClassDef.body = body;
    s->v.ClassDef.type_params = tp;
    return s;
}

/* class_def: decorators class_def_raw | class_def_raw */
PS_RULE(static, ast_node *, class_def)
{
    int32_t m = p->pos;
    ast_seq *d = decorators(p);
    if (d) {
        ast_node *c = class_def_raw(p);
        if (c) { c->v.ClassDef.decorator_list = d; return c; }
        if (p->error) return NULL;
    }
    if (p->error) return NULL;
    p->pos = m;
    return class_def_raw(p);
}

/* ------------------------------------------------------------------ */
/* Function definitions */

/* ['->' expression] */
static ast_node *opt_returns(ps_parser *p)
{
    int32_t m = p->pos;
    if (!ps_expect(p, TK_RARROW)) return NULL;
    ast_node *z = ps_expression(p);
    if (!z) p->pos = m;
    return z;
}

/* A forced token (&&'X'): raises "expected 'X'" at the next token when
 * it is not X. */
static const tok_token *expect_forced(ps_parser *p, int kind, const char *spelling)
{
    const tok_token *t = ps_tok(p, p->pos);
    if (p->error) return NULL;
    if (t->kind == kind) { p->pos++; return t; }
    int32_t c = t->col, ec = t->end_col;
    if (t->kind == TK_INDENT || t->kind == TK_DEDENT || t->kind == TK_ENDMARKER) c = ec = -1;
    ps_raise_at(p, DIAG_SYNTAX, t->lineno, c + 1, t->end_lineno, ec + 1, "expected '%s'", spelling);
    return NULL;
}

/* invalid_def_raw:
 *     | ['async'] a='def' NAME [type_params] '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT
 *     | ['async'] 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' [func_type_comment] block */
static void invalid_def_raw(ps_parser *p)
{
    int32_t m = p->pos;
    ps_expect(p, TK_KW_ASYNC);
    const tok_token *a = ps_expect(p, TK_KW_DEF);
    if (a && ps_expect(p, TK_NAME)) {
        type_params(p);
        if (!p->error && ps_expect(p, TK_LPAR)) {
            params(p);
            if (!p->error && ps_expect(p, TK_RPAR)) {
                opt_returns(p);
                if (!p->error && ps_expect(p, TK_COLON) && newline_no_indent(p)) {
                    p->pos += 2;
                    expected_block(p, "function definition", a->lineno);
                    return;
                }
            }
        }
    }
    if (p->error) return;
    p->pos = m;
    ps_expect(p, TK_KW_ASYNC);
    if (ps_expect(p, TK_KW_DEF) && ps_expect(p, TK_NAME)) {
        type_params(p);
        if (!p->error && expect_forced(p, TK_LPAR, "(")) {
            params(p);
            if (!p->error && ps_expect(p, TK_RPAR)) {
                opt_returns(p);
                if (!p->error && expect_forced(p, TK_COLON, ":"))
                    ps_block(p);
            }
        }
    }
    p->pos = m;
}

/* function_def_raw:
 *     | invalid_def_raw
 *     | ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' [func_type_comment] block */
PS_RULE(static, ast_node *, function_def_raw)
{
    int32_t start = p->pos;
    if (INVALID) {
        invalid_def_raw(p);
        if (p->error) return NULL;
    }
    int is_async = ps_expect(p, TK_KW_ASYNC) != NULL;
    const tok_token *n;
    if (!ps_expect(p, TK_KW_DEF) || !(n = ps_expect(p, TK_NAME))) { p->pos = start; return NULL; }
    ast_seq *tp = type_params(p);
    if (p->error) return NULL;
    if (!ps_expect(p, TK_LPAR)) { p->pos = start; return NULL; }
    ast_node *args = params(p);
    if (p->error) return NULL;
    if (!ps_expect(p, TK_RPAR)) { p->pos = start; return NULL; }
    ast_node *ret = opt_returns(p);
    if (p->error) return NULL;
    ast_seq *body;
    if (!ps_expect(p, TK_COLON) || !(body = ps_block(p))) { p->pos = start; return NULL; }
    if (!args && !(args = ps_empty_arguments(p))) return NULL;
    const char *name = ps_ident(p, n);
    if (!name) return NULL;
    ast_node *s = STMT(is_async ? AST_AsyncFunctionDef : AST_FunctionDef);
    if (!s) return NULL;
    /* FunctionDef and AsyncFunctionDef have the same layout */
    s->v.FunctionDef.name = name;
    s->v.FunctionDef.args = args;
    s->v.FunctionDef.body = body;
    s->v.FunctionDef.returns = ret;
    s->v.FunctionDef.type_params = tp;
    return s;
}

/* function_def: decorators function_def_raw | function_def_raw */
PS_RULE(static, ast_node *, function_def)
{
    int32_t m = p->pos;
    ast_seq *d = decorators(p);
    if (d) {
        ast_node *f = function_def_raw(p);
        if (f) { f->v.FunctionDef.decorator_list = d; return f; }
        if (p->error) return NULL;
    }
    if (p->error) return NULL;
    p->pos = m;
    return function_def_raw(p);
}

/* ------------------------------------------------------------------ */
/* Parameters */

/* param: NAME annotation?   (STAR: param_star_annotation: NAME star_annotation) */
static ast_node *param(ps_parser *p, int star)
{
    if (!PS_ENTER(p)) return NULL;
    int32_t start = p->pos;
    ast_node *r = NULL, *ann = NULL;
    const tok_token *n = ps_expect(p, TK_NAME);
    if (!n) goto out;
    int32_t m = p->pos;
    if (ps_expect(p, TK_COLON)) {
        ann = star ? ps_star_expression(p) : ps_expression(p);
        if (!ann) {
            p->pos = m;
            if (star || p->error) goto fail;
        }
    } else if (star) {
        goto fail;
    }
    r = ps_node(p, AST_arg, start);
    if (!r) goto out;
    r->v.arg.arg = ps_ident(p, n);
    r->v.arg.annotation = ann;
    if (!r->v.arg.arg) r = NULL;
    goto out;
fail:
    p->pos = start;
out:
    p->level--;
    return r;
}

/* (',' | &')'): the end of a parameter (lambda: &':') */
static int param_end(ps_parser *p, int lambda)
{
    if (ps_expect(p, TK_COMMA)) return 1;
    return ps_at(p, lambda ? TK_COLON : TK_RPAR);
}

/* param_no_default: param ',' | param &')'   (lambda_param_no_default) */
static ast_node *param_no_default(ps_parser *p, int lambda)
{
    int32_t m = p->pos;
    ast_node *a;
    if (lambda) {
        const tok_token *n = ps_expect(p, TK_NAME);
        if (!n) return NULL;
        a = ps_node_tok(p, AST_arg, n);
        if (!a || !(a->v.arg.arg = ps_ident(p, n))) return NULL;
    } else {
        a = param(p, 0);
    }
    if (a && param_end(p, lambda)) return a;
    p->pos = m;
    return NULL;
}

/* param_no_default_star_annotation: param_star_annotation (',' | &')') */
static ast_node *param_no_default_star(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *a = param(p, 1);
    if (a && param_end(p, 0)) return a;
    p->pos = m;
    return NULL;
}

/* param_with_default: param default (',' | &')')
 * param_maybe_default: param default? (',' | &')')  (MAYBE) */
static ps_nd *param_default(ps_parser *p, int lambda, int maybe)
{
    int32_t m = p->pos;
    ast_node *a;
    if (lambda) {
        const tok_token *n = ps_expect(p, TK_NAME);
        if (!n) return NULL;
        a = ps_node_tok(p, AST_arg, n);
        if (!a || !(a->v.arg.arg = ps_ident(p, n))) return NULL;
    } else {
        a = param(p, 0);
    }
    if (!a) return NULL;
    ast_node *c = ps_default(p);
    if (p->error) return NULL;
    if ((c || maybe) && param_end(p, lambda)) {
        ps_nd *nd = ps_alloc(p, sizeof *nd);
        if (!nd) return NULL;
        nd->arg = a;
        nd->value = c;
        return nd;
    }
    p->pos = m;
    return NULL;
}

/* X* / X+ over one of the parameter rules, as a sequence (NULL when none). */
enum { P_NO_DEFAULT, P_WITH_DEFAULT, P_MAYBE_DEFAULT };

static ast_seq *param_loop(ps_parser *p, int what, int lambda)
{
    int32_t base = p->sp;
    for (;;) {
        void *x;
        if (what == P_NO_DEFAULT) x = param_no_default(p, lambda);
        else x = param_default(p, lambda, what == P_MAYBE_DEFAULT);
        if (!x) break;
        if (ps_push(p, x) < 0) return NULL;
    }
    if (p->error || p->sp == base) { p->sp = base; return NULL; }
    return ps_seq_pop(p, base);
}

/* slash_no_default: param_no_default+ '/' (',' | &')') */
static ast_seq *slash_no_default(ps_parser *p, int lambda)
{
    int32_t m = p->pos;
    ast_seq *a = param_loop(p, P_NO_DEFAULT, lambda);
    if (a && ps_expect(p, TK_SLASH) && param_end(p, lambda)) return a;
    p->pos = m;
    return NULL;
}

/* slash_with_default: param_no_default* param_with_default+ '/' (',' | &')') */
static ps_swd *slash_with_default(ps_parser *p, int lambda)
{
    int32_t m = p->pos;
    ast_seq *a = param_loop(p, P_NO_DEFAULT, lambda);
    ast_seq *b = p->error ? NULL : param_loop(p, P_WITH_DEFAULT, lambda);
    if (b && ps_expect(p, TK_SLASH) && param_end(p, lambda)) {
        ps_swd *r = ps_alloc(p, sizeof *r);
        if (!r) return NULL;
        r->plain = a;
        r->with_def = b;
        return r;
    }
    p->pos = m;
    return NULL;
}

static void invalid_star_etc(ps_parser *p, int lambda);
static void invalid_kwds(ps_parser *p, int lambda);

/* kwds: invalid_kwds | '**' param_no_default */
static ast_node *kwds(ps_parser *p, int lambda)
{
    int32_t m = p->pos;
    if (INVALID) {
        invalid_kwds(p, lambda);
        if (p->error) return NULL;
    }
    ast_node *a;
    if (ps_expect(p, TK_DOUBLESTAR) && (a = param_no_default(p, lambda))) return a;
    p->pos = m;
    return NULL;
}

static ps_staretc *make_staretc(ps_parser *p, ast_node *va, ast_seq *kw, ast_node *kwarg)
{
    ps_staretc *r = ps_alloc(p, sizeof *r);
    if (!r) return NULL;
    r->vararg = va;
    r->kwonly = kw;
    r->kwarg = kwarg;
    return r;
}

/* star_etc:
 *     | invalid_star_etc
 *     | '*' param_no_default param_maybe_default* [kwds]
 *     | '*' param_no_default_star_annotation param_maybe_default* [kwds]
 *     | '*' ',' param_maybe_default+ [kwds]
 *     | kwds */
static ps_staretc *star_etc(ps_parser *p, int lambda)
{
    if (!PS_ENTER(p)) return NULL;
    int32_t m = p->pos;
    ps_staretc *r = NULL;
    if (INVALID) {
        invalid_star_etc(p, lambda);
        if (p->error) goto out;
    }
    if (ps_expect(p, TK_STAR)) {
        ast_node *a = param_no_default(p, lambda);
        if (!a && !lambda && !p->error) a = param_no_default_star(p);
        if (a) {
            ast_seq *b = param_loop(p, P_MAYBE_DEFAULT, lambda);
            ast_node *c = p->error ? NULL : kwds(p, lambda);
            if (!p->error) r = make_staretc(p, a, b, c);
            goto out;
        }
        if (p->error) goto out;
        if (ps_expect(p, TK_COMMA)) {
            ast_seq *b = param_loop(p, P_MAYBE_DEFAULT, lambda);
            if (b) {
                ast_node *c = kwds(p, lambda);
                if (!p->error) r = make_staretc(p, NULL, b, c);
                goto out;
            }
        }
        if (p->error) goto out;
    }
    p->pos = m;
    ast_node *k = kwds(p, lambda);
    if (k) r = make_staretc(p, NULL, NULL, k);
out:
    if (!r) p->pos = m;
    p->level--;
    return r;
}

static ast_seq *nd_args(ps_parser *p, ast_seq *nds)
{
    int32_t n = ast_seq_len(nds);
    ast_seq *s = ast_seq_new(p->arena, n);
    if (!s) { ps_oom(p); return NULL; }
    for (int32_t i = 0; i < n; i++) s->items[i] = ((ps_nd *)nds->items[i])->arg;
    return s;
}

static ast_seq *nd_values(ps_parser *p, ast_seq *nds)
{
    int32_t n = ast_seq_len(nds);
    ast_seq *s = ast_seq_new(p->arena, n);
    if (!s) { ps_oom(p); return NULL; }
    for (int32_t i = 0; i < n; i++) s->items[i] = ((ps_nd *)nds->items[i])->value;
    return s;
}

/* _PyPegen_make_arguments */
static ast_node *make_arguments(ps_parser *p, ast_seq *slash_nd, ps_swd *swd,
                                ast_seq *plain, ast_seq *nwd, ps_staretc *se)
{
    ast_node *r = ast_new(p->arena, AST_arguments);
    if (!r) { ps_oom(p); return NULL; }
    if (slash_nd) r->v.arguments.posonlyargs = slash_nd;
    else if (swd) r->v.arguments.posonlyargs = ps_seq_join(p, swd->plain, nd_args(p, swd->with_def));
    r->v.arguments.args = ps_seq_join(p, plain, nd_args(p, nwd));
    r->v.arguments.defaults = ps_seq_join(p, swd ? nd_values(p, swd->with_def) : NULL,
                                          nd_values(p, nwd));
    if (se) {
        r->v.arguments.vararg = se->vararg;
        r->v.arguments.kwonlyargs = nd_args(p, se->kwonly);
        r->v.arguments.kw_defaults = nd_values(p, se->kwonly);
        r->v.arguments.kwarg = se->kwarg;
    }
    return p->error ? NULL : r;
}

/* parameters (lambda_parameters):
 *     | slash_no_default param_no_default* param_with_default* [star_etc]
 *     | slash_with_default param_with_default* [star_etc]
 *     | param_no_default+ param_with_default* [star_etc]
 *     | param_with_default+ [star_etc]
 *     | star_etc */
static ast_node *parameters(ps_parser *p, int lambda)
{
    if (!PS_ENTER(p)) return NULL;
    int32_t m = p->pos;
    ast_node *r = NULL;
    ast_seq *a, *b, *c;
    ps_swd *sw;
    ps_staretc *d;
    if ((a = slash_no_default(p, lambda))) {
        b = param_loop(p, P_NO_DEFAULT, lambda);
        c = p->error ? NULL : param_loop(p, P_WITH_DEFAULT, lambda);
        d = p->error ? NULL : star_etc(p, lambda);
        if (!p->error) r = make_arguments(p, a, NULL, b, c, d);
        goto out;
    }
    if (p->error) goto out;
    if ((sw = slash_with_default(p, lambda))) {
        c = param_loop(p, P_WITH_DEFAULT, lambda);
        d = p->error ? NULL : star_etc(p, lambda);
        if (!p->error) r = make_arguments(p, NULL, sw, NULL, c, d);
        goto out;
    }
    if (p->error) goto out;
    if ((a = param_loop(p, P_NO_DEFAULT, lambda))) {
        c = param_loop(p, P_WITH_DEFAULT, lambda);
        d = p->error ? NULL : star_etc(p, lambda);
        if (!p->error) r = make_arguments(p, NULL, NULL, a, c, d);
        goto out;
    }
    if (p->error) goto out;
    if ((c = param_loop(p, P_WITH_DEFAULT, lambda))) {
        d = star_etc(p, lambda);
        if (!p->error) r = make_arguments(p, NULL, NULL, NULL, c, d);
        goto out;
    }
    if (p->error) goto out;
    if ((d = star_etc(p, lambda))) r = make_arguments(p, NULL, NULL, NULL, NULL, d);
out:
    if (!r) p->pos = m;
    p->level--;
    return r;
}

/* ------------------------------------------------------------------ */
/* Invalid parameter rules (second pass) */

/* (',' | param_no_default): for "* may appear only once" */
static int comma_or_param_no_default(ps_parser *p, int lambda)
{
    if (ps_expect(p, TK_COMMA)) return 1;
    return param_no_default(p, lambda) != NULL;
}

/* invalid_parameters (invalid_lambda_parameters):
 *     | a="/" ','
 *     | (slash_no_default | slash_with_default) param_maybe_default* a='/'
 *     | slash_no_default? param_no_default* invalid_parameters_helper a=param_no_default
 *     | param_no_default* a='(' param_no_default+ ','? b=')'
 *     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* a='/'
 *     | param_maybe_default+ '/' a='*'
 * invalid_parameters_helper: slash_with_default | param_with_default+ */
static void invalid_parameters(ps_parser *p, int lambda)
{
    int32_t m = p->pos;
    const tok_token *a, *b;
    if ((a = ps_expect(p, TK_SLASH)) && ps_expect(p, TK_COMMA)) {
        ps_raise_tok(p, a, "at least one argument must precede /");
        return;
    }
    p->pos = m;
    if (slash_no_default(p, lambda) || (!p->error && slash_with_default(p, lambda))) {
        param_loop(p, P_MAYBE_DEFAULT, lambda);
        if (!p->error && (a = ps_expect(p, TK_SLASH))) {
            ps_raise_tok(p, a, "/ may appear only once");
            return;
        }
    }
    if (p->error) return;
    p->pos = m;
    slash_no_default(p, lambda);
    if (!p->error) param_loop(p, P_NO_DEFAULT, lambda);
    if (!p->error && (slash_with_default(p, lambda) || (!p->error && param_loop(p, P_WITH_DEFAULT, lambda)))) {
        ast_node *x;
        if ((x = param_no_default(p, lambda))) {
            ps_raise_node(p, x, "parameter without a default follows parameter with a default");
            return;
        }
    }
    if (p->error) return;
    p->pos = m;
    param_loop(p, P_NO_DEFAULT, lambda);
    if (!p->error && (a = ps_expect(p, TK_LPAR))) {
        int ok;
        if (lambda) {
            /* ','.lambda_param+ */
            ok = ps_expect(p, TK_NAME) != NULL;
            while (ok) {
                int32_t k = p->pos;
                if (!ps_expect(p, TK_COMMA) || !ps_expect(p, TK_NAME)) { p->pos = k; break; }
            }
        } else {
            ok = param_loop(p, P_NO_DEFAULT, 0) != NULL;
        }
        if (ok && !p->error) {
            ps_expect(p, TK_COMMA);
            if ((b = ps_expect(p, TK_RPAR))) {
                ps_raise_tok_range(p, a, b, lambda ? "Lambda expression parameters cannot be parenthesized"
                                                   : "Function parameters cannot be parenthesized");
                return;
            }
        }
    }
    if (p->error) return;
    p->pos = m;
    if (!slash_no_default(p, lambda) && !p->error) slash_with_default(p, lambda);
    if (!p->error) param_loop(p, P_MAYBE_DEFAULT, lambda);
    if (!p->error && ps_expect(p, TK_STAR) && comma_or_param_no_default(p, lambda)) {
        param_loop(p, P_MAYBE_DEFAULT, lambda);
        if (!p->error && (a = ps_expect(p, TK_SLASH))) {
            ps_raise_tok(p, a, "/ must be ahead of *");
            return;
        }
    }
    if (p->error) return;
    p->pos = m;
    if (param_loop(p, P_MAYBE_DEFAULT, lambda) && ps_expect(p, TK_SLASH) && (a = ps_expect(p, TK_STAR))) {
        ps_raise_tok(p, a, "expected comma between / and *");
        return;
    }
    p->pos = m;
}

/* invalid_star_etc (invalid_lambda_star_etc):
 *     | a='*' (')' | ',' (')' | '**'))          lambda: '*' (':' | ',' (':' | '**'))
 *     | '*' ',' TYPE_COMMENT
 *     | '*' param a='='
 *     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') */
static void invalid_star_etc(ps_parser *p, int lambda)
{
    int32_t m = p->pos;
    const tok_token *a = ps_expect(p, TK_STAR), *e;
    if (!a) return;
    int close = lambda ? TK_COLON : TK_RPAR;
    if (ps_at(p, close)) goto bare;
    if (ps_expect(p, TK_COMMA) && (ps_at(p, close) || ps_at(p, TK_DOUBLESTAR))) goto bare;
    if (p->error) return;
    p->pos = m + 1;
    if (lambda ? ps_expect(p, TK_NAME) != NULL : param(p, 0) != NULL) {
        if ((e = ps_expect(p, TK_EQUAL))) {
            ps_raise_tok(p, e, "var-positional argument cannot have default value");
            return;
        }
    }
    if (p->error) return;
    p->pos = m + 1;
    if (comma_or_param_no_default(p, lambda)) {
        param_loop(p, P_MAYBE_DEFAULT, lambda);
        if (!p->error && (e = ps_expect(p, TK_STAR)) && comma_or_param_no_default(p, lambda)) {
            ps_raise_tok(p, e, "* argument may appear only once");
            return;
        }
    }
    p->pos = m;
    return;
bare:
    if (lambda) ps_raise(p, DIAG_SYNTAX, 0, "named arguments must follow bare *");
    else ps_raise_tok(p, a, "named arguments must follow bare *");
}

/* invalid_kwds (invalid_lambda_kwds):
 *     | '**' param a='='
 *     | '**' param ',' a=param
 *     | '**' param ',' a=('*'|'**'|'/') */
static void invalid_kwds(ps_parser *p, int lambda)
{
    int32_t m = p->pos;
    const tok_token *a;
    if (!ps_expect(p, TK_DOUBLESTAR)) return;
    int32_t k = p->pos;
    if (!(lambda ? ps_expect(p, TK_NAME) != NULL : param(p, 0) != NULL)) { p->pos = m; return; }
    if ((a = ps_expect(p, TK_EQUAL))) {
        ps_raise_tok(p, a, "var-keyword argument cannot have default value");
        return;
    }
    if (ps_expect(p, TK_COMMA)) {
        int32_t j = p->pos;
        if (lambda) {
            if ((a = ps_expect(p, TK_NAME))) {
                ps_raise_tok(p, a, "arguments cannot follow var-keyword argument");
                return;
            }
        } else {
            ast_node *x = param(p, 0);
            if (x) {
                ps_raise_node(p, x, "arguments cannot follow var-keyword argument");
                return;
            }
        }
        if (p->error) return;
        p->pos = j;
        int kind = ps_kind(p);
        if (kind == TK_STAR || kind == TK_DOUBLESTAR || kind == TK_SLASH) {
            ps_raise_tok(p, ps_tok(p, p->pos), "arguments cannot follow var-keyword argument");
            return;
        }
    }
    (void)k;
    p->pos = m;
}

/* params: invalid_parameters | parameters */
PS_RULE(static, ast_node *, params)
{
    if (INVALID) {
        invalid_parameters(p, 0);
        if (p->error) return NULL;
    }
    return parameters(p, 0);
}

/* lambda_params: invalid_lambda_parameters | lambda_parameters */
PS_RULE(, ast_node *, ps_lambda_params)
{
    if (INVALID) {
        invalid_parameters(p, 1);
        if (p->error) return NULL;
    }
    return parameters(p, 1);
}

/* default: '=' expression | invalid_default
 * invalid_default: a='=' &(')'|',') */
PS_RULE(, ast_node *, ps_default)
{
    int32_t m = p->pos;
    const tok_token *a;
    ast_node *e;
    if (ps_expect(p, TK_EQUAL) && (e = ps_expression(p))) return e;
    if (p->error) return NULL;
    p->pos = m;
    if (INVALID && (a = ps_expect(p, TK_EQUAL)) && (ps_at(p, TK_RPAR) || ps_at(p, TK_COMMA)))
        return ps_raise_tok(p, a, "expected default value expression");
    p->pos = m;
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Type parameters */

/* type_param (memo):
 *     | NAME [type_param_bound] [type_param_default]
 *     | invalid_type_param
 *     | '*' NAME [type_param_starred_default]
 *     | '**' NAME [type_param_default] */
PS_MEMO_RULE(static, ast_node *, type_param, M_TYPE_PARAM)
{
    int32_t start = p->pos;
    const tok_token *n;
    ast_node *r;
    if ((n = ps_expect(p, TK_NAME))) {
        ast_node *bound = NULL, *def = NULL;
        int32_t m = p->pos;
        if (ps_expect(p, TK_COLON) && !(bound = ps_expression(p))) p->pos = m;
        if (p->error) return NULL;
        m = p->pos;
        if (ps_expect(p, TK_EQUAL) && !(def = ps_expression(p))) p->pos = m;
        if (p->error) return NULL;
        r = ps_node(p, AST_TypeVar, start);
        if (!r || !(r->v.TypeVar.name = ps_ident(p, n))) return NULL;
        r->v.TypeVar.bound = bound;
        r->v.TypeVar.default_value = def;
        return r;
    }
    if (p->error) return NULL;
    if (INVALID) {
        /* '*' NAME colon=':' e=expression | '**' NAME colon=':' e=expression */
        int star = ps_at(p, TK_STAR) ? 1 : ps_at(p, TK_DOUBLESTAR) ? 2 : 0;
        const tok_token *colon;
        ast_node *e;
        if (star && (p->pos++, ps_expect(p, TK_NAME)) && (colon = ps_expect(p, TK_COLON))
            && (e = ps_expression(p))) {
            if (star == 1)
                return ps_raise_from_tok(p, colon, e->kind == AST_Tuple
                                         ? "cannot use constraints with TypeVarTuple"
                                         : "cannot use bound with TypeVarTuple");
            return ps_raise_from_tok(p, colon, e->kind == AST_Tuple
                                     ? "cannot use constraints with ParamSpec"
                                     : "cannot use bound with ParamSpec");
        }
        if (p->error) return NULL;
        p->pos = start;
    }
    int star = ps_expect(p, TK_STAR) ? 1 : ps_expect(p, TK_DOUBLESTAR) ? 2 : 0;
    if (!star || !(n = ps_expect(p, TK_NAME))) { p->pos = start; return NULL; }
    ast_node *def = NULL;
    int32_t m = p->pos;
    if (ps_expect(p, TK_EQUAL) && !(def = star == 1 ? ps_star_expression(p) : ps_expression(p)))
        p->pos = m;
    if (p->error) return NULL;
    r = ps_node(p, star == 1 ? AST_TypeVarTuple : AST_ParamSpec, start);
    if (!r) return NULL;
    if (star == 1) {
        r->v.TypeVarTuple.name = ps_ident(p, n);
        r->v.TypeVarTuple.default_value = def;
    } else {
        r->v.ParamSpec.name = ps_ident(p, n);
        r->v.ParamSpec.default_value = def;
    }
    return p->error ? NULL : r;
}

/* type_params: invalid_type_params | '[' type_param_seq ']'
 * type_param_seq: ','.type_param+ [',']
 * invalid_type_params: '[' token=']' */
PS_RULE(static, ast_seq *, type_params)
{
    int32_t m = p->pos;
    const tok_token *t;
    if (INVALID && ps_expect(p, TK_LSQB) && (t = ps_expect(p, TK_RSQB)))
        return ps_raise_from_tok(p, t, "Type parameter list cannot be empty");
    p->pos = m;
    if (!ps_expect(p, TK_LSQB)) return NULL;
    int32_t base = p->sp;
    ast_node *a = type_param(p);
    if (!a) { p->pos = m; return NULL; }
    if (ps_push(p, a) < 0) return NULL;
    for (;;) {
        int32_t k = p->pos;
        if (!ps_expect(p, TK_COMMA) || !(a = type_param(p))) { p->pos = k; break; }
        if (ps_push(p, a) < 0) return NULL;
    }
    if (p->error) { p->sp = base; return NULL; }
    ps_expect(p, TK_COMMA);
    if (!ps_expect(p, TK_RSQB)) { p->sp = base; p->pos = m; return NULL; }
    return ps_seq_pop(p, base);
}

/* ------------------------------------------------------------------ */
/* Compound statements */

/* else_block: invalid_else_stmt | 'else' &&':' block
 * invalid_else_stmt:
 *     | a='else' ':' NEWLINE !INDENT
 *     | 'else' ':' block 'elif' */
PS_RULE(static, ast_seq *, else_block)
{
    int32_t m = p->pos;
    const tok_token *a;
    if (INVALID && (a = ps_expect(p, TK_KW_ELSE)) && ps_expect(p, TK_COLON)) {
        int32_t k = p->pos;
        if (newline_no_indent(p)) {
            p->pos += 2;
            return expected_block(p, "'else' statement", a->lineno);
        }
        if (ps_block(p) && ps_expect(p, TK_KW_ELIF))
            return ps_raise(p, DIAG_SYNTAX, 0, "'elif' block follows an 'else' block");
        (void)k;
    }
    if (p->error) return NULL;
    p->pos = m;
    if (!ps_expect(p, TK_KW_ELSE)) return NULL;
    if (!expect_forced(p, TK_COLON, ":")) return NULL;
    ast_seq *b = ps_block(p);
    if (!b) p->pos = m;
    return b;
}

/* The checks of invalid_if_stmt, invalid_elif_stmt, invalid_while_stmt:
 *     | KW named_expression NEWLINE
 *     | a=KW named_expression ':' NEWLINE !INDENT */
static void invalid_cond_stmt(ps_parser *p, int kw, const char *what)
{
    int32_t m = p->pos;
    const tok_token *a = ps_expect(p, kw);
    ast_node *e;
    if (!a) return;
    if ((e = ps_named_expression(p)) && ps_expect(p, TK_NEWLINE)) {
        ps_raise(p, DIAG_SYNTAX, 0, "expected ':'");
        return;
    }
    if (p->error) return;
    p->pos = m + 1;
    if ((e = ps_named_expression(p)) && ps_expect(p, TK_COLON) && newline_no_indent(p)) {
        p->pos += 2;
        /* invalid_if_stmt rebinds a to the expression: its line is used */
        expected_block(p, what, kw == TK_KW_IF ? e->lineno : a->lineno);
        return;
    }
    p->pos = m;
}

/* elif_stmt / if_stmt:
 *     | invalid_if_stmt
 *     | 'if' named_expression ':' block elif_stmt
 *     | 'if' named_expression ':' block [else_block] */
PS_RULE(static, ast_node *, if_stmt)
{
    int32_t start = p->pos;
    int kw = ps_kind(p);
    if (INVALID) {
        invalid_cond_stmt(p, kw, kw == TK_KW_IF ? "'if' statement" : "'elif' statement");
        if (p->error) return NULL;
    }
    ast_node *a;
    ast_seq *b, *c = NULL;
    if (!ps_expect(p, kw) || !(a = ps_named_expression(p)) || !ps_expect(p, TK_COLON)
        || !(b = ps_block(p))) {
        p->pos = start;
        return NULL;
    }
    if (ps_at(p, TK_KW_ELIF)) {
        ast_node *e = if_stmt(p);
        if (e) c = ps_seq1(p, e);
    }
    if (p->error) return NULL;
    if (!c) c = else_block(p);
    if (p->error) return NULL;
    ast_node *s = STMT(AST_If);
    if (!s) return NULL;
    s->v.If.test = a;
    s->v.If.body = b;
    s->v.If.orelse = c;
    return s;
}

/* while_stmt: invalid_while_stmt | 'while' named_expression ':' block [else_block] */
PS_RULE(static, ast_node *, while_stmt)
{
    int32_t start = p->pos;
    if (INVALID) {
        invalid_cond_stmt(p, TK_KW_WHILE, "'while' statement");
        if (p->error) return NULL;
    }
    ast_node *a;
    ast_seq *b, *c;
    if (!ps_expect(p, TK_KW_WHILE) || !(a = ps_named_expression(p)) || !ps_expect(p, TK_COLON)
        || !(b = ps_block(p))) {
        p->pos = start;
        return NULL;
    }
    c = else_block(p);
    if (p->error) return NULL;
    ast_node *s = STMT(AST_While);
    if (!s) return NULL;
    s->v.While.test = a;
    s->v.While.body = b;
    s->v.While.orelse = c;
    return s;
}

/* invalid_for_stmt:
 *     | ['async'] 'for' star_targets 'in' star_expressions NEWLINE
 *     | ['async'] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT */
static void invalid_for_stmt(ps_parser *p)
{
    int32_t m = p->pos;
    ps_expect(p, TK_KW_ASYNC);
    int32_t k = p->pos;
    const tok_token *a = ps_expect(p, TK_KW_FOR);
    if (a && ps_star_targets(p) && ps_expect(p, TK_KW_IN) && ps_star_expressions(p)
        && ps_expect(p, TK_NEWLINE)) {
        ps_raise(p, DIAG_SYNTAX, 0, "expected ':'");
        return;
    }
    if (p->error) return;
    p->pos = k;
    if (a && ps_expect(p, TK_KW_FOR) && ps_star_targets(p) && ps_expect(p, TK_KW_IN)
        && ps_star_expressions(p) && ps_expect(p, TK_COLON) && newline_no_indent(p)) {
        p->pos += 2;
        expected_block(p, "'for' statement", a->lineno);
        return;
    }
    p->pos = m;
}

/* invalid_for_target: 'async'? 'for' a=star_expressions */
static void invalid_for_target(ps_parser *p)
{
    int32_t m = p->pos;
    ps_expect(p, TK_KW_ASYNC);
    ast_node *a;
    if (ps_expect(p, TK_KW_FOR) && (a = ps_star_expressions(p)))
        ps_raise_invalid_target(p, PS_FOR_TARGETS, a);
    p->pos = m;
}

/* for_stmt:
 *     | invalid_for_stmt
 *     | ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block]
 *     | invalid_for_target */
PS_RULE(static, ast_node *, for_stmt)
{
    int32_t start = p->pos;
    if (INVALID) {
        invalid_for_stmt(p);
        if (p->error) return NULL;
    }
    int is_async = ps_expect(p, TK_KW_ASYNC) != NULL;
    ast_node *t, *ex;
    ast_seq *b, *el;
    if (ps_expect(p, TK_KW_FOR) && (t = ps_star_targets(p)) && ps_expect(p, TK_KW_IN)) {
        /* the cut: past 'in', no other alternative is tried */
        if (!(ex = ps_star_expressions(p)) || !ps_expect(p, TK_COLON) || !(b = ps_block(p))) {
            p->pos = start;
            return NULL;
        }
        el = else_block(p);
        if (p->error) return NULL;
        ast_node *s = STMT(is_async ? AST_AsyncFor : AST_For);
        if (!s) return NULL;
        s->v.For.target = t;
        s->v.For.iter = ex;
        s->v.For.body = b;
        s->v.For.orelse = el;
        return s;
    }
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID) invalid_for_target(p);
    return NULL;
}

/* with_item:
 *     | expression 'as' star_target &(',' | ')' | ':')
 *     | invalid_with_item
 *     | expression */
PS_RULE(static, ast_node *, with_item)
{
    int32_t m = p->pos;
    ast_node *e, *t;
    if ((e = ps_expression(p)) && ps_expect(p, TK_KW_AS) && (t = ps_star_target(p))) {
        int k = ps_kind(p);
        if (k == TK_COMMA || k == TK_RPAR || k == TK_COLON) {
            ast_node *w = ast_new(p->arena, AST_withitem);
            if (!w) { ps_oom(p); return NULL; }
            w->v.withitem.context_expr = e;
            w->v.withitem.optional_vars = t;
            return w;
        }
    }
    if (p->error) return NULL;
    p->pos = m;
    if (INVALID) {
        /* expression 'as' a=expression &(',' | ')' | ':') */
        ast_node *a;
        if (ps_expression(p) && ps_expect(p, TK_KW_AS) && (a = ps_expression(p))) {
            int k = ps_kind(p);
            if (k == TK_COMMA || k == TK_RPAR || k == TK_COLON) {
                ps_raise_invalid_target(p, PS_STAR_TARGETS, a);
                if (p->error) return NULL;
            }
        }
        if (p->error) return NULL;
        p->pos = m;
    }
    if (!(e = ps_expression(p))) return NULL;
    ast_node *w = ast_new(p->arena, AST_withitem);
    if (!w) { ps_oom(p); return NULL; }
    w->v.withitem.context_expr = e;
    return w;
}

/* ','.with_item+ */
static ast_seq *with_items(ps_parser *p)
{
    int32_t base = p->sp;
    ast_node *a = with_item(p);
    if (!a) return NULL;
    if (ps_push(p, a) < 0) return NULL;
    for (;;) {
        int32_t m = p->pos;
        if (!ps_expect(p, TK_COMMA) || !(a = with_item(p))) { p->pos = m; break; }
        if (ps_push(p, a) < 0) return NULL;
    }
    if (p->error) { p->sp = base; return NULL; }
    return ps_seq_pop(p, base);
}

/* ','.(X ['as' star_target])+ where X is expression or expressions */
static int invalid_with_items(ps_parser *p, int plural)
{
    int n = 0;
    for (;;) {
        int32_t m = p->pos;
        if (n && !ps_expect(p, TK_COMMA)) break;
        if (!(plural ? ps_expressions(p) : ps_expression(p))) { p->pos = m; break; }
        int32_t k = p->pos;
        if (ps_expect(p, TK_KW_AS) && !ps_star_target(p)) p->pos = k;
        n++;
    }
    return n > 0 && !p->error;
}

/* invalid_with_stmt_indent:
 *     | ['async'] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
 *     | ['async'] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT */
static void invalid_with_stmt_indent(ps_parser *p)
{
    int32_t m = p->pos;
    ps_expect(p, TK_KW_ASYNC);
    int32_t k = p->pos;
    const tok_token *a = ps_expect(p, TK_KW_WITH);
    if (!a) { p->pos = m; return; }
    if (invalid_with_items(p, 0) && ps_expect(p, TK_COLON) && newline_no_indent(p)) {
        p->pos += 2;
        expected_block(p, "'with' statement", a->lineno);
        return;
    }
    if (p->error) return;
    p->pos = k + 1;
    if (ps_expect(p, TK_LPAR) && invalid_with_items(p, 1)) {
        ps_expect(p, TK_COMMA);
        if (ps_expect(p, TK_RPAR) && ps_expect(p, TK_COLON) && newline_no_indent(p)) {
            p->pos += 2;
            expected_block(p, "'with' statement", a->lineno);
            return;
        }
    }
    p->pos = m;
}

/* invalid_with_stmt:
 *     | ['async'] 'with' ','.(expression ['as' star_target])+ NEWLINE
 *     | ['async'] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE */
static void invalid_with_stmt(ps_parser *p)
{
    int32_t m = p->pos;
    ps_expect(p, TK_KW_ASYNC);
    int32_t k = p->pos;
    if (!ps_expect(p, TK_KW_WITH)) { p->pos = m; return; }
    if (invalid_with_items(p, 0) && ps_expect(p, TK_NEWLINE)) {
        ps_raise(p, DIAG_SYNTAX, 0, "expected ':'");
        return;
    }
    if (p->error) return;
    p->pos = k + 1;
    if (ps_expect(p, TK_LPAR) && invalid_with_items(p, 1)) {
        ps_expect(p, TK_COMMA);
        if (ps_expect(p, TK_RPAR) && ps_expect(p, TK_NEWLINE)) {
            ps_raise(p, DIAG_SYNTAX, 0, "expected ':'");
            return;
        }
    }
    p->pos = m;
}

/* with_stmt:
 *     | invalid_with_stmt_indent
 *     | ['async'] 'with' '(' ','.with_item+ ','? ')' ':' block
 *     | ['async'] 'with' ','.with_item+ ':' block
 *     | invalid_with_stmt */
PS_RULE(static, ast_node *, with_stmt)
{
    int32_t start = p->pos;
    if (INVALID) {
        invalid_with_stmt_indent(p);
        if (p->error) return NULL;
    }
    int is_async = ps_expect(p, TK_KW_ASYNC) != NULL;
    if (!ps_expect(p, TK_KW_WITH)) { p->pos = start; return NULL; }
    int32_t k = p->pos;
    ast_seq *a, *b;
    if (ps_expect(p, TK_LPAR) && (a = with_items(p))) {
        ps_expect(p, TK_COMMA);
        if (ps_expect(p, TK_RPAR) && ps_expect(p, TK_COLON) && (b = ps_block(p)))
            goto make;
    }
    if (p->error) return NULL;
    p->pos = k;
    if ((a = with_items(p)) && ps_expect(p, TK_COLON) && (b = ps_block(p)))
        goto make;
    if (p->error) return NULL;
    p->pos = start;
    if (INVALID) invalid_with_stmt(p);
    return NULL;
make:;
    ast_node *s = STMT(is_async ? AST_AsyncWith : AST_With);
    if (!s) return NULL;
    s->v.With.items = a;
    s->v.With.body = b;
    return s;
}

/* except_block / except_star_block (STAR):
 *     | invalid_except_stmt_indent
 *     | 'except' ['*'] expression ':' block
 *     | 'except' ['*'] expression 'as' NAME ':' block
 *     | 'except' ['*'] expressions ':' block
 *     | 'except' ':' block                       (not for except*)
 *     | invalid_except_stmt */
static void invalid_except_stmt_indent(ps_parser *p, int star);
static void invalid_except_stmt(ps_parser *p, int star);

static ast_node *except_block(ps_parser *p, int star)
{
    if (!PS_ENTER(p)) return NULL;
    int32_t start = p->pos;
    ast_node *r = NULL, *e = NULL;
    const tok_token *name = NULL;
    ast_seq *b = NULL;
    if (INVALID) {
        invalid_except_stmt_indent(p, star);
        if (p->error) goto out;
    }
    if (!ps_expect(p, TK_KW_EXCEPT) || (star && !ps_expect(p, TK_STAR))) goto fail;
    int32_t k = p->pos;
    if ((e = ps_expression(p)) && ps_expect(p, TK_COLON) && (b = ps_block(p))) goto make;
    if (p->error) goto out;
    p->pos = k;
    if ((e = ps_expression(p)) && ps_expect(p, TK_KW_AS) && (name = ps_expect(p, TK_NAME))
        && ps_expect(p, TK_COLON) && (b = ps_block(p)))
        goto make;
    if (p->error) goto out;
    p->pos = k;
    name = NULL;
    if ((e = ps_expressions(p)) && ps_expect(p, TK_COLON) && (b = ps_block(p))) goto make;
    if (p->error) goto out;
    p->pos = k;
    e = NULL;
    if (!star && ps_expect(p, TK_COLON) && (b = ps_block(p))) goto make;
    if (p->error) goto out;
    p->pos = start;
    if (INVALID) invalid_except_stmt(p, star);
    goto fail;
make:
    r = STMT(AST_ExceptHandler);
    if (!r) goto out;
    r->v.ExceptHandler.type = e;
    r->v.ExceptHandler.body = b;
    if (name && !(r->v.ExceptHandler.name = ps_ident(p, name))) r = NULL;
    goto out;
fail:
    p->pos = start;
out:
    p->level--;
    return r;
}

/* invalid_except_stmt_indent / invalid_except_star_stmt_indent:
 *     | a='except' ['*'] expression ['as' NAME] ':' NEWLINE !INDENT
 *     | a='except' ':' NEWLINE !INDENT                 (not for except*) */
static void invalid_except_stmt_indent(ps_parser *p, int star)
{
    int32_t m = p->pos;
    const tok_token *a = ps_expect(p, TK_KW_EXCEPT);
    if (!a) return;
    if ((!star || ps_expect(p, TK_STAR)) && ps_expression(p)) {
        int32_t k = p->pos;
        if (!(ps_expect(p, TK_KW_AS) && ps_expect(p, TK_NAME))) p->pos = k;
        if (!p->error && ps_expect(p, TK_COLON) && newline_no_indent(p)) {
            p->pos += 2;
            expected_block(p, star ? "'except*' statement" : "'except' statement", a->lineno);
            return;
        }
    }
    if (p->error) return;
    p->pos = m + 1;
    if (!star && ps_expect(p, TK_COLON) && newline_no_indent(p)) {
        p->pos += 2;
        expected_block(p, "'except' statement", a->lineno);
        return;
    }
    p->pos = m;
}

/* invalid_except_stmt / invalid_except_star_stmt:
 *     | 'except' ['*'] a=expression ',' expressions 'as' NAME ':'
 *     | a='except' ['*'] expression ['as' NAME] NEWLINE
 *     | a='except' NEWLINE                          (except*: '*' (NEWLINE | ':'))
 *     | 'except' ['*'] expression 'as' a=expression ':' block */
static void invalid_except_stmt(ps_parser *p, int star)
{
    int32_t m = p->pos;
    ast_node *a;
    if (!ps_expect(p, TK_KW_EXCEPT)) return;
    int32_t k = p->pos;       /* after 'except' */
    if ((!star || ps_expect(p, TK_STAR)) && (a = ps_expression(p)) && ps_expect(p, TK_COMMA)
        && ps_expressions(p) && ps_expect(p, TK_KW_AS) && ps_expect(p, TK_NAME)
        && ps_expect(p, TK_COLON)) {
        ps_raise_from_node(p, a, "multiple exception types must be parenthesized when using 'as'");
        return;
    }
    if (p->error) return;
    p->pos = k;
    if ((!star || ps_expect(p, TK_STAR)) && ps_expression(p)) {
        int32_t j = p->pos;
        if (!(ps_expect(p, TK_KW_AS) && ps_expect(p, TK_NAME))) p->pos = j;
        if (!p->error && ps_expect(p, TK_NEWLINE)) {
            ps_raise(p, DIAG_SYNTAX, 0, "expected ':'");
            return;
        }
    }
    if (p->error) return;
    p->pos = k;
    if (!star) {
        if (ps_expect(p, TK_NEWLINE)) {
            ps_raise(p, DIAG_SYNTAX, 0, "expected ':'");
            return;
        }
    } else if (ps_expect(p, TK_STAR) && (ps_expect(p, TK_NEWLINE) || ps_expect(p, TK_COLON))) {
        ps_raise(p, DIAG_SYNTAX, 0, "expected one or more exception types");
        return;
    }
    if (p->error) return;
    p->pos = k;
    if ((!star || ps_expect(p, TK_STAR)) && ps_expression(p) && ps_expect(p, TK_KW_AS)
        && (a = ps_expression(p)) && ps_expect(p, TK_COLON) && ps_block(p)) {
        ps_raise_node(p, a, star ? "cannot use except* statement with %s"
                                 : "cannot use except statement with %s", ps_expr_name(a));
        return;
    }
    p->pos = m;
}

/* finally_block: invalid_finally_stmt | 'finally' &&':' block
 * invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT */
PS_RULE(static, ast_seq *, finally_block)
{
    int32_t m = p->pos;
    const tok_token *a;
    if (INVALID && (a = ps_expect(p, TK_KW_FINALLY)) && ps_expect(p, TK_COLON) && newline_no_indent(p)) {
        p->pos += 2;
        return expected_block(p, "'finally' statement", a->lineno);
    }
    if (p->error) return NULL;
    p->pos = m;
    if (!ps_expect(p, TK_KW_FINALLY)) return NULL;
    if (!expect_forced(p, TK_COLON, ":")) return NULL;
    ast_seq *b = ps_block(p);
    if (!b) p->pos = m;
    return b;
}

/* except_block+ (STAR: except_star_block+) */
static ast_seq *except_blocks(ps_parser *p, int star)
{
    int32_t base = p->sp;
    ast_node *h;
    while ((h = except_block(p, star)))
        if (ps_push(p, h) < 0) return NULL;
    if (p->error || p->sp == base) { p->sp = base; return NULL; }
    return ps_seq_pop(p, base);
}

/* invalid_try_stmt:
 *     | a='try' ':' NEWLINE !INDENT
 *     | 'try' ':' block !('except' | 'finally')
 *     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
 *     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' */
static void invalid_try_stmt(ps_parser *p)
{
    int32_t m = p->pos;
    const tok_token *a = ps_expect(p, TK_KW_TRY), *b;
    if (!a || !ps_expect(p, TK_COLON)) { p->pos = m; return; }
    int32_t k = p->pos;
    if (newline_no_indent(p)) {
        p->pos += 2;
        expected_block(p, "'try' statement", a->lineno);
        return;
    }
    if (ps_block(p) && !ps_at(p, TK_KW_EXCEPT) && !ps_at(p, TK_KW_FINALLY)) {
        ps_raise(p, DIAG_SYNTAX, 0, "expected 'except' or 'finally' block");
        return;
    }
    if (p->error) return;
    for (int star = 0; star < 2; star++) {
        p->pos = k;
        while (ps_block(p)) {}
        if (p->error) return;
        if (!except_blocks(p, star)) { if (p->error) return; continue; }
        if (!(a = ps_expect(p, TK_KW_EXCEPT))) continue;
        if (!star) {
            if ((b = ps_expect(p, TK_STAR)) && ps_expression(p)) {
                int32_t j = p->pos;
                if (!(ps_expect(p, TK_KW_AS) && ps_expect(p, TK_NAME))) p->pos = j;
                if (!p->error && ps_expect(p, TK_COLON)) {
                    ps_raise_tok_range(p, a, b, "cannot have both 'except' and 'except*' on the same 'try'");
                    return;
                }
            }
        } else {
            int32_t j = p->pos;
            if (ps_expression(p)) {
                int32_t i = p->pos;
                if (!(ps_expect(p, TK_KW_AS) && ps_expect(p, TK_NAME))) p->pos = i;
            } else {
                p->pos = j;
            }
            if (!p->error && ps_expect(p, TK_COLON)) {
                ps_raise_tok(p, a, "cannot have both 'except' and 'except*' on the same 'try'");
                return;
            }
        }
        if (p->error) return;
    }
    p->pos = m;
}

/* try_stmt:
 *     | invalid_try_stmt
 *     | 'try' &&':' block finally_block
 *     | 'try' &&':' block except_block+ [else_block] [finally_block]
 *     | 'try' &&':' block except_star_block+ [else_block] [finally_block] */
PS_RULE(static, ast_node *, try_stmt)
{
    int32_t start = p->pos;
    if (INVALID) {
        invalid_try_stmt(p);
        if (p->error) return NULL;
    }
    if (!ps_expect(p, TK_KW_TRY)) return NULL;
    if (!expect_forced(p, TK_COLON, ":")) return NULL;
    ast_seq *b = ps_block(p), *f, *ex, *el;
    if (!b) { p->pos = start; return NULL; }
    int32_t k = p->pos;
    ast_kind kind = AST_Try;
    if ((f = finally_block(p))) {
        ex = el = NULL;
        goto make;
    }
    if (p->error) return NULL;
    p->pos = k;
    for (int star = 0; star < 2; star++) {
        p->pos = k;
        if ((ex = except_blocks(p, star))) {
            el = else_block(p);
            f = p->error ? NULL : finally_block(p);
            if (p->error) return NULL;
            kind = star ? AST_TryStar : AST_Try;
            goto make;
        }
        if (p->error) return NULL;
    }
    p->pos = start;
    return NULL;
make:;
    ast_node *s = STMT(kind);
    if (!s) return NULL;
    /* Try and TryStar have the same layout */
    s->v.Try.body = b;
    s->v.Try.handlers = ex;
    s->v.Try.orelse = el;
    s->v.Try.finalbody = f;
    return s;
}

/* compound_stmt:
 *     | &('def' | '@' | 'async') function_def
 *     | &'if' if_stmt
 *     | &('class' | '@') class_def
 *     | &('with' | 'async') with_stmt
 *     | &('for' | 'async') for_stmt
 *     | &'try' try_stmt
 *     | &'while' while_stmt
 *     | match_stmt */
PS_RULE(static, ast_node *, compound_stmt)
{
    ast_node *s;
    switch (ps_kind(p)) {
    case TK_KW_DEF: return function_def(p);
    case TK_AT:
        if ((s = function_def(p)) || p->error) return s;
        return class_def(p);
    case TK_KW_ASYNC:
        if ((s = function_def(p)) || p->error) return s;
        if ((s = with_stmt(p)) || p->error) return s;
        return for_stmt(p);
    case TK_KW_IF: return if_stmt(p);
    case TK_KW_CLASS: return class_def(p);
    case TK_KW_WITH: return with_stmt(p);
    case TK_KW_FOR: return for_stmt(p);
    case TK_KW_TRY: return try_stmt(p);
    case TK_KW_WHILE: return while_stmt(p);
    case TK_NAME: return ps_match_stmt(p);
    default: return NULL;
    }
}
