/* The compact ordered hash table: model-based random tests against a naive
 * array (the test plays the VM, deciding equality through the probe API),
 * colliding hashes, index-width transitions, deletion-heavy workloads,
 * iteration order, versions, exact memory accounting and allocation failure
 * at every point.  `test_dictkeys --bench` measures lookup speed. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "vm/dictkeys.h"

static int passed, failed;
#define CHECK(cond) do { if (cond) passed++; else { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)
/* for checks inside loops: count once per failure only */
#define QCHECK(cond) do { if (!(cond)) { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)

static uint64_t rng = 88172645463325252ull;
static uint64_t rnd(void)
{
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    return rng;
}

/* ---- the reference: insertion-ordered array, linear search ---- */
typedef struct { int64_t key, value; int live; } ref_ent;
/* pos[key + off]: the key's position in e, or -1 (keys are dense ints) */
typedef struct { ref_ent *e; int64_t n, cap, used; int64_t *pos, off, span; } ref_t;

static void ref_init(ref_t *r, int64_t keyspace)
{
    memset(r, 0, sizeof *r);
    r->off = keyspace / 4;
    r->span = keyspace;
    r->pos = malloc((size_t)keyspace * sizeof *r->pos);
    for (int64_t i = 0; i < keyspace; i++) r->pos[i] = -1;
}
static int64_t ref_find(const ref_t *r, int64_t key) { return r->pos[key + r->off]; }
static void ref_add(ref_t *r, int64_t key, int64_t value)
{
    if (r->n == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 64;
        r->e = realloc(r->e, (size_t)r->cap * sizeof *r->e);
    }
    r->pos[key + r->off] = r->n;
    r->e[r->n++] = (ref_ent){ key, value, 1 };
    r->used++;
}
static void ref_kill(ref_t *r, int64_t i)
{
    r->e[i].live = 0;
    r->pos[r->e[i].key + r->off] = -1;
    r->used--;
}
static void ref_compact(ref_t *r)
{
    int64_t n = 0;
    for (int64_t i = 0; i < r->n; i++)
        if (r->e[i].live) { r->pos[r->e[i].key + r->off] = n; r->e[n++] = r->e[i]; }
    r->n = n;
}
static void ref_clear(ref_t *r)
{
    for (int64_t i = 0; i < r->n; i++) if (r->e[i].live) r->pos[r->e[i].key + r->off] = -1;
    r->n = r->used = 0;
}

/* ---- the test as the VM ---- */
static int hash_mode;   /* 0: key, 1: key % 7, 2: all equal, 3: mixed */
static int64_t hash_of(int64_t key)
{
    switch (hash_mode) {
    case 0: return key;
    case 1: return key % 7;
    case 2: return 42;
    default: return (int64_t)((uint64_t)key * 0x9E3779B97F4A7C15ull >> 3);
    }
}

static int64_t eq_calls;
/* Native equality that gives up for odd keys, as for user __eq__. */
static int eq_int_or_vm(void *ctx, kr_val a, kr_val b)
{
    (void)ctx;
    eq_calls++;
    if (kv_as_int(b) & 1) return DK_NEEDS_VM;
    return kv_as_int(a) == kv_as_int(b);
}

/* A lookup as the VM does it: native first, the probe for "Python" cases. */
static int64_t vm_lookup(const dk_table *t, int64_t key, dk_probe *pr)
{
    int64_t ix;
    dk_probe local;
    if (!pr) pr = &local;
    int r = dk_lookup_native(t, kv_int(key), hash_of(key), eq_int_or_vm, NULL, pr, &ix);
    while (r == DK_NEEDS_VM || r == DK_CANDIDATE) {
        /* "run __eq__" */
        if (kv_as_int(dk_entries(t)[ix].key) == key) return ix;
        r = dk_probe_next(pr, &ix);
    }
    if (r == DK_FOUND) return ix;
    return -1;
}

/* Lookup purely through the probe API. */
static int64_t probe_lookup(const dk_table *t, int64_t key, dk_probe *pr)
{
    int64_t ix;
    dk_probe_start(pr, t, hash_of(key));
    while (dk_probe_next(pr, &ix) == DK_CANDIDATE)
        if (kv_as_int(dk_entries(t)[ix].key) == key) return ix;
    return -1;
}

static int same_as_ref(const dk_table *t, const ref_t *r)
{
    if (t->used != r->used) return 0;
    int64_t pos = 0, j = 0;
    dk_entry *e;
    while (dk_next(t, &pos, &e)) {
        while (j < r->n && !r->e[j].live) j++;
        if (j >= r->n) return 0;
        if (kv_as_int(e->key) != r->e[j].key || kv_as_int(e->value) != r->e[j].value
            || e->hash != hash_of(r->e[j].key)) return 0;
        j++;
    }
    while (j < r->n && !r->e[j].live) j++;
    return j == r->n;
}

/* Byte image of a table, for "unchanged after a refused allocation". */
typedef struct { dk_table t; char *ix; dk_entry *ent; size_t ixbytes; } snap;
static void take(snap *s, const dk_table *t)
{
    s->t = *t;
    s->ixbytes = t->block ? (size_t)t->ix_width << t->log2_size : 0;
    s->ix = malloc(s->ixbytes + 1);
    s->ent = malloc((size_t)t->nentries * sizeof(dk_entry) + 1);
    if (t->block) {
        memcpy(s->ix, t->block, s->ixbytes);
        memcpy(s->ent, dk_entries(t), (size_t)t->nentries * sizeof(dk_entry));
    }
}
static int unchanged(snap *s, const dk_table *t)
{
    int ok = memcmp(&s->t, t, sizeof *t) == 0
        && (!t->block || (memcmp(s->ix, t->block, s->ixbytes) == 0
            && memcmp(s->ent, dk_entries(t), (size_t)t->nentries * sizeof(dk_entry)) == 0));
    free(s->ix);
    free(s->ent);
    return ok;
}

/* One random run: OPS operations over keys in [0, KEYSPACE). */
static void model_run(int mode, int ops, int64_t keyspace, int del_weight, int fail_inject)
{
    mem_state m = { 0 };
    void *pad = mem_alloc(&m, 1);   /* used > 0, so limit = used means "refuse all" */
    size_t base = m.used;
    dk_table t;
    dk_init_empty(&t);
    ref_t r;
    ref_init(&r, keyspace);
    hash_mode = mode;
    int bad = 0, refusals = 0;
    dk_probe pr;

    for (int op = 0; op < ops && !bad; op++) {
        int64_t key = (int64_t)(rnd() % (uint64_t)keyspace) - keyspace / 4;  /* negatives too */
        int kind = (int)(rnd() % 100);
        uint64_t v0 = t.version;
        if (kind < 50) {                       /* d[key] = value */
            int64_t value = (int64_t)(rnd() & 0xffff);
            int64_t ix = (op & 1) ? vm_lookup(&t, key, &pr) : probe_lookup(&t, key, &pr);
            int64_t rix = ref_find(&r, key);
            if ((ix >= 0) != (rix >= 0)) { bad = 1; break; }
            if (ix >= 0) {
                dk_set_value(&t, ix, kv_int(value));
                r.e[rix].value = value;
                if (t.version != v0) bad = 2;
            } else {
                if (fail_inject) {
                    snap s;
                    take(&s, &t);
                    m.limit = m.used;
                    int64_t nix = dk_insert(&m, &t, &pr, hash_of(key), kv_int(key), kv_int(value));
                    m.limit = 0;
                    if (nix >= 0) {
                        /* no allocation needed: fine, but it must be the append */
                        if (nix != s.t.nentries) bad = 3;
                        free(s.ix); free(s.ent);
                        ref_add(&r, key, value);
                        goto inserted;
                    }
                    refusals++;
                    if (!unchanged(&s, &t) || !dk_check(&t)) { bad = 4; break; }
                    /* the probe is still usable after a refusal */
                }
                if (dk_insert(&m, &t, &pr, hash_of(key), kv_int(key), kv_int(value)) < 0) { bad = 5; break; }
                ref_add(&r, key, value);
            inserted:
                if (t.version == v0) bad = 6;
            }
        } else if (kind < 50 + del_weight) {   /* del d[key] */
            int64_t ix = probe_lookup(&t, key, &pr);
            int64_t rix = ref_find(&r, key);
            if ((ix >= 0) != (rix >= 0)) { bad = 7; break; }
            if (ix >= 0) {
                dk_entry out;
                dk_delete(&t, ix, &out);
                if (kv_as_int(out.key) != key || kv_as_int(out.value) != r.e[rix].value) bad = 8;
                ref_kill(&r, rix);
                if (t.version == v0) bad = 9;
            }
        } else if (kind < 92) {                /* key in d */
            int64_t ix = vm_lookup(&t, key, NULL);
            int64_t rix = ref_find(&r, key);
            if ((ix >= 0) != (rix >= 0)) { bad = 10; break; }
            if (ix >= 0 && kv_as_int(dk_entries(&t)[ix].value) != r.e[rix].value) bad = 11;
            if (t.version != v0) bad = 12;
        } else if (kind < 97) {                /* popitem */
            dk_entry out;
            int rc = dk_popitem(&t, &out);
            int64_t j = r.n - 1;
            while (j >= 0 && !r.e[j].live) j--;
            if ((rc == 0) != (j >= 0)) { bad = 13; break; }
            if (j >= 0) {
                if (kv_as_int(out.key) != r.e[j].key || kv_as_int(out.value) != r.e[j].value) bad = 14;
                ref_kill(&r, j);
                r.n = j;
            }
        } else if (kind < 98) {                /* copy, then continue on the copy */
            dk_table c;
            if (fail_inject && t.used) {
                snap s;
                take(&s, &t);
                m.limit = m.used;
                int rc = dk_copy(&m, &c, &t);
                m.limit = 0;
                if (rc == 0) bad = 15;
                refusals++;
                if (!unchanged(&s, &t) || c.block || m.used != base + dk_bytes(&t)) bad = 16;
            }
            if (dk_copy(&m, &c, &t) < 0) { bad = 17; break; }
            if (!dk_check(&c) || !same_as_ref(&c, &r)) bad = 18;
            dk_free(&m, &t);
            t = c;
            ref_compact(&r);
        } else if (kind < 99) {                /* reserve */
            int64_t want = t.used + (int64_t)(rnd() % 300);
            if (dk_reserve(&m, &t, want) < 0) { bad = 19; break; }
            if (t.usable - t.nentries < want - t.used) bad = 20;
            ref_compact(&r);
        } else if (ops <= 20000 && rnd() % 8 == 0) {   /* clear, rarely */
            dk_clear(&m, &t);
            ref_clear(&r);
            if (t.version == v0 || t.used) bad = 21;
        }
        if (m.used != base + dk_bytes(&t)) bad = 22;
        if ((t.used < 300 || op % 97 == 0) && !dk_check(&t)) bad = 23;
        if (op % 211 == 0 && !same_as_ref(&t, &r)) bad = 24;
    }
    if (!bad && !same_as_ref(&t, &r)) bad = 25;
    if (!bad && !dk_check(&t)) bad = 26;
    if (bad) printf("model run mode %d keyspace %lld: failure code %d\n",
                    mode, (long long)keyspace, bad);
    CHECK(bad == 0);
    if (fail_inject) CHECK(refusals > 0);
    dk_free(&m, &t);
    mem_free(&m, pad, 1);
    CHECK(m.used == 0);
    free(r.e);
    free(r.pos);
}

static void test_widths(void)
{
    mem_state m = { 0 };
    dk_table t;
    dk_init_empty(&t);
    hash_mode = 3;
    dk_probe pr;
    int saw1 = 0, saw2 = 0, saw4 = 0, bad = 0;
    int64_t n = 100000;
    for (int64_t k = 0; k < n; k++) {
        if (probe_lookup(&t, k, &pr) != -1) bad++;
        if (dk_insert(&m, &t, &pr, hash_of(k), kv_int(k), kv_int(-k)) != k) bad++;
        if (t.ix_width == 1) saw1 = 1;
        if (t.ix_width == 2) saw2 = 1;
        if (t.ix_width == 4) saw4 = 1;
        /* k + 1 entries now; 128 slots hold 85, 32768 hold 21845 */
        if (k == 84) CHECK(t.ix_width == 1 && t.log2_size == 7);
        if (k == 85) CHECK(t.ix_width == 2 && t.log2_size == 8);
        if (k == 21844) CHECK(t.ix_width == 2 && t.log2_size == 15);
        if (k == 21845) CHECK(t.ix_width == 4 && t.log2_size == 16);
    }
    CHECK(bad == 0);
    CHECK(saw1 && saw2 && saw4);
    CHECK(dk_check(&t));
    for (int64_t k = 0; k < n; k++) {
        int64_t ix = probe_lookup(&t, k, &pr);
        if (ix != k || kv_as_int(dk_entries(&t)[ix].value) != -k) bad++;
    }
    CHECK(probe_lookup(&t, n, &pr) == -1);
    CHECK(bad == 0);
    /* delete every other one, then iterate: order preserved */
    for (int64_t k = 0; k < n; k += 2) dk_delete(&t, probe_lookup(&t, k, &pr), NULL);
    CHECK(t.used == n / 2 && dk_check(&t));
    int64_t pos = 0, expect = 1;
    dk_entry *e;
    while (dk_next(&t, &pos, &e)) { if (kv_as_int(e->key) != expect) bad++; expect += 2; }
    CHECK(bad == 0 && expect == n + 1);
    CHECK(m.used == dk_bytes(&t));
    dk_free(&m, &t);
    CHECK(m.used == 0);
}

/* Exactly CPython's slot sequence for a small table. */
static void test_layout(void)
{
    mem_state m = { 0 };
    dk_table t;
    dk_init_empty(&t);
    /* 8 slots: hashes 0, 8, 16 all start at slot 0; perturbation gives
     * slot 0 -> (0*5 + (8>>5) + 1) & 7 = 1 for 8 ... */
    dk_insert(&m, &t, NULL, 0, kv_int(0), kv_none());
    dk_insert(&m, &t, NULL, 8, kv_int(8), kv_none());
    dk_insert(&m, &t, NULL, 16, kv_int(16), kv_none());
    CHECK(t.log2_size == 3);
    const int8_t *ix = (const int8_t *)(const void *)t.block;
    /* 0 -> slot 0; 8: slot 0 taken, perturb 8>>5 = 0, i = 1; 16: 0, 1, then
     * i = (1*5 + 0 + 1) & 7 = 6 */
    CHECK(ix[0] == 0 && ix[1] == 1 && ix[6] == 2);
    /* a large hash: perturb matters.  hash 0x100 in 8 slots: starts at 0,
     * perturb >>= 5 -> 8, i = (0 + 8 + 1) & 7 = 1 (taken), perturb -> 0,
     * i = (5 + 0 + 1) & 7 = 6 (taken), i = (30 + 1) & 7 = 7 */
    dk_insert(&m, &t, NULL, 0x100, kv_int(0x100), kv_none());
    CHECK(ix[7] == 3);
    CHECK(dk_check(&t));
    /* negative hashes go through size_t like CPython's */
    dk_insert(&m, &t, NULL, -2, kv_int(-2), kv_none());
    CHECK(dk_check(&t));
    dk_free(&m, &t);
    CHECK(m.used == 0);
}

static void test_versions_and_probe(void)
{
    mem_state m = { 0 };
    dk_table t;
    dk_init_empty(&t);
    dk_probe pr;
    int64_t ix;
    hash_mode = 2;   /* everything collides */
    /* empty table */
    dk_probe_start(&pr, &t, 42);
    CHECK(dk_probe_next(&pr, &ix) == DK_EMPTY);
    for (int64_t k = 0; k < 10; k++)
        dk_insert(&m, &t, NULL, 42, kv_int(k), kv_int(k * 10));
    /* candidates come in path order; all ten have hash 42.  The path may
     * pass a slot twice (as in CPython: once perturb is 0 the walk i*5+1
     * visits every slot), so count distinct entries. */
    dk_probe_start(&pr, &t, 42);
    int n = 0, seen[16] = { 0 };
    while (dk_probe_next(&pr, &ix) == DK_CANDIDATE) if (!seen[ix]++) n++;
    CHECK(n == 10);
    /* a different hash never yields a candidate */
    dk_probe_start(&pr, &t, 43);
    CHECK(dk_probe_next(&pr, &ix) == DK_EMPTY);
    /* stale: "__eq__" inserts mid-lookup; the probe restarts */
    dk_probe_start(&pr, &t, 42);
    CHECK(dk_probe_next(&pr, &ix) == DK_CANDIDATE);
    CHECK(!dk_probe_stale(&pr));
    uint64_t v = t.version;
    dk_insert(&m, &t, NULL, 42, kv_int(100), kv_none());
    CHECK(t.version != v && dk_probe_stale(&pr));
    n = 0;
    int seen2[32] = { 0 };
    while (dk_probe_next(&pr, &ix) == DK_CANDIDATE) if (!seen2[ix]++) n++;
    CHECK(n == 11);
    /* insert through a stale probe still finds a free slot */
    dk_probe_start(&pr, &t, 42);
    dk_insert(&m, &t, NULL, 42, kv_int(101), kv_none());
    CHECK(dk_insert(&m, &t, &pr, 42, kv_int(102), kv_none()) == 12 && dk_check(&t));
    /* set value keeps the version; delete and clear change it */
    v = t.version;
    dk_set_value(&t, 3, kv_int(7));
    CHECK(t.version == v);
    dk_delete(&t, 3, NULL);
    CHECK(t.version != v);
    v = t.version;
    dk_clear(&m, &t);
    CHECK(t.version != v && t.used == 0 && m.used == 0);
    /* native lookup: identity first, eq never called for a match by identity */
    dk_insert(&m, &t, NULL, 5, kv_int(5), kv_int(50));
    eq_calls = 0;
    hash_mode = 0;
    CHECK(vm_lookup(&t, 5, NULL) == 0 && eq_calls == 0);
    /* NULL eq: identity only */
    CHECK(dk_lookup_native(&t, kv_int(5), 5, NULL, NULL, NULL, &ix) == DK_FOUND && ix == 0);
    CHECK(dk_lookup_native(&t, kv_int(6), 5, NULL, NULL, NULL, &ix) == DK_EMPTY);
    /* NEEDS_VM stops at the candidate with the probe resumable */
    CHECK(dk_lookup_native(&t, kv_int(7), 5, eq_int_or_vm, NULL, &pr, &ix) == DK_NEEDS_VM && ix == 0);
    CHECK(dk_probe_next(&pr, &ix) == DK_EMPTY);
    CHECK(dk_insert(&m, &t, &pr, 5, kv_int(7), kv_none()) == 1 && dk_check(&t));
    dk_free(&m, &t);
    CHECK(m.used == 0);
}

/* popitem then insert with different hashes, forever: the index must not
 * fill up with dummies (fill bounds it). */
static void test_popitem_churn(void)
{
    mem_state m = { 0 };
    dk_table t;
    dk_init_empty(&t);
    int bad = 0;
    for (int64_t k = 0; k < 3; k++) dk_insert(&m, &t, NULL, k, kv_int(k), kv_none());
    for (int64_t k = 3; k < 20000; k++) {
        if (dk_insert(&m, &t, NULL, k * 7919, kv_int(k), kv_none()) < 0) bad++;
        dk_entry out;
        if (dk_popitem(&t, &out) != 0 || kv_as_int(out.key) != k) bad++;
        if (k % 101 == 0 && !dk_check(&t)) bad++;
    }
    /* resizes happen (dummies fill the index) but to used*3 = 9 -> 16 slots */
    CHECK(bad == 0 && t.used == 3 && t.log2_size == 4 && dk_check(&t));
    /* LIFO over the remaining */
    dk_entry out;
    CHECK(dk_popitem(&t, &out) == 0 && kv_as_int(out.key) == 2);
    CHECK(dk_popitem(&t, &out) == 0 && kv_as_int(out.key) == 1);
    CHECK(dk_popitem(&t, &out) == 0 && kv_as_int(out.key) == 0);
    CHECK(dk_popitem(&t, &out) == -1);
    dk_free(&m, &t);
    CHECK(m.used == 0);
}

/* Deletion-heavy: a sliding window of live keys stays in a small table. */
static void test_sliding_window(void)
{
    mem_state m = { 0 };
    dk_table t;
    dk_init_empty(&t);
    dk_probe pr;
    hash_mode = 0;
    int bad = 0;
    size_t maxbytes = 0;
    for (int64_t k = 0; k < 200000; k++) {
        if (probe_lookup(&t, k, &pr) != -1) bad++;
        dk_insert(&m, &t, &pr, k, kv_int(k), kv_none());
        if (k >= 50) {
            int64_t ix = probe_lookup(&t, k - 50, &pr);
            if (ix < 0) bad++; else dk_delete(&t, ix, NULL);
        }
        if (dk_bytes(&t) > maxbytes) maxbytes = dk_bytes(&t);
    }
    CHECK(bad == 0 && t.used == 50 && dk_check(&t));
    /* 50 live * 3 -> 256 slots of int16 and 170 entries, never more */
    CHECK(maxbytes == 256 * 2 + 170 * sizeof(dk_entry));
    /* deleting everything, then one insert shrinks to the minimum */
    int64_t pos = 0;
    dk_entry *e;
    while (dk_next(&t, &pos, &e)) dk_delete(&t, pos - 1, NULL);
    CHECK(t.used == 0 && dk_check(&t));
    while (t.nentries < t.usable && t.fill < t.usable)
        dk_insert(&m, &t, NULL, t.nentries, kv_int(t.nentries), kv_none());
    dk_insert(&m, &t, NULL, 1, kv_int(1), kv_none());
    CHECK(dk_check(&t));
    dk_free(&m, &t);
    CHECK(m.used == 0);
}

/* Every allocating operation refused: the table is valid and unchanged. */
static void test_refusals(void)
{
    mem_state m = { 0 };
    void *pad = mem_alloc(&m, 1);
    dk_table t, c;
    snap s;
    /* init */
    m.limit = m.used;
    CHECK(dk_init(&m, &t, 1000) == -1 && !t.block && dk_check(&t));
    m.limit = 0;
    CHECK(dk_init(&m, &t, 1000) == 0 && t.usable >= 1000 && m.used == 1 + dk_bytes(&t));
    dk_free(&m, &t);
    /* the first insert into an empty table */
    m.limit = m.used;
    take(&s, &t);
    CHECK(dk_insert(&m, &t, NULL, 1, kv_int(1), kv_none()) == -1);
    CHECK(unchanged(&s, &t) && dk_check(&t));
    m.limit = 0;
    /* every growth point up to 1000 entries */
    int bad = 0, growths = 0;
    for (int64_t k = 0; k < 1000; k++) {
        take(&s, &t);
        m.limit = m.used;
        int64_t r = dk_insert(&m, &t, NULL, k, kv_int(k), kv_none());
        m.limit = 0;
        if (r < 0) {
            growths++;
            if (!unchanged(&s, &t) || !dk_check(&t)) bad++;
            if (dk_insert(&m, &t, NULL, k, kv_int(k), kv_none()) != k) bad++;
        } else {
            free(s.ix); free(s.ent);
        }
    }
    CHECK(bad == 0 && growths >= 8);
    /* copy (both paths: without and with holes) and reserve */
    m.limit = m.used;
    CHECK(dk_copy(&m, &c, &t) == -1 && !c.block);
    dk_delete(&t, 10, NULL);
    CHECK(dk_copy(&m, &c, &t) == -1 && !c.block);
    take(&s, &t);
    CHECK(dk_reserve(&m, &t, 100000) == -1);
    CHECK(unchanged(&s, &t) && dk_check(&t));
    m.limit = 0;
    CHECK(dk_copy(&m, &c, &t) == 0 && dk_check(&c) && c.used == 999 && c.nentries == 999);
    dk_free(&m, &c);
    /* huge hints are refused, not overflowed */
    CHECK(dk_init(&m, &c, INT64_MAX / 2) == -1 && !c.block);
    dk_free(&m, &t);
    mem_free(&m, pad, 1);
    CHECK(m.used == 0);
}

static int visits;
static void count_visit(heap_tracer *tr, kr_obj *o) { (void)tr; (void)o; visits++; }

static void test_trace(void)
{
    mem_state m = { 0 };
    dk_table t;
    dk_init_empty(&t);
    kr_obj objs[4];
    memset(objs, 0, sizeof objs);
    dk_insert(&m, &t, NULL, 1, kv_obj(&objs[0]), kv_obj(&objs[1]));
    dk_insert(&m, &t, NULL, 2, kv_int(2), kv_obj(&objs[2]));
    dk_insert(&m, &t, NULL, 3, kv_obj(&objs[3]), kv_none());
    dk_delete(&t, 1, NULL);
    heap_tracer tr = { count_visit };
    visits = 0;
    dk_trace(&t, &tr);
    CHECK(visits == 3);
    dk_free(&m, &t);
    visits = 0;
    dk_trace(&t, &tr);
    CHECK(visits == 0);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int eq_ints(void *ctx, kr_val a, kr_val b)
{
    (void)ctx;
    return kv_is_int(a) && kv_is_int(b) && kv_as_int(a) == kv_as_int(b);
}

static void bench(int64_t n)
{
    mem_state m = { 0 };
    dk_table t;
    dk_init_empty(&t);
    /* hash(int) == int in Python */
    for (int64_t k = 0; k < n; k++) dk_insert(&m, &t, NULL, k * 3, kv_int(k * 3), kv_int(k));
    int64_t lookups = n < 10000000 ? 20000000 : n, found = 0, ix;
    uint64_t x = 1;
    double t0 = now();
    for (int64_t i = 0; i < lookups; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        int64_t k = (int64_t)((x >> 20) % (uint64_t)n) * 3;
        if (dk_lookup_native(&t, kv_int(k), k, eq_ints, NULL, NULL, &ix) == DK_FOUND) found++;
    }
    double dt = now() - t0;
    printf("bench: %lld entries, %lld random hits: %.1f M lookups/s (found %lld)\n",
           (long long)n, (long long)lookups, lookups / dt / 1e6, (long long)found);
    t0 = now();
    dk_free(&m, &t);
    dk_init_empty(&t);
    for (int64_t k = 0; k < n; k++) dk_insert(&m, &t, NULL, k * 3, kv_int(k * 3), kv_int(k));
    dt = now() - t0;
    printf("bench: %lld inserts: %.1f M inserts/s\n", (long long)n, n / dt / 1e6);
    dk_free(&m, &t);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "--bench") == 0) {
        bench(1000);
        bench(1000000);
        return 0;
    }
    test_layout();
    test_versions_and_probe();
    test_trace();
    test_refusals();
    test_popitem_churn();
    test_sliding_window();
    test_widths();
    for (int mode = 0; mode < 4; mode++) {
        model_run(mode, 20000, 60, 30, 1);        /* small, churning */
        model_run(mode, 20000, 400, 20, 1);       /* crosses 8 -> 16 bits */
        model_run(mode, 20000, 400, 45, 0);       /* deletion-heavy */
    }
    model_run(3, 200000, 60000, 10, 0);           /* crosses 16 -> 32 bits */
    model_run(0, 100000, 30000, 10, 0);
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
