/* The compact ordered hash table: see dictkeys.h. */
#include "dictkeys.h"

#include <string.h>

#define DK_MIN_LOG2   3     /* 8 slots, 5 usable entries */
#define DK_MAX_LOG2   48    /* beyond any memory limit; guards overflow */
#define PERTURB_SHIFT 5

/* Entry capacity of an index of SIZE slots: 2/3, so a probe always meets
 * an EMPTY slot and chains stay short. */
static int64_t usable_for(int log2) { return (int64_t)(((size_t)1 << log2) << 1) / 3; }

/* The narrowest signed width that holds every entry index (< usable). */
static int width_for(int log2)
{
    if (log2 <= 7) return 1;        /* usable <= 85 */
    if (log2 <= 15) return 2;       /* usable <= 21845 */
    if (log2 <= 31) return 4;
    return 8;
}

/* Smallest log2 (>= DK_MIN_LOG2) with 1 << log2 >= MINSIZE; -1 if too big. */
static int log2_for_min(int64_t minsize)
{
    int log2 = DK_MIN_LOG2;
    while (log2 <= DK_MAX_LOG2 && ((int64_t)1 << log2) < minsize) log2++;
    return log2 > DK_MAX_LOG2 ? -1 : log2;
}

/* Index size able to hold N entries without resizing (CPython's
 * estimate_log2_keysize). */
static int log2_for_entries(int64_t n)
{
    if (n > ((int64_t)1 << DK_MAX_LOG2)) return -1;
    return log2_for_min((n * 3 + 1) / 2);
}

static size_t mask_of(const dk_table *t) { return ((size_t)1 << t->log2_size) - 1; }

static int64_t ix_get(const dk_table *t, size_t i)
{
    switch (t->ix_width) {
    case 1: return ((const int8_t *)(const void *)t->block)[i];
    case 2: return ((const int16_t *)(const void *)t->block)[i];
    case 4: return ((const int32_t *)(const void *)t->block)[i];
    default: return ((const int64_t *)(const void *)t->block)[i];
    }
}

static void ix_set(dk_table *t, size_t i, int64_t ix)
{
    switch (t->ix_width) {
    case 1: ((int8_t *)(void *)t->block)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)(void *)t->block)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)(void *)t->block)[i] = (int32_t)ix; break;
    default: ((int64_t *)(void *)t->block)[i] = ix; break;
    }
}

/* The first slot on HASH's path whose index is EMPTY or DUMMY.  Exists
 * because fill < size. */
static size_t find_free_slot(const dk_table *t, int64_t hash)
{
    size_t mask = mask_of(t);
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (ix_get(t, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* The slot holding entry index IX (which must be live). */
static size_t find_slot_of(const dk_table *t, int64_t hash, int64_t ix)
{
    size_t mask = mask_of(t);
    size_t i = (size_t)hash & mask;
    size_t perturb = (size_t)hash;
    while (ix_get(t, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

void dk_init_empty(dk_table *t)
{
    memset(t, 0, sizeof *t);
    t->ix_width = 1;
}

/* A new block of LOG2 slots holding SRC's live entries compacted, in
 * order, into OUT (whose version is left alone).  No equality tests are
 * needed: hashes are stored and keys are known distinct.  -1: refused,
 * nothing changed. */
static int build(mem_state *m, const dk_table *src, int log2, dk_table *out)
{
    if (log2 < 0) { m->failed = 1; return -1; }
    int64_t usable = usable_for(log2);
    if (src && src->used > usable) return -1;   /* caller bug; never */
    int width = width_for(log2);
    size_t ixbytes = (size_t)width << log2;
    size_t size = ixbytes + (size_t)usable * sizeof(dk_entry);
    char *block = mem_alloc(m, size);
    if (!block) return -1;
    memset(block, 0xff, ixbytes);   /* all bits set: DK_IX_EMPTY at any width */

    out->block = block;
    out->block_size = size;
    out->log2_size = (uint8_t)log2;
    out->ix_width = (uint8_t)width;
    out->usable = usable;
    out->nentries = out->used = out->fill = 0;
    if (!src || !src->block) return 0;

    dk_entry *to = dk_entries(out);
    const dk_entry *from = dk_entries(src);
    int64_t n = 0;
    for (int64_t j = 0; j < src->nentries; j++) {
        if (!dk_entry_live(&from[j])) continue;
        to[n] = from[j];
        ix_set(out, find_free_slot(out, from[j].hash), n);
        n++;
    }
    out->nentries = out->used = out->fill = n;
    return 0;
}

/* Replaces T's block by a compacted one of LOG2 slots. */
static int resize(mem_state *m, dk_table *t, int log2)
{
    dk_table nt;
    if (build(m, t, log2, &nt) < 0) return -1;
    if (t->block) mem_free(m, t->block, t->block_size);
    nt.version = t->version + 1;
    *t = nt;
    return 0;
}

int dk_init(mem_state *m, dk_table *t, int64_t hint)
{
    dk_init_empty(t);
    if (hint <= 0) return 0;
    return build(m, NULL, log2_for_entries(hint), t);
}

void dk_free(mem_state *m, dk_table *t)
{
    uint64_t version = t->version;
    if (t->block) mem_free(m, t->block, t->block_size);
    dk_init_empty(t);
    t->version = version + 1;   /* probes and iterators see the change */
}

void dk_clear(mem_state *m, dk_table *t) { dk_free(m, t); }

void dk_probe_start(dk_probe *pr, const dk_table *t, int64_t hash)
{
    pr->t = t;
    pr->version = t->version;
    pr->hash = hash;
    pr->perturb = (size_t)hash;
    pr->i = t->block ? ((size_t)hash & mask_of(t)) : 0;
    pr->free_slot = -1;
    pr->slot = -1;
    pr->started = 0;
}

int dk_probe_next(dk_probe *pr, int64_t *entry_index)
{
    const dk_table *t = pr->t;
    if (pr->version != t->version) dk_probe_start(pr, t, pr->hash);
    if (!t->block) return DK_EMPTY;
    size_t mask = mask_of(t);
    const dk_entry *e = dk_entries(t);
    for (;;) {
        if (pr->started) {
            pr->perturb >>= PERTURB_SHIFT;
            pr->i = (pr->i * 5 + pr->perturb + 1) & mask;
        }
        pr->started = 1;
        int64_t ix = ix_get(t, pr->i);
        if (ix == DK_IX_EMPTY) {
            if (pr->free_slot < 0) pr->free_slot = (int64_t)pr->i;
            pr->slot = -1;
            return DK_EMPTY;
        }
        if (ix == DK_IX_DUMMY) {
            if (pr->free_slot < 0) pr->free_slot = (int64_t)pr->i;
            continue;
        }
        if (e[ix].hash == pr->hash) {
            pr->slot = (int64_t)pr->i;
            *entry_index = ix;
            return DK_CANDIDATE;
        }
    }
}

int dk_lookup_native(const dk_table *t, kr_val key, int64_t hash,
                     dk_eq_fn eq, void *ctx, dk_probe *pr, int64_t *entry_index)
{
    dk_probe local;
    if (!pr) pr = &local;
    dk_probe_start(pr, t, hash);
    if (!t->block) return DK_EMPTY;
    const dk_entry *e = dk_entries(t);
    int64_t ix;
    while (dk_probe_next(pr, &ix) == DK_CANDIDATE) {
        *entry_index = ix;
        if (kv_same(e[ix].key, key)) return DK_FOUND;
        if (!eq) continue;
        int r = eq(ctx, e[ix].key, key);   /* stored key first, as CPython */
        if (r == 1) return DK_FOUND;
        if (r == DK_NEEDS_VM) return DK_NEEDS_VM;
    }
    return DK_EMPTY;
}

int64_t dk_insert(mem_state *m, dk_table *t, dk_probe *pr,
                  int64_t hash, kr_val key, kr_val value)
{
    size_t slot;
    if (!t->block || t->nentries >= t->usable || t->fill >= t->usable) {
        /* CPython's GROWTH_RATE: room for 3x the live entries, so a table
         * emptied by deletions shrinks and a growing one doubles. */
        int log2 = log2_for_min(t->used * 3);
        if (resize(m, t, log2) < 0) return -1;
        slot = find_free_slot(t, hash);
    } else if (pr && pr->t == t && pr->version == t->version && pr->free_slot >= 0) {
        slot = (size_t)pr->free_slot;    /* the first free slot on the path */
    } else {
        slot = find_free_slot(t, hash);
    }
    int64_t ix = t->nentries;
    dk_entry *e = &dk_entries(t)[ix];
    e->hash = hash;
    e->key = key;
    e->value = value;
    if (ix_get(t, slot) == DK_IX_EMPTY) t->fill++;
    ix_set(t, slot, ix);
    t->nentries++;
    t->used++;
    t->version++;
    return ix;
}

void dk_delete(dk_table *t, int64_t ix, dk_entry *out)
{
    dk_entry *e = &dk_entries(t)[ix];
    ix_set(t, find_slot_of(t, e->hash, ix), DK_IX_DUMMY);
    if (out) *out = *e;
    e->key = kv_undef();
    e->value = kv_undef();   /* drops the reference for the collector */
    t->used--;
    t->version++;
}

int dk_popitem(dk_table *t, dk_entry *out)
{
    if (t->used == 0) return -1;
    dk_entry *e = dk_entries(t);
    int64_t i = t->nentries - 1;
    while (!dk_entry_live(&e[i])) i--;   /* used > 0: a live one exists */
    dk_delete(t, i, out);
    t->nentries = i;   /* trailing holes are reusable (fill still bounds) */
    return 0;
}

int dk_copy(mem_state *m, dk_table *dst, const dk_table *src)
{
    dk_init_empty(dst);
    if (!src->block || src->used == 0) return 0;
    if (src->nentries == src->used) {
        /* no holes: the same layout, index and entries copied as they are */
        char *block = mem_alloc(m, src->block_size);
        if (!block) return -1;
        size_t ixbytes = (size_t)src->ix_width << src->log2_size;
        memcpy(block, src->block, ixbytes);
        memcpy(block + ixbytes, src->block + ixbytes,
               (size_t)src->nentries * sizeof(dk_entry));
        *dst = *src;
        dst->block = block;
        dst->version = 0;
        return 0;
    }
    int r = build(m, src, log2_for_entries(src->used), dst);
    if (r < 0) dk_init_empty(dst);
    return r;
}

int dk_reserve(mem_state *m, dk_table *t, int64_t min_used)
{
    if (min_used < t->used) min_used = t->used;
    if (t->block && t->usable - t->nentries >= min_used - t->used
        && t->usable - t->fill >= min_used - t->used)
        return 0;
    return resize(m, t, log2_for_entries(min_used));
}

void dk_trace(const dk_table *t, heap_tracer *tr)
{
    if (!t->block) return;
    const dk_entry *e = dk_entries(t);
    for (int64_t i = 0; i < t->nentries; i++) {
        if (!dk_entry_live(&e[i])) continue;
        heap_visit_val(tr, e[i].key);
        heap_visit_val(tr, e[i].value);
    }
}

int dk_check(const dk_table *t)
{
    if (!t->block)
        return t->used == 0 && t->nentries == 0 && t->fill == 0 && t->block_size == 0;
    if (t->log2_size < DK_MIN_LOG2 || t->ix_width != width_for(t->log2_size)) return 0;
    if (t->usable != usable_for(t->log2_size)) return 0;
    if (t->block_size != ((size_t)t->ix_width << t->log2_size)
                         + (size_t)t->usable * sizeof(dk_entry)) return 0;
    if (t->nentries > t->usable || t->fill > t->usable || t->used > t->nentries) return 0;
    size_t size = (size_t)1 << t->log2_size;
    int64_t fill = 0, live_slots = 0;
    for (size_t i = 0; i < size; i++) {
        int64_t ix = ix_get(t, i);
        if (ix == DK_IX_EMPTY) continue;
        fill++;
        if (ix == DK_IX_DUMMY) continue;
        if (ix < 0 || ix >= t->nentries || !dk_entry_live(&dk_entries(t)[ix])) return 0;
        live_slots++;
    }
    if (fill != t->fill || live_slots != t->used || fill >= (int64_t)size) return 0;
    const dk_entry *e = dk_entries(t);
    int64_t live = 0;
    for (int64_t j = 0; j < t->nentries; j++) {
        if (!dk_entry_live(&e[j])) continue;
        live++;
        /* reachable from its hash's path before any EMPTY slot */
        size_t mask = size - 1, i = (size_t)e[j].hash & mask, perturb = (size_t)e[j].hash;
        for (;;) {
            int64_t ix = ix_get(t, i);
            if (ix == j) break;
            if (ix == DK_IX_EMPTY) return 0;
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + perturb + 1) & mask;
        }
    }
    return live == t->used;
}

/* One read-only lookup with the probe loop specialised per index width. */
#define DK_FIND_LOOP(T) do { \
        const T *idx = (const T *)(const void *)t->block; \
        for (;;) { \
            int64_t ix = idx[i]; \
            if (ix == DK_IX_EMPTY) return -1; \
            if (ix >= 0) { \
                if (kv_same(e[ix].key, key)) return ix; \
                if (e[ix].hash == hash && eq(ctx, e[ix].key, key) == 1) return ix; \
            } \
            perturb >>= PERTURB_SHIFT; \
            i = (i * 5 + perturb + 1) & mask; \
        } \
    } while (0)

int64_t dk_find(const dk_table *t, kr_val key, int64_t hash, dk_eq_fn eq, void *ctx)
{
    if (!t->block) return -1;
    size_t mask = mask_of(t), perturb = (size_t)hash, i = (size_t)hash & mask;
    const dk_entry *e = dk_entries(t);
    switch (t->ix_width) {
    case 1: DK_FIND_LOOP(int8_t);
    case 2: DK_FIND_LOOP(int16_t);
    case 4: DK_FIND_LOOP(int32_t);
    default: DK_FIND_LOOP(int64_t);
    }
}
