/* Assembly of one unit: from the blocks of (pseudo-)instructions the
 * generator built to a cc_code.  In order, as CPython 3.14's flowgraph.c
 * and assemble.c:
 *   1. the prologue (COPY_FREE_VARS, MAKE_CELL, RETURN_GENERATOR + POP_TOP);
 *   2. exception-handler labelling: a walk of the CFG with a stack of
 *      SETUP_* handlers gives each instruction its handler and fixes
 *      RESUME's depth-1 bit;
 *   3. reachability (unreachable blocks are dropped);
 *   4. stack depth: a walk with op_stack_effect, SETUP_* giving handler
 *      blocks their entry depth;
 *   5. pseudo-instructions lowered, redundant NOPs and jumps to the next
 *      block removed, line numbers propagated;
 *   6. layout: offsets with EXTENDED_ARG prefixes until stable, jump
 *      directions chosen, the exception table and positions written.
 * Also cc_verify, the independent checker of a finished cc_code. */
#include "compile_int.h"

#include <stdio.h>
#include <stdlib.h>

static bool is_pseudo_setup(int op)
{
    return op == PS_SETUP_FINALLY || op == PS_SETUP_CLEANUP || op == PS_SETUP_WITH;
}

static bool is_jump_op(int op)
{
    if (op == PS_JUMP || op == PS_JUMP_NO_INTERRUPT) return true;
    if (op >= OP__COUNT) return false;
    return (op_table[op].flags & OPF_JUMP) != 0;
}

static bool is_uncond_jump(int op)
{
    return op == PS_JUMP || op == PS_JUMP_NO_INTERRUPT || op == OP_JUMP_FORWARD ||
           op == OP_JUMP_BACKWARD || op == OP_JUMP_BACKWARD_NO_INTERRUPT;
}

static bool is_terminator(int op)
{
    if (op >= OP__COUNT) return op == PS_JUMP || op == PS_JUMP_NO_INTERRUPT;
    return (op_table[op].flags & OPF_TERM) != 0;
}

static bool has_fallthrough(const cc_block *b)
{
    if (!b->n) return true;
    return !is_terminator(b->ins[b->n - 1].op);
}

/* Stack effect of a (pseudo-)instruction. */
static int effect(const cc_instr *i, int jump, int *pop, int *push)
{
    switch (i->op) {
    case PS_JUMP: case PS_JUMP_NO_INTERRUPT: case PS_POP_BLOCK:
        *pop = *push = 0;
        return 0;
    case PS_SETUP_FINALLY:
        *pop = 0; *push = jump ? 1 : 0;
        return 0;
    case PS_SETUP_CLEANUP:
        *pop = 0; *push = jump ? 2 : 0;
        return 0;
    case PS_SETUP_WITH:
        *pop = 0; *push = jump ? 1 : 0;
        return 0;
    case PS_LOAD_CLOSURE:
        *pop = 0; *push = 1;
        return 0;
    case PS_STORE_FAST_MAYBE_NULL:
        *pop = 1; *push = 0;
        return 0;
    default:
        return op_stack_effect((op_code)i->op, (uint32_t)i->arg, jump, pop, push);
    }
}

static int insert_instr(cc_c *c, cc_block *b, int32_t at, int op, int32_t arg, cc_pos pos)
{
    if (cc_grow(c, (void **)&b->ins, &b->cap, b->n + 1, sizeof *b->ins) < 0) return -1;
    memmove(b->ins + at + 1, b->ins + at, (size_t)(b->n - at) * sizeof *b->ins);
    b->n++;
    cc_instr *i = &b->ins[at];
    i->op = op;
    i->arg = arg;
    i->target = -1;
    i->pos = pos;
    i->handler = -1;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Exception labelling */

static int label_exception_targets(cc_c *c)
{
    cc_u *u = c->u;
    int32_t nb = u->nblocks;
    int32_t *todo = cc_alloc(c, (size_t)nb * sizeof *todo);
    if (!todo) return -1;
    int32_t ntodo = 0;
    for (int32_t i = 0; i < nb; i++) {
        u->blocks[i].visited = 0;
        u->blocks[i].exstack = NULL;
        u->blocks[i].exdepth = 0;
    }
    /* each block gets its own copy of the stack it starts with */
    int32_t maxdepth = CC_MAXBLOCKS * 4 + 8;
    cc_block *entry = &u->blocks[u->entry];
    entry->exstack = cc_alloc(c, (size_t)maxdepth * sizeof(int32_t));
    if (!entry->exstack) return -1;
    entry->visited = 1;
    todo[ntodo++] = u->entry;
    int32_t *stack = cc_alloc(c, (size_t)maxdepth * sizeof *stack);
    if (!stack) return -1;
    while (ntodo) {
        int32_t bi = todo[--ntodo];
        cc_block *b = &u->blocks[bi];
        int32_t depth = b->exdepth;
        memcpy(stack, b->exstack, (size_t)depth * sizeof *stack);
        int32_t handler = depth ? stack[depth - 1] : -1;
        int last_yield_depth = -1;
        for (int32_t k = 0; k < b->n; k++) {
            cc_instr *in = &b->ins[k];
            if (is_pseudo_setup(in->op)) {
                cc_block *t = &u->blocks[in->target];
                if (!t->visited) {
                    t->visited = 1;
                    t->exstack = cc_alloc(c, (size_t)maxdepth * sizeof(int32_t));
                    if (!t->exstack) return -1;
                    memcpy(t->exstack, stack, (size_t)depth * sizeof *stack);
                    t->exdepth = depth;
                    todo[ntodo++] = in->target;
                }
                if (depth >= maxdepth) return cc_error(c, in->pos, "too many statically nested blocks");
                t->is_handler = 1;
                t->preserve_lasti = in->op != PS_SETUP_FINALLY;
                stack[depth++] = in->target;
                handler = in->target;
                in->handler = -1;
            } else if (in->op == PS_POP_BLOCK) {
                if (depth > 0) depth--;
                handler = depth ? stack[depth - 1] : -1;
                in->op = OP_NOP;
                in->handler = handler;
            } else if (is_jump_op(in->op)) {
                in->handler = handler;
                cc_block *t = &u->blocks[in->target];
                if (!t->visited) {
                    t->visited = 1;
                    t->exstack = cc_alloc(c, (size_t)maxdepth * sizeof(int32_t));
                    if (!t->exstack) return -1;
                    memcpy(t->exstack, stack, (size_t)depth * sizeof *stack);
                    t->exdepth = depth;
                    todo[ntodo++] = in->target;
                }
            } else if (in->op == OP_YIELD_VALUE) {
                in->handler = handler;
                last_yield_depth = depth;
            } else if (in->op == OP_RESUME) {
                in->handler = handler;
                if (in->arg != RESUME_AT_FUNC_START) {
                    if (last_yield_depth == 1) in->arg |= RESUME_OPARG_DEPTH1_MASK;
                    last_yield_depth = -1;
                }
            } else {
                in->handler = handler;
            }
        }
        if (has_fallthrough(b) && b->next >= 0 && !u->blocks[b->next].visited) {
            cc_block *nx = &u->blocks[b->next];
            nx->visited = 1;
            nx->exstack = cc_alloc(c, (size_t)maxdepth * sizeof(int32_t));
            if (!nx->exstack) return -1;
            memcpy(nx->exstack, stack, (size_t)depth * sizeof *stack);
            nx->exdepth = depth;
            todo[ntodo++] = b->next;
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Reachability */

static int mark_reachable(cc_c *c)
{
    cc_u *u = c->u;
    int32_t nb = u->nblocks;
    int32_t *todo = cc_alloc(c, (size_t)nb * sizeof *todo);
    if (!todo) return -1;
    int32_t ntodo = 0;
    for (int32_t i = 0; i < nb; i++) {
        u->blocks[i].reachable = 0;
        u->blocks[i].npreds = 0;
    }
    u->blocks[u->entry].reachable = 1;
    todo[ntodo++] = u->entry;
    while (ntodo) {
        cc_block *b = &u->blocks[todo[--ntodo]];
        for (int32_t k = 0; k < b->n; k++) {
            cc_instr *in = &b->ins[k];
            if (in->target >= 0) {
                cc_block *t = &u->blocks[in->target];
                if (!is_pseudo_setup(in->op)) t->npreds++;
                if (!t->reachable) {
                    t->reachable = 1;
                    todo[ntodo++] = in->target;
                }
            }
            if (in->handler >= 0 && !u->blocks[in->handler].reachable) {
                u->blocks[in->handler].reachable = 1;
                todo[ntodo++] = in->handler;
            }
        }
        if (has_fallthrough(b) && b->next >= 0) {
            cc_block *nx = &u->blocks[b->next];
            nx->npreds++;
            if (!nx->reachable) {
                nx->reachable = 1;
                todo[ntodo++] = b->next;
            }
        }
    }
    return 0;
}

/* ------------------------------------------------------------------ */
/* Stack depth */

static int stackdepth(cc_c *c, int32_t *maxout)
{
    cc_u *u = c->u;
    int32_t nb = u->nblocks;
    int32_t *todo = cc_alloc(c, (size_t)(nb + 1) * sizeof *todo);
    if (!todo) return -1;
    int32_t ntodo = 0, maxdepth = 0;
    for (int32_t i = 0; i < nb; i++) u->blocks[i].startdepth = -1;
    u->blocks[u->entry].startdepth = 0;
    todo[ntodo++] = u->entry;
    while (ntodo) {
        int32_t bi = todo[--ntodo];
        cc_block *b = &u->blocks[bi];
        int32_t depth = b->startdepth;
        bool fall = true;
        for (int32_t k = 0; k < b->n; k++) {
            cc_instr *in = &b->ins[k];
            int pop, push;
            if (effect(in, 0, &pop, &push) < 0)
                return cc_error(c, in->pos, "internal error: bad instruction %d", in->op);
            if (depth - pop < 0)
                return cc_error(c, in->pos, "internal error: stack underflow in '%s' at %s",
                                u->name, in->op < OP__COUNT ? op_table[in->op].name : "pseudo");
            int32_t nd = depth - pop + push;
            if (nd > maxdepth) maxdepth = nd;
            if (in->target >= 0) {
                int jp, jpush;
                if (effect(in, 1, &jp, &jpush) < 0)
                    return cc_error(c, in->pos, "internal error: bad jump %d", in->op);
                int32_t td = depth - jp + jpush;
                if (td > maxdepth) maxdepth = td;
                cc_block *t = &u->blocks[in->target];
                if (t->startdepth < 0) {
                    t->startdepth = td;
                    todo[ntodo++] = in->target;
                } else if (t->startdepth != td) {
                    return cc_error(c, in->pos,
                                    "internal error: inconsistent stack depth (%d vs %d) in '%s'",
                                    t->startdepth, td, u->name);
                }
            }
            depth = nd;
            if (is_terminator(in->op)) {
                fall = false;
                break;
            }
        }
        if (fall && b->next >= 0) {
            cc_block *nx = &u->blocks[b->next];
            if (nx->startdepth < 0) {
                nx->startdepth = depth;
                todo[ntodo++] = b->next;
            } else if (nx->startdepth != depth) {
                return cc_error(c, CC_NO_LOCATION,
                                "internal error: inconsistent stack depth at fallthrough (%d vs %d) in '%s'",
                                nx->startdepth, depth, u->name);
            }
        }
    }
    *maxout = maxdepth;
    return 0;
}

/* ------------------------------------------------------------------ */
/* Cleanups */

static bool same_line(cc_pos a, cc_pos b)
{
    return a.lineno == b.lineno;
}

/* Removes NOPs that carry no line information of their own. */
static void remove_redundant_nops(cc_u *u)
{
    for (int32_t bi = u->entry; bi >= 0; bi = u->blocks[bi].next) {
        cc_block *b = &u->blocks[bi];
        int32_t w = 0;
        for (int32_t k = 0; k < b->n; k++) {
            cc_instr *in = &b->ins[k];
            bool drop = false;
            if (in->op == OP_NOP) {
                if (in->pos.lineno < 0) {
                    drop = true;
                } else if (w > 0 && same_line(b->ins[w - 1].pos, in->pos)) {
                    drop = true;
                } else if (k + 1 < b->n) {
                    cc_instr *nx = &b->ins[k + 1];
                    if (nx->pos.lineno < 0) {
                        nx->pos = in->pos;
                        drop = true;
                    } else if (same_line(nx->pos, in->pos)) {
                        drop = true;
                    }
                } else {
                    /* last in block: look at the next non-empty block it falls into */
                    int32_t ni = b->next;
                    while (ni >= 0 && u->blocks[ni].n == 0) ni = u->blocks[ni].next;
                    if (ni >= 0 && u->blocks[ni].npreds == 1) {
                        cc_instr *nx = &u->blocks[ni].ins[0];
                        if (nx->pos.lineno < 0) {
                            nx->pos = in->pos;
                            drop = true;
                        } else if (same_line(nx->pos, in->pos)) {
                            drop = true;
                        }
                    }
                }
            }
            if (!drop) b->ins[w++] = *in;
        }
        b->n = w;
    }
}

static void propagate_line_numbers(cc_u *u)
{
    for (int32_t bi = u->entry; bi >= 0; bi = u->blocks[bi].next) {
        cc_block *b = &u->blocks[bi];
        if (!b->n) continue;
        cc_pos prev = CC_NO_LOCATION;
        for (int32_t k = 0; k < b->n; k++) {
            if (b->ins[k].pos.lineno < 0) b->ins[k].pos = prev;
            else prev = b->ins[k].pos;
        }
        if (prev.lineno < 0) continue;
        cc_instr *last = &b->ins[b->n - 1];
        if (has_fallthrough(b) && b->next >= 0) {
            int32_t ni = b->next;
            while (ni >= 0 && u->blocks[ni].n == 0) ni = u->blocks[ni].next;
            if (ni >= 0 && u->blocks[ni].npreds == 1 && !u->blocks[ni].is_handler &&
                u->blocks[ni].ins[0].pos.lineno < 0)
                u->blocks[ni].ins[0].pos = prev;
        }
        if (is_jump_op(last->op) && last->target >= 0) {
            cc_block *t = &u->blocks[last->target];
            if (t->npreds == 1 && !t->is_handler && t->n && t->ins[0].pos.lineno < 0)
                t->ins[0].pos = prev;
        }
    }
}

/* The first non-empty block at or after B in layout order. */
static int32_t resolve_block(cc_u *u, int32_t b)
{
    while (b >= 0 && u->blocks[b].n == 0) b = u->blocks[b].next;
    return b;
}

/* ------------------------------------------------------------------ */
/* Localsplus */

typedef struct lp_map {
    int32_t *deref;     /* deref index (cells then frees) -> slot */
    int32_t nlocalsplus;
} lp_map;

static int build_localsplus(cc_c *c, cc_code *co, lp_map *m)
{
    cc_u *u = c->u;
    int32_t nlocals = u->varnames.n;
    int32_t noff = u->ncells + u->nfree;
    m->deref = cc_alloc(c, (size_t)(noff ? noff : 1) * sizeof *m->deref);
    if (!m->deref) return -1;
    for (int32_t i = 0; i < noff; i++) m->deref[i] = nlocals + i;
    for (int32_t i = 0; i < u->ncells; i++) {
        int32_t vi = cc_strtab_find(&u->varnames, u->cellvars[i]);
        if (vi >= 0) m->deref[i] = vi;
    }
    int32_t dropped = 0;
    for (int32_t i = 0; i < noff; i++) {
        if (m->deref[i] == i + nlocals) m->deref[i] -= dropped;
        else dropped++;
    }
    int32_t n = nlocals + noff - dropped;
    m->nlocalsplus = n;
    co->nlocalsplus = n;
    co->nfreevars = u->nfree;
    co->localsplusnames = ar_calloc(c->out, (size_t)(n ? n : 1) * sizeof *co->localsplusnames);
    co->localspluskinds = ar_calloc(c->out, (size_t)(n ? n : 1));
    if (!co->localsplusnames || !co->localspluskinds) return cc_oom(c);
    int32_t nargs = u->argcount + u->kwonlyargcount + (u->ste->varargs ? 1 : 0) +
                    (u->ste->varkeywords ? 1 : 0);
    for (int32_t i = 0; i < nlocals; i++) {
        const char *nm = cc_strdup_out(c, u->varnames.s[i]);
        if (!nm) return -1;
        co->localsplusnames[i] = nm;
        uint8_t k = CC_FAST_LOCAL;
        if (u->hidden && u->hidden[i]) k |= CC_FAST_HIDDEN;
        if (i < nargs && i < u->ste->nvarnames) k |= CC_FAST_ARG;
        if (cc_cell_index(u, u->varnames.s[i]) >= 0) k |= CC_FAST_CELL;
        co->localspluskinds[i] = k;
    }
    for (int32_t i = 0; i < u->ncells; i++) {
        int32_t slot = m->deref[i];
        if (slot < nlocals) continue;
        const char *nm = cc_strdup_out(c, u->cellvars[i]);
        if (!nm) return -1;
        co->localsplusnames[slot] = nm;
        co->localspluskinds[slot] = CC_FAST_CELL;
    }
    for (int32_t i = 0; i < u->nfree; i++) {
        int32_t slot = m->deref[u->ncells + i];
        const char *nm = cc_strdup_out(c, u->freevars[i]);
        if (!nm) return -1;
        co->localsplusnames[slot] = nm;
        co->localspluskinds[slot] = CC_FAST_FREE;
    }
    return 0;
}

static bool is_deref_op(int op)
{
    return op == OP_LOAD_DEREF || op == OP_STORE_DEREF || op == OP_DELETE_DEREF ||
           op == OP_MAKE_CELL || op == OP_LOAD_FROM_DICT_OR_DEREF || op == PS_LOAD_CLOSURE;
}

/* ------------------------------------------------------------------ */
/* Layout */

static int arg_units(uint32_t arg)
{
    if (arg < 0x100) return 1;
    if (arg < 0x10000) return 2;
    if (arg < 0x1000000) return 3;
    return 4;
}

int cc_assemble(cc_c *c, cc_code *co)
{
    cc_u *u = c->u;
    /* 1. prologue */
    {
        cc_block *e = &u->blocks[u->entry];
        cc_pos fl = { u->firstlineno, u->firstlineno, -1, -1 };
        int32_t at = 0;
        if (u->nfree) TRY(insert_instr(c, e, at++, OP_COPY_FREE_VARS, u->nfree, CC_NO_LOCATION));
        for (int32_t i = 0; i < u->ncells; i++)
            TRY(insert_instr(c, &u->blocks[u->entry], at++, OP_MAKE_CELL, i, CC_NO_LOCATION));
        if (u->ste->generator || u->ste->coroutine) {
            if (st_is_function_like(u->ste)) {
                TRY(insert_instr(c, &u->blocks[u->entry], at++, OP_RETURN_GENERATOR, 0, fl));
                TRY(insert_instr(c, &u->blocks[u->entry], at++, OP_POP_TOP, 0, fl));
            }
        }
    }
    /* 2, 3, 4 */
    TRY(label_exception_targets(c));
    TRY(mark_reachable(c));
    /* drop unreachable blocks from the layout */
    {
        int32_t prev = -1;
        for (int32_t bi = u->entry; bi >= 0; bi = u->blocks[bi].next) {
            if (u->blocks[bi].reachable) {
                if (prev >= 0) u->blocks[prev].next = bi;
                prev = bi;
            }
        }
        if (prev >= 0) u->blocks[prev].next = -1;
    }
    int32_t maxdepth = 0;
    TRY(stackdepth(c, &maxdepth));
    co->stacksize = maxdepth;
    /* 5. lower pseudo-instructions */
    lp_map lp;
    TRY(build_localsplus(c, co, &lp));
    for (int32_t bi = u->entry; bi >= 0; bi = u->blocks[bi].next) {
        cc_block *b = &u->blocks[bi];
        for (int32_t k = 0; k < b->n; k++) {
            cc_instr *in = &b->ins[k];
            if (is_deref_op(in->op)) {
                if (in->arg < 0 || in->arg >= u->ncells + u->nfree)
                    return cc_error(c, in->pos, "internal error: bad cell index");
                in->arg = lp.deref[in->arg];
            }
            if (is_pseudo_setup(in->op)) {
                in->op = OP_NOP;
                in->target = -1;
            } else if (in->op == PS_LOAD_CLOSURE) {
                in->op = OP_LOAD_FAST;
            } else if (in->op == PS_STORE_FAST_MAYBE_NULL) {
                in->op = OP_STORE_FAST;
            }
        }
    }
    /* jumps to the next block become NOPs (kept only for a line) */
    for (int32_t bi = u->entry; bi >= 0; bi = u->blocks[bi].next) {
        cc_block *b = &u->blocks[bi];
        if (!b->n) continue;
        cc_instr *last = &b->ins[b->n - 1];
        if (is_uncond_jump(last->op) && resolve_block(u, last->target) == resolve_block(u, b->next)) {
            last->op = OP_NOP;
            last->target = -1;
        }
    }
    TRY(mark_reachable(c));     /* predecessor counts without SETUPs */
    remove_redundant_nops(u);
    TRY(mark_reachable(c));
    propagate_line_numbers(u);
    /* 6. layout */
    for (int32_t bi = u->entry; bi >= 0; bi = u->blocks[bi].next)
        for (int32_t k = 0; k < u->blocks[bi].n; k++) {
            cc_instr *in = &u->blocks[bi].ins[k];
            if (in->target >= 0) in->target = resolve_block(u, in->target);
        }
    int32_t total = 0;
    for (int iter = 0; iter < 64; iter++) {
        int32_t off = 0;
        for (int32_t bi = u->entry; bi >= 0; bi = u->blocks[bi].next) {
            cc_block *b = &u->blocks[bi];
            b->offset = off;
            for (int32_t k = 0; k < b->n; k++) {
                cc_instr *in = &b->ins[k];
                uint32_t arg = (uint32_t)in->arg;
                if (in->target >= 0) {
                    /* estimate with the previous pass's offsets */
                    int32_t toff = u->blocks[in->target].offset;
                    int32_t here = off + arg_units(arg);
                    int32_t d = toff - here;
                    arg = (uint32_t)(d < 0 ? -d : d);
                    in->arg = (int32_t)arg;
                }
                off += arg_units(arg);
            }
        }
        /* recompute exact jump args with these offsets and check */
        bool changed = false;
        int32_t off2 = 0;
        for (int32_t bi = u->entry; bi >= 0; bi = u->blocks[bi].next) {
            cc_block *b = &u->blocks[bi];
            if (b->offset != off2) changed = true;
            for (int32_t k = 0; k < b->n; k++) {
                cc_instr *in = &b->ins[k];
                int sz = arg_units((uint32_t)in->arg);
                if (in->target >= 0) {
                    int32_t toff = u->blocks[in->target].offset;
                    int32_t d = toff - (off2 + sz);
                    uint32_t na = (uint32_t)(d < 0 ? -d : d);
                    if (arg_units(na) != sz) changed = true;
                    in->arg = (int32_t)na;
                }
                off2 += sz;
            }
        }
        total = off2;
        if (!changed) break;
    }
    /* choose jump opcodes */
    for (int32_t bi = u->entry; bi >= 0; bi = u->blocks[bi].next) {
        cc_block *b = &u->blocks[bi];
        int32_t off = b->offset;
        for (int32_t k = 0; k < b->n; k++) {
            cc_instr *in = &b->ins[k];
            int sz = arg_units((uint32_t)in->arg);
            if (in->target >= 0) {
                int32_t toff = u->blocks[in->target].offset;
                bool back = toff < off + sz;
                if (in->op == PS_JUMP) in->op = back ? OP_JUMP_BACKWARD : OP_JUMP_FORWARD;
                else if (in->op == PS_JUMP_NO_INTERRUPT)
                    in->op = back ? OP_JUMP_BACKWARD_NO_INTERRUPT : OP_JUMP_FORWARD;
                else if (back && in->op != OP_JUMP_BACKWARD && in->op != OP_JUMP_BACKWARD_NO_INTERRUPT)
                    return cc_error(c, in->pos, "internal error: backward conditional jump in '%s'",
                                    u->name);
            }
            if (in->op >= OP__COUNT)
                return cc_error(c, in->pos, "internal error: unlowered pseudo-instruction %d", in->op);
            off += sz;
        }
    }
    /* write code, positions, exception table */
    co->ncode = total;
    co->code = ar_alloc(c->out, (size_t)(total ? total : 1) * sizeof *co->code);
    co->positions = ar_alloc(c->out, (size_t)(total ? total : 1) * sizeof *co->positions);
    if (!co->code || !co->positions) return cc_oom(c);
    int32_t capexc = 16, nexc = 0;
    cc_exc_entry *exc = ar_alloc(c->out, (size_t)capexc * sizeof *exc);
    if (!exc) return cc_oom(c);
    int32_t w = 0;
    int32_t cur_handler = -1, cur_orig = -1, cur_start = 0;
    for (int32_t bi = u->entry;; bi = u->blocks[bi].next) {
        cc_block *b = bi >= 0 ? &u->blocks[bi] : NULL;
        for (int32_t k = 0; k <= (b ? b->n : 0); k++) {
            bool end_all = !b;
            if (!end_all && k == b->n) break;
            cc_instr *in = end_all ? NULL : &b->ins[k];
            int32_t h = in && in->handler >= 0 ? resolve_block(u, in->handler) : -1;
            if (end_all || h != cur_handler) {
                if (cur_handler >= 0 && w > cur_start) {
                    if (nexc == capexc) {
                        cc_exc_entry *ne = ar_alloc(c->out, (size_t)capexc * 2 * sizeof *ne);
                        if (!ne) return cc_oom(c);
                        memcpy(ne, exc, (size_t)nexc * sizeof *ne);
                        exc = ne;
                        capexc *= 2;
                    }
                    cc_block *ob = &u->blocks[cur_orig];
                    cc_exc_entry *x = &exc[nexc++];
                    x->start = (uint32_t)cur_start;
                    x->end = (uint32_t)w;
                    x->target = (uint32_t)u->blocks[cur_handler].offset;
                    /* the handler's entry depth counts the exception (and
                     * lasti) the unwinder pushes */
                    x->lasti = ob->preserve_lasti;
                    int32_t d = ob->startdepth - 1 - ob->preserve_lasti;
                    if (d < 0) return cc_error(c, CC_NO_LOCATION, "internal error: bad handler depth");
                    x->depth = (uint16_t)d;
                }
                cur_handler = h;
                cur_orig = in ? in->handler : -1;
                cur_start = w;
            }
            if (end_all) break;
            uint32_t arg = (uint32_t)in->arg;
            int sz = arg_units(arg);
            for (int s = sz - 1; s >= 1; s--) {
                co->code[w] = (uint16_t)(OP_EXTENDED_ARG | (((arg >> (8 * s)) & 0xFF) << 8));
                co->positions[w] = in->pos;
                w++;
            }
            co->code[w] = (uint16_t)(in->op | ((arg & 0xFF) << 8));
            co->positions[w] = in->pos;
            w++;
        }
        if (!b) break;
    }
    co->exctable = exc;
    co->nexc = nexc;
    /* constants and names */
    co->nconsts = u->nconsts;
    co->consts = ar_alloc(c->out, (size_t)(u->nconsts ? u->nconsts : 1) * sizeof *co->consts);
    if (!co->consts) return cc_oom(c);
    if (u->nconsts) memcpy(co->consts, u->consts, (size_t)u->nconsts * sizeof *co->consts);
    co->nnames = u->names.n;
    co->names = ar_alloc(c->out, (size_t)(u->names.n ? u->names.n : 1) * sizeof *co->names);
    if (!co->names) return cc_oom(c);
    for (int32_t i = 0; i < u->names.n; i++) {
        co->names[i] = cc_strdup_out(c, u->names.s[i]);
        if (!co->names[i]) return -1;
    }
    char msg[200];
    if (cc_verify(co, msg, sizeof msg) < 0)
        return cc_error(c, CC_NO_LOCATION, "internal error: bad code for '%s': %s", u->name, msg);
    return 0;
}

/* ------------------------------------------------------------------ */
/* The checker */

typedef struct vinstr {
    int32_t start, next;        /* unit offsets: first prefix, after */
    int op;
    uint32_t arg;
} vinstr;

int cc_verify(const cc_code *co, char *msg, size_t msgsize)
{
#define FAIL(...) do { snprintf(msg, msgsize, __VA_ARGS__); goto fail; } while (0)
    int32_t n = co->ncode;
    int32_t *depth = NULL, *todo = NULL, *instr_at = NULL;
    vinstr *ins = NULL;
    if (n <= 0) { snprintf(msg, msgsize, "empty code"); return -1; }
    depth = malloc((size_t)n * sizeof *depth);
    todo = malloc((size_t)n * sizeof *todo);
    instr_at = malloc((size_t)n * sizeof *instr_at);
    ins = malloc((size_t)n * sizeof *ins);
    if (!depth || !todo || !instr_at || !ins) FAIL("out of memory");
    int32_t ni = 0;
    for (int32_t i = 0; i < n; i++) instr_at[i] = -1;
    for (int32_t i = 0; i < n;) {
        int32_t start = i;
        uint32_t arg = 0;
        while (i < n && (co->code[i] & 0xFF) == OP_EXTENDED_ARG) {
            arg = (arg << 8) | (co->code[i] >> 8);
            i++;
        }
        if (i >= n) FAIL("EXTENDED_ARG at the end");
        int op = co->code[i] & 0xFF;
        if (op >= OP__COUNT) FAIL("bad opcode %d at %d", op, i);
        arg = (arg << 8) | (co->code[i] >> 8);
        i++;
        ins[ni].start = start;
        ins[ni].next = i;
        ins[ni].op = op;
        ins[ni].arg = arg;
        instr_at[start] = ni;
        ni++;
        /* argument ranges */
        switch (op_table[op].arg) {
        case OPA_CONST: if (arg >= (uint32_t)co->nconsts) FAIL("const index %u out of range", arg); break;
        case OPA_LOCAL: case OPA_DEREF:
            if (arg >= (uint32_t)co->nlocalsplus) FAIL("local index %u out of range", arg);
            break;
        case OPA_NAME: {
            uint32_t ix = op == OP_LOAD_GLOBAL || op == OP_LOAD_ATTR ? arg >> 1
                        : op == OP_LOAD_SUPER_ATTR ? arg >> 2 : arg;
            if (ix >= (uint32_t)co->nnames) FAIL("name index %u out of range", ix);
            break;
        }
        case OPA_BINOP: if (arg >= OPB__COUNT) FAIL("bad binary op %u", arg); break;
        case OPA_CMP: if (arg >= OPC__COUNT) FAIL("bad comparison %u", arg); break;
        default: break;
        }
    }
    for (int32_t i = 0; i < n; i++) depth[i] = -1;
    int32_t ntodo = 0, maxd = 0;
    depth[0] = 0;
    todo[ntodo++] = 0;
#define PUSHD(at, d) do { \
        int32_t at_ = (at), d_ = (d); \
        if (at_ < 0 || at_ >= n || instr_at[at_] < 0) FAIL("jump to %d: not an instruction", at_); \
        if (depth[at_] < 0) { depth[at_] = d_; todo[ntodo++] = at_; } \
        else if (depth[at_] != d_) FAIL("inconsistent depth at %d: %d vs %d", at_, depth[at_], d_); \
    } while (0)
    /* handlers reached from exception table rows */
    for (int32_t i = 0; i < co->nexc; i++) {
        const cc_exc_entry *x = &co->exctable[i];
        if (x->start >= x->end || x->end > (uint32_t)n || x->target >= (uint32_t)n)
            FAIL("bad exception table row %d", i);
        if (i > 0 && x->start < co->exctable[i - 1].end) FAIL("overlapping exception rows");
    }
    while (ntodo) {
        int32_t at = todo[--ntodo];
        int32_t d = depth[at];
        for (;;) {
            vinstr *v = &ins[instr_at[at]];
            /* rows covering this instruction */
            for (int32_t i = 0; i < co->nexc; i++) {
                const cc_exc_entry *x = &co->exctable[i];
                if ((uint32_t)v->start >= x->start && (uint32_t)v->start < x->end) {
                    if (x->depth > d) FAIL("handler depth %d above stack depth %d at %d", x->depth, d, v->start);
                    PUSHD((int32_t)x->target, x->depth + x->lasti + 1);
                    if (x->depth + x->lasti + 1 > maxd) maxd = x->depth + x->lasti + 1;
                }
            }
            int pop, push;
            if (op_stack_effect((op_code)v->op, v->arg, 0, &pop, &push) < 0)
                FAIL("bad argument %u for %s", v->arg, op_table[v->op].name);
            if (d - pop < 0) FAIL("stack underflow at %d (%s)", v->start, op_table[v->op].name);
            int32_t nd = d - pop + push;
            if (nd > maxd) maxd = nd;
            unsigned fl = op_table[v->op].flags;
            if (fl & OPF_JUMP) {
                int jp, jpush;
                op_stack_effect((op_code)v->op, v->arg, 1, &jp, &jpush);
                int32_t tgt = v->op == OP_JUMP_BACKWARD || v->op == OP_JUMP_BACKWARD_NO_INTERRUPT
                              ? v->next - (int32_t)v->arg : v->next + (int32_t)v->arg;
                int32_t td = d - jp + jpush;
                if (td > maxd) maxd = td;
                PUSHD(tgt, td);
            }
            if (fl & OPF_TERM) break;
            at = v->next;
            if (at >= n) FAIL("falls off the end");
            if (depth[at] >= 0) {
                if (depth[at] != nd) FAIL("inconsistent depth at %d: %d vs %d", at, depth[at], nd);
                break;
            }
            depth[at] = nd;
            d = nd;
        }
    }
    if (maxd > co->stacksize) FAIL("stack depth %d above stacksize %d", maxd, co->stacksize);
    free(depth); free(todo); free(instr_at); free(ins);
    return 0;
fail:
    free(depth); free(todo); free(instr_at); free(ins);
    return -1;
#undef FAIL
#undef PUSHD
}
