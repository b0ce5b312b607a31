#include "opcodes.h"

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
        else if (op == OP_SEND) *push = 1;      /* done: receiver popped */
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
