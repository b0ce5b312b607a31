/* The symbol table: CPython 3.14's scope analysis (Python/symtable.c),
 * run on the AST before code generation.
 *
 * st_build walks a module's AST once to record the raw facts about every
 * name in every block (assigned, used, parameter, global, ...: the ST_DEF_*
 * flags), then analyses the tree of blocks to give each name its final
 * scope (ST_LOCAL, ST_CELL, ST_FREE, ST_GLOBAL_IMPLICIT, ST_GLOBAL_EXPLICIT),
 * exactly as CPython does, raising the same SyntaxErrors with the same
 * messages and positions.
 *
 * Blocks are CPython's: the module; classes; functions (def, async def,
 * lambda, comprehensions and generator expressions); PEP 649 annotation
 * blocks (__annotate__); PEP 695 type-parameter, type-alias and
 * type-variable (bound / constraints / default) blocks.  List, set and dict
 * comprehensions are analysed as blocks of their own and then inlined into
 * the enclosing block (PEP 709): their block stays reachable through
 * st_block_of (the code generator needs its symbols), has comp_inlined set,
 * and is replaced in its parent's children by its own children.
 *
 * Everything lives in the arena given to st_build; nothing needs freeing
 * but that arena.  The AST must outlive the table (blocks are keyed by node
 * addresses and names point into it).  After st_build returns, the table
 * is read-only: the fields below may be read directly. */
#ifndef KR_COMPILE_SYMTABLE_H
#define KR_COMPILE_SYMTABLE_H

#include <stdint.h>
#include <stdio.h>

#include "../parse/ast.h"
#include "../parse/diag.h"
#include "../util/arena.h"

/* Block kinds, in CPython's order (_symtable.TYPE_*). */
typedef enum {
    ST_FUNCTION_BLOCK,          /* def, async def, lambda, comprehensions */
    ST_CLASS_BLOCK,
    ST_MODULE_BLOCK,
    ST_ANNOTATION_BLOCK,        /* __annotate__ (PEP 649) */
    ST_TYPE_ALIAS_BLOCK,        /* the value of `type X = ...` */
    ST_TYPE_PARAMETERS_BLOCK,   /* around a generic def / class / alias */
    ST_TYPE_VARIABLE_BLOCK,     /* a TypeVar bound/constraints or a default */
} st_block_kind;

typedef enum {
    ST_COMP_NONE, ST_COMP_LIST, ST_COMP_DICT, ST_COMP_SET, ST_COMP_GENEXP,
} st_comp_kind;

/* Symbol flags: CPython's DEF_* bits, same values. */
#define ST_DEF_GLOBAL     0x001u  /* global statement */
#define ST_DEF_LOCAL      0x002u  /* assigned in the block */
#define ST_DEF_PARAM      0x004u  /* parameter */
#define ST_DEF_NONLOCAL   0x008u  /* nonlocal statement */
#define ST_USE            0x010u  /* read */
#define ST_DEF_FREE_CLASS 0x040u  /* free in a method, bound in the class */
#define ST_DEF_IMPORT     0x080u  /* bound by import */
#define ST_DEF_ANNOT      0x100u  /* annotated (x: T) */
#define ST_DEF_COMP_ITER  0x200u  /* comprehension iteration variable */
#define ST_DEF_TYPE_PARAM 0x400u  /* PEP 695 type parameter */
#define ST_DEF_COMP_CELL  0x800u  /* a cell in an inlined comprehension */
#define ST_DEF_BOUND (ST_DEF_LOCAL | ST_DEF_PARAM | ST_DEF_IMPORT)

/* Final scopes (CPython's values). */
enum {
    ST_SCOPE_NONE = 0, ST_LOCAL = 1, ST_GLOBAL_EXPLICIT = 2,
    ST_GLOBAL_IMPLICIT = 3, ST_FREE = 4, ST_CELL = 5,
};

/* Future features (CPython's CO_FUTURE_* values) and compile flags, for
 * st_build_ex's FLAGS and st_table.features. */
#define ST_FUTURE_BARRY_AS_BDFL 0x0400000u
#define ST_FUTURE_ANNOTATIONS   0x1000000u
#define ST_CF_ALLOW_TOP_LEVEL_AWAIT 0x2000u  /* PyCF_ALLOW_TOP_LEVEL_AWAIT */

typedef struct st_symbol {
    const char *name;   /* mangled; interned: one pointer per distinct name
                         * in a table */
    uint32_t flags;     /* ST_DEF_* | ST_USE */
    uint32_t scope;     /* ST_LOCAL ... ST_CELL */
} st_symbol;

typedef struct st_table st_table;
typedef struct st_block st_block;

struct st_block {
    st_block_kind kind;
    st_comp_kind comprehension;
    /* "top", the def/class name, "lambda", "genexpr", "listcomp",
     * "setcomp", "dictcomp", "__annotate__", or the alias / type
     * variable / generic's name. */
    const char *name;
    const void *key;            /* what st_lookup finds it by */
    int32_t lineno, col_offset, end_lineno, end_col_offset;

    /* The block it was built in (for blocks inside an inlined
     * comprehension: that comprehension).  NULL for the module. */
    st_block *parent;
    /* Nested blocks in source order, inlined comprehensions replaced by
     * their children (CPython's ste_children). */
    st_block **children;
    int32_t nchildren;
    /* Symbols in insertion order (CPython's ste_symbols dict order). */
    st_symbol *symbols;
    int32_t nsymbols;
    /* Parameters in order (ste_varnames): for comprehensions ".0", for
     * annotation / type-alias / type-variable blocks ".format", for
     * generic defs ".defaults" and ".kwdefaults". */
    const char **varnames;
    int32_t nvarnames;
    /* co_cellvars and co_freevars as CPython's compiler makes them
     * (compile.c, dictbytype): cells = names whose scope is CELL or with
     * ST_DEF_COMP_CELL, sorted, then "__class__", "__classdict__",
     * "__conditional_annotations__" when needed and not already there;
     * frees = names whose scope is FREE or with ST_DEF_FREE_CLASS, sorted.
     * Sorting is by bytes, which for UTF-8 is code point order, as
     * Python's sort of str. */
    const char **cellvars;
    int32_t ncellvars;
    const char **freevars;
    int32_t nfreevars;

    /* The __annotate__ block of the annotated assignments in this block's
     * body (module, class, function), or NULL. */
    st_block *annotation_block;
    /* For a def's block: the __annotate__ block of its signature (a
     * sibling of the function block, built before it). */
    st_block *signature_annotations;
    /* For an annotation block of a def's signature: the def's name. */
    const char *function_name;
    /* For a type-variable block: "a TypeVar bound", "a TypeVar
     * constraint", "a TypeVar default", "a TypeVarTuple default" or
     * "a ParamSpec default". */
    const char *scope_info;

    unsigned nested : 1;            /* inside a function-like block */
    unsigned generator : 1;         /* contains yield (genexps too) */
    unsigned coroutine : 1;         /* async def, await, async comprehension */
    unsigned annotations_used : 1;
    unsigned varargs : 1;
    unsigned varkeywords : 1;
    unsigned returns_value : 1;     /* has `return EXPR` */
    unsigned needs_class_closure : 1;   /* class: make the __class__ cell */
    unsigned needs_classdict : 1;       /* class: make the __classdict__ cell */
    unsigned has_conditional_annotations : 1; /* module/class */
    unsigned comp_inlined : 1;      /* comprehension inlined into its parent */
    unsigned can_see_class_scope : 1;
    unsigned has_docstring : 1;
    unsigned method : 1;            /* function-kind block built in a class */

    /* ---- private to symtable.c ---- */
    st_table *table_;
    int32_t symcap_, childcap_, varcap_;
    int32_t n_orig_;                    /* symbols before inlining */
    uint32_t *symidx_;                  /* open addressing: index + 1 */
    uint32_t symidxcap_;
    struct st_nset *mangled_names_;
    struct st_directive *directives_;
    int32_t ndirectives_, dircap_;
    int32_t comp_iter_expr_;
    unsigned comp_iter_target_ : 1;
    unsigned in_conditional_block_ : 1;
    unsigned in_unevaluated_annotation_ : 1;
};

/* Builds the table of MOD (a Module, Interactive or Expression node).
 * Returns NULL with ERR filled (DIAG_SYNTAX with CPython's message and
 * position, or DIAG_MEMORY) on failure.  Future statements at the top of
 * the module are read here too (the annotations feature changes the
 * table), with future.c's errors ("future feature X is not defined", "not
 * a chance"), though CPython 3.14's parser reports those first.
 *
 * ERR's position is the offending node's range: col and end_col are its
 * 0-based byte columns.  Unlike the parser's errors, CPython's symtable
 * errors carry these byte columns as SyntaxError.offset - 1 unconverted
 * (offset counts UTF-8 bytes, not characters), so printing them the
 * CPython way means not converting bytes to characters. */
st_table *st_build(ar_arena *arena, ast_node *mod, diag_error *err);
/* The same with FLAGS: ST_FUTURE_* features in force from outside (e.g.
 * compile()'s flags) and ST_CF_ALLOW_TOP_LEVEL_AWAIT. */
st_table *st_build_ex(ar_arena *arena, ast_node *mod, unsigned flags,
                      diag_error *err);

st_block *st_top(const st_table *t);
/* The future features in force: FLAGS given to st_build_ex plus those the
 * module's future statements turn on. */
unsigned st_features(const st_table *t);

/* The block a node opens: FunctionDef / AsyncFunctionDef / ClassDef /
 * Lambda / ListComp / SetComp / DictComp / GeneratorExp, a TypeAlias
 * statement (its value's block), or the module node.  NULL if none. */
st_block *st_block_of(const st_table *t, const ast_node *n);
/* The type-parameter block of a generic def, class or type alias. */
st_block *st_type_params_block(const st_table *t, const ast_node *stmt);
/* The __annotate__ block of a def's signature. */
st_block *st_signature_block(const st_table *t, const ast_node *def);
/* The block of a type parameter's bound (or constraints), or of its
 * default (DEFAULT_VALUE nonzero); NULL when it has none. */
st_block *st_type_param_block(const st_table *t, const ast_node *tp,
                              int default_value);
/* Any block by its key (st_block.key). */
st_block *st_lookup(const st_table *t, const void *key);

/* A name's symbol in B (NAME already mangled, see st_maybe_mangle), or
 * NULL when B has no such symbol. */
const st_symbol *st_find(const st_block *b, const char *name);
/* Its scope (ST_SCOPE_NONE when absent) and flags (0 when absent). */
int st_scope(const st_block *b, const char *name);
uint32_t st_flags(const st_block *b, const char *name);
/* True for the blocks that compile to functions with fast locals:
 * function, annotation and the three PEP 695 kinds. */
int st_is_function_like(const st_block *b);

/* Private name mangling: NAME as written inside class PRIVATE_NAME
 * ("__x" -> "_C__x"); NAME itself when not mangled.  MAYBE_MANGLE applies
 * CPython's exception for the type-parameter block of a generic class
 * (only its type parameters are mangled there), B being the current
 * block.  The result is interned in T; NULL when out of memory. */
const char *st_mangle(st_table *t, const char *private_name, const char *name);
const char *st_maybe_mangle(st_table *t, const char *private_name,
                            const st_block *b, const char *name);

/* Prints the canonical dump of the table (the format of
 * tools/symtable_dump.py, which prints the same from CPython). */
void st_dump(const st_table *t, FILE *out);
/* The dump line's words for a block kind and a scope. */
const char *st_block_kind_name(st_block_kind k);
const char *st_scope_name(int scope);

#endif
