/* Statements: CPython's grammar from `file` down to blocks and compound
 * statements, function and class definitions.  Simple statements and
 * imports are in parse_simple.c, parameters in parse_params.c, match
 * statements in parse_pattern.c. */
#include "parser_int.h"

#define INVALID (p->invalid)

static void *statement(ps_parser *p);
static void *simple_stmts(ps_parser *p);
static ast_node *compound_stmt(ps_parser *p);

/* A statement node of KIND from token START to the last token consumed. */
#define STMT(kind) ps_node(p, kind, start)

/* ------------------------------------------------------------------ */
/* Start rules */

/* statements: statement+ (flattened).  TOP: the statements of the module,
 * which the parse never backs into once one is complete (the memo entries
 * before it can go). */
static ast_seq *statements(ps_parser *p, int top)
{
    int32_t base = p->sp;
    while (statement(p))
        if (top) ps_memo_forget(p);
    if (p->error || p->sp == base) { p->sp = base; return NULL; }
    return ps_seq_pop(p, base);
}

/* file: [statements] ENDMARKER */
PS_RULE(, ast_node *, ps_file)
{
    int32_t m = p->pos;
    ast_seq *a = statements(p, 1);
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
/* Blocks */

/* block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block */
PS_MEMO_RULE(, ast_seq *, ps_block, M_BLOCK)
{
    int32_t m = p->pos;
    ast_seq *a;
    if (ps_expect(p, TK_NEWLINE) && ps_expect(p, TK_INDENT) && (a = statements(p, 0))
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
        ps_type_params(p);
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
        ps_type_params(p);
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
    ast_seq *tp = ps_type_params(p);
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
        ps_type_params(p);
        if (!p->error && ps_expect(p, TK_LPAR)) {
            ps_params(p);
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
        ps_type_params(p);
        if (!p->error && expect_forced(p, TK_LPAR, "(")) {
            ps_params(p);
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
    ast_seq *tp = ps_type_params(p);
    if (p->error) return NULL;
    if (!ps_expect(p, TK_LPAR)) { p->pos = start; return NULL; }
    ast_node *args = ps_params(p);
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
