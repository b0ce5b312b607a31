/* Struct sequences (CPython's structseq): tuple subclasses whose items are
 * also named attributes, for sys.version_info, sys.float_info and the like.
 * The types are static; their tuple behaviour is tuple's own slots,
 * reached at run time. */
#include "structseq.h"

static void ss_trace(kr_obj *o, heap_tracer *t)
{
    kr_tuple *tp = (kr_tuple *)(void *)o;
    for (int64_t i = 0; i < tp->len; i++) heap_visit_val(t, tp->items[i]);
}

static void ss_free(kr_heap *h, kr_obj *o)
{
    kr_tuple *tp = (kr_tuple *)(void *)o;
    mem_free(&h->mem, o, heap_dead_size(o) + (size_t)tp->len * sizeof(kr_val));
}

const heap_class lb_structseq_cls = { "structseq", ss_trace, ss_free, sizeof(kr_tuple) };

/* Field getters: one C function per position. */
#define SS_GETTER(i) \
    int lb_ss_get##i(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out) \
    { \
        *out = KR_AS(kr_tuple, self)->items[i]; \
        return KR_OK; \
    }
SS_GETTER(0) SS_GETTER(1) SS_GETTER(2) SS_GETTER(3) SS_GETTER(4) SS_GETTER(5)
SS_GETTER(6) SS_GETTER(7) SS_GETTER(8) SS_GETTER(9) SS_GETTER(10) SS_GETTER(11)

int lb_structseq_new(kr_rt *rt, kr_type *t, const kr_val *items, int n, kr_val *out)
{
    kr_obj *o = heap_alloc(&rt->heap, t, sizeof(kr_tuple) + (size_t)n * sizeof(kr_val));
    if (!o) return kr_nomem(rt);
    kr_tuple *tp = (kr_tuple *)(void *)o;
    tp->len = n;
    tp->hash = -1;
    for (int i = 0; i < n; i++) tp->items[i] = items[i];
    *out = kv_obj(o);
    return KR_OK;
}

/* "sys.version_info(major=3, minor=14, ...)": the field names are the
 * type's getters, in order. */
int lb_structseq_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_type *t = kr_type_of(v);
    kr_tuple *tp = KR_AS(kr_tuple, v);
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, t->name);
    sb_putc(&sb, '(');
    const kr_cfunc *const *m = t->methods;
    for (int64_t i = 0; i < tp->len && m && m[i]; i++) {
        kr_val r;
        if (lb_repr(rt, tp->items[i], &r) != KR_OK) { sb_free(&sb); return KR_ERR; }
        if (i) sb_puts(&sb, ", ");
        sb_puts(&sb, m[i]->name);
        sb_putc(&sb, '=');
        sb_append(&sb, kstr_data(kv_as_obj(r)), (size_t)kstr_nbytes(kv_as_obj(r)));
    }
    sb_putc(&sb, ')');
    return lb_sb_str(rt, &sb, out);
}

/* tuple's own behaviour, looked up when called (the static tuple type's
 * slots are not constants a static initializer may copy). */
int lb_ss_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    return kt_tuple.slots.richcmp(rt, a, b, op, out);
}
int lb_ss_hash(kr_rt *rt, kr_val v, int64_t *out) { return kt_tuple.slots.hash(rt, v, out); }
int lb_ss_len(kr_rt *rt, kr_val v, int64_t *out) { return kt_tuple.slots.len(rt, v, out); }
int lb_ss_getitem(kr_rt *rt, kr_val o, kr_val k, kr_val *out) { return kt_tuple.slots.getitem(rt, o, k, out); }
int lb_ss_contains(kr_rt *rt, kr_val o, kr_val x, int *out) { return kt_tuple.slots.contains(rt, o, x, out); }
int lb_ss_iter(kr_rt *rt, kr_val o, kr_val *out) { return kt_tuple.slots.iter(rt, o, out); }
int lb_ss_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    return kt_tuple.slots.binop(rt, op, a, b, out);
}
int lb_ss_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value)
{
    return kr_raise(rt, &kt_AttributeError, "readonly attribute");
}
