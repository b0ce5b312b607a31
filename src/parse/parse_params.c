/* Parameters of def and lambda (CPython's `params`, `lambda_params` and
 * their invalid_* rules) and PEP 695 type parameter lists. */
#include "parser_int.h"

#define INVALID (p->invalid)

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
PS_RULE(, ast_node *, ps_params)
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
PS_RULE(, ast_seq *, ps_type_params)
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

