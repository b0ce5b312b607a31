/* Helpers of the invalid_* rules (CPython's action_helpers.c error
 * helpers) and the keyword-typo suggestion of CPython's traceback module. */
#include "parser_int.h"

#include <stdio.h>
#include <stdlib.h>

/* _PyPegen_get_expr_name: how messages name an expression */
const char *ps_expr_name(const ast_node *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_TemplateStr: case AST_Interpolation: return "t-string expression";
    case AST_Constant:
        switch (e->v.Constant.value.kind) {
        case CONST_NONE: return "None";
        case CONST_FALSE: return "False";
        case CONST_TRUE: return "True";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* _PyPegen_get_invalid_target: the first sub-expression of E that cannot
 * be a target of kind T, or NULL. */
const ast_node *ps_invalid_target(const ast_node *e, ps_targets_type t)
{
    if (!e) return NULL;
    switch (e->kind) {
    case AST_List:
    case AST_Tuple: {
        const ast_seq *elts = e->kind == AST_List ? e->v.List.elts : e->v.Tuple.elts;
        for (int32_t i = 0; i < ast_seq_len(elts); i++) {
            const ast_node *c = ps_invalid_target(elts->items[i], t);
            if (c) return c;
        }
        return NULL;
    }
    case AST_Starred:
        if (t == PS_DEL_TARGETS) return e;
        return ps_invalid_target(e->v.Starred.value, t);
    case AST_Compare:
        /* `for a in b`: the `a in b` parses as a comparison */
        if (t == PS_FOR_TARGETS) {
            if ((ast_cmpop)(intptr_t)e->v.Compare.ops->items[0] == AST_In)
                return ps_invalid_target(e->v.Compare.left, t);
            return NULL;
        }
        return e;
    case AST_Name:
    case AST_Subscript:
    case AST_Attribute:
        return NULL;
    default:
        return e;
    }
}

void *ps_raise_invalid_target(ps_parser *p, ps_targets_type t, const ast_node *e)
{
    const ast_node *bad = ps_invalid_target(e, t);
    if (!bad) return NULL;
    return ps_raise_node(p, bad, t == PS_DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s",
                         ps_expr_name(bad));
}

/* _PyPegen_check_legacy_stmt: print and exec, the Python 2 statements */
int ps_is_legacy_stmt(ps_parser *p, const ast_node *name)
{
    (void)p;
    return name->kind == AST_Name
        && (!strcmp(name->v.Name.id, "print") || !strcmp(name->v.Name.id, "exec"));
}

void *ps_arguments_parsing_error(ps_parser *p, const ast_node *call)
{
    int unpack = 0;
    for (int32_t i = 0; i < ast_seq_len(call->v.Call.keywords); i++)
        if (!((ast_node *)call->v.Call.keywords->items[i])->v.keyword.arg) unpack = 1;
    return ps_raise(p, DIAG_SYNTAX, 0, unpack ? "positional argument follows keyword argument unpacking"
                                              : "positional argument follows keyword argument");
}

const ast_node *ps_last_comprehension_item(const ast_node *comp)
{
    const ast_seq *ifs = comp->v.comprehension.ifs;
    if (ast_seq_len(ifs) == 0) return comp->v.comprehension.iter;
    return ifs->items[ifs->n - 1];
}

/* _PyPegen_nonparen_genexp_in_call: f(a, x for x in y) */
void *ps_nonparen_genexp_in_call(ps_parser *p, const ast_node *call, const ast_seq *comps)
{
    int32_t len = ast_seq_len(call->v.Call.args);
    if (len <= 1) return NULL;
    return ps_raise_range(p, call->v.Call.args->items[len - 1],
                          ps_last_comprehension_item(comps->items[comps->n - 1]),
                          "Generator expression must be parenthesized");
}

/* ------------------------------------------------------------------ */
/* Keyword typos */

int ps_keyword_typo(const char *src, size_t len, const diag_error *err, char *kw, size_t kwsize)
{
    (void)src; (void)len; (void)err; (void)kw; (void)kwsize;
    return 0;
}
