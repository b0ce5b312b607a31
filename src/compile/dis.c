/* The disassembler: a cc_code printed in the style of CPython 3.14's
 * dis.dis (line numbers, jump labels, argument meanings, the exception
 * table), then every code object among its constants, depth first.
 * Unlike CPython, code objects show no address. */
#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compile_int.h"
#include "opcodes.h"
#include "../util/dtoa.h"
#include "../util/repr.h"
#include "../util/strbuf.h"

void cc_const_repr(strbuf *sb, const cc_const *k)
{
    char buf[64];
    switch (k->kind) {
    case CC_NONE: sb_puts(sb, "None"); break;
    case CC_TRUE: sb_puts(sb, "True"); break;
    case CC_FALSE: sb_puts(sb, "False"); break;
    case CC_ELLIPSIS: sb_puts(sb, "Ellipsis"); break;
    case CC_INT: sb_printf(sb, "%" PRId64, k->v.i); break;
    case CC_BIGINT:
        if (k->v.big.neg) sb_putc(sb, '-');
        if (k->v.big.base == 16) sb_puts(sb, "0x");
        else if (k->v.big.base == 8) sb_puts(sb, "0o");
        else if (k->v.big.base == 2) sb_puts(sb, "0b");
        sb_append(sb, k->v.big.digits, k->v.big.n);
        break;
    case CC_FLOAT:
        dtoa_repr(k->v.f, buf, 1);
        sb_puts(sb, buf);
        break;
    case CC_COMPLEX:
        if (k->v.cx.re == 0 && !signbit(k->v.cx.re)) {
            dtoa_repr(k->v.cx.im, buf, 0);
            sb_printf(sb, "%sj", buf);
        } else {
            dtoa_repr(k->v.cx.re, buf, 0);
            sb_printf(sb, "(%s", buf);
            dtoa_repr(k->v.cx.im, buf, 0);
            sb_printf(sb, "%s%sj)", (buf[0] == '-' || (k->v.cx.im != k->v.cx.im)) ? "" : "+", buf);
        }
        break;
    case CC_STR: repr_str(sb, k->v.str.s, k->v.str.n); break;
    case CC_BYTES: repr_bytes(sb, k->v.str.s, k->v.str.n); break;
    case CC_TUPLE:
        sb_putc(sb, '(');
        for (int32_t i = 0; i < k->v.seq.nitems; i++) {
            if (i) sb_puts(sb, ", ");
            cc_const_repr(sb, &k->v.seq.items[i]);
        }
        if (k->v.seq.nitems == 1) sb_putc(sb, ',');
        sb_putc(sb, ')');
        break;
    case CC_FROZENSET:
        sb_puts(sb, "frozenset({");
        for (int32_t i = 0; i < k->v.seq.nitems; i++) {
            if (i) sb_puts(sb, ", ");
            cc_const_repr(sb, &k->v.seq.items[i]);
        }
        sb_puts(sb, "})");
        break;
    case CC_SLICE:
        sb_puts(sb, "slice(");
        for (int32_t i = 0; i < 3; i++) {
            if (i) sb_puts(sb, ", ");
            cc_const_repr(sb, &k->v.seq.items[i]);
        }
        sb_putc(sb, ')');
        break;
    case CC_CODE:
        sb_printf(sb, "<code object %s, file \"%s\", line %d>", k->v.code->name,
                  k->v.code->filename, (int)k->v.code->firstlineno);
        break;
    }
}

typedef struct dis_ins {
    int32_t start, op_at, next;
    int op;
    uint32_t arg;
    int32_t target;             /* unit offset of a jump's target, or -1 */
} dis_ins;

static void arg_meaning(strbuf *sb, const cc_code *co, const dis_ins *d, const int32_t *label_of)
{
    uint32_t arg = d->arg;
    int op = d->op;
    switch (op_table[op].arg) {
    case OPA_CONST:
        if (arg < (uint32_t)co->nconsts) cc_const_repr(sb, &co->consts[arg]);
        return;
    case OPA_LOCAL: case OPA_DEREF:
        if (op == OP_COPY_FREE_VARS) return;
        if (arg < (uint32_t)co->nlocalsplus) sb_puts(sb, co->localsplusnames[arg]);
        return;
    case OPA_NAME: {
        uint32_t ix = arg;
        if (op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR) ix = arg >> 1;
        else if (op == OP_LOAD_SUPER_ATTR) ix = arg >> 2;
        if (ix >= (uint32_t)co->nnames) return;
        sb_puts(sb, co->names[ix]);
        if (op == OP_LOAD_GLOBAL && (arg & 1)) sb_puts(sb, " + NULL");
        if ((op == OP_LOAD_ATTR || op == OP_LOAD_SUPER_ATTR) && (arg & 1)) sb_puts(sb, " + NULL|self");
        return;
    }
    case OPA_JUMP:
        if (d->target >= 0 && label_of[d->target] > 0) sb_printf(sb, "to L%d", (int)label_of[d->target]);
        return;
    case OPA_BINOP:
        sb_puts(sb, op_binop_symbol((op_binop)arg));
        return;
    case OPA_CMP:
        sb_puts(sb, op_cmp_symbol((op_cmp)arg));
        return;
    case OPA_INTRINSIC: {
        const char *n = op == OP_CALL_INTRINSIC_1 ? op_intrinsic1_name((int)arg)
                                                  : op_intrinsic2_name((int)arg);
        if (n) sb_puts(sb, n);
        return;
    }
    default:
        break;
    }
    const char *s = NULL;
    switch (op) {
    case OP_LOAD_COMMON_CONSTANT: s = op_common_constant_name((int)arg); break;
    case OP_LOAD_SPECIAL: s = op_special_name((int)arg); break;
    case OP_IS_OP: s = arg ? "is not" : "is"; break;
    case OP_CONTAINS_OP: s = arg ? "not in" : "in"; break;
    case OP_CONVERT_VALUE: s = arg == 1 ? "str" : arg == 2 ? "repr" : arg == 3 ? "ascii" : NULL; break;
    case OP_SET_FUNCTION_ATTRIBUTE:
        s = arg == 1 ? "defaults" : arg == 2 ? "kwdefaults" : arg == 4 ? "annotations"
          : arg == 8 ? "closure" : arg == 16 ? "annotate" : NULL;
        break;
    default: break;
    }
    if (s) sb_puts(sb, s);
}

static void dis_one(const cc_code *co, FILE *out)
{
    int32_t n = co->ncode;
    dis_ins *ins = calloc((size_t)(n ? n : 1), sizeof *ins);
    int32_t *label_of = calloc((size_t)(n + 1), sizeof *label_of);
    if (!ins || !label_of) {
        free(ins);
        free(label_of);
        fputs("(out of memory)\n", out);
        return;
    }
    int32_t ni = 0;
    for (int32_t i = 0; i < n;) {
        dis_ins *d = &ins[ni++];
        d->start = i;
        uint32_t arg = 0;
        while (i < n - 1 && (co->code[i] & 0xFF) == OP_EXTENDED_ARG) {
            arg = (arg << 8) | (co->code[i] >> 8);
            i++;
        }
        d->op_at = i;
        d->op = co->code[i] & 0xFF;
        arg = (arg << 8) | (co->code[i] >> 8);
        d->arg = arg;
        i++;
        d->next = i;
        d->target = -1;
        if (d->op < OP__COUNT && (op_table[d->op].flags & OPF_JUMP)) {
            int32_t t = d->op == OP_JUMP_BACKWARD || d->op == OP_JUMP_BACKWARD_NO_INTERRUPT
                        ? d->next - (int32_t)arg : d->next + (int32_t)arg;
            if (t >= 0 && t <= n) {
                d->target = t;
                label_of[t] = -1;
            }
        }
    }
    for (int32_t i = 0; i < co->nexc; i++) {
        const cc_exc_entry *x = &co->exctable[i];
        if (x->start <= (uint32_t)n) label_of[x->start] = -1;
        if (x->end <= (uint32_t)n) label_of[x->end] = -1;
        if (x->target <= (uint32_t)n) label_of[x->target] = -1;
    }
    int32_t nl = 0;
    for (int32_t i = 0; i <= n; i++)
        if (label_of[i]) label_of[i] = ++nl;
    int32_t maxline = 0;
    for (int32_t i = 0; i < n; i++)
        if (co->positions[i].lineno > maxline) maxline = co->positions[i].lineno;
    int lw = 3;
    if (maxline >= 1000) lw = snprintf(NULL, 0, "%d", (int)maxline);
    int32_t prevline = -2;
    strbuf sb = STRBUF_INIT;
    for (int32_t k = 0; k < ni; k++) {
        dis_ins *d = &ins[k];
        int32_t line = co->positions[d->op_at].lineno;
        char lbuf[24] = "";
        if (line != prevline) {
            if (k) fputc('\n', out);
            if (line < 0) snprintf(lbuf, sizeof lbuf, "--");
            else snprintf(lbuf, sizeof lbuf, "%d", (int)line);
            prevline = line;
        }
        char labbuf[24] = "";
        if (label_of[d->start] > 0) snprintf(labbuf, sizeof labbuf, "L%d:", (int)label_of[d->start]);
        const char *name = d->op < OP__COUNT ? op_table[d->op].name : "<bad>";
        fprintf(out, "%*s   %-6s  %-24s", lw + 1, lbuf, labbuf, name);
        bool has_arg = d->op < OP__COUNT && op_table[d->op].arg != OPA_NONE;
        if (has_arg) {
            fprintf(out, " %5u", d->arg);
            sb.len = 0;
            if (sb.p) sb.p[0] = 0;
            arg_meaning(&sb, co, d, label_of);
            if (sb.len) fprintf(out, " (%s)", sb.p);
        }
        fputc('\n', out);
    }
    if (co->nexc) {
        fputs("ExceptionTable:\n", out);
        for (int32_t i = 0; i < co->nexc; i++) {
            const cc_exc_entry *x = &co->exctable[i];
            fprintf(out, "  L%d to L%d -> L%d [%u]%s\n", (int)label_of[x->start],
                    (int)label_of[x->end], (int)label_of[x->target], (unsigned)x->depth,
                    x->lasti ? " lasti" : "");
        }
    }
    sb_free(&sb);
    free(ins);
    free(label_of);
}

static void dis_rec(const cc_code *co, FILE *out, int depth)
{
    if (depth > 200) return;
    dis_one(co, out);
    for (int32_t i = 0; i < co->nconsts; i++) {
        if (co->consts[i].kind != CC_CODE) continue;
        const cc_code *sub = co->consts[i].v.code;
        fprintf(out, "\nDisassembly of <code object %s, file \"%s\", line %d>:\n", sub->name,
                sub->filename, (int)sub->firstlineno);
        dis_rec(sub, out, depth + 1);
    }
}

void cc_dis(const cc_code *code, FILE *out)
{
    dis_rec(code, out, 0);
}
