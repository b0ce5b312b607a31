/* The symbol table: CPython 3.14's Python/symtable.c, written anew for
 * krait's AST (see symtable.h).  The structure follows CPython's closely:
 * a first pass (visit_*) records each name's ST_DEF_* flags in the block
 * where it occurs, creating a block for every scope; a second pass
 * (analyze_*) decides every name's scope.  Function and variable names
 * follow CPython's so the two can be compared side by side.
 *
 * Where CPython copies the sets of names bound in enclosing blocks for
 * every child ("bound", "global", "type_params"), this file computes
 * membership by walking up the chain of enclosing blocks and reading their
 * symbols (in_newbound, in_type_params): each set is a function of the
 * enclosing blocks' own flags, so the result is the same without the
 * copies, which would cost depth x names.
 *
 * Recursion: the visitor recurses once per AST level, which the parser
 * bounds (PS_MAXSTACK), except along the left spines the parser builds
 * with loops (a+b+c..., a.b.c..., a[0][0]..., f()()...), which visit_expr
 * walks with an explicit stack.  The analysis recurses once per block
 * level.  ST_MAX_DEPTH guards against hand-built trees. */
#include "symtable.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#define ST_MAX_DEPTH 20000

/* ------------------------------------------------------------------ */
/* Types */

typedef struct st_loc {
    int32_t lineno, col, end_lineno, end_col;
} st_loc;

/* A global or nonlocal statement (or a walrus target in a comprehension)
 * for error_at_directive. */
typedef struct st_directive {
    const char *name;           /* mangled, interned */
    st_loc loc;
} st_directive;

/* An insertion-ordered set of interned names.  items[i] is NULL once
 * removed; idx maps a name's hash to index + 1 (0: empty slot). */
typedef struct st_nset {
    const char **items;
    int32_t n, cap, live;
    uint32_t *idx;
    uint32_t idxcap;
} st_nset;

struct st_table {
    ar_arena *arena;
    st_block *top;
    unsigned features;
    /* Interned names: open addressing on the string's hash. */
    const char **names;
    uint32_t *hashes;
    uint32_t namecap, nnames;
    /* Blocks by key: open addressing on the key's address. */
    const void **bkeys;
    st_block **bvals;
    uint32_t bcap, nblocks;
};

typedef struct st_builder {
    ar_arena *arena;
    st_table *t;
    diag_error *err;
    bool failed;
    st_block *cur;              /* st_cur */
    st_block *global;           /* the module block (st_global) */
    st_block **stack;           /* st_stack */
    int32_t nstack, capstack;
    const char *private_name;   /* st_private: current class name */
    unsigned features;
    st_loc ff_loc;              /* last future statement */
    int32_t depth;
    ast_node **spine;           /* visit_expr's explicit stack */
    int32_t nspine, capspine;
    /* interned names used by the rules */
    const char *s_top, *s_lambda, *s_genexpr, *s_listcomp, *s_setcomp,
        *s_dictcomp, *s_annotate, *s_class, *s_classdict, *s_condann,
        *s_format, *s_type_params, *s_generic_base, *s_defaults,
        *s_kwdefaults, *s_dunder_type_params, *s_dot0;
} st_builder;

static inline st_loc loc_of(const ast_node *n)
{
    st_loc l = { n->lineno, n->col_offset, n->end_lineno, n->end_col_offset };
    return l;
}

static inline ast_node *seq_at(const ast_seq *s, int32_t i)
{
    return (ast_node *)s->items[i];
}

/* ------------------------------------------------------------------ */
/* Errors */

static int oom(st_builder *b)
{
    if (!b->failed) {
        b->failed = true;
        memset(b->err, 0, sizeof *b->err);
        b->err->kind = DIAG_MEMORY;
        snprintf(b->err->msg, sizeof b->err->msg, "out of memory");
    }
    return -1;
}

/* A SyntaxError at LOC (CPython's SET_ERROR_LOCATION: the node's range). */
static int syntax_error(st_builder *b, st_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static int syntax_error(st_builder *b, st_loc loc, const char *fmt, ...)
{
    if (b->failed) return -1;
    b->failed = true;
    va_list va;
    va_start(va, fmt);
    diag_vset(b->err, DIAG_SYNTAX, loc.lineno, loc.col, loc.end_lineno, loc.end_col, fmt, va);
    va_end(va);
    b->err->byte_offsets = 1;
    return -1;
}

/* ------------------------------------------------------------------ */
/* Allocation helpers.  Arrays grow by doubling in the arena (the old copy
 * is abandoned there). */

static int grow(st_builder *b, void **arr, int32_t *cap, int32_t need,
                size_t elsize)
{
    if (need <= *cap) return 0;
    int64_t ncap = *cap ? (int64_t)*cap * 2 : 4;
    while (ncap < need) ncap *= 2;
    if (ncap > INT32_MAX / 2) return oom(b);
    void *p = ar_alloc(b->arena, (size_t)ncap * elsize);
    if (!p) return oom(b);
    if (*cap) memcpy(p, *arr, (size_t)*cap * elsize);
    *arr = p;
    *cap = (int32_t)ncap;
    return 0;
}

/* CPython raises RecursionError; krait reports it as a MemoryError-kind
 * failure (diag.h has no RecursionError). */
static int too_deep(st_builder *b)
{
    if (!b->failed) {
        b->failed = true;
        memset(b->err, 0, sizeof *b->err);
        b->err->kind = DIAG_MEMORY;
        snprintf(b->err->msg, sizeof b->err->msg,
                 "maximum recursion depth exceeded during compilation");
    }
    return -1;
}

static inline uint32_t hash_ptr(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x;
}

static inline uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

/* ------------------------------------------------------------------ */
/* Interned names */

static const char *intern_find(const st_table *t, const char *s, uint32_t h)
{
    if (!t->namecap) return NULL;
    uint32_t mask = t->namecap - 1;
    for (uint32_t i = h & mask;; i = (i + 1) & mask) {
        const char *n = t->names[i];
        if (!n) return NULL;
        if (t->hashes[i] == h && (n == s || strcmp(n, s) == 0)) return n;
    }
}

static int intern_insert(st_table *t, ar_arena *a, const char *s, uint32_t h)
{
    if ((t->nnames + 1) * 2 > t->namecap) {
        uint32_t ncap = t->namecap ? t->namecap * 2 : 256;
        const char **names = ar_calloc(a, ncap * sizeof *names);
        uint32_t *hashes = ar_alloc(a, ncap * sizeof *hashes);
        if (!names || !hashes) return -1;
        for (uint32_t i = 0; i < t->namecap; i++) {
            if (!t->names[i]) continue;
            uint32_t j = t->hashes[i] & (ncap - 1);
            while (names[j]) j = (j + 1) & (ncap - 1);
            names[j] = t->names[i];
            hashes[j] = t->hashes[i];
        }
        t->names = names;
        t->hashes = hashes;
        t->namecap = ncap;
    }
    uint32_t mask = t->namecap - 1, i = h & mask;
    while (t->names[i]) i = (i + 1) & mask;
    t->names[i] = s;
    t->hashes[i] = h;
    t->nnames++;
    return 0;
}

/* The canonical pointer for S (S itself the first time: AST identifiers
 * are not copied, since the AST outlives the table). */
static const char *intern(st_builder *b, const char *s)
{
    uint32_t h = hash_str(s);
    const char *n = intern_find(b->t, s, h);
    if (n) return n;
    if (intern_insert(b->t, b->arena, s, h) < 0) {
        oom(b);
        return NULL;
    }
    return s;
}

static const char *intern_copy(st_table *t, ar_arena *a, const char *s, size_t len)
{
    char *tmp = ar_strndup(a, s, len);
    if (!tmp) return NULL;
    uint32_t h = hash_str(tmp);
    const char *n = intern_find(t, tmp, h);
    if (n) return n;
    if (intern_insert(t, a, tmp, h) < 0) return NULL;
    return tmp;
}

/* ------------------------------------------------------------------ */
/* Name sets */

static int32_t nset_find(const st_nset *s, const char *name)
{
    if (!s->idxcap) return -1;
    uint32_t mask = s->idxcap - 1;
    for (uint32_t i = hash_ptr(name) & mask;; i = (i + 1) & mask) {
        uint32_t k = s->idx[i];
        if (!k) return -1;
        if (s->items[k - 1] == name) return (int32_t)(k - 1);
    }
}

static bool nset_has(const st_nset *s, const char *name)
{
    return nset_find(s, name) >= 0;
}

/* Rebuilds the index with room for NEED items, dropping removed ones. */
static int nset_rehash(st_builder *b, st_nset *s, int32_t need)
{
    int32_t live = 0;
    for (int32_t i = 0; i < s->n; i++)
        if (s->items[i]) s->items[live++] = s->items[i];
    s->n = live;
    if (grow(b, (void **)&s->items, &s->cap, need, sizeof *s->items) < 0) return -1;
    uint32_t cap = 8;
    while (cap < (uint32_t)need * 2) cap *= 2;
    uint32_t *idx = ar_calloc(b->arena, cap * sizeof *idx);
    if (!idx) return oom(b);
    for (int32_t i = 0; i < live; i++) {
        uint32_t j = hash_ptr(s->items[i]) & (cap - 1);
        while (idx[j]) j = (j + 1) & (cap - 1);
        idx[j] = (uint32_t)i + 1;
    }
    s->idx = idx;
    s->idxcap = cap;
    s->live = live;
    return 0;
}

static int nset_add(st_builder *b, st_nset *s, const char *name)
{
    if (nset_has(s, name)) return 0;
    if ((uint32_t)(s->n + 1) * 2 > s->idxcap || s->n + 1 > s->cap) {
        if (nset_rehash(b, s, s->live + 1 > 4 ? (s->live + 1) * 2 : 8) < 0)
            return -1;
    }
    s->items[s->n] = name;
    uint32_t mask = s->idxcap - 1, j = hash_ptr(name) & mask;
    while (s->idx[j]) j = (j + 1) & mask;
    s->idx[j] = (uint32_t)s->n + 1;
    s->n++;
    s->live++;
    return 0;
}

/* Removes NAME; returns whether it was there.  The index slot stays
 * (pointing at a NULL item) until the next rehash. */
static bool nset_remove(st_nset *s, const char *name)
{
    int32_t i = nset_find(s, name);
    if (i < 0) return false;
    s->items[i] = NULL;
    s->live--;
    return true;
}

static int nset_union(st_builder *b, st_nset *dst, const st_nset *src)
{
    for (int32_t i = 0; i < src->n; i++)
        if (src->items[i] && nset_add(b, dst, src->items[i]) < 0) return -1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Symbols of a block: an array in insertion order plus an index. */

static st_symbol *sym_find(const st_block *ste, const char *name)
{
    if (!ste->symidxcap_) return NULL;
    uint32_t mask = ste->symidxcap_ - 1;
    for (uint32_t i = hash_ptr(name) & mask;; i = (i + 1) & mask) {
        uint32_t k = ste->symidx_[i];
        if (!k) return NULL;
        if (ste->symbols[k - 1].name == name) return &ste->symbols[k - 1];
    }
}

static int sym_reindex(st_builder *b, st_block *ste, uint32_t cap)
{
    uint32_t *idx = ar_calloc(b->arena, cap * sizeof *idx);
    if (!idx) return oom(b);
    for (int32_t i = 0; i < ste->nsymbols; i++) {
        uint32_t j = hash_ptr(ste->symbols[i].name) & (cap - 1);
        while (idx[j]) j = (j + 1) & (cap - 1);
        idx[j] = (uint32_t)i + 1;
    }
    ste->symidx_ = idx;
    ste->symidxcap_ = cap;
    return 0;
}

/* Appends a new symbol (NAME must not be in STE yet). */
static st_symbol *sym_add(st_builder *b, st_block *ste, const char *name,
                          uint32_t flags, uint32_t scope)
{
    if (grow(b, (void **)&ste->symbols, &ste->symcap_, ste->nsymbols + 1,
             sizeof *ste->symbols) < 0)
        return NULL;
    if ((uint32_t)(ste->nsymbols + 1) * 2 > ste->symidxcap_) {
        uint32_t cap = ste->symidxcap_ ? ste->symidxcap_ * 2 : 8;
        if (sym_reindex(b, ste, cap) < 0) return NULL;
    }
    st_symbol *sym = &ste->symbols[ste->nsymbols];
    sym->name = name;
    sym->flags = flags;
    sym->scope = scope;
    uint32_t mask = ste->symidxcap_ - 1, j = hash_ptr(name) & mask;
    while (ste->symidx_[j]) j = (j + 1) & mask;
    ste->symidx_[j] = (uint32_t)ste->nsymbols + 1;
    ste->nsymbols++;
    return sym;
}

static int sym_remove(st_builder *b, st_block *ste, const char *name)
{
    st_symbol *sym = sym_find(ste, name);
    if (!sym) return 0;
    int32_t i = (int32_t)(sym - ste->symbols);
    memmove(sym, sym + 1, (size_t)(ste->nsymbols - i - 1) * sizeof *sym);
    ste->nsymbols--;
    if (i < ste->n_orig_) ste->n_orig_--;
    return sym_reindex(b, ste, ste->symidxcap_);
}

/* The symbol as it was before the block's analysis started (names that
 * inlined comprehensions add afterwards are not in CPython's sets). */
static const st_symbol *orig_sym(const st_block *ste, const char *name)
{
    const st_symbol *s = sym_find(ste, name);
    return s && s - ste->symbols < ste->n_orig_ ? s : NULL;
}

/* ------------------------------------------------------------------ */
/* Blocks by key */

static int blocks_put(st_builder *b, const void *key, st_block *ste)
{
    st_table *t = b->t;
    if ((t->nblocks + 1) * 2 > t->bcap) {
        uint32_t ncap = t->bcap ? t->bcap * 2 : 64;
        const void **keys = ar_calloc(b->arena, ncap * sizeof *keys);
        st_block **vals = ar_alloc(b->arena, ncap * sizeof *vals);
        if (!keys || !vals) return oom(b);
        for (uint32_t i = 0; i < t->bcap; i++) {
            if (!t->bkeys[i]) continue;
            uint32_t j = hash_ptr(t->bkeys[i]) & (ncap - 1);
            while (keys[j]) j = (j + 1) & (ncap - 1);
            keys[j] = t->bkeys[i];
            vals[j] = t->bvals[i];
        }
        t->bkeys = keys;
        t->bvals = vals;
        t->bcap = ncap;
    }
    uint32_t mask = t->bcap - 1, j = hash_ptr(key) & mask;
    while (t->bkeys[j] && t->bkeys[j] != key) j = (j + 1) & mask;
    if (!t->bkeys[j]) t->nblocks++;
    t->bkeys[j] = key;
    t->bvals[j] = ste;
    return 0;
}

st_block *st_lookup(const st_table *t, const void *key)
{
    if (!t || !key || !t->bcap) return NULL;
    uint32_t mask = t->bcap - 1;
    for (uint32_t j = hash_ptr(key) & mask;; j = (j + 1) & mask) {
        if (!t->bkeys[j]) return NULL;
        if (t->bkeys[j] == key) return t->bvals[j];
    }
}

/* ------------------------------------------------------------------ */
/* Mangling */

static bool is_function_like(const st_block *ste)
{
    return ste->kind == ST_FUNCTION_BLOCK || ste->kind == ST_ANNOTATION_BLOCK
        || ste->kind == ST_TYPE_VARIABLE_BLOCK || ste->kind == ST_TYPE_ALIAS_BLOCK
        || ste->kind == ST_TYPE_PARAMETERS_BLOCK;
}

int st_is_function_like(const st_block *b) { return is_function_like(b); }

/* _Py_Mangle: "__x" inside class C is "_C__x".  IDENT and the result are
 * interned. */
static const char *mangle(st_table *t, ar_arena *a, const char *privateobj,
                          const char *ident)
{
    if (!privateobj || ident[0] != '_' || ident[1] != '_') return ident;
    size_t nlen = strlen(ident);
    /* Don't mangle __id__ or dotted names (import of a package). */
    if ((ident[nlen - 1] == '_' && ident[nlen - 2] == '_') || strchr(ident, '.'))
        return ident;
    /* Strip the class name's leading underscores; all underscores: none. */
    const char *p = privateobj;
    while (*p == '_') p++;
    if (!*p) return ident;
    size_t plen = strlen(p);
    char *buf = ar_alloc(a, 1 + plen + nlen + 1);
    if (!buf) return NULL;
    buf[0] = '_';
    memcpy(buf + 1, p, plen);
    memcpy(buf + 1 + plen, ident, nlen + 1);
    uint32_t h = hash_str(buf);
    const char *n = intern_find(t, buf, h);
    if (n) return n;
    if (intern_insert(t, a, buf, h) < 0) return NULL;
    return buf;
}

/* _Py_MaybeMangle: in the type-parameter block of a generic class (and
 * the blocks nested in it, which share its set), only the type
 * parameters' names are mangled.  NAME is interned. */
static const char *maybe_mangle(st_builder *b, const st_block *ste, const char *name)
{
    if (ste->mangled_names_ && !nset_has(ste->mangled_names_, name)) return name;
    const char *m = mangle(b->t, b->arena, b->private_name, name);
    if (!m) oom(b);
    return m;
}

const char *st_mangle(st_table *t, const char *private_name, const char *name)
{
    uint32_t h = hash_str(name);
    const char *n = intern_find(t, name, h);
    if (!n) {
        n = intern_copy(t, t->arena, name, strlen(name));
        if (!n) return NULL;
    }
    return mangle(t, t->arena, private_name, n);
}

const char *st_maybe_mangle(st_table *t, const char *private_name,
                            const st_block *b, const char *name)
{
    uint32_t h = hash_str(name);
    const char *n = intern_find(t, name, h);
    if (b && b->mangled_names_ && (!n || !nset_has(b->mangled_names_, n))) {
        if (n) return n;
        return intern_copy(t, t->arena, name, strlen(name));
    }
    return st_mangle(t, private_name, name);
}

/* ------------------------------------------------------------------ */
/* Building blocks */

static st_block *block_new(st_builder *b, const char *name, st_block_kind kind,
                           const void *key, st_loc loc)
{
    st_block *ste = ar_calloc(b->arena, sizeof *ste);
    if (!ste) {
        oom(b);
        return NULL;
    }
    ste->kind = kind;
    ste->name = name;
    ste->key = key;
    ste->lineno = loc.lineno;
    ste->col_offset = loc.col;
    ste->end_lineno = loc.end_lineno;
    ste->end_col_offset = loc.end_col;
    ste->table_ = b->t;
    if (b->cur && (b->cur->nested || is_function_like(b->cur))) ste->nested = 1;
    if (b->cur && b->cur->kind == ST_CLASS_BLOCK && kind == ST_FUNCTION_BLOCK)
        ste->method = 1;
    if (blocks_put(b, key, ste) < 0) return NULL;
    return ste;
}

static int enter_existing_block(st_builder *b, st_block *ste, bool add_to_children)
{
    if (grow(b, (void **)&b->stack, &b->capstack, b->nstack + 1, sizeof *b->stack) < 0)
        return -1;
    b->stack[b->nstack++] = ste;
    st_block *prev = b->cur;
    /* bpo-37757: no assignment expression anywhere in a comprehension's
     * outermost iterable, even inside nested comprehensions or lambdas. */
    if (prev) ste->comp_iter_expr_ = prev->comp_iter_expr_;
    /* Classes mangle every name; other blocks inherit the generic class's
     * set of names to mangle. */
    if (prev && prev->mangled_names_ && ste->kind != ST_CLASS_BLOCK)
        ste->mangled_names_ = prev->mangled_names_;
    if (!ste->parent) ste->parent = prev;
    b->cur = ste;
    /* Under `from __future__ import annotations` annotation blocks are
     * never compiled: keep them out of the tree (never analysed). */
    if ((b->features & ST_FUTURE_ANNOTATIONS) && ste->kind == ST_ANNOTATION_BLOCK)
        return 0;
    if (ste->kind == ST_MODULE_BLOCK) b->global = ste;
    if (add_to_children && prev) {
        if (grow(b, (void **)&prev->children, &prev->childcap_, prev->nchildren + 1,
                 sizeof *prev->children) < 0)
            return -1;
        prev->children[prev->nchildren++] = ste;
    }
    return 0;
}

static void exit_block(st_builder *b)
{
    b->cur = NULL;
    if (b->nstack) {
        b->nstack--;
        if (b->nstack) b->cur = b->stack[b->nstack - 1];
    }
}

static int add_def(st_builder *b, const char *name, uint32_t flag, st_loc loc);

static int enter_block(st_builder *b, const char *name, st_block_kind kind,
                       const void *key, st_loc loc)
{
    st_block *ste = block_new(b, name, kind, key, loc);
    if (!ste || enter_existing_block(b, ste, true) < 0) return -1;
    if (kind == ST_ANNOTATION_BLOCK || kind == ST_TYPE_VARIABLE_BLOCK
        || kind == ST_TYPE_ALIAS_BLOCK) {
        /* The code reads the format "parameter" of __annotate__ et al. */
        if (add_def(b, b->s_format, ST_DEF_PARAM, loc) < 0) return -1;
        if (add_def(b, b->s_format, ST_USE, loc) < 0) return -1;
    }
    return 0;
}

/* symtable_lookup_entry: NAME's flags in STE, mangled by STE's rule. */
static int lookup_entry(st_builder *b, st_block *ste, const char *name, uint32_t *flags)
{
    const char *m = maybe_mangle(b, ste, name);
    if (!m) return -1;
    const st_symbol *s = sym_find(ste, m);
    *flags = s ? s->flags : 0;
    return 0;
}

/* symtable_add_def_helper: adds FLAG to NAME in STE.  The name is mangled
 * by the current block's rule (not STE's), as CPython does. */
static int add_def_helper(st_builder *b, const char *name, uint32_t flag,
                          st_block *ste, st_loc loc)
{
    const char *mangled = maybe_mangle(b, b->cur, name);
    if (!mangled) return -1;
    st_symbol *sym = sym_find(ste, mangled);
    uint32_t val;
    if (sym) {
        val = sym->flags;
        if ((flag & ST_DEF_PARAM) && (val & ST_DEF_PARAM))
            return syntax_error(b, loc, "duplicate argument '%s' in function definition", name);
        if ((flag & ST_DEF_TYPE_PARAM) && (val & ST_DEF_TYPE_PARAM))
            return syntax_error(b, loc, "duplicate type parameter '%s'", name);
        val |= flag;
    } else {
        val = flag;
    }
    if (ste->comp_iter_target_) {
        /* A comprehension's iteration variable: it may not rebind a
         * walrus target; later walruses check DEF_COMP_ITER. */
        if (val & (ST_DEF_GLOBAL | ST_DEF_NONLOCAL))
            return syntax_error(b, loc,
                "comprehension inner loop cannot rebind assignment expression target '%s'",
                name);
        val |= ST_DEF_COMP_ITER;
    }
    if (sym) {
        sym->flags = val;
    } else if (!sym_add(b, ste, mangled, val, 0)) {
        return -1;
    }
    if (flag & ST_DEF_PARAM) {
        if (grow(b, (void **)&ste->varnames, &ste->varcap_, ste->nvarnames + 1,
                 sizeof *ste->varnames) < 0)
            return -1;
        ste->varnames[ste->nvarnames++] = mangled;
    } else if (flag & ST_DEF_GLOBAL) {
        /* The module's symbol records the global declaration too. */
        st_symbol *g = sym_find(b->global, mangled);
        if (g) g->flags |= flag;
        else if (!sym_add(b, b->global, mangled, flag, 0)) return -1;
    }
    return 0;
}

static int check_name(st_builder *b, const char *name, st_loc loc, ast_ctx ctx)
{
    if (ctx == AST_Store && strcmp(name, "__debug__") == 0)
        return syntax_error(b, loc, "cannot assign to __debug__");
    if (ctx == AST_Del && strcmp(name, "__debug__") == 0)
        return syntax_error(b, loc, "cannot delete __debug__");
    return 0;
}

static int check_keywords(st_builder *b, const ast_seq *keywords)
{
    for (int32_t i = 0; i < ast_seq_len(keywords); i++) {
        ast_node *k = seq_at(keywords, i);
        if (k->v.keyword.arg && check_name(b, k->v.keyword.arg, loc_of(k), AST_Store) < 0)
            return -1;
    }
    return 0;
}

static int add_def_ctx(st_builder *b, const char *name, uint32_t flag, st_loc loc,
                       ast_ctx ctx)
{
    name = intern(b, name);
    if (!name) return -1;
    if ((flag & (ST_DEF_PARAM | ST_DEF_LOCAL | ST_DEF_IMPORT))
        && check_name(b, name, loc, ctx) < 0)
        return -1;
    if ((flag & ST_DEF_TYPE_PARAM) && b->cur->mangled_names_
        && nset_add(b, b->cur->mangled_names_, name) < 0)
        return -1;
    return add_def_helper(b, name, flag, b->cur, loc);
}

static int add_def(st_builder *b, const char *name, uint32_t flag, st_loc loc)
{
    return add_def_ctx(b, name, flag, loc, flag == ST_USE ? AST_Load : AST_Store);
}

static int record_directive(st_builder *b, const char *name, st_loc loc)
{
    st_block *cur = b->cur;
    const char *m = maybe_mangle(b, cur, name);
    if (!m) return -1;
    if (grow(b, (void **)&cur->directives_, &cur->dircap_, cur->ndirectives_ + 1,
             sizeof *cur->directives_) < 0)
        return -1;
    cur->directives_[cur->ndirectives_].name = m;
    cur->directives_[cur->ndirectives_].loc = loc;
    cur->ndirectives_++;
    return 0;
}

/* ------------------------------------------------------------------ */
/* The first pass: visiting the AST */

static int visit_stmt(st_builder *b, ast_node *s);
static int visit_expr(st_builder *b, ast_node *e);
static int visit_pattern(st_builder *b, ast_node *p);

static int visit_stmts(st_builder *b, const ast_seq *seq)
{
    for (int32_t i = 0; i < ast_seq_len(seq); i++)
        if (visit_stmt(b, seq_at(seq, i)) < 0) return -1;
    return 0;
}

/* VISIT_SEQ_WITH_NULL: Dict.keys and kw_defaults hold NULLs. */
static int visit_exprs(st_builder *b, const ast_seq *seq)
{
    for (int32_t i = 0; i < ast_seq_len(seq); i++) {
        ast_node *e = seq_at(seq, i);
        if (e && visit_expr(b, e) < 0) return -1;
    }
    return 0;
}

static int visit_keywords(st_builder *b, const ast_seq *seq)
{
    for (int32_t i = 0; i < ast_seq_len(seq); i++)
        if (visit_expr(b, seq_at(seq, i)->v.keyword.value) < 0) return -1;
    return 0;
}

static bool is_docstring_body(const ast_seq *body)
{
    if (!ast_seq_len(body)) return false;
    const ast_node *s = seq_at(body, 0);
    if (s->kind != AST_Expr) return false;
    const ast_node *e = s->v.Expr.value;
    return e->kind == AST_Constant && e->v.Constant.value.kind == CONST_STR;
}

static bool allows_top_level_await(const st_builder *b)
{
    return (b->features & ST_CF_ALLOW_TOP_LEVEL_AWAIT) && b->cur->kind == ST_MODULE_BLOCK;
}

static bool is_async_def(const st_builder *b)
{
    return b->cur->kind == ST_FUNCTION_BLOCK && b->cur->coroutine;
}

static int raise_if_annotation_block(st_builder *b, const char *what, const ast_node *e)
{
    switch (b->cur->kind) {
    case ST_ANNOTATION_BLOCK:
        return syntax_error(b, loc_of(e), "%s cannot be used within an annotation", what);
    case ST_TYPE_VARIABLE_BLOCK:
        return syntax_error(b, loc_of(e), "%s cannot be used within %s", what,
                            b->cur->scope_info ? b->cur->scope_info : "?");
    case ST_TYPE_ALIAS_BLOCK:
        return syntax_error(b, loc_of(e), "%s cannot be used within a type alias", what);
    case ST_TYPE_PARAMETERS_BLOCK:
        return syntax_error(b, loc_of(e),
                            "%s cannot be used within the definition of a generic", what);
    default:
        return 0;
    }
}

static int raise_comprehension_yield(st_builder *b, const ast_node *e)
{
    const char *msg;
    switch (b->cur->comprehension) {
    case ST_COMP_LIST: msg = "'yield' inside list comprehension"; break;
    case ST_COMP_SET: msg = "'yield' inside set comprehension"; break;
    case ST_COMP_DICT: msg = "'yield' inside dict comprehension"; break;
    default: msg = "'yield' inside generator expression"; break;
    }
    return syntax_error(b, loc_of(e), "%s", msg);
}

static int enter_type_param_block(st_builder *b, const char *name, const void *key,
                                  bool has_defaults, bool has_kwdefaults,
                                  bool is_class, st_loc loc)
{
    st_block_kind current = b->cur->kind;
    if (enter_block(b, name, ST_TYPE_PARAMETERS_BLOCK, key, loc) < 0) return -1;
    if (current == ST_CLASS_BLOCK) {
        b->cur->can_see_class_scope = 1;
        if (add_def(b, b->s_classdict, ST_USE, loc) < 0) return -1;
    }
    if (is_class) {
        /* Set when the type params tuple is made, used for the bases. */
        if (add_def(b, b->s_type_params, ST_DEF_LOCAL, loc) < 0
            || add_def(b, b->s_type_params, ST_USE, loc) < 0
            || add_def(b, b->s_generic_base, ST_DEF_LOCAL, loc) < 0
            || add_def(b, b->s_generic_base, ST_USE, loc) < 0)
            return -1;
    }
    if (has_defaults && add_def(b, b->s_defaults, ST_DEF_PARAM, loc) < 0) return -1;
    if (has_kwdefaults && add_def(b, b->s_kwdefaults, ST_DEF_PARAM, loc) < 0) return -1;
    return 0;
}

static int visit_type_param_bound_or_default(st_builder *b, ast_node *e, const char *name,
                                             const ast_node *tp, const void *key,
                                             const char *scope_info)
{
    if (strcmp(name, "__classdict__") == 0)
        return syntax_error(b, loc_of(tp),
                            "reserved name '%s' cannot be used for type parameter", name);
    if (!e) return 0;
    bool is_in_class = b->cur->can_see_class_scope;
    const char *iname = intern(b, name);
    if (!iname || enter_block(b, iname, ST_TYPE_VARIABLE_BLOCK, key, loc_of(e)) < 0)
        return -1;
    b->cur->can_see_class_scope = is_in_class;
    if (is_in_class && add_def(b, b->s_classdict, ST_USE, loc_of(e)) < 0) return -1;
    b->cur->scope_info = scope_info;
    if (visit_expr(b, e) < 0) return -1;
    exit_block(b);
    return 0;
}

static int visit_type_params(st_builder *b, const ast_seq *seq)
{
    for (int32_t i = 0; i < ast_seq_len(seq); i++) {
        ast_node *tp = seq_at(seq, i);
        switch (tp->kind) {
        case AST_TypeVar: {
            const char *name = tp->v.TypeVar.name;
            if (add_def(b, name, ST_DEF_TYPE_PARAM | ST_DEF_LOCAL, loc_of(tp)) < 0) return -1;
            ast_node *bound = tp->v.TypeVar.bound;
            const char *info = NULL;
            if (bound)
                info = bound->kind == AST_Tuple ? "a TypeVar constraint" : "a TypeVar bound";
            /* The bound is keyed by the TypeVar, the default by its address
             * + 1 (a comprehension directly inside would otherwise share
             * the key of its own block). */
            if (visit_type_param_bound_or_default(b, bound, name, tp, tp, info) < 0
                || visit_type_param_bound_or_default(b, tp->v.TypeVar.default_value, name, tp,
                                                     (const char *)tp + 1,
                                                     "a TypeVar default") < 0)
                return -1;
            break;
        }
        case AST_TypeVarTuple:
            if (add_def(b, tp->v.TypeVarTuple.name, ST_DEF_TYPE_PARAM | ST_DEF_LOCAL,
                        loc_of(tp)) < 0
                || visit_type_param_bound_or_default(b, tp->v.TypeVarTuple.default_value,
                                                     tp->v.TypeVarTuple.name, tp, tp,
                                                     "a TypeVarTuple default") < 0)
                return -1;
            break;
        case AST_ParamSpec:
            if (add_def(b, tp->v.ParamSpec.name, ST_DEF_TYPE_PARAM | ST_DEF_LOCAL,
                        loc_of(tp)) < 0
                || visit_type_param_bound_or_default(b, tp->v.ParamSpec.default_value,
                                                     tp->v.ParamSpec.name, tp, tp,
                                                     "a ParamSpec default") < 0)
                return -1;
            break;
        default:
            break;
        }
    }
    return 0;
}

/* An annotated assignment's annotation, in the block's __annotate__. */
static int visit_annotation(st_builder *b, ast_node *annotation, const void *key)
{
    /* Annotations in function bodies are never evaluated: their names are
     * not recorded (but nested scopes and errors still are). */
    bool is_unevaluated = b->cur->kind == ST_FUNCTION_BLOCK;
    st_block *cur = b->cur;
    /* Module-level annotations always count as conditional (the module may
     * run only in part); class-level ones inside if/for/while/try/with/
     * match. */
    if (((cur->kind == ST_CLASS_BLOCK && cur->in_conditional_block_)
         || cur->kind == ST_MODULE_BLOCK)
        && !cur->has_conditional_annotations) {
        cur->has_conditional_annotations = 1;
        if (add_def(b, b->s_condann, ST_USE, loc_of(annotation)) < 0) return -1;
    }
    st_block *parent = b->cur;
    if (!parent->annotation_block) {
        st_block_kind current = parent->kind;
        if (enter_block(b, b->s_annotate, ST_ANNOTATION_BLOCK, key, loc_of(annotation)) < 0)
            return -1;
        parent->annotation_block = b->cur;
        if (current == ST_CLASS_BLOCK && !(b->features & ST_FUTURE_ANNOTATIONS)) {
            b->cur->can_see_class_scope = 1;
            parent->needs_classdict = 1;
            if (add_def(b, b->s_classdict, ST_USE, loc_of(annotation)) < 0) return -1;
        }
    } else if (enter_existing_block(b, parent->annotation_block, false) < 0) {
        return -1;
    }
    if (is_unevaluated) b->cur->in_unevaluated_annotation_ = 1;
    int rc = visit_expr(b, annotation);
    if (is_unevaluated) b->cur->in_unevaluated_annotation_ = 0;
    exit_block(b);
    return rc;
}

static int visit_argannotations(st_builder *b, const ast_seq *args)
{
    for (int32_t i = 0; i < ast_seq_len(args); i++) {
        ast_node *a = seq_at(args, i);
        if (a->v.arg.annotation) {
            b->cur->annotations_used = 1;
            if (visit_expr(b, a->v.arg.annotation) < 0) return -1;
        }
    }
    return 0;
}

/* A def's signature annotations, in an __annotate__ block built before the
 * function's own block (a sibling of it). */
static int visit_annotations(st_builder *b, ast_node *s, ast_node *a, ast_node *returns,
                             st_block *function_ste)
{
    bool is_in_class = b->cur->can_see_class_scope;
    st_block_kind current = b->cur->kind;
    if (enter_block(b, b->s_annotate, ST_ANNOTATION_BLOCK, a, loc_of(s)) < 0) return -1;
    b->cur->function_name = function_ste->name;
    function_ste->signature_annotations = b->cur;
    if (is_in_class || current == ST_CLASS_BLOCK) {
        b->cur->can_see_class_scope = 1;
        if (add_def(b, b->s_classdict, ST_USE, loc_of(s)) < 0) return -1;
    }
    if (visit_argannotations(b, a->v.arguments.posonlyargs) < 0
        || visit_argannotations(b, a->v.arguments.args) < 0)
        return -1;
    ast_node *va = a->v.arguments.vararg, *kw = a->v.arguments.kwarg;
    if (va && va->v.arg.annotation) {
        b->cur->annotations_used = 1;
        if (visit_expr(b, va->v.arg.annotation) < 0) return -1;
    }
    if (kw && kw->v.arg.annotation) {
        b->cur->annotations_used = 1;
        if (visit_expr(b, kw->v.arg.annotation) < 0) return -1;
    }
    if (visit_argannotations(b, a->v.arguments.kwonlyargs) < 0) return -1;
    if (returns) {
        b->cur->annotations_used = 1;
        if (visit_expr(b, returns) < 0) return -1;
    }
    exit_block(b);
    return 0;
}

static int visit_params(st_builder *b, const ast_seq *args)
{
    for (int32_t i = 0; i < ast_seq_len(args); i++) {
        ast_node *a = seq_at(args, i);
        if (add_def(b, a->v.arg.arg, ST_DEF_PARAM, loc_of(a)) < 0) return -1;
    }
    return 0;
}

static int visit_arguments(st_builder *b, ast_node *a)
{
    if (visit_params(b, a->v.arguments.posonlyargs) < 0
        || visit_params(b, a->v.arguments.args) < 0
        || visit_params(b, a->v.arguments.kwonlyargs) < 0)
        return -1;
    ast_node *va = a->v.arguments.vararg, *kw = a->v.arguments.kwarg;
    if (va) {
        if (add_def(b, va->v.arg.arg, ST_DEF_PARAM, loc_of(va)) < 0) return -1;
        b->cur->varargs = 1;
    }
    if (kw) {
        if (add_def(b, kw->v.arg.arg, ST_DEF_PARAM, loc_of(kw)) < 0) return -1;
        b->cur->varkeywords = 1;
    }
    return 0;
}

static int visit_alias(st_builder *b, ast_node *a)
{
    /* The name bound is the first component of a dotted module name. */
    const char *name = a->v.alias.asname ? a->v.alias.asname : a->v.alias.name;
    if (strcmp(name, "*") == 0) {
        if (b->cur->kind != ST_MODULE_BLOCK)
            return syntax_error(b, loc_of(a), "import * only allowed at module level");
        return 0;
    }
    const char *dot = strchr(name, '.');
    const char *store = name;
    if (dot) {
        store = intern_copy(b->t, b->arena, name, (size_t)(dot - name));
        if (!store) return oom(b);
    }
    return add_def(b, store, ST_DEF_IMPORT, loc_of(a));
}

static int check_import_from(st_builder *b, const ast_node *s)
{
    st_loc fut = b->ff_loc;
    const char *mod = s->v.ImportFrom.module;
    if (mod && s->v.ImportFrom.level == 0 && strcmp(mod, "__future__") == 0
        && (s->lineno > fut.lineno
            || (s->lineno == fut.end_lineno && s->col_offset > fut.end_col)))
        return syntax_error(b, loc_of(s),
                            "from __future__ imports must occur at the beginning of the file");
    return 0;
}

/* Global and nonlocal statements. */
static int visit_directive(st_builder *b, ast_node *s, bool is_global)
{
    const ast_seq *names = is_global ? s->v.Global.names : s->v.Nonlocal.names;
    for (int32_t i = 0; i < ast_seq_len(names); i++) {
        const char *name = intern(b, (const char *)names->items[i]);
        uint32_t cur;
        if (!name || lookup_entry(b, b->cur, name, &cur) < 0) return -1;
        if (cur & (ST_DEF_PARAM | ST_DEF_LOCAL | ST_USE | ST_DEF_ANNOT)) {
            const char *fmt;
            if (cur & ST_DEF_PARAM)
                fmt = is_global ? "name '%s' is parameter and global"
                                : "name '%s' is parameter and nonlocal";
            else if (cur & ST_USE)
                fmt = is_global ? "name '%s' is used prior to global declaration"
                                : "name '%s' is used prior to nonlocal declaration";
            else if (cur & ST_DEF_ANNOT)
                fmt = is_global ? "annotated name '%s' can't be global"
                                : "annotated name '%s' can't be nonlocal";
            else
                fmt = is_global ? "name '%s' is assigned to before global declaration"
                                : "name '%s' is assigned to before nonlocal declaration";
            return syntax_error(b, loc_of(s), fmt, name);
        }
        if (add_def(b, name, is_global ? ST_DEF_GLOBAL : ST_DEF_NONLOCAL, loc_of(s)) < 0
            || record_directive(b, name, loc_of(s)) < 0)
            return -1;
    }
    return 0;
}

/* FunctionDef and AsyncFunctionDef share their fields' meaning. */
typedef struct {
    const char *name;
    ast_node *args, *returns;
    ast_seq *body, *decorators, *type_params;
} st_fdef;

static st_fdef fdef_of(const ast_node *s)
{
    st_fdef f;
    if (s->kind == AST_FunctionDef) {
        f.name = s->v.FunctionDef.name;
        f.args = s->v.FunctionDef.args;
        f.returns = s->v.FunctionDef.returns;
        f.body = s->v.FunctionDef.body;
        f.decorators = s->v.FunctionDef.decorator_list;
        f.type_params = s->v.FunctionDef.type_params;
    } else {
        f.name = s->v.AsyncFunctionDef.name;
        f.args = s->v.AsyncFunctionDef.args;
        f.returns = s->v.AsyncFunctionDef.returns;
        f.body = s->v.AsyncFunctionDef.body;
        f.decorators = s->v.AsyncFunctionDef.decorator_list;
        f.type_params = s->v.AsyncFunctionDef.type_params;
    }
    return f;
}

static int visit_funcdef(st_builder *b, ast_node *s)
{
    st_fdef f = fdef_of(s);
    const char *name = intern(b, f.name);
    if (!name || add_def(b, name, ST_DEF_LOCAL, loc_of(s)) < 0) return -1;
    /* Defaults and decorators are evaluated in the enclosing block. */
    if (visit_exprs(b, f.args->v.arguments.defaults) < 0
        || visit_exprs(b, f.args->v.arguments.kw_defaults) < 0
        || visit_exprs(b, f.decorators) < 0)
        return -1;
    bool generic = ast_seq_len(f.type_params) > 0;
    if (generic) {
        /* CPython's parser always gives a def a (possibly empty) defaults
         * sequence, never NULL, so ".defaults" is always there. */
        bool has_kwdefaults = false;
        const ast_seq *kwd = f.args->v.arguments.kw_defaults;
        for (int32_t i = 0; i < ast_seq_len(f.args->v.arguments.kwonlyargs); i++)
            if (i < ast_seq_len(kwd) && kwd->items[i]) has_kwdefaults = true;
        if (enter_type_param_block(b, name, f.type_params, true, has_kwdefaults, false,
                                   loc_of(s)) < 0
            || visit_type_params(b, f.type_params) < 0)
            return -1;
    }
    st_block *ste = block_new(b, name, ST_FUNCTION_BLOCK, s, loc_of(s));
    if (!ste) return -1;
    if (is_docstring_body(f.body)) ste->has_docstring = 1;
    if (visit_annotations(b, s, f.args, f.returns, ste) < 0) return -1;
    if (enter_existing_block(b, ste, true) < 0) return -1;
    if (s->kind == AST_AsyncFunctionDef) b->cur->coroutine = 1;
    if (visit_arguments(b, f.args) < 0 || visit_stmts(b, f.body) < 0) return -1;
    exit_block(b);
    if (generic) exit_block(b);
    return 0;
}

static int visit_classdef(st_builder *b, ast_node *s)
{
    const char *name = intern(b, s->v.ClassDef.name);
    if (!name || add_def(b, name, ST_DEF_LOCAL, loc_of(s)) < 0) return -1;
    if (visit_exprs(b, s->v.ClassDef.decorator_list) < 0) return -1;
    const char *saved_private = b->private_name;
    bool generic = ast_seq_len(s->v.ClassDef.type_params) > 0;
    if (generic) {
        if (enter_type_param_block(b, name, s->v.ClassDef.type_params, false, false, true,
                                   loc_of(s)) < 0)
            return -1;
        b->private_name = name;
        b->cur->mangled_names_ = ar_calloc(b->arena, sizeof(st_nset));
        if (!b->cur->mangled_names_) return oom(b);
        if (visit_type_params(b, s->v.ClassDef.type_params) < 0) return -1;
    }
    if (visit_exprs(b, s->v.ClassDef.bases) < 0
        || check_keywords(b, s->v.ClassDef.keywords) < 0
        || visit_keywords(b, s->v.ClassDef.keywords) < 0)
        return -1;
    if (enter_block(b, name, ST_CLASS_BLOCK, s, loc_of(s)) < 0) return -1;
    b->private_name = name;
    if (generic) {
        if (add_def(b, b->s_dunder_type_params, ST_DEF_LOCAL, loc_of(s)) < 0
            || add_def(b, b->s_type_params, ST_USE, loc_of(s)) < 0)
            return -1;
    }
    if (is_docstring_body(s->v.ClassDef.body)) b->cur->has_docstring = 1;
    if (visit_stmts(b, s->v.ClassDef.body) < 0) return -1;
    exit_block(b);
    if (generic) exit_block(b);
    b->private_name = saved_private;
    return 0;
}

static int visit_typealias(st_builder *b, ast_node *s)
{
    ast_node *target = s->v.TypeAlias.name;
    if (visit_expr(b, target) < 0) return -1;
    const char *name = intern(b, target->v.Name.id);
    if (!name) return -1;
    bool is_in_class = b->cur->kind == ST_CLASS_BLOCK;
    bool generic = ast_seq_len(s->v.TypeAlias.type_params) > 0;
    if (generic) {
        if (enter_type_param_block(b, name, s->v.TypeAlias.type_params, false, false, false,
                                   loc_of(s)) < 0
            || visit_type_params(b, s->v.TypeAlias.type_params) < 0)
            return -1;
    }
    if (enter_block(b, name, ST_TYPE_ALIAS_BLOCK, s, loc_of(s)) < 0) return -1;
    b->cur->can_see_class_scope = is_in_class;
    if (is_in_class && add_def(b, b->s_classdict, ST_USE, loc_of(s->v.TypeAlias.value)) < 0)
        return -1;
    if (visit_expr(b, s->v.TypeAlias.value) < 0) return -1;
    exit_block(b);
    if (generic) exit_block(b);
    return 0;
}

static int visit_annassign(st_builder *b, ast_node *s)
{
    ast_node *target = s->v.AnnAssign.target;
    b->cur->annotations_used = 1;
    if (target->kind == AST_Name) {
        const char *id = intern(b, target->v.Name.id);
        uint32_t cur;
        if (!id || lookup_entry(b, b->cur, id, &cur) < 0) return -1;
        if ((cur & (ST_DEF_GLOBAL | ST_DEF_NONLOCAL)) && b->cur != b->global
            && s->v.AnnAssign.simple)
            return syntax_error(b, loc_of(s),
                                cur & ST_DEF_GLOBAL ? "annotated name '%s' can't be global"
                                                    : "annotated name '%s' can't be nonlocal",
                                id);
        if (s->v.AnnAssign.simple) {
            if (add_def(b, id, ST_DEF_ANNOT | ST_DEF_LOCAL, loc_of(target)) < 0) return -1;
        } else if (s->v.AnnAssign.value) {
            if (add_def(b, id, ST_DEF_LOCAL, loc_of(target)) < 0) return -1;
        }
    } else if (visit_expr(b, target) < 0) {
        return -1;
    }
    /* Keyed by the enclosing block's address + 1: unique, and never an
     * AST node's address. */
    if (visit_annotation(b, s->v.AnnAssign.annotation, (const char *)b->cur + 1) < 0)
        return -1;
    if (s->v.AnnAssign.value && visit_expr(b, s->v.AnnAssign.value) < 0) return -1;
    return 0;
}

static int visit_excepthandlers(st_builder *b, const ast_seq *handlers)
{
    for (int32_t i = 0; i < ast_seq_len(handlers); i++) {
        ast_node *h = seq_at(handlers, i);
        if (h->v.ExceptHandler.type && visit_expr(b, h->v.ExceptHandler.type) < 0) return -1;
        if (h->v.ExceptHandler.name
            && add_def(b, h->v.ExceptHandler.name, ST_DEF_LOCAL, loc_of(h)) < 0)
            return -1;
        if (visit_stmts(b, h->v.ExceptHandler.body) < 0) return -1;
    }
    return 0;
}

static int visit_withitems(st_builder *b, const ast_seq *items)
{
    for (int32_t i = 0; i < ast_seq_len(items); i++) {
        ast_node *w = seq_at(items, i);
        if (visit_expr(b, w->v.withitem.context_expr) < 0) return -1;
        if (w->v.withitem.optional_vars && visit_expr(b, w->v.withitem.optional_vars) < 0)
            return -1;
    }
    return 0;
}

static int visit_stmt_kind(st_builder *b, ast_node *s)
{
    st_block *cur = b->cur;
    bool saved_cond;
    int rc;
    switch ((ast_kind)s->kind) {
    case AST_FunctionDef:
    case AST_AsyncFunctionDef:
        return visit_funcdef(b, s);
    case AST_ClassDef:
        return visit_classdef(b, s);
    case AST_TypeAlias:
        return visit_typealias(b, s);
    case AST_Return:
        if (s->v.Return.value) {
            if (visit_expr(b, s->v.Return.value) < 0) return -1;
            b->cur->returns_value = 1;
        }
        return 0;
    case AST_Delete:
        return visit_exprs(b, s->v.Delete.targets);
    case AST_Assign:
        if (visit_exprs(b, s->v.Assign.targets) < 0) return -1;
        return visit_expr(b, s->v.Assign.value);
    case AST_AnnAssign:
        return visit_annassign(b, s);
    case AST_AugAssign:
        if (visit_expr(b, s->v.AugAssign.target) < 0) return -1;
        return visit_expr(b, s->v.AugAssign.value);
    case AST_For:
    case AST_AsyncFor: {
        bool async = s->kind == AST_AsyncFor;
        ast_node *target = async ? s->v.AsyncFor.target : s->v.For.target;
        ast_node *iter = async ? s->v.AsyncFor.iter : s->v.For.iter;
        ast_seq *body = async ? s->v.AsyncFor.body : s->v.For.body;
        ast_seq *orelse = async ? s->v.AsyncFor.orelse : s->v.For.orelse;
        if (async) {
            if (allows_top_level_await(b)) cur->coroutine = 1;
            if (!cur->coroutine)
                return syntax_error(b, loc_of(s), "'async for' outside async function");
        }
        if (visit_expr(b, target) < 0 || visit_expr(b, iter) < 0) return -1;
        saved_cond = cur->in_conditional_block_;
        cur->in_conditional_block_ = 1;
        rc = visit_stmts(b, body) < 0 || visit_stmts(b, orelse) < 0 ? -1 : 0;
        cur->in_conditional_block_ = saved_cond;
        return rc;
    }
    case AST_While:
        if (visit_expr(b, s->v.While.test) < 0) return -1;
        saved_cond = cur->in_conditional_block_;
        cur->in_conditional_block_ = 1;
        rc = visit_stmts(b, s->v.While.body) < 0 || visit_stmts(b, s->v.While.orelse) < 0
                 ? -1 : 0;
        cur->in_conditional_block_ = saved_cond;
        return rc;
    case AST_If:
        if (visit_expr(b, s->v.If.test) < 0) return -1;
        saved_cond = cur->in_conditional_block_;
        cur->in_conditional_block_ = 1;
        rc = visit_stmts(b, s->v.If.body) < 0 || visit_stmts(b, s->v.If.orelse) < 0 ? -1 : 0;
        cur->in_conditional_block_ = saved_cond;
        return rc;
    case AST_Match: {
        if (visit_expr(b, s->v.Match.subject) < 0) return -1;
        saved_cond = cur->in_conditional_block_;
        cur->in_conditional_block_ = 1;
        const ast_seq *cases = s->v.Match.cases;
        for (int32_t i = 0; i < ast_seq_len(cases); i++) {
            ast_node *m = seq_at(cases, i);
            if (visit_pattern(b, m->v.match_case.pattern) < 0
                || (m->v.match_case.guard && visit_expr(b, m->v.match_case.guard) < 0)
                || visit_stmts(b, m->v.match_case.body) < 0)
                return -1;
        }
        cur->in_conditional_block_ = saved_cond;
        return 0;
    }
    case AST_Raise:
        if (s->v.Raise.exc) {
            if (visit_expr(b, s->v.Raise.exc) < 0) return -1;
            if (s->v.Raise.cause && visit_expr(b, s->v.Raise.cause) < 0) return -1;
        }
        return 0;
    case AST_Try:
    case AST_TryStar: {
        bool star = s->kind == AST_TryStar;
        saved_cond = cur->in_conditional_block_;
        cur->in_conditional_block_ = 1;
        if (visit_stmts(b, star ? s->v.TryStar.body : s->v.Try.body) < 0
            || visit_excepthandlers(b, star ? s->v.TryStar.handlers : s->v.Try.handlers) < 0
            || visit_stmts(b, star ? s->v.TryStar.orelse : s->v.Try.orelse) < 0
            || visit_stmts(b, star ? s->v.TryStar.finalbody : s->v.Try.finalbody) < 0)
            return -1;
        cur->in_conditional_block_ = saved_cond;
        return 0;
    }
    case AST_Assert:
        if (visit_expr(b, s->v.Assert.test) < 0) return -1;
        return s->v.Assert.msg ? visit_expr(b, s->v.Assert.msg) : 0;
    case AST_Import:
        for (int32_t i = 0; i < ast_seq_len(s->v.Import.names); i++)
            if (visit_alias(b, seq_at(s->v.Import.names, i)) < 0) return -1;
        return 0;
    case AST_ImportFrom:
        for (int32_t i = 0; i < ast_seq_len(s->v.ImportFrom.names); i++)
            if (visit_alias(b, seq_at(s->v.ImportFrom.names, i)) < 0) return -1;
        return check_import_from(b, s);
    case AST_Global:
        return visit_directive(b, s, true);
    case AST_Nonlocal:
        return visit_directive(b, s, false);
    case AST_Expr:
        return visit_expr(b, s->v.Expr.value);
    case AST_Pass:
    case AST_Break:
    case AST_Continue:
        return 0;
    case AST_With:
    case AST_AsyncWith: {
        bool async = s->kind == AST_AsyncWith;
        if (async) {
            if (allows_top_level_await(b)) cur->coroutine = 1;
            if (!cur->coroutine)
                return syntax_error(b, loc_of(s), "'async with' outside async function");
        }
        saved_cond = cur->in_conditional_block_;
        cur->in_conditional_block_ = 1;
        if (visit_withitems(b, async ? s->v.AsyncWith.items : s->v.With.items) < 0
            || visit_stmts(b, async ? s->v.AsyncWith.body : s->v.With.body) < 0)
            return -1;
        cur->in_conditional_block_ = saved_cond;
        return 0;
    }
    default:
        return 0;
    }
}

static int visit_stmt(st_builder *b, ast_node *s)
{
    if (++b->depth > ST_MAX_DEPTH) {
        b->depth--;
        return too_deep(b);
    }
    int rc = visit_stmt_kind(b, s);
    b->depth--;
    return rc;
}

/* ---- expressions ---- */

/* The named expression's target binds in the nearest enclosing function
 * or module, past any comprehensions (PEP 572). */
static int extend_namedexpr_scope(st_builder *b, ast_node *e)
{
    const char *target = intern(b, e->v.Name.id);
    if (!target) return -1;
    for (int32_t i = b->nstack - 1; i >= 0; i--) {
        st_block *ste = b->stack[i];
        uint32_t flags;
        if (ste->comprehension) {
            if (lookup_entry(b, ste, target, &flags) < 0) return -1;
            if ((flags & ST_DEF_COMP_ITER) && (flags & ST_DEF_LOCAL))
                return syntax_error(b, loc_of(e),
                    "assignment expression cannot rebind comprehension iteration variable '%s'",
                    target);
            continue;
        }
        if (ste->kind == ST_FUNCTION_BLOCK) {
            if (lookup_entry(b, ste, target, &flags) < 0) return -1;
            if (add_def(b, target, flags & ST_DEF_GLOBAL ? ST_DEF_GLOBAL : ST_DEF_NONLOCAL,
                        loc_of(e)) < 0
                || record_directive(b, target, loc_of(e)) < 0)
                return -1;
            return add_def_helper(b, target, ST_DEF_LOCAL, ste, loc_of(e));
        }
        if (ste->kind == ST_MODULE_BLOCK) {
            if (add_def(b, target, ST_DEF_GLOBAL, loc_of(e)) < 0
                || record_directive(b, target, loc_of(e)) < 0)
                return -1;
            return add_def_helper(b, target, ST_DEF_GLOBAL, ste, loc_of(e));
        }
        switch (ste->kind) {
        case ST_CLASS_BLOCK:
            return syntax_error(b, loc_of(e),
                "assignment expression within a comprehension cannot be used in a class body");
        case ST_TYPE_PARAMETERS_BLOCK:
            return syntax_error(b, loc_of(e),
                "assignment expression within a comprehension cannot be used within the "
                "definition of a generic");
        case ST_TYPE_ALIAS_BLOCK:
            return syntax_error(b, loc_of(e),
                "assignment expression within a comprehension cannot be used in a type alias");
        case ST_TYPE_VARIABLE_BLOCK:
            return syntax_error(b, loc_of(e),
                "assignment expression within a comprehension cannot be used in a TypeVar bound");
        default:
            break;      /* an annotation block: keep looking outwards */
        }
    }
    return 0;   /* unreachable: the module is at the bottom of the stack */
}

static int visit_comprehension_rest(st_builder *b, ast_node *lc)
{
    b->cur->comp_iter_target_ = 1;
    if (visit_expr(b, lc->v.comprehension.target) < 0) return -1;
    b->cur->comp_iter_target_ = 0;
    b->cur->comp_iter_expr_++;
    if (visit_expr(b, lc->v.comprehension.iter) < 0) return -1;
    b->cur->comp_iter_expr_--;
    if (visit_exprs(b, lc->v.comprehension.ifs) < 0) return -1;
    if (lc->v.comprehension.is_async) b->cur->coroutine = 1;
    return 0;
}

static int visit_comprehension(st_builder *b, ast_node *e, const char *scope_name,
                               const ast_seq *generators, ast_node *elt, ast_node *value)
{
    bool is_generator = e->kind == AST_GeneratorExp;
    ast_node *outermost = seq_at(generators, 0);
    /* The outermost iterable is evaluated in the enclosing block. */
    b->cur->comp_iter_expr_++;
    if (visit_expr(b, outermost->v.comprehension.iter) < 0) return -1;
    b->cur->comp_iter_expr_--;
    if (enter_block(b, scope_name, ST_FUNCTION_BLOCK, e, loc_of(e)) < 0) return -1;
    st_block *comp = b->cur;
    switch ((ast_kind)e->kind) {
    case AST_ListComp: comp->comprehension = ST_COMP_LIST; break;
    case AST_SetComp: comp->comprehension = ST_COMP_SET; break;
    case AST_DictComp: comp->comprehension = ST_COMP_DICT; break;
    default: comp->comprehension = ST_COMP_GENEXP; break;
    }
    if (outermost->v.comprehension.is_async) comp->coroutine = 1;
    /* The outermost iterator arrives as the implicit parameter ".0". */
    st_loc cl = { comp->lineno, comp->col_offset, comp->end_lineno, comp->end_col_offset };
    if (add_def(b, b->s_dot0, ST_DEF_PARAM, cl) < 0) return -1;
    comp->comp_iter_target_ = 1;
    if (visit_expr(b, outermost->v.comprehension.target) < 0) return -1;
    comp->comp_iter_target_ = 0;
    if (visit_exprs(b, outermost->v.comprehension.ifs) < 0) return -1;
    for (int32_t i = 1; i < ast_seq_len(generators); i++)
        if (visit_comprehension_rest(b, seq_at(generators, i)) < 0) return -1;
    if (value && visit_expr(b, value) < 0) return -1;
    if (visit_expr(b, elt) < 0) return -1;
    comp->generator = is_generator;
    bool is_async = comp->coroutine && !is_generator;
    exit_block(b);
    if (is_async && !is_async_def(b) && b->cur->comprehension == ST_COMP_NONE
        && !allows_top_level_await(b))
        return syntax_error(b, loc_of(e),
                            "asynchronous comprehension outside of an asynchronous function");
    if (is_async) b->cur->coroutine = 1;
    return 0;
}

static int visit_name(st_builder *b, ast_node *e)
{
    if (b->cur->in_unevaluated_annotation_) return 0;
    ast_ctx ctx = e->v.Name.ctx;
    if (add_def_ctx(b, e->v.Name.id, ctx == AST_Load ? ST_USE : ST_DEF_LOCAL, loc_of(e),
                    ctx) < 0)
        return -1;
    /* super() needs the __class__ cell. */
    if (ctx == AST_Load && is_function_like(b->cur) && strcmp(e->v.Name.id, "super") == 0
        && add_def(b, b->s_class, ST_USE, loc_of(e)) < 0)
        return -1;
    return 0;
}

/* One expression node that is not on a left spine (see visit_expr). */
static int visit_expr_node(st_builder *b, ast_node *e)
{
    switch ((ast_kind)e->kind) {
    case AST_NamedExpr:
        if (raise_if_annotation_block(b, "named expression", e) < 0) return -1;
        if (b->cur->comp_iter_expr_ > 0)
            return syntax_error(b, loc_of(e),
                "assignment expression cannot be used in a comprehension iterable expression");
        if (b->cur->comprehension && extend_namedexpr_scope(b, e->v.NamedExpr.target) < 0)
            return -1;
        if (visit_expr(b, e->v.NamedExpr.value) < 0) return -1;
        return visit_expr(b, e->v.NamedExpr.target);
    case AST_BoolOp:
        return visit_exprs(b, e->v.BoolOp.values);
    case AST_UnaryOp:
        return visit_expr(b, e->v.UnaryOp.operand);
    case AST_Lambda: {
        ast_node *a = e->v.Lambda.args;
        if (visit_exprs(b, a->v.arguments.defaults) < 0
            || visit_exprs(b, a->v.arguments.kw_defaults) < 0)
            return -1;
        if (enter_block(b, b->s_lambda, ST_FUNCTION_BLOCK, e, loc_of(e)) < 0) return -1;
        if (visit_arguments(b, a) < 0 || visit_expr(b, e->v.Lambda.body) < 0) return -1;
        exit_block(b);
        return 0;
    }
    case AST_IfExp:
        if (visit_expr(b, e->v.IfExp.test) < 0 || visit_expr(b, e->v.IfExp.body) < 0)
            return -1;
        return visit_expr(b, e->v.IfExp.orelse);
    case AST_Dict:
        if (visit_exprs(b, e->v.Dict.keys) < 0) return -1;
        return visit_exprs(b, e->v.Dict.values);
    case AST_Set:
        return visit_exprs(b, e->v.Set.elts);
    case AST_GeneratorExp:
        return visit_comprehension(b, e, b->s_genexpr, e->v.GeneratorExp.generators,
                                   e->v.GeneratorExp.elt, NULL);
    case AST_ListComp:
        return visit_comprehension(b, e, b->s_listcomp, e->v.ListComp.generators,
                                   e->v.ListComp.elt, NULL);
    case AST_SetComp:
        return visit_comprehension(b, e, b->s_setcomp, e->v.SetComp.generators,
                                   e->v.SetComp.elt, NULL);
    case AST_DictComp:
        /* CPython visits the value before the key. */
        return visit_comprehension(b, e, b->s_dictcomp, e->v.DictComp.generators,
                                   e->v.DictComp.key, e->v.DictComp.value);
    case AST_Yield:
    case AST_YieldFrom: {
        if (raise_if_annotation_block(b, "yield expression", e) < 0) return -1;
        ast_node *v = e->kind == AST_Yield ? e->v.Yield.value : e->v.YieldFrom.value;
        if (v && visit_expr(b, v) < 0) return -1;
        b->cur->generator = 1;
        if (b->cur->comprehension) return raise_comprehension_yield(b, e);
        return 0;
    }
    case AST_Await:
        if (raise_if_annotation_block(b, "await expression", e) < 0) return -1;
        if (!allows_top_level_await(b)) {
            if (!is_function_like(b->cur))
                return syntax_error(b, loc_of(e), "'await' outside function");
            if (!is_async_def(b) && b->cur->comprehension == ST_COMP_NONE)
                return syntax_error(b, loc_of(e), "'await' outside async function");
        }
        if (visit_expr(b, e->v.Await.value) < 0) return -1;
        b->cur->coroutine = 1;
        return 0;
    case AST_Compare:
        if (visit_expr(b, e->v.Compare.left) < 0) return -1;
        return visit_exprs(b, e->v.Compare.comparators);
    case AST_FormattedValue:
        if (visit_expr(b, e->v.FormattedValue.value) < 0) return -1;
        return e->v.FormattedValue.format_spec
                   ? visit_expr(b, e->v.FormattedValue.format_spec) : 0;
    case AST_Interpolation:
        if (visit_expr(b, e->v.Interpolation.value) < 0) return -1;
        return e->v.Interpolation.format_spec
                   ? visit_expr(b, e->v.Interpolation.format_spec) : 0;
    case AST_JoinedStr:
        return visit_exprs(b, e->v.JoinedStr.values);
    case AST_TemplateStr:
        return visit_exprs(b, e->v.TemplateStr.values);
    case AST_Starred:
        return visit_expr(b, e->v.Starred.value);
    case AST_Slice:
        if (e->v.Slice.lower && visit_expr(b, e->v.Slice.lower) < 0) return -1;
        if (e->v.Slice.upper && visit_expr(b, e->v.Slice.upper) < 0) return -1;
        if (e->v.Slice.step && visit_expr(b, e->v.Slice.step) < 0) return -1;
        return 0;
    case AST_Name:
        return visit_name(b, e);
    case AST_List:
        return visit_exprs(b, e->v.List.elts);
    case AST_Tuple:
        return visit_exprs(b, e->v.Tuple.elts);
    default:    /* Constant */
        return 0;
    }
}

static int spine_push(st_builder *b, ast_node *e)
{
    if (grow(b, (void **)&b->spine, &b->capspine, b->nspine + 1, sizeof *b->spine) < 0)
        return -1;
    b->spine[b->nspine++] = e;
    return 0;
}

/* Visits E in CPython's order.  The parser builds BinOp, Attribute,
 * Subscript and Call chains with loops, so their left operand (the
 * "spine") can nest without bound: walk down it with an explicit stack,
 * doing what CPython does before descending (the attribute name check) on
 * the way down and the rest (right operand, slice, arguments) on the way
 * back up. */
static int visit_expr(st_builder *b, ast_node *e)
{
    if (++b->depth > ST_MAX_DEPTH) {
        b->depth--;
        return too_deep(b);
    }
    int32_t base = b->nspine;
    ast_node *n = e;
    int rc = -1;
    for (;;) {
        switch ((ast_kind)n->kind) {
        case AST_BinOp:
            if (spine_push(b, n) < 0) goto out;
            n = n->v.BinOp.left;
            continue;
        case AST_Attribute:
            if (check_name(b, n->v.Attribute.attr, loc_of(n), n->v.Attribute.ctx) < 0
                || spine_push(b, n) < 0)
                goto out;
            n = n->v.Attribute.value;
            continue;
        case AST_Subscript:
            if (spine_push(b, n) < 0) goto out;
            n = n->v.Subscript.value;
            continue;
        case AST_Call:
            if (spine_push(b, n) < 0) goto out;
            n = n->v.Call.func;
            continue;
        default:
            break;
        }
        break;
    }
    if (visit_expr_node(b, n) < 0) goto out;
    while (b->nspine > base) {
        ast_node *m = b->spine[--b->nspine];
        switch ((ast_kind)m->kind) {
        case AST_BinOp:
            if (visit_expr(b, m->v.BinOp.right) < 0) goto out;
            break;
        case AST_Subscript:
            if (visit_expr(b, m->v.Subscript.slice) < 0) goto out;
            break;
        case AST_Call:
            if (visit_exprs(b, m->v.Call.args) < 0
                || check_keywords(b, m->v.Call.keywords) < 0
                || visit_keywords(b, m->v.Call.keywords) < 0)
                goto out;
            break;
        default:
            break;
        }
    }
    rc = 0;
out:
    b->nspine = base;
    b->depth--;
    return rc;
}

static int visit_patterns(st_builder *b, const ast_seq *seq)
{
    for (int32_t i = 0; i < ast_seq_len(seq); i++)
        if (visit_pattern(b, seq_at(seq, i)) < 0) return -1;
    return 0;
}

static int visit_pattern(st_builder *b, ast_node *p)
{
    if (++b->depth > ST_MAX_DEPTH) {
        b->depth--;
        return too_deep(b);
    }
    int rc = 0;
    switch ((ast_kind)p->kind) {
    case AST_MatchValue:
        rc = visit_expr(b, p->v.MatchValue.value);
        break;
    case AST_MatchSequence:
        rc = visit_patterns(b, p->v.MatchSequence.patterns);
        break;
    case AST_MatchStar:
        if (p->v.MatchStar.name)
            rc = add_def(b, p->v.MatchStar.name, ST_DEF_LOCAL, loc_of(p));
        break;
    case AST_MatchMapping:
        if (visit_exprs(b, p->v.MatchMapping.keys) < 0
            || visit_patterns(b, p->v.MatchMapping.patterns) < 0)
            rc = -1;
        else if (p->v.MatchMapping.rest)
            rc = add_def(b, p->v.MatchMapping.rest, ST_DEF_LOCAL, loc_of(p));
        break;
    case AST_MatchClass: {
        if (visit_expr(b, p->v.MatchClass.cls) < 0
            || visit_patterns(b, p->v.MatchClass.patterns) < 0) {
            rc = -1;
            break;
        }
        const ast_seq *attrs = p->v.MatchClass.kwd_attrs;
        const ast_seq *pats = p->v.MatchClass.kwd_patterns;
        for (int32_t i = 0; i < ast_seq_len(attrs) && i < ast_seq_len(pats); i++) {
            if (check_name(b, (const char *)attrs->items[i], loc_of(seq_at(pats, i)),
                           AST_Store) < 0) {
                rc = -1;
                break;
            }
        }
        if (rc == 0) rc = visit_patterns(b, pats);
        break;
    }
    case AST_MatchAs:
        if (p->v.MatchAs.pattern && visit_pattern(b, p->v.MatchAs.pattern) < 0)
            rc = -1;
        else if (p->v.MatchAs.name)
            rc = add_def(b, p->v.MatchAs.name, ST_DEF_LOCAL, loc_of(p));
        break;
    case AST_MatchOr:
        rc = visit_patterns(b, p->v.MatchOr.patterns);
        break;
    default:    /* MatchSingleton */
        break;
    }
    b->depth--;
    return rc;
}

/* ------------------------------------------------------------------ */
/* Future statements (CPython's future.c): the leading
 * `from __future__ import ...` statements of a module. */

static int future_parse(st_builder *b, const ast_node *mod)
{
    const ast_seq *body;
    if (mod->kind == AST_Module) body = mod->v.Module.body;
    else if (mod->kind == AST_Interactive) body = mod->v.Interactive.body;
    else return 0;
    int32_t i = is_docstring_body(body) ? 1 : 0;
    for (; i < ast_seq_len(body); i++) {
        const ast_node *s = seq_at(body, i);
        if (s->kind != AST_ImportFrom || s->v.ImportFrom.level != 0) return 0;
        const char *m = s->v.ImportFrom.module;
        if (!m || strcmp(m, "__future__") != 0) return 0;
        const ast_seq *names = s->v.ImportFrom.names;
        for (int32_t j = 0; j < ast_seq_len(names); j++) {
            const char *f = seq_at(names, j)->v.alias.name;
            static const char *const mandatory[] = {
                "nested_scopes", "generators", "division", "absolute_import",
                "with_statement", "print_function", "unicode_literals", "generator_stop",
            };
            bool known = false;
            for (size_t k = 0; k < sizeof mandatory / sizeof *mandatory; k++)
                if (strcmp(f, mandatory[k]) == 0) known = true;
            if (known) continue;
            if (strcmp(f, "barry_as_FLUFL") == 0) b->features |= ST_FUTURE_BARRY_AS_BDFL;
            else if (strcmp(f, "annotations") == 0) b->features |= ST_FUTURE_ANNOTATIONS;
            else if (strcmp(f, "braces") == 0)
                return syntax_error(b, loc_of(s), "not a chance");
            else
                return syntax_error(b, loc_of(s), "future feature %.100s is not defined", f);
        }
        b->ff_loc = loc_of(s);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* The second pass: analysis */

/* Is NAME in the "newbound" set block P passes to its children: the names
 * bound in enclosing function-like blocks (minus those a block between
 * declares global), plus __class__, __classdict__ and
 * __conditional_annotations__ below a class? */
static bool in_newbound(const st_builder *b, const st_block *p, const char *name)
{
    for (; p; p = p->parent) {
        if (p->kind == ST_MODULE_BLOCK) return false;
        if (p->kind == ST_CLASS_BLOCK) {
            /* A class passes down the set it was given (before its own
             * global declarations) plus these three. */
            if (name == b->s_class || name == b->s_classdict || name == b->s_condann)
                return true;
            continue;
        }
        const st_symbol *s = orig_sym(p, name);
        if (s) {
            if (s->flags & ST_DEF_GLOBAL) return false;
            if (!(s->flags & ST_DEF_NONLOCAL) && (s->flags & ST_DEF_BOUND)) return true;
        }
    }
    return false;
}

/* Is NAME in the set of type parameters block P passes to its children
 * (the innermost binding of the name is a type parameter)? */
static bool in_type_params(const st_block *p, const char *name)
{
    for (; p; p = p->parent) {
        const st_symbol *s = orig_sym(p, name);
        if (s && !(s->flags & (ST_DEF_GLOBAL | ST_DEF_NONLOCAL)) && (s->flags & ST_DEF_BOUND))
            return (s->flags & ST_DEF_TYPE_PARAM) != 0;
    }
    return false;
}

/* Is NAME in STE's own "bound" set after its analysis (what it received,
 * minus its global declarations)?  STE is not the module. */
static bool in_bound_after(const st_builder *b, const st_block *ste, const char *name)
{
    const st_symbol *s = orig_sym(ste, name);
    if (s && (s->flags & ST_DEF_GLOBAL)) return false;
    return in_newbound(b, ste->parent, name);
}

static int error_at_directive(st_builder *b, st_block *ste, const char *name,
                              const char *fmt)
{
    for (int32_t i = 0; i < ste->ndirectives_; i++)
        if (ste->directives_[i].name == name)
            return syntax_error(b, ste->directives_[i].loc, fmt, name);
    st_loc none = { ste->lineno, ste->col_offset, ste->end_lineno, ste->end_col_offset };
    return syntax_error(b, none, fmt, name);
}

/* analyze_name: decides SYM's scope (SYM is one of STE's own symbols). */
static int analyze_name(st_builder *b, st_block *ste, st_symbol *sym,
                        const st_block *class_entry, st_nset *free)
{
    const char *name = sym->name;
    uint32_t flags = sym->flags;
    bool has_bound = ste->kind != ST_MODULE_BLOCK;
    if (flags & ST_DEF_GLOBAL) {
        if (flags & ST_DEF_NONLOCAL)
            return error_at_directive(b, ste, name, "name '%s' is nonlocal and global");
        sym->scope = ST_GLOBAL_EXPLICIT;
        return 0;
    }
    if (flags & ST_DEF_NONLOCAL) {
        if (!has_bound)
            return error_at_directive(b, ste, name,
                                      "nonlocal declaration not allowed at module level");
        if (!in_newbound(b, ste->parent, name))
            return error_at_directive(b, ste, name, "no binding for nonlocal '%s' found");
        if (in_type_params(ste->parent, name))
            return error_at_directive(b, ste, name,
                                      "nonlocal binding not allowed for type parameter '%s'");
        sym->scope = ST_FREE;
        return nset_add(b, free, name);
    }
    if (flags & ST_DEF_BOUND) {
        sym->scope = ST_LOCAL;
        return 0;
    }
    /* In a block that can see the enclosing class's namespace, a name the
     * class binds (or declares global) is looked up in the class dict and
     * then the globals, not in an enclosing function. */
    if (class_entry) {
        const st_symbol *cs = sym_find(class_entry, name);
        uint32_t cf = cs ? cs->flags : 0;
        if (cf & ST_DEF_GLOBAL) {
            sym->scope = ST_GLOBAL_EXPLICIT;
            return 0;
        }
        if ((cf & ST_DEF_BOUND) && !(cf & ST_DEF_NONLOCAL)) {
            sym->scope = ST_GLOBAL_IMPLICIT;
            return 0;
        }
    }
    if (has_bound && in_newbound(b, ste->parent, name)) {
        sym->scope = ST_FREE;
        return nset_add(b, free, name);
    }
    sym->scope = ST_GLOBAL_IMPLICIT;
    return 0;
}

static bool is_free_in_any_child(const st_block *entry, const char *name)
{
    for (int32_t i = 0; i < entry->nchildren; i++) {
        const st_symbol *s = sym_find(entry->children[i], name);
        if (s && s->scope == ST_FREE) return true;
    }
    return false;
}

/* Merges an analysed list/set/dict comprehension COMP into STE (PEP 709). */
static int inline_comprehension(st_builder *b, st_block *ste, st_block *comp,
                                st_nset *comp_free, st_nset *inlined_cells)
{
    bool remove_class = false;
    for (int32_t i = 0; i < comp->nsymbols; i++) {
        st_symbol cs = comp->symbols[i];
        if (cs.flags & ST_DEF_PARAM) continue;     /* ".0" */
        uint32_t scope = cs.scope;
        if (scope == ST_CELL || (cs.flags & ST_DEF_COMP_CELL))
            if (nset_add(b, inlined_cells, cs.name) < 0) return -1;
        st_symbol *existing = sym_find(ste, cs.name);
        /* __class__ is never free through a class (see drop_class_free).
         * CPython 3.14 drops it here even when a scope nested in the
         * comprehension needs it (its compiler then fails with a
         * SystemError), and gives __classdict__ and
         * __conditional_annotations__ no such treatment; later versions
         * differ, 3.14 is what is matched. */
        if (scope == ST_FREE && ste->kind == ST_CLASS_BLOCK && cs.name == b->s_class) {
            scope = ST_GLOBAL_IMPLICIT;
            nset_remove(comp_free, cs.name);
            remove_class = true;
        }
        if (!existing) {
            if (!sym_add(b, ste, cs.name, cs.flags, scope)) return -1;
        } else if ((existing->flags & ST_DEF_BOUND) && ste->kind != ST_CLASS_BLOCK) {
            /* Free in the comprehension, local outside: just a local now,
             * unless a scope nested in the comprehension needs the cell. */
            if (!is_free_in_any_child(comp, cs.name)) nset_remove(comp_free, cs.name);
        }
    }
    if (remove_class && sym_remove(b, comp, b->s_class) < 0) return -1;
    return 0;
}

static int analyze_block(st_builder *b, st_block *ste, const st_block *class_entry,
                         st_nset *free);

static int analyze_children(st_builder *b, st_block *ste, const st_block *class_entry,
                            st_nset *newfree, st_nset *inlined_cells)
{
    for (int32_t i = 0; i < ste->nchildren; i++) {
        st_block *entry = ste->children[i];
        const st_block *new_class_entry = NULL;
        if (entry->can_see_class_scope) {
            if (ste->kind == ST_CLASS_BLOCK) new_class_entry = ste;
            else if (class_entry) new_class_entry = class_entry;
        }
        /* Inline every comprehension but generator expressions, except in
         * annotation scopes nested in classes. */
        bool inline_comp = entry->comprehension && !entry->generator
                           && !ste->can_see_class_scope;
        st_nset child_free = { 0 };
        if (analyze_block(b, entry, new_class_entry, &child_free) < 0) return -1;
        if (inline_comp) {
            if (inline_comprehension(b, ste, entry, &child_free, inlined_cells) < 0)
                return -1;
            entry->comp_inlined = 1;
        }
        if (nset_union(b, newfree, &child_free) < 0) return -1;
    }
    /* Splice the children of inlined comprehensions into our children. */
    int32_t n = 0;
    bool any = false;
    for (int32_t i = 0; i < ste->nchildren; i++) {
        st_block *c = ste->children[i];
        if (c->comp_inlined) {
            n += c->nchildren;
            any = true;
        } else {
            n++;
        }
    }
    if (any) {
        st_block **kids = n ? ar_alloc(b->arena, (size_t)n * sizeof *kids) : NULL;
        if (n && !kids) return oom(b);
        int32_t k = 0;
        for (int32_t i = 0; i < ste->nchildren; i++) {
            st_block *c = ste->children[i];
            if (c->comp_inlined) {
                for (int32_t j = 0; j < c->nchildren; j++) kids[k++] = c->children[j];
            } else {
                kids[k++] = c;
            }
        }
        ste->children = kids;
        ste->nchildren = n;
        ste->childcap_ = n;
    }
    return 0;
}

/* analyze_block: decides the scope of every name in STE and its nested
 * blocks.  FREE receives the names free in STE or in blocks nested in it
 * that STE itself does not bind (what CPython adds to its "free" set). */
static int analyze_block(st_builder *b, st_block *ste, const st_block *class_entry,
                         st_nset *free)
{
    if (++b->depth > ST_MAX_DEPTH) {
        b->depth--;
        return too_deep(b);
    }
    ste->n_orig_ = ste->nsymbols;
    for (int32_t i = 0; i < ste->n_orig_; i++)
        if (analyze_name(b, ste, &ste->symbols[i], class_entry, free) < 0) return -1;

    st_nset newfree = { 0 }, inlined_cells = { 0 };
    if (analyze_children(b, ste, class_entry, &newfree, &inlined_cells) < 0) return -1;

    if (is_function_like(ste)) {
        /* analyze_cells: a local that is free in a nested block (or a cell
         * in an inlined comprehension) becomes a cell. */
        for (int32_t i = 0; i < ste->nsymbols; i++) {
            st_symbol *s = &ste->symbols[i];
            if (s->scope != ST_LOCAL) continue;
            if (!nset_has(&newfree, s->name) && !nset_has(&inlined_cells, s->name)) continue;
            s->scope = ST_CELL;
            nset_remove(&newfree, s->name);
        }
    } else if (ste->kind == ST_CLASS_BLOCK) {
        /* drop_class_free: these are implicit cells of the class. */
        if (nset_remove(&newfree, b->s_class)) ste->needs_class_closure = 1;
        if (nset_remove(&newfree, b->s_classdict)) ste->needs_classdict = 1;
        if (nset_remove(&newfree, b->s_condann)) ste->has_conditional_annotations = 1;
    }

    /* update_symbols */
    bool classflag = ste->kind == ST_CLASS_BLOCK || ste->can_see_class_scope;
    for (int32_t i = 0; i < ste->nsymbols; i++)
        if (nset_has(&inlined_cells, ste->symbols[i].name))
            ste->symbols[i].flags |= ST_DEF_COMP_CELL;
    for (int32_t i = 0; i < newfree.n; i++) {
        const char *name = newfree.items[i];
        if (!name) continue;
        st_symbol *s = sym_find(ste, name);
        if (s) {
            /* Free in a method, bound (or global) in the class. */
            if (classflag) s->flags |= ST_DEF_FREE_CLASS;
            continue;   /* a cell, or already free here */
        }
        if (ste->kind != ST_MODULE_BLOCK && !in_bound_after(b, ste, name))
            continue;   /* a global */
        /* Free here too only to pass it down to a nested block. */
        if (!sym_add(b, ste, name, 0, ST_FREE)) return -1;
    }
    if (nset_union(b, free, &newfree) < 0) return -1;
    b->depth--;
    return 0;
}

/* ------------------------------------------------------------------ */
/* co_cellvars / co_freevars */

static int cmp_names(const void *a, const void *c)
{
    return strcmp(*(const char *const *)a, *(const char *const *)c);
}

static int make_var_lists(st_builder *b, st_block *ste)
{
    int32_t ncell = 0, nfree = 0;
    for (int32_t i = 0; i < ste->nsymbols; i++) {
        const st_symbol *s = &ste->symbols[i];
        if (s->scope == ST_CELL || (s->flags & ST_DEF_COMP_CELL)) ncell++;
        if (s->scope == ST_FREE || (s->flags & ST_DEF_FREE_CLASS)) nfree++;
    }
    const char **cells = ar_alloc(b->arena, (size_t)(ncell + 3) * sizeof *cells);
    const char **frees = ar_alloc(b->arena, (size_t)(nfree + 1) * sizeof *frees);
    if (!cells || !frees) return oom(b);
    ncell = nfree = 0;
    for (int32_t i = 0; i < ste->nsymbols; i++) {
        const st_symbol *s = &ste->symbols[i];
        if (s->scope == ST_CELL || (s->flags & ST_DEF_COMP_CELL)) cells[ncell++] = s->name;
        if (s->scope == ST_FREE || (s->flags & ST_DEF_FREE_CLASS)) frees[nfree++] = s->name;
    }
    qsort(cells, (size_t)ncell, sizeof *cells, cmp_names);
    qsort(frees, (size_t)nfree, sizeof *frees, cmp_names);
    /* The compiler's implicit cells, appended unless already there. */
    const char *extra[3] = {
        ste->needs_class_closure ? b->s_class : NULL,
        ste->needs_classdict ? b->s_classdict : NULL,
        ste->has_conditional_annotations ? b->s_condann : NULL,
    };
    for (int k = 0; k < 3; k++) {
        if (!extra[k]) continue;
        bool have = false;
        for (int32_t i = 0; i < ncell; i++) if (cells[i] == extra[k]) have = true;
        if (!have) cells[ncell++] = extra[k];
    }
    ste->cellvars = cells;
    ste->ncellvars = ncell;
    ste->freevars = frees;
    ste->nfreevars = nfree;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Entry points */

static int init_names(st_builder *b)
{
    static const struct { size_t off; const char *s; } names[] = {
#define N(f, s) { offsetof(st_builder, f), s }
        N(s_top, "top"), N(s_lambda, "lambda"), N(s_genexpr, "genexpr"),
        N(s_listcomp, "listcomp"), N(s_setcomp, "setcomp"), N(s_dictcomp, "dictcomp"),
        N(s_annotate, "__annotate__"), N(s_class, "__class__"),
        N(s_classdict, "__classdict__"), N(s_condann, "__conditional_annotations__"),
        N(s_format, ".format"), N(s_type_params, ".type_params"),
        N(s_generic_base, ".generic_base"), N(s_defaults, ".defaults"),
        N(s_kwdefaults, ".kwdefaults"), N(s_dunder_type_params, "__type_params__"),
        N(s_dot0, ".0"),
#undef N
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        const char *s = intern(b, names[i].s);
        if (!s) return -1;
        *(const char **)((char *)b + names[i].off) = s;
    }
    return 0;
}

st_table *st_build_ex(ar_arena *arena, ast_node *mod, unsigned flags, diag_error *err)
{
    st_builder bb, *b = &bb;
    memset(b, 0, sizeof *b);
    diag_error dummy;
    b->err = err ? err : &dummy;
    memset(b->err, 0, sizeof *b->err);
    b->arena = arena;
    b->features = flags;
    b->ff_loc = (st_loc){ -1, -1, -1, -1 };
    b->t = ar_calloc(arena, sizeof *b->t);
    if (!b->t) {
        oom(b);
        return NULL;
    }
    b->t->arena = arena;
    if (init_names(b) < 0) return NULL;
    if (mod->kind == AST_FunctionType) {
        /* CPython raises RuntimeError; there is no scope to analyse. */
        syntax_error(b, (st_loc){ 0, 0, 0, 0 }, "this compiler does not handle FunctionTypes");
        return NULL;
    }
    if (future_parse(b, mod) < 0) return NULL;

    if (enter_block(b, b->s_top, ST_MODULE_BLOCK, mod, (st_loc){ 0, 0, 0, 0 }) < 0)
        return NULL;
    b->t->top = b->cur;
    int rc = 0;
    switch ((ast_kind)mod->kind) {
    case AST_Module:
        if (is_docstring_body(mod->v.Module.body)) b->cur->has_docstring = 1;
        rc = visit_stmts(b, mod->v.Module.body);
        break;
    case AST_Interactive:
        rc = visit_stmts(b, mod->v.Interactive.body);
        break;
    case AST_Expression:
        rc = visit_expr(b, mod->v.Expression.body);
        break;
    default:
        break;
    }
    if (rc < 0) return NULL;
    exit_block(b);

    st_nset free = { 0 };
    if (analyze_block(b, b->t->top, NULL, &free) < 0) return NULL;
    for (uint32_t i = 0; i < b->t->bcap; i++)
        if (b->t->bkeys[i] && make_var_lists(b, b->t->bvals[i]) < 0) return NULL;
    b->t->features = b->features;
    return b->t;
}

st_table *st_build(ar_arena *arena, ast_node *mod, diag_error *err)
{
    return st_build_ex(arena, mod, 0, err);
}

st_block *st_top(const st_table *t) { return t->top; }

unsigned st_features(const st_table *t) { return t->features; }

st_block *st_block_of(const st_table *t, const ast_node *n)
{
    return st_lookup(t, n);
}

st_block *st_type_params_block(const st_table *t, const ast_node *s)
{
    const ast_seq *tp = NULL;
    switch ((ast_kind)s->kind) {
    case AST_FunctionDef: tp = s->v.FunctionDef.type_params; break;
    case AST_AsyncFunctionDef: tp = s->v.AsyncFunctionDef.type_params; break;
    case AST_ClassDef: tp = s->v.ClassDef.type_params; break;
    case AST_TypeAlias: tp = s->v.TypeAlias.type_params; break;
    default: break;
    }
    return ast_seq_len(tp) ? st_lookup(t, tp) : NULL;
}

st_block *st_signature_block(const st_table *t, const ast_node *def)
{
    if (def->kind == AST_FunctionDef) return st_lookup(t, def->v.FunctionDef.args);
    if (def->kind == AST_AsyncFunctionDef) return st_lookup(t, def->v.AsyncFunctionDef.args);
    return NULL;
}

st_block *st_type_param_block(const st_table *t, const ast_node *tp, int default_value)
{
    if (tp->kind == AST_TypeVar && default_value) return st_lookup(t, (const char *)tp + 1);
    if (tp->kind != AST_TypeVar && !default_value) return NULL;
    return st_lookup(t, tp);
}

const st_symbol *st_find(const st_block *b, const char *name)
{
    const st_table *t = b->table_;
    const char *n = intern_find(t, name, hash_str(name));
    return n ? sym_find(b, n) : NULL;
}

int st_scope(const st_block *b, const char *name)
{
    const st_symbol *s = st_find(b, name);
    return s ? (int)s->scope : ST_SCOPE_NONE;
}

uint32_t st_flags(const st_block *b, const char *name)
{
    const st_symbol *s = st_find(b, name);
    return s ? s->flags : 0;
}
