#include "ast_dump.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "../util/dtoa.h"
#include "../num/bigint.h"
#include "../util/repr.h"

static void *dump_alloc(void *ud, size_t size) { (void)ud; return malloc(size); }
static void dump_free(void *ud, void *p, size_t size) { (void)ud; (void)size; free(p); }

/* repr() of a big int literal, through the bigint kernel so CPython's
 * int-to-str digit limit (4300) gives ast.dump's ValueError. */
static int dump_bigint(strbuf *sb, const char *digits, size_t n, int base, char *msg)
{
    bi_ctx c = { { dump_alloc, dump_free, NULL }, 0, BI_DEFAULT_MAX_STR_DIGITS };
    bi_t *x = NULL;
    char *text = NULL;
    size_t len = 0;
    bi_status st = bi_from_digits(&c, &x, digits, n, base, false);
    if (st == BI_OK) st = bi_to_str(&c, x, 10, &text, &len);
    bi_free(&c, x);
    if (st == BI_OK) {
        sb_append(sb, text, len);
        c.a.free(c.a.ud, text, len + 1);
        return 0;
    }
    if (st == BI_ENOMEM) { sb->oom = 1; return 0; }
    bi_status_text(st, BI_DEFAULT_MAX_STR_DIGITS, 0, msg, 160);
    return -1;
}

int ast_constant_repr(strbuf *sb, const ast_constant *c, char *msg)
{
    char buf[80];
    switch (c->kind) {
    case CONST_NONE: sb_puts(sb, "None"); break;
    case CONST_TRUE: sb_puts(sb, "True"); break;
    case CONST_FALSE: sb_puts(sb, "False"); break;
    case CONST_ELLIPSIS: sb_puts(sb, "Ellipsis"); break;
    case CONST_INT: sb_printf(sb, "%" PRId64, c->v.i); break;
    case CONST_BIGINT:
        if (dump_bigint(sb, c->v.big.digits, c->v.big.n, c->v.big.base, msg) < 0) return -1;
        break;
    case CONST_FLOAT:
        dtoa_repr(c->v.f, buf, 1);
        sb_puts(sb, buf);
        break;
    case CONST_IMAG:
        dtoa_repr(c->v.f, buf, 0);
        sb_puts(sb, buf);
        sb_putc(sb, 'j');
        break;
    case CONST_COMPLEX: {
        /* complex repr: "(re+imj)", or "imj" when re is +0.0 */
        char re[40], im[40];
        dtoa_repr(c->v.cx.im, im, 0);
        if (c->v.cx.re == 0 && !__builtin_signbit(c->v.cx.re)) {
            sb_printf(sb, "%sj", im);
        } else {
            dtoa_repr(c->v.cx.re, re, 0);
            sb_printf(sb, "(%s%s%sj)", re, im[0] == '-' ? "" : "+", im);
        }
        break;
    }
    case CONST_STR: repr_str(sb, c->v.str.s, c->v.str.n); break;
    case CONST_BYTES: repr_bytes(sb, c->v.str.s, c->v.str.n); break;
    }
    return 0;
}

static void dump_ident(strbuf *sb, const char *s)
{
    repr_str(sb, s, __builtin_strlen(s));
}

/* Deeper trees are refused rather than walked: the dump recurses on the C
 * stack, and CPython's own ast.dump (recursive Python) gives up much
 * earlier, at about 1000 levels, with a RecursionError. */
#define DUMP_MAX_DEPTH 3000

static int dump_node(strbuf *sb, const ast_node *node, unsigned flags,
                     char *msg, int depth);

int ast_dump(strbuf *sb, const ast_node *node, char *msg)
{
    return dump_node(sb, node, 0, msg, 0);
}

int ast_dump_ex(strbuf *sb, const ast_node *node, unsigned flags, char *msg)
{
    return dump_node(sb, node, flags, msg, 0);
}

/* The node kinds CPython gives _attributes (positions). */
static int dump_has_positions(const ast_node *n)
{
    switch (ast_kinds[n->kind].category) {
    case AST_CAT_stmt: case AST_CAT_expr: case AST_CAT_excepthandler:
    case AST_CAT_arg: case AST_CAT_keyword: case AST_CAT_alias:
    case AST_CAT_pattern: case AST_CAT_type_param:
        return 1;
    default:
        return 0;
    }
}

static int dump_node(strbuf *sb, const ast_node *node, unsigned flags,
                     char *msg, int depth)
{
    if (!node) { sb_puts(sb, "None"); return 0; }
    if (depth > DUMP_MAX_DEPTH) {
        snprintf(msg, 160, "maximum recursion depth exceeded while dumping "
                 "the AST (more than %d levels)", DUMP_MAX_DEPTH);
        return -2;
    }
    const ast_kind_desc *k = &ast_kinds[node->kind];
    sb_puts(sb, k->name);
    sb_putc(sb, '(');
    int first = 1;
    for (int i = 0; i < k->nfields; i++) {
        const ast_field_desc *f = &k->fields[i];
        const void *p = (const char *)node + f->offset;
        const void *ptr = NULL;
        switch (f->type) {
        case ASTF_NODE: case ASTF_OPT: case ASTF_SEQ: case ASTF_IDENTS:
        case ASTF_CMPOPS: case ASTF_IDENT: case ASTF_OPTIDENT: case ASTF_OPTSTR:
            ptr = *(const void *const *)p;
            /* None and empty lists are left out (show_empty=False) */
            if (!ptr) continue;
            if ((f->type == ASTF_SEQ || f->type == ASTF_IDENTS || f->type == ASTF_CMPOPS)
                && ((const ast_seq *)ptr)->n == 0)
                continue;
            break;
        default:
            break;
        }
        if (!first) sb_puts(sb, ", ");
        first = 0;
        sb_puts(sb, f->name);
        sb_putc(sb, '=');
        switch (f->type) {
        case ASTF_NODE: case ASTF_OPT:
            { int r = dump_node(sb, ptr, flags, msg, depth + 1); if (r < 0) return r; }
            break;
        case ASTF_SEQ: {
            const ast_seq *s = ptr;
            sb_putc(sb, '[');
            for (int32_t j = 0; j < s->n; j++) {
                if (j) sb_puts(sb, ", ");
                { int r = dump_node(sb, s->items[j], flags, msg, depth + 1); if (r < 0) return r; }
            }
            sb_putc(sb, ']');
            break;
        }
        case ASTF_IDENTS: {
            const ast_seq *s = ptr;
            sb_putc(sb, '[');
            for (int32_t j = 0; j < s->n; j++) {
                if (j) sb_puts(sb, ", ");
                dump_ident(sb, s->items[j]);
            }
            sb_putc(sb, ']');
            break;
        }
        case ASTF_CMPOPS: {
            const ast_seq *s = ptr;
            sb_putc(sb, '[');
            for (int32_t j = 0; j < s->n; j++) {
                if (j) sb_puts(sb, ", ");
                sb_puts(sb, ast_cmpop_name((ast_cmpop)(intptr_t)s->items[j]));
                sb_puts(sb, "()");
            }
            sb_putc(sb, ']');
            break;
        }
        case ASTF_IDENT: case ASTF_OPTIDENT: case ASTF_OPTSTR:
            dump_ident(sb, ptr);
            break;
        case ASTF_CONST:
            if (ast_constant_repr(sb, p, msg) < 0) return -1;
            break;
        case ASTF_INT: sb_printf(sb, "%d", *(const int *)p); break;
        case ASTF_CTX: sb_printf(sb, "%s()", ast_ctx_name(*(const ast_ctx *)p)); break;
        case ASTF_BOOLOP: sb_printf(sb, "%s()", ast_boolop_name(*(const ast_boolop *)p)); break;
        case ASTF_OPERATOR: sb_printf(sb, "%s()", ast_operator_name(*(const ast_operator *)p)); break;
        case ASTF_UNARYOP: sb_printf(sb, "%s()", ast_unaryop_name(*(const ast_unaryop *)p)); break;
        }
    }
    if ((flags & AST_DUMP_POSITIONS) && dump_has_positions(node)) {
        if (!first) sb_puts(sb, ", ");
        sb_printf(sb, "lineno=%d, col_offset=%d, end_lineno=%d, end_col_offset=%d",
                  (int)node->lineno, (int)node->col_offset,
                  (int)node->end_lineno, (int)node->end_col_offset);
    }
    sb_putc(sb, ')');
    return 0;
}
