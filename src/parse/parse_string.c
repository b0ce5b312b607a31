/* Literals: numbers, strings, f-strings and t-strings, and the implicit
 * concatenation of adjacent string literals (CPython's action_helpers.c:
 * _PyPegen_concatenate_strings, _PyPegen_joined_str,
 * _PyPegen_formatted_value, _PyPegen_interpolation). */
#include "parser_int.h"

#include <stdio.h>

#define INVALID (p->invalid)

static ast_node *replacement_field(ps_parser *p, int is_t, int in_spec);

static void lit_error(ps_parser *p, const diag_error *e)
{
    if (p->error) return;
    p->error = 1;
    p->err = *e;
}

ast_node *ps_number(ps_parser *p, const tok_token *t)
{
    ast_node *n = ps_node_tok(p, AST_Constant, t);
    if (!n) return NULL;
    diag_error e;
    memset(&e, 0, sizeof e);
    if (lit_number(p->arena, p->src, t, &n->v.Constant.value, &e) < 0) {
        lit_error(p, &e);
        return NULL;
    }
    return n;
}

/* string: STRING → Constant (kind 'u' only for a lowercase u prefix) */
static ast_node *string_piece(ps_parser *p, const tok_token *t)
{
    ast_node *n = ps_node_tok(p, AST_Constant, t);
    if (!n) return NULL;
    diag_error e;
    memset(&e, 0, sizeof e);
    int is_u = 0;
    if (lit_string(p->arena, p->src, t, &n->v.Constant.value, &is_u, p->sink, &e) < 0) {
        lit_error(p, &e);
        return NULL;
    }
    if (p->src[t->start] == 'u') n->v.Constant.kind = "u";
    return n;
}

static int is_empty_str(const ast_node *n)
{
    return n->kind == AST_Constant && n->v.Constant.value.kind == CONST_STR
        && n->v.Constant.value.v.str.n == 0;
}

/* A middle token's text as a Constant: decoded unless RAW. */
static ast_node *middle_constant(ps_parser *p, const tok_token *t, int raw)
{
    ast_node *n = ps_node_tok(p, AST_Constant, t);
    if (!n) return NULL;
    diag_error e;
    memset(&e, 0, sizeof e);
    if (lit_fstring_middle(p->arena, p->src, t, raw, &n->v.Constant.value, p->sink, &e) < 0) {
        lit_error(p, &e);
        return NULL;
    }
    return n;
}

/* ------------------------------------------------------------------ */
/* Concatenation */

/* Concatenates the string values of the Constants ITEMS[i..j) into one
 * Constant spanning them, with the first one's kind. */
static ast_node *fold_constants(ps_parser *p, void **items, int32_t i, int32_t j)
{
    ast_node *first = items[i], *last = items[j - 1];
    size_t len = 0;
    for (int32_t k = i; k < j; k++) len += ((ast_node *)items[k])->v.Constant.value.v.str.n;
    char *buf = ps_alloc(p, len + 1);
    if (!buf) return NULL;
    size_t off = 0;
    for (int32_t k = i; k < j; k++) {
        const ast_constant *c = &((ast_node *)items[k])->v.Constant.value;
        memcpy(buf + off, c->v.str.s, c->v.str.n);
        off += c->v.str.n;
    }
    buf[len] = 0;
    ast_node *n = ps_node_span(p, AST_Constant, first, last);
    if (!n) return NULL;
    n->v.Constant.value.kind = first->v.Constant.value.kind;
    n->v.Constant.value.v.str.s = buf;
    n->v.Constant.value.v.str.n = len;
    n->v.Constant.kind = first->v.Constant.kind;
    return n;
}

/* _build_concatenated_str: the values of PIECES with JoinedStr and
 * TemplateStr pieces flattened, runs of Constants folded into one and
 * empty strings dropped. */
static ast_seq *build_concatenated(ps_parser *p, ast_seq *pieces)
{
    int32_t base = p->sp;
    for (int32_t i = 0; i < pieces->n; i++) {
        ast_node *e = pieces->items[i];
        ast_seq *vals = NULL;
        if (e->kind == AST_JoinedStr) vals = e->v.JoinedStr.values;
        else if (e->kind == AST_TemplateStr) vals = e->v.TemplateStr.values;
        else if (ps_push(p, e) < 0) return NULL;
        for (int32_t k = 0; k < ast_seq_len(vals); k++)
            if (ps_push(p, vals->items[k]) < 0) return NULL;
    }
    int32_t n = p->sp - base, out = base;
    void **it = p->stk + base;
    /* fold in place: the output never overtakes the input */
    for (int32_t i = 0; i < n; i++) {
        ast_node *e = it[i];
        if (e->kind == AST_Constant) {
            int32_t j = i + 1;
            while (j < n && ((ast_node *)it[j])->kind == AST_Constant) j++;
            if (j > i + 1) {
                e = fold_constants(p, it, i, j);
                if (!e) { p->sp = base; return NULL; }
                i = j - 1;
            }
            if (is_empty_str(e)) continue;
        }
        p->stk[out++] = e;
    }
    p->sp = out;
    return ps_seq_pop(p, base);
}

/* _PyPegen_concatenate_strings over the pieces pushed since BASE: one
 * Constant, or a JoinedStr when there is an f-string. */
static ast_node *concatenate_strings(ps_parser *p, int32_t base, int32_t start)
{
    int fstr = 0, unicode = 0, bytes = 0;
    for (int32_t i = base; i < p->sp; i++) {
        ast_node *e = p->stk[i];
        if (e->kind == AST_Constant) {
            if (e->v.Constant.value.kind == CONST_BYTES) bytes = 1;
            else unicode = 1;
        } else {
            fstr = 1;
        }
    }
    if ((unicode || fstr) && bytes) {
        p->sp = base;
        return ps_raise(p, DIAG_SYNTAX, 0, "cannot mix bytes and nonbytes literals");
    }
    int32_t n = p->sp - base;
    if (!fstr) {
        if (n == 1) {
            ast_node *e = p->stk[base];
            p->sp = base;
            return e;
        }
        /* bytes or str: one Constant with the first piece's kind */
        ast_node *first = p->stk[base];
        size_t len = 0;
        for (int32_t i = base; i < p->sp; i++)
            len += ((ast_node *)p->stk[i])->v.Constant.value.v.str.n;
        char *buf = ps_alloc(p, len + 1);
        if (!buf) { p->sp = base; return NULL; }
        size_t off = 0;
        for (int32_t i = base; i < p->sp; i++) {
            const ast_constant *c = &((ast_node *)p->stk[i])->v.Constant.value;
            memcpy(buf + off, c->v.str.s, c->v.str.n);
            off += c->v.str.n;
        }
        buf[len] = 0;
        p->sp = base;
        ast_node *r = ps_node(p, AST_Constant, start);
        if (!r) return NULL;
        r->v.Constant.value.kind = first->v.Constant.value.kind;
        r->v.Constant.value.v.str.s = buf;
        r->v.Constant.value.v.str.n = len;
        r->v.Constant.kind = first->v.Constant.kind;
        return r;
    }
    ast_seq *pieces = ps_seq_pop(p, base);
    ast_seq *vals = pieces ? build_concatenated(p, pieces) : NULL;
    if (!vals) return NULL;
    ast_node *r = ps_node(p, AST_JoinedStr, start);
    if (r) r->v.JoinedStr.values = vals;
    return r;
}

/* ------------------------------------------------------------------ */
/* f-strings and t-strings */

/* The text of a replacement field's expression as CPython's tokenizer
 * records it: the source from after '{' to END, with comments removed. */
static int expr_text(ps_parser *p, const tok_token *lbrace, const tok_token *end,
                     const char **out, size_t *outlen)
{
    const char *s = p->src + lbrace->end;
    size_t n = end->start - lbrace->end;
    int hash = 0, in_str = 0;
    char q = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '\\') { i++; continue; }
        if (c == '"' || c == '\'') {
            if (!in_str) { in_str = 1; q = c; }
            else if (c == q) in_str = 0;
            continue;
        }
        if (c == '#' && !in_str) { hash = 1; break; }
    }
    if (!hash) {
        *out = s;
        *outlen = n;
        return 0;
    }
    char *r = ps_alloc(p, n + 1);
    if (!r) return -1;
    size_t j = 0;
    in_str = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '"' || c == '\'') {
            if (!in_str) { in_str = 1; q = c; }
            else if (c == q) in_str = 0;
            r[j++] = c;
        } else if (c == '#' && !in_str) {
            while (i < n && s[i] != '\n') i++;
            if (i < n) r[j++] = '\n';
        } else {
            r[j++] = c;
        }
    }
    r[j] = 0;
    *out = r;
    *outlen = j;
    return 0;
}

static ast_node *str_constant(ps_parser *p, const char *s, size_t n)
{
    ast_node *c = ast_new(p->arena, AST_Constant);
    char *v = ar_strndup(p->arena, s, n);
    if (!c || !v) { ps_oom(p); return NULL; }
    c->v.Constant.value.kind = CONST_STR;
    c->v.Constant.value.v.str.s = v;
    c->v.Constant.value.v.str.n = n;
    return c;
}

/* fstring_full_format_spec / tstring_full_format_spec:
 *     colon=':' spec=(format_spec)*
 * format_spec: MIDDLE | replacement_field.  The result is the spec's
 * JoinedStr (_PyPegen_setup_full_format_spec). */
static ast_node *full_format_spec(ps_parser *p, int is_t)
{
    int32_t start = p->pos, base = p->sp;
    if (!ps_expect(p, TK_COLON)) return NULL;
    int middle = is_t ? TK_TSTRING_MIDDLE : TK_FSTRING_MIDDLE;
    for (;;) {
        ast_node *e;
        const tok_token *t = ps_tok(p, p->pos);
        if (t->kind == middle) {
            p->pos++;
            e = middle_constant(p, t, 0);
        } else {
            e = replacement_field(p, is_t, 1);
        }
        if (!e) break;
        if (ps_push(p, e) < 0) return NULL;
    }
    if (p->error) { p->sp = base; return NULL; }
    /* empty constants are dropped */
    int32_t out = base;
    for (int32_t i = base; i < p->sp; i++)
        if (!is_empty_str(p->stk[i])) p->stk[out++] = p->stk[i];
    p->sp = out;
    int32_t n = p->sp - base;
    if (n == 0 || (n == 1 && ((ast_node *)p->stk[base])->kind == AST_Constant)) {
        ast_seq *vals = ps_seq_pop(p, base);
        if (!vals) return NULL;
        ast_node *r = ps_node(p, AST_JoinedStr, start);
        if (r) r->v.JoinedStr.values = vals;
        return r;
    }
    return concatenate_strings(p, base, start);
}

/* invalid_fstring_replacement_field / invalid_tstring_replacement_field
 * (second pass), at '{'. */
static void invalid_replacement_field(ps_parser *p, int is_t)
{
    int32_t m = p->pos;
    const char *pre = is_t ? "t-string" : "f-string";
    if (!ps_expect(p, TK_LBRACE)) return;
    const tok_token *a = ps_tok(p, p->pos);
    switch (a->kind) {
    case TK_EQUAL: ps_raise_tok(p, a, "%s: valid expression required before '='", pre); return;
    case TK_EXCLAMATION: ps_raise_tok(p, a, "%s: valid expression required before '!'", pre); return;
    case TK_COLON: ps_raise_tok(p, a, "%s: valid expression required before ':'", pre); return;
    case TK_RBRACE: ps_raise_tok(p, a, "%s: valid expression required before '}'", pre); return;
    default: break;
    }
    int32_t k = p->pos;
    if (!ps_annotated_rhs(p)) {
        if (p->error) return;
        p->pos = k;
        ps_raise(p, DIAG_SYNTAX, 1, "%s: expecting a valid expression after '{'", pre);
        return;
    }
    int kind = ps_kind(p);
    if (kind != TK_EQUAL && kind != TK_EXCLAMATION && kind != TK_COLON && kind != TK_RBRACE) {
        ps_raise(p, DIAG_SYNTAX, 1, "%s: expecting '=', or '!', or ':', or '}'", pre);
        return;
    }
    if (ps_expect(p, TK_EQUAL)) {
        kind = ps_kind(p);
        if (kind != TK_EXCLAMATION && kind != TK_COLON && kind != TK_RBRACE) {
            ps_raise(p, DIAG_SYNTAX, 1, "%s: expecting '!', or ':', or '}'", pre);
            return;
        }
    }
    int32_t j = p->pos;
    /* invalid_fstring_conversion_character */
    if (ps_expect(p, TK_EXCLAMATION)) {
        kind = ps_kind(p);
        if (kind == TK_COLON || kind == TK_RBRACE) {
            ps_raise(p, DIAG_SYNTAX, 1, "%s: missing conversion character", pre);
            return;
        }
        if (kind != TK_NAME) {
            ps_raise(p, DIAG_SYNTAX, 1, "%s: invalid conversion character", pre);
            return;
        }
    }
    p->pos = j;
    /* ['!' NAME] */
    if (!(ps_expect(p, TK_EXCLAMATION) && ps_expect(p, TK_NAME))) p->pos = j;
    kind = ps_kind(p);
    if (kind != TK_COLON && kind != TK_RBRACE) {
        ps_raise(p, DIAG_SYNTAX, 1, "%s: expecting ':' or '}'", pre);
        return;
    }
    if (ps_expect(p, TK_COLON)) {
        int middle = is_t ? TK_TSTRING_MIDDLE : TK_FSTRING_MIDDLE;
        for (;;) {
            if (ps_expect(p, middle)) continue;
            int32_t i = p->pos;
            /* in a t-string, the invalid alternative uses fstring_format_spec */
            if (!replacement_field(p, 0, 1)) { if (p->error) return; p->pos = i; break; }
        }
        if (!ps_at(p, TK_RBRACE)) {
            ps_raise(p, DIAG_SYNTAX, 1, "%s: expecting '}', or format specs", pre);
            return;
        }
    } else if (!ps_at(p, TK_RBRACE)) {
        ps_raise(p, DIAG_SYNTAX, 1, "%s: expecting '}'", pre);
        return;
    }
    p->pos = m;
}

/* fstring_replacement_field, tstring_replacement_field (IS_T) and
 * tstring_format_spec_replacement_field (IS_T and IN_SPEC):
 *     | '{' a=annotated_rhs debug_expr='='? conversion=[fstring_conversion]
 *           format=[full_format_spec] rbrace='}'
 *     | invalid_*_replacement_field */
static ast_node *replacement_field(ps_parser *p, int is_t, int in_spec)
{
    if (!ps_enter(p)) return NULL;
    int32_t start = p->pos;
    ast_node *r = NULL;
    const tok_token *lbrace = ps_expect(p, TK_LBRACE), *eq, *bang = NULL, *rbrace;
    ast_node *a, *conv = NULL, *fmt = NULL;
    if (!lbrace || !(a = ps_annotated_rhs(p))) goto fail;
    eq = ps_expect(p, TK_EQUAL);
    int32_t m = p->pos;
    const tok_token *ct;
    if ((bang = ps_expect(p, TK_EXCLAMATION)) && (ct = ps_expect(p, TK_NAME))) {
        conv = ps_name_node(p, ct);
        if (!conv) goto out;
        if (bang->lineno != ct->lineno || bang->end_col != ct->col) {
            ast_node tmp;
            ps_set_start_tok(&tmp, bang);
            ps_raise_range(p, &tmp, conv,
                           "%c-string: conversion type must come right after the exclamation mark",
                           is_t ? 't' : 'f');
            goto out;
        }
    } else {
        if (p->error) goto out;
        p->pos = m;
        bang = NULL;
    }
    const tok_token *colon = ps_tok(p, p->pos);
    if (colon->kind == TK_COLON) {
        fmt = full_format_spec(p, is_t);
        if (p->error) goto out;
    }
    if (!(rbrace = ps_expect(p, TK_RBRACE))) goto fail;

    int conv_val = -1;
    if (conv) {
        const char *id = conv->v.Name.id;
        if (strlen(id) != 1 || (id[0] != 's' && id[0] != 'r' && id[0] != 'a')) {
            ps_raise_node(p, conv, "%c-string: invalid conversion character '%s': expected 's', 'r', or 'a'",
                          is_t ? 't' : 'f', id);
            goto out;
        }
        conv_val = id[0];
    } else if (eq && !fmt) {
        conv_val = 'r';
    }

    /* the expression's text: up to '!', ':' or '}' */
    const tok_token *end_tok = bang ? bang : fmt ? colon : rbrace;
    const char *text = NULL;
    size_t tlen = 0;
    if ((eq || (is_t && !in_spec)) && expr_text(p, lbrace, end_tok, &text, &tlen) < 0) goto out;

    if (is_t && !in_spec) {
        r = ps_node(p, AST_Interpolation, start);
        if (!r) goto out;
        size_t sl = tlen;
        while (sl > 0) {
            char c = text[sl - 1];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '=') sl--;
            else break;
        }
        char *sv = ar_strndup(p->arena, text, sl);
        if (!sv) { ps_oom(p); r = NULL; goto out; }
        r->v.Interpolation.value = a;
        r->v.Interpolation.str.kind = CONST_STR;
        r->v.Interpolation.str.v.str.s = sv;
        r->v.Interpolation.str.v.str.n = sl;
        r->v.Interpolation.conversion = conv_val;
        r->v.Interpolation.format_spec = fmt;
    } else {
        r = ps_node(p, AST_FormattedValue, start);
        if (!r) goto out;
        r->v.FormattedValue.value = a;
        r->v.FormattedValue.conversion = conv_val;
        r->v.FormattedValue.format_spec = fmt;
    }
    if (eq) {
        /* the debug text and the value, in a JoinedStr the f-string unpacks */
        ast_node *d = str_constant(p, text, tlen);
        if (!d) { r = NULL; goto out; }
        d->lineno = r->lineno;
        d->col_offset = r->col_offset + 1;
        if (conv) {
            d->end_lineno = conv->lineno;
            d->end_col_offset = conv->col_offset - 1;
        } else if (fmt) {
            d->end_lineno = fmt->lineno;
            d->end_col_offset = fmt->col_offset;
        } else {
            d->end_lineno = r->end_lineno;
            d->end_col_offset = r->end_col_offset - 1;
        }
        ast_node *j = ps_node_span(p, AST_JoinedStr, r, d);
        ast_seq *vals = ast_seq_new(p->arena, 2);
        if (!j || !vals) { ps_oom(p); r = NULL; goto out; }
        j->end_col_offset = d->end_col_offset + 1;
        vals->items[0] = d;
        vals->items[1] = r;
        j->v.JoinedStr.values = vals;
        r = j;
    }
    goto out;
fail:
    if (p->error) goto out;
    p->pos = start;
    if (INVALID) {
        invalid_replacement_field(p, is_t);
        p->pos = start;
    }
out:
    p->level--;
    return r;
}

/* fstring: FSTRING_START fstring_middle* FSTRING_END
 * tstring (memo): TSTRING_START tstring_middle* TSTRING_END
 * *_middle: replacement_field | MIDDLE */
static ast_node *fstr_parse(ps_parser *p, int is_t)
{
    int32_t start = p->pos, base = p->sp;
    const tok_token *a = ps_expect(p, is_t ? TK_TSTRING_START : TK_FSTRING_START), *b;
    if (!a) return NULL;
    int middle = is_t ? TK_TSTRING_MIDDLE : TK_FSTRING_MIDDLE;
    for (;;) {
        const tok_token *t = ps_tok(p, p->pos);
        void *e;
        if (t->kind == middle) {
            p->pos++;
            e = (void *)t;          /* decoded below, as CPython does */
        } else {
            e = replacement_field(p, is_t, 0);
            if (!e) break;
        }
        if (ps_push(p, e) < 0) return NULL;
    }
    if (p->error || !(b = ps_expect(p, is_t ? TK_TSTRING_END : TK_FSTRING_END))) {
        p->sp = base;
        if (!p->error) p->pos = start;
        return NULL;
    }
    /* _get_resized_exprs: debug pairs unpacked, middles decoded, empty
     * strings dropped */
    int raw = 0;
    for (uint32_t i = a->start; i < a->end; i++)
        if (p->src[i] == 'r' || p->src[i] == 'R') raw = 1;
    int32_t n = p->sp - base;
    int32_t total = 0;
    for (int32_t i = 0; i < n; i++) {
        const tok_token *t = p->stk[base + i];
        if (t >= p->toks && t < p->toks + p->ntoks) total += 1;
        else total += ((ast_node *)p->stk[base + i])->kind == AST_JoinedStr ? 2 : 1;
    }
    ast_seq *vals = ast_seq_new(p->arena, total);
    if (!vals) { ps_oom(p); p->sp = base; return NULL; }
    int32_t k = 0;
    for (int32_t i = 0; i < n; i++) {
        void *e = p->stk[base + i];
        if ((const tok_token *)e >= p->toks && (const tok_token *)e < p->toks + p->ntoks) {
            ast_node *c = middle_constant(p, e, raw);
            if (!c) { p->sp = base; return NULL; }
            if (!is_empty_str(c)) vals->items[k++] = c;
        } else if (((ast_node *)e)->kind == AST_JoinedStr) {
            vals->items[k++] = ((ast_node *)e)->v.JoinedStr.values->items[0];
            vals->items[k++] = ((ast_node *)e)->v.JoinedStr.values->items[1];
        } else {
            vals->items[k++] = e;
        }
    }
    vals->n = k;
    p->sp = base;
    ast_node *r = ast_new(p->arena, is_t ? AST_TemplateStr : AST_JoinedStr);
    if (!r) { ps_oom(p); return NULL; }
    ps_set_start_tok(r, a);
    r->end_lineno = b->end_lineno;
    r->end_col_offset = b->end_col;
    if (is_t) r->v.TemplateStr.values = vals;
    else r->v.JoinedStr.values = vals;
    return r;
}

PS_RULE(static, ast_node *, fstring)
{
    return fstr_parse(p, 0);
}

PS_MEMO_RULE(static, ast_node *, tstring, M_TSTRING)
{
    return fstr_parse(p, 1);
}

/* fstring | string */
static ast_node *fstring_or_string(ps_parser *p)
{
    const tok_token *t = ps_tok(p, p->pos);
    if (t->kind == TK_STRING) {
        p->pos++;
        return string_piece(p, t);
    }
    if (t->kind == TK_FSTRING_START) return fstring(p);
    return NULL;
}

/* invalid_string_tstring_concat:
 *     | a=(fstring|string)+ b=tstring
 *     | a=tstring+ b=(fstring|string) */
static void invalid_string_tstring_concat(ps_parser *p)
{
    int32_t m = p->pos;
    ast_node *last = NULL, *e, *b;
    while ((e = fstring_or_string(p))) last = e;
    if (last && (b = tstring(p))) {
        ps_raise_range(p, last, b, "cannot mix t-string literals with string or bytes literals");
        return;
    }
    if (p->error) return;
    p->pos = m;
    last = NULL;
    while ((e = tstring(p))) last = e;
    if (last && (b = fstring_or_string(p))) {
        ps_raise_range(p, last, b, "cannot mix t-string literals with string or bytes literals");
        return;
    }
    p->pos = m;
}

/* strings (memo):
 *     | invalid_string_tstring_concat
 *     | (fstring|string)+ → concatenated
 *     | tstring+ → concatenated TemplateStr */
PS_MEMO_RULE(, ast_node *, ps_strings, M_STRINGS)
{
    int32_t start = p->pos, base = p->sp;
    if (INVALID) {
        invalid_string_tstring_concat(p);
        if (p->error) return NULL;
    }
    ast_node *e;
    while ((e = fstring_or_string(p)))
        if (ps_push(p, e) < 0) return NULL;
    if (p->error) { p->sp = base; return NULL; }
    if (p->sp > base) return concatenate_strings(p, base, start);
    while ((e = tstring(p)))
        if (ps_push(p, e) < 0) return NULL;
    if (p->error || p->sp == base) { p->sp = base; return NULL; }
    ast_seq *pieces = ps_seq_pop(p, base);
    ast_seq *vals = pieces ? build_concatenated(p, pieces) : NULL;
    if (!vals) return NULL;
    ast_node *r = ps_node(p, AST_TemplateStr, start);
    if (r) r->v.TemplateStr.values = vals;
    return r;
}
