/* The code generator's internals, shared by compile*.c.
 *
 * The generator follows CPython 3.14's codegen.c: it walks the AST of one
 * scope at a time (a unit) and appends instructions to basic blocks, some
 * of them pseudo-instructions (SETUP_FINALLY, POP_BLOCK, JUMP, ...) that
 * compile_flow.c resolves when it assembles the unit into a cc_code:
 * exception-table labelling, unreachable-code removal, stack depth, jump
 * offsets, the exception table and positions.
 *
 * Memory: everything a compilation builds lives in two arenas, the
 * output's (cc_unit.arena: code objects and what they point to) and a
 * scratch arena (blocks, instructions, tables) freed when cc_compile
 * returns.  Errors are return values (-1) with c->err filled. */
#ifndef KR_COMPILE_COMPILE_INT_H
#define KR_COMPILE_COMPILE_INT_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "code.h"
#include "opcodes.h"
#include "symtable.h"
#include "../util/strbuf.h"

/* Pseudo-instructions: numbers past the real opcodes.  They never reach a
 * cc_code. */
enum {
    PS_JUMP = 256,              /* -> JUMP_FORWARD / JUMP_BACKWARD */
    PS_JUMP_NO_INTERRUPT,       /* -> JUMP_FORWARD / JUMP_BACKWARD_NO_INTERRUPT */
    PS_SETUP_FINALLY,           /* push handler (exc pushed) */
    PS_SETUP_CLEANUP,           /* push handler (lasti, exc pushed) */
    PS_SETUP_WITH,              /* push handler (lasti, exc pushed; TOS popped) */
    PS_POP_BLOCK,               /* pop handler */
    PS_LOAD_CLOSURE,            /* -> LOAD_FAST of a cell slot (arg: deref index) */
    PS_STORE_FAST_MAYBE_NULL,   /* -> STORE_FAST */
};

/* Arguments of DEREF instructions while generating: index into the unit's
 * cellvars, then freevars (ncells + j); compile_flow.c maps them to
 * localsplus slots.  LOAD_FAST etc. carry varnames indices directly. */

typedef struct cc_instr {
    int32_t op;                 /* op_code or PS_* */
    int32_t arg;
    int32_t target;             /* block index for jumps and SETUP_*, else -1 */
    cc_pos pos;
    int32_t handler;            /* exception handler block, -1: none */
} cc_instr;

typedef struct cc_block {
    cc_instr *ins;
    int32_t n, cap;
    int32_t next;               /* next block in layout order, -1 */
    int32_t startdepth;         /* -1 until reached */
    int32_t offset;             /* in code units, when assembled */
    int32_t npreds;
    int32_t *exstack;           /* labelling: handler blocks, innermost last */
    int32_t exdepth;
    uint8_t visited;
    uint8_t reachable;
    uint8_t is_handler;
    uint8_t preserve_lasti;     /* as a handler: push lasti */
} cc_block;

typedef enum {
    FB_WHILE_LOOP, FB_FOR_LOOP, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_WITH, FB_ASYNC_WITH, FB_HANDLER_CLEANUP, FB_POP_VALUE,
    FB_EXCEPTION_HANDLER, FB_EXCEPTION_GROUP_HANDLER,
    FB_ASYNC_COMPREHENSION_GENERATOR, FB_STOP_ITERATION,
} cc_fbtype;

typedef struct cc_fblock {
    cc_fbtype type;
    int32_t block, exit;
    cc_pos loc;
    const void *datum;          /* finally body (ast_seq), handler name, with stmt */
} cc_fblock;

#define CC_MAXBLOCKS 20         /* CPython's CO_MAXBLOCKS */

typedef enum {
    SCOPE_MODULE, SCOPE_CLASS, SCOPE_FUNCTION, SCOPE_ASYNC_FUNCTION,
    SCOPE_LAMBDA, SCOPE_COMPREHENSION, SCOPE_ANNOTATIONS,
} cc_scope_type;

/* A temporary scope override while compiling an inlined comprehension
 * (CPython edits the enclosing symbol table entry; ours is read-only). */
typedef struct cc_override {
    const char *name;           /* interned (symtable) */
    uint32_t flags, scope;
} cc_override;

/* A growable array of strings with lookup (names, varnames). */
typedef struct cc_strtab {
    const char **s;
    int32_t n, cap;
} cc_strtab;

typedef struct cc_u {
    struct cc_u *parent;
    st_block *ste;
    cc_scope_type scope_type;
    const char *name, *qualname;
    const char *private_;       /* class name for mangling, or NULL */
    int32_t firstlineno;
    int32_t argcount, posonlyargcount, kwonlyargcount;

    cc_block *blocks;
    int32_t nblocks, capblocks;
    int32_t entry, cur;

    cc_const *consts;
    int32_t nconsts, capconsts;
    cc_strtab names;
    cc_strtab varnames;
    uint8_t *hidden;            /* per varname: 0 no, 1 hidden now, 2 was hidden */
    int32_t caphidden;
    const char **cellvars;      /* the ste's cellvars */
    int32_t ncells;
    const char **freevars;
    int32_t nfree;

    cc_fblock fblocks[CC_MAXBLOCKS];
    int32_t nfblocks;
    int32_t in_inlined_comp;
    int32_t in_conditional_block;
    cc_override *overrides;
    int32_t noverrides, capoverrides;

    /* classes: __static_attributes__ */
    cc_strtab static_attrs;
    /* module / class: deferred annotations (AnnAssign nodes) */
    ast_node **deferred;
    int32_t *deferred_cond;
    int32_t ndeferred, capdeferred;
    int32_t next_cond_index;
    /* module: the __annotate__ setup is emitted after the body but placed
     * right after RESUME: the blocks holding it */
    int32_t annotations_first, annotations_last;
    int32_t annotations_placeholder;    /* block after RESUME, -1 */

    bool has_docstring_const;
} cc_u;

typedef struct cc_c {
    ar_arena *out;              /* the output's arena */
    ar_arena *tmp;              /* scratch */
    st_table *st;
    const char *filename;
    diag_error *err;
    cc_u *u;
    cc_mode mode;
    bool interactive;
    unsigned features;
    int32_t depth;              /* expression recursion */
    int32_t nunits;
} cc_c;

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

/* compile.c */
int cc_error(cc_c *c, cc_pos loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int cc_oom(cc_c *c);
void *cc_alloc(cc_c *c, size_t n);         /* scratch, zeroed */
int cc_grow(cc_c *c, void **p, int32_t *cap, int32_t need, size_t elsize);
cc_pos cc_loc(const ast_node *n);
extern const cc_pos CC_NO_LOCATION;
int32_t cc_new_block(cc_c *c);
void cc_use_block(cc_c *c, int32_t b);
int cc_emit(cc_c *c, int op, int32_t arg, cc_pos loc);
int cc_emit_jump(cc_c *c, int op, int32_t target, cc_pos loc);
int cc_add_const(cc_c *c, const cc_const *k);
int cc_load_const(cc_c *c, const cc_const *k, cc_pos loc);
int cc_load_none(cc_c *c, cc_pos loc);
int cc_load_int(cc_c *c, int64_t v, cc_pos loc);
int cc_load_str(cc_c *c, const char *s, cc_pos loc);
int32_t cc_strtab_add(cc_c *c, cc_strtab *t, const char *s);
int32_t cc_strtab_find(const cc_strtab *t, const char *s);
int32_t cc_name_index(cc_c *c, const char *name);   /* names table, mangled */
int32_t cc_varname_index(cc_c *c, const char *name);
int32_t cc_cell_index(cc_u *u, const char *name);   /* deref index or -1 */
int32_t cc_free_index(cc_u *u, const char *name);
const char *cc_mangle(cc_c *c, const char *name);   /* maybe-mangle */
const char *cc_mangle_always(cc_c *c, const char *name);
const char *cc_strdup_out(cc_c *c, const char *s);
int cc_scope_of(cc_c *c, const char *mangled, uint32_t *flags);
bool cc_is_function_like(const cc_u *u);
int cc_nameop(cc_c *c, cc_pos loc, const char *name, ast_ctx ctx);
int cc_push_fblock(cc_c *c, cc_pos loc, cc_fbtype t, int32_t block, int32_t exit,
                   const void *datum);
void cc_pop_fblock(cc_c *c);
int cc_enter_scope(cc_c *c, const char *name, cc_scope_type type, const void *key,
                   int32_t lineno, const char *private_, st_block *ste);
/* Assembles the current unit (return already added when ADD_RETURN says so)
 * and leaves its scope; *OUT is the code object. */
int cc_exit_scope(cc_c *c, int add_none, cc_code **out);
void cc_abandon_scope(cc_c *c);
int cc_make_closure(cc_c *c, cc_pos loc, cc_code *co, int flags);
int cc_body(cc_c *c, cc_pos loc, ast_seq *stmts, bool interactive);
int cc_function(cc_c *c, ast_node *s, bool is_async);
int cc_class(cc_c *c, ast_node *s);
int cc_typealias(cc_c *c, ast_node *s);
int cc_setup_annotations_scope(cc_c *c, cc_pos loc, const void *key, const char *name,
                               st_block *ste);
int cc_leave_annotations_scope(cc_c *c, cc_pos loc);

/* compile_expr.c */
int cc_expr(cc_c *c, ast_node *e);
int cc_jump_if(cc_c *c, cc_pos loc, ast_node *e, int32_t next, int cond);
int cc_call_helper(cc_c *c, cc_pos loc, int n, ast_seq *args, const char *injected,
                   ast_seq *keywords);
int cc_add_yield_from(cc_c *c, cc_pos loc, int await);
int cc_unpack_helper(cc_c *c, cc_pos loc, ast_seq *elts);
int cc_const_of(cc_c *c, ast_node *e, cc_const *out);   /* 1 foldable, 0 not, -1 error */
int cc_check_keywords(cc_c *c, ast_seq *keywords);
bool cc_is_docstring_expr(ast_node *s);

/* compile_stmt.c */
int cc_stmt(cc_c *c, ast_node *s);
int cc_stmts(cc_c *c, ast_seq *s);
int cc_call_exit_with_nones(cc_c *c, cc_pos loc);

/* compile_pattern.c */
int cc_match(cc_c *c, ast_node *s);

/* compile_flow.c */
int cc_assemble(cc_c *c, cc_code *co);

/* constants */
static inline cc_const cc_k_none(void) { cc_const k; memset(&k, 0, sizeof k); k.kind = CC_NONE; return k; }
static inline cc_const cc_k_int(int64_t v) { cc_const k; memset(&k, 0, sizeof k); k.kind = CC_INT; k.v.i = v; return k; }
cc_const cc_k_str(const char *s);
bool cc_const_eq(const cc_const *a, const cc_const *b);

/* dis.c: the repr of a constant, as dis shows it */
void cc_const_repr(strbuf *sb, const cc_const *k);

/* INTRINSIC numbers and LOAD_COMMON_CONSTANT / LOAD_SPECIAL args are in
 * opcodes.h. */

#endif
