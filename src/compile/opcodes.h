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

/* CALL_INTRINSIC_1's arguments (CPython 3.14's numbers). */
typedef enum {
    INTRINSIC_1_INVALID, INTRINSIC_PRINT, INTRINSIC_IMPORT_STAR,
    INTRINSIC_STOPITERATION_ERROR, INTRINSIC_ASYNC_GEN_WRAP,
    INTRINSIC_UNARY_POSITIVE, INTRINSIC_LIST_TO_TUPLE, INTRINSIC_TYPEVAR,
    INTRINSIC_PARAMSPEC, INTRINSIC_TYPEVARTUPLE, INTRINSIC_SUBSCRIPT_GENERIC,
    INTRINSIC_TYPEALIAS,
    INTRINSIC_1__COUNT
} op_intrinsic1;

/* CALL_INTRINSIC_2's arguments. */
typedef enum {
    INTRINSIC_2_INVALID, INTRINSIC_PREP_RERAISE_STAR,
    INTRINSIC_TYPEVAR_WITH_BOUND, INTRINSIC_TYPEVAR_WITH_CONSTRAINTS,
    INTRINSIC_SET_FUNCTION_TYPE_PARAMS, INTRINSIC_SET_TYPEPARAM_DEFAULT,
    INTRINSIC_2__COUNT
} op_intrinsic2;

/* LOAD_COMMON_CONSTANT's arguments. */
typedef enum {
    CC_CONST_ASSERTIONERROR, CC_CONST_NOTIMPLEMENTEDERROR,
    CC_CONST_BUILTIN_TUPLE, CC_CONST_BUILTIN_ALL, CC_CONST_BUILTIN_ANY,
    CC_CONST__COUNT
} op_common_constant;

/* LOAD_SPECIAL's arguments. */
typedef enum {
    SPECIAL___ENTER__, SPECIAL___EXIT__, SPECIAL___AENTER__, SPECIAL___AEXIT__,
    SPECIAL__COUNT
} op_special;

/* SET_FUNCTION_ATTRIBUTE's arguments (CPython's MAKE_FUNCTION_* flags). */
#define MAKE_FUNCTION_DEFAULTS    0x01
#define MAKE_FUNCTION_KWDEFAULTS  0x02
#define MAKE_FUNCTION_ANNOTATIONS 0x04  /* a tuple: from __future__ import annotations */
#define MAKE_FUNCTION_CLOSURE     0x08
#define MAKE_FUNCTION_ANNOTATE    0x10

/* RESUME's arguments; RESUME_OPARG_DEPTH1_MASK is or'ed in after a yield
 * whose only enclosing handler is the generator's own. */
#define RESUME_AT_FUNC_START      0
#define RESUME_AFTER_YIELD        1
#define RESUME_AFTER_YIELD_FROM   2
#define RESUME_AFTER_AWAIT        3
#define RESUME_OPARG_DEPTH1_MASK  4

/* CONVERT_VALUE's arguments (and BUILD_INTERPOLATION's oparg >> 2). */
#define FVC_NONE  0
#define FVC_STR   1
#define FVC_REPR  2
#define FVC_ASCII 3

/* The names of the numbers above, for the disassembler (NULL if none). */
const char *op_intrinsic1_name(int i);
const char *op_intrinsic2_name(int i);
const char *op_common_constant_name(int i);
const char *op_special_name(int i);

/* The operator's spelling ("+", "+=", "<"), as error messages show it. */
const char *op_binop_symbol(op_binop b);
const char *op_cmp_symbol(op_cmp c);

#endif
