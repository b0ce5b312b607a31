/* list: a growable array of values (ITEMS holds CAP slots, LEN used).
 * The item buffer is a separate block owned by the list.  Code that runs
 * Python code while working on a list re-reads items and len afterwards:
 * a user __eq__ may change the list. */
#include "cont.h"
#include "../compile/opcodes.h"

static void list_trace(kr_obj *o, heap_tracer *t)
{
    kr_list *l = (kr_list *)(void *)o;
    for (int64_t i = 0; i < l->len; i++) heap_visit_val(t, l->items[i]);
}

static void list_free(kr_heap *h, kr_obj *o)
{
    kr_list *l = (kr_list *)(void *)o;
    if (l->items) mem_free(&h->mem, l->items, (size_t)l->cap * sizeof(kr_val));
    mem_free(&h->mem, o, heap_dead_size(o));
}

static const heap_class list_cls = { "list", list_trace, list_free, sizeof(kr_list) };

/* Sets the capacity to exactly CAP (>= len). */
static int list_set_cap(kr_rt *rt, kr_list *l, int64_t cap)
{
    if (kc_check_items(rt, cap, 0) != KR_OK) return KR_ERR;
    kr_val *p = mem_realloc(&rt->heap.mem, l->items, (size_t)l->cap * sizeof(kr_val),
                            (size_t)cap * sizeof(kr_val));
    if (!p && cap) return kr_nomem(rt);
    l->items = p;
    l->cap = cap;
    return KR_OK;
}

int klist_reserve(kr_rt *rt, kr_list *l, int64_t more)
{
    if (more <= l->cap - l->len) return KR_OK;
    if (more > INT64_MAX - l->len) return kr_nomem(rt);
    int64_t need = l->len + more;
    /* amortised growth: about 1.5x, at least 4 */
    int64_t cap = l->cap + (l->cap >> 1) + 4;
    if (cap < need || cap < 0) cap = need;
    return list_set_cap(rt, l, cap);
}

static kr_list *list_alloc(kr_rt *rt, kr_type *t, int64_t cap)
{
    kr_obj *o = heap_alloc(&rt->heap, t, t == &kt_list ? sizeof(kr_list) : t->basicsize);
    if (!o) { kr_nomem(rt); return NULL; }
    kr_list *l = (kr_list *)(void *)o;
    if (cap > 0 && list_set_cap(rt, l, cap) != KR_OK) return NULL;
    return l;
}

kr_list *klist_new(kr_rt *rt, int64_t cap) { return list_alloc(rt, &kt_list, cap); }

kr_list *klist_from(kr_rt *rt, const kr_val *items, int64_t n)
{
    kr_list *l = list_alloc(rt, &kt_list, n);
    if (!l) return NULL;
    if (n) memcpy(l->items, items, (size_t)n * sizeof(kr_val));
    l->len = n;
    return l;
}

int klist_append(kr_rt *rt, kr_list *l, kr_val v)
{
    if (l->len == l->cap && klist_reserve(rt, l, 1) != KR_OK) return KR_ERR;
    l->items[l->len++] = v;
    return KR_OK;
}

int klist_extend(kr_rt *rt, kr_list *l, kr_val iterable)
{
    int64_t n;
    const kr_val *src = kc_seq_items(iterable, &n);
    if (src) {
        if (klist_reserve(rt, l, n) != KR_OK) return KR_ERR;
        src = kc_seq_items(iterable, &n);       /* L itself may have moved */
        if (n) memmove(l->items + l->len, src, (size_t)n * sizeof(kr_val));
        l->len += n;
        return KR_OK;
    }
    kc_cursor c;
    if (kc_cursor_open(rt, &c, iterable) != KR_OK) return KR_ERR;
    int64_t hint = kc_cursor_hint(&c);
    if (hint > 0 && klist_reserve(rt, l, hint) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val v;
        int r = kc_cursor_next(rt, &c, &v);
        if (r == KR_STOP) return KR_OK;
        if (r != KR_OK) return r;
        if (klist_append(rt, l, v) != KR_OK) return KR_ERR;
    }
}

int kc_list_from_iterable(kr_rt *rt, kr_val iterable, kr_list **out)
{
    kr_list *l = klist_new(rt, 0);
    if (!l || klist_extend(rt, l, iterable) != KR_OK) return KR_ERR;
    *out = l;
    return KR_OK;
}

/* Replaces items [lo, hi) by N values from SRC (which may alias L's
 * items: callers pass a copy then). */
static int list_replace(kr_rt *rt, kr_list *l, int64_t lo, int64_t hi, const kr_val *src, int64_t n)
{
    int64_t d = n - (hi - lo);
    if (d > 0 && klist_reserve(rt, l, d) != KR_OK) return KR_ERR;
    if (l->len > hi) memmove(l->items + hi + d, l->items + hi, (size_t)(l->len - hi) * sizeof(kr_val));
    if (n) memcpy(l->items + lo, src, (size_t)n * sizeof(kr_val));
    l->len += d;
    /* shrink a buffer that became mostly empty */
    if (l->cap > 16 && l->len < l->cap / 4) list_set_cap(rt, l, l->len + l->len / 2 + 4);
    return KR_OK;
}

/* ---- slots ---- */

static int list_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    return kc_seq_repr(rt, v, "[", "]", false, out);
}

static int list_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (!kv_is_list(a) || !kv_is_list(b)) { *out = kr_notimpl(); return KR_OK; }
    return kc_seq_richcmp(rt, a, b, op, out);
}

static int list_len(kr_rt *rt, kr_val v, int64_t *out)
{
    *out = KR_AS(kr_list, v)->len;
    return KR_OK;
}

static int list_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kr_list *l = KR_AS(kr_list, o);
    if (key.tag == KV_INT) {
        int64_t i = key.u.i;
        if ((uint64_t)i < (uint64_t)l->len) { *out = l->items[i]; return KR_OK; }
    }
    int64_t i;
    int r = kc_index(rt, key, "list", &i);
    if (r == KR_OK) {
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len) return kr_raise(rt, &kt_IndexError, "list index out of range");
        *out = l->items[i];
        return KR_OK;
    }
    if (r != KR_STOP) return r;
    int64_t start, stop, step, n;
    if (kslice_indices(rt, KR_AS(kr_slice, key), l->len, &start, &stop, &step, &n) != KR_OK)
        return KR_ERR;
    kr_list *res = klist_new(rt, n);
    if (!res) return KR_ERR;
    if (step == 1) { if (n) memcpy(res->items, l->items + start, (size_t)n * sizeof(kr_val)); }
    else for (int64_t k = 0, j = start; k < n; k++, j += step) res->items[k] = l->items[j];
    res->len = n;
    *out = klist_val(res);
    return KR_OK;
}

/* The items of VALUE for a slice assignment: a C copy (NULL *buf when
 * VALUE's own array may be used as is). */
static int slice_source(kr_rt *rt, kr_list *l, kr_val value, const kr_val **items, int64_t *n,
                        kr_list **tmp)
{
    *tmp = NULL;
    if (kv_is_obj(value) && kv_as_obj(value) == &l->obj) {
        *tmp = klist_from(rt, l->items, l->len);
        if (!*tmp) return KR_ERR;
        *items = (*tmp)->items;
        *n = (*tmp)->len;
        return KR_OK;
    }
    const kr_val *it = kc_seq_items(value, n);
    if (it) { *items = it; return KR_OK; }
    kr_type *t = kr_type_of(value);
    if (!t->slots.iter && !t->slots.getitem)
        return kr_raise(rt, &kt_TypeError, "must assign iterable to extended slice");
    if (kc_list_from_iterable(rt, value, tmp) != KR_OK) return KR_ERR;
    *items = (*tmp)->items;
    *n = (*tmp)->len;
    return KR_OK;
}

static int list_setslice(kr_rt *rt, kr_list *l, kr_slice *s, kr_val value)
{
    int64_t start, stop, step, slen;
    if (kv_is_undef(value)) {
        if (kslice_indices(rt, s, l->len, &start, &stop, &step, &slen) != KR_OK) return KR_ERR;
        if (slen == 0) return KR_OK;
        if (step == 1) return list_replace(rt, l, start, start + slen, NULL, 0);
        if (step < 0) {     /* walk it forwards */
            start = start + step * (slen - 1);
            step = -step;
        }
        int64_t w = start;
        for (int64_t r = start, k = 0; r < l->len; r++) {
            if (k < slen && r == start + k * step) { k++; continue; }
            l->items[w++] = l->items[r];
        }
        l->len = w;
        if (l->cap > 16 && l->len < l->cap / 4) list_set_cap(rt, l, l->len + l->len / 2 + 4);
        return KR_OK;
    }
    const kr_val *items = NULL;
    int64_t n;
    kr_list *tmp;
    if (slice_source(rt, l, value, &items, &n, &tmp) != KR_OK) return KR_ERR;
    /* the indices are computed after the value is converted, as CPython */
    if (kslice_indices(rt, s, l->len, &start, &stop, &step, &slen) != KR_OK) return KR_ERR;
    if (step == 1) {
        int64_t hi = stop < start ? start : stop;
        return list_replace(rt, l, start, hi, items, n);
    }
    if (n != slen)
        return kr_raise(rt, &kt_ValueError,
                        "attempt to assign sequence of size %lld to extended slice of size %lld",
                        (long long)n, (long long)slen);
    for (int64_t k = 0, j = start; k < slen; k++, j += step) l->items[j] = items[k];
    return KR_OK;
}

static int list_setitem(kr_rt *rt, kr_val o, kr_val key, kr_val value)
{
    kr_list *l = KR_AS(kr_list, o);
    int64_t i;
    int r = kc_index(rt, key, "list", &i);
    if (r == KR_OK) {
        if (i < 0) i += l->len;
        if (i < 0 || i >= l->len)
            return kr_raise(rt, &kt_IndexError, "list assignment index out of range");
        if (kv_is_undef(value)) return list_replace(rt, l, i, i + 1, NULL, 0);
        l->items[i] = value;
        return KR_OK;
    }
    if (r != KR_STOP) return r;
    return list_setslice(rt, l, KR_AS(kr_slice, key), value);
}

static int list_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    return kc_seq_contains(rt, o, x, out);
}

static int list_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    return kc_seqiter_new(rt, &kt_list_iterator, o, 0, out);
}

static bool user_has(kr_rt *rt, kr_val v, const char *name)
{
    return kv_is_obj(v) && (kv_as_obj(v)->type->flags & KT_HEAPTYPE)
        && !kv_is_undef(vm_lookup_special(rt, v, name));
}

static int list_repeat(kr_rt *rt, kr_list *src, int64_t count, kr_list *into)
{
    int64_t n = src->len;
    if (count <= 0 || n == 0) {
        if (into) { into->len = 0; list_set_cap(rt, into, 0); }
        return KR_OK;
    }
    if (count > INT64_MAX / n) return kr_nomem(rt);
    int64_t total = n * count;
    if (kc_check_items(rt, total, 0) != KR_OK) return KR_ERR;
    if (klist_reserve(rt, into, total - into->len) != KR_OK) return KR_ERR;
    /* SRC may be INTO: its first N items are the pattern */
    for (int64_t k = into == src ? 1 : 0; k < count; k++)
        memcpy(into->items + k * n, src->items, (size_t)n * sizeof(kr_val));
    into->len = total;
    return KR_OK;
}

static int list_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    switch (op) {
    case OPB_INPLACE_ADD:
        if (!kv_is_list(a)) break;
        if (klist_extend(rt, KR_AS(kr_list, a), b) != KR_OK) return KR_ERR;
        *out = a;
        return KR_OK;
    case OPB_ADD: {
        if (!kv_is_list(a)) break;
        if (!kv_is_list(b)) {
            if (user_has(rt, b, "__radd__")) break;
            return kr_raise(rt, &kt_TypeError, "can only concatenate list (not \"%s\") to list",
                            kr_type_name(b));
        }
        kr_list *x = KR_AS(kr_list, a), *y = KR_AS(kr_list, b);
        if (x->len > INT64_MAX - y->len) return kr_nomem(rt);
        kr_list *r = klist_new(rt, x->len + y->len);
        if (!r) return KR_ERR;
        if (x->len) memcpy(r->items, x->items, (size_t)x->len * sizeof(kr_val));
        if (y->len) memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(kr_val));
        r->len = x->len + y->len;
        *out = klist_val(r);
        return KR_OK;
    }
    case OPB_MULTIPLY: case OPB_INPLACE_MULTIPLY: {
        kr_val seq = a, n = b;
        if (!kv_is_list(a)) {
            if (op == OPB_INPLACE_MULTIPLY) break;
            seq = b; n = a;
        }
        if (kv_is_list(n) || (!kv_is_anyint(n) && !kv_is_bool(n) && n.tag != KV_INT
                              && user_has(rt, n, seq.u.o == a.u.o ? "__rmul__" : "__mul__")))
            break;
        int64_t count;
        if (kc_repeat_count(rt, n, &count) != KR_OK) return KR_ERR;
        kr_list *src = KR_AS(kr_list, seq);
        if (op == OPB_INPLACE_MULTIPLY) {
            if (list_repeat(rt, src, count, src) != KR_OK) return KR_ERR;
            *out = seq;
            return KR_OK;
        }
        kr_list *r = klist_new(rt, 0);
        if (!r || list_repeat(rt, src, count, r) != KR_OK) return KR_ERR;
        *out = klist_val(r);
        return KR_OK;
    }
    default: break;
    }
    *out = kr_notimpl();
    return KR_OK;
}

static int list_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                         kr_obj *kwnames, kr_val *out)
{
    kr_list *l = list_alloc(rt, t, 0);
    if (!l) return KR_ERR;
    *out = klist_val(l);
    return KR_OK;
}

static int list_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    if (kc_nokw(rt, "list", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "list", nargs, 0, 1) != KR_OK) return KR_ERR;
    kr_list *l = KR_AS(kr_list, self);
    l->len = 0;
    if (nargs == 0) return KR_OK;
    return klist_extend(rt, l, args[0]);
}

/* ---- methods ---- */

#define SELF KR_AS(kr_list, self)

static int m_append(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "list.append", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "list.append", nargs) != KR_OK) return KR_ERR;
    if (klist_append(rt, SELF, args[0]) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int m_extend(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "list.extend", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "list.extend", nargs) != KR_OK) return KR_ERR;
    if (klist_extend(rt, SELF, args[0]) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int m_insert(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "list.insert", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "insert", nargs, 2, 2) != KR_OK) return KR_ERR;
    int64_t i;
    if (args[0].tag == KV_INT) i = args[0].u.i;
    else if (kv_is_bigint(args[0])) i = bi_sign(KR_AS(kr_bigint, args[0])->b) < 0 ? INT64_MIN : INT64_MAX;
    else {
        if (kc_index_i64(rt, args[0], &i) != KR_OK) return KR_ERR;
    }
    kr_list *l = SELF;
    if (i < 0) { i += l->len; if (i < 0) i = 0; }
    if (i > l->len) i = l->len;
    if (list_replace(rt, l, i, i, &args[1], 1) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int m_pop(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                 kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "list.pop", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "pop", nargs, 0, 1) != KR_OK) return KR_ERR;
    int64_t i = -1;
    if (nargs == 1) {
        if (args[0].tag == KV_INT) i = args[0].u.i;
        else {
            int r = kc_index_i64(rt, args[0], &i);
            if (r != KR_OK) {
                if (kr_exc_matches(rt, &kt_IndexError)) {
                    kr_exc_clear(rt);
                    return kr_raise(rt, &kt_IndexError, "pop index out of range");
                }
                return r;
            }
        }
    }
    kr_list *l = SELF;
    if (l->len == 0) return kr_raise(rt, &kt_IndexError, "pop from empty list");
    if (i < 0) i += l->len;
    if (i < 0 || i >= l->len) return kr_raise(rt, &kt_IndexError, "pop index out of range");
    *out = l->items[i];
    if (i == l->len - 1) {
        l->len--;
        if (l->cap > 16 && l->len < l->cap / 4) list_set_cap(rt, l, l->len + l->len / 2 + 4);
        return KR_OK;
    }
    return list_replace(rt, l, i, i + 1, NULL, 0);
}

static int m_remove(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "list.remove", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "list.remove", nargs) != KR_OK) return KR_ERR;
    for (int64_t i = 0; i < SELF->len; i++) {
        int eq;
        if (kc_eq(rt, SELF->items[i], args[0], &eq) != KR_OK) return KR_ERR;
        if (eq) {
            if (i >= SELF->len) break;
            if (list_replace(rt, SELF, i, i + 1, NULL, 0) != KR_OK) return KR_ERR;
            *out = kv_none();
            return KR_OK;
        }
    }
    return kr_raise(rt, &kt_ValueError, "list.remove(x): x not in list");
}


static int m_index(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    return kc_seq_index(rt, self, args, nargs, kwnames, "list", out);
}

static int m_count(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "list.count", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "list.count", nargs) != KR_OK) return KR_ERR;
    int64_t c = 0;
    for (int64_t i = 0; i < SELF->len; i++) {
        int eq;
        if (kc_eq(rt, SELF->items[i], args[0], &eq) != KR_OK) return KR_ERR;
        c += eq;
    }
    *out = kv_int(c);
    return KR_OK;
}

static void reverse_items(kr_val *a, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        kr_val t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

static int m_reverse(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                     kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "list.reverse", kwnames) != KR_OK) return KR_ERR;
    if (kc_noargs(rt, "list.reverse", nargs) != KR_OK) return KR_ERR;
    reverse_items(SELF->items, SELF->len);
    *out = kv_none();
    return KR_OK;
}

static int m_copy(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                  kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "list.copy", kwnames) != KR_OK) return KR_ERR;
    if (kc_noargs(rt, "list.copy", nargs) != KR_OK) return KR_ERR;
    kr_list *r = klist_from(rt, SELF->items, SELF->len);
    if (!r) return KR_ERR;
    *out = klist_val(r);
    return KR_OK;
}

static int m_clear(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "list.clear", kwnames) != KR_OK) return KR_ERR;
    if (kc_noargs(rt, "list.clear", nargs) != KR_OK) return KR_ERR;
    SELF->len = 0;
    list_set_cap(rt, SELF, 0);
    *out = kv_none();
    return KR_OK;
}

static int m_sort(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                  kr_obj *kwnames, kr_val *out)
{
    int nkw = kc_nkw(kwnames);
    if (nargs > 0) return kr_raise(rt, &kt_TypeError, "sort() takes no positional arguments");
    if (nkw > 2)
        return kr_raise(rt, &kt_TypeError, "sort() takes at most 2 keyword arguments (%d given)", nkw);
    kr_val key = kv_none(), rev = kv_bool(0);
    for (int i = 0; i < nkw; i++) {
        kr_str *name = (kr_str *)(void *)kv_as_obj(((kr_tuple *)(void *)kwnames)->items[i]);
        if (kstr_eq_cstr(name, "key")) key = args[nargs + i];
        else if (kstr_eq_cstr(name, "reverse")) rev = args[nargs + i];
        else {
            static const char *const known[] = { "key", "reverse", NULL };
            return kc_bad_kw(rt, "sort", name, known);
        }
    }
    int reverse;
    if (kc_truth(rt, rev, &reverse) != KR_OK) return KR_ERR;
    if (klist_sort_impl(rt, SELF, key, reverse) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int m_reversed(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out)
{
    if (kc_noargs(rt, "list.__reversed__", nargs) != KR_OK) return KR_ERR;
    return kc_seqiter_new(rt, &kt_list_reverseiterator, self, SELF->len - 1, out);
}

static KR_CFUNC(append_f, "append", m_append, KF_METHOD);
static KR_CFUNC(extend_f, "extend", m_extend, KF_METHOD);
static KR_CFUNC(insert_f, "insert", m_insert, KF_METHOD);
static KR_CFUNC(pop_f, "pop", m_pop, KF_METHOD);
static KR_CFUNC(remove_f, "remove", m_remove, KF_METHOD);
static KR_CFUNC(index_f, "index", m_index, KF_METHOD);
static KR_CFUNC(count_f, "count", m_count, KF_METHOD);
static KR_CFUNC(reverse_f, "reverse", m_reverse, KF_METHOD);
static KR_CFUNC(copy_f, "copy", m_copy, KF_METHOD);
static KR_CFUNC(clear_f, "clear", m_clear, KF_METHOD);
static KR_CFUNC(sort_f, "sort", m_sort, KF_METHOD);
static KR_CFUNC(reversed_f, "__reversed__", m_reversed, KF_METHOD);
static const kr_cfunc *const list_methods[] = {
    &append_f, &extend_f, &insert_f, &pop_f, &remove_f, &index_f, &count_f, &reverse_f,
    &copy_f, &clear_f, &sort_f, &reversed_f, NULL
};

kr_type kt_list = {
    .head = { KR_STATIC_HDR(&kt_type), &list_cls },
    .name = "list",
    .flags = KT_BASETYPE | KT_LIST_SUB | KT_MATCH_SEQ,
    .base = &kt_object,
    .slots = {
        .repr = list_repr, .richcmp = list_richcmp, .binop = list_binop, .len = list_len,
        .getitem = list_getitem, .setitem = list_setitem, .contains = list_contains,
        .iter = list_iter, .new_ = list_new_slot, .init = list_init,
    },
    .basicsize = sizeof(kr_list),
    .methods = list_methods,
    .doc = "Built-in mutable sequence.",
};
