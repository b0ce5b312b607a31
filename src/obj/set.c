/* set and frozenset on the set table (settable.h), whose slot order is
 * CPython's, so printed sets match.  The algorithms of the operations
 * follow CPython's setobject.c step for step where the order of insertion
 * decides the result's layout (union copies the left operand then adds the
 * right; intersection iterates the smaller set; ...). */
#include "cont.h"
#include "../compile/opcodes.h"

#define ST(s) kset_st(s)
#define MEM (&rt->heap.mem)

static void set_trace(kr_obj *o, heap_tracer *t)
{
    stb_trace(kset_st((kr_set *)(void *)o), t);
}

static void set_free(kr_heap *h, kr_obj *o)
{
    stb_free(&h->mem, kset_st((kr_set *)(void *)o));
    mem_free(&h->mem, o, heap_dead_size(o));
}

static const heap_class set_cls = { "set", set_trace, set_free, sizeof(kr_set) };
static const heap_class frozenset_cls = { "frozenset", set_trace, set_free, sizeof(kr_set) };

static bool is_frozen_type(const kr_type *t)
{
    return t == &kt_frozenset || (t != &kt_set && kr_is_subtype(t, &kt_frozenset));
}

static kr_set *set_alloc(kr_rt *rt, kr_type *t)
{
    size_t size = (t == &kt_set || t == &kt_frozenset) ? sizeof(kr_set) : t->basicsize;
    kr_obj *o = heap_alloc(&rt->heap, t, size);
    if (!o) { kr_nomem(rt); return NULL; }
    kr_set *s = (kr_set *)(void *)o;
    stb_init(ST(s));
    s->hash = -1;
    return s;
}

kr_set *kset_new(kr_rt *rt, const kr_type *t) { return set_alloc(rt, (kr_type *)t); }

/* A new set of the base type of S's type (set or frozenset). */
static kr_set *new_like(kr_rt *rt, kr_set *s)
{
    return set_alloc(rt, is_frozen_type(s->obj.type) ? &kt_frozenset : &kt_set);
}

static int stb_status(kr_rt *rt, int r)
{
    if (r == -2) return kr_nomem(rt);
    return r < 0 ? KR_ERR : KR_OK;
}

/* Equality for the table: native, else the generic protocol. */
static int set_eq(void *ctx, kr_val stored, kr_val key)
{
    int r = kc_eq_native(stored, key);
    if (r != KC_UNKNOWN) return r;
    int eq;
    if (kc_eq((kr_rt *)ctx, stored, key, &eq) != KR_OK) return -1;
    return eq;
}

static int add_hashed(kr_rt *rt, kr_set *s, kr_val key, int64_t hash)
{
    return stb_status(rt, stb_add(MEM, ST(s), key, hash, set_eq, rt));
}

int kset_add(kr_rt *rt, kr_set *s, kr_val key)
{
    int64_t h;
    if (kc_hash_key(rt, key, "a set element", &h) != KR_OK) return KR_ERR;
    return add_hashed(rt, s, key, h);
}

/* 1 present, 0 absent (*slot set when present), KR_ERR. */
static int lookup_hashed(kr_rt *rt, kr_set *s, kr_val key, int64_t hash, size_t *slot)
{
    int r = stb_lookup(ST(s), key, hash, set_eq, rt, slot);
    return r < 0 ? KR_ERR : r;
}

/* A key for a lookup: a set that cannot be hashed is looked up as a
 * frozenset (CPython's set_contains / remove / discard). */
static int lookup_key(kr_rt *rt, kr_set *s, kr_val key, size_t *slot)
{
    int64_t h;
    if (kc_hash_key(rt, key, "a set element", &h) != KR_OK) {
        if (!kv_is_obj(key) || !kr_is_subtype(kv_as_obj(key)->type, &kt_set)
            || !kr_exc_matches(rt, &kt_TypeError))
            return KR_ERR;
        kr_exc_clear(rt);
        kr_set *f = set_alloc(rt, &kt_frozenset);
        if (!f || kc_set_update(rt, f, key) != KR_OK) return KR_ERR;
        key = kv_obj(&f->obj);
        if (kc_hash(rt, key, &h) != KR_OK) return KR_ERR;
    }
    return lookup_hashed(rt, s, key, h, slot);
}

/* CPython's set_merge. */
static int set_merge(kr_rt *rt, kr_set *s, kr_set *o)
{
    stb_table *t = ST(s), *ot = ST(o);
    if (s == o || ot->used == 0) return KR_OK;
    if (stb_presize(MEM, t, ot->used) < 0) return kr_nomem(rt);
    if (t->fill == 0) return stb_merge_into_empty(MEM, t, ot) < 0 ? kr_nomem(rt) : KR_OK;
    int64_t pos = 0;
    stb_entry *e;
    while (stb_next(ot, &pos, &e))
        if (add_hashed(rt, s, e->key, e->hash) != KR_OK) return KR_ERR;
    return KR_OK;
}

int kc_set_update(kr_rt *rt, kr_set *s, kr_val other)
{
    if (kv_is_anyset(other)) return set_merge(rt, s, KR_AS(kr_set, other));
    if (kv_is_exact_dict(other)) {
        dk_table *dt = &KR_AS(kr_dict, other)->t;
        if (stb_presize(MEM, ST(s), dt->used) < 0) return kr_nomem(rt);
        int64_t pos = 0;
        dk_entry *e;
        while (dk_next(dt, &pos, &e))
            if (add_hashed(rt, s, e->key, e->hash) != KR_OK) return KR_ERR;
        return KR_OK;
    }
    kc_cursor c;
    if (kc_cursor_open(rt, &c, other) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val v;
        int r = kc_cursor_next(rt, &c, &v);
        if (r == KR_STOP) return KR_OK;
        if (r != KR_OK) return r;
        if (kset_add(rt, s, v) != KR_OK) return KR_ERR;
    }
}

int kset_update(kr_rt *rt, kr_set *s, kr_val iterable) { return kc_set_update(rt, s, iterable); }

static kr_set *set_copy(kr_rt *rt, kr_set *s)
{
    kr_set *r = new_like(rt, s);
    if (!r || set_merge(rt, r, s) != KR_OK) return NULL;
    return r;
}

/* ---- the operations, as CPython computes them ---- */

static int set_intersection(kr_rt *rt, kr_set *s, kr_val other, kr_set **out)
{
    if (kv_is_obj(other) && kv_as_obj(other) == &s->obj) {
        *out = set_copy(rt, s);
        return *out ? KR_OK : KR_ERR;
    }
    kr_set *r = new_like(rt, s);
    if (!r) return KR_ERR;
    if (kv_is_anyset(other)) {
        kr_set *a = s, *b = KR_AS(kr_set, other);
        if (ST(b)->used > ST(a)->used) { kr_set *t = a; a = b; b = t; }
        int64_t pos = 0;
        stb_entry *e;
        while (stb_next(ST(b), &pos, &e)) {
            kr_val key = e->key;
            int64_t h = e->hash;
            size_t slot;
            int f = lookup_hashed(rt, a, key, h, &slot);
            if (f == KR_ERR) return KR_ERR;
            if (f && add_hashed(rt, r, key, h) != KR_OK) return KR_ERR;
        }
        *out = r;
        return KR_OK;
    }
    kc_cursor c;
    if (kc_cursor_open(rt, &c, other) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val v;
        int st = kc_cursor_next(rt, &c, &v);
        if (st == KR_STOP) break;
        if (st != KR_OK) return st;
        int64_t h;
        if (kc_hash(rt, v, &h) != KR_OK) return KR_ERR;
        size_t slot;
        int f = lookup_hashed(rt, s, v, h, &slot);
        if (f == KR_ERR) return KR_ERR;
        if (f && add_hashed(rt, r, v, h) != KR_OK) return KR_ERR;
    }
    *out = r;
    return KR_OK;
}

/* Removes the items of OTHER from S (set_difference_update_internal). */
static int set_difference_update(kr_rt *rt, kr_set *s, kr_val other)
{
    if (kv_is_obj(other) && kv_as_obj(other) == &s->obj) {
        stb_free(MEM, ST(s));
        return KR_OK;
    }
    if (kv_is_anyset(other)) {
        kr_set *o = KR_AS(kr_set, other);
        if ((ST(o)->used >> 3) > ST(s)->used) {
            kr_set *i;
            if (set_intersection(rt, s, other, &i) != KR_OK) return KR_ERR;
            o = i;
        }
        int64_t pos = 0;
        stb_entry *e;
        while (stb_next(ST(o), &pos, &e))
            if (stb_discard(ST(s), e->key, e->hash, set_eq, rt) < 0) return KR_ERR;
    } else {
        kc_cursor c;
        if (kc_cursor_open(rt, &c, other) != KR_OK) return KR_ERR;
        for (;;) {
            kr_val v;
            int st = kc_cursor_next(rt, &c, &v);
            if (st == KR_STOP) break;
            if (st != KR_OK) return st;
            size_t slot;
            int f = lookup_key(rt, s, v, &slot);
            if (f == KR_ERR) return KR_ERR;
            if (f) stb_remove_slot(ST(s), slot);
        }
    }
    stb_table *t = ST(s);
    if ((size_t)(t->fill - t->used) <= t->mask / 4) return KR_OK;
    if (stb_resize(MEM, t, t->used > 50000 ? t->used * 2 : t->used * 4) < 0) return kr_nomem(rt);
    return KR_OK;
}

static int set_difference(kr_rt *rt, kr_set *s, kr_val other, kr_set **out)
{
    int64_t other_size;
    if (kv_is_anyset(other)) other_size = ST(KR_AS(kr_set, other))->used;
    else if (kv_is_exact_dict(other)) other_size = KR_AS(kr_dict, other)->t.used;
    else other_size = -1;
    if (other_size < 0 || (ST(s)->used >> 2) > other_size) {
        kr_set *r = set_copy(rt, s);
        if (!r || set_difference_update(rt, r, other) != KR_OK) return KR_ERR;
        *out = r;
        return KR_OK;
    }
    kr_set *r = new_like(rt, s);
    if (!r) return KR_ERR;
    int64_t pos = 0;
    stb_entry *e;
    while (stb_next(ST(s), &pos, &e)) {
        kr_val key = e->key;
        int64_t h = e->hash;
        int found;
        if (kv_is_exact_dict(other)) {
            int64_t ix;
            dk_probe pr;
            int f = kd_lookup(rt, &KR_AS(kr_dict, other)->t, key, h, &pr, &ix);
            if (f < 0) return KR_ERR;
            found = f == DK_FOUND;
        } else {
            size_t slot;
            found = lookup_hashed(rt, KR_AS(kr_set, other), key, h, &slot);
            if (found == KR_ERR) return KR_ERR;
        }
        if (!found && add_hashed(rt, r, key, h) != KR_OK) return KR_ERR;
    }
    *out = r;
    return KR_OK;
}

static int set_symdiff_update(kr_rt *rt, kr_set *s, kr_val other)
{
    if (kv_is_obj(other) && kv_as_obj(other) == &s->obj) {
        stb_free(MEM, ST(s));
        return KR_OK;
    }
    if (kv_is_exact_dict(other)) {
        dk_table *dt = &KR_AS(kr_dict, other)->t;
        int64_t pos = 0;
        dk_entry *e;
        while (dk_next(dt, &pos, &e)) {
            kr_val key = e->key;
            int64_t h = e->hash;
            int r = stb_discard(ST(s), key, h, set_eq, rt);
            if (r < 0) return KR_ERR;
            if (r == 0 && add_hashed(rt, s, key, h) != KR_OK) return KR_ERR;
        }
        return KR_OK;
    }
    kr_set *o;
    if (kv_is_anyset(other)) {
        o = KR_AS(kr_set, other);
    } else {
        o = new_like(rt, s);
        if (!o || kc_set_update(rt, o, other) != KR_OK) return KR_ERR;
    }
    int64_t pos = 0;
    stb_entry *e;
    while (stb_next(ST(o), &pos, &e)) {
        kr_val key = e->key;
        int64_t h = e->hash;
        int r = stb_discard(ST(s), key, h, set_eq, rt);
        if (r < 0) return KR_ERR;
        if (r == 0 && add_hashed(rt, s, key, h) != KR_OK) return KR_ERR;
    }
    return KR_OK;
}

static int set_symdiff(kr_rt *rt, kr_set *s, kr_val other, kr_set **out)
{
    kr_set *r = new_like(rt, s);
    if (!r || kc_set_update(rt, r, other) != KR_OK) return KR_ERR;
    if (set_symdiff_update(rt, r, kv_obj(&s->obj)) != KR_OK) return KR_ERR;
    *out = r;
    return KR_OK;
}

/* 1/0 or KR_ERR */
static int set_issubset(kr_rt *rt, kr_set *s, kr_val other)
{
    if (!kv_is_anyset(other)) {
        kr_set *tmp;
        if (set_intersection(rt, s, other, &tmp) != KR_OK) return KR_ERR;
        return ST(tmp)->used == ST(s)->used;
    }
    kr_set *o = KR_AS(kr_set, other);
    if (ST(s)->used > ST(o)->used) return 0;
    int64_t pos = 0;
    stb_entry *e;
    while (stb_next(ST(s), &pos, &e)) {
        size_t slot;
        int f = lookup_hashed(rt, o, e->key, e->hash, &slot);
        if (f != 1) return f;
    }
    return 1;
}

static int set_issuperset(kr_rt *rt, kr_set *s, kr_val other)
{
    if (kv_is_anyset(other)) return set_issubset(rt, KR_AS(kr_set, other), kv_obj(&s->obj));
    kc_cursor c;
    if (kc_cursor_open(rt, &c, other) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val v;
        int st = kc_cursor_next(rt, &c, &v);
        if (st == KR_STOP) return 1;
        if (st != KR_OK) return KR_ERR;
        size_t slot;
        int f = lookup_key(rt, s, v, &slot);
        if (f != 1) return f;
    }
}

static int set_isdisjoint(kr_rt *rt, kr_set *s, kr_val other)
{
    if (kv_is_obj(other) && kv_as_obj(other) == &s->obj) return ST(s)->used == 0;
    if (kv_is_anyset(other)) {
        kr_set *a = s, *b = KR_AS(kr_set, other);
        if (ST(a)->used > ST(b)->used) { kr_set *t = a; a = b; b = t; }
        int64_t pos = 0;
        stb_entry *e;
        while (stb_next(ST(a), &pos, &e)) {
            size_t slot;
            int f = lookup_hashed(rt, b, e->key, e->hash, &slot);
            if (f == KR_ERR) return KR_ERR;
            if (f) return 0;
        }
        return 1;
    }
    kc_cursor c;
    if (kc_cursor_open(rt, &c, other) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val v;
        int st = kc_cursor_next(rt, &c, &v);
        if (st == KR_STOP) return 1;
        if (st != KR_OK) return KR_ERR;
        size_t slot;
        int f = lookup_key(rt, s, v, &slot);
        if (f == KR_ERR) return KR_ERR;
        if (f) return 0;
    }
}

/* ---- slots ---- */

static int set_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_set *s = KR_AS(kr_set, v);
    const char *tn = kr_type_name(v);
    bool exact = s->obj.type == &kt_set;
    strbuf sb = STRBUF_INIT;
    int g = kc_repr_enter(rt, &s->obj);
    if (g == KR_ERR) return KR_ERR;
    if (g == 1) {
        sb_printf(&sb, "%s(...)", tn);
        return kc_sb_str(rt, &sb, out);
    }
    if (ST(s)->used == 0) {
        kc_repr_leave(&s->obj);
        sb_printf(&sb, "%s()", tn);
        return kc_sb_str(rt, &sb, out);
    }
    /* a snapshot of the keys, as CPython's list(self) */
    kr_list *keys = klist_new(rt, ST(s)->used);
    if (!keys) { kc_repr_leave(&s->obj); return KR_ERR; }
    int64_t pos = 0;
    stb_entry *e;
    while (stb_next(ST(s), &pos, &e)) keys->items[keys->len++] = e->key;
    if (!exact) sb_printf(&sb, "%s(", tn);
    sb_putc(&sb, '{');
    for (int64_t i = 0; i < keys->len; i++) {
        if (i) sb_append(&sb, ", ", 2);
        if (kc_repr_into(rt, &sb, keys->items[i]) != KR_OK) {
            kc_repr_leave(&s->obj);
            sb_free(&sb);
            return KR_ERR;
        }
    }
    sb_putc(&sb, '}');
    if (!exact) sb_putc(&sb, ')');
    kc_repr_leave(&s->obj);
    return kc_sb_str(rt, &sb, out);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

static int frozenset_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_set *s = KR_AS(kr_set, v);
    if (s->hash != -1) { *out = s->hash; return KR_OK; }
    uint64_t h = 0;
    int64_t pos = 0;
    stb_entry *e;
    while (stb_next(ST(s), &pos, &e)) h ^= shuffle_bits((uint64_t)e->hash);
    h ^= ((uint64_t)ST(s)->used + 1) * 1927868237ULL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923ULL;
    if (h == (uint64_t)-1) h = 590923713ULL;
    s->hash = (int64_t)h;
    *out = (int64_t)h;
    return KR_OK;
}

static int set_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (!kv_is_anyset(a) || !kv_is_anyset(b)) { *out = kr_notimpl(); return KR_OK; }
    kr_set *x = KR_AS(kr_set, a), *y = KR_AS(kr_set, b);
    int64_t nx = ST(x)->used, ny = ST(y)->used;
    int r;
    switch (op) {
    case KR_EQ: case KR_NE:
        if (nx != ny) r = 0;
        else if (x->hash != -1 && y->hash != -1 && is_frozen_type(x->obj.type)
                 && is_frozen_type(y->obj.type) && x->hash != y->hash) r = 0;
        else r = set_issubset(rt, x, b);
        if (r == KR_ERR) return KR_ERR;
        if (op == KR_NE) r = !r;
        break;
    case KR_LE: r = set_issubset(rt, x, b); break;
    case KR_GE: r = set_issuperset(rt, x, b); break;
    case KR_LT: r = nx >= ny ? 0 : set_issubset(rt, x, b); break;
    default: r = nx <= ny ? 0 : set_issuperset(rt, x, b); break;
    }
    if (r == KR_ERR) return KR_ERR;
    *out = kv_bool(r);
    return KR_OK;
}

static int set_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (!kv_is_anyset(a) || !kv_is_anyset(b)) { *out = kr_notimpl(); return KR_OK; }
    kr_set *s = KR_AS(kr_set, a), *r = NULL;
    bool inplace = op >= OPB_INPLACE_ADD && !is_frozen_type(s->obj.type);
    int plain = op >= OPB_INPLACE_ADD ? op - OPB_INPLACE_ADD : op;
    int st;
    switch (plain) {
    case OPB_OR:
        if (inplace) { st = kc_set_update(rt, s, b); break; }
        r = set_copy(rt, s);
        st = r ? kc_set_update(rt, r, b) : KR_ERR;
        break;
    case OPB_AND:
        st = set_intersection(rt, s, b, &r);
        if (st == KR_OK && inplace) { stb_swap(ST(s), ST(r)); r = NULL; }
        break;
    case OPB_SUBTRACT:
        if (inplace) { st = set_difference_update(rt, s, b); break; }
        st = set_difference(rt, s, b, &r);
        break;
    case OPB_XOR:
        if (inplace) { st = set_symdiff_update(rt, s, b); break; }
        st = set_symdiff(rt, s, b, &r);
        break;
    default:
        *out = kr_notimpl();
        return KR_OK;
    }
    if (st != KR_OK) return st;
    *out = r ? kv_obj(&r->obj) : a;
    return KR_OK;
}

static int set_len(kr_rt *rt, kr_val v, int64_t *out)
{
    *out = ST(KR_AS(kr_set, v))->used;
    return KR_OK;
}

static int set_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    size_t slot;
    int f = lookup_key(rt, KR_AS(kr_set, o), x, &slot);
    if (f == KR_ERR) return KR_ERR;
    *out = f;
    return KR_OK;
}

static int set_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    return kc_seqiter_new(rt, &kt_set_iterator, o, 0, out);
}

static int set_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    if (t == &kt_set && kc_nokw(rt, "set", kwnames) != KR_OK) return KR_ERR;
    kr_set *s = set_alloc(rt, t);
    if (!s) return KR_ERR;
    *out = kv_obj(&s->obj);
    return KR_OK;
}

static int set_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    if (kc_nokw(rt, "set", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "set", nargs, 0, 1) != KR_OK) return KR_ERR;
    kr_set *s = KR_AS(kr_set, self);
    if (ST(s)->fill) stb_free(MEM, ST(s));
    if (nargs == 0) return KR_OK;
    return kc_set_update(rt, s, args[0]);
}

static int frozenset_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                              kr_obj *kwnames, kr_val *out)
{
    if (t == &kt_frozenset && kc_nokw(rt, "frozenset", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "frozenset", nargs, 0, 1) != KR_OK) return KR_ERR;
    if (nargs == 1 && t == &kt_frozenset && kv_is_type(args[0], &kt_frozenset)) {
        *out = args[0];
        return KR_OK;
    }
    kr_set *s = set_alloc(rt, t);
    if (!s) return KR_ERR;
    if (nargs == 1 && kc_set_update(rt, s, args[0]) != KR_OK) return KR_ERR;
    *out = kv_obj(&s->obj);
    return KR_OK;
}

/* ---- methods ---- */

#define SELF KR_AS(kr_set, self)

static const char *qual(kr_val self, const char *m, char *buf, size_t n)
{
    snprintf(buf, n, "%s.%s", is_frozen_type(kv_as_obj(self)->type) ? "frozenset" : "set", m);
    return buf;
}

static int ret_set(kr_set *r, kr_val *out)
{
    *out = kv_obj(&r->obj);
    return KR_OK;
}

static int m_add(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                 kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "set.add", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "set.add", nargs) != KR_OK) return KR_ERR;
    if (kset_add(rt, SELF, args[0]) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int m_clear(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "set.clear", kwnames) != KR_OK) return KR_ERR;
    if (kc_noargs(rt, "set.clear", nargs) != KR_OK) return KR_ERR;
    stb_free(MEM, ST(SELF));
    *out = kv_none();
    return KR_OK;
}

static int m_copy(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                  kr_obj *kwnames, kr_val *out)
{
    char q[40];
    if (kc_nokw(rt, qual(self, "copy", q, sizeof q), kwnames) != KR_OK) return KR_ERR;
    if (kc_noargs(rt, q, nargs) != KR_OK) return KR_ERR;
    if (kv_is_type(self, &kt_frozenset)) { *out = self; return KR_OK; }
    kr_set *r = set_copy(rt, SELF);
    return r ? ret_set(r, out) : KR_ERR;
}

static int m_discard(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                     kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "set.discard", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "set.discard", nargs) != KR_OK) return KR_ERR;
    size_t slot;
    int f = lookup_key(rt, SELF, args[0], &slot);
    if (f == KR_ERR) return KR_ERR;
    if (f) stb_remove_slot(ST(SELF), slot);
    *out = kv_none();
    return KR_OK;
}

static int m_remove(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "set.remove", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "set.remove", nargs) != KR_OK) return KR_ERR;
    size_t slot;
    int f = lookup_key(rt, SELF, args[0], &slot);
    if (f == KR_ERR) return KR_ERR;
    if (!f) return kr_raise_val(rt, &kt_KeyError, args[0]);
    stb_remove_slot(ST(SELF), slot);
    *out = kv_none();
    return KR_OK;
}

static int m_pop(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                 kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "set.pop", kwnames) != KR_OK) return KR_ERR;
    if (kc_noargs(rt, "set.pop", nargs) != KR_OK) return KR_ERR;
    stb_entry e;
    if (stb_pop(ST(SELF), &e) < 0) return kr_raise(rt, &kt_KeyError, "pop from an empty set");
    *out = e.key;
    return KR_OK;
}

static int m_union(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    char q[40];
    if (kc_nokw(rt, qual(self, "union", q, sizeof q), kwnames) != KR_OK) return KR_ERR;
    kr_set *r = set_copy(rt, SELF);
    if (!r) return KR_ERR;
    for (int i = 0; i < nargs; i++)
        if (kc_set_update(rt, r, args[i]) != KR_OK) return KR_ERR;
    return ret_set(r, out);
}

static int m_update(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "set.update", kwnames) != KR_OK) return KR_ERR;
    for (int i = 0; i < nargs; i++)
        if (kc_set_update(rt, SELF, args[i]) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int m_intersection(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                          kr_obj *kwnames, kr_val *out)
{
    char q[40];
    if (kc_nokw(rt, qual(self, "intersection", q, sizeof q), kwnames) != KR_OK) return KR_ERR;
    if (nargs == 0) {
        kr_set *r = set_copy(rt, SELF);
        return r ? ret_set(r, out) : KR_ERR;
    }
    kr_set *r = SELF;
    for (int i = 0; i < nargs; i++)
        if (set_intersection(rt, r, args[i], &r) != KR_OK) return KR_ERR;
    return ret_set(r, out);
}

static int m_intersection_update(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                                 kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "set.intersection_update", kwnames) != KR_OK) return KR_ERR;
    kr_set *r = SELF;
    for (int i = 0; i < nargs; i++)
        if (set_intersection(rt, r, args[i], &r) != KR_OK) return KR_ERR;
    if (r != SELF) stb_swap(ST(SELF), ST(r));
    *out = kv_none();
    return KR_OK;
}

static int m_difference(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    char q[40];
    if (kc_nokw(rt, qual(self, "difference", q, sizeof q), kwnames) != KR_OK) return KR_ERR;
    kr_set *r;
    if (nargs == 0) {
        r = set_copy(rt, SELF);
        return r ? ret_set(r, out) : KR_ERR;
    }
    if (set_difference(rt, SELF, args[0], &r) != KR_OK) return KR_ERR;
    for (int i = 1; i < nargs; i++)
        if (set_difference_update(rt, r, args[i]) != KR_OK) return KR_ERR;
    return ret_set(r, out);
}

static int m_difference_update(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                               kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "set.difference_update", kwnames) != KR_OK) return KR_ERR;
    for (int i = 0; i < nargs; i++)
        if (set_difference_update(rt, SELF, args[i]) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int m_symdiff(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                     kr_obj *kwnames, kr_val *out)
{
    char q[48];
    if (kc_nokw(rt, qual(self, "symmetric_difference", q, sizeof q), kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, q, nargs) != KR_OK) return KR_ERR;
    kr_set *r;
    if (set_symdiff(rt, SELF, args[0], &r) != KR_OK) return KR_ERR;
    return ret_set(r, out);
}

static int m_symdiff_update(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                            kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "set.symmetric_difference_update", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "set.symmetric_difference_update", nargs) != KR_OK) return KR_ERR;
    if (set_symdiff_update(rt, SELF, args[0]) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int bool_method(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames,
                       const char *name, int (*fn)(kr_rt *, kr_set *, kr_val), kr_val *out)
{
    char q[40];
    if (kc_nokw(rt, qual(self, name, q, sizeof q), kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, q, nargs) != KR_OK) return KR_ERR;
    int r = fn(rt, SELF, args[0]);
    if (r == KR_ERR) return KR_ERR;
    *out = kv_bool(r);
    return KR_OK;
}

static int m_issubset(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out)
{
    return bool_method(rt, self, args, nargs, kwnames, "issubset", set_issubset, out);
}

static int m_issuperset(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    return bool_method(rt, self, args, nargs, kwnames, "issuperset", set_issuperset, out);
}

static int m_isdisjoint(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    return bool_method(rt, self, args, nargs, kwnames, "isdisjoint", set_isdisjoint, out);
}

static KR_CFUNC(add_f, "add", m_add, KF_METHOD);
static KR_CFUNC(clear_f, "clear", m_clear, KF_METHOD);
static KR_CFUNC(copy_f, "copy", m_copy, KF_METHOD);
static KR_CFUNC(discard_f, "discard", m_discard, KF_METHOD);
static KR_CFUNC(remove_f, "remove", m_remove, KF_METHOD);
static KR_CFUNC(pop_f, "pop", m_pop, KF_METHOD);
static KR_CFUNC(union_f, "union", m_union, KF_METHOD);
static KR_CFUNC(update_f, "update", m_update, KF_METHOD);
static KR_CFUNC(inter_f, "intersection", m_intersection, KF_METHOD);
static KR_CFUNC(inter_up_f, "intersection_update", m_intersection_update, KF_METHOD);
static KR_CFUNC(diff_f, "difference", m_difference, KF_METHOD);
static KR_CFUNC(diff_up_f, "difference_update", m_difference_update, KF_METHOD);
static KR_CFUNC(symdiff_f, "symmetric_difference", m_symdiff, KF_METHOD);
static KR_CFUNC(symdiff_up_f, "symmetric_difference_update", m_symdiff_update, KF_METHOD);
static KR_CFUNC(issubset_f, "issubset", m_issubset, KF_METHOD);
static KR_CFUNC(issuperset_f, "issuperset", m_issuperset, KF_METHOD);
static KR_CFUNC(isdisjoint_f, "isdisjoint", m_isdisjoint, KF_METHOD);

static const kr_cfunc *const set_methods[] = {
    &add_f, &clear_f, &copy_f, &discard_f, &remove_f, &pop_f, &union_f, &update_f,
    &inter_f, &inter_up_f, &diff_f, &diff_up_f, &symdiff_f, &symdiff_up_f,
    &issubset_f, &issuperset_f, &isdisjoint_f, NULL
};

static const kr_cfunc *const frozenset_methods[] = {
    &copy_f, &union_f, &inter_f, &diff_f, &symdiff_f, &issubset_f, &issuperset_f,
    &isdisjoint_f, NULL
};

kr_type kt_set = {
    .head = { KR_STATIC_HDR(&kt_type), &set_cls },
    .name = "set",
    .flags = KT_BASETYPE,
    .base = &kt_object,
    .slots = {
        .repr = set_repr, .richcmp = set_richcmp, .binop = set_binop, .len = set_len,
        .contains = set_contains, .iter = set_iter, .new_ = set_new_slot, .init = set_init,
    },
    .basicsize = sizeof(kr_set),
    .methods = set_methods,
};

kr_type kt_frozenset = {
    .head = { KR_STATIC_HDR(&kt_type), &frozenset_cls },
    .name = "frozenset",
    .flags = KT_BASETYPE,
    .base = &kt_object,
    .slots = {
        .repr = set_repr, .hash = frozenset_hash, .richcmp = set_richcmp,
        .binop = set_binop, .len = set_len, .contains = set_contains, .iter = set_iter,
        .new_ = frozenset_new_slot,
    },
    .basicsize = sizeof(kr_set),
    .methods = frozenset_methods,
};
