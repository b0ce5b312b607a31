/* The code generator's core: units (one per scope), instruction emission,
 * constant and name tables, name resolution, functions, classes, type
 * aliases, PEP 649 annotations, and cc_compile itself.  Follows CPython
 * 3.14's compile.c and codegen.c (see compile_int.h). */
#include "compile_int.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

const cc_pos CC_NO_LOCATION = { -1, -1, -1, -1 };

/* ------------------------------------------------------------------ */
/* Errors and memory */

int cc_oom(cc_c *c)
{
    if (c->err->kind == DIAG_NONE) {
        memset(c->err, 0, sizeof *c->err);
        c->err->kind = DIAG_MEMORY;
        snprintf(c->err->msg, sizeof c->err->msg, "out of memory");
    }
    return -1;
}

int cc_error(cc_c *c, cc_pos loc, const char *fmt, ...)
{
    if (c->err->kind != DIAG_NONE) return -1;
    va_list va;
    va_start(va, fmt);
    diag_vset(c->err, DIAG_SYNTAX, loc.lineno, loc.col, loc.end_lineno, loc.end_col, fmt, va);
    va_end(va);
    c->err->byte_offsets = 1;
    return -1;
}

void *cc_alloc(cc_c *c, size_t n)
{
    void *p = ar_calloc(c->tmp, n ? n : 1);
    if (!p) cc_oom(c);
    return p;
}

int cc_grow(cc_c *c, void **p, int32_t *cap, int32_t need, size_t elsize)
{
    if (need <= *cap) return 0;
    int64_t ncap = *cap ? *cap : 8;
    while (ncap < need) ncap *= 2;
    if (ncap > (int64_t)1 << 28) return cc_oom(c);
    void *np = ar_alloc(c->tmp, (size_t)ncap * elsize);
    if (!np) return cc_oom(c);
    if (*p && *cap) memcpy(np, *p, (size_t)*cap * elsize);
    *p = np;
    *cap = (int32_t)ncap;
    return 0;
}

const char *cc_strdup_out(cc_c *c, const char *s)
{
    char *r = ar_strndup(c->out, s, strlen(s));
    if (!r) cc_oom(c);
    return r;
}

cc_pos cc_loc(const ast_node *n)
{
    cc_pos p = { n->lineno, n->end_lineno, n->col_offset, n->end_col_offset };
    return p;
}

/* ------------------------------------------------------------------ */
/* Blocks and instructions */

int32_t cc_new_block(cc_c *c)
{
    cc_u *u = c->u;
    if (cc_grow(c, (void **)&u->blocks, &u->capblocks, u->nblocks + 1, sizeof *u->blocks) < 0)
        return -1;
    cc_block *b = &u->blocks[u->nblocks];
    memset(b, 0, sizeof *b);
    b->next = -1;
    b->startdepth = -1;
    return u->nblocks++;
}

void cc_use_block(cc_c *c, int32_t b)
{
    cc_u *u = c->u;
    u->blocks[u->cur].next = b;
    u->cur = b;
}

static bool ends_block(int op)
{
    if (op == PS_JUMP || op == PS_JUMP_NO_INTERRUPT) return true;
    if (op >= OP__COUNT) return false;
    return (op_table[op].flags & (OPF_JUMP | OPF_TERM)) != 0;
}

static int emit_raw(cc_c *c, int op, int32_t arg, int32_t target, cc_pos loc)
{
    cc_u *u = c->u;
    cc_block *b = &u->blocks[u->cur];
    if (cc_grow(c, (void **)&b->ins, &b->cap, b->n + 1, sizeof *b->ins) < 0) return -1;
    cc_instr *i = &b->ins[b->n++];
    i->op = op;
    i->arg = arg;
    i->target = target;
    i->pos = loc;
    i->handler = -1;
    if (ends_block(op)) {
        int32_t nb = cc_new_block(c);
        if (nb < 0) return -1;
        cc_use_block(c, nb);
    }
    return 0;
}

/* BUILD_TUPLE after N constant loads becomes one tuple constant, as
 * CPython's fold_tuple_of_constants does. */
static int fold_tuple(cc_c *c, int32_t n, cc_pos loc)
{
    cc_u *u = c->u;
    cc_block *b = &u->blocks[u->cur];
    if (n > b->n || n > 4096) return 0;
    for (int32_t i = b->n - n; i < b->n; i++)
        if (b->ins[i].op != OP_LOAD_CONST && b->ins[i].op != OP_LOAD_SMALL_INT) return 0;
    cc_const *items = ar_alloc(c->out, (size_t)(n ? n : 1) * sizeof *items);
    if (!items) return cc_oom(c);
    for (int32_t i = 0; i < n; i++) {
        cc_instr *in = &b->ins[b->n - n + i];
        items[i] = in->op == OP_LOAD_SMALL_INT ? cc_k_int(in->arg) : u->consts[in->arg];
    }
    b->n -= n;
    cc_const t;
    memset(&t, 0, sizeof t);
    t.kind = CC_TUPLE;
    t.v.seq.items = items;
    t.v.seq.nitems = n;
    TRY(cc_load_const(c, &t, loc));
    return 1;
}

int cc_emit(cc_c *c, int op, int32_t arg, cc_pos loc)
{
    if (op == OP_BUILD_TUPLE) {
        int r = fold_tuple(c, arg, loc);
        if (r) return r < 0 ? -1 : 0;
    }
    return emit_raw(c, op, arg, -1, loc);
}

int cc_emit_jump(cc_c *c, int op, int32_t target, cc_pos loc)
{
    return emit_raw(c, op, 0, target, loc);
}

/* ------------------------------------------------------------------ */
/* Constants */

cc_const cc_k_str(const char *s)
{
    cc_const k;
    memset(&k, 0, sizeof k);
    k.kind = CC_STR;
    k.v.str.s = s;
    k.v.str.n = strlen(s);
    return k;
}

bool cc_const_eq(const cc_const *a, const cc_const *b)
{
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case CC_NONE: case CC_TRUE: case CC_FALSE: case CC_ELLIPSIS: return true;
    case CC_INT: return a->v.i == b->v.i;
    case CC_FLOAT: return memcmp(&a->v.f, &b->v.f, sizeof(double)) == 0;
    case CC_COMPLEX: return memcmp(&a->v.cx, &b->v.cx, sizeof a->v.cx) == 0;
    case CC_STR: case CC_BYTES:
        return a->v.str.n == b->v.str.n && !memcmp(a->v.str.s, b->v.str.s, a->v.str.n);
    case CC_BIGINT:
        return a->v.big.base == b->v.big.base && a->v.big.neg == b->v.big.neg &&
               a->v.big.n == b->v.big.n && !memcmp(a->v.big.digits, b->v.big.digits, a->v.big.n);
    case CC_TUPLE: case CC_FROZENSET: case CC_SLICE:
        if (a->v.seq.nitems != b->v.seq.nitems) return false;
        for (int32_t i = 0; i < a->v.seq.nitems; i++)
            if (!cc_const_eq(&a->v.seq.items[i], &b->v.seq.items[i])) return false;
        return true;
    case CC_CODE: return a->v.code == b->v.code;
    }
    return false;
}

int cc_add_const(cc_c *c, const cc_const *k)
{
    cc_u *u = c->u;
    for (int32_t i = 0; i < u->nconsts; i++)
        if (cc_const_eq(&u->consts[i], k)) return i;
    if (cc_grow(c, (void **)&u->consts, &u->capconsts, u->nconsts + 1, sizeof *u->consts) < 0)
        return -1;
    u->consts[u->nconsts] = *k;
    return u->nconsts++;
}

int cc_load_const(cc_c *c, const cc_const *k, cc_pos loc)
{
    if (k->kind == CC_INT && k->v.i >= 0 && k->v.i < 256)
        return cc_emit(c, OP_LOAD_SMALL_INT, (int32_t)k->v.i, loc);
    int i = cc_add_const(c, k);
    if (i < 0) return -1;
    return cc_emit(c, OP_LOAD_CONST, i, loc);
}

int cc_load_none(cc_c *c, cc_pos loc)
{
    cc_const k = cc_k_none();
    return cc_load_const(c, &k, loc);
}

int cc_load_int(cc_c *c, int64_t v, cc_pos loc)
{
    cc_const k = cc_k_int(v);
    return cc_load_const(c, &k, loc);
}

int cc_load_str(cc_c *c, const char *s, cc_pos loc)
{
    /* constants live in the output arena: copy (names may be in the AST's
     * or the symbol table's arena) */
    s = cc_strdup_out(c, s);
    if (!s) return -1;
    cc_const k = cc_k_str(s);
    return cc_load_const(c, &k, loc);
}

/* ------------------------------------------------------------------ */
/* Names */

int32_t cc_strtab_find(const cc_strtab *t, const char *s)
{
    for (int32_t i = 0; i < t->n; i++)
        if (t->s[i] == s || !strcmp(t->s[i], s)) return i;
    return -1;
}

int32_t cc_strtab_add(cc_c *c, cc_strtab *t, const char *s)
{
    int32_t i = cc_strtab_find(t, s);
    if (i >= 0) return i;
    if (cc_grow(c, (void **)&t->s, &t->cap, t->n + 1, sizeof *t->s) < 0) return -1;
    t->s[t->n] = s;
    return t->n++;
}

const char *cc_mangle(cc_c *c, const char *name)
{
    const char *r = st_maybe_mangle(c->st, c->u->private_, c->u->ste, name);
    if (!r) cc_oom(c);
    return r;
}

const char *cc_mangle_always(cc_c *c, const char *name)
{
    const char *r = st_mangle(c->st, c->u->private_, name);
    if (!r) cc_oom(c);
    return r;
}

int32_t cc_name_index(cc_c *c, const char *name)
{
    return cc_strtab_add(c, &c->u->names, name);
}

int32_t cc_varname_index(cc_c *c, const char *name)
{
    cc_u *u = c->u;
    int32_t i = cc_strtab_add(c, &u->varnames, name);
    if (i < 0) return -1;
    if (cc_grow(c, (void **)&u->hidden, &u->caphidden, u->varnames.n, 1) < 0) return -1;
    return i;
}

int32_t cc_cell_index(cc_u *u, const char *name)
{
    for (int32_t i = 0; i < u->ncells; i++)
        if (!strcmp(u->cellvars[i], name)) return i;
    return -1;
}

/* A free variable's deref index, added to the unit's free variables when
 * missing (CPython's codegen adds __conditional_annotations__ this way). */
static int32_t add_free(cc_c *c, const char *name)
{
    cc_u *u = c->u;
    int32_t i = cc_free_index(u, name);
    if (i >= 0) return i;
    const char **nf = cc_alloc(c, (size_t)(u->nfree + 1) * sizeof *nf);
    if (!nf) return -1;
    if (u->nfree) memcpy(nf, u->freevars, (size_t)u->nfree * sizeof *nf);
    nf[u->nfree++] = name;
    u->freevars = nf;
    return u->ncells + u->nfree - 1;
}

int32_t cc_free_index(cc_u *u, const char *name)
{
    for (int32_t i = 0; i < u->nfree; i++)
        if (!strcmp(u->freevars[i], name)) return u->ncells + i;
    return -1;
}

bool cc_is_function_like(const cc_u *u)
{
    return st_is_function_like(u->ste);
}

/* The scope of MANGLED in the current unit, with the overrides of
 * inlined comprehensions applied. */
int cc_scope_of(cc_c *c, const char *mangled, uint32_t *flags)
{
    cc_u *u = c->u;
    for (int32_t i = u->noverrides; i-- > 0;) {
        if (!strcmp(u->overrides[i].name, mangled)) {
            if (flags) *flags = u->overrides[i].flags;
            return (int)u->overrides[i].scope;
        }
    }
    const st_symbol *s = st_find(u->ste, mangled);
    if (flags) *flags = s ? s->flags : 0;
    return s ? (int)s->scope : ST_SCOPE_NONE;
}

static bool is_fast_hidden(cc_u *u, const char *name)
{
    int32_t i = cc_strtab_find(&u->varnames, name);
    return i >= 0 && u->hidden[i] == 1;
}

static int load_classdict_freevar(cc_c *c, cc_pos loc)
{
    int32_t i = cc_free_index(c->u, "__classdict__");
    if (i < 0) return cc_error(c, loc, "internal error: no __classdict__ free variable");
    return cc_emit(c, OP_LOAD_DEREF, i, loc);
}

int cc_nameop(cc_c *c, cc_pos loc, const char *name, ast_ctx ctx)
{
    cc_u *u = c->u;
    const char *mangled = cc_mangle(c, name);
    if (!mangled) return -1;
    int scope = cc_scope_of(c, mangled, NULL);
    enum { OPT_NAME, OPT_FAST, OPT_GLOBAL, OPT_DEREF } optype = OPT_NAME;
    int32_t arg = -1;
    switch (scope) {
    case ST_FREE:
        optype = OPT_DEREF;
        arg = cc_free_index(u, mangled);
        break;
    case ST_CELL:
        optype = OPT_DEREF;
        arg = cc_cell_index(u, mangled);
        break;
    case ST_LOCAL:
        if (cc_is_function_like(u) || is_fast_hidden(u, mangled)) optype = OPT_FAST;
        break;
    case ST_GLOBAL_IMPLICIT:
        if (cc_is_function_like(u)) optype = OPT_GLOBAL;
        break;
    case ST_GLOBAL_EXPLICIT:
        optype = OPT_GLOBAL;
        break;
    default:
        break;
    }
    if (optype == OPT_DEREF && arg < 0) {
        /* a class-local name that is also free in a method (DEF_FREE_CLASS) */
        arg = cc_free_index(u, mangled);
        if (arg < 0) arg = cc_cell_index(u, mangled);
        if (arg < 0) return cc_error(c, loc, "internal error: no cell for '%s'", mangled);
    }
    int op = 0;
    switch (optype) {
    case OPT_DEREF:
        if (ctx == AST_Load) {
            if (u->ste->kind == ST_CLASS_BLOCK && !u->in_inlined_comp) {
                TRY(cc_emit(c, OP_LOAD_LOCALS, 0, loc));
                op = OP_LOAD_FROM_DICT_OR_DEREF;
            } else if (u->ste->can_see_class_scope) {
                TRY(load_classdict_freevar(c, loc));
                op = OP_LOAD_FROM_DICT_OR_DEREF;
            } else {
                op = OP_LOAD_DEREF;
            }
        } else {
            op = ctx == AST_Store ? OP_STORE_DEREF : OP_DELETE_DEREF;
        }
        return cc_emit(c, op, arg, loc);
    case OPT_FAST:
        arg = cc_varname_index(c, mangled);
        if (arg < 0) return -1;
        op = ctx == AST_Load ? OP_LOAD_FAST : ctx == AST_Store ? OP_STORE_FAST : OP_DELETE_FAST;
        return cc_emit(c, op, arg, loc);
    case OPT_GLOBAL:
        arg = cc_name_index(c, mangled);
        if (arg < 0) return -1;
        if (ctx == AST_Load) {
            if (u->ste->can_see_class_scope && scope == ST_GLOBAL_IMPLICIT) {
                TRY(load_classdict_freevar(c, loc));
                return cc_emit(c, OP_LOAD_FROM_DICT_OR_GLOBALS, arg, loc);
            }
            return cc_emit(c, OP_LOAD_GLOBAL, arg << 1, loc);
        }
        return cc_emit(c, ctx == AST_Store ? OP_STORE_GLOBAL : OP_DELETE_GLOBAL, arg, loc);
    case OPT_NAME:
        arg = cc_name_index(c, mangled);
        if (arg < 0) return -1;
        if (ctx == AST_Load) {
            if (u->ste->kind == ST_CLASS_BLOCK && u->in_inlined_comp)
                return cc_emit(c, OP_LOAD_GLOBAL, arg << 1, loc);
            return cc_emit(c, OP_LOAD_NAME, arg, loc);
        }
        return cc_emit(c, ctx == AST_Store ? OP_STORE_NAME : OP_DELETE_NAME, arg, loc);
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Frame blocks */

int cc_push_fblock(cc_c *c, cc_pos loc, cc_fbtype t, int32_t block, int32_t exit,
                   const void *datum)
{
    cc_u *u = c->u;
    if (u->nfblocks >= CC_MAXBLOCKS)
        return cc_error(c, loc, "too many statically nested blocks");
    cc_fblock *f = &u->fblocks[u->nfblocks++];
    f->type = t;
    f->block = block;
    f->exit = exit;
    f->loc = loc;
    f->datum = datum;
    return 0;
}

void cc_pop_fblock(cc_c *c)
{
    c->u->nfblocks--;
}

/* ------------------------------------------------------------------ */
/* Units */

static int unit_depth(const cc_u *u)
{
    int n = 0;
    for (; u; u = u->parent) n++;
    return n;
}

static char *concat3(cc_c *c, const char *a, const char *b, const char *d)
{
    size_t la = strlen(a), lb = strlen(b), ld = strlen(d);
    char *r = ar_alloc(c->out, la + lb + ld + 1);
    if (!r) { cc_oom(c); return NULL; }
    memcpy(r, a, la);
    memcpy(r + la, b, lb);
    memcpy(r + la + lb, d, ld + 1);
    return r;
}

static int set_qualname(cc_c *c)
{
    cc_u *u = c->u;
    const char *base = NULL;
    int depth = unit_depth(u) - 1;     /* units on the stack below this one */
    if (depth > 1) {
        cc_u *parent = u->parent;
        bool force_global = false;
        if (parent->scope_type == SCOPE_ANNOTATIONS) {
            if (depth == 2) {
                u->qualname = u->name;
                return 0;
            }
            parent = parent->parent;
        }
        if (u->scope_type == SCOPE_FUNCTION || u->scope_type == SCOPE_ASYNC_FUNCTION ||
            u->scope_type == SCOPE_CLASS) {
            const char *m = st_mangle(c->st, parent->private_, u->name);
            if (!m) return cc_oom(c);
            if (st_scope(parent->ste, m) == ST_GLOBAL_EXPLICIT) force_global = true;
        }
        if (!force_global) {
            if (parent->scope_type == SCOPE_FUNCTION || parent->scope_type == SCOPE_ASYNC_FUNCTION ||
                parent->scope_type == SCOPE_LAMBDA) {
                base = concat3(c, parent->qualname, ".<locals>", "");
                if (!base) return -1;
            } else {
                base = parent->qualname;
            }
        }
    }
    if (base) {
        u->qualname = concat3(c, base, ".", u->name);
        if (!u->qualname) return -1;
    } else {
        u->qualname = u->name;
    }
    return 0;
}

int cc_enter_scope(cc_c *c, const char *name, cc_scope_type type, const void *key,
                   int32_t lineno, const char *private_, st_block *ste)
{
    if (!ste) ste = st_lookup(c->st, key);
    if (!ste) return cc_error(c, CC_NO_LOCATION, "internal error: no symbol table entry for '%s'", name);
    if (unit_depth(c->u) > 400)
        return cc_error(c, CC_NO_LOCATION, "too many nested scopes");
    cc_u *u = cc_alloc(c, sizeof *u);
    if (!u) return -1;
    u->parent = c->u;
    u->ste = ste;
    u->scope_type = type;
    u->name = cc_strdup_out(c, name);
    if (!u->name) return -1;
    u->firstlineno = lineno;
    u->cellvars = ste->cellvars;
    u->ncells = ste->ncellvars;
    u->freevars = ste->freevars;
    u->nfree = ste->nfreevars;
    u->annotations_placeholder = -1;
    u->annotations_first = u->annotations_last = -1;
    if (!private_ && c->u) private_ = c->u->private_;
    u->private_ = private_;
    c->u = u;
    for (int32_t i = 0; i < ste->nvarnames; i++)
        if (cc_varname_index(c, ste->varnames[i]) < 0) return -1;
    int32_t b = cc_new_block(c);
    if (b < 0) return -1;
    u->entry = u->cur = b;
    if (type != SCOPE_MODULE) TRY(set_qualname(c));
    else u->qualname = u->name;
    cc_pos loc = { lineno, lineno, 0, 0 };
    if (type == SCOPE_MODULE) loc.lineno = 0;
    TRY(cc_emit(c, OP_RESUME, RESUME_AT_FUNC_START, loc));
    if (type == SCOPE_MODULE) {
        int32_t ph = cc_new_block(c);
        if (ph < 0) return -1;
        cc_use_block(c, ph);
        u->annotations_placeholder = ph;
        int32_t body = cc_new_block(c);
        if (body < 0) return -1;
        cc_use_block(c, body);
    }
    return 0;
}

void cc_abandon_scope(cc_c *c)
{
    if (c->u) c->u = c->u->parent;
}

static uint32_t code_flags(cc_u *u)
{
    st_block *ste = u->ste;
    uint32_t flags = 0;
    if (st_is_function_like(ste)) {
        flags |= CC_NEWLOCALS | CC_OPTIMIZED;
        if (ste->nested) flags |= CC_NESTED;
        if (ste->generator && !ste->coroutine) flags |= CC_GENERATOR;
        if (ste->generator && ste->coroutine) flags |= CC_ASYNC_GENERATOR;
        if (ste->varargs) flags |= CC_VARARGS;
        if (ste->varkeywords) flags |= CC_VARKEYWORDS;
        if (ste->has_docstring) flags |= CC_HAS_DOCSTRING;
        if (ste->method) flags |= CC_METHOD;
    }
    if (ste->coroutine && !ste->generator) flags |= CC_COROUTINE;
    return flags;
}

int cc_exit_scope(cc_c *c, int add_none, cc_code **out)
{
    cc_u *u = c->u;
    if (add_none) TRY(cc_load_none(c, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_RETURN_VALUE, 0, CC_NO_LOCATION));
    cc_code *co = ar_calloc(c->out, sizeof *co);
    if (!co) return cc_oom(c);
    co->name = u->name;
    co->qualname = u->qualname;
    co->filename = c->filename;
    co->firstlineno = u->firstlineno;
    co->flags = code_flags(u);
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    TRY(cc_assemble(c, co));
    c->u = u->parent;
    *out = co;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Closures */

int cc_make_closure(cc_c *c, cc_pos loc, cc_code *co, int flags)
{
    cc_u *u = c->u;
    if (co->nfreevars) {
        int32_t first = co->nlocalsplus - co->nfreevars;
        for (int32_t i = first; i < co->nlocalsplus; i++) {
            const char *name = co->localsplusnames[i];
            int scope;
            if (u->scope_type == SCOPE_CLASS &&
                (!strcmp(name, "__class__") || !strcmp(name, "__classdict__") ||
                 !strcmp(name, "__conditional_annotations__")))
                scope = ST_CELL;
            else
                scope = cc_scope_of(c, name, NULL);
            int32_t arg = scope == ST_CELL ? cc_cell_index(u, name) : cc_free_index(u, name);
            if (arg < 0) arg = cc_free_index(u, name);
            if (arg < 0) arg = cc_cell_index(u, name);
            if (arg < 0)
                return cc_error(c, loc, "internal error: closure variable '%s' not found in '%s'",
                                name, u->name);
            TRY(cc_emit(c, PS_LOAD_CLOSURE, arg, loc));
        }
        flags |= MAKE_FUNCTION_CLOSURE;
        TRY(cc_emit(c, OP_BUILD_TUPLE, co->nfreevars, loc));
    }
    cc_const k;
    memset(&k, 0, sizeof k);
    k.kind = CC_CODE;
    k.v.code = co;
    int i = cc_add_const(c, &k);
    if (i < 0) return -1;
    TRY(cc_emit(c, OP_LOAD_CONST, i, loc));
    TRY(cc_emit(c, OP_MAKE_FUNCTION, 0, loc));
    static const int order[] = { MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_ANNOTATIONS,
                                 MAKE_FUNCTION_ANNOTATE, MAKE_FUNCTION_KWDEFAULTS,
                                 MAKE_FUNCTION_DEFAULTS };
    for (int j = 0; j < 5; j++)
        if (flags & order[j]) TRY(cc_emit(c, OP_SET_FUNCTION_ATTRIBUTE, order[j], loc));
    return 0;
}

/* ------------------------------------------------------------------ */
/* Docstrings */

bool cc_is_docstring_expr(ast_node *s)
{
    return s && s->kind == AST_Expr && s->v.Expr.value->kind == AST_Constant &&
           s->v.Expr.value->v.Constant.value.kind == CONST_STR;
}

/* inspect.cleandoc as CPython's compiler applies it (leading and trailing
 * blank lines kept). */
static const char *clean_doc(cc_c *c, const char *doc, size_t n, size_t *outn)
{
    /* expandtabs(8) first */
    size_t tabs = 0;
    for (size_t i = 0; i < n; i++) if (doc[i] == '\t') tabs++;
    char *e = ar_alloc(c->out, n + tabs * 8 + 1);
    if (!e) { cc_oom(c); return NULL; }
    size_t w = 0, col = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)doc[i];
        if (ch == '\t') {
            size_t sp = 8 - col % 8;
            for (size_t k = 0; k < sp; k++) e[w++] = ' ';
            col += sp;
        } else {
            e[w++] = (char)ch;
            if (ch == '\n' || ch == '\r') col = 0;
            else if ((ch & 0xC0) != 0x80) col++;
        }
    }
    e[w] = 0;
    n = w;
    const char *p = e, *pend = e + n;
    while (p < pend && *p++ != '\n') {}
    size_t margin = (size_t)-1;
    while (p < pend) {
        const char *s = p;
        while (p < pend && *p == ' ') p++;
        if (p < pend && *p != '\n') {
            if ((size_t)(p - s) < margin) margin = (size_t)(p - s);
        }
        while (p < pend && *p++ != '\n') {}
    }
    if (margin == (size_t)-1) margin = 0;
    p = e;
    while (p < pend && *p == ' ') p++;
    if (p == e && margin == 0) { *outn = n; return e; }
    char *buf = ar_alloc(c->out, n + 1);
    if (!buf) { cc_oom(c); return NULL; }
    char *o = buf;
    while (p < pend) {
        char ch = *o++ = *p++;
        if (ch == '\n') break;
    }
    while (p < pend) {
        for (size_t i = 0; i < margin && p < pend; i++, p++)
            if (*p != ' ') break;
        while (p < pend) {
            char ch = *o++ = *p++;
            if (ch == '\n') break;
        }
    }
    *o = 0;
    *outn = (size_t)(o - buf);
    return buf;
}

static int docstring_const(cc_c *c, ast_node *st, cc_const *k)
{
    const ast_constant *v = &st->v.Expr.value->v.Constant.value;
    size_t n;
    const char *d = clean_doc(c, v->v.str.s, v->v.str.n, &n);
    if (!d) return -1;
    memset(k, 0, sizeof *k);
    k->kind = CC_STR;
    k->v.str.s = d;
    k->v.str.n = n;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Annotations (PEP 649) */

int cc_setup_annotations_scope(cc_c *c, cc_pos loc, const void *key, const char *name,
                               st_block *ste)
{
    TRY(cc_enter_scope(c, name, SCOPE_ANNOTATIONS, key, loc.lineno, NULL, ste));
    c->u->posonlyargcount = 1;
    c->u->argcount = 1;
    TRY(cc_emit(c, OP_LOAD_FAST, 0, loc));
    TRY(cc_load_int(c, 2, loc));    /* VALUE_WITH_FAKE_GLOBALS */
    TRY(cc_emit(c, OP_COMPARE_OP, OPC_GT, loc));
    TRY(cc_emit(c, OP_TO_BOOL, 0, loc));
    int32_t body = cc_new_block(c);
    if (body < 0) return -1;
    TRY(cc_emit_jump(c, OP_POP_JUMP_IF_FALSE, body, loc));
    TRY(cc_emit(c, OP_LOAD_COMMON_CONSTANT, CC_CONST_NOTIMPLEMENTEDERROR, loc));
    TRY(cc_emit(c, OP_RAISE_VARARGS, 1, loc));
    cc_use_block(c, body);
    return 0;
}

int cc_leave_annotations_scope(cc_c *c, cc_pos loc)
{
    TRY(cc_emit(c, OP_RETURN_VALUE, 0, loc));
    cc_code *co;
    TRY(cc_exit_scope(c, 1, &co));
    if (co->nlocalsplus > 0) co->localsplusnames[0] = "format";
    return cc_make_closure(c, loc, co, 0);
}

static int process_deferred_annotations(cc_c *c, cc_pos loc)
{
    cc_u *u = c->u;
    if (!u->ndeferred) return 0;
    bool separate = u->scope_type == SCOPE_MODULE;
    int32_t prev = u->cur, first = -1;
    if (separate) {
        first = cc_new_block(c);
        if (first < 0) return -1;
        cc_use_block(c, first);
    }
    st_block *ab = u->ste->annotation_block;
    if (!ab) return cc_error(c, loc, "internal error: no annotation block");
    TRY(cc_setup_annotations_scope(c, loc, ab->key, ab->name, ab));
    TRY(cc_emit(c, OP_BUILD_MAP, 0, loc));
    for (int32_t i = 0; i < u->ndeferred; i++) {
        ast_node *st = u->deferred[i];
        cc_pos sl = cc_loc(st);
        /* the enclosing unit's private name mangles the key */
        const char *m = st_mangle(c->st, u->private_, st->v.AnnAssign.target->v.Name.id);
        if (!m) return cc_oom(c);
        int32_t not_set = cc_new_block(c);
        if (not_set < 0) return -1;
        int32_t idx = u->deferred_cond[i];
        if (idx != -1) {
            TRY(cc_load_int(c, idx, sl));
            if (u->scope_type == SCOPE_CLASS) {
                int32_t fi = add_free(c, "__conditional_annotations__");
                if (fi < 0) return -1;
                TRY(cc_emit(c, OP_LOAD_DEREF, fi, sl));
            } else {
                int32_t ni = cc_name_index(c, "__conditional_annotations__");
                if (ni < 0) return -1;
                TRY(cc_emit(c, OP_LOAD_GLOBAL, ni << 1, sl));
            }
            TRY(cc_emit(c, OP_CONTAINS_OP, 0, sl));
            TRY(cc_emit_jump(c, OP_POP_JUMP_IF_FALSE, not_set, sl));
        }
        TRY(cc_expr(c, st->v.AnnAssign.annotation));
        TRY(cc_emit(c, OP_COPY, 2, sl));
        TRY(cc_load_str(c, m, sl));
        TRY(cc_emit(c, OP_STORE_SUBSCR, 0, loc));
        cc_use_block(c, not_set);
    }
    TRY(cc_leave_annotations_scope(c, loc));
    TRY(cc_nameop(c, loc, u->ste->kind == ST_CLASS_BLOCK ? "__annotate_func__" : "__annotate__",
                  AST_Store));
    if (separate) {
        int32_t last = u->cur;
        u->blocks[prev].next = -1;
        u->cur = prev;
        int32_t ph = u->annotations_placeholder;
        u->blocks[last].next = u->blocks[ph].next;
        u->blocks[ph].next = first;
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Bodies */

int cc_body(cc_c *c, cc_pos loc, ast_seq *stmts, bool interactive)
{
    cc_u *u = c->u;
    if ((c->features & ST_FUTURE_ANNOTATIONS) && u->ste->annotations_used)
        TRY(cc_emit(c, OP_SETUP_ANNOTATIONS, 0, loc));
    int32_t n = ast_seq_len(stmts);
    int32_t first = 0;
    if (n && !interactive && u->ste->has_docstring) {
        ast_node *st = stmts->items[0];
        first = 1;
        cc_const k;
        TRY(docstring_const(c, st, &k));
        TRY(cc_load_const(c, &k, cc_loc(st->v.Expr.value)));
        TRY(cc_nameop(c, CC_NO_LOCATION, "__doc__", AST_Store));
    }
    for (int32_t i = first; i < n; i++) TRY(cc_stmt(c, stmts->items[i]));
    if (!(c->features & ST_FUTURE_ANNOTATIONS)) TRY(process_deferred_annotations(c, loc));
    return 0;
}

/* ------------------------------------------------------------------ */
/* Functions */

static int kwonly_defaults(cc_c *c, cc_pos loc, ast_seq *kwonly, ast_seq *kw_defaults)
{
    int count = 0;
    for (int32_t i = 0; i < ast_seq_len(kwonly); i++) {
        ast_node *arg = kwonly->items[i];
        ast_node *d = i < ast_seq_len(kw_defaults) ? kw_defaults->items[i] : NULL;
        if (!d) continue;
        count++;
        const char *m = cc_mangle(c, arg->v.arg.arg);
        if (!m) return -1;
        TRY(cc_load_str(c, m, loc));
        TRY(cc_expr(c, d));
    }
    if (count) {
        TRY(cc_emit(c, OP_BUILD_MAP, count, loc));
        return 1;
    }
    return 0;
}

static int default_arguments(cc_c *c, cc_pos loc, ast_node *args)
{
    int flags = 0;
    if (ast_seq_len(args->v.arguments.defaults) > 0) {
        ast_seq *d = args->v.arguments.defaults;
        for (int32_t i = 0; i < d->n; i++) TRY(cc_expr(c, d->items[i]));
        TRY(cc_emit(c, OP_BUILD_TUPLE, d->n, loc));
        flags |= MAKE_FUNCTION_DEFAULTS;
    }
    if (args->v.arguments.kwonlyargs) {
        int r = kwonly_defaults(c, loc, args->v.arguments.kwonlyargs, args->v.arguments.kw_defaults);
        if (r < 0) return -1;
        if (r) flags |= MAKE_FUNCTION_KWDEFAULTS;
    }
    return flags;
}

/* An annotation as source text (from __future__ import annotations). */
int cc_annotation_text(cc_c *c, ast_node *e, cc_pos loc);

static int argannotation(cc_c *c, const char *id, ast_node *ann, int *len, cc_pos loc)
{
    if (!ann) return 0;
    const char *m = cc_mangle(c, id);
    if (!m) return -1;
    TRY(cc_load_str(c, m, loc));
    if (c->features & ST_FUTURE_ANNOTATIONS) {
        TRY(cc_annotation_text(c, ann, loc));
    } else if (ann->kind == AST_Starred) {
        TRY(cc_expr(c, ann->v.Starred.value));
        TRY(cc_emit(c, OP_UNPACK_SEQUENCE, 1, loc));
    } else {
        TRY(cc_expr(c, ann));
    }
    (*len)++;
    return 0;
}

static int argannotations(cc_c *c, ast_seq *args, int *len, cc_pos loc)
{
    for (int32_t i = 0; i < ast_seq_len(args); i++) {
        ast_node *a = args->items[i];
        TRY(argannotation(c, a->v.arg.arg, a->v.arg.annotation, len, loc));
    }
    return 0;
}

static int function_annotations(cc_c *c, cc_pos loc, ast_node *def, ast_node *args,
                                ast_node *returns)
{
    st_block *ste = st_signature_block(c->st, def);
    if (!ste || !ste->annotations_used) return 0;
    TRY(cc_setup_annotations_scope(c, loc, ste->key, ste->name, ste));
    int len = 0;
    TRY(argannotations(c, args->v.arguments.args, &len, loc));
    TRY(argannotations(c, args->v.arguments.posonlyargs, &len, loc));
    if (args->v.arguments.vararg && args->v.arguments.vararg->v.arg.annotation)
        TRY(argannotation(c, args->v.arguments.vararg->v.arg.arg,
                          args->v.arguments.vararg->v.arg.annotation, &len, loc));
    TRY(argannotations(c, args->v.arguments.kwonlyargs, &len, loc));
    if (args->v.arguments.kwarg && args->v.arguments.kwarg->v.arg.annotation)
        TRY(argannotation(c, args->v.arguments.kwarg->v.arg.arg,
                          args->v.arguments.kwarg->v.arg.annotation, &len, loc));
    TRY(argannotation(c, "return", returns, &len, loc));
    TRY(cc_emit(c, OP_BUILD_MAP, len, loc));
    TRY(cc_leave_annotations_scope(c, loc));
    return MAKE_FUNCTION_ANNOTATE;
}

static int type_param_bound_or_default(cc_c *c, ast_node *e, const char *name,
                                       st_block *ste, bool allow_starred)
{
    cc_pos loc = cc_loc(e);
    cc_const one = cc_k_int(1);
    cc_const *items = ar_alloc(c->out, sizeof *items);
    if (!items) return cc_oom(c);
    items[0] = one;
    cc_const t;
    memset(&t, 0, sizeof t);
    t.kind = CC_TUPLE;
    t.v.seq.items = items;
    t.v.seq.nitems = 1;
    TRY(cc_load_const(c, &t, loc));
    TRY(cc_setup_annotations_scope(c, loc, ste->key, name, ste));
    if (allow_starred && e->kind == AST_Starred) {
        TRY(cc_expr(c, e->v.Starred.value));
        TRY(cc_emit(c, OP_UNPACK_SEQUENCE, 1, loc));
    } else {
        TRY(cc_expr(c, e));
    }
    TRY(cc_emit(c, OP_RETURN_VALUE, 0, loc));
    cc_code *co;
    TRY(cc_exit_scope(c, 1, &co));
    if (co->nlocalsplus > 0) co->localsplusnames[0] = "format";
    return cc_make_closure(c, loc, co, MAKE_FUNCTION_DEFAULTS);
}

static int type_params(cc_c *c, ast_seq *tps)
{
    int32_t n = ast_seq_len(tps);
    if (!n) return 0;
    bool seen_default = false;
    for (int32_t i = 0; i < n; i++) {
        ast_node *tp = tps->items[i];
        cc_pos loc = cc_loc(tp);
        const char *name;
        ast_node *dflt;
        switch (tp->kind) {
        case AST_TypeVar:
            name = tp->v.TypeVar.name;
            dflt = tp->v.TypeVar.default_value;
            TRY(cc_load_str(c, name, loc));
            if (tp->v.TypeVar.bound) {
                ast_node *bound = tp->v.TypeVar.bound;
                st_block *bs = st_type_param_block(c->st, tp, 0);
                if (!bs) return cc_error(c, loc, "internal error: no TypeVar bound scope");
                TRY(type_param_bound_or_default(c, bound, name, bs, false));
                TRY(cc_emit(c, OP_CALL_INTRINSIC_2, bound->kind == AST_Tuple
                            ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_TYPEVAR_WITH_BOUND, loc));
            } else {
                TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc));
            }
            break;
        case AST_TypeVarTuple:
            name = tp->v.TypeVarTuple.name;
            dflt = tp->v.TypeVarTuple.default_value;
            TRY(cc_load_str(c, name, loc));
            TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc));
            break;
        default:
            name = tp->v.ParamSpec.name;
            dflt = tp->v.ParamSpec.default_value;
            TRY(cc_load_str(c, name, loc));
            TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc));
            break;
        }
        if (dflt) {
            seen_default = true;
            st_block *ds = st_type_param_block(c->st, tp, 1);
            if (!ds) return cc_error(c, loc, "internal error: no type parameter default scope");
            TRY(type_param_bound_or_default(c, dflt, name, ds, tp->kind == AST_TypeVarTuple));
            TRY(cc_emit(c, OP_CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, loc));
        } else if (seen_default) {
            return cc_error(c, loc, "non-default type parameter '%s' follows default type parameter",
                            name);
        }
        TRY(cc_emit(c, OP_COPY, 1, loc));
        TRY(cc_nameop(c, loc, name, AST_Store));
    }
    return cc_emit(c, OP_BUILD_TUPLE, n, cc_loc(tps->items[0]));
}

static int wrap_in_stopiteration_handler(cc_c *c)
{
    cc_u *u = c->u;
    int32_t handler = cc_new_block(c);
    if (handler < 0) return -1;
    /* SETUP_CLEANUP at the start: right after RESUME (entry block) */
    cc_block *e = &u->blocks[u->entry];
    if (cc_grow(c, (void **)&e->ins, &e->cap, e->n + 1, sizeof *e->ins) < 0) return -1;
    memmove(e->ins + 1, e->ins, (size_t)e->n * sizeof *e->ins);
    e->n++;
    e->ins[0].op = PS_SETUP_CLEANUP;
    e->ins[0].arg = 0;
    e->ins[0].target = handler;
    e->ins[0].pos = CC_NO_LOCATION;
    e->ins[0].handler = -1;
    TRY(cc_load_none(c, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_RETURN_VALUE, 0, CC_NO_LOCATION));
    cc_use_block(c, handler);
    TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, CC_NO_LOCATION));
    return cc_emit(c, OP_RERAISE, 1, CC_NO_LOCATION);
}

static int function_body(cc_c *c, ast_node *s, bool is_async, int funcflags, int32_t firstlineno)
{
    ast_node *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    ast_seq *body = is_async ? s->v.AsyncFunctionDef.body : s->v.FunctionDef.body;
    TRY(cc_enter_scope(c, name, is_async ? SCOPE_ASYNC_FUNCTION : SCOPE_FUNCTION, s,
                       firstlineno, NULL, st_block_of(c->st, s)));
    cc_u *u = c->u;
    u->argcount = ast_seq_len(args->v.arguments.args) + ast_seq_len(args->v.arguments.posonlyargs);
    u->posonlyargcount = ast_seq_len(args->v.arguments.posonlyargs);
    u->kwonlyargcount = ast_seq_len(args->v.arguments.kwonlyargs);
    int32_t first = 0;
    if (u->ste->has_docstring && ast_seq_len(body) && cc_is_docstring_expr(body->items[0])) {
        first = 1;
        cc_const k;
        TRY(docstring_const(c, body->items[0], &k));
        TRY(cc_add_const(c, &k));
    }
    bool stopiter = u->ste->coroutine || u->ste->generator;
    if (stopiter) TRY(cc_push_fblock(c, CC_NO_LOCATION, FB_STOP_ITERATION, u->entry, -1, NULL));
    for (int32_t i = first; i < ast_seq_len(body); i++) TRY(cc_stmt(c, body->items[i]));
    if (stopiter) {
        TRY(wrap_in_stopiteration_handler(c));
        cc_pop_fblock(c);
    }
    cc_code *co;
    TRY(cc_exit_scope(c, 1, &co));
    return cc_make_closure(c, cc_loc(s), co, funcflags);
}

static int apply_decorators(cc_c *c, ast_seq *decos)
{
    for (int32_t i = ast_seq_len(decos) - 1; i >= 0; i--)
        TRY(cc_emit(c, OP_CALL, 0, cc_loc(decos->items[i])));
    return 0;
}

int cc_function(cc_c *c, ast_node *s, bool is_async)
{
    ast_node *args = is_async ? s->v.AsyncFunctionDef.args : s->v.FunctionDef.args;
    ast_node *returns = is_async ? s->v.AsyncFunctionDef.returns : s->v.FunctionDef.returns;
    ast_seq *decos = is_async ? s->v.AsyncFunctionDef.decorator_list : s->v.FunctionDef.decorator_list;
    const char *name = is_async ? s->v.AsyncFunctionDef.name : s->v.FunctionDef.name;
    ast_seq *tps = is_async ? s->v.AsyncFunctionDef.type_params : s->v.FunctionDef.type_params;

    for (int32_t i = 0; i < ast_seq_len(decos); i++) TRY(cc_expr(c, decos->items[i]));
    int32_t firstlineno = s->lineno;
    if (ast_seq_len(decos)) firstlineno = ((ast_node *)decos->items[0])->lineno;
    cc_pos loc = cc_loc(s);
    bool generic = ast_seq_len(tps) > 0;
    int funcflags = default_arguments(c, loc, args);
    if (funcflags < 0) return -1;
    int ntp_args = 0;
    if (generic) {
        if (funcflags & MAKE_FUNCTION_DEFAULTS) ntp_args++;
        if (funcflags & MAKE_FUNCTION_KWDEFAULTS) ntp_args++;
        if (ntp_args == 2) TRY(cc_emit(c, OP_SWAP, 2, loc));
        size_t ln = strlen(name) + 32;
        char *tpname = ar_alloc(c->out, ln);
        if (!tpname) return cc_oom(c);
        snprintf(tpname, ln, "<generic parameters of %s>", name);
        TRY(cc_enter_scope(c, tpname, SCOPE_ANNOTATIONS, NULL, firstlineno, NULL,
                           st_type_params_block(c->st, s)));
        c->u->argcount = ntp_args;
        TRY(type_params(c, tps));
        for (int i = 0; i < ntp_args; i++) TRY(cc_emit(c, OP_LOAD_FAST, i, loc));
    }
    int af = function_annotations(c, loc, s, args, returns);
    if (af < 0) return -1;
    funcflags |= af;
    TRY(function_body(c, s, is_async, funcflags, firstlineno));
    if (generic) {
        TRY(cc_emit(c, OP_SWAP, 2, loc));
        TRY(cc_emit(c, OP_CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc));
        TRY(cc_emit(c, OP_RETURN_VALUE, 0, loc));
        cc_code *co;
        TRY(cc_exit_scope(c, 0, &co));
        TRY(cc_make_closure(c, loc, co, 0));
        if (ntp_args > 0) {
            TRY(cc_emit(c, OP_SWAP, ntp_args + 1, loc));
            TRY(cc_emit(c, OP_CALL, ntp_args - 1, loc));
        } else {
            TRY(cc_emit(c, OP_PUSH_NULL, 0, loc));
            TRY(cc_emit(c, OP_CALL, 0, loc));
        }
    }
    TRY(apply_decorators(c, decos));
    return cc_nameop(c, loc, name, AST_Store);
}

/* ------------------------------------------------------------------ */
/* Classes */

static int sort_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int class_body(cc_c *c, ast_node *s, int32_t firstlineno)
{
    const char *name = s->v.ClassDef.name;
    TRY(cc_enter_scope(c, name, SCOPE_CLASS, s, firstlineno, name, st_block_of(c->st, s)));
    cc_u *u = c->u;
    cc_pos loc = { firstlineno, firstlineno, 0, 0 };
    TRY(cc_nameop(c, loc, "__name__", AST_Load));
    TRY(cc_nameop(c, loc, "__module__", AST_Store));
    TRY(cc_load_str(c, u->qualname, loc));
    TRY(cc_nameop(c, loc, "__qualname__", AST_Store));
    TRY(cc_load_int(c, firstlineno, loc));
    TRY(cc_nameop(c, loc, "__firstlineno__", AST_Store));
    if (ast_seq_len(s->v.ClassDef.type_params) > 0) {
        TRY(cc_nameop(c, loc, ".type_params", AST_Load));
        TRY(cc_nameop(c, loc, "__type_params__", AST_Store));
    }
    if (u->ste->needs_classdict) {
        TRY(cc_emit(c, OP_LOAD_LOCALS, 0, loc));
        int32_t ci = cc_cell_index(u, "__classdict__");
        if (ci < 0) return cc_error(c, loc, "internal error: no __classdict__ cell");
        TRY(cc_emit(c, OP_STORE_DEREF, ci, loc));
    }
    if (u->ste->has_conditional_annotations) {
        TRY(cc_emit(c, OP_BUILD_SET, 0, loc));
        int32_t ci = cc_cell_index(u, "__conditional_annotations__");
        if (ci < 0) return cc_error(c, loc, "internal error: no __conditional_annotations__ cell");
        TRY(cc_emit(c, OP_STORE_DEREF, ci, loc));
    }
    TRY(cc_body(c, loc, s->v.ClassDef.body, false));
    /* __static_attributes__: sorted */
    int32_t n = u->static_attrs.n;
    cc_const *items = ar_alloc(c->out, (size_t)(n ? n : 1) * sizeof *items);
    if (!items) return cc_oom(c);
    const char **sorted = cc_alloc(c, (size_t)(n ? n : 1) * sizeof *sorted);
    if (!sorted) return -1;
    if (n) memcpy(sorted, u->static_attrs.s, (size_t)n * sizeof *sorted);
    qsort(sorted, (size_t)n, sizeof *sorted, sort_cmp);
    for (int32_t i = 0; i < n; i++) {
        const char *cp = cc_strdup_out(c, sorted[i]);
        if (!cp) return -1;
        items[i] = cc_k_str(cp);
    }
    cc_const t;
    memset(&t, 0, sizeof t);
    t.kind = CC_TUPLE;
    t.v.seq.items = items;
    t.v.seq.nitems = n;
    TRY(cc_load_const(c, &t, CC_NO_LOCATION));
    TRY(cc_nameop(c, CC_NO_LOCATION, "__static_attributes__", AST_Store));
    if (u->ste->needs_classdict) {
        int32_t ci = cc_cell_index(u, "__classdict__");
        TRY(cc_emit(c, PS_LOAD_CLOSURE, ci, CC_NO_LOCATION));
        TRY(cc_nameop(c, CC_NO_LOCATION, "__classdictcell__", AST_Store));
    }
    if (u->ste->needs_class_closure) {
        int32_t ci = cc_cell_index(u, "__class__");
        if (ci < 0) return cc_error(c, loc, "internal error: no __class__ cell");
        TRY(cc_emit(c, PS_LOAD_CLOSURE, ci, CC_NO_LOCATION));
        TRY(cc_emit(c, OP_COPY, 1, CC_NO_LOCATION));
        TRY(cc_nameop(c, CC_NO_LOCATION, "__classcell__", AST_Store));
    } else {
        TRY(cc_load_none(c, CC_NO_LOCATION));
    }
    TRY(cc_emit(c, OP_RETURN_VALUE, 0, CC_NO_LOCATION));
    cc_code *co;
    TRY(cc_exit_scope(c, 1, &co));
    loc = cc_loc(s);
    TRY(cc_emit(c, OP_LOAD_BUILD_CLASS, 0, loc));
    TRY(cc_emit(c, OP_PUSH_NULL, 0, loc));
    TRY(cc_make_closure(c, loc, co, 0));
    return cc_load_str(c, name, loc);
}

int cc_class(cc_c *c, ast_node *s)
{
    ast_seq *decos = s->v.ClassDef.decorator_list;
    for (int32_t i = 0; i < ast_seq_len(decos); i++) TRY(cc_expr(c, decos->items[i]));
    int32_t firstlineno = s->lineno;
    if (ast_seq_len(decos)) firstlineno = ((ast_node *)decos->items[0])->lineno;
    cc_pos loc = cc_loc(s);
    ast_seq *tps = s->v.ClassDef.type_params;
    bool generic = ast_seq_len(tps) > 0;
    const char *name = s->v.ClassDef.name;
    if (generic) {
        size_t ln = strlen(name) + 32;
        char *tpname = ar_alloc(c->out, ln);
        if (!tpname) return cc_oom(c);
        snprintf(tpname, ln, "<generic parameters of %s>", name);
        TRY(cc_enter_scope(c, tpname, SCOPE_ANNOTATIONS, NULL, firstlineno, name,
                           st_type_params_block(c->st, s)));
        TRY(type_params(c, tps));
        TRY(cc_nameop(c, loc, ".type_params", AST_Store));
    }
    TRY(class_body(c, s, firstlineno));
    if (generic) {
        TRY(cc_nameop(c, loc, ".type_params", AST_Load));
        TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc));
        TRY(cc_nameop(c, loc, ".generic_base", AST_Store));
        TRY(cc_call_helper(c, loc, 2, s->v.ClassDef.bases, ".generic_base", s->v.ClassDef.keywords));
        TRY(cc_emit(c, OP_RETURN_VALUE, 0, loc));
        cc_code *co;
        TRY(cc_exit_scope(c, 0, &co));
        TRY(cc_make_closure(c, loc, co, 0));
        TRY(cc_emit(c, OP_PUSH_NULL, 0, loc));
        TRY(cc_emit(c, OP_CALL, 0, loc));
    } else {
        TRY(cc_call_helper(c, loc, 2, s->v.ClassDef.bases, NULL, s->v.ClassDef.keywords));
    }
    TRY(apply_decorators(c, decos));
    return cc_nameop(c, loc, name, AST_Store);
}

/* ------------------------------------------------------------------ */
/* Type aliases */

static int typealias_body(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    const char *name = s->v.TypeAlias.name->v.Name.id;
    cc_const *items = ar_alloc(c->out, sizeof *items);
    if (!items) return cc_oom(c);
    items[0] = cc_k_int(1);
    cc_const t;
    memset(&t, 0, sizeof t);
    t.kind = CC_TUPLE;
    t.v.seq.items = items;
    t.v.seq.nitems = 1;
    TRY(cc_load_const(c, &t, loc));
    st_block *ste = st_block_of(c->st, s);
    if (!ste) return cc_error(c, loc, "internal error: no type alias scope");
    TRY(cc_setup_annotations_scope(c, loc, ste->key, name, ste));
    TRY(cc_expr(c, s->v.TypeAlias.value));
    TRY(cc_emit(c, OP_RETURN_VALUE, 0, loc));
    cc_code *co;
    TRY(cc_exit_scope(c, 0, &co));
    if (co->nlocalsplus > 0) co->localsplusnames[0] = "format";
    TRY(cc_make_closure(c, loc, co, MAKE_FUNCTION_DEFAULTS));
    TRY(cc_emit(c, OP_BUILD_TUPLE, 3, loc));
    return cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
}

int cc_typealias(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    ast_seq *tps = s->v.TypeAlias.type_params;
    bool generic = ast_seq_len(tps) > 0;
    const char *name = s->v.TypeAlias.name->v.Name.id;
    if (generic) {
        size_t ln = strlen(name) + 32;
        char *tpname = ar_alloc(c->out, ln);
        if (!tpname) return cc_oom(c);
        snprintf(tpname, ln, "<generic parameters of %s>", name);
        TRY(cc_enter_scope(c, tpname, SCOPE_ANNOTATIONS, NULL, loc.lineno, NULL,
                           st_type_params_block(c->st, s)));
        TRY(cc_load_str(c, name, loc));
        TRY(type_params(c, tps));
    } else {
        TRY(cc_load_str(c, name, loc));
        TRY(cc_load_none(c, loc));
    }
    TRY(typealias_body(c, s));
    if (generic) {
        TRY(cc_emit(c, OP_RETURN_VALUE, 0, loc));
        cc_code *co;
        TRY(cc_exit_scope(c, 0, &co));
        TRY(cc_make_closure(c, loc, co, 0));
        TRY(cc_emit(c, OP_PUSH_NULL, 0, loc));
        TRY(cc_emit(c, OP_CALL, 0, loc));
    }
    return cc_nameop(c, loc, name, AST_Store);
}

/* ------------------------------------------------------------------ */
/* Entry point */

void cc_preprocess_warnings(ast_node *mod, const diag_sink *sink);

cc_unit *cc_compile(ast_node *mod, const char *filename, cc_mode mode, diag_error *err)
{
    return cc_compile_ex(mod, filename, mode, NULL, err);
}

cc_unit *cc_compile_ex(ast_node *mod, const char *filename, cc_mode mode, const diag_sink *sink,
                       diag_error *err)
{
    memset(err, 0, sizeof *err);
    cc_preprocess_warnings(mod, sink);
    cc_unit *unit = NULL;
    ar_arena *out = ar_new(0), *tmp = ar_new(0);
    if (!out || !tmp) {
        ar_free(out);
        ar_free(tmp);
        diag_set(err, DIAG_MEMORY, 0, 0, 0, 0, "out of memory");
        return NULL;
    }
    cc_c cs;
    memset(&cs, 0, sizeof cs);
    cc_c *c = &cs;
    c->out = out;
    c->tmp = tmp;
    c->err = err;
    c->mode = mode;
    c->filename = cc_strdup_out(c, filename ? filename : "<string>");
    if (!c->filename) goto fail;
    c->st = st_build(tmp, mod, err);
    if (!c->st) goto fail;
    c->features = st_features(c->st);
    if (cc_enter_scope(c, "<module>", SCOPE_MODULE, mod, 1, NULL, st_top(c->st)) < 0) goto fail;
    int add_none = 1;
    if (mod->kind == AST_Module) {
        ast_seq *body = mod->v.Module.body;
        cc_pos loc = { 1, 1, 0, 0 };
        if (ast_seq_len(body)) loc = cc_loc(body->items[0]);
        if (c->u->ste->has_conditional_annotations) {
            if (cc_emit(c, OP_BUILD_SET, 0, loc) < 0) goto fail;
            int32_t ni = cc_name_index(c, "__conditional_annotations__");
            if (ni < 0 || cc_emit(c, OP_STORE_NAME, ni, loc) < 0) goto fail;
        }
        if (mode == CC_MODE_EXEC_LAST && ast_seq_len(body) &&
            ((ast_node *)body->items[body->n - 1])->kind == AST_Expr) {
            /* all but the last statement, then return the last's value */
            ast_seq tmpseq;
            int32_t n = body->n;
            ast_seq *head = cc_alloc(c, sizeof(ast_seq) + (size_t)n * sizeof(void *));
            if (!head) goto fail;
            (void)tmpseq;
            head->n = n - 1;
            memcpy(head->items, body->items, (size_t)(n - 1) * sizeof(void *));
            if (cc_body(c, loc, head, false) < 0) goto fail;
            ast_node *last = body->items[n - 1];
            if (cc_expr(c, last->v.Expr.value) < 0) goto fail;
            add_none = 0;
        } else {
            if (cc_body(c, loc, body, false) < 0) goto fail;
        }
    } else if (mod->kind == AST_Interactive) {
        c->interactive = true;
        ast_seq *body = mod->v.Interactive.body;
        cc_pos loc = { 1, 1, 0, 0 };
        if (ast_seq_len(body)) loc = cc_loc(body->items[0]);
        if (c->u->ste->has_conditional_annotations) {
            if (cc_emit(c, OP_BUILD_SET, 0, loc) < 0) goto fail;
            int32_t ni = cc_name_index(c, "__conditional_annotations__");
            if (ni < 0 || cc_emit(c, OP_STORE_NAME, ni, loc) < 0) goto fail;
        }
        if (cc_body(c, loc, body, true) < 0) goto fail;
    } else if (mod->kind == AST_Expression) {
        if (cc_expr(c, mod->v.Expression.body) < 0) goto fail;
        add_none = 0;
    } else {
        diag_set(err, DIAG_SYNTAX, 0, 0, 0, 0, "cannot compile this kind of module");
        goto fail;
    }
    cc_code *top;
    if (cc_exit_scope(c, add_none, &top) < 0) goto fail;
    unit = ar_calloc(out, sizeof *unit);
    if (!unit) { cc_oom(c); goto fail; }
    unit->arena = out;
    unit->top = top;
    ar_free(tmp);
    return unit;
fail:
    if (err->kind == DIAG_NONE) cc_oom(c);
    ar_free(tmp);
    ar_free(out);
    return NULL;
}

void cc_unit_free(cc_unit *u)
{
    if (u) ar_free(u->arena);
}
