/* What the compiler produces: a tree of code units, one per scope, in plain
 * C data that owes nothing to a runtime.  The VM loads a cc_code into heap
 * objects (vm/load.c); `krait dis` prints one (compile/dis.c).  Keeping the
 * compiler's output runtime-free lets it be tested, cached and hashed on
 * its own, and lets a snapshot name code by content.
 *
 * Everything hangs off one arena (cc_unit.arena) and is freed with it. */
#ifndef KR_COMPILE_CODE_H
#define KR_COMPILE_CODE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../parse/ast.h"
#include "../parse/diag.h"
#include "../util/arena.h"

typedef struct cc_code cc_code;

/* A constant of a code unit. */
typedef enum {
    CC_NONE, CC_TRUE, CC_FALSE, CC_ELLIPSIS,
    CC_INT,         /* i */
    CC_BIGINT,      /* big: digits in BASE, no sign, no underscores; NEG */
    CC_FLOAT,       /* f */
    CC_COMPLEX,     /* cx */
    CC_STR,         /* str: UTF-8 (lone surrogates as 3-byte sequences) */
    CC_BYTES,       /* str: raw bytes */
    CC_TUPLE,       /* items (nitems) */
    CC_FROZENSET,   /* items (nitems) */
    CC_CODE,        /* code */
    CC_SLICE,       /* items: start, stop, step (3 constants) */
} cc_const_kind;

typedef struct cc_const {
    cc_const_kind kind;
    union {
        int64_t i;
        double f;
        struct { double re, im; } cx;
        struct { const char *s; size_t n; } str;
        struct { const char *digits; size_t n; int base; int neg; } big;
        struct { struct cc_const *items; int32_t nitems; } seq;
        cc_code *code;
    } v;
} cc_const;

/* Code flags: CPython's CO_* values. */
#define CC_OPTIMIZED        0x0001  /* fast locals (a function body) */
#define CC_NEWLOCALS        0x0002
#define CC_VARARGS          0x0004  /* has *args */
#define CC_VARKEYWORDS      0x0008  /* has **kwargs */
#define CC_NESTED           0x0010
#define CC_GENERATOR        0x0020
#define CC_COROUTINE        0x0080
#define CC_ITERABLE_COROUTINE 0x0100
#define CC_ASYNC_GENERATOR  0x0200
#define CC_HAS_DOCSTRING    0x4000000
#define CC_METHOD           0x8000000  /* a function defined in a class body */

/* Kinds of the slots of localsplus (CPython's CO_FAST_*): a slot may be
 * both an argument and a cell (MAKE_CELL turns its value into a cell). */
#define CC_FAST_HIDDEN  0x10    /* an inlined comprehension's variable */
#define CC_FAST_LOCAL   0x20
#define CC_FAST_CELL    0x40
#define CC_FAST_FREE    0x80
#define CC_FAST_ARG     0x01    /* (combined with LOCAL or CELL) */

/* One row of the exception table: an instruction in [start, end) that
 * raises jumps to TARGET with the value stack cut to DEPTH items (then,
 * if LASTI, the offset of the raising instruction pushed as an int), then
 * the exception pushed.  Offsets in code units.  Rows do not overlap; the
 * innermost handler's row covers an instruction. */
typedef struct cc_exc_entry {
    uint32_t start, end, target;
    uint16_t depth;
    uint8_t lasti;
} cc_exc_entry;

/* Source position of one code unit (an EXTENDED_ARG prefix shares its
 * instruction's), as CPython's co_positions() gives it: lineno -1 where
 * CPython has no location.  Columns are 0-based UTF-8 byte offsets like
 * the AST's; -1 unknown.  Tracebacks print the line of the raising unit. */
typedef struct cc_pos {
    int32_t lineno, end_lineno;
    int32_t col, end_col;
} cc_pos;

struct cc_code {
    const char *name;           /* "<module>", "f", "<lambda>", "<genexpr>" */
    const char *qualname;       /* "C.f.<locals>.g" */
    const char *filename;
    int32_t firstlineno;
    uint32_t flags;             /* CC_* */
    int32_t argcount;           /* positional args, posonly included */
    int32_t posonlyargcount;
    int32_t kwonlyargcount;
    int32_t stacksize;          /* max value-stack depth */

    /* Local slots: arguments first (positional, kw-only, *args, **kwargs,
     * in that order), then other locals, then cells that are not
     * arguments, then free variables (in the enclosing scope's order for
     * COPY_FREE_VARS).  LOAD_FAST/LOAD_DEREF index this array. */
    const char **localsplusnames;
    uint8_t *localspluskinds;   /* CC_FAST_* */
    int32_t nlocalsplus;
    int32_t nfreevars;          /* the last nfreevars slots */

    const char **names;         /* globals, attributes, imported names */
    int32_t nnames;
    cc_const *consts;
    int32_t nconsts;

    uint16_t *code;             /* units: opcode | arg << 8 */
    int32_t ncode;
    cc_pos *positions;          /* one per unit */
    cc_exc_entry *exctable;
    int32_t nexc;
};

/* A compiled module: the module's code, and the arena owning everything. */
typedef struct cc_unit {
    ar_arena *arena;
    cc_code *top;
} cc_unit;

/* Compile modes, as for compile(): a module, one interactive statement
 * (expression values are printed via CALL_INTRINSIC_1 INTRINSIC_PRINT), or
 * an expression (whose value the code returns). */
typedef enum {
    CC_MODE_EXEC, CC_MODE_SINGLE, CC_MODE_EVAL,
    /* a module whose last statement, if an expression statement, returns
     * its value (otherwise None): the embedding API's "result" */
    CC_MODE_EXEC_LAST,
} cc_mode;

/* Compiles the AST MOD (from ps_parse in the matching mode) of FILENAME.
 * Returns a unit, or NULL with ERR filled (a SyntaxError found by the
 * symbol table or the code generator, or MemoryError).  Frees nothing of
 * the AST; the unit does not point into it (strings are copied). */
cc_unit *cc_compile(ast_node *mod, const char *filename, cc_mode mode,
                    diag_error *err);
/* The same, sending compile-time warnings (SyntaxWarning: PEP 765's
 * "'return' in a 'finally' block", ...) to SINK (may be NULL), in the order
 * CPython emits them (before any SyntaxError). */
cc_unit *cc_compile_ex(ast_node *mod, const char *filename, cc_mode mode,
                       const diag_sink *sink, diag_error *err);
void cc_unit_free(cc_unit *u);

/* Checks CODE alone (the VM calls it in debug builds, the tests on every
 * compiled unit): every instruction decodes, arguments index their tables,
 * jumps land on instructions, the stack depth along every path (jumps and
 * exception-table edges included) is never negative, agrees where paths
 * meet and stays within stacksize, and the exception table's rows are
 * ordered and in range.  Returns 0, or -1 with a reason in MSG. */
int cc_verify(const cc_code *code, char *msg, size_t msgsize);

/* Prints CODE and, after it, every code constant in it, in the style of
 * CPython's dis.dis (offsets in bytes = 2 per unit, line numbers, argument
 * meanings in parentheses, jump targets, the exception table). */
void cc_dis(const cc_code *code, FILE *out);

#endif
