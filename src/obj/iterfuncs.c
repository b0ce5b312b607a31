/* The lazy iterator types of the builtins: enumerate, zip, map, filter,
 * reversed, and callable_iterator (iter(f, sentinel)).  Prefix ki_.
 *
 * Each holds the iterators it draws from; a step runs the protocol to
 * completion (lb_next etc.), holding off collection while Python code runs
 * under it, since the values drawn so far live only in C locals. */
#include "../compile/opcodes.h"
#include "../lib/lib_int.h"

typedef struct ki_enumerate {
    kr_obj obj;
    kr_val it;
    kr_val count;               /* the next index: an int of any size */
} ki_enumerate;

typedef struct ki_zip {          /* zip and map */
    kr_obj obj;
    kr_val func;                /* map's function; UNDEF for zip */
    kr_obj *iters;              /* tuple of iterators */
    bool strict;
} ki_zip;

typedef struct ki_filter {
    kr_obj obj;
    kr_val func;
    kr_val it;
} ki_filter;

typedef struct ki_reversed {
    kr_obj obj;
    kr_val seq;                 /* UNDEF once exhausted */
    int64_t index;
} ki_reversed;

typedef struct ki_calliter {
    kr_obj obj;
    kr_val func;                /* UNDEF once exhausted */
    kr_val sentinel;
} ki_calliter;

static void enum_trace(kr_obj *o, heap_tracer *t)
{
    ki_enumerate *e = (ki_enumerate *)o;
    heap_visit_val(t, e->it);
    heap_visit_val(t, e->count);
}

static void zip_trace(kr_obj *o, heap_tracer *t)
{
    ki_zip *z = (ki_zip *)o;
    heap_visit_val(t, z->func);
    heap_visit_obj(t, z->iters);
}

static void filter_trace(kr_obj *o, heap_tracer *t)
{
    ki_filter *f = (ki_filter *)o;
    heap_visit_val(t, f->func);
    heap_visit_val(t, f->it);
}

static void reversed_trace(kr_obj *o, heap_tracer *t) { heap_visit_val(t, ((ki_reversed *)o)->seq); }

static void calliter_trace(kr_obj *o, heap_tracer *t)
{
    ki_calliter *c = (ki_calliter *)o;
    heap_visit_val(t, c->func);
    heap_visit_val(t, c->sentinel);
}

static const heap_class enum_cls = { "enumerate", enum_trace, NULL, sizeof(ki_enumerate) };
static const heap_class zip_cls = { "zip", zip_trace, NULL, sizeof(ki_zip) };
static const heap_class map_cls = { "map", zip_trace, NULL, sizeof(ki_zip) };
static const heap_class filter_cls = { "filter", filter_trace, NULL, sizeof(ki_filter) };
static const heap_class reversed_cls = { "reversed", reversed_trace, NULL, sizeof(ki_reversed) };
static const heap_class calliter_cls = { "callable_iterator", calliter_trace, NULL, sizeof(ki_calliter) };

/* A new instance of T (possibly a user subclass: its block is larger). */
static kr_obj *ki_alloc(kr_rt *rt, kr_type *t, size_t size)
{
    size_t n = t->basicsize > size ? t->basicsize : size;
    kr_obj *o = heap_alloc(&rt->heap, t, n);
    if (!o) kr_nomem(rt);
    return o;
}

static int ki_self_iter(kr_rt *rt, kr_val o, kr_val *out) { *out = o; return KR_OK; }

/* Runs a step with collection held off. */
#define KI_GUARD(call) do { rt->in_gc_unsafe++; int st_ = (call); rt->in_gc_unsafe--; return st_; } while (0)

/* ---- enumerate(iterable, start=0) ---- */

static int enum_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames,
                    kr_val *out)
{
    int nkw = lb_nkw(kwnames);
    if (nargs + nkw > 2)
        return kr_raise(rt, &kt_TypeError, "enumerate() takes at most 2 arguments (%d given)", nargs + nkw);
    kr_val iterable = nargs > 0 ? args[0] : kv_undef();
    kr_val start = nargs > 1 ? args[1] : kv_undef();
    for (int i = 0; i < nkw; i++) {
        const char *k = lb_kwname(kwnames, i);
        int pos;
        kr_val *slot;
        if (!strcmp(k, "iterable")) { slot = &iterable; pos = 1; }
        else if (!strcmp(k, "start")) { slot = &start; pos = 2; }
        else return kr_raise(rt, &kt_TypeError, "'%s' is an invalid keyword argument for enumerate()", k);
        if (nargs >= pos)   /* CPython's message for a name given twice */
            return kr_raise(rt, &kt_TypeError, "'%s' is an invalid keyword argument for enumerate()", k);
        *slot = args[nargs + i];
    }
    if (kv_is_undef(iterable))
        return kr_raise(rt, &kt_TypeError, "enumerate() missing required argument 'iterable'");
    kr_val it, count = kv_int(0);
    rt->in_gc_unsafe++;
    int st = lb_iter(rt, iterable, &it);
    if (st == KR_OK && !kv_is_undef(start)) st = lb_index(rt, start, &count);
    rt->in_gc_unsafe--;
    if (st != KR_OK) return st;
    if (kv_is_bool(count)) count = kv_int(kv_as_bool(count));
    ki_enumerate *e = (ki_enumerate *)ki_alloc(rt, t, sizeof(ki_enumerate));
    if (!e) return KR_ERR;
    e->it = it;
    e->count = count;
    *out = kv_obj(&e->obj);
    return KR_OK;
}

static int enum_step(kr_rt *rt, ki_enumerate *e, kr_val *out)
{
    kr_val item, next;
    int st = lb_next(rt, e->it, &item);
    if (st != KR_OK) return st;
    kr_val idx = e->count;
    if (kv_is_int(idx) && kv_as_int(idx) < INT64_MAX) next = kv_int(kv_as_int(idx) + 1);
    else if (lb_binop(rt, OPB_ADD, idx, kv_int(1), &next) != KR_OK) return KR_ERR;
    kr_val pair[2] = { idx, item };
    kr_tuple *t = ktuple_from(rt, pair, 2);
    if (!t) return KR_ERR;
    e->count = next;
    *out = ktuple_val(t);
    return KR_OK;
}

static int enum_next(kr_rt *rt, kr_val o, kr_val *out)
{
    KI_GUARD(enum_step(rt, KR_AS(ki_enumerate, o), out));
}

kr_type kt_enumerate = {
    .head = { KR_STATIC_HDR(&kt_type), &enum_cls },
    .name = "enumerate", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = { .iter = ki_self_iter, .next = enum_next, .new_ = enum_new },
    .basicsize = sizeof(ki_enumerate),
};

/* ---- zip(*iterables, strict=False) and map(func, *iterables, strict=False) ---- */

static int zip_make(kr_rt *rt, kr_type *t, const char *name, kr_val func, const kr_val *its,
                    int n, kr_obj *kwnames, const kr_val *kwvals, kr_val *out)
{
    bool strict = false;
    int nkw = lb_nkw(kwnames);
    for (int i = 0; i < nkw; i++) {
        const char *k = lb_kwname(kwnames, i);
        if (strcmp(k, "strict")) return lb_badkw(rt, name, k);
        int b;
        if (lb_truth(rt, kwvals[i], &b) != KR_OK) return KR_ERR;
        strict = b;
    }
    kr_tuple *iters = ktuple_new(rt, n);
    if (!iters) return KR_ERR;
    for (int i = 0; i < n; i++)
        if (lb_iter(rt, its[i], &iters->items[i]) != KR_OK) return KR_ERR;
    ki_zip *z = (ki_zip *)ki_alloc(rt, t, sizeof(ki_zip));
    if (!z) return KR_ERR;
    z->func = func;
    z->iters = &iters->obj;
    z->strict = strict;
    *out = kv_obj(&z->obj);
    return KR_OK;
}

static int zip_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames,
                   kr_val *out)
{
    KI_GUARD(zip_make(rt, t, "zip", kv_undef(), args, nargs, kwnames, args + nargs, out));
}

static int map_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames,
                   kr_val *out)
{
    if (nargs < 2) return kr_raise(rt, &kt_TypeError, "map() must have at least two arguments.");
    KI_GUARD(zip_make(rt, t, "map", args[0], args + 1, nargs - 1, kwnames, args + nargs, out));
}

/* Argument I (0-based) ran out first: with strict, the others must be
 * exhausted too (CPython's messages). */
static int zip_check_strict(kr_rt *rt, ki_zip *z, const char *name, int64_t i)
{
    const char *plural = i == 1 ? " " : "s 1-";
    if (i)
        return kr_raise(rt, &kt_ValueError, "%s() argument %lld is shorter than argument%s%lld",
                        name, (long long)i + 1, plural, (long long)i);
    kr_tuple *its = (kr_tuple *)z->iters;
    for (i = 1; i < its->len; i++) {
        kr_val item;
        int st = lb_next(rt, its->items[i], &item);
        if (st == KR_ERR) return KR_ERR;
        if (st == KR_OK) {
            plural = i == 1 ? " " : "s 1-";
            return kr_raise(rt, &kt_ValueError, "%s() argument %lld is longer than argument%s%lld",
                            name, (long long)i + 1, plural, (long long)i);
        }
    }
    return KR_STOP;
}

/* The next item of every iterator into a new tuple. */
static int zip_items(kr_rt *rt, ki_zip *z, const char *name, kr_tuple **out)
{
    kr_tuple *its = (kr_tuple *)z->iters;
    if (its->len == 0) return KR_STOP;
    kr_tuple *r = ktuple_new(rt, its->len);
    if (!r) return KR_ERR;
    for (int64_t i = 0; i < its->len; i++) {
        int st = lb_next(rt, its->items[i], &r->items[i]);
        if (st == KR_STOP) return z->strict ? zip_check_strict(rt, z, name, i) : KR_STOP;
        if (st != KR_OK) return st;
    }
    *out = r;
    return KR_OK;
}

static int zip_step(kr_rt *rt, ki_zip *z, kr_val *out)
{
    kr_tuple *r;
    int st = zip_items(rt, z, "zip", &r);
    if (st == KR_OK) *out = ktuple_val(r);
    return st;
}

static int zip_next(kr_rt *rt, kr_val o, kr_val *out)
{
    KI_GUARD(zip_step(rt, KR_AS(ki_zip, o), out));
}

static int map_step(kr_rt *rt, ki_zip *z, kr_val *out)
{
    kr_tuple *r;
    int st = zip_items(rt, z, "map", &r);
    if (st != KR_OK) return st;
    return lb_call(rt, z->func, r->items, (int)r->len, NULL, out);
}

static int map_next(kr_rt *rt, kr_val o, kr_val *out)
{
    KI_GUARD(map_step(rt, KR_AS(ki_zip, o), out));
}

kr_type kt_zip = {
    .head = { KR_STATIC_HDR(&kt_type), &zip_cls },
    .name = "zip", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = { .iter = ki_self_iter, .next = zip_next, .new_ = zip_new },
    .basicsize = sizeof(ki_zip),
};

kr_type kt_map = {
    .head = { KR_STATIC_HDR(&kt_type), &map_cls },
    .name = "map", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = { .iter = ki_self_iter, .next = map_next, .new_ = map_new },
    .basicsize = sizeof(ki_zip),
};

/* ---- filter(function or None, iterable) ---- */

static int filter_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames,
                      kr_val *out)
{
    if (lb_nokw(rt, "filter", kwnames) != KR_OK) return KR_ERR;
    if (lb_nargs(rt, "filter", nargs, 2, 2, NULL) != KR_OK) return KR_ERR;
    kr_val it;
    rt->in_gc_unsafe++;
    int st = lb_iter(rt, args[1], &it);
    rt->in_gc_unsafe--;
    if (st != KR_OK) return st;
    ki_filter *f = (ki_filter *)ki_alloc(rt, t, sizeof(ki_filter));
    if (!f) return KR_ERR;
    f->func = args[0];
    f->it = it;
    *out = kv_obj(&f->obj);
    return KR_OK;
}

static int filter_step(kr_rt *rt, ki_filter *f, kr_val *out)
{
    /* None and bool both mean "the item's truth" */
    bool plain = kv_is_none(f->func)
        || (kv_is_obj(f->func) && kv_as_obj(f->func) == &kt_bool.head.obj);
    for (;;) {
        kr_val item, r;
        int st = lb_next(rt, f->it, &item), keep;
        if (st != KR_OK) return st;
        if (plain) r = item;
        else if (lb_call(rt, f->func, &item, 1, NULL, &r) != KR_OK) return KR_ERR;
        if (lb_truth(rt, r, &keep) != KR_OK) return KR_ERR;
        if (keep) { *out = item; return KR_OK; }
    }
}

static int filter_next(kr_rt *rt, kr_val o, kr_val *out)
{
    KI_GUARD(filter_step(rt, KR_AS(ki_filter, o), out));
}

kr_type kt_filter = {
    .head = { KR_STATIC_HDR(&kt_type), &filter_cls },
    .name = "filter", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = { .iter = ki_self_iter, .next = filter_next, .new_ = filter_new },
    .basicsize = sizeof(ki_filter),
};

/* ---- reversed(seq) ---- */

static int reversed_make(kr_rt *rt, kr_type *t, kr_val seq, kr_val *out)
{
    /* __reversed__ = None marks a type as not reversible */
    kr_val rm = vm_lookup_special(rt, seq, "__reversed__");
    int st;
    if (!kv_is_undef(rm) && !kv_is_none(rm)) return lb_call_special(rt, seq, "__reversed__", NULL, 0, out);
    kr_type *st_ = kr_type_of(seq);
    if (kv_is_none(rm) || !st_->slots.getitem || kr_isinstance(seq, &kt_dict))
        return kr_raise(rt, &kt_TypeError, "'%s' object is not reversible", kr_type_name(seq));
    int64_t n;
    st = kr_len(rt, seq, &n);
    if (st == KR_CALL) {
        kr_val r;
        st = lb_sync(rt, st, &r);
        if (st == KR_OK) st = kint_as_i64(rt, r, &n);
    }
    if (st != KR_OK) return st;
    ki_reversed *r = (ki_reversed *)ki_alloc(rt, t, sizeof(ki_reversed));
    if (!r) return KR_ERR;
    r->seq = seq;
    r->index = n - 1;
    *out = kv_obj(&r->obj);
    return KR_OK;
}

static int reversed_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames,
                        kr_val *out)
{
    if (lb_nokw(rt, "reversed", kwnames) != KR_OK) return KR_ERR;
    if (lb_nargs(rt, "reversed", nargs, 1, 1, NULL) != KR_OK) return KR_ERR;
    KI_GUARD(reversed_make(rt, t, args[0], out));
}

static int reversed_step(kr_rt *rt, ki_reversed *r, kr_val *out)
{
    if (kv_is_undef(r->seq)) return KR_STOP;
    if (r->index >= 0) {
        int st = lb_sync(rt, kr_getitem(rt, r->seq, kv_int(r->index), out), out);
        if (st == KR_OK) { r->index--; return KR_OK; }
        if (!lb_clear_if(rt, &kt_IndexError) && !lb_clear_if(rt, &kt_StopIteration)) return st;
    }
    r->index = -1;
    r->seq = kv_undef();
    return KR_STOP;
}

static int reversed_next(kr_rt *rt, kr_val o, kr_val *out)
{
    KI_GUARD(reversed_step(rt, KR_AS(ki_reversed, o), out));
}

kr_type kt_reversed = {
    .head = { KR_STATIC_HDR(&kt_type), &reversed_cls },
    .name = "reversed", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = { .iter = ki_self_iter, .next = reversed_next, .new_ = reversed_new },
    .basicsize = sizeof(ki_reversed),
};

/* ---- iter(callable, sentinel) ---- */

int kiter_callable_new(kr_rt *rt, kr_val callable, kr_val sentinel, kr_val *out)
{
    ki_calliter *c = (ki_calliter *)ki_alloc(rt, &kt_callable_iterator, sizeof(ki_calliter));
    if (!c) return KR_ERR;
    c->func = callable;
    c->sentinel = sentinel;
    *out = kv_obj(&c->obj);
    return KR_OK;
}

static int calliter_step(kr_rt *rt, ki_calliter *c, kr_val *out)
{
    if (kv_is_undef(c->func)) return KR_STOP;
    kr_val r;
    int st = lb_call(rt, c->func, NULL, 0, NULL, &r);
    if (st != KR_OK) {
        /* a StopIteration from the callable ends the iteration too */
        if (lb_clear_if(rt, &kt_StopIteration)) { c->func = kv_undef(); return KR_STOP; }
        return st;
    }
    int eq = kr_is(r, c->sentinel);
    if (!eq && lb_cmp_bool(rt, r, c->sentinel, KR_EQ, &eq) != KR_OK) return KR_ERR;
    if (eq) { c->func = kv_undef(); return KR_STOP; }
    *out = r;
    return KR_OK;
}

static int calliter_next(kr_rt *rt, kr_val o, kr_val *out)
{
    KI_GUARD(calliter_step(rt, KR_AS(ki_calliter, o), out));
}

kr_type kt_callable_iterator = {
    .head = { KR_STATIC_HDR(&kt_type), &calliter_cls },
    .name = "callable_iterator", .base = &kt_object,
    .slots = { .iter = ki_self_iter, .next = calliter_next },
    .basicsize = sizeof(ki_calliter),
};
