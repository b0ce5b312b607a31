/* The instruction set (opcodes.def): opcode numbers, names, argument
 * kinds, flags and stack effects, for every part that reads bytecode. */
#ifndef KR_COMPILE_OPCODES_H
#define KR_COMPILE_OPCODES_H

#include <stdint.h>

typedef enum {
#define OP(name, arg, pop, push, flags) OP_##name,
#include "opcodes.def"
#undef OP
    OP__COUNT
} op_code;

/* What an instruction's argument means. */
typedef enum {
    OPA_NONE,       /* ignored (0) */
    OPA_RAW,        /* a small number whose meaning the instruction gives */
    OPA_COUNT,      /* a count of stack items or a stack depth */
    OPA_CONST,      /* index into the code object's constants */
    OPA_LOCAL,      /* index of a fast local */
    OPA_DEREF,      /* index of a cell or free variable */
    OPA_NAME,       /* index into the names table (possibly shifted: see .def) */
    OPA_JUMP,       /* distance in units from the next instruction */
    OPA_BINOP,      /* a binary operator (OPB_*) */
    OPA_CMP,        /* a comparison (OPC_*) */
    OPA_INTRINSIC,  /* an intrinsic function number */
} op_arg_kind;

#define OPF_JUMP    0x1u    /* the argument is a jump distance */
#define OPF_TERM    0x2u    /* never falls through to the next instruction */
#define OPF_EXC     0x4u    /* may raise */
#define OPF_SUSPEND 0x8u    /* the run may pause here (host call, await, ...) */

typedef struct op_info {
    const char *name;
    op_arg_kind arg;
    unsigned flags;
} op_info;

extern const op_info op_table[OP__COUNT];

/* Items the instruction takes and leaves when it falls through, or (JUMP
 * nonzero) when it jumps.  Returns 0, or -1 for an argument the
 * instruction cannot have (the snapshot validator rejects such code). */
int op_stack_effect(op_code op, uint32_t oparg, int jump, int *pop, int *push);

/* BINARY_OP's arguments: CPython's NB_* order, in-place forms after. */
typedef enum {
    OPB_ADD, OPB_AND, OPB_FLOOR_DIVIDE, OPB_LSHIFT, OPB_MATRIX_MULTIPLY,
    OPB_MULTIPLY, OPB_REMAINDER, OPB_OR, OPB_POWER, OPB_RSHIFT, OPB_SUBTRACT,
    OPB_TRUE_DIVIDE, OPB_XOR,
    OPB_INPLACE_ADD, OPB_INPLACE_AND, OPB_INPLACE_FLOOR_DIVIDE,
    OPB_INPLACE_LSHIFT, OPB_INPLACE_MATRIX_MULTIPLY, OPB_INPLACE_MULTIPLY,
    OPB_INPLACE_REMAINDER, OPB_INPLACE_OR, OPB_INPLACE_POWER,
    OPB_INPLACE_RSHIFT, OPB_INPLACE_SUBTRACT, OPB_INPLACE_TRUE_DIVIDE,
    OPB_INPLACE_XOR,
    OPB__COUNT
} op_binop;

/* COMPARE_OP's arguments. */
typedef enum { OPC_LT, OPC_LE, OPC_EQ, OPC_NE, OPC_GT, OPC_GE, OPC__COUNT } op_cmp;

/* The operator's spelling ("+", "+=", "<"), as error messages show it. */
const char *op_binop_symbol(op_binop b);
const char *op_cmp_symbol(op_cmp c);

#endif
