/* The AST's kind table (built from ast.def) and node allocation. */
#include "ast.h"

#include <string.h>

/* Each kind's field list starts with a dummy entry so that kinds without
 * fields still have a (non-empty) array; the table points past it. */
#define NODE(n, cat) static const ast_field_desc ast_fields_##n[] = { {0}
#define FIELD(n, f, t) , { #f, ASTF_##t, (uint16_t)offsetof(ast_node, v.n.f) }
#define END(n) };
#include "ast.def"
#undef NODE
#undef FIELD
#undef END

#define NODE(n, cat) [AST_##n] = { #n, AST_CAT_##cat, \
        (uint16_t)(offsetof(ast_node, v) + sizeof(((ast_node *)0)->v.n)), \
        (uint8_t)(sizeof ast_fields_##n / sizeof(ast_field_desc) - 1), \
        ast_fields_##n + 1 },
#define FIELD(n, f, t)
#define END(n)
const ast_kind_desc ast_kinds[AST__COUNT] = {
#include "ast.def"
};
#undef NODE
#undef FIELD
#undef END

ast_node *ast_new(ar_arena *a, ast_kind kind)
{
    ast_node *n = ar_calloc(a, ast_kinds[kind].size);
    if (n) n->kind = (uint16_t)kind;
    return n;
}

ast_seq *ast_seq_new(ar_arena *a, int32_t n)
{
    ast_seq *s = ar_calloc(a, sizeof(ast_seq) + (size_t)n * sizeof(void *));
    if (s) s->n = n;
    return s;
}

const char *ast_ctx_name(ast_ctx c)
{
    static const char *const names[] = { "?", "Load", "Store", "Del" };
    return (unsigned)c < 4 ? names[c] : "?";
}

const char *ast_boolop_name(ast_boolop o)
{
    static const char *const names[] = { "?", "And", "Or" };
    return (unsigned)o < 3 ? names[o] : "?";
}

const char *ast_operator_name(ast_operator o)
{
    static const char *const names[] = {
        "?", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift",
        "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv",
    };
    return (unsigned)o < sizeof names / sizeof *names ? names[o] : "?";
}

const char *ast_unaryop_name(ast_unaryop o)
{
    static const char *const names[] = { "?", "Invert", "Not", "UAdd", "USub" };
    return (unsigned)o < 5 ? names[o] : "?";
}

const char *ast_cmpop_name(ast_cmpop o)
{
    static const char *const names[] = {
        "?", "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
    };
    return (unsigned)o < sizeof names / sizeof *names ? names[o] : "?";
}
