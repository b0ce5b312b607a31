/* The iterators of the containers (tuple, list, reversed list, range, set,
 * dict keys/values/items forwards and backwards, and the __getitem__
 * sequence iterator), with CPython's checks for containers changed during
 * iteration, and the kc_cursor used by constructors (list(x), set(x), ...)
 * to walk any iterable with native fast paths. */
#include "cont.h"

static void seqiter_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_val(t, ((kr_seqiter *)(void *)o)->seq);
}

static const heap_class seqiter_cls = { "iterator", seqiter_trace, NULL, sizeof(kr_seqiter) };
static const heap_class rangeiter_cls = { "range_iterator", NULL, NULL, sizeof(kr_rangeiter) };

int kc_seqiter_new(kr_rt *rt, kr_type *t, kr_val seq, int64_t pos, kr_val *out)
{
    kr_obj *o = heap_alloc(&rt->heap, t, sizeof(kr_seqiter));
    if (!o) return kr_nomem(rt);
    kr_seqiter *it = (kr_seqiter *)(void *)o;
    it->seq = seq;
    it->pos = pos;
    if (kv_is_anyset(seq)) {
        it->len = kset_st(KR_AS(kr_set, seq))->used;
        it->version = (uint64_t)it->len;
    } else if (kv_is_dict(seq)) {
        it->len = KR_AS(kr_dict, seq)->t.used;
        it->version = (uint64_t)it->len;
    }
    *out = kv_obj(o);
    return KR_OK;
}

int kseq_iter(kr_rt *rt, kr_val seq, kr_val *out)
{
    return kc_seqiter_new(rt, &kt_seq_iterator, seq, 0, out);
}

#define IT KR_AS(kr_seqiter, it)

static int self_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    *out = o;
    return KR_OK;
}

/* ---- tuple, list, reversed list ---- */

static int tuple_next(kr_rt *rt, kr_val it, kr_val *out)
{
    kr_seqiter *s = IT;
    if (kv_is_undef(s->seq)) return KR_STOP;
    kr_tuple *t = KR_AS(kr_tuple, s->seq);
    if (s->pos < t->len) { *out = t->items[s->pos++]; return KR_OK; }
    s->seq = kv_undef();
    return KR_STOP;
}

static int list_next(kr_rt *rt, kr_val it, kr_val *out)
{
    kr_seqiter *s = IT;
    if (kv_is_undef(s->seq)) return KR_STOP;
    kr_list *l = KR_AS(kr_list, s->seq);
    if (s->pos < l->len) { *out = l->items[s->pos++]; return KR_OK; }
    s->seq = kv_undef();
    return KR_STOP;
}

static int listrev_next(kr_rt *rt, kr_val it, kr_val *out)
{
    kr_seqiter *s = IT;
    if (kv_is_undef(s->seq)) return KR_STOP;
    kr_list *l = KR_AS(kr_list, s->seq);
    if (s->pos >= 0 && s->pos < l->len) { *out = l->items[s->pos--]; return KR_OK; }
    s->seq = kv_undef();
    s->pos = -1;
    return KR_STOP;
}

static int seq_next(kr_rt *rt, kr_val it, kr_val *out)
{
    kr_seqiter *s = IT;
    if (kv_is_undef(s->seq)) return KR_STOP;
    int r = kc_getitem(rt, s->seq, kv_int(s->pos), out);
    if (r == KR_OK) { s->pos++; return KR_OK; }
    if (r == KR_ERR && (kr_exc_matches(rt, &kt_IndexError) || kr_exc_matches(rt, &kt_StopIteration))) {
        kr_exc_clear(rt);
        s->seq = kv_undef();
        return KR_STOP;
    }
    return r;
}

static int hint_out(int64_t n, kr_val *out)
{
    *out = kv_int(n < 0 ? 0 : n);
    return KR_OK;
}

static int m_hint(kr_rt *rt, kr_val it, const kr_val *args, int nargs,
                  kr_obj *kwnames, kr_val *out)
{
    kr_seqiter *s = IT;
    kr_type *t = kv_as_obj(it)->type;
    if (kv_is_undef(s->seq)) return hint_out(0, out);
    if (t == &kt_tuple_iterator) return hint_out(KR_AS(kr_tuple, s->seq)->len - s->pos, out);
    if (t == &kt_list_iterator) return hint_out(KR_AS(kr_list, s->seq)->len - s->pos, out);
    if (t == &kt_list_reverseiterator)
        return hint_out(s->pos < KR_AS(kr_list, s->seq)->len ? s->pos + 1 : 0, out);
    if (t == &kt_set_iterator)
        return hint_out((uint64_t)kset_st(KR_AS(kr_set, s->seq))->used == s->version ? s->len : 0, out);
    /* dict iterators */
    return hint_out((uint64_t)KR_AS(kr_dict, s->seq)->t.used == s->version ? s->len : 0, out);
}

static KR_CFUNC(hint_f, "__length_hint__", m_hint, KF_METHOD);
static const kr_cfunc *const iter_methods[] = { &hint_f, NULL };
static const kr_cfunc *const noiter_methods[] = { NULL };

#define ITER_TYPE(var, pyname, nextfn, mtab) \
    kr_type var = { \
        .head = { KR_STATIC_HDR(&kt_type), &seqiter_cls }, \
        .name = pyname, .base = &kt_object, \
        .slots = { .iter = self_iter, .next = nextfn }, \
        .basicsize = sizeof(kr_seqiter), .methods = mtab, \
    }

ITER_TYPE(kt_tuple_iterator, "tuple_iterator", tuple_next, iter_methods);
ITER_TYPE(kt_list_iterator, "list_iterator", list_next, iter_methods);
ITER_TYPE(kt_list_reverseiterator, "list_reverseiterator", listrev_next, iter_methods);
ITER_TYPE(kt_seq_iterator, "iterator", seq_next, noiter_methods);

/* ---- range ---- */

static int range_next(kr_rt *rt, kr_val it, kr_val *out)
{
    kr_rangeiter *r = KR_AS(kr_rangeiter, it);
    if (r->left <= 0) return KR_STOP;
    *out = kv_int(r->next);
    r->next = (int64_t)((uint64_t)r->next + (uint64_t)r->step);
    r->left--;
    return KR_OK;
}

static int m_range_hint(kr_rt *rt, kr_val it, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    return hint_out(KR_AS(kr_rangeiter, it)->left, out);
}

static KR_CFUNC(range_hint_f, "__length_hint__", m_range_hint, KF_METHOD);
static const kr_cfunc *const rangeiter_methods[] = { &range_hint_f, NULL };

kr_type kt_range_iterator = {
    .head = { KR_STATIC_HDR(&kt_type), &rangeiter_cls },
    .name = "range_iterator", .base = &kt_object,
    .slots = { .iter = self_iter, .next = range_next },
    .basicsize = sizeof(kr_rangeiter), .methods = rangeiter_methods,
};

/* ---- set ---- */

static int set_next(kr_rt *rt, kr_val it, kr_val *out)
{
    kr_seqiter *s = IT;
    if (kv_is_undef(s->seq)) return KR_STOP;
    stb_table *t = kset_st(KR_AS(kr_set, s->seq));
    if ((uint64_t)t->used != s->version) {
        s->version = (uint64_t)-1;
        return kr_raise(rt, &kt_RuntimeError, "Set changed size during iteration");
    }
    stb_entry *e;
    if (!stb_next(t, &s->pos, &e)) {
        s->seq = kv_undef();
        return KR_STOP;
    }
    s->len--;
    *out = e->key;
    return KR_OK;
}

ITER_TYPE(kt_set_iterator, "set_iterator", set_next, iter_methods);

/* ---- dict ---- */

enum { DI_KEY, DI_VALUE, DI_ITEM };

static int dict_entry_out(kr_rt *rt, dk_entry *e, int what, kr_val *out)
{
    switch (what) {
    case DI_KEY: *out = e->key; return KR_OK;
    case DI_VALUE: *out = e->value; return KR_OK;
    default: {
        kr_val k = e->key, v = e->value;
        kr_tuple *t = ktuple_new(rt, 2);
        if (!t) return KR_ERR;
        t->items[0] = k;
        t->items[1] = v;
        *out = ktuple_val(t);
        return KR_OK;
    }
    }
}

static int dict_next(kr_rt *rt, kr_val it, int what, kr_val *out)
{
    kr_seqiter *s = IT;
    if (kv_is_undef(s->seq)) return KR_STOP;
    dk_table *t = &KR_AS(kr_dict, s->seq)->t;
    if ((uint64_t)t->used != s->version) {
        s->version = (uint64_t)-1;
        return kr_raise(rt, &kt_RuntimeError, "dictionary changed size during iteration");
    }
    dk_entry *e;
    if (!dk_next(t, &s->pos, &e)) {
        s->seq = kv_undef();
        return KR_STOP;
    }
    if (s->len == 0) {
        s->seq = kv_undef();
        return kr_raise(rt, &kt_RuntimeError, "dictionary keys changed during iteration");
    }
    s->len--;
    return dict_entry_out(rt, e, what, out);
}

static int dict_rnext(kr_rt *rt, kr_val it, int what, kr_val *out)
{
    kr_seqiter *s = IT;
    if (kv_is_undef(s->seq)) return KR_STOP;
    dk_table *t = &KR_AS(kr_dict, s->seq)->t;
    if ((uint64_t)t->used != s->version) {
        s->version = (uint64_t)-1;
        return kr_raise(rt, &kt_RuntimeError, "dictionary changed size during iteration");
    }
    int64_t i = s->pos;
    if (i >= t->nentries) i = t->nentries - 1;
    dk_entry *ents = t->block ? dk_entries(t) : NULL;
    while (i >= 0 && !dk_entry_live(&ents[i])) i--;
    if (i < 0) {
        s->seq = kv_undef();
        return KR_STOP;
    }
    s->pos = i - 1;
    s->len--;
    return dict_entry_out(rt, &ents[i], what, out);
}

static int dk_next_key(kr_rt *rt, kr_val it, kr_val *out) { return dict_next(rt, it, DI_KEY, out); }
static int dk_next_value(kr_rt *rt, kr_val it, kr_val *out) { return dict_next(rt, it, DI_VALUE, out); }
static int dk_next_item(kr_rt *rt, kr_val it, kr_val *out) { return dict_next(rt, it, DI_ITEM, out); }
static int dk_rnext_key(kr_rt *rt, kr_val it, kr_val *out) { return dict_rnext(rt, it, DI_KEY, out); }
static int dk_rnext_value(kr_rt *rt, kr_val it, kr_val *out) { return dict_rnext(rt, it, DI_VALUE, out); }
static int dk_rnext_item(kr_rt *rt, kr_val it, kr_val *out) { return dict_rnext(rt, it, DI_ITEM, out); }

ITER_TYPE(kt_dict_keyiterator, "dict_keyiterator", dk_next_key, iter_methods);
ITER_TYPE(kt_dict_valueiterator, "dict_valueiterator", dk_next_value, iter_methods);
ITER_TYPE(kt_dict_itemiterator, "dict_itemiterator", dk_next_item, iter_methods);
ITER_TYPE(kt_dict_reversekeyiterator, "dict_reversekeyiterator", dk_rnext_key, iter_methods);
ITER_TYPE(kt_dict_reversevalueiterator, "dict_reversevalueiterator", dk_rnext_value, iter_methods);
ITER_TYPE(kt_dict_reverseitemiterator, "dict_reverseitemiterator", dk_rnext_item, iter_methods);

/* ---- the cursor ---- */

enum { C_LIST, C_TUPLE, C_STR, C_DICT, C_SET, C_RANGE, C_GENERIC };

int kc_cursor_open(kr_rt *rt, kc_cursor *c, kr_val v)
{
    memset(c, 0, sizeof *c);
    c->src = v;
    if (kv_is_obj(v)) {
        kr_type *t = kv_as_obj(v)->type;
        if (t == &kt_list || (kv_is_list(v) && t->slots.iter == kt_list.slots.iter)) {
            c->kind = C_LIST;
            return KR_OK;
        }
        if (t == &kt_tuple || (kv_is_tuple(v) && t->slots.iter == kt_tuple.slots.iter)) {
            c->kind = C_TUPLE;
            return KR_OK;
        }
        if (t == &kt_str) {
            c->kind = C_STR;
            c->end = KR_AS(kr_str, v)->nbytes;
            return KR_OK;
        }
        if (t == &kt_dict) {
            c->kind = C_DICT;
            c->used = KR_AS(kr_dict, v)->t.used;
            return KR_OK;
        }
        if (t == &kt_set || t == &kt_frozenset) {
            c->kind = C_SET;
            c->used = kset_st(KR_AS(kr_set, v))->used;
            return KR_OK;
        }
        if (t == &kt_range) {
            kr_range *r = KR_AS(kr_range, v);
            c->kind = C_RANGE;
            c->pos = r->start;
            c->step = r->step;
            c->end = r->len;
            return KR_OK;
        }
    }
    c->kind = C_GENERIC;
    return kc_iter(rt, v, &c->src);
}

int kc_cursor_next(kr_rt *rt, kc_cursor *c, kr_val *out)
{
    switch (c->kind) {
    case C_LIST: {
        kr_list *l = KR_AS(kr_list, c->src);
        if (c->pos >= l->len) return KR_STOP;
        *out = l->items[c->pos++];
        return KR_OK;
    }
    case C_TUPLE: {
        kr_tuple *t = KR_AS(kr_tuple, c->src);
        if (c->pos >= t->len) return KR_STOP;
        *out = t->items[c->pos++];
        return KR_OK;
    }
    case C_STR: {
        kr_str *s = KR_AS(kr_str, c->src);
        if (c->pos >= c->end) return KR_STOP;
        unsigned char b = (unsigned char)s->data[c->pos];
        if (b < 0x80) {
            kr_str *ch = kstr_from_cp(rt, b);
            if (!ch) return KR_ERR;
            c->pos++;
            *out = kstr_val(ch);
            return KR_OK;
        }
        int n = b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        kr_str *ch = kstr_new(rt, s->data + c->pos, (size_t)n);
        if (!ch) return KR_ERR;
        c->pos += n;
        *out = kstr_val(ch);
        return KR_OK;
    }
    case C_DICT: {
        dk_table *t = &KR_AS(kr_dict, c->src)->t;
        if (t->used != c->used)
            return kr_raise(rt, &kt_RuntimeError, "dictionary changed size during iteration");
        dk_entry *e;
        if (!dk_next(t, &c->pos, &e)) return KR_STOP;
        *out = e->key;
        return KR_OK;
    }
    case C_SET: {
        stb_table *t = kset_st(KR_AS(kr_set, c->src));
        if (t->used != c->used)
            return kr_raise(rt, &kt_RuntimeError, "Set changed size during iteration");
        stb_entry *e;
        if (!stb_next(t, &c->pos, &e)) return KR_STOP;
        *out = e->key;
        return KR_OK;
    }
    case C_RANGE:
        if (c->end <= 0) return KR_STOP;
        *out = kv_int(c->pos);
        c->pos = (int64_t)((uint64_t)c->pos + (uint64_t)c->step);
        c->end--;
        return KR_OK;
    default:
        return kc_next(rt, c->src, out);
    }
}

int64_t kc_cursor_hint(const kc_cursor *c)
{
    switch (c->kind) {
    case C_LIST: return KR_AS(kr_list, c->src)->len - c->pos;
    case C_TUPLE: return KR_AS(kr_tuple, c->src)->len - c->pos;
    case C_STR: return c->pos == 0 ? KR_AS(kr_str, c->src)->len : -1;
    case C_DICT: return c->used;
    case C_SET: return c->used;
    case C_RANGE: return c->end;
    default: return -1;
    }
}
