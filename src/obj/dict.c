/* dict on the compact ordered table (vm/dictkeys.h).  Lookups decide key
 * equality natively for built-in values; a user __eq__ runs through the
 * generic protocol, after which a probe whose table changed restarts
 * (CPython's behaviour).  kdict_*_str are the hot paths of globals and
 * attribute dicts: an interned str key matches by pointer, others by hash
 * and bytes, and no Python code ever runs there. */
#include "cont.h"
#include "../compile/opcodes.h"

#define MEM (&rt->heap.mem)

static void dict_trace(kr_obj *o, heap_tracer *t)
{
    dk_trace(&((kr_dict *)(void *)o)->t, t);
}

static void dict_free(kr_heap *h, kr_obj *o)
{
    dk_free(&h->mem, &((kr_dict *)(void *)o)->t);
    mem_free(&h->mem, o, heap_dead_size(o));
}

static const heap_class dict_cls = { "dict", dict_trace, dict_free, sizeof(kr_dict) };

static kr_dict *dict_alloc(kr_rt *rt, kr_type *t)
{
    kr_obj *o = heap_alloc(&rt->heap, t, t == &kt_dict ? sizeof(kr_dict) : t->basicsize);
    if (!o) { kr_nomem(rt); return NULL; }
    kr_dict *d = (kr_dict *)(void *)o;
    dk_init_empty(&d->t);
    return d;
}

kr_dict *kdict_new(kr_rt *rt) { return dict_alloc(rt, &kt_dict); }

/* ---- lookup ---- */

static int native_eq(void *ctx, kr_val a, kr_val b)
{
    int r = kc_eq_native(a, b);
    return r == KC_UNKNOWN ? DK_NEEDS_VM : r;
}

/* Continues a probe stopped at a candidate that was not equal. */
static int probe_on(const dk_table *t, kr_val key, dk_probe *pr, int64_t *ix)
{
    int64_t j;
    while (dk_probe_next(pr, &j) == DK_CANDIDATE) {
        *ix = j;
        kr_val k = dk_entries(t)[j].key;
        if (kv_same(k, key)) return DK_FOUND;
        int n = kc_eq_native(k, key);
        if (n == 1) return DK_FOUND;
        if (n == KC_UNKNOWN) return DK_NEEDS_VM;
    }
    return DK_EMPTY;
}

int kd_lookup(kr_rt *rt, dk_table *t, kr_val key, int64_t hash, dk_probe *pr, int64_t *ix)
{
restart:;
    int r = dk_lookup_native(t, key, hash, native_eq, NULL, pr, ix);
    while (r == DK_NEEDS_VM) {
        kr_val stored = dk_entries(t)[*ix].key;
        kr_val res;
        int eq;
        if (kc_richcmp(rt, stored, key, KR_EQ, &res) != KR_OK) return KR_ERR;
        if (kc_truth(rt, res, &eq) != KR_OK) return KR_ERR;
        if (dk_probe_stale(pr)) goto restart;
        if (eq) return DK_FOUND;
        r = probe_on(t, key, pr, ix);
    }
    return r;
}

int kd_set_hashed(kr_rt *rt, kr_dict *d, kr_val key, int64_t hash, kr_val value)
{
    dk_probe pr;
    int64_t ix;
    int r = kd_lookup(rt, &d->t, key, hash, &pr, &ix);
    if (r < 0) return KR_ERR;
    if (r == DK_FOUND) { dk_set_value(&d->t, ix, value); return KR_OK; }
    if (dk_insert(MEM, &d->t, &pr, hash, key, value) < 0) return kr_nomem(rt);
    return KR_OK;
}

static int key_hash(kr_rt *rt, kr_val key, int64_t *h)
{
    return kc_hash_key(rt, key, "a dict key", h);
}

int kdict_set(kr_rt *rt, kr_dict *d, kr_val key, kr_val value)
{
    int64_t h;
    if (key_hash(rt, key, &h) != KR_OK) return KR_ERR;
    return kd_set_hashed(rt, d, key, h, value);
}

static int get_hashed(kr_rt *rt, kr_dict *d, kr_val key, int64_t h, kr_val *out)
{
    dk_probe pr;
    int64_t ix;
    int r = kd_lookup(rt, &d->t, key, h, &pr, &ix);
    if (r < 0) return KR_ERR;
    if (r != DK_FOUND) return KR_STOP;
    *out = dk_entries(&d->t)[ix].value;
    return KR_OK;
}

int kdict_get(kr_rt *rt, kr_dict *d, kr_val key, kr_val *out)
{
    int64_t h;
    if (key_hash(rt, key, &h) != KR_OK) return KR_ERR;
    return get_hashed(rt, d, key, h, out);
}

/* Deletes KEY; the removed entry through OUT.  KR_STOP when absent. */
static int del_hashed(kr_rt *rt, kr_dict *d, kr_val key, int64_t h, dk_entry *out)
{
    dk_probe pr;
    int64_t ix;
    int r = kd_lookup(rt, &d->t, key, h, &pr, &ix);
    if (r < 0) return KR_ERR;
    if (r != DK_FOUND) return KR_STOP;
    dk_delete(&d->t, ix, out);
    return KR_OK;
}

int kdict_del(kr_rt *rt, kr_dict *d, kr_val key)
{
    int64_t h;
    if (key_hash(rt, key, &h) != KR_OK) return KR_ERR;
    return del_hashed(rt, d, key, h, NULL);
}

/* ---- str keys ---- */

static int str_eq(void *ctx, kr_val stored, kr_val key)
{
    if (!kv_is_exact_str(stored)) {
        /* a str subclass with str's equality compares by bytes too */
        if (!kv_is_str(stored) || (kv_as_obj(stored)->type->flags & KT_USER_SLOTS)) return 0;
    }
    const kr_str *a = (const kr_str *)(const void *)kv_as_obj(stored);
    const kr_str *b = (const kr_str *)(const void *)kv_as_obj(key);
    return a->nbytes == b->nbytes && memcmp(a->data, b->data, (size_t)a->nbytes) == 0;
}

static inline int64_t str_hash_of(kr_str *key)
{
    return key->hash != -1 ? key->hash : kstr_hash(key);
}

kr_val kdict_get_str(kr_dict *d, kr_str *key)
{
    if (d->t.used == 0) return kv_undef();
    int64_t ix = dk_find(&d->t, kv_obj(&key->obj), str_hash_of(key), str_eq, NULL);
    return ix >= 0 ? dk_entries(&d->t)[ix].value : kv_undef();
}

int64_t kdict_index_str(kr_dict *d, kr_str *key)
{
    if (d->t.used == 0) return -1;
    return dk_find(&d->t, kv_obj(&key->obj), str_hash_of(key), str_eq, NULL);
}

int kdict_set_str(kr_rt *rt, kr_dict *d, kr_str *key, kr_val value)
{
    int64_t ix, h = str_hash_of(key);
    dk_probe pr;
    int r = dk_lookup_native(&d->t, kv_obj(&key->obj), h, str_eq, NULL, &pr, &ix);
    if (r == DK_FOUND) { dk_set_value(&d->t, ix, value); return KR_OK; }
    if (dk_insert(MEM, &d->t, &pr, h, kv_obj(&key->obj), value) < 0) return kr_nomem(rt);
    return KR_OK;
}

int kdict_del_str(kr_rt *rt, kr_dict *d, kr_str *key)
{
    int64_t ix;
    dk_probe pr;
    int r = dk_lookup_native(&d->t, kv_obj(&key->obj), str_hash_of(key), str_eq, NULL, &pr, &ix);
    if (r != DK_FOUND) return KR_STOP;
    dk_delete(&d->t, ix, NULL);
    return KR_OK;
}

kr_val kdict_get_cstr(kr_rt *rt, kr_dict *d, const char *key)
{
    kr_str *s = kstr_intern_cstr(rt, key);
    if (!s) { kr_exc_clear(rt); return kv_undef(); }
    return kdict_get_str(d, s);
}

int kdict_set_cstr(kr_rt *rt, kr_dict *d, const char *key, kr_val value)
{
    kr_str *s = kstr_intern_cstr(rt, key);
    if (!s) return KR_ERR;
    return kdict_set_str(rt, d, s, value);
}

/* ---- copy, update ---- */

kr_dict *kdict_copy(kr_rt *rt, kr_dict *d)
{
    kr_dict *r = kdict_new(rt);
    if (!r) return NULL;
    if (dk_copy(MEM, &r->t, &d->t) < 0) { kr_nomem(rt); return NULL; }
    return r;
}

static int dict_iter(kr_rt *rt, kr_val o, kr_val *out);

/* Whether O is a dict whose items may be read directly (its type keeps
 * dict's __iter__ and keys). */
static bool plain_dict(kr_rt *rt, kr_val o)
{
    if (kv_is_exact_dict(o)) return true;
    if (!kv_is_dict(o)) return false;
    kr_type *t = kr_type_of(o);
    if (t->slots.iter != dict_iter) return false;
    kr_val k = kr_type_lookup_cstr(rt, t, "keys");
    kr_val base = kr_type_lookup_cstr(rt, &kt_dict, "keys");
    return kv_same(k, base);
}

/* d.update(mapping): every key of a dict (insertion order). */
static int merge_dict(kr_rt *rt, kr_dict *d, kr_dict *o)
{
    if (d == o || o->t.used == 0) return KR_OK;
    if (d->t.used == 0 && d->t.nentries == 0) {
        dk_table copy;
        if (dk_copy(MEM, &copy, &o->t) < 0) return kr_nomem(rt);
        uint64_t v = d->t.version;
        dk_free(MEM, &d->t);
        d->t = copy;
        d->t.version = v + 2;
        return KR_OK;
    }
    if (dk_reserve(MEM, &d->t, d->t.used + o->t.used) < 0) return kr_nomem(rt);
    for (int64_t pos = 0;;) {
        dk_entry *e;
        if (!dk_next(&o->t, &pos, &e)) break;
        kr_val k = e->key, v = e->value;
        if (kd_set_hashed(rt, d, k, e->hash, v) != KR_OK) return KR_ERR;
    }
    return KR_OK;
}

/* d.update(x) where x has keys(): for k in x.keys(): d[k] = x[k]. */
static int merge_mapping(kr_rt *rt, kr_dict *d, kr_val o)
{
    kr_val keys;
    kc_nogc_enter(rt);
    int r = kc_sync(rt, vm_call_method(rt, o, "keys", NULL, 0, &keys), &keys);
    kc_nogc_leave(rt);
    if (r != KR_OK) return r;
    kc_cursor c;
    if (kc_cursor_open(rt, &c, keys) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val k, v;
        int st = kc_cursor_next(rt, &c, &k);
        if (st == KR_STOP) return KR_OK;
        if (st != KR_OK) return st;
        if (kc_getitem(rt, o, k, &v) != KR_OK) return KR_ERR;
        if (kdict_set(rt, d, k, v) != KR_OK) return KR_ERR;
    }
}

/* d.update(iterable of pairs) */
static int merge_pairs(kr_rt *rt, kr_dict *d, kr_val o)
{
    kc_cursor c;
    if (kc_cursor_open(rt, &c, o) != KR_OK) return KR_ERR;
    for (int64_t i = 0;; i++) {
        kr_val item;
        int st = kc_cursor_next(rt, &c, &item);
        if (st == KR_STOP) return KR_OK;
        if (st != KR_OK) return st;
        int64_t n;
        const kr_val *kv = kc_seq_items(item, &n);
        kr_list *tmp = NULL;
        if (!kv) {
            kr_type *t = kr_type_of(item);
            if (!t->slots.iter && !t->slots.getitem)
                return kr_raise(rt, &kt_TypeError, "object is not iterable");
            if (kc_list_from_iterable(rt, item, &tmp) != KR_OK) return KR_ERR;
            kv = tmp->items;
            n = tmp->len;
        }
        if (n != 2)
            return kr_raise(rt, &kt_ValueError,
                            "dictionary update sequence element #%lld has length %lld; 2 is required",
                            (long long)i, (long long)n);
        kr_val k = kv[0], v = kv[1];
        if (kdict_set(rt, d, k, v) != KR_OK) return KR_ERR;
    }
}

int kdict_update(kr_rt *rt, kr_dict *d, kr_val other)
{
    if (plain_dict(rt, other)) return merge_dict(rt, d, KR_AS(kr_dict, other));
    if (kv_is_obj(other) && !kv_is_undef(vm_lookup_special(rt, other, "keys")))
        return merge_mapping(rt, d, other);
    return merge_pairs(rt, d, other);
}

/* Keyword arguments ARGS[0..n) named by KWNAMES into D. */
static int update_kw(kr_rt *rt, kr_dict *d, const kr_val *vals, kr_obj *kwnames)
{
    kr_tuple *names = (kr_tuple *)(void *)kwnames;
    for (int64_t i = 0; names && i < names->len; i++)
        if (kdict_set(rt, d, names->items[i], vals[i]) != KR_OK) return KR_ERR;
    return KR_OK;
}

/* ---- slots ---- */

static int dict_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_dict *d = KR_AS(kr_dict, v);
    strbuf sb = STRBUF_INIT;
    if (d->t.used == 0) { sb_puts(&sb, "{}"); return kc_sb_str(rt, &sb, out); }
    int g = kc_repr_enter(rt, &d->obj);
    if (g == KR_ERR) return KR_ERR;
    if (g == 1) { sb_puts(&sb, "{...}"); return kc_sb_str(rt, &sb, out); }
    sb_putc(&sb, '{');
    bool first = true;
    for (int64_t pos = 0;;) {
        dk_entry *e;
        if (!dk_next(&d->t, &pos, &e)) break;
        kr_val k = e->key, val = e->value;
        if (!first) sb_append(&sb, ", ", 2);
        first = false;
        if (kc_repr_into(rt, &sb, k) != KR_OK) goto fail;
        sb_append(&sb, ": ", 2);
        if (kc_repr_into(rt, &sb, val) != KR_OK) goto fail;
    }
    sb_putc(&sb, '}');
    kc_repr_leave(&d->obj);
    return kc_sb_str(rt, &sb, out);
fail:
    kc_repr_leave(&d->obj);
    sb_free(&sb);
    return KR_ERR;
}

/* 1 equal, 0 not, KR_ERR */
static int dict_equal(kr_rt *rt, kr_dict *a, kr_dict *b)
{
    if (a->t.used != b->t.used) return 0;
    if (kc_depth_enter(rt, " in comparison") != KR_OK) return KR_ERR;
    int res = 1;
    for (int64_t pos = 0;;) {
        dk_entry *e;
        if (!dk_next(&a->t, &pos, &e)) break;
        kr_val k = e->key, av = e->value, bv;
        int r = get_hashed(rt, b, k, e->hash, &bv);
        if (r == KR_ERR) { res = KR_ERR; break; }
        if (r == KR_STOP) { res = 0; break; }
        int eq;
        if (kc_eq(rt, av, bv, &eq) != KR_OK) { res = KR_ERR; break; }
        if (!eq) { res = 0; break; }
    }
    kc_depth_leave();
    return res;
}

static int dict_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (!kv_is_dict(a) || !kv_is_dict(b) || (op != KR_EQ && op != KR_NE)) {
        *out = kr_notimpl();
        return KR_OK;
    }
    int r = dict_equal(rt, KR_AS(kr_dict, a), KR_AS(kr_dict, b));
    if (r == KR_ERR) return KR_ERR;
    *out = kv_bool(op == KR_EQ ? r : !r);
    return KR_OK;
}

static int dict_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op == OPB_INPLACE_OR && kv_is_dict(a)) {
        if (kdict_update(rt, KR_AS(kr_dict, a), b) != KR_OK) return KR_ERR;
        *out = a;
        return KR_OK;
    }
    if ((op == OPB_OR || op == OPB_INPLACE_OR) && kv_is_dict(a) && kv_is_dict(b)) {
        kr_dict *r = kdict_copy(rt, KR_AS(kr_dict, a));
        if (!r || kdict_update(rt, r, b) != KR_OK) return KR_ERR;
        *out = kdict_val(r);
        return KR_OK;
    }
    *out = kr_notimpl();
    return KR_OK;
}

static int dict_len(kr_rt *rt, kr_val v, int64_t *out)
{
    *out = KR_AS(kr_dict, v)->t.used;
    return KR_OK;
}

static int dict_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kr_dict *d = KR_AS(kr_dict, o);
    int64_t h;
    if (key_hash(rt, key, &h) != KR_OK) return KR_ERR;
    int r = get_hashed(rt, d, key, h, out);
    if (r != KR_STOP) return r;
    if (d->obj.type != &kt_dict) {
        kc_nogc_enter(rt);
        r = vm_call_special(rt, o, "__missing__", &key, 1, out);
        if (r == KR_CALL) r = kc_sync(rt, r, out);
        kc_nogc_leave(rt);
        if (r != KR_STOP) return r;
    }
    return kr_raise_val(rt, &kt_KeyError, key);
}

static int dict_setitem(kr_rt *rt, kr_val o, kr_val key, kr_val value)
{
    kr_dict *d = KR_AS(kr_dict, o);
    if (!kv_is_undef(value)) return kdict_set(rt, d, key, value);
    int r = kdict_del(rt, d, key);
    if (r == KR_STOP) return kr_raise_val(rt, &kt_KeyError, key);
    return r;
}

static int dict_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    kr_val v;
    int r = kdict_get(rt, KR_AS(kr_dict, o), x, &v);
    if (r == KR_ERR) return KR_ERR;
    *out = r == KR_OK;
    return KR_OK;
}

static int dict_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    return kc_seqiter_new(rt, &kt_dict_keyiterator, o, 0, out);
}

static int dict_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                         kr_obj *kwnames, kr_val *out)
{
    kr_dict *d = dict_alloc(rt, t);
    if (!d) return KR_ERR;
    *out = kdict_val(d);
    return KR_OK;
}

static int dict_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    int npos = nargs;
    if (kc_nargs(rt, "dict", npos, 0, 1) != KR_OK) return KR_ERR;
    kr_dict *d = KR_AS(kr_dict, self);
    if (npos == 1 && kdict_update(rt, d, args[0]) != KR_OK) return KR_ERR;
    return update_kw(rt, d, args + npos, kwnames);
}

/* ---- methods ---- */

#define SELF KR_AS(kr_dict, self)

static int m_get(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                 kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "dict.get", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "get", nargs, 1, 2) != KR_OK) return KR_ERR;
    int r = kdict_get(rt, SELF, args[0], out);
    if (r == KR_STOP) { *out = nargs == 2 ? args[1] : kv_none(); return KR_OK; }
    return r;
}

static int m_setdefault(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "dict.setdefault", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "setdefault", nargs, 1, 2) != KR_OK) return KR_ERR;
    kr_val dflt = nargs == 2 ? args[1] : kv_none();
    int64_t h;
    if (key_hash(rt, args[0], &h) != KR_OK) return KR_ERR;
    dk_probe pr;
    int64_t ix;
    int r = kd_lookup(rt, &SELF->t, args[0], h, &pr, &ix);
    if (r < 0) return KR_ERR;
    if (r == DK_FOUND) { *out = dk_entries(&SELF->t)[ix].value; return KR_OK; }
    if (dk_insert(MEM, &SELF->t, &pr, h, args[0], dflt) < 0) return kr_nomem(rt);
    *out = dflt;
    return KR_OK;
}

static int m_pop(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                 kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "dict.pop", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "pop", nargs, 1, 2) != KR_OK) return KR_ERR;
    int r = KR_STOP;
    if (SELF->t.used > 0) {
        int64_t h;
        if (key_hash(rt, args[0], &h) != KR_OK) return KR_ERR;
        dk_entry e;
        r = del_hashed(rt, SELF, args[0], h, &e);
        if (r == KR_OK) { *out = e.value; return KR_OK; }
        if (r == KR_ERR) return r;
    }
    if (nargs == 2) { *out = args[1]; return KR_OK; }
    return kr_raise_val(rt, &kt_KeyError, args[0]);
}

static int m_popitem(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                     kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "dict.popitem", kwnames) != KR_OK) return KR_ERR;
    if (kc_noargs(rt, "dict.popitem", nargs) != KR_OK) return KR_ERR;
    if (SELF->t.used == 0) return kr_raise(rt, &kt_KeyError, "popitem(): dictionary is empty");
    kr_tuple *t = ktuple_new(rt, 2);
    if (!t) return KR_ERR;
    dk_entry e;
    dk_popitem(&SELF->t, &e);
    t->items[0] = e.key;
    t->items[1] = e.value;
    *out = ktuple_val(t);
    return KR_OK;
}

static int m_update(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    int npos = nargs;
    if (kc_nargs(rt, "update", npos, 0, 1) != KR_OK) return KR_ERR;
    if (npos == 1 && kdict_update(rt, SELF, args[0]) != KR_OK) return KR_ERR;
    if (update_kw(rt, SELF, args + npos, kwnames) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int m_fromkeys(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "dict.fromkeys", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "fromkeys", nargs, 1, 2) != KR_OK) return KR_ERR;
    kr_val value = nargs == 2 ? args[1] : kv_none();
    kr_val d;
    kr_type *t = (kr_type *)(void *)kv_as_obj(self);
    if (t == &kt_dict) {
        kr_dict *nd = kdict_new(rt);
        if (!nd) return KR_ERR;
        d = kdict_val(nd);
    } else if (kc_call(rt, self, NULL, 0, &d) != KR_OK) {
        return KR_ERR;
    }
    bool native = kv_is_exact_dict(d);
    kc_cursor c;
    if (kc_cursor_open(rt, &c, args[0]) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val k;
        int st = kc_cursor_next(rt, &c, &k);
        if (st == KR_STOP) break;
        if (st != KR_OK) return st;
        if (native) st = kdict_set(rt, KR_AS(kr_dict, d), k, value);
        else {
            kc_nogc_enter(rt);
            kr_val ignored;
            st = kc_sync(rt, kr_setitem(rt, d, k, value), &ignored);
            kc_nogc_leave(rt);
        }
        if (st != KR_OK) return st;
    }
    *out = d;
    return KR_OK;
}

static int m_copy(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                  kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "dict.copy", kwnames) != KR_OK) return KR_ERR;
    if (kc_noargs(rt, "dict.copy", nargs) != KR_OK) return KR_ERR;
    kr_dict *r = kdict_copy(rt, SELF);
    if (!r) return KR_ERR;
    *out = kdict_val(r);
    return KR_OK;
}

static int m_clear(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "dict.clear", kwnames) != KR_OK) return KR_ERR;
    if (kc_noargs(rt, "dict.clear", nargs) != KR_OK) return KR_ERR;
    dk_clear(MEM, &SELF->t);
    *out = kv_none();
    return KR_OK;
}

static int make_view(kr_rt *rt, kr_type *t, kr_val self, int nargs, const char *qn, kr_val *out)
{
    if (kc_noargs(rt, qn, nargs) != KR_OK) return KR_ERR;
    kr_obj *o = heap_alloc(&rt->heap, t, sizeof(kr_dictview));
    if (!o) return kr_nomem(rt);
    ((kr_dictview *)(void *)o)->d = SELF;
    *out = kv_obj(o);
    return KR_OK;
}

static int m_keys(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                  kr_obj *kwnames, kr_val *out)
{
    return make_view(rt, &kt_dict_keys, self, nargs, "dict.keys", out);
}

static int m_values(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    return make_view(rt, &kt_dict_values, self, nargs, "dict.values", out);
}

static int m_items(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    return make_view(rt, &kt_dict_items, self, nargs, "dict.items", out);
}

static int m_reversed(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out)
{
    if (kc_noargs(rt, "dict.__reversed__", nargs) != KR_OK) return KR_ERR;
    return kc_seqiter_new(rt, &kt_dict_reversekeyiterator, self, SELF->t.nentries - 1, out);
}

static KR_CFUNC(get_f, "get", m_get, KF_METHOD);
static KR_CFUNC(setdefault_f, "setdefault", m_setdefault, KF_METHOD);
static KR_CFUNC(pop_f, "pop", m_pop, KF_METHOD);
static KR_CFUNC(popitem_f, "popitem", m_popitem, KF_METHOD);
static KR_CFUNC(update_f, "update", m_update, KF_METHOD);
static KR_CFUNC(fromkeys_f, "fromkeys", m_fromkeys, KF_CLASS);
static KR_CFUNC(copy_f, "copy", m_copy, KF_METHOD);
static KR_CFUNC(clear_f, "clear", m_clear, KF_METHOD);
static KR_CFUNC(keys_f, "keys", m_keys, KF_METHOD);
static KR_CFUNC(values_f, "values", m_values, KF_METHOD);
static KR_CFUNC(items_f, "items", m_items, KF_METHOD);
static KR_CFUNC(reversed_f, "__reversed__", m_reversed, KF_METHOD);
static const kr_cfunc *const dict_methods[] = {
    &get_f, &setdefault_f, &pop_f, &popitem_f, &update_f, &fromkeys_f, &copy_f, &clear_f,
    &keys_f, &values_f, &items_f, &reversed_f, NULL
};

kr_type kt_dict = {
    .head = { KR_STATIC_HDR(&kt_type), &dict_cls },
    .name = "dict",
    .flags = KT_BASETYPE | KT_DICT_SUB | KT_MATCH_MAP,
    .base = &kt_object,
    .slots = {
        .repr = dict_repr, .richcmp = dict_richcmp, .binop = dict_binop, .len = dict_len,
        .getitem = dict_getitem, .setitem = dict_setitem, .contains = dict_contains,
        .iter = dict_iter, .new_ = dict_new_slot, .init = dict_init,
    },
    .basicsize = sizeof(kr_dict),
    .methods = dict_methods,
};
