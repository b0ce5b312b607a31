/* The hash table behind set and frozenset: CPython's setobject.c layout, so
 * that iteration order (slot order, visible whenever a set is printed) is
 * CPython's.
 *
 * A table of 2**k slots (k >= 3) of {key, hash}; a slot is EMPTY (key
 * UNDEF, hash 0), DUMMY (key UNDEF, hash -1: a deleted key, probing goes on
 * past it) or ACTIVE.  A probe looks at slot i = hash & mask and the
 * ST_LINEAR_PROBES slots after it (only when they do not run past the end),
 * then perturbs: perturb >>= 5; i = (i*5 + 1 + perturb) & mask.  Insertion
 * reuses the first DUMMY on the path; the table grows when fill*5 >=
 * mask*3, to the smallest power of two above used*4 (used*2 past 50000),
 * re-inserting in old slot order.
 *
 * As dictkeys.h, equality may need Python code: stb_lookup takes an
 * equality callback that may run it; when the table changed meanwhile
 * (version), the operation restarts, as CPython does.
 *
 * The table lives inside kr_set's `t` field (a dk_table by the shared
 * header's declaration): stb_of() reinterprets that storage, which is large
 * enough (checked at compile time). */
#ifndef KR_OBJ_SETTABLE_H
#define KR_OBJ_SETTABLE_H

#include <stdint.h>

#include "../vm/mem.h"
#include "../vm/value.h"
#include "../vm/heap.h"

typedef struct stb_entry {
    kr_val key;
    int64_t hash;
} stb_entry;

typedef struct stb_table {
    stb_entry *slots;    /* NULL: empty, no block (behaves as 8 EMPTY slots) */
    size_t mask;        /* slots - 1 (7 when SLOTS is NULL) */
    int64_t used;       /* ACTIVE slots */
    int64_t fill;       /* ACTIVE + DUMMY */
    int64_t finger;     /* where pop() looks first */
    uint64_t version;   /* changes on every add, discard, clear and resize */
} stb_table;

#define ST_MINSIZE 8
#define ST_LINEAR_PROBES 9

static inline int stb_active(const stb_entry *e) { return !kv_is_undef(e->key); }
static inline size_t stb_size(const stb_table *t) { return t->mask + 1; }

void stb_init(stb_table *t);
void stb_free(mem_state *m, stb_table *t);    /* back to empty */

/* Equality callback: 1 equal, 0 not, -1 error (exception set).  May run
 * Python code that changes the table. */
typedef int (*stb_eq_fn)(void *ctx, kr_val stored, kr_val key);

/* Lookup: 1 found (*slot), 0 absent, -1 error. */
int stb_lookup(stb_table *t, kr_val key, int64_t hash, stb_eq_fn eq, void *ctx, size_t *slot);
/* Adds KEY if absent: 1 added, 0 present already, -1 error (exception set
 * by EQ) or -2 out of memory (table unchanged). */
int stb_add(mem_state *m, stb_table *t, kr_val key, int64_t hash, stb_eq_fn eq, void *ctx);
/* Adds KEY known to be absent (no equality needed): 1, or -2. */
int stb_add_new(mem_state *m, stb_table *t, kr_val key, int64_t hash);
/* Removes KEY: 1 removed, 0 absent, -1 error. */
int stb_discard(stb_table *t, kr_val key, int64_t hash, stb_eq_fn eq, void *ctx);
/* Removes the ACTIVE slot I. */
void stb_remove_slot(stb_table *t, size_t i);
/* pop(): the next ACTIVE slot from the finger; -1 when empty. */
int stb_pop(stb_table *t, stb_entry *out);
/* Resizes for MINUSED entries (dummies dropped).  -2: out of memory. */
int stb_resize(mem_state *m, stb_table *t, int64_t minused);
/* Makes room for N more insertions as CPython's merge does. */
int stb_presize(mem_state *m, stb_table *t, int64_t n);
/* DST (empty) gets SRC's keys as CPython's set_merge into an empty set. */
int stb_merge_into_empty(mem_state *m, stb_table *dst, const stb_table *src);
/* Iteration in slot order: *pos starts at 0; 1 with *out, 0 at the end. */
static inline int stb_next(const stb_table *t, int64_t *pos, stb_entry **out)
{
    if (!t->slots) return 0;
    for (int64_t i = *pos; i <= (int64_t)t->mask; i++) {
        if (stb_active(&t->slots[i])) {
            *out = &t->slots[i];
            *pos = i + 1;
            return 1;
        }
    }
    *pos = (int64_t)t->mask + 1;
    return 0;
}
/* Swaps the contents of two tables (CPython's set_swap_bodies). */
void stb_swap(stb_table *a, stb_table *b);
void stb_trace(const stb_table *t, heap_tracer *tr);

#endif
