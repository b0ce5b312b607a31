/* Expressions: CPython 3.14's codegen_visit_expr and its helpers (calls,
 * comparisons, boolean jumps, containers, f- and t-strings,
 * comprehensions inlined per PEP 709, yield / await), plus the constant
 * folding CPython does in its flow-graph optimizer where it shows
 * (tuples of constants, negated numeric literals, constant lists). */
#include "compile_int.h"

#include <stdio.h>

#define STACK_USE_GUIDELINE 30
#define MAX_EXPR_DEPTH 2000

enum { COMP_GENEXP, COMP_LISTCOMP, COMP_SETCOMP, COMP_DICTCOMP };

/* ------------------------------------------------------------------ */
/* Constants */

static int ast_to_const(cc_c *c, const ast_constant *a, cc_const *k)
{
    memset(k, 0, sizeof *k);
    switch (a->kind) {
    case CONST_NONE: k->kind = CC_NONE; break;
    case CONST_TRUE: k->kind = CC_TRUE; break;
    case CONST_FALSE: k->kind = CC_FALSE; break;
    case CONST_ELLIPSIS: k->kind = CC_ELLIPSIS; break;
    case CONST_INT: k->kind = CC_INT; k->v.i = a->v.i; break;
    case CONST_FLOAT: k->kind = CC_FLOAT; k->v.f = a->v.f; break;
    case CONST_IMAG: k->kind = CC_COMPLEX; k->v.cx.re = 0.0; k->v.cx.im = a->v.f; break;
    case CONST_COMPLEX: k->kind = CC_COMPLEX; k->v.cx.re = a->v.cx.re; k->v.cx.im = a->v.cx.im; break;
    case CONST_BIGINT: {
        k->kind = CC_BIGINT;
        char *d = ar_strndup(c->out, a->v.big.digits, a->v.big.n);
        if (!d) return cc_oom(c);
        k->v.big.digits = d;
        k->v.big.n = a->v.big.n;
        k->v.big.base = a->v.big.base;
        k->v.big.neg = 0;
        break;
    }
    case CONST_STR: case CONST_BYTES: {
        k->kind = a->kind == CONST_STR ? CC_STR : CC_BYTES;
        char *s = ar_alloc(c->out, a->v.str.n + 1);
        if (!s) return cc_oom(c);
        if (a->v.str.n) memcpy(s, a->v.str.s, a->v.str.n);
        s[a->v.str.n] = 0;
        k->v.str.s = s;
        k->v.str.n = a->v.str.n;
        break;
    }
    }
    return 0;
}

/* Whether E folds to a constant; if so *OUT is it. */
int cc_const_of(cc_c *c, ast_node *e, cc_const *out)
{
    switch (e->kind) {
    case AST_Constant:
        TRY(ast_to_const(c, &e->v.Constant.value, out));
        return 1;
    case AST_UnaryOp: {
        if (e->v.UnaryOp.op != AST_USub) return 0;
        ast_node *o = e->v.UnaryOp.operand;
        if (o->kind != AST_Constant) return 0;
        const ast_constant *a = &o->v.Constant.value;
        if (a->kind != CONST_INT && a->kind != CONST_FLOAT && a->kind != CONST_IMAG &&
            a->kind != CONST_COMPLEX && a->kind != CONST_BIGINT)
            return 0;
        TRY(ast_to_const(c, a, out));
        switch (out->kind) {
        case CC_INT:
            if (out->v.i == INT64_MIN) return 0;
            out->v.i = -out->v.i;
            break;
        case CC_FLOAT: out->v.f = -out->v.f; break;
        case CC_COMPLEX: out->v.cx.re = -out->v.cx.re; out->v.cx.im = -out->v.cx.im; break;
        case CC_BIGINT: out->v.big.neg = 1; break;
        default: return 0;
        }
        return 1;
    }
    case AST_Tuple: {
        if (e->v.Tuple.ctx != AST_Load) return 0;
        int32_t n = ast_seq_len(e->v.Tuple.elts);
        for (int32_t i = 0; i < n; i++) {
            ast_node *x = e->v.Tuple.elts->items[i];
            if (x->kind != AST_Constant && x->kind != AST_Tuple && x->kind != AST_UnaryOp)
                return 0;
        }
        cc_const *items = ar_alloc(c->out, (size_t)(n ? n : 1) * sizeof *items);
        if (!items) return cc_oom(c);
        for (int32_t i = 0; i < n; i++) {
            int r = cc_const_of(c, e->v.Tuple.elts->items[i], &items[i]);
            if (r <= 0) return r;
        }
        memset(out, 0, sizeof *out);
        out->kind = CC_TUPLE;
        out->v.seq.items = items;
        out->v.seq.nitems = n;
        return 1;
    }
    default:
        return 0;
    }
}

/* ------------------------------------------------------------------ */
/* Helpers */

static cc_pos match_attr_loc(cc_pos loc, ast_node *attr)
{
    if (loc.lineno != attr->end_lineno) {
        loc.lineno = attr->end_lineno;
        int len = (int)strlen(attr->v.Attribute.attr);
        if (len <= attr->end_col_offset) {
            loc.col = attr->end_col_offset - len;
        } else {
            loc.col = -1;
            loc.end_col = -1;
        }
        if (loc.end_lineno < loc.lineno) loc.end_lineno = loc.lineno;
        if (loc.lineno == loc.end_lineno && loc.end_col < loc.col) loc.end_col = loc.col;
    }
    return loc;
}

static int addop_binary(cc_c *c, cc_pos loc, ast_operator op, bool inplace)
{
    int b;
    switch (op) {
    case AST_Add: b = OPB_ADD; break;
    case AST_Sub: b = OPB_SUBTRACT; break;
    case AST_Mult: b = OPB_MULTIPLY; break;
    case AST_MatMult: b = OPB_MATRIX_MULTIPLY; break;
    case AST_Div: b = OPB_TRUE_DIVIDE; break;
    case AST_Mod: b = OPB_REMAINDER; break;
    case AST_Pow: b = OPB_POWER; break;
    case AST_LShift: b = OPB_LSHIFT; break;
    case AST_RShift: b = OPB_RSHIFT; break;
    case AST_BitOr: b = OPB_OR; break;
    case AST_BitXor: b = OPB_XOR; break;
    case AST_BitAnd: b = OPB_AND; break;
    case AST_FloorDiv: b = OPB_FLOOR_DIVIDE; break;
    default: return cc_error(c, loc, "internal error: bad binary operator");
    }
    if (inplace) b += OPB_INPLACE_ADD;
    return cc_emit(c, OP_BINARY_OP, b, loc);
}

int cc_addop_inplace(cc_c *c, cc_pos loc, ast_operator op);
int cc_addop_inplace(cc_c *c, cc_pos loc, ast_operator op)
{
    return addop_binary(c, loc, op, true);
}

static int addcompare(cc_c *c, cc_pos loc, ast_cmpop op)
{
    switch (op) {
    case AST_Eq: return cc_emit(c, OP_COMPARE_OP, OPC_EQ, loc);
    case AST_NotEq: return cc_emit(c, OP_COMPARE_OP, OPC_NE, loc);
    case AST_Lt: return cc_emit(c, OP_COMPARE_OP, OPC_LT, loc);
    case AST_LtE: return cc_emit(c, OP_COMPARE_OP, OPC_LE, loc);
    case AST_Gt: return cc_emit(c, OP_COMPARE_OP, OPC_GT, loc);
    case AST_GtE: return cc_emit(c, OP_COMPARE_OP, OPC_GE, loc);
    case AST_Is: return cc_emit(c, OP_IS_OP, 0, loc);
    case AST_IsNot: return cc_emit(c, OP_IS_OP, 1, loc);
    case AST_In: return cc_emit(c, OP_CONTAINS_OP, 0, loc);
    case AST_NotIn: return cc_emit(c, OP_CONTAINS_OP, 1, loc);
    }
    return cc_error(c, loc, "internal error: bad comparison");
}

int cc_addcompare(cc_c *c, cc_pos loc, ast_cmpop op);
int cc_addcompare(cc_c *c, cc_pos loc, ast_cmpop op)
{
    return addcompare(c, loc, op);
}

static ast_cmpop cmpop_at(ast_node *e, int32_t i)
{
    return (ast_cmpop)(intptr_t)e->v.Compare.ops->items[i];
}

/* Pushes the result of a comparison usable by POP_JUMP_IF_*: a bool. */
static bool produces_bool(ast_cmpop op)
{
    return op == AST_Is || op == AST_IsNot || op == AST_In || op == AST_NotIn;
}

/* ------------------------------------------------------------------ */
/* Jumps on a condition */

int cc_jump_if(cc_c *c, cc_pos loc, ast_node *e, int32_t next, int cond)
{
    switch (e->kind) {
    case AST_UnaryOp:
        if (e->v.UnaryOp.op == AST_Not)
            return cc_jump_if(c, loc, e->v.UnaryOp.operand, next, !cond);
        break;
    case AST_BoolOp: {
        ast_seq *s = e->v.BoolOp.values;
        int32_t n = s->n - 1;
        int cond2 = e->v.BoolOp.op == AST_Or;
        int32_t next2 = next;
        if (!cond2 != !cond) {
            next2 = cc_new_block(c);
            if (next2 < 0) return -1;
        }
        for (int32_t i = 0; i < n; i++) TRY(cc_jump_if(c, loc, s->items[i], next2, cond2));
        TRY(cc_jump_if(c, loc, s->items[n], next, cond));
        if (next2 != next) cc_use_block(c, next2);
        return 0;
    }
    case AST_IfExp: {
        int32_t end = cc_new_block(c), next2 = cc_new_block(c);
        if (end < 0 || next2 < 0) return -1;
        TRY(cc_jump_if(c, loc, e->v.IfExp.test, next2, 0));
        TRY(cc_jump_if(c, loc, e->v.IfExp.body, next, cond));
        TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
        cc_use_block(c, next2);
        TRY(cc_jump_if(c, loc, e->v.IfExp.orelse, next, cond));
        cc_use_block(c, end);
        return 0;
    }
    case AST_Compare: {
        int32_t n = ast_seq_len(e->v.Compare.ops) - 1;
        if (n > 0) {
            cc_pos el = cc_loc(e);
            int32_t cleanup = cc_new_block(c);
            if (cleanup < 0) return -1;
            TRY(cc_expr(c, e->v.Compare.left));
            for (int32_t i = 0; i < n; i++) {
                TRY(cc_expr(c, e->v.Compare.comparators->items[i]));
                TRY(cc_emit(c, OP_SWAP, 2, el));
                TRY(cc_emit(c, OP_COPY, 2, el));
                TRY(addcompare(c, el, cmpop_at(e, i)));
                TRY(cc_emit(c, OP_TO_BOOL, 0, el));
                TRY(cc_emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup, el));
            }
            TRY(cc_expr(c, e->v.Compare.comparators->items[n]));
            TRY(addcompare(c, el, cmpop_at(e, n)));
            TRY(cc_emit(c, OP_TO_BOOL, 0, el));
            TRY(cc_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next, el));
            int32_t end = cc_new_block(c);
            if (end < 0) return -1;
            TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
            cc_use_block(c, cleanup);
            TRY(cc_emit(c, OP_POP_TOP, 0, el));
            if (!cond) TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, next, CC_NO_LOCATION));
            cc_use_block(c, end);
            return 0;
        }
        break;
    }
    default:
        break;
    }
    TRY(cc_expr(c, e));
    cc_pos el = cc_loc(e);
    bool isbool = (e->kind == AST_Compare && produces_bool(cmpop_at(e, 0))) ||
                  (e->kind == AST_UnaryOp && e->v.UnaryOp.op == AST_Not) ||
                  (e->kind == AST_Constant && (e->v.Constant.value.kind == CONST_TRUE ||
                                               e->v.Constant.value.kind == CONST_FALSE));
    if (!isbool) TRY(cc_emit(c, OP_TO_BOOL, 0, el));
    return cc_emit_jump(c, cond ? OP_POP_JUMP_IF_TRUE : OP_POP_JUMP_IF_FALSE, next, el);
}

/* ------------------------------------------------------------------ */
/* Containers */

static int starunpack_helper(cc_c *c, cc_pos loc, ast_seq *elts, const char *injected,
                             int pushed, int build, int add, int extend, int tuple)
{
    int32_t n = ast_seq_len(elts);
    bool big = n + pushed + (injected ? 1 : 0) > STACK_USE_GUIDELINE;
    bool seen_star = false;
    for (int32_t i = 0; i < n; i++)
        if (((ast_node *)elts->items[i])->kind == AST_Starred) { seen_star = true; break; }
    if (!seen_star && !big) {
        for (int32_t i = 0; i < n; i++) TRY(cc_expr(c, elts->items[i]));
        if (injected) {
            TRY(cc_nameop(c, loc, injected, AST_Load));
            n++;
        }
        return cc_emit(c, tuple ? OP_BUILD_TUPLE : build, n + pushed, loc);
    }
    bool built = false;
    if (big) {
        TRY(cc_emit(c, build, pushed, loc));
        built = true;
    }
    for (int32_t i = 0; i < n; i++) {
        ast_node *elt = elts->items[i];
        if (elt->kind == AST_Starred) {
            if (!built) {
                TRY(cc_emit(c, build, i + pushed, loc));
                built = true;
            }
            TRY(cc_expr(c, elt->v.Starred.value));
            TRY(cc_emit(c, extend, 1, loc));
        } else {
            TRY(cc_expr(c, elt));
            if (built) TRY(cc_emit(c, add, 1, loc));
        }
    }
    if (injected) {
        TRY(cc_nameop(c, loc, injected, AST_Load));
        TRY(cc_emit(c, add, 1, loc));
    }
    if (tuple) TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc));
    return 0;
}

int cc_unpack_helper(cc_c *c, cc_pos loc, ast_seq *elts)
{
    int32_t n = ast_seq_len(elts);
    bool seen_star = false;
    for (int32_t i = 0; i < n; i++) {
        ast_node *elt = elts->items[i];
        if (elt->kind == AST_Starred && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
                return cc_error(c, loc, "too many expressions in star-unpacking assignment");
            TRY(cc_emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8), loc));
            seen_star = true;
        } else if (elt->kind == AST_Starred) {
            return cc_error(c, loc, "multiple starred expressions in assignment");
        }
    }
    if (!seen_star) TRY(cc_emit(c, OP_UNPACK_SEQUENCE, n, loc));
    return 0;
}

static int assignment_helper(cc_c *c, cc_pos loc, ast_seq *elts)
{
    TRY(cc_unpack_helper(c, loc, elts));
    for (int32_t i = 0; i < ast_seq_len(elts); i++) {
        ast_node *elt = elts->items[i];
        TRY(cc_expr(c, elt->kind == AST_Starred ? elt->v.Starred.value : elt));
    }
    return 0;
}

/* A list or set display of 3 to 30 constants: BUILD 0, LOAD_CONST tuple /
 * frozenset, EXTEND (CPython's optimize_lists_and_sets). */
static int const_sequence(cc_c *c, ast_node *e, ast_seq *elts, bool set)
{
    int32_t n = ast_seq_len(elts);
    if (n < 3 || n > STACK_USE_GUIDELINE) return 0;
    for (int32_t i = 0; i < n; i++) {
        ast_node *x = elts->items[i];
        if (x->kind != AST_Constant && x->kind != AST_Tuple && x->kind != AST_UnaryOp) return 0;
    }
    cc_const *items = ar_alloc(c->out, (size_t)n * sizeof *items);
    if (!items) return cc_oom(c);
    for (int32_t i = 0; i < n; i++) {
        int r = cc_const_of(c, elts->items[i], &items[i]);
        if (r <= 0) return r;
    }
    if (set) {
        /* drop duplicates (a frozenset constant) */
        int32_t m = 0;
        for (int32_t i = 0; i < n; i++) {
            bool dup = false;
            for (int32_t j = 0; j < m; j++)
                if (cc_const_eq(&items[j], &items[i])) dup = true;
            /* 1 == 1.0 == True: such mixes are left to the runtime */
            for (int32_t j = 0; j < m; j++)
                if (items[j].kind != items[i].kind &&
                    (items[i].kind == CC_INT || items[i].kind == CC_FLOAT ||
                     items[i].kind == CC_TRUE || items[i].kind == CC_FALSE ||
                     items[i].kind == CC_COMPLEX || items[i].kind == CC_BIGINT))
                    return 0;
            if (!dup) items[m++] = items[i];
        }
        n = m;
    }
    cc_const t;
    memset(&t, 0, sizeof t);
    t.kind = set ? CC_FROZENSET : CC_TUPLE;
    t.v.seq.items = items;
    t.v.seq.nitems = n;
    cc_pos loc = cc_loc(e);
    TRY(cc_emit(c, set ? OP_BUILD_SET : OP_BUILD_LIST, 0, loc));
    TRY(cc_load_const(c, &t, loc));
    TRY(cc_emit(c, set ? OP_SET_UPDATE : OP_LIST_EXTEND, 1, loc));
    return 1;
}

static int subdict(cc_c *c, ast_node *e, int32_t begin, int32_t end)
{
    int32_t n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    cc_pos loc = cc_loc(e);
    if (big) TRY(cc_emit(c, OP_BUILD_MAP, 0, loc));
    for (int32_t i = begin; i < end; i++) {
        TRY(cc_expr(c, e->v.Dict.keys->items[i]));
        TRY(cc_expr(c, e->v.Dict.values->items[i]));
        if (big) TRY(cc_emit(c, OP_MAP_ADD, 1, loc));
    }
    if (!big) TRY(cc_emit(c, OP_BUILD_MAP, n, loc));
    return 0;
}

static int dict_display(cc_c *c, ast_node *e)
{
    cc_pos loc = cc_loc(e);
    int32_t n = ast_seq_len(e->v.Dict.values);
    bool have_dict = false;
    int32_t elements = 0;
    for (int32_t i = 0; i < n; i++) {
        bool unpacking = e->v.Dict.keys->items[i] == NULL;
        if (unpacking) {
            if (elements) {
                TRY(subdict(c, e, i - elements, i));
                if (have_dict) TRY(cc_emit(c, OP_DICT_UPDATE, 1, loc));
                have_dict = true;
                elements = 0;
            }
            if (!have_dict) {
                TRY(cc_emit(c, OP_BUILD_MAP, 0, loc));
                have_dict = true;
            }
            TRY(cc_expr(c, e->v.Dict.values->items[i]));
            TRY(cc_emit(c, OP_DICT_UPDATE, 1, loc));
        } else {
            if (elements * 2 > STACK_USE_GUIDELINE) {
                TRY(subdict(c, e, i - elements, i + 1));
                if (have_dict) TRY(cc_emit(c, OP_DICT_UPDATE, 1, loc));
                have_dict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
    }
    if (elements) {
        TRY(subdict(c, e, n - elements, n));
        if (have_dict) TRY(cc_emit(c, OP_DICT_UPDATE, 1, loc));
        have_dict = true;
    }
    if (!have_dict) TRY(cc_emit(c, OP_BUILD_MAP, 0, loc));
    return 0;
}

static int compare(cc_c *c, ast_node *e)
{
    cc_pos loc = cc_loc(e);
    TRY(cc_expr(c, e->v.Compare.left));
    int32_t n = ast_seq_len(e->v.Compare.ops) - 1;
    if (n == 0) {
        TRY(cc_expr(c, e->v.Compare.comparators->items[0]));
        return addcompare(c, loc, cmpop_at(e, 0));
    }
    int32_t cleanup = cc_new_block(c);
    if (cleanup < 0) return -1;
    for (int32_t i = 0; i < n; i++) {
        TRY(cc_expr(c, e->v.Compare.comparators->items[i]));
        TRY(cc_emit(c, OP_SWAP, 2, loc));
        TRY(cc_emit(c, OP_COPY, 2, loc));
        TRY(addcompare(c, loc, cmpop_at(e, i)));
        TRY(cc_emit(c, OP_COPY, 1, loc));
        TRY(cc_emit(c, OP_TO_BOOL, 0, loc));
        TRY(cc_emit_jump(c, OP_POP_JUMP_IF_FALSE, cleanup, loc));
        TRY(cc_emit(c, OP_POP_TOP, 0, loc));
    }
    TRY(cc_expr(c, e->v.Compare.comparators->items[n]));
    TRY(addcompare(c, loc, cmpop_at(e, n)));
    int32_t end = cc_new_block(c);
    if (end < 0) return -1;
    TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
    cc_use_block(c, cleanup);
    TRY(cc_emit(c, OP_SWAP, 2, loc));
    TRY(cc_emit(c, OP_POP_TOP, 0, loc));
    cc_use_block(c, end);
    return 0;
}

static int boolop(cc_c *c, ast_node *e)
{
    cc_pos loc = cc_loc(e);
    int jump = e->v.BoolOp.op == AST_And ? OP_POP_JUMP_IF_FALSE : OP_POP_JUMP_IF_TRUE;
    int32_t end = cc_new_block(c);
    if (end < 0) return -1;
    ast_seq *s = e->v.BoolOp.values;
    int32_t n = s->n - 1;
    for (int32_t i = 0; i < n; i++) {
        TRY(cc_expr(c, s->items[i]));
        /* CPython's JUMP_IF_FALSE/TRUE pseudo-ops: COPY 1, TO_BOOL, POP_JUMP */
        TRY(cc_emit(c, OP_COPY, 1, loc));
        TRY(cc_emit(c, OP_TO_BOOL, 0, loc));
        TRY(cc_emit_jump(c, jump, end, loc));
        TRY(cc_emit(c, OP_POP_TOP, 0, loc));
    }
    TRY(cc_expr(c, s->items[n]));
    cc_use_block(c, end);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Calls */

int cc_check_keywords(cc_c *c, ast_seq *keywords)
{
    int32_t n = ast_seq_len(keywords);
    for (int32_t i = 0; i < n; i++) {
        ast_node *k = keywords->items[i];
        if (!k->v.keyword.arg) continue;
        for (int32_t j = i + 1; j < n; j++) {
            ast_node *o = keywords->items[j];
            if (o->v.keyword.arg && !strcmp(k->v.keyword.arg, o->v.keyword.arg))
                return cc_error(c, cc_loc(o), "keyword argument repeated: %s", k->v.keyword.arg);
        }
    }
    return 0;
}

static int kwnames_const(cc_c *c, cc_pos loc, ast_seq *keywords, int32_t n)
{
    cc_const *items = ar_alloc(c->out, (size_t)(n ? n : 1) * sizeof *items);
    if (!items) return cc_oom(c);
    for (int32_t i = 0; i < n; i++) {
        ast_node *k = keywords->items[i];
        const char *s = cc_strdup_out(c, k->v.keyword.arg);
        if (!s) return -1;
        items[i] = cc_k_str(s);
    }
    cc_const t;
    memset(&t, 0, sizeof t);
    t.kind = CC_TUPLE;
    t.v.seq.items = items;
    t.v.seq.nitems = n;
    return cc_load_const(c, &t, loc);
}

static int subkwargs(cc_c *c, cc_pos loc, ast_seq *keywords, int32_t begin, int32_t end)
{
    int32_t n = end - begin;
    bool big = n * 2 > STACK_USE_GUIDELINE;
    if (big) TRY(cc_emit(c, OP_BUILD_MAP, 0, CC_NO_LOCATION));
    for (int32_t i = begin; i < end; i++) {
        ast_node *k = keywords->items[i];
        const char *s = cc_strdup_out(c, k->v.keyword.arg);
        if (!s) return -1;
        TRY(cc_load_str(c, s, loc));
        TRY(cc_expr(c, k->v.keyword.value));
        if (big) TRY(cc_emit(c, OP_MAP_ADD, 1, CC_NO_LOCATION));
    }
    if (!big) TRY(cc_emit(c, OP_BUILD_MAP, n, loc));
    return 0;
}

int cc_call_helper(cc_c *c, cc_pos loc, int n, ast_seq *args, const char *injected,
                   ast_seq *keywords)
{
    TRY(cc_check_keywords(c, keywords));
    int32_t nelts = ast_seq_len(args), nkw = ast_seq_len(keywords);
    bool ex = nelts + nkw * 2 > STACK_USE_GUIDELINE;
    for (int32_t i = 0; i < nelts && !ex; i++)
        if (((ast_node *)args->items[i])->kind == AST_Starred) ex = true;
    for (int32_t i = 0; i < nkw && !ex; i++)
        if (!((ast_node *)keywords->items[i])->v.keyword.arg) ex = true;
    if (!ex) {
        for (int32_t i = 0; i < nelts; i++) TRY(cc_expr(c, args->items[i]));
        if (injected) {
            TRY(cc_nameop(c, loc, injected, AST_Load));
            nelts++;
        }
        if (nkw) {
            for (int32_t i = 0; i < nkw; i++)
                TRY(cc_expr(c, ((ast_node *)keywords->items[i])->v.keyword.value));
            TRY(kwnames_const(c, loc, keywords, nkw));
            return cc_emit(c, OP_CALL_KW, n + nelts + nkw, loc);
        }
        return cc_emit(c, OP_CALL, n + nelts, loc);
    }
    if (n == 0 && nelts == 1 && ((ast_node *)args->items[0])->kind == AST_Starred && !injected) {
        TRY(cc_expr(c, ((ast_node *)args->items[0])->v.Starred.value));
    } else {
        TRY(starunpack_helper(c, loc, args, injected, n, OP_BUILD_LIST, OP_LIST_APPEND,
                              OP_LIST_EXTEND, 1));
    }
    if (nkw) {
        bool have_dict = false;
        int32_t nseen = 0;
        for (int32_t i = 0; i < nkw; i++) {
            ast_node *k = keywords->items[i];
            if (!k->v.keyword.arg) {
                if (nseen) {
                    TRY(subkwargs(c, loc, keywords, i - nseen, i));
                    if (have_dict) TRY(cc_emit(c, OP_DICT_MERGE, 1, loc));
                    have_dict = true;
                    nseen = 0;
                }
                if (!have_dict) {
                    TRY(cc_emit(c, OP_BUILD_MAP, 0, loc));
                    have_dict = true;
                }
                TRY(cc_expr(c, k->v.keyword.value));
                TRY(cc_emit(c, OP_DICT_MERGE, 1, loc));
            } else {
                nseen++;
            }
        }
        if (nseen) {
            TRY(subkwargs(c, loc, keywords, nkw - nseen, nkw));
            if (have_dict) TRY(cc_emit(c, OP_DICT_MERGE, 1, loc));
        }
    } else {
        TRY(cc_emit(c, OP_PUSH_NULL, 0, loc));
    }
    return cc_emit(c, OP_CALL_FUNCTION_EX, 0, loc);
}

static bool is_import_originated(cc_c *c, ast_node *e)
{
    if (e->kind != AST_Name) return false;
    return (st_flags(st_top(c->st), e->v.Name.id) & ST_DEF_IMPORT) != 0;
}

static bool can_optimize_super_call(cc_c *c, ast_node *attr)
{
    ast_node *e = attr->v.Attribute.value;
    if (e->kind != AST_Call || e->v.Call.func->kind != AST_Name ||
        strcmp(e->v.Call.func->v.Name.id, "super") ||
        !strcmp(attr->v.Attribute.attr, "__class__") || ast_seq_len(e->v.Call.keywords))
        return false;
    int32_t nargs = ast_seq_len(e->v.Call.args);
    if (cc_scope_of(c, "super", NULL) != ST_GLOBAL_IMPLICIT) return false;
    if (st_scope(st_top(c->st), "super") != ST_SCOPE_NONE) return false;
    if (nargs == 2) {
        for (int32_t i = 0; i < 2; i++)
            if (((ast_node *)e->v.Call.args->items[i])->kind == AST_Starred) return false;
        return true;
    }
    if (nargs != 0) return false;
    if (c->u->argcount == 0 && c->u->posonlyargcount == 0) return false;
    if (c->u->varnames.n == 0) return false;
    return cc_scope_of(c, "__class__", NULL) == ST_FREE;
}

static int load_args_for_super(cc_c *c, ast_node *e)
{
    cc_pos loc = cc_loc(e);
    TRY(cc_nameop(c, cc_loc(e->v.Call.func), e->v.Call.func->v.Name.id, AST_Load));
    if (ast_seq_len(e->v.Call.args) == 2) {
        TRY(cc_expr(c, e->v.Call.args->items[0]));
        return cc_expr(c, e->v.Call.args->items[1]);
    }
    TRY(cc_nameop(c, loc, "__class__", AST_Load));
    return cc_nameop(c, loc, c->u->varnames.s[0], AST_Load);
}

static int load_super_attr(cc_c *c, cc_pos loc, ast_node *attr, bool method)
{
    ast_node *call = attr->v.Attribute.value;
    const char *m = cc_mangle(c, attr->v.Attribute.attr);
    if (!m) return -1;
    int32_t i = cc_name_index(c, m);
    if (i < 0) return -1;
    int32_t arg = (i << 2) | (method ? 1 : 0) | (ast_seq_len(call->v.Call.args) ? 2 : 0);
    return cc_emit(c, OP_LOAD_SUPER_ATTR, arg, loc);
}

static int load_attr(cc_c *c, cc_pos loc, const char *attr, bool method)
{
    const char *m = cc_mangle(c, attr);
    if (!m) return -1;
    int32_t i = cc_name_index(c, m);
    if (i < 0) return -1;
    return cc_emit(c, OP_LOAD_ATTR, (i << 1) | (method ? 1 : 0), loc);
}

static int maybe_optimize_method_call(cc_c *c, ast_node *e)
{
    ast_node *meth = e->v.Call.func;
    ast_seq *args = e->v.Call.args, *kwds = e->v.Call.keywords;
    if (meth->kind != AST_Attribute || meth->v.Attribute.ctx != AST_Load) return 0;
    if (is_import_originated(c, meth->v.Attribute.value)) return 0;
    int32_t argsl = ast_seq_len(args), kwdsl = ast_seq_len(kwds);
    if (argsl + kwdsl + (kwdsl != 0) >= STACK_USE_GUIDELINE) return 0;
    for (int32_t i = 0; i < argsl; i++)
        if (((ast_node *)args->items[i])->kind == AST_Starred) return 0;
    for (int32_t i = 0; i < kwdsl; i++)
        if (!((ast_node *)kwds->items[i])->v.keyword.arg) return 0;
    cc_pos loc = cc_loc(meth);
    if (can_optimize_super_call(c, meth)) {
        TRY(load_args_for_super(c, meth->v.Attribute.value));
        TRY(load_super_attr(c, loc, meth, true));
        loc = match_attr_loc(loc, meth);
        TRY(cc_emit(c, OP_NOP, 0, loc));
    } else {
        TRY(cc_expr(c, meth->v.Attribute.value));
        loc = match_attr_loc(loc, meth);
        TRY(load_attr(c, loc, meth->v.Attribute.attr, true));
    }
    for (int32_t i = 0; i < argsl; i++) TRY(cc_expr(c, args->items[i]));
    if (kwdsl) {
        for (int32_t i = 0; i < kwdsl; i++)
            TRY(cc_expr(c, ((ast_node *)kwds->items[i])->v.keyword.value));
        TRY(kwnames_const(c, loc, kwds, kwdsl));
        loc = match_attr_loc(cc_loc(e), meth);
        TRY(cc_emit(c, OP_CALL_KW, argsl + kwdsl, loc));
    } else {
        loc = match_attr_loc(cc_loc(e), meth);
        TRY(cc_emit(c, OP_CALL, argsl, loc));
    }
    return 1;
}

static int call(cc_c *c, ast_node *e)
{
    TRY(cc_check_keywords(c, e->v.Call.keywords));
    int r = maybe_optimize_method_call(c, e);
    if (r < 0) return -1;
    if (r) return 0;
    TRY(cc_expr(c, e->v.Call.func));
    ast_node *f = e->v.Call.func;
    /* a global name load carries its NULL (LOAD_GLOBAL oparg & 1) */
    cc_block *b = &c->u->blocks[c->u->cur];
    if (f->kind == AST_Name && b->n && b->ins[b->n - 1].op == OP_LOAD_GLOBAL &&
        !(b->ins[b->n - 1].arg & 1)) {
        b->ins[b->n - 1].arg |= 1;
    } else {
        TRY(cc_emit(c, OP_PUSH_NULL, 0, cc_loc(f)));
    }
    return cc_call_helper(c, cc_loc(e), 0, e->v.Call.args, NULL, e->v.Call.keywords);
}

/* ------------------------------------------------------------------ */
/* f-strings and t-strings */

static int conversion_arg(cc_c *c, cc_pos loc, int conv)
{
    switch (conv) {
    case 's': return FVC_STR;
    case 'r': return FVC_REPR;
    case 'a': return FVC_ASCII;
    }
    return cc_error(c, loc, "internal error: unrecognized conversion character %d", conv);
}

static int formatted_value(cc_c *c, ast_node *e)
{
    TRY(cc_expr(c, e->v.FormattedValue.value));
    cc_pos loc = cc_loc(e);
    int conv = e->v.FormattedValue.conversion;
    if (conv != -1) {
        int a = conversion_arg(c, loc, conv);
        if (a < 0) return -1;
        TRY(cc_emit(c, OP_CONVERT_VALUE, a, loc));
    }
    if (e->v.FormattedValue.format_spec) {
        TRY(cc_expr(c, e->v.FormattedValue.format_spec));
        return cc_emit(c, OP_FORMAT_WITH_SPEC, 0, loc);
    }
    return cc_emit(c, OP_FORMAT_SIMPLE, 0, loc);
}

static int joined_str(cc_c *c, ast_node *e)
{
    cc_pos loc = cc_loc(e);
    ast_seq *vals = e->v.JoinedStr.values;
    int32_t n = ast_seq_len(vals);
    if (n > STACK_USE_GUIDELINE) {
        TRY(cc_load_str(c, "", loc));
        TRY(load_attr(c, loc, "join", true));
        TRY(cc_emit(c, OP_BUILD_LIST, 0, loc));
        for (int32_t i = 0; i < n; i++) {
            TRY(cc_expr(c, vals->items[i]));
            TRY(cc_emit(c, OP_LIST_APPEND, 1, loc));
        }
        return cc_emit(c, OP_CALL, 1, loc);
    }
    for (int32_t i = 0; i < n; i++) TRY(cc_expr(c, vals->items[i]));
    if (n > 1) return cc_emit(c, OP_BUILD_STRING, n, loc);
    if (n == 0) return cc_load_str(c, "", loc);
    return 0;
}

static int interpolation(cc_c *c, ast_node *e)
{
    cc_pos loc = cc_loc(e);
    TRY(cc_expr(c, e->v.Interpolation.value));
    cc_const k;
    TRY(ast_to_const(c, &e->v.Interpolation.str, &k));
    TRY(cc_load_const(c, &k, loc));
    int oparg = 2;
    if (e->v.Interpolation.format_spec) {
        oparg++;
        TRY(cc_expr(c, e->v.Interpolation.format_spec));
    }
    int conv = e->v.Interpolation.conversion;
    if (conv != -1) {
        int a = conversion_arg(c, loc, conv);
        if (a < 0) return -1;
        oparg |= a << 2;
    }
    return cc_emit(c, OP_BUILD_INTERPOLATION, oparg, loc);
}

static int template_str(cc_c *c, ast_node *e)
{
    cc_pos loc = cc_loc(e);
    ast_seq *vals = e->v.TemplateStr.values;
    int32_t n = ast_seq_len(vals);
    bool last_interp = true;
    int32_t nstrings = 0;
    for (int32_t i = 0; i < n; i++) {
        ast_node *v = vals->items[i];
        if (v->kind == AST_Interpolation) {
            if (last_interp) {
                TRY(cc_load_str(c, "", loc));
                nstrings++;
            }
            last_interp = true;
        } else {
            TRY(cc_expr(c, v));
            int32_t j;
            for (j = i + 1; j < n; j++) {
                ast_node *w = vals->items[j];
                if (w->kind == AST_Interpolation) break;
                TRY(cc_expr(c, w));
                TRY(addop_binary(c, loc, AST_Add, true));
            }
            i = j - 1;
            nstrings++;
            last_interp = false;
        }
    }
    if (last_interp) {
        TRY(cc_load_str(c, "", loc));
        nstrings++;
    }
    TRY(cc_emit(c, OP_BUILD_TUPLE, nstrings, loc));
    int32_t ninterp = 0;
    for (int32_t i = 0; i < n; i++) {
        ast_node *v = vals->items[i];
        if (v->kind == AST_Interpolation) {
            TRY(cc_expr(c, v));
            ninterp++;
        }
    }
    TRY(cc_emit(c, OP_BUILD_TUPLE, ninterp, loc));
    return cc_emit(c, OP_BUILD_TEMPLATE, 0, loc);
}

/* ------------------------------------------------------------------ */
/* yield, yield from, await */

int cc_add_yield_from(cc_c *c, cc_pos loc, int await)
{
    int32_t send = cc_new_block(c), fail = cc_new_block(c), exit = cc_new_block(c);
    if (send < 0 || fail < 0 || exit < 0) return -1;
    cc_use_block(c, send);
    TRY(cc_emit_jump(c, OP_SEND, exit, loc));
    TRY(cc_emit_jump(c, PS_SETUP_FINALLY, fail, loc));
    TRY(cc_emit(c, OP_YIELD_VALUE, 1, loc));
    TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, loc));
    TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, send, loc));
    cc_use_block(c, fail);
    TRY(cc_emit(c, OP_CLEANUP_THROW, 0, loc));
    cc_use_block(c, exit);
    return cc_emit(c, OP_END_SEND, 0, loc);
}

static int addop_yield(cc_c *c, cc_pos loc)
{
    st_block *ste = c->u->ste;
    if (ste->generator && ste->coroutine)
        TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc));
    TRY(cc_emit(c, OP_YIELD_VALUE, 0, loc));
    return cc_emit(c, OP_RESUME, RESUME_AFTER_YIELD, loc);
}

/* ------------------------------------------------------------------ */
/* Comprehensions */

typedef struct inline_state {
    const char **pushed;
    int32_t npushed;
    int32_t cleanup;
    int32_t saved_overrides;
    const char **hidden;        /* names made fast-hidden here */
    int32_t nhidden;
} inline_state;

static int comprehension_generator(cc_c *c, cc_pos loc, ast_seq *gens, int32_t gi, int depth,
                                   ast_node *elt, ast_node *val, int type, bool iter_on_stack);

static int sync_comprehension_generator(cc_c *c, cc_pos loc, ast_seq *gens, int32_t gi,
                                        int depth, ast_node *elt, ast_node *val, int type,
                                        bool iter_on_stack)
{
    int32_t start = cc_new_block(c), if_cleanup = cc_new_block(c), anchor = cc_new_block(c);
    if (start < 0 || if_cleanup < 0 || anchor < 0) return -1;
    ast_node *gen = gens->items[gi];
    ast_node *iter = gen->v.comprehension.iter;
    if (!iter_on_stack) {
        if (gi == 0) {
            TRY(cc_emit(c, OP_LOAD_FAST, 0, loc));
        } else {
            ast_seq *elts = NULL;
            if (iter->kind == AST_List) elts = iter->v.List.elts;
            else if (iter->kind == AST_Tuple) elts = iter->v.Tuple.elts;
            if (ast_seq_len(elts) == 1 && ((ast_node *)elts->items[0])->kind != AST_Starred) {
                TRY(cc_expr(c, elts->items[0]));
                start = -1;
            }
            if (start >= 0) {
                TRY(cc_expr(c, iter));
                TRY(cc_emit(c, OP_GET_ITER, 0, cc_loc(iter)));
            }
        }
    }
    if (start >= 0) {
        depth++;
        cc_use_block(c, start);
        TRY(cc_emit_jump(c, OP_FOR_ITER, anchor, cc_loc(iter)));
    }
    TRY(cc_expr(c, gen->v.comprehension.target));
    for (int32_t i = 0; i < ast_seq_len(gen->v.comprehension.ifs); i++)
        TRY(cc_jump_if(c, loc, gen->v.comprehension.ifs->items[i], if_cleanup, 0));
    if (++gi < ast_seq_len(gens))
        TRY(comprehension_generator(c, loc, gens, gi, depth, elt, val, type, false));
    cc_pos elt_loc = cc_loc(elt);
    if (gi >= ast_seq_len(gens)) {
        switch (type) {
        case COMP_GENEXP:
            TRY(cc_expr(c, elt));
            TRY(addop_yield(c, elt_loc));
            TRY(cc_emit(c, OP_POP_TOP, 0, elt_loc));
            break;
        case COMP_LISTCOMP:
            TRY(cc_expr(c, elt));
            TRY(cc_emit(c, OP_LIST_APPEND, depth + 1, elt_loc));
            break;
        case COMP_SETCOMP:
            TRY(cc_expr(c, elt));
            TRY(cc_emit(c, OP_SET_ADD, depth + 1, elt_loc));
            break;
        default:
            TRY(cc_expr(c, elt));
            TRY(cc_expr(c, val));
            elt_loc.end_lineno = val->end_lineno;
            elt_loc.end_col = val->end_col_offset;
            TRY(cc_emit(c, OP_MAP_ADD, depth + 1, elt_loc));
            break;
        }
    }
    cc_use_block(c, if_cleanup);
    if (start >= 0) {
        TRY(cc_emit_jump(c, PS_JUMP, start, elt_loc));
        cc_use_block(c, anchor);
    }
    return 0;
}

static int async_comprehension_generator(cc_c *c, cc_pos loc, ast_seq *gens, int32_t gi,
                                         int depth, ast_node *elt, ast_node *val, int type,
                                         bool iter_on_stack)
{
    int32_t start = cc_new_block(c), send = cc_new_block(c), except = cc_new_block(c),
            if_cleanup = cc_new_block(c);
    if (start < 0 || send < 0 || except < 0 || if_cleanup < 0) return -1;
    ast_node *gen = gens->items[gi];
    if (!iter_on_stack) {
        if (gi == 0) {
            TRY(cc_emit(c, OP_LOAD_FAST, 0, loc));
        } else {
            TRY(cc_expr(c, gen->v.comprehension.iter));
            TRY(cc_emit(c, OP_GET_AITER, 0, cc_loc(gen->v.comprehension.iter)));
        }
    }
    cc_use_block(c, start);
    TRY(cc_push_fblock(c, loc, FB_ASYNC_COMPREHENSION_GENERATOR, start, -1, NULL));
    TRY(cc_emit_jump(c, PS_SETUP_FINALLY, except, loc));
    TRY(cc_emit(c, OP_GET_ANEXT, 0, loc));
    TRY(cc_load_none(c, loc));
    cc_use_block(c, send);
    TRY(cc_add_yield_from(c, loc, 1));
    TRY(cc_emit(c, PS_POP_BLOCK, 0, loc));
    TRY(cc_expr(c, gen->v.comprehension.target));
    for (int32_t i = 0; i < ast_seq_len(gen->v.comprehension.ifs); i++)
        TRY(cc_jump_if(c, loc, gen->v.comprehension.ifs->items[i], if_cleanup, 0));
    depth++;
    if (++gi < ast_seq_len(gens))
        TRY(comprehension_generator(c, loc, gens, gi, depth, elt, val, type, false));
    cc_pos elt_loc = cc_loc(elt);
    if (gi >= ast_seq_len(gens)) {
        switch (type) {
        case COMP_GENEXP:
            TRY(cc_expr(c, elt));
            TRY(addop_yield(c, elt_loc));
            TRY(cc_emit(c, OP_POP_TOP, 0, elt_loc));
            break;
        case COMP_LISTCOMP:
            TRY(cc_expr(c, elt));
            TRY(cc_emit(c, OP_LIST_APPEND, depth + 1, elt_loc));
            break;
        case COMP_SETCOMP:
            TRY(cc_expr(c, elt));
            TRY(cc_emit(c, OP_SET_ADD, depth + 1, elt_loc));
            break;
        default:
            TRY(cc_expr(c, elt));
            TRY(cc_expr(c, val));
            elt_loc.end_lineno = val->end_lineno;
            elt_loc.end_col = val->end_col_offset;
            TRY(cc_emit(c, OP_MAP_ADD, depth + 1, elt_loc));
            break;
        }
    }
    cc_use_block(c, if_cleanup);
    TRY(cc_emit_jump(c, PS_JUMP, start, elt_loc));
    cc_pop_fblock(c);
    cc_use_block(c, except);
    return cc_emit(c, OP_END_ASYNC_FOR, 0, loc);
}

static int comprehension_generator(cc_c *c, cc_pos loc, ast_seq *gens, int32_t gi, int depth,
                                   ast_node *elt, ast_node *val, int type, bool iter_on_stack)
{
    ast_node *gen = gens->items[gi];
    if (gen->v.comprehension.is_async)
        return async_comprehension_generator(c, loc, gens, gi, depth, elt, val, type, iter_on_stack);
    return sync_comprehension_generator(c, loc, gens, gi, depth, elt, val, type, iter_on_stack);
}

static int push_override(cc_c *c, const char *name, uint32_t flags, uint32_t scope)
{
    cc_u *u = c->u;
    if (cc_grow(c, (void **)&u->overrides, &u->capoverrides, u->noverrides + 1,
                sizeof *u->overrides) < 0)
        return -1;
    cc_override *o = &u->overrides[u->noverrides++];
    o->name = name;
    o->flags = flags;
    o->scope = scope;
    return 0;
}

static int push_inlined_comprehension_state(cc_c *c, cc_pos loc, st_block *comp, inline_state *st)
{
    cc_u *u = c->u;
    bool in_class_block = u->ste->kind == ST_CLASS_BLOCK && !u->in_inlined_comp;
    u->in_inlined_comp++;
    st->saved_overrides = u->noverrides;
    int32_t ns = comp->nsymbols;
    st->pushed = cc_alloc(c, (size_t)(ns ? ns : 1) * sizeof *st->pushed);
    st->hidden = cc_alloc(c, (size_t)(ns ? ns : 1) * sizeof *st->hidden);
    if (!st->pushed || !st->hidden) return -1;
    /* tweak scopes (_PyCompile_TweakInlinedComprehensionScopes) */
    for (int32_t i = 0; i < ns; i++) {
        const st_symbol *sym = &comp->symbols[i];
        uint32_t symbol = sym->flags;
        int scope = (int)sym->scope;
        if (symbol & ST_DEF_PARAM) continue;    /* .0: dropped when inlined */
        uint32_t outflags;
        int outsc = cc_scope_of(c, sym->name, &outflags);
        if ((scope != outsc && scope != ST_FREE && !(scope == ST_CELL && outsc == ST_FREE)) ||
            in_class_block)
            TRY(push_override(c, sym->name, symbol, (uint32_t)scope));
        if (((symbol & ST_DEF_LOCAL) && !(symbol & ST_DEF_NONLOCAL)) || in_class_block) {
            if (!cc_is_function_like(u)) {
                int32_t vi = cc_varname_index(c, sym->name);
                if (vi < 0) return -1;
                if (u->hidden[vi] != 1) {
                    u->hidden[vi] = 1;
                    st->hidden[st->nhidden++] = sym->name;
                }
            }
        }
    }
    /* push the outer values of the names bound here */
    for (int32_t i = 0; i < ns; i++) {
        const st_symbol *sym = &comp->symbols[i];
        uint32_t symbol = sym->flags;
        int scope = (int)sym->scope;
        if (symbol & ST_DEF_PARAM) continue;    /* .0: dropped when inlined */
        /* the outer scope as it was before the tweak */
        int outsc = ST_SCOPE_NONE;
        bool found = false;
        for (int32_t j = st->saved_overrides; j-- > 0;) {
            if (!strcmp(u->overrides[j].name, sym->name)) {
                outsc = (int)u->overrides[j].scope;
                found = true;
                break;
            }
        }
        if (!found) outsc = st_scope(u->ste, sym->name);
        if (((symbol & ST_DEF_LOCAL) && !(symbol & ST_DEF_NONLOCAL)) || in_class_block) {
            int32_t vi = cc_varname_index(c, sym->name);
            if (vi < 0) return -1;
            TRY(cc_emit(c, OP_LOAD_FAST_AND_CLEAR, vi, loc));
            if (scope == ST_CELL) {
                int32_t di = outsc == ST_FREE ? cc_free_index(u, sym->name)
                                              : cc_cell_index(u, sym->name);
                if (di < 0) return cc_error(c, loc, "internal error: no cell for '%s'", sym->name);
                TRY(cc_emit(c, OP_MAKE_CELL, di, loc));
            }
            st->pushed[st->npushed++] = sym->name;
        }
    }
    if (st->npushed) {
        TRY(cc_emit(c, OP_SWAP, st->npushed + 1, loc));
        st->cleanup = cc_new_block(c);
        if (st->cleanup < 0) return -1;
        TRY(cc_emit_jump(c, PS_SETUP_FINALLY, st->cleanup, loc));
    }
    return 0;
}

static int restore_inlined_locals(cc_c *c, cc_pos loc, inline_state *st)
{
    TRY(cc_emit(c, OP_SWAP, st->npushed + 1, loc));
    for (int32_t i = st->npushed - 1; i >= 0; i--) {
        int32_t vi = cc_varname_index(c, st->pushed[i]);
        if (vi < 0) return -1;
        TRY(cc_emit(c, PS_STORE_FAST_MAYBE_NULL, vi, loc));
    }
    return 0;
}

static int pop_inlined_comprehension_state(cc_c *c, cc_pos loc, inline_state *st)
{
    cc_u *u = c->u;
    if (st->npushed) {
        TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
        int32_t end = cc_new_block(c);
        if (end < 0) return -1;
        TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
        cc_use_block(c, st->cleanup);
        TRY(cc_emit(c, OP_SWAP, 2, CC_NO_LOCATION));
        TRY(cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION));
        TRY(restore_inlined_locals(c, loc, st));
        TRY(cc_emit(c, OP_RERAISE, 0, CC_NO_LOCATION));
        cc_use_block(c, end);
        TRY(restore_inlined_locals(c, loc, st));
    }
    u->in_inlined_comp--;
    u->noverrides = st->saved_overrides;
    for (int32_t i = 0; i < st->nhidden; i++) {
        int32_t vi = cc_strtab_find(&u->varnames, st->hidden[i]);
        if (vi >= 0) u->hidden[vi] = 2;
    }
    return 0;
}

static int comprehension(cc_c *c, ast_node *e, int type, const char *name, ast_seq *gens,
                         ast_node *elt, ast_node *val)
{
    st_block *entry = st_block_of(c->st, e);
    if (!entry) return cc_error(c, cc_loc(e), "internal error: no comprehension scope");
    bool inlined = entry->comp_inlined;
    bool is_async = entry->coroutine;
    cc_pos loc = cc_loc(e);
    ast_node *outermost = gens->items[0];
    bool outer_async = outermost->v.comprehension.is_async;
    inline_state st;
    memset(&st, 0, sizeof st);
    if (inlined) {
        TRY(cc_expr(c, outermost->v.comprehension.iter));
        TRY(cc_emit(c, outer_async ? OP_GET_AITER : OP_GET_ITER, 0, loc));
        TRY(push_inlined_comprehension_state(c, loc, entry, &st));
    } else {
        TRY(cc_enter_scope(c, name, SCOPE_COMPREHENSION, e, e->lineno, NULL, entry));
        c->u->argcount = 1;
    }
    if (type != COMP_GENEXP) {
        int op = type == COMP_LISTCOMP ? OP_BUILD_LIST : type == COMP_SETCOMP ? OP_BUILD_SET
                                                                              : OP_BUILD_MAP;
        TRY(cc_emit(c, op, 0, loc));
        if (inlined) TRY(cc_emit(c, OP_SWAP, 2, loc));
    }
    TRY(comprehension_generator(c, loc, gens, 0, 0, elt, val, type, inlined));
    if (inlined) return pop_inlined_comprehension_state(c, loc, &st);
    if (type != COMP_GENEXP) TRY(cc_emit(c, OP_RETURN_VALUE, 0, loc));
    if (type == COMP_GENEXP) {
        /* wrap in the StopIteration handler */
        cc_u *u = c->u;
        int32_t handler = cc_new_block(c);
        if (handler < 0) return -1;
        cc_block *eb = &u->blocks[u->entry];
        if (cc_grow(c, (void **)&eb->ins, &eb->cap, eb->n + 1, sizeof *eb->ins) < 0) return -1;
        memmove(eb->ins + 1, eb->ins, (size_t)eb->n * sizeof *eb->ins);
        eb->n++;
        eb->ins[0].op = PS_SETUP_CLEANUP;
        eb->ins[0].arg = 0;
        eb->ins[0].target = handler;
        eb->ins[0].pos = CC_NO_LOCATION;
        eb->ins[0].handler = -1;
        TRY(cc_load_none(c, CC_NO_LOCATION));
        TRY(cc_emit(c, OP_RETURN_VALUE, 0, CC_NO_LOCATION));
        cc_use_block(c, handler);
        TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, CC_NO_LOCATION));
        TRY(cc_emit(c, OP_RERAISE, 1, CC_NO_LOCATION));
    }
    cc_code *co;
    TRY(cc_exit_scope(c, 1, &co));
    TRY(cc_make_closure(c, loc, co, 0));
    TRY(cc_expr(c, outermost->v.comprehension.iter));
    TRY(cc_emit(c, outer_async ? OP_GET_AITER : OP_GET_ITER, 0, loc));
    TRY(cc_emit(c, OP_CALL, 0, loc));
    if (is_async && type != COMP_GENEXP) {
        TRY(cc_emit(c, OP_GET_AWAITABLE, 0, loc));
        TRY(cc_load_none(c, loc));
        TRY(cc_add_yield_from(c, loc, 1));
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Lambda */

static int lambda(cc_c *c, ast_node *e)
{
    ast_node *args = e->v.Lambda.args;
    cc_pos loc = cc_loc(e);
    int flags = 0;
    if (ast_seq_len(args->v.arguments.defaults) > 0) {
        ast_seq *d = args->v.arguments.defaults;
        for (int32_t i = 0; i < d->n; i++) TRY(cc_expr(c, d->items[i]));
        TRY(cc_emit(c, OP_BUILD_TUPLE, d->n, loc));
        flags |= MAKE_FUNCTION_DEFAULTS;
    }
    if (args->v.arguments.kwonlyargs) {
        int count = 0;
        ast_seq *kw = args->v.arguments.kwonlyargs, *kd = args->v.arguments.kw_defaults;
        for (int32_t i = 0; i < ast_seq_len(kw); i++) {
            ast_node *d = i < ast_seq_len(kd) ? kd->items[i] : NULL;
            if (!d) continue;
            count++;
            const char *m = cc_mangle(c, ((ast_node *)kw->items[i])->v.arg.arg);
            if (!m) return -1;
            TRY(cc_load_str(c, m, loc));
            TRY(cc_expr(c, d));
        }
        if (count) {
            TRY(cc_emit(c, OP_BUILD_MAP, count, loc));
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
    }
    TRY(cc_enter_scope(c, "<lambda>", SCOPE_LAMBDA, e, e->lineno, NULL, st_block_of(c->st, e)));
    cc_u *u = c->u;
    u->argcount = ast_seq_len(args->v.arguments.args) + ast_seq_len(args->v.arguments.posonlyargs);
    u->posonlyargcount = ast_seq_len(args->v.arguments.posonlyargs);
    u->kwonlyargcount = ast_seq_len(args->v.arguments.kwonlyargs);
    TRY(cc_expr(c, e->v.Lambda.body));
    cc_code *co;
    if (u->ste->generator) {
        TRY(cc_exit_scope(c, 0, &co));
    } else {
        TRY(cc_emit(c, OP_RETURN_VALUE, 0, cc_loc(e->v.Lambda.body)));
        TRY(cc_exit_scope(c, 1, &co));
    }
    return cc_make_closure(c, loc, co, flags);
}

/* ------------------------------------------------------------------ */
/* Subscripts and slices */

static bool is_constant_slice(ast_node *s)
{
    return s->kind == AST_Slice &&
           (!s->v.Slice.lower || s->v.Slice.lower->kind == AST_Constant) &&
           (!s->v.Slice.upper || s->v.Slice.upper->kind == AST_Constant) &&
           (!s->v.Slice.step || s->v.Slice.step->kind == AST_Constant);
}

bool cc_two_element_slice(ast_node *s);
bool cc_two_element_slice(ast_node *s)
{
    return !is_constant_slice(s) && s->kind == AST_Slice && !s->v.Slice.step;
}

int cc_slice_two_parts(cc_c *c, ast_node *s);
int cc_slice_two_parts(cc_c *c, ast_node *s)
{
    if (s->v.Slice.lower) TRY(cc_expr(c, s->v.Slice.lower));
    else TRY(cc_load_none(c, cc_loc(s)));
    if (s->v.Slice.upper) TRY(cc_expr(c, s->v.Slice.upper));
    else TRY(cc_load_none(c, cc_loc(s)));
    return 0;
}

static int slice(cc_c *c, ast_node *s)
{
    if (is_constant_slice(s)) {
        cc_const *items = ar_calloc(c->out, 3 * sizeof *items);
        if (!items) return cc_oom(c);
        ast_node *parts[3] = { s->v.Slice.lower, s->v.Slice.upper, s->v.Slice.step };
        for (int i = 0; i < 3; i++) {
            if (parts[i]) TRY(ast_to_const(c, &parts[i]->v.Constant.value, &items[i]));
            else items[i].kind = CC_NONE;
        }
        cc_const k;
        memset(&k, 0, sizeof k);
        k.kind = CC_SLICE;
        k.v.seq.items = items;
        k.v.seq.nitems = 3;
        return cc_load_const(c, &k, cc_loc(s));
    }
    TRY(cc_slice_two_parts(c, s));
    int n = 2;
    if (s->v.Slice.step) {
        n++;
        TRY(cc_expr(c, s->v.Slice.step));
    }
    return cc_emit(c, OP_BUILD_SLICE, n, cc_loc(s));
}

static int subscript(cc_c *c, ast_node *e)
{
    cc_pos loc = cc_loc(e);
    ast_ctx ctx = e->v.Subscript.ctx;
    TRY(cc_expr(c, e->v.Subscript.value));
    ast_node *s = e->v.Subscript.slice;
    if (cc_two_element_slice(s) && ctx != AST_Del) {
        TRY(cc_slice_two_parts(c, s));
        return cc_emit(c, ctx == AST_Load ? OP_BINARY_SLICE : OP_STORE_SLICE, 0, loc);
    }
    TRY(cc_expr(c, s));
    return cc_emit(c, ctx == AST_Load ? OP_BINARY_SUBSCR : ctx == AST_Store ? OP_STORE_SUBSCR
                                                                           : OP_DELETE_SUBSCR, 0, loc);
}

/* ------------------------------------------------------------------ */
/* Attributes */

static int maybe_add_static_attribute(cc_c *c, ast_node *e)
{
    ast_node *v = e->v.Attribute.value;
    if (v->kind != AST_Name || e->v.Attribute.ctx != AST_Store || strcmp(v->v.Name.id, "self"))
        return 0;
    for (cc_u *u = c->u->parent; u; u = u->parent) {   /* enclosing units only */
        if (u->scope_type == SCOPE_CLASS) {
            return cc_strtab_add(c, &u->static_attrs, e->v.Attribute.attr) < 0 ? -1 : 0;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* The dispatcher */

static int expr_inner(cc_c *c, ast_node *e)
{
    cc_pos loc = cc_loc(e);
    switch ((ast_kind)e->kind) {
    case AST_NamedExpr:
        TRY(cc_expr(c, e->v.NamedExpr.value));
        TRY(cc_emit(c, OP_COPY, 1, loc));
        return cc_expr(c, e->v.NamedExpr.target);
    case AST_BoolOp:
        return boolop(c, e);
    case AST_BinOp: {
        /* left spines (a + b + c ...) iteratively */
        int32_t n = 0;
        ast_node *p = e;
        while (p->kind == AST_BinOp) { n++; p = p->v.BinOp.left; }
        ast_node **chain = cc_alloc(c, (size_t)n * sizeof *chain);
        if (!chain) return -1;
        p = e;
        for (int32_t i = n - 1; i >= 0; i--) { chain[i] = p; p = p->v.BinOp.left; }
        TRY(cc_expr(c, p));
        for (int32_t i = 0; i < n; i++) {
            TRY(cc_expr(c, chain[i]->v.BinOp.right));
            TRY(addop_binary(c, cc_loc(chain[i]), chain[i]->v.BinOp.op, false));
        }
        return 0;
    }
    case AST_UnaryOp: {
        cc_const k;
        int r = cc_const_of(c, e, &k);
        if (r < 0) return -1;
        if (r) return cc_load_const(c, &k, loc);
        TRY(cc_expr(c, e->v.UnaryOp.operand));
        switch (e->v.UnaryOp.op) {
        case AST_UAdd: return cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
        case AST_Not:
            TRY(cc_emit(c, OP_TO_BOOL, 0, loc));
            return cc_emit(c, OP_UNARY_NOT, 0, loc);
        case AST_Invert: return cc_emit(c, OP_UNARY_INVERT, 0, loc);
        case AST_USub: return cc_emit(c, OP_UNARY_NEGATIVE, 0, loc);
        }
        return 0;
    }
    case AST_Lambda:
        return lambda(c, e);
    case AST_IfExp: {
        int32_t end = cc_new_block(c), next = cc_new_block(c);
        if (end < 0 || next < 0) return -1;
        TRY(cc_jump_if(c, loc, e->v.IfExp.test, next, 0));
        TRY(cc_expr(c, e->v.IfExp.body));
        TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
        cc_use_block(c, next);
        TRY(cc_expr(c, e->v.IfExp.orelse));
        cc_use_block(c, end);
        return 0;
    }
    case AST_Dict:
        return dict_display(c, e);
    case AST_Set: {
        int r = const_sequence(c, e, e->v.Set.elts, true);
        if (r) return r < 0 ? -1 : 0;
        return starunpack_helper(c, loc, e->v.Set.elts, NULL, 0, OP_BUILD_SET, OP_SET_ADD,
                                 OP_SET_UPDATE, 0);
    }
    case AST_GeneratorExp:
        return comprehension(c, e, COMP_GENEXP, "<genexpr>", e->v.GeneratorExp.generators,
                             e->v.GeneratorExp.elt, NULL);
    case AST_ListComp:
        return comprehension(c, e, COMP_LISTCOMP, "<listcomp>", e->v.ListComp.generators,
                             e->v.ListComp.elt, NULL);
    case AST_SetComp:
        return comprehension(c, e, COMP_SETCOMP, "<setcomp>", e->v.SetComp.generators,
                             e->v.SetComp.elt, NULL);
    case AST_DictComp:
        return comprehension(c, e, COMP_DICTCOMP, "<dictcomp>", e->v.DictComp.generators,
                             e->v.DictComp.key, e->v.DictComp.value);
    case AST_Yield:
        if (!cc_is_function_like(c->u)) return cc_error(c, loc, "'yield' outside function");
        if (e->v.Yield.value) TRY(cc_expr(c, e->v.Yield.value));
        else TRY(cc_load_none(c, loc));
        return addop_yield(c, loc);
    case AST_YieldFrom:
        if (!cc_is_function_like(c->u)) return cc_error(c, loc, "'yield from' outside function");
        if (c->u->scope_type == SCOPE_ASYNC_FUNCTION)
            return cc_error(c, loc, "'yield from' inside async function");
        TRY(cc_expr(c, e->v.YieldFrom.value));
        TRY(cc_emit(c, OP_GET_YIELD_FROM_ITER, 0, loc));
        TRY(cc_load_none(c, loc));
        return cc_add_yield_from(c, loc, 0);
    case AST_Await:
        TRY(cc_expr(c, e->v.Await.value));
        TRY(cc_emit(c, OP_GET_AWAITABLE, 0, loc));
        TRY(cc_load_none(c, loc));
        return cc_add_yield_from(c, loc, 1);
    case AST_Compare:
        return compare(c, e);
    case AST_Call:
        return call(c, e);
    case AST_Constant: {
        cc_const k;
        TRY(ast_to_const(c, &e->v.Constant.value, &k));
        return cc_load_const(c, &k, loc);
    }
    case AST_JoinedStr:
        return joined_str(c, e);
    case AST_TemplateStr:
        return template_str(c, e);
    case AST_FormattedValue:
        return formatted_value(c, e);
    case AST_Interpolation:
        return interpolation(c, e);
    case AST_Attribute:
        if (e->v.Attribute.ctx == AST_Load && can_optimize_super_call(c, e)) {
            TRY(load_args_for_super(c, e->v.Attribute.value));
            TRY(load_super_attr(c, loc, e, false));
            loc = match_attr_loc(loc, e);
            return cc_emit(c, OP_NOP, 0, loc);
        }
        TRY(maybe_add_static_attribute(c, e));
        TRY(cc_expr(c, e->v.Attribute.value));
        loc = match_attr_loc(cc_loc(e), e);
        if (e->v.Attribute.ctx == AST_Load) return load_attr(c, loc, e->v.Attribute.attr, false);
        {
            const char *m = cc_mangle(c, e->v.Attribute.attr);
            if (!m) return -1;
            int32_t i = cc_name_index(c, m);
            if (i < 0) return -1;
            return cc_emit(c, e->v.Attribute.ctx == AST_Store ? OP_STORE_ATTR : OP_DELETE_ATTR, i, loc);
        }
    case AST_Subscript:
        return subscript(c, e);
    case AST_Starred:
        if (e->v.Starred.ctx == AST_Store)
            return cc_error(c, loc, "starred assignment target must be in a list or tuple");
        return cc_error(c, loc, "can't use starred expression here");
    case AST_Slice:
        return slice(c, e);
    case AST_Name:
        if (e->v.Name.ctx == AST_Load && !strcmp(e->v.Name.id, "__debug__")) {
            cc_const k;
            memset(&k, 0, sizeof k);
            k.kind = CC_TRUE;
            return cc_load_const(c, &k, loc);
        }
        return cc_nameop(c, loc, e->v.Name.id, e->v.Name.ctx);
    case AST_List:
        if (e->v.List.ctx == AST_Store) return assignment_helper(c, loc, e->v.List.elts);
        if (e->v.List.ctx == AST_Load) {
            int r = const_sequence(c, e, e->v.List.elts, false);
            if (r) return r < 0 ? -1 : 0;
            return starunpack_helper(c, loc, e->v.List.elts, NULL, 0, OP_BUILD_LIST,
                                     OP_LIST_APPEND, OP_LIST_EXTEND, 0);
        }
        for (int32_t i = 0; i < ast_seq_len(e->v.List.elts); i++)
            TRY(cc_expr(c, e->v.List.elts->items[i]));
        return 0;
    case AST_Tuple:
        if (e->v.Tuple.ctx == AST_Store) return assignment_helper(c, loc, e->v.Tuple.elts);
        if (e->v.Tuple.ctx == AST_Load) {
            cc_const k;
            int r = cc_const_of(c, e, &k);
            if (r < 0) return -1;
            if (r) return cc_load_const(c, &k, loc);
            return starunpack_helper(c, loc, e->v.Tuple.elts, NULL, 0, OP_BUILD_LIST,
                                     OP_LIST_APPEND, OP_LIST_EXTEND, 1);
        }
        for (int32_t i = 0; i < ast_seq_len(e->v.Tuple.elts); i++)
            TRY(cc_expr(c, e->v.Tuple.elts->items[i]));
        return 0;
    default:
        return cc_error(c, loc, "internal error: unexpected expression node");
    }
}

int cc_expr(cc_c *c, ast_node *e)
{
    if (++c->depth > MAX_EXPR_DEPTH) {
        c->depth--;
        if (c->err->kind == DIAG_NONE) {
            memset(c->err, 0, sizeof *c->err);
            c->err->kind = DIAG_MEMORY;
            snprintf(c->err->msg, sizeof c->err->msg,
                     "RecursionError: maximum recursion depth exceeded during compilation");
        }
        return -1;
    }
    int r = expr_inner(c, e);
    c->depth--;
    return r;
}
