/* tuple: an immutable array of values, allocated inline after the header.
 * A tuple subclass's instance block is its type's basicsize plus the items
 * (see the free function).  The hash is computed on first use and cached. */
#include "cont.h"
#include "../compile/opcodes.h"

static void tuple_trace(kr_obj *o, heap_tracer *t)
{
    kr_tuple *tp = (kr_tuple *)(void *)o;
    for (int64_t i = 0; i < tp->len; i++) heap_visit_val(t, tp->items[i]);
}

static void tuple_free(kr_heap *h, kr_obj *o)
{
    kr_tuple *tp = (kr_tuple *)(void *)o;
    mem_free(&h->mem, o, heap_dead_size(o) + (size_t)tp->len * sizeof(kr_val));
}

static const heap_class tuple_cls = { "tuple", tuple_trace, tuple_free, sizeof(kr_tuple) };

static kr_tuple *tuple_alloc(kr_rt *rt, kr_type *t, int64_t n)
{
    size_t base = t == &kt_tuple ? sizeof(kr_tuple) : t->basicsize;
    if (kc_check_items(rt, n, base) != KR_OK) return NULL;
    kr_obj *o = heap_alloc(&rt->heap, t, base + (size_t)n * sizeof(kr_val));
    if (!o) { kr_nomem(rt); return NULL; }
    kr_tuple *tp = (kr_tuple *)(void *)o;
    tp->len = n;
    tp->hash = -1;
    for (int64_t i = 0; i < n; i++) tp->items[i] = kv_none();
    return tp;
}

kr_tuple *ktuple_new(kr_rt *rt, int64_t n)
{
    if (n == 0 && rt->empty_tuple) return (kr_tuple *)(void *)rt->empty_tuple;
    return tuple_alloc(rt, &kt_tuple, n);
}

kr_tuple *ktuple_from(kr_rt *rt, const kr_val *items, int64_t n)
{
    kr_tuple *t = ktuple_new(rt, n);
    if (!t) return NULL;
    if (n) memcpy(t->items, items, (size_t)n * sizeof(kr_val));
    return t;
}

kr_tuple *ktuple_empty(kr_rt *rt)
{
    if (!rt->empty_tuple) {
        kr_tuple *t = tuple_alloc(rt, &kt_tuple, 0);
        if (!t) return NULL;
        if (heap_set_permanent(&rt->heap, &t->obj) != 0) { kr_nomem(rt); return NULL; }
        rt->empty_tuple = &t->obj;
    }
    return (kr_tuple *)(void *)rt->empty_tuple;
}

/* A tuple of type T (tuple or a subclass) with the items of ITERABLE. */
static int tuple_of_type(kr_rt *rt, kr_type *t, kr_val iterable, kr_val *out)
{
    int64_t n;
    const kr_val *items = kc_seq_items(iterable, &n);
    kr_list *tmp = NULL;
    if (t == &kt_tuple && kv_is_exact_tuple(iterable)) { *out = iterable; return KR_OK; }
    if (!items) {
        if (kc_list_from_iterable(rt, iterable, &tmp) != KR_OK) return KR_ERR;
        items = tmp->items;
        n = tmp->len;
    }
    kr_tuple *r = t == &kt_tuple ? ktuple_new(rt, n) : tuple_alloc(rt, t, n);
    if (!r) return KR_ERR;
    if (n) memcpy(r->items, items, (size_t)n * sizeof(kr_val));
    *out = ktuple_val(r);
    return KR_OK;
}

static int tuple_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                          kr_obj *kwnames, kr_val *out)
{
    if (t == &kt_tuple && kc_nokw(rt, "tuple", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "tuple", nargs, 0, 1) != KR_OK) return KR_ERR;
    if (nargs == 0) {
        if (t == &kt_tuple) { *out = ktuple_val(ktuple_empty(rt)); return KR_OK; }
        kr_tuple *r = tuple_alloc(rt, t, 0);
        if (!r) return KR_ERR;
        *out = ktuple_val(r);
        return KR_OK;
    }
    return tuple_of_type(rt, t, args[0], out);
}

static int tuple_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    return kc_seq_repr(rt, v, "(", ")", true, out);
}

static int tuple_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_tuple *t = KR_AS(kr_tuple, v);
    if (t->hash != -1) { *out = t->hash; return KR_OK; }
    if (kc_depth_enter(rt, "") != KR_OK) return KR_ERR;
    uint64_t acc = KC_XXPRIME_5;
    for (int64_t i = 0; i < t->len; i++) {
        int64_t h;
        if (kc_hash(rt, t->items[i], &h) != KR_OK) { kc_depth_leave(); return KR_ERR; }
        acc = kc_xx_lane(acc, (uint64_t)h);
    }
    kc_depth_leave();
    acc += (uint64_t)t->len ^ (KC_XXPRIME_5 ^ 3527539UL);
    int64_t h = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    t->hash = h;
    *out = h;
    return KR_OK;
}

static int tuple_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (!kv_is_tuple(a) || !kv_is_tuple(b)) { *out = kr_notimpl(); return KR_OK; }
    return kc_seq_richcmp(rt, a, b, op, out);
}

static int tuple_len(kr_rt *rt, kr_val v, int64_t *out)
{
    *out = KR_AS(kr_tuple, v)->len;
    return KR_OK;
}

static int tuple_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kr_tuple *t = KR_AS(kr_tuple, o);
    int64_t i;
    int r = kc_index(rt, key, "tuple", &i);
    if (r == KR_OK) {
        if (i < 0) i += t->len;
        if (i < 0 || i >= t->len) return kr_raise(rt, &kt_IndexError, "tuple index out of range");
        *out = t->items[i];
        return KR_OK;
    }
    if (r != KR_STOP) return r;
    int64_t start, stop, step, n;
    if (kslice_indices(rt, KR_AS(kr_slice, key), t->len, &start, &stop, &step, &n) != KR_OK)
        return KR_ERR;
    if (n == t->len && step == 1 && kv_is_exact_tuple(o)) { *out = o; return KR_OK; }
    kr_tuple *res = ktuple_new(rt, n);
    if (!res) return KR_ERR;
    for (int64_t k = 0, j = start; k < n; k++, j += step) res->items[k] = t->items[j];
    *out = ktuple_val(res);
    return KR_OK;
}

static int tuple_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    return kc_seq_contains(rt, o, x, out);
}

static int tuple_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    return kc_seqiter_new(rt, &kt_tuple_iterator, o, 0, out);
}

static bool has_dunder(kr_rt *rt, kr_val v, const char *name)
{
    return kv_is_obj(v) && (kv_as_obj(v)->type->flags & KT_HEAPTYPE)
        && !kv_is_undef(vm_lookup_special(rt, v, name));
}

static int tuple_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op == OPB_ADD || op == OPB_INPLACE_ADD) {
        if (!kv_is_tuple(a)) { *out = kr_notimpl(); return KR_OK; }
        if (!kv_is_tuple(b)) {
            if (has_dunder(rt, b, "__radd__")) { *out = kr_notimpl(); return KR_OK; }
            return kr_raise(rt, &kt_TypeError, "can only concatenate tuple (not \"%s\") to tuple",
                            kr_type_name(b));
        }
        kr_tuple *x = KR_AS(kr_tuple, a), *y = KR_AS(kr_tuple, b);
        if (y->len == 0 && kv_is_exact_tuple(a)) { *out = a; return KR_OK; }
        if (x->len == 0 && kv_is_exact_tuple(b)) { *out = b; return KR_OK; }
        kr_tuple *r = ktuple_new(rt, x->len + y->len);
        if (!r) return KR_ERR;
        memcpy(r->items, x->items, (size_t)x->len * sizeof(kr_val));
        memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(kr_val));
        *out = ktuple_val(r);
        return KR_OK;
    }
    if (op == OPB_MULTIPLY || op == OPB_INPLACE_MULTIPLY) {
        kr_val seq = a, n = b;
        if (!kv_is_tuple(a)) { seq = b; n = a; }
        if (kv_is_tuple(n) || (!kv_is_anyint(n) && has_dunder(rt, n, seq.u.o == a.u.o ? "__rmul__" : "__mul__"))) {
            *out = kr_notimpl();
            return KR_OK;
        }
        int64_t count;
        if (kc_repeat_count(rt, n, &count) != KR_OK) return KR_ERR;
        kr_tuple *t = KR_AS(kr_tuple, seq);
        if (count < 0) count = 0;
        if (count == 1 && kv_is_exact_tuple(seq)) { *out = seq; return KR_OK; }
        if (t->len == 0 || count == 0) { *out = ktuple_val(ktuple_empty(rt)); return KR_OK; }
        if (count > INT64_MAX / t->len) return kr_nomem(rt);
        int64_t total = t->len * count;
        kr_tuple *r = ktuple_new(rt, total);
        if (!r) return KR_ERR;
        for (int64_t k = 0; k < count; k++)
            memcpy(r->items + k * t->len, t->items, (size_t)t->len * sizeof(kr_val));
        *out = ktuple_val(r);
        return KR_OK;
    }
    *out = kr_notimpl();
    return KR_OK;
}

/* ---- methods ---- */

static int tuple_count(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                       kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "tuple.count", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "tuple.count", nargs) != KR_OK) return KR_ERR;
    int64_t c = 0;
    for (int64_t i = 0; i < KR_AS(kr_tuple, self)->len; i++) {
        int eq;
        if (kc_eq(rt, KR_AS(kr_tuple, self)->items[i], args[0], &eq) != KR_OK) return KR_ERR;
        c += eq;
    }
    *out = kv_int(c);
    return KR_OK;
}

/* index(x[, start[, stop]]) of a list or tuple (shared with list.c). */
int kc_seq_index(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames,
                 const char *tname, kr_val *out)
{
    char qn[32];
    snprintf(qn, sizeof qn, "%s.index", tname);
    if (kc_nokw(rt, qn, kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "index", nargs, 1, 3) != KR_OK) return KR_ERR;
    int64_t n;
    kc_seq_items(self, &n);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && kc_slice_index(rt, args[1], &start) != KR_OK) return KR_ERR;
    if (nargs > 2 && kc_slice_index(rt, args[2], &stop) != KR_OK) return KR_ERR;
    if (start < 0) { start += n; if (start < 0) start = 0; }
    if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
    for (int64_t i = start; i < stop; i++) {
        const kr_val *it = kc_seq_items(self, &n);
        if (i >= n) break;
        int eq;
        if (kc_eq(rt, it[i], args[0], &eq) != KR_OK) return KR_ERR;
        if (eq) { *out = kv_int(i); return KR_OK; }
    }
    return kr_raise(rt, &kt_ValueError, "%s.index(x): x not in %s", tname, tname);
}

static int tuple_index(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                       kr_obj *kwnames, kr_val *out)
{
    return kc_seq_index(rt, self, args, nargs, kwnames, "tuple", out);
}

static int tuple_getnewargs(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                            kr_obj *kwnames, kr_val *out)
{
    if (kc_noargs(rt, "tuple.__getnewargs__", nargs) != KR_OK) return KR_ERR;
    kr_tuple *t = KR_AS(kr_tuple, self);
    kr_tuple *copy = ktuple_from(rt, t->items, t->len);
    if (!copy) return KR_ERR;
    kr_val v = ktuple_val(copy);
    kr_tuple *r = ktuple_from(rt, &v, 1);
    if (!r) return KR_ERR;
    *out = ktuple_val(r);
    return KR_OK;
}

static KR_CFUNC(tuple_count_f, "count", tuple_count, KF_METHOD);
static KR_CFUNC(tuple_index_f, "index", tuple_index, KF_METHOD);
static KR_CFUNC(tuple_getnewargs_f, "__getnewargs__", tuple_getnewargs, KF_METHOD);
static const kr_cfunc *const tuple_methods[] = {
    &tuple_count_f, &tuple_index_f, &tuple_getnewargs_f, NULL
};

kr_type kt_tuple = {
    .head = { KR_STATIC_HDR(&kt_type), &tuple_cls },
    .name = "tuple",
    .flags = KT_BASETYPE | KT_TUPLE_SUB | KT_MATCH_SEQ,
    .base = &kt_object,
    .slots = {
        .repr = tuple_repr, .hash = tuple_hash, .richcmp = tuple_richcmp,
        .binop = tuple_binop, .len = tuple_len, .getitem = tuple_getitem,
        .contains = tuple_contains, .iter = tuple_iter, .new_ = tuple_new_slot,
    },
    .basicsize = sizeof(kr_tuple),
    .methods = tuple_methods,
    .doc = "Built-in immutable sequence.",
};
