/* The parser's driver (ps_parse: preparing, tokenizing, the two passes and
 * CPython's choice among competing errors) and the machinery the grammar
 * files share: token access, memo, errors, nodes and sequences. */
#include "parser_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "../unicode/unicode.h"
#include "source.h"

/* ------------------------------------------------------------------ */
/* Tokens */

static void ps_emit_warnings(ps_parser *p, int32_t upto)
{
    const tok_stream *ts = p->ts;
    while (p->warned < ts->nwarnings && ts->warnings[p->warned].tok_index < (size_t)upto) {
        const tok_warning *w = &ts->warnings[p->warned++];
        if (p->sink && p->sink->warn)
            p->sink->warn(p->sink->ctx, w->lineno, w->col, "SyntaxWarning", w->msg);
    }
}

/* Examining token I: CPython fetches tokens from its tokenizer as the
 * parser first looks at them, so this is where tokenizer warnings are
 * emitted and where a lexical error (the ERRORTOKEN) is raised. */
void ps_fill_to(ps_parser *p, int32_t i)
{
    p->fill = i + 1;
    if (p->ts->nwarnings) ps_emit_warnings(p, p->fill);
    if (p->toks[i].kind == TK_ERRORTOKEN && !p->error) {
        p->err = p->ts->err;
        p->error = 1;
    }
}

/* The paren level before token I: computed by counting brackets (the
 * tokenizer already checked they match). */
int ps_tok_level(ps_parser *p, int32_t i)
{
    int level = 0;
    for (int32_t k = 0; k < i && k < p->ntoks; k++) {
        switch (p->toks[k].kind) {
        case TK_LPAR: case TK_LSQB: case TK_LBRACE: level++; break;
        case TK_RPAR: case TK_RSQB: case TK_RBRACE: level--; break;
        case TK_FSTRING_START: case TK_TSTRING_START: break;
        default: break;
        }
    }
    return level;
}

/* ------------------------------------------------------------------ */
/* Memo */

int ps_memo_get(ps_parser *p, int rule, void **res)
{
    if (!p->mpooln) return 0;
    for (int32_t i = p->mhead[p->pos]; i >= 0; i = p->mpool[i].next) {
        const ps_memo_ent *e = &p->mpool[i];
        if (e->rule == rule) {
            *res = e->res;
            if (e->res) p->pos = e->end;
            return 1;
        }
    }
    return 0;
}

/* Records RES for RULE at START.  An entry already there for the pair is
 * shadowed, as the new one is found first. */
void ps_memo_put(ps_parser *p, int rule, int32_t start, void *res)
{
    if (!p->mhead) {
        p->mhead = malloc(((size_t)p->ntoks + 1) * sizeof *p->mhead);
        if (!p->mhead) return;                  /* memo is only an optimisation */
        memset(p->mhead, 0xff, ((size_t)p->ntoks + 1) * sizeof *p->mhead);
    }
    if (p->mpooln == p->mpoolcap) {
        int32_t ncap = p->mpoolcap ? p->mpoolcap * 2 : 4096;
        ps_memo_ent *np = realloc(p->mpool, (size_t)ncap * sizeof *np);
        if (!np) return;
        p->mpool = np;
        p->mpoolcap = ncap;
    }
    ps_memo_ent *e = &p->mpool[p->mpooln];
    e->res = res;
    e->end = p->pos;
    e->rule = rule;
    e->next = p->mhead[start];
    if (!p->mpooln || start > p->mmax) p->mmax = start;
    p->mhead[start] = p->mpooln++;
}

void ps_memo_forget(ps_parser *p)
{
    if (!p->mpooln) return;
    /* heads before p->pos go stale but are never read again */
    if (p->mmax >= p->pos)
        memset(p->mhead + p->pos, 0xff, (size_t)(p->mmax - p->pos + 1) * sizeof *p->mhead);
    p->mpooln = 0;
}

void ps_memo_clear(ps_parser *p)
{
    if (p->mhead && p->mpooln)
        memset(p->mhead, 0xff, ((size_t)p->ntoks + 1) * sizeof *p->mhead);
    p->mpooln = 0;
}

/* ------------------------------------------------------------------ */
/* Errors */

void ps_stack_overflow(ps_parser *p)
{
    if (p->error) return;
    p->error = 1;
    memset(&p->err, 0, sizeof p->err);
    p->err.kind = DIAG_MEMORY;
    snprintf(p->err.msg, sizeof p->err.msg,
             "Parser stack overflowed - Python source too complex to parse");
}

void ps_oom(ps_parser *p)
{
    if (p->error) return;
    p->error = 1;
    memset(&p->err, 0, sizeof p->err);
    p->err.kind = DIAG_MEMORY;
    snprintf(p->err.msg, sizeof p->err.msg, "out of memory");
}

/* The length in bytes of line LINENO of the source, its '\n' included
 * (CPython reads the line from the file, with its newline). */
static int32_t ps_line_len(ps_parser *p, int32_t lineno)
{
    const char *s = p->src, *end = p->src + p->ts->len;
    for (int32_t l = 1; l < lineno && s < end; l++) {
        const char *nl = memchr(s, '\n', (size_t)(end - s));
        s = nl ? nl + 1 : end;
    }
    const char *nl = memchr(s, '\n', (size_t)(end - s));
    return (int32_t)((nl ? nl : end) - s) + 1;    /* CPython adds a missing final newline */
}

static void *ps_vraise(ps_parser *p, diag_kind kind, int32_t lineno, int32_t col,
                       int32_t end_lineno, int32_t end_col, const char *fmt, va_list va)
{
    if (p->error) return NULL;
    p->error = 1;
    /* CPython clamps both columns to the length of the error's first line
     * (plus one), even when the range ends on a later line.  Reading a file
     * it takes the line from the file, with its newline; compiling a string
     * it takes it from the tokenizer's buffer (with its newline) while the
     * tokenizer is still on that line, else from the string without it. */
    int32_t len = ps_line_len(p, lineno);
    if (!p->file_input && p->fill > 0 && p->toks[p->fill - 1].end_lineno > lineno)
        len--;
    if (col > len + 1) col = len + 1;
    if (end_col > len + 1) end_col = len + 1;
    /* diag.h: end_offset 0 or -1 are stored as end_col -1 or -2 */
    diag_vset(&p->err, kind, lineno, col - 1, end_lineno, end_col - 1, fmt, va);
    return NULL;
}

void *ps_raise_at(ps_parser *p, diag_kind kind, int32_t lineno, int32_t col,
                  int32_t end_lineno, int32_t end_col, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    ps_vraise(p, kind, lineno, col, end_lineno, end_col, fmt, va);
    va_end(va);
    return NULL;
}

/* Where CPython's tokenizer cursor is right after producing token T: the
 * end of T, except for INDENT/DEDENT (after the indentation of the line
 * they belong to) and ENDMARKER (the end of the last line). */
static void ps_cursor_after(ps_parser *p, const tok_token *t, int32_t *lineno, int32_t *col)
{
    int32_t i = ps_tok_index(p, t);
    if (t->kind == TK_INDENT || t->kind == TK_DEDENT) {
        int32_t j = i;
        while (j < p->ntoks - 1 && (p->toks[j].kind == TK_INDENT || p->toks[j].kind == TK_DEDENT)
               && !(p->toks[j].flags & PS_TOKF_NOCOL))
            j++;
        if (p->toks[j].kind != TK_ENDMARKER && !(p->toks[j].flags & PS_TOKF_NOCOL)) {
            *lineno = p->toks[j].lineno;
            *col = p->toks[j].col;
            return;
        }
        t = &p->toks[j];
    }
    if (t->kind == TK_ENDMARKER || (t->flags & PS_TOKF_NOCOL)) {
        /* The last line.  CPython reading a file has emptied its buffer at
         * the end of it: the cursor is at column 0; compile() of a string
         * has it past the end of the last line (the tokenizer's column). */
        *lineno = t->lineno;
        *col = p->file_input ? 0 : t->col;
        return;
    }
    *lineno = t->end_lineno;
    *col = t->end_col;
}

/* The NEWLINE CPython adds to a source that does not end in one
 * (tokenizer.h: start = end = len).  Reading a file, CPython's tokenizer
 * puts a real '\n' in its buffer for it, and errors on it end where they
 * start; compile() of a string makes it one character wide. */
static int ps_implicit_newline(const ps_parser *p, const tok_token *t)
{
    return p->file_input && t->kind == TK_NEWLINE && t->start == t->end
        && t->start == p->ts->len;
}

void ps_tok_errpos(ps_parser *p, const tok_token *t, int32_t *lineno,
                   int32_t *col, int32_t *end_lineno, int32_t *end_col)
{
    if (ps_tok_nocol(t)) {
        int32_t l, c;
        ps_cursor_after(p, t, &l, &c);
        *lineno = l;
        *col = c;
        *end_lineno = l;
        *end_col = -1;
        return;
    }
    *lineno = t->lineno;
    *col = t->col + 1;
    *end_lineno = t->end_lineno;
    *end_col = (ps_implicit_newline(p, t) ? t->col : t->end_col) + 1;
}

void *ps_raise(ps_parser *p, diag_kind kind, int use_mark, const char *fmt, ...)
{
    if (p->error) return NULL;
    const tok_token *t = use_mark ? ps_tok(p, p->pos) : &p->toks[p->fill > 0 ? p->fill - 1 : 0];
    if (p->error) return NULL;
    int32_t l, c, el, ec;
    ps_tok_errpos(p, t, &l, &c, &el, &ec);
    va_list va;
    va_start(va, fmt);
    ps_vraise(p, kind, l, c, el, ec, fmt, va);
    va_end(va);
    return NULL;
}

void *ps_raise_node(ps_parser *p, const ast_node *a, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    ps_vraise(p, DIAG_SYNTAX, a->lineno, a->col_offset + 1, a->end_lineno,
              a->end_col_offset + 1, fmt, va);
    va_end(va);
    return NULL;
}

void *ps_raise_range(ps_parser *p, const ast_node *a, const ast_node *b, const char *fmt, ...)
{
    va_list va;
    va_start(va, fmt);
    ps_vraise(p, DIAG_SYNTAX, a->lineno, a->col_offset + 1, b->end_lineno,
              b->end_col_offset + 1, fmt, va);
    va_end(va);
    return NULL;
}

/* A token's own columns as the AST would give them (-1 for the tokens
 * CPython gives no column). */
static void ps_tok_cols(ps_parser *p, const tok_token *t, int32_t *col, int32_t *end_col)
{
    if (ps_tok_nocol(t)) {
        *col = -1;
        *end_col = -1;
    } else {
        *col = t->col;
        *end_col = ps_implicit_newline(p, t) ? t->col : t->end_col;
    }
}

void *ps_raise_tok(ps_parser *p, const tok_token *a, const char *fmt, ...)
{
    int32_t c, ec;
    ps_tok_cols(p, a, &c, &ec);
    va_list va;
    va_start(va, fmt);
    ps_vraise(p, DIAG_SYNTAX, a->lineno, c + 1, a->end_lineno, ec + 1, fmt, va);
    va_end(va);
    return NULL;
}

void *ps_raise_tok_range(ps_parser *p, const tok_token *a, const tok_token *b, const char *fmt, ...)
{
    int32_t c, ec, c2, ec2;
    ps_tok_cols(p, a, &c, &ec);
    ps_tok_cols(p, b, &c2, &ec2);
    va_list va;
    va_start(va, fmt);
    ps_vraise(p, DIAG_SYNTAX, a->lineno, c + 1, b->end_lineno, ec2 + 1, fmt, va);
    va_end(va);
    return NULL;
}

static void ps_current_pos(ps_parser *p, int32_t *lineno, int32_t *col)
{
    const tok_token *t = &p->toks[p->fill > 0 ? p->fill - 1 : 0];
    ps_cursor_after(p, t, lineno, col);
}

void *ps_raise_from_tok(ps_parser *p, const tok_token *a, const char *fmt, ...)
{
    int32_t c, ec, el, ecur;
    ps_tok_cols(p, a, &c, &ec);
    ps_current_pos(p, &el, &ecur);
    va_list va;
    va_start(va, fmt);
    ps_vraise(p, DIAG_SYNTAX, a->lineno, c + 1, el, ecur, fmt, va);
    va_end(va);
    return NULL;
}

void *ps_raise_from_node(ps_parser *p, const ast_node *a, const char *fmt, ...)
{
    int32_t el, ecur;
    ps_current_pos(p, &el, &ecur);
    va_list va;
    va_start(va, fmt);
    ps_vraise(p, DIAG_SYNTAX, a->lineno, a->col_offset + 1, el, ecur, fmt, va);
    va_end(va);
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Nodes */

void *ps_alloc(ps_parser *p, size_t size)
{
    void *r = ar_alloc(p->arena, size);
    if (!r) ps_oom(p);
    return r;
}

void ps_set_start_tok(ast_node *n, const tok_token *t)
{
    n->lineno = t->lineno;
    n->col_offset = t->col;
}

void ps_set_end(ps_parser *p, ast_node *n)
{
    int32_t m = p->pos - 1;
    const tok_token *t = &p->toks[m < 0 ? 0 : m];
    for (; m >= 0; m--) {
        t = &p->toks[m];
        int k = t->kind;
        if (k != TK_ENDMARKER && k != TK_NEWLINE && k != TK_INDENT && k != TK_DEDENT)
            break;
    }
    n->end_lineno = t->end_lineno;
    n->end_col_offset = t->end_col;
}

ast_node *ps_node(ps_parser *p, ast_kind kind, int32_t start)
{
    ast_node *n = ast_new(p->arena, kind);
    if (!n) { ps_oom(p); return NULL; }
    ps_set_start_tok(n, &p->toks[start]);
    ps_set_end(p, n);
    return n;
}

ast_node *ps_node_span(ps_parser *p, ast_kind kind, const ast_node *a, const ast_node *b)
{
    ast_node *n = ast_new(p->arena, kind);
    if (!n) { ps_oom(p); return NULL; }
    n->lineno = a->lineno;
    n->col_offset = a->col_offset;
    n->end_lineno = b->end_lineno;
    n->end_col_offset = b->end_col_offset;
    return n;
}

ast_node *ps_node_tok(ps_parser *p, ast_kind kind, const tok_token *t)
{
    ast_node *n = ast_new(p->arena, kind);
    if (!n) { ps_oom(p); return NULL; }
    n->lineno = t->lineno;
    n->col_offset = t->col;
    n->end_lineno = t->end_lineno;
    n->end_col_offset = t->end_col;
    return n;
}

ast_node *ps_constant(ps_parser *p, const tok_token *t, const_kind k)
{
    ast_node *n = ps_node_tok(p, AST_Constant, t);
    if (n) n->v.Constant.value.kind = k;
    return n;
}

/* ------------------------------------------------------------------ */
/* Sequences */

int ps_push(ps_parser *p, void *item)
{
    if (p->sp == p->stkcap) {
        int32_t ncap = p->stkcap ? p->stkcap * 2 : 256;
        void **ns = realloc(p->stk, (size_t)ncap * sizeof *ns);
        if (!ns) { ps_oom(p); return -1; }
        p->stk = ns;
        p->stkcap = ncap;
    }
    p->stk[p->sp++] = item;
    return 0;
}

ast_seq *ps_seq_pop(ps_parser *p, int32_t base)
{
    int32_t n = p->sp - base;
    ast_seq *s = ast_seq_new(p->arena, n);
    if (!s) { ps_oom(p); p->sp = base; return NULL; }
    if (n) memcpy(s->items, p->stk + base, (size_t)n * sizeof(void *));
    p->sp = base;
    return s;
}

ast_seq *ps_seq_empty(ps_parser *p)
{
    ast_seq *s = ast_seq_new(p->arena, 0);
    if (!s) ps_oom(p);
    return s;
}

ast_seq *ps_seq1(ps_parser *p, void *a)
{
    ast_seq *s = ast_seq_new(p->arena, 1);
    if (!s) { ps_oom(p); return NULL; }
    s->items[0] = a;
    return s;
}

ast_seq *ps_seq_prepend(ps_parser *p, void *a, ast_seq *s)
{
    int32_t n = ast_seq_len(s);
    ast_seq *r = ast_seq_new(p->arena, n + 1);
    if (!r) { ps_oom(p); return NULL; }
    r->items[0] = a;
    if (n) memcpy(r->items + 1, s->items, (size_t)n * sizeof(void *));
    return r;
}

ast_seq *ps_seq_append(ps_parser *p, ast_seq *s, void *a)
{
    int32_t n = ast_seq_len(s);
    ast_seq *r = ast_seq_new(p->arena, n + 1);
    if (!r) { ps_oom(p); return NULL; }
    if (n) memcpy(r->items, s->items, (size_t)n * sizeof(void *));
    r->items[n] = a;
    return r;
}

ast_seq *ps_seq_join(ps_parser *p, ast_seq *a, ast_seq *b)
{
    int32_t na = ast_seq_len(a), nb = ast_seq_len(b);
    ast_seq *r = ast_seq_new(p->arena, na + nb);
    if (!r) { ps_oom(p); return NULL; }
    if (na) memcpy(r->items, a->items, (size_t)na * sizeof(void *));
    if (nb) memcpy(r->items + na, b->items, (size_t)nb * sizeof(void *));
    return r;
}

/* ------------------------------------------------------------------ */
/* Identifiers and names */

const char *ps_ident(ps_parser *p, const tok_token *t)
{
    const char *s = p->src + t->start;
    size_t n = t->end - t->start;
    if (!(t->flags & TOKF_NONASCII)) {
        char *r = ar_strndup(p->arena, s, n);
        if (!r) ps_oom(p);
        return r;
    }
    char *norm;
    size_t nlen;
    if (uc_nfkc(s, n, &norm, &nlen) < 0) { ps_oom(p); return NULL; }
    char *r = ar_strndup(p->arena, norm, nlen);
    free(norm);
    if (!r) ps_oom(p);
    else if (!strcmp(r, "None") || !strcmp(r, "True") || !strcmp(r, "False"))
        p->const_name = 1;
    return r;
}

ast_node *ps_name_node(ps_parser *p, const tok_token *t)
{
    ast_node *n = ps_node_tok(p, AST_Name, t);
    if (!n) return NULL;
    n->v.Name.id = ps_ident(p, t);
    if (!n->v.Name.id) return NULL;
    n->v.Name.ctx = AST_Load;
    return n;
}

static ast_seq *ps_set_seq_ctx(ps_parser *p, ast_seq *s, ast_ctx ctx)
{
    int32_t n = ast_seq_len(s);
    if (n == 0) return NULL;
    ast_seq *r = ast_seq_new(p->arena, n);
    if (!r) { ps_oom(p); return NULL; }
    for (int32_t i = 0; i < n; i++) {
        r->items[i] = ps_set_ctx(p, s->items[i], ctx);
        if (!r->items[i]) return NULL;
    }
    return r;
}

ast_node *ps_set_ctx(ps_parser *p, ast_node *e, ast_ctx ctx)
{
    ast_node *n;
    switch (e->kind) {
    case AST_Name:
        n = ps_node_span(p, AST_Name, e, e);
        if (!n) return NULL;
        n->v.Name.id = e->v.Name.id;
        n->v.Name.ctx = ctx;
        return n;
    case AST_Tuple:
    case AST_List: {
        ast_seq *elts = e->kind == AST_Tuple ? e->v.Tuple.elts : e->v.List.elts;
        ast_seq *ne = ps_set_seq_ctx(p, elts, ctx);
        if (p->error) return NULL;
        n = ps_node_span(p, e->kind, e, e);
        if (!n) return NULL;
        if (e->kind == AST_Tuple) { n->v.Tuple.elts = ne; n->v.Tuple.ctx = ctx; }
        else { n->v.List.elts = ne; n->v.List.ctx = ctx; }
        return n;
    }
    case AST_Subscript:
        n = ps_node_span(p, AST_Subscript, e, e);
        if (!n) return NULL;
        n->v.Subscript.value = e->v.Subscript.value;
        n->v.Subscript.slice = e->v.Subscript.slice;
        n->v.Subscript.ctx = ctx;
        return n;
    case AST_Attribute:
        n = ps_node_span(p, AST_Attribute, e, e);
        if (!n) return NULL;
        n->v.Attribute.value = e->v.Attribute.value;
        n->v.Attribute.attr = e->v.Attribute.attr;
        n->v.Attribute.ctx = ctx;
        return n;
    case AST_Starred: {
        ast_node *v = ps_set_ctx(p, e->v.Starred.value, ctx);
        if (!v) return NULL;
        n = ps_node_span(p, AST_Starred, e, e);
        if (!n) return NULL;
        n->v.Starred.value = v;
        n->v.Starred.ctx = ctx;
        return n;
    }
    default:
        return e;
    }
}

ast_node *ps_empty_arguments(ps_parser *p)
{
    ast_node *a = ast_new(p->arena, AST_arguments);
    if (!a) { ps_oom(p); return NULL; }
    return a;
}

/* ------------------------------------------------------------------ */
/* The driver */

/* CPython checks identifiers when it validates the tree ast.parse returns:
 * a non-ASCII name that NFKC-normalises to None, True or False. */
static int ps_check_names(const ast_node *n, diag_error *err);

static int ps_check_seq(const ast_seq *s, diag_error *err)
{
    for (int32_t i = 0; i < ast_seq_len(s); i++)
        if (s->items[i] && ps_check_names(s->items[i], err) < 0) return -1;
    return 0;
}

static int ps_check_names(const ast_node *n, diag_error *err)
{
    if (n->kind == AST_Name) {
        const char *id = n->v.Name.id;
        if (!strcmp(id, "None") || !strcmp(id, "True") || !strcmp(id, "False")) {
            memset(err, 0, sizeof *err);
            err->kind = DIAG_VALUE;
            snprintf(err->msg, sizeof err->msg,
                     "identifier field can't represent '%s' constant", id);
            return -1;
        }
        return 0;
    }
    const ast_kind_desc *k = &ast_kinds[n->kind];
    for (int i = 0; i < k->nfields; i++) {
        const ast_field_desc *f = &k->fields[i];
        const void *fp = (const char *)n + f->offset;
        if (f->type == ASTF_NODE || f->type == ASTF_OPT) {
            const ast_node *c = *(ast_node *const *)fp;
            if (c && ps_check_names(c, err) < 0) return -1;
        } else if (f->type == ASTF_SEQ) {
            if (ps_check_seq(*(ast_seq *const *)fp, err) < 0) return -1;
        }
    }
    return 0;
}

/* CPython checks the `from __future__ import` statements at the start of a
 * module (after its docstring) when it makes the AST (future.c). */
static int ps_check_future(ps_parser *p, const ast_node *mod, diag_error *err)
{
    static const char *const known[] = {
        "nested_scopes", "generators", "division", "absolute_import",
        "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL",
        "generator_stop", "annotations", NULL,
    };
    const ast_seq *body = mod->kind == AST_Module ? mod->v.Module.body
                        : mod->kind == AST_Interactive ? mod->v.Interactive.body : NULL;
    int32_t i = 0, n = ast_seq_len(body);
    if (n > 0) {
        const ast_node *s = body->items[0];
        if (s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant
            && s->v.Expr.value->v.Constant.value.kind == CONST_STR)
            i = 1;
    }
    for (; i < n; i++) {
        const ast_node *s = body->items[i];
        if (s->kind != AST_ImportFrom || s->v.ImportFrom.level != 0 || !s->v.ImportFrom.module
            || strcmp(s->v.ImportFrom.module, "__future__"))
            return 0;
        const ast_seq *names = s->v.ImportFrom.names;
        for (int32_t j = 0; j < ast_seq_len(names); j++) {
            const ast_node *a = names->items[j];
            const char *f = a->v.alias.name;
            int ok = 0;
            for (int k = 0; known[k]; k++) ok |= !strcmp(known[k], f);
            if (ok) continue;
            memset(err, 0, sizeof *err);
            err->kind = DIAG_SYNTAX;
            err->lineno = a->lineno;
            err->col = a->col_offset;
            err->end_lineno = a->end_lineno;
            err->end_col = a->end_col_offset;
            if (!strcmp(f, "braces")) snprintf(err->msg, sizeof err->msg, "not a chance");
            else snprintf(err->msg, sizeof err->msg, "future feature %.100s is not defined", f);
            return -1;
        }
    }
    (void)p;
    return 0;
}

static ast_node *ps_start_rule(ps_parser *p)
{
    switch (p->mode) {
    case PS_EVAL: return ps_eval(p);
    case PS_SINGLE: return ps_interactive(p);
    case PS_FUNC_TYPE: return ps_func_type(p);
    case PS_EXEC: default: return ps_file(p);
    }
}

/* CPython's _PyPegen_tokenize_full_source_to_check_for_errors: when the
 * parser raised a SyntaxError before reaching a lexical error, the lexical
 * error wins, or an unclosed bracket does if the parser's error is on a
 * later line. */
static void ps_check_rest_of_source(ps_parser *p)
{
    const tok_stream *ts = p->ts;
    if (ts->err.kind == DIAG_NONE) return;
    if (p->fill >= p->ntoks) return;           /* the parser reached it */
    if (ts->err_raised) {
        p->err = ts->err;
        return;
    }
    if (ts->unclosed) {
        int32_t line = p->toks[p->fill > 0 ? p->fill - 1 : 0].lineno;
        const tok_token *last = &p->toks[p->fill > 0 ? p->fill - 1 : 0];
        if (last->kind == TK_INDENT || last->kind == TK_DEDENT || last->kind == TK_ENDMARKER) {
            int32_t c;
            ps_cursor_after(p, last, &line, &c);
        }
        if (line > ts->unclosed_lineno) tok_unclosed_error(ts, &p->err);
    }
}

static int ps_is_syntax_kind(diag_kind k)
{
    return k == DIAG_SYNTAX || k == DIAG_INDENTATION || k == DIAG_TAB;
}

/* Whether an Interactive body holds more than one statement (CPython's
 * bad_single_statement looks at the source text after the statement). */
static int ps_bad_single(ps_parser *p)
{
    /* tokens after the parsed statement's NEWLINE other than ENDMARKER */
    for (int32_t i = p->pos; i < p->ntoks; i++) {
        int k = p->toks[i].kind;
        if (k != TK_NEWLINE && k != TK_ENDMARKER && k != TK_DEDENT && k != TK_INDENT) return 1;
    }
    return 0;
}

static void ps_free_parser(ps_parser *p)
{
    free(p->stk);
    free(p->mhead);
    free(p->mpool);
}

/* A file ending in a line that is only a '\\' (after indentation) and a
 * '\n': CPython's file tokenizer meets the end while measuring the
 * indentation, before the token started, so it has emptied its buffer and
 * its cursor column is 0 (elsewhere the column is the tokenizer's). */
static void ps_file_eof_quirk(const char *src, size_t len, diag_error *e)
{
    if (e->kind != DIAG_SYNTAX || !len || src[len - 1] != '\n'
        || strcmp(e->msg, "unexpected EOF while parsing"))
        return;
    size_t ls = len - 1;                    /* start of the last line */
    while (ls > 0 && src[ls - 1] != '\n') ls--;
    size_t k = ls;
    while (src[k] == ' ' || src[k] == '\t' || src[k] == '\f') k++;
    if (src[k] != '\\' || k + 2 != len) return;
    if (ls >= 2 && src[ls - 2] == '\\') return;   /* a continuation line */
    e->col = -1;
}

/* 'single' input: CPython's parser turns the first ENDMARKER it fetches
 * after other tokens into a NEWLINE (ending the interactive statement) and
 * makes the tokenizer close the open indentation with DEDENTs; after
 * those, the next ENDMARKER is again a NEWLINE (_PyPegen_fill_token).
 * Rewrites the end of TS's tokens the same way.  NO_DEDENT: codeop's
 * PyCF_DONT_IMPLY_DEDENT, under which the open indentation stays open (only
 * the NEWLINE is added, so an indented block lacks its DEDENT).  Returns -1
 * when out of memory. */
static int ps_single_input_tokens(tok_stream *ts, int no_dedent)
{
    size_t n = ts->n;
    if (n < 2 || ts->toks[n - 1].kind != TK_ENDMARKER) return 0;
    int32_t depth = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        if (ts->toks[i].kind == TK_INDENT) depth++;
        else if (ts->toks[i].kind == TK_DEDENT) depth--;
    }
    if (no_dedent) depth = 0;
    size_t extra = 1 + (depth > 0 ? (size_t)depth + 1 : 0);
    tok_token *t = realloc(ts->toks, (n + extra) * sizeof *t);
    if (!t) return -1;
    ts->toks = t;
    tok_token end = t[n - 1], nl = end, dd = end;
    nl.kind = TK_NEWLINE;
    nl.flags = PS_TOKF_NOCOL;
    dd.kind = TK_DEDENT;
    dd.flags = PS_TOKF_NOCOL;
    size_t k = n - 1;
    t[k++] = nl;
    if (depth > 0) {
        for (int32_t i = 0; i < depth; i++) t[k++] = dd;
        t[k++] = nl;
    }
    t[k++] = end;
    ts->n = k;
    return 0;
}

/* The parse of ps_parse_prepared.  *INCOMPLETE (when not NULL) is set when
 * the parse failed at the end of the source, where CPython's
 * PyCF_ALLOW_INCOMPLETE_INPUT reports incomplete input instead of an
 * error. */
static int ps_run(const char *src, size_t len, ps_mode mode, int file_input,
                  const diag_sink *sink, ps_result *res, int *incomplete,
                  int no_dedent);

int ps_parse_prepared(const char *src, size_t len, ps_mode mode,
                      const diag_sink *sink, ps_result *res)
{
    return ps_run(src, len, mode, 0, sink, res, NULL, 0);
}

int ps_parse_prepared_file(const char *src, size_t len, ps_mode mode,
                           const diag_sink *sink, ps_result *res)
{
    return ps_run(src, len, mode, 1, sink, res, NULL, 0);
}

int ps_compiles(const char *src, size_t len)
{
    /* codeop compiles a source of only blank lines and comments as "pass" */
    const char *p = src, *end = src + len;
    int blank = 1;
    while (p < end && blank) {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\f' || *p == '\r')) p++;
        if (p < end && *p != '\n' && *p != '#') blank = 0;
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    if (blank) return 1;
    ps_result res;
    memset(&res, 0, sizeof res);
    int incomplete = 0;
    int rc = ps_run(src, len, PS_EXEC, 0, NULL, &res, &incomplete, 0);
    if (rc == 0) rc = ps_compile_check(res.arena, res.mod);
    ar_free(res.arena);
    return rc == 0 || incomplete;
}

static int ps_run(const char *src, size_t len, ps_mode mode, int file_input,
                  const diag_sink *sink, ps_result *res, int *incomplete,
                  int no_dedent)
{
    if (!res->arena) {
        res->arena = ar_new(0);
        if (!res->arena) {
            res->err.kind = DIAG_MEMORY;
            snprintf(res->err.msg, sizeof res->err.msg, "out of memory");
            return -1;
        }
    }
    res->src = src;
    res->src_len = len;
    res->mod = NULL;

    tok_stream ts;
    memset(&ts, 0, sizeof ts);
    /* CPython adds the implicit final NEWLINE only for exec input */
    unsigned tflags = mode == PS_EXEC ? 0 : TOK_NO_FINAL_NEWLINE;
    if ((tok_tokenize_ex(&ts, src, len, tflags) < 0 && (!ts.toks || ts.n == 0))
        || (mode == PS_SINGLE && ps_single_input_tokens(&ts, no_dedent) < 0)) {
        res->err = ts.err;
        if (res->err.kind == DIAG_NONE) {
            res->err.kind = DIAG_MEMORY;
            snprintf(res->err.msg, sizeof res->err.msg, "out of memory");
        }
        tok_free(&ts);
        return -1;
    }

    ps_parser p;
    memset(&p, 0, sizeof p);
    p.toks = ts.toks;
    p.ntoks = (int32_t)ts.n;
    p.src = src;
    p.ts = &ts;
    p.arena = res->arena;
    p.sink = sink;
    p.mode = mode;
    p.file_input = (uint8_t)file_input;

    ast_node *mod = ps_start_rule(&p);
    int rc = -1;
    if (mod && !p.error) {
        if (mode == PS_SINGLE && ps_bad_single(&p)) {
            const tok_token *t = &p.toks[p.fill - 1];
            int32_t l, c, el, ec;
            ps_tok_errpos(&p, t, &l, &c, &el, &ec);
            ps_raise_at(&p, DIAG_SYNTAX, l, c, el, ec,
                        "multiple statements found while compiling a single statement");
        } else if (ps_check_future(&p, mod, &res->err) == 0
                   && (!p.const_name || ps_check_names(mod, &res->err) == 0)) {
            res->mod = mod;
            rc = 0;
        }
        if (rc == 0 || res->err.kind != DIAG_NONE) goto done;
        res->err = p.err;
        goto done;
    }
    if (p.error && !ps_is_syntax_kind(p.err.kind)) {
        res->err = p.err;
        goto done;
    }
    int32_t last = p.fill > 0 ? p.fill - 1 : 0;
    /* codeop compiles with PyCF_DONT_IMPLY_DEDENT: no DEDENTs at the end,
     * so reaching them is reaching the end */
    int32_t eof = p.ntoks - 1;
    /* (the tokens ps_single_input_tokens added stand for the ENDMARKER) */
    while (eof > 0 && (p.toks[eof - 1].kind == TK_DEDENT
                       || (p.toks[eof - 1].flags & PS_TOKF_NOCOL)))
        eof--;
    if (incomplete && p.fill > eof) {
        /* the tokenizer reached the end: CPython's E_EOF / E_EOFS */
        const char *m = ts.err.msg;
        if (ts.err.kind == DIAG_NONE || (ts.unclosed && !ts.err_raised)
            || !strncmp(m, "unexpected EOF", 14) || strstr(m, "unterminated triple-quoted"))
            *incomplete = 1;
        /* E_EOLS: a single-quoted string running into the end of the
         * source rather than a newline (its last line ends in an escaped
         * newline, or in no newline) */
        if (!strncmp(m, "unterminated string literal", 27)) {
            if (!len || src[len - 1] != '\n') {
                *incomplete = 1;
            } else {
                size_t k = len - 1, bs = 0;
                while (k && src[k - 1] == '\\') { k--; bs++; }
                if (bs % 2 == 1) *incomplete = 1;
            }
        }
    }
    int tok_error_reached = p.error && p.fill >= p.ntoks && ts.err.kind != DIAG_NONE;
    if (!p.error) {
        /* the second pass, with the invalid_* rules */
        ps_memo_clear(&p);
        p.pos = 0;
        p.level = 0;
        p.sp = 0;
        p.invalid = 1;
        p.sink = NULL;
        ps_start_rule(&p);
        tok_error_reached = p.error && p.fill >= p.ntoks && ts.err.kind != DIAG_NONE;
    }
    if (p.error) {
        if (!tok_error_reached && ps_is_syntax_kind(p.err.kind))
            ps_check_rest_of_source(&p);
    } else {
        const tok_token *lt = &p.toks[last];
        if (lt->kind == TK_INDENT || lt->kind == TK_DEDENT) {
            ps_raise(&p, DIAG_INDENTATION, 0, lt->kind == TK_INDENT ? "unexpected indent"
                                                                   : "unexpected unindent");
        } else {
            ps_raise_tok(&p, lt, "invalid syntax");
            ps_check_rest_of_source(&p);
        }
    }
    res->err = p.err;
    if (ps_is_syntax_kind(res->err.kind)) res->err.stmt_lineno = p.last_stmt_line;
    if (file_input) ps_file_eof_quirk(src, len, &res->err);

done:
    ps_free_parser(&p);
    tok_free(&ts);
    return rc;
}

/* Shared by ps_parse, ps_parse_file and ps_parse_codeop: FILENAME NULL
 * means compile(bytes) semantics for the source-preparation errors;
 * INCOMPLETE and NO_DEDENT as for ps_run. */
static int ps_parse_bytes(const char *bytes, size_t n, const char *filename,
                          ps_mode mode, const diag_sink *sink, ps_result *res,
                          int *incomplete, int no_dedent)
{
    memset(res, 0, sizeof *res);
    src_text st;
    diag_error err;
    memset(&err, 0, sizeof err);
    if (src_prepare_file(bytes, n, filename, &st, &err) < 0) {
        res->err = err;
        return -1;
    }
    res->arena = ar_new(0);
    char *copy = res->arena ? ar_strndup(res->arena, st.text, st.len) : NULL;
    size_t len = st.len;
    src_free(&st);
    if (!copy) {
        res->err.kind = DIAG_MEMORY;
        snprintf(res->err.msg, sizeof res->err.msg, "out of memory");
        return -1;
    }
    return ps_run(copy, len, mode, filename != NULL, sink, res, incomplete, no_dedent);
}

int ps_parse(const char *bytes, size_t n, ps_mode mode, const diag_sink *sink,
             ps_result *res)
{
    return ps_parse_bytes(bytes, n, NULL, mode, sink, res, NULL, 0);
}

int ps_parse_file(const char *bytes, size_t n, const char *filename,
                  ps_mode mode, const diag_sink *sink, ps_result *res)
{
    return ps_parse_bytes(bytes, n, filename, mode, sink, res, NULL, 0);
}

int ps_parse_codeop(const char *bytes, size_t n, int *incomplete, ps_result *res)
{
    *incomplete = 0;
    return ps_parse_bytes(bytes, n, NULL, PS_SINGLE, NULL, res, incomplete, 1);
}
