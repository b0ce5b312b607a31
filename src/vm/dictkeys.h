/* The compact, ordered hash table behind dict (and, for now, set).
 *
 * CPython's design: an index table of 2**k slots (each an int8/16/32/64,
 * the width chosen by k so an entry index always fits) and a separate array
 * of entries {hash, key, value} in insertion order.  An index slot holds an
 * entry index, DK_IX_EMPTY (never used) or DK_IX_DUMMY (its entry was
 * deleted; probing must continue past it).  Deleting leaves a hole in the
 * entries (key KV_UNDEF) that a resize compacts away.  Slots are probed with
 * CPython's perturbation, starting at i = hash & mask, perturb = (size_t)hash,
 * then repeatedly perturb >>= 5; i = (i*5 + perturb + 1) & mask (the shift
 * comes first, as in CPython's dictobject.c).  Layout and growth
 * (GROWTH_RATE = used*3, USABLE_FRACTION = 2/3) follow CPython 3.14 so that
 * collision behaviour matches.
 *
 * Python code never runs inside this file.  Equality of a key with a stored
 * key may need a user __eq__, so a lookup is a resumable state machine
 * (dk_probe): it stops at each candidate entry with an equal hash and lets
 * the caller decide equality, natively or by running __eq__ in the VM's
 * dispatch loop, and then resume.  dk_lookup_native does the whole loop
 * when equality is decidable in C.
 *
 * Memory: one block (index slots, then entries) allocated through the
 * caller's mem_state with exact sizes.  Every operation that allocates does
 * so before changing anything, so a refused allocation (-1) leaves the
 * table valid and unchanged.  Hashes are computed by the caller (never -1).
 *
 * Sets: CPython's set order is NOT reproduced by this table.  CPython's
 * setobject.c has no entry array: iteration walks its slot array in slot
 * order, so the order depends on the layout.  To match it a set would need
 * its own table: slots {key, hash} of 2**k (min 8) entries; probing that
 * first looks at the LINEAR_PROBES = 9 slots after i (i+1 .. i+9, not
 * wrapping past the end of the table: only when i + 9 <= mask) and then
 * perturbs: perturb >>= 5; i = (i*5 + 1 + perturb) & mask; dummies are reused for insertion; resize when
 * fill*5 >= mask*3 to used>50000 ? used*2 : used*4 (re-inserting in old slot
 * order); set literals are built by inserting elements left to right.
 * E.g. CPython prints {6, 12, 18, 0} as {0, 18, 12, 6} because of that
 * layout (hash(n) = n; 8 slots: 0->0, 18->2, 12->4, 6->6), and {8, 0} as
 * {8, 0} but {0, 8} as {0, 8} (both hash to slot 0; the second goes to the
 * next slot by linear probing).  This table would print insertion order. */
#ifndef KR_VM_DICTKEYS_H
#define KR_VM_DICTKEYS_H

#include <stddef.h>
#include <stdint.h>

#include "heap.h"
#include "mem.h"
#include "value.h"

/* An entry.  A hole (deleted) has key KV_UNDEF; its value is undefined. */
typedef struct dk_entry {
    int64_t hash;
    kr_val key;
    kr_val value;
} dk_entry;

#define DK_IX_EMPTY (-1)
#define DK_IX_DUMMY (-2)

typedef struct dk_table {
    char *block;        /* index slots, then entries; NULL: empty table */
    size_t block_size;  /* bytes of block (exact, for mem_free) */
    uint8_t log2_size;  /* index has 1 << log2_size slots (0 when no block) */
    uint8_t ix_width;   /* bytes per index slot: 1, 2, 4 or 8 */
    int64_t usable;     /* entry capacity: USABLE_FRACTION(size) */
    int64_t nentries;   /* entries in use, holes included */
    int64_t used;       /* live entries: len(dict) */
    /* Non-EMPTY index slots (live + DUMMY).  Kept below usable so that a
     * probe always meets an EMPTY slot; popitem truncates nentries and so
     * fill, not nentries, is what bounds the index's occupancy. */
    int64_t fill;
    /* Changes on every insert, delete, clear and resize (not on setting the
     * value of an existing key): an entry index obtained at version V is
     * valid while the version is still V.  Iterators compare it and used. */
    uint64_t version;
} dk_table;

/* Results of the probe and lookup functions. */
#define DK_EMPTY      0     /* key absent */
#define DK_CANDIDATE  1     /* an entry with an equal hash: caller decides */
#define DK_FOUND      2     /* dk_lookup_native: the key is present */
#define DK_NEEDS_VM   3     /* dk_lookup_native: equality needs Python */

/* A lookup in progress.  Holds no pointer into the block, only the table
 * (whose struct lives in a non-moving object) and the version it started
 * at, so it survives arbitrary Python code running between steps: if the
 * table changed meanwhile the probe is stale and restarts. */
typedef struct dk_probe {
    const dk_table *t;
    uint64_t version;   /* t->version when started */
    int64_t hash;
    size_t perturb;
    size_t i;           /* the slot examined last */
    int64_t free_slot;  /* first EMPTY/DUMMY slot on the path, -1: none */
    int64_t slot;       /* slot of the last candidate (or -1) */
    int started;        /* 0: i not yet examined */
} dk_probe;

/* An empty table: allocates nothing.  Always succeeds. */
void dk_init_empty(dk_table *t);
/* A table that can take HINT entries without resizing.  -1: refused. */
int dk_init(mem_state *m, dk_table *t, int64_t hint);
/* Releases the block; the table becomes empty (usable again). */
void dk_free(mem_state *m, dk_table *t);
/* Bytes the table owns (beyond its struct). */
static inline size_t dk_bytes(const dk_table *t) { return t->block_size; }

static inline dk_entry *dk_entries(const dk_table *t)
{
    return (dk_entry *)(void *)(t->block + ((size_t)t->ix_width << t->log2_size));
}
static inline int dk_entry_live(const dk_entry *e) { return !kv_is_undef(e->key); }

/* The probe API.  dk_probe_next returns DK_EMPTY (absent: the probe says
 * where dk_insert would put the key) or DK_CANDIDATE with *entry_index set;
 * the caller decides equality and either uses the index (after checking
 * dk_probe_stale: if Python code changed the table while deciding, restart
 * with dk_probe_start) or calls dk_probe_next again.  A stale probe passed
 * to dk_probe_next restarts from the beginning, as CPython does. */
void dk_probe_start(dk_probe *pr, const dk_table *t, int64_t hash);
int dk_probe_next(dk_probe *pr, int64_t *entry_index);
static inline int dk_probe_stale(const dk_probe *pr)
{
    return pr->version != pr->t->version;
}

/* Native equality: 1 equal, 0 not, DK_NEEDS_VM when only Python can tell.
 * Called only for different representations with equal hashes. */
typedef int (*dk_eq_fn)(void *ctx, kr_val a, kr_val b);

/* A whole lookup: identity (kv_same) first, then EQ.  Returns DK_FOUND
 * (*entry_index set), DK_EMPTY (absent; PR ready for dk_insert), or
 * DK_NEEDS_VM: PR is stopped at candidate *entry_index, whose equality the
 * VM decides before continuing with dk_probe_next.  PR may be NULL only if
 * the caller needs neither insertion nor resumption. */
int dk_lookup_native(const dk_table *t, kr_val key, int64_t hash,
                     dk_eq_fn eq, void *ctx, dk_probe *pr, int64_t *entry_index);

/* A read-only lookup for keys whose equality never needs Python (EQ must
 * not return DK_NEEDS_VM; it is asked only about equal hashes and
 * different representations): the entry index, or -1 when absent. */
int64_t dk_find(const dk_table *t, kr_val key, int64_t hash, dk_eq_fn eq, void *ctx);

/* Appends {hash, key, value} after a lookup that ended in DK_EMPTY with PR
 * (stale or NULL PR: the slot is searched again; no equality is needed).
 * The caller guarantees the key is absent.  Grows when the entries are
 * full.  Returns the new entry index, or -1 when refused (unchanged). */
int64_t dk_insert(mem_state *m, dk_table *t, dk_probe *pr,
                  int64_t hash, kr_val key, kr_val value);

/* Replaces the value of live entry IX.  Does not change the version. */
static inline void dk_set_value(dk_table *t, int64_t ix, kr_val value)
{
    dk_entries(t)[ix].value = value;
}

/* Deletes live entry IX (found with a lookup); returns it (key and value)
 * through OUT if not NULL.  Never allocates, never fails. */
void dk_delete(dk_table *t, int64_t ix, dk_entry *out);

/* Removes and returns the last live entry (LIFO).  0: done, -1: empty. */
int dk_popitem(dk_table *t, dk_entry *out);

/* Removes everything and releases the block. */
void dk_clear(mem_state *m, dk_table *t);

/* DST (uninitialised) becomes a copy of SRC, compacted if SRC has holes.
 * -1: refused (DST is then empty). */
int dk_copy(mem_state *m, dk_table *dst, const dk_table *src);

/* Resizes to hold at least MIN_USED entries (compacting holes); used by
 * dict(...) with a known size.  -1: refused (unchanged). */
int dk_reserve(mem_state *m, dk_table *t, int64_t min_used);

/* Iteration in insertion order.  *POS starts at 0; returns 1 with *OUT set
 * to the next live entry, or 0 at the end.  Callers check used/version
 * between steps to detect changes during iteration. */
static inline int dk_next(const dk_table *t, int64_t *pos, dk_entry **out)
{
    int64_t i = *pos;
    if (!t->block) return 0;
    dk_entry *e = dk_entries(t);
    for (; i < t->nentries; i++) {
        if (dk_entry_live(&e[i])) {
            *out = &e[i];
            *pos = i + 1;
            return 1;
        }
    }
    *pos = i;
    return 0;
}

/* Visits every live key and value for the collector. */
void dk_trace(const dk_table *t, heap_tracer *tr);

/* Internal consistency check for tests: 1 if all invariants hold. */
int dk_check(const dk_table *t);

#endif
