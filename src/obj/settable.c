/* The set table: see settable.h. */
#include "settable.h"

#include <string.h>

#define PERTURB_SHIFT 5

static const stb_entry stb_empty_slots[ST_MINSIZE];   /* all EMPTY: for lookups */

void stb_init(stb_table *t)
{
    memset(t, 0, sizeof *t);
    t->mask = ST_MINSIZE - 1;
}

void stb_free(mem_state *m, stb_table *t)
{
    uint64_t v = t->version;
    if (t->slots) mem_free(m, t->slots, stb_size(t) * sizeof(stb_entry));
    stb_init(t);
    t->version = v + 1;
}

static inline int is_empty(const stb_entry *e) { return kv_is_undef(e->key) && e->hash == 0; }

/* Puts KEY in the first EMPTY slot of its path (no DUMMY slots exist in a
 * table being rebuilt). */
static void insert_clean(stb_entry *table, size_t mask, kr_val key, int64_t hash)
{
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        stb_entry *e = &table[i];
        if (is_empty(e)) goto found;
        if (i + ST_LINEAR_PROBES <= mask) {
            for (int j = 0; j < ST_LINEAR_PROBES; j++) {
                e++;
                if (is_empty(e)) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

int stb_resize(mem_state *m, stb_table *t, int64_t minused)
{
    size_t newsize = ST_MINSIZE;
    while (newsize <= (size_t)minused) {
        if (newsize > ((size_t)1 << 58)) { m->failed = 1; return -2; }
        newsize <<= 1;
    }
    if ((uint64_t)newsize > SIZE_MAX / sizeof(stb_entry)) return -2;
    stb_entry *nt = mem_alloc(m, newsize * sizeof(stb_entry));
    if (!nt) return -2;
    memset(nt, 0, newsize * sizeof(stb_entry));   /* UNDEF key, hash 0: EMPTY */
    stb_entry *old = t->slots;
    size_t oldsize = stb_size(t);
    if (old) {
        for (size_t i = 0; i < oldsize; i++)
            if (stb_active(&old[i])) insert_clean(nt, newsize - 1, old[i].key, old[i].hash);
        mem_free(m, old, oldsize * sizeof(stb_entry));
    }
    t->slots = nt;
    t->mask = newsize - 1;
    t->fill = t->used;
    t->version++;
    return 0;
}

/* A block for an empty table (8 EMPTY slots). */
static int ensure_block(mem_state *m, stb_table *t)
{
    if (t->slots) return 0;
    stb_entry *nt = mem_alloc(m, ST_MINSIZE * sizeof(stb_entry));
    if (!nt) return -2;
    memset(nt, 0, ST_MINSIZE * sizeof(stb_entry));
    t->slots = nt;
    t->mask = ST_MINSIZE - 1;
    return 0;
}

int stb_lookup(stb_table *t, kr_val key, int64_t hash, stb_eq_fn eq, void *ctx, size_t *slot)
{
restart:;
    const stb_entry *table = t->slots ? t->slots : stb_empty_slots;
    size_t mask = t->mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    for (;;) {
        size_t probes = i + ST_LINEAR_PROBES <= mask ? ST_LINEAR_PROBES : 0;
        size_t j = i;
        for (;;) {
            const stb_entry *e = &table[j];
            if (is_empty(e)) return 0;
            if (e->hash == hash && stb_active(e)) {
                kr_val stored = e->key;
                if (kv_same(stored, key)) { *slot = j; return 1; }
                uint64_t version = t->version;
                int r = eq(ctx, stored, key);
                if (r < 0) return -1;
                if (t->version != version || t->slots != table
                    || !kv_same(table[j].key, stored))
                    goto restart;
                if (r > 0) { *slot = j; return 1; }
            }
            if (probes-- == 0) break;
            j++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int stb_add(mem_state *m, stb_table *t, kr_val key, int64_t hash, stb_eq_fn eq, void *ctx)
{
    if (ensure_block(m, t) < 0) return -2;
restart:;
    stb_entry *table = t->slots;
    size_t mask = t->mask;
    size_t perturb = (size_t)hash;
    size_t i = (size_t)hash & mask;
    stb_entry *freeslot = NULL;
    for (;;) {
        size_t probes = i + ST_LINEAR_PROBES <= mask ? ST_LINEAR_PROBES : 0;
        size_t j = i;
        for (;;) {
            stb_entry *e = &table[j];
            if (is_empty(e)) {
                if (freeslot) {
                    freeslot->key = key;
                    freeslot->hash = hash;
                    t->used++;
                    t->version++;
                    return 1;
                }
                e->key = key;
                e->hash = hash;
                t->fill++;
                t->used++;
                t->version++;
                if ((size_t)t->fill * 5 < mask * 3) return 1;
                /* CPython inserts, then grows (the layout depends on it);
                 * a refused growth takes the key out again */
                if (stb_resize(m, t, t->used > 50000 ? t->used * 2 : t->used * 4) < 0) {
                    e->key = kv_undef();
                    e->hash = 0;
                    t->fill--;
                    t->used--;
                    return -2;
                }
                return 1;
            }
            if (e->hash == hash && stb_active(e)) {
                kr_val stored = e->key;
                if (kv_same(stored, key)) return 0;
                if (eq) {
                    uint64_t version = t->version;
                    int r = eq(ctx, stored, key);
                    if (r < 0) return -1;
                    if (r > 0) return 0;
                    if (t->version != version || t->slots != table
                        || !kv_same(table[j].key, stored))
                        goto restart;
                }
            } else if (e->hash == -1 && !stb_active(e) && !freeslot) {
                freeslot = e;
            }
            if (probes-- == 0) break;
            j++;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int stb_add_new(mem_state *m, stb_table *t, kr_val key, int64_t hash)
{
    return stb_add(m, t, key, hash, NULL, NULL);
}

void stb_remove_slot(stb_table *t, size_t i)
{
    t->slots[i].key = kv_undef();
    t->slots[i].hash = -1;
    t->used--;
    t->version++;
}

int stb_discard(stb_table *t, kr_val key, int64_t hash, stb_eq_fn eq, void *ctx)
{
    size_t slot;
    int r = stb_lookup(t, key, hash, eq, ctx, &slot);
    if (r <= 0) return r;
    stb_remove_slot(t, slot);
    return 1;
}

int stb_pop(stb_table *t, stb_entry *out)
{
    if (t->used == 0) return -1;
    size_t i = (size_t)t->finger & t->mask;
    while (!stb_active(&t->slots[i])) {
        i++;
        if (i > t->mask) i = 0;
    }
    *out = t->slots[i];
    stb_remove_slot(t, i);
    t->finger = (int64_t)i + 1;
    return 0;
}

int stb_presize(mem_state *m, stb_table *t, int64_t n)
{
    if ((size_t)(t->fill + n) * 5 >= t->mask * 3)
        return stb_resize(m, t, (t->used + n) * 2);
    return 0;
}

int stb_merge_into_empty(mem_state *m, stb_table *dst, const stb_table *src)
{
    if (src->used == 0) return 0;
    if (stb_presize(m, dst, src->used) < 0) return -2;
    if (ensure_block(m, dst) < 0) return -2;
    if (dst->mask == src->mask && src->fill == src->used) {
        memcpy(dst->slots, src->slots, stb_size(src) * sizeof(stb_entry));
    } else {
        for (size_t i = 0; i <= src->mask; i++)
            if (stb_active(&src->slots[i]))
                insert_clean(dst->slots, dst->mask, src->slots[i].key, src->slots[i].hash);
    }
    dst->fill = dst->used = src->used;
    dst->version++;
    return 0;
}

void stb_swap(stb_table *a, stb_table *b)
{
    stb_table tmp = *a;
    *a = *b;
    *b = tmp;
    uint64_t v = a->version > b->version ? a->version : b->version;
    a->version = b->version = v + 1;
}

void stb_trace(const stb_table *t, heap_tracer *tr)
{
    if (!t->slots) return;
    for (size_t i = 0; i <= t->mask; i++)
        if (stb_active(&t->slots[i])) heap_visit_val(tr, t->slots[i].key);
}
