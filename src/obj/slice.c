/* slice objects: start/stop/step of any values; resolution against a
 * length (kslice_indices), indices(), comparison and hashing as CPython
 * 3.12+ (slices are hashable). */
#include "cont.h"

static void slice_trace(kr_obj *o, heap_tracer *t)
{
    kr_slice *s = (kr_slice *)(void *)o;
    heap_visit_val(t, s->start);
    heap_visit_val(t, s->stop);
    heap_visit_val(t, s->step);
}

static const heap_class slice_cls = { "slice", slice_trace, NULL, sizeof(kr_slice) };

kr_obj *kslice_new(kr_rt *rt, kr_val start, kr_val stop, kr_val step)
{
    kr_obj *o = heap_alloc(&rt->heap, &kt_slice, sizeof(kr_slice));
    if (!o) { kr_nomem(rt); return NULL; }
    kr_slice *s = (kr_slice *)(void *)o;
    s->start = kv_is_undef(start) ? kv_none() : start;
    s->stop = kv_is_undef(stop) ? kv_none() : stop;
    s->step = kv_is_undef(step) ? kv_none() : step;
    return o;
}

/* A slice field as an int64, clamped (CPython's _PyEval_SliceIndex). */
static int slice_field(kr_rt *rt, kr_val v, int64_t *out)
{
    if (v.tag == KV_INT) { *out = v.u.i; return KR_OK; }
    if (kv_is_bool(v)) { *out = v.tag == KV_TRUE; return KR_OK; }
    if (kv_is_bigint(v)) {
        *out = bi_sign(KR_AS(kr_bigint, v)->b) < 0 ? INT64_MIN : INT64_MAX;
        return KR_OK;
    }
    if (kv_is_obj(v) && !kv_is_undef(vm_lookup_special(rt, v, "__index__"))) {
        kr_val iv;
        if (kc_index_val(rt, v, &iv) != KR_OK) return KR_ERR;
        return slice_field(rt, iv, out);
    }
    return kr_raise(rt, &kt_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
}

/* PySlice_Unpack: start/stop/step with None resolved. */
static int slice_unpack(kr_rt *rt, kr_slice *s, int64_t *start, int64_t *stop, int64_t *step)
{
    if (kv_is_none(s->step)) *step = 1;
    else {
        if (slice_field(rt, s->step, step) != KR_OK) return KR_ERR;
        if (*step == 0) return kr_raise(rt, &kt_ValueError, "slice step cannot be zero");
        if (*step < -INT64_MAX) *step = -INT64_MAX;   /* so that -step fits */
    }
    if (kv_is_none(s->start)) *start = *step < 0 ? INT64_MAX : 0;
    else if (slice_field(rt, s->start, start) != KR_OK) return KR_ERR;
    if (kv_is_none(s->stop)) *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    else if (slice_field(rt, s->stop, stop) != KR_OK) return KR_ERR;
    return KR_OK;
}

/* PySlice_AdjustIndices */
static int64_t slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step)
{
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= len) {
        *start = step < 0 ? len - 1 : len;
    }
    if (*stop < 0) {
        *stop += len;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= len) {
        *stop = step < 0 ? len - 1 : len;
    }
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

int kslice_indices(kr_rt *rt, kr_slice *s, int64_t len, int64_t *start,
                   int64_t *stop, int64_t *step, int64_t *slen)
{
    if (slice_unpack(rt, s, start, stop, step) != KR_OK) return KR_ERR;
    *slen = slice_adjust(len, start, stop, *step);
    return KR_OK;
}

/* ---- the type ---- */

static int slice_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                          kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "slice", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "slice", nargs, 1, 3) != KR_OK) return KR_ERR;
    kr_obj *o = nargs == 1 ? kslice_new(rt, kv_none(), args[0], kv_none())
              : kslice_new(rt, args[0], args[1], nargs == 3 ? args[2] : kv_none());
    if (!o) return KR_ERR;
    *out = kv_obj(o);
    return KR_OK;
}

static int slice_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_slice *s = KR_AS(kr_slice, v);
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "slice(");
    if (kc_repr_into(rt, &sb, s->start) != KR_OK) goto fail;
    sb_puts(&sb, ", ");
    if (kc_repr_into(rt, &sb, s->stop) != KR_OK) goto fail;
    sb_puts(&sb, ", ");
    if (kc_repr_into(rt, &sb, s->step) != KR_OK) goto fail;
    sb_putc(&sb, ')');
    return kc_sb_str(rt, &sb, out);
fail:
    sb_free(&sb);
    return KR_ERR;
}

static int slice_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_slice *s = KR_AS(kr_slice, v);
    kr_val f[3] = { s->start, s->stop, s->step };
    uint64_t acc = KC_XXPRIME_5;
    for (int i = 0; i < 3; i++) {
        int64_t h;
        if (kc_hash(rt, f[i], &h) != KR_OK) return KR_ERR;
        acc = kc_xx_lane(acc, (uint64_t)h);
    }
    *out = acc == (uint64_t)-1 ? 1546275796 : (int64_t)acc;
    return KR_OK;
}

static int slice_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (!kv_is_type(a, &kt_slice) || !kv_is_type(b, &kt_slice)) {
        *out = kr_notimpl();
        return KR_OK;
    }
    kr_slice *x = KR_AS(kr_slice, a), *y = KR_AS(kr_slice, b);
    kr_val xv[3] = { x->start, x->stop, x->step }, yv[3] = { y->start, y->stop, y->step };
    kr_tuple *tx = ktuple_from(rt, xv, 3), *ty = tx ? ktuple_from(rt, yv, 3) : NULL;
    if (!ty) return KR_ERR;
    return kc_seq_richcmp(rt, ktuple_val(tx), ktuple_val(ty), op, out);
}

static int get_start(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                     kr_obj *kwnames, kr_val *out)
{
    *out = KR_AS(kr_slice, self)->start;
    return KR_OK;
}

static int get_stop(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    *out = KR_AS(kr_slice, self)->stop;
    return KR_OK;
}

static int get_step(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    *out = KR_AS(kr_slice, self)->step;
    return KR_OK;
}

/* slice.indices(length): CPython computes with arbitrary-precision ints;
 * here the length must fit int64 and a huge step is kept as given. */
static int m_indices(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                     kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "slice.indices", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "slice.indices", nargs) != KR_OK) return KR_ERR;
    kr_val lv;
    if (kc_index_val(rt, args[0], &lv) != KR_OK) return KR_ERR;
    int64_t len;
    if (kv_is_bigint(lv)) {
        if (bi_sign(KR_AS(kr_bigint, lv)->b) < 0)
            return kr_raise(rt, &kt_ValueError, "length should not be negative");
        return kr_raise(rt, &kt_OverflowError, "Python int too large to convert to C ssize_t");
    }
    len = lv.tag == KV_INT ? lv.u.i : lv.tag == KV_TRUE;
    if (len < 0) return kr_raise(rt, &kt_ValueError, "length should not be negative");
    kr_slice *s = KR_AS(kr_slice, self);
    int64_t start, stop, step;
    if (slice_unpack(rt, s, &start, &stop, &step) != KR_OK) return KR_ERR;
    slice_adjust(len, &start, &stop, step);
    kr_val items[3] = { kv_int(start), kv_int(stop), kv_int(step) };
    if (!kv_is_none(s->step) && !kv_is_undef(s->step) && kv_is_bigint(s->step)) items[2] = s->step;
    kr_tuple *t = ktuple_from(rt, items, 3);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

static KR_CFUNC(start_f, "start", get_start, KF_GETTER);
static KR_CFUNC(stop_f, "stop", get_stop, KF_GETTER);
static KR_CFUNC(step_f, "step", get_step, KF_GETTER);
static KR_CFUNC(indices_f, "indices", m_indices, KF_METHOD);
static const kr_cfunc *const slice_methods[] = { &start_f, &stop_f, &step_f, &indices_f, NULL };

kr_type kt_slice = {
    .head = { KR_STATIC_HDR(&kt_type), &slice_cls },
    .name = "slice",
    .base = &kt_object,
    .slots = {
        .repr = slice_repr, .hash = slice_hash, .richcmp = slice_richcmp,
        .new_ = slice_new_slot,
    },
    .basicsize = sizeof(kr_slice),
    .methods = slice_methods,
};
