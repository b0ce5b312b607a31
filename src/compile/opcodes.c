#include "opcodes.h"

#include <stddef.h>

const op_info op_table[OP__COUNT] = {
#define OP(name, arg, pop, push, flags) [OP_##name] = { #name, OPA_##arg, (flags) },
#include "opcodes.def"
#undef OP
};

int op_stack_effect(op_code op, uint32_t oparg, int jump, int *pop, int *push)
{
    if ((unsigned)op >= OP__COUNT) return -1;
    /* the argument of most instructions is 8 bits plus EXTENDED_ARG
     * prefixes; counts beyond what a stack can hold are malformed code */
    if (op_table[op].arg == OPA_COUNT && oparg > (1u << 24)) return -1;
    switch (op) {
#define OP(name, arg, POP, PUSH, flags) \
    case OP_##name: *pop = (int)(POP); *push = (int)(PUSH); break;
#include "opcodes.def"
#undef OP
    default: return -1;
    }
    if (jump) {
        if (!(op_table[op].flags & OPF_JUMP)) return -1;
        /* the jump paths whose effect differs from falling through */
        if (op == OP_FOR_ITER) *push = 0;       /* exhausted: iterator popped */
    }
    return 0;
}

const char *op_binop_symbol(op_binop b)
{
    static const char *const sym[OPB__COUNT] = {
        "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^",
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=",
        "/=", "^=",
    };
    return (unsigned)b < OPB__COUNT ? sym[b] : "?";
}

const char *op_cmp_symbol(op_cmp c)
{
    static const char *const sym[OPC__COUNT] = { "<", "<=", "==", "!=", ">", ">=" };
    return (unsigned)c < OPC__COUNT ? sym[c] : "?";
}

const char *op_intrinsic1_name(int i)
{
    static const char *const n[INTRINSIC_1__COUNT] = {
        "INTRINSIC_1_INVALID", "INTRINSIC_PRINT", "INTRINSIC_IMPORT_STAR",
        "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP",
        "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
        "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE",
        "INTRINSIC_SUBSCRIPT_GENERIC", "INTRINSIC_TYPEALIAS",
    };
    return i >= 0 && i < INTRINSIC_1__COUNT ? n[i] : NULL;
}

const char *op_intrinsic2_name(int i)
{
    static const char *const n[INTRINSIC_2__COUNT] = {
        "INTRINSIC_2_INVALID", "INTRINSIC_PREP_RERAISE_STAR",
        "INTRINSIC_TYPEVAR_WITH_BOUND", "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS",
        "INTRINSIC_SET_FUNCTION_TYPE_PARAMS", "INTRINSIC_SET_TYPEPARAM_DEFAULT",
    };
    return i >= 0 && i < INTRINSIC_2__COUNT ? n[i] : NULL;
}

const char *op_common_constant_name(int i)
{
    static const char *const n[CC_CONST__COUNT] = {
        "AssertionError", "NotImplementedError", "tuple", "all", "any",
    };
    return i >= 0 && i < CC_CONST__COUNT ? n[i] : NULL;
}

const char *op_special_name(int i)
{
    static const char *const n[SPECIAL__COUNT] = {
        "__enter__", "__exit__", "__aenter__", "__aexit__",
    };
    return i >= 0 && i < SPECIAL__COUNT ? n[i] : NULL;
}
