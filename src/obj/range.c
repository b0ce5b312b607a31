/* range.  The common case keeps start/stop/step and the length as int64
 * (kr_range).  A range whose values or length do not fit int64 is "big":
 * flag RANGE_BIG in obj.aux, and its values live as Python ints in a
 * trailing block (range_big); its operations go through int arithmetic.
 * As CPython, len() of a range longer than int64 raises OverflowError. */
#include "cont.h"
#include "../compile/opcodes.h"

#define RANGE_BIG 0x1u

typedef struct range_big {
    kr_range r;
    kr_val start, stop, step, len;
} range_big;

static bool is_big(kr_val v) { return (kv_as_obj(v)->aux & RANGE_BIG) != 0; }
static range_big *big_of(kr_val v) { return (range_big *)(void *)kv_as_obj(v); }

static void range_trace(kr_obj *o, heap_tracer *t)
{
    if (!(o->aux & RANGE_BIG)) return;
    range_big *b = (range_big *)(void *)o;
    heap_visit_val(t, b->start);
    heap_visit_val(t, b->stop);
    heap_visit_val(t, b->step);
    heap_visit_val(t, b->len);
}

static void range_free(kr_heap *h, kr_obj *o)
{
    mem_free(&h->mem, o, (o->aux & RANGE_BIG) ? sizeof(range_big) : heap_dead_size(o));
}

static const heap_class range_cls = { "range", range_trace, range_free, sizeof(kr_range) };

static int range_overflow(kr_rt *rt)
{
    return kr_raise(rt, &kt_OverflowError, "Python int too large to convert to C ssize_t");
}

/* ---- int arithmetic for big ranges (no Python code runs on ints) ---- */

static int ib(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    return kr_binop(rt, op, a, b, out);
}

static int icmp(kr_val a, kr_val b)   /* -1, 0, 1 for ints (inline or big) */
{
    if (a.tag == KV_INT && b.tag == KV_INT) return (a.u.i > b.u.i) - (a.u.i < b.u.i);
    if (kv_is_bigint(a) && kv_is_bigint(b))
        return bi_cmp(KR_AS(kr_bigint, a)->b, KR_AS(kr_bigint, b)->b);
    /* a big int is outside the int64 range: its sign decides */
    if (kv_is_bigint(a)) return bi_sign(KR_AS(kr_bigint, a)->b);
    return -bi_sign(KR_AS(kr_bigint, b)->b);
}

static int isign(kr_val v) { return icmp(v, kv_int(0)); }

static bool fits(kr_val v) { return v.tag == KV_INT; }

/* ---- making ranges ---- */

static int range_make(kr_rt *rt, int64_t start, int64_t stop, int64_t step, kr_val *out);

/* A range of int values (any size) with STEP != 0. */
static int range_make_vals(kr_rt *rt, kr_val start, kr_val stop, kr_val step, kr_val *out)
{
    if (fits(start) && fits(stop) && fits(step))
        return range_make(rt, start.u.i, stop.u.i, step.u.i, out);
    /* len = (hi - lo - 1) // |step| + 1 when lo < hi */
    kr_val lo = start, hi = stop, st = step, len = kv_int(0), t;
    if (isign(step) < 0) {
        lo = stop; hi = start;
        if (ib(rt, OPB_SUBTRACT, kv_int(0), step, &st) != KR_OK) return KR_ERR;
    }
    if (icmp(lo, hi) < 0) {
        if (ib(rt, OPB_SUBTRACT, hi, lo, &t) != KR_OK
            || ib(rt, OPB_SUBTRACT, t, kv_int(1), &t) != KR_OK
            || ib(rt, OPB_FLOOR_DIVIDE, t, st, &t) != KR_OK
            || ib(rt, OPB_ADD, t, kv_int(1), &len) != KR_OK)
            return KR_ERR;
    }
    kr_obj *o = heap_alloc(&rt->heap, &kt_range, sizeof(range_big));
    if (!o) return kr_nomem(rt);
    o->aux |= RANGE_BIG;
    range_big *b = (range_big *)(void *)o;
    b->start = start;
    b->stop = stop;
    b->step = step;
    b->len = len;
    b->r.len = fits(len) ? len.u.i : -1;
    *out = kv_obj(o);
    return KR_OK;
}

static int range_make(kr_rt *rt, int64_t start, int64_t stop, int64_t step, kr_val *out)
{
    __int128 len = 0;
    if (step > 0 && start < stop) len = ((__int128)stop - start - 1) / step + 1;
    else if (step < 0 && start > stop) len = ((__int128)start - stop - 1) / -(__int128)step + 1;
    if (len > INT64_MAX) {
        /* the values fit but the length does not: a big range */
        kr_obj *o = heap_alloc(&rt->heap, &kt_range, sizeof(range_big));
        if (!o) return kr_nomem(rt);
        o->aux |= RANGE_BIG;
        range_big *b = (range_big *)(void *)o;
        b->start = kv_int(start);
        b->stop = kv_int(stop);
        b->step = kv_int(step);
        bi_t *bl = NULL;
        if (kint_status(rt, bi_from_u64(&rt->bi, &bl, (uint64_t)len)) != KR_OK) return KR_ERR;
        if (kint_from_bi(rt, bl, &b->len) != KR_OK) return KR_ERR;
        b->r.len = -1;
        *out = kv_obj(o);
        return KR_OK;
    }
    kr_obj *o = heap_alloc(&rt->heap, &kt_range, sizeof(kr_range));
    if (!o) return kr_nomem(rt);
    kr_range *r = (kr_range *)(void *)o;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = (int64_t)len;
    *out = kv_obj(o);
    return KR_OK;
}

/* The values of any range as Python ints. */
static kr_val v_start(kr_val v) { return is_big(v) ? big_of(v)->start : kv_int(KR_AS(kr_range, v)->start); }
static kr_val v_stop(kr_val v) { return is_big(v) ? big_of(v)->stop : kv_int(KR_AS(kr_range, v)->stop); }
static kr_val v_step(kr_val v) { return is_big(v) ? big_of(v)->step : kv_int(KR_AS(kr_range, v)->step); }
static kr_val v_len(kr_val v) { return is_big(v) ? big_of(v)->len : kv_int(KR_AS(kr_range, v)->len); }

/* An argument of range(): an int by __index__ (bools as ints). */
static int range_arg(kr_rt *rt, kr_val v, kr_val *out)
{
    if (v.tag == KV_INT) { *out = v; return KR_OK; }
    if (kc_index_val(rt, v, out) != KR_OK) return KR_ERR;
    if (kv_is_bool(*out)) *out = kv_int(out->tag == KV_TRUE);
    return KR_OK;
}

static int range_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                          kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "range", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "range", nargs, 1, 3) != KR_OK) return KR_ERR;
    kr_val start = kv_int(0), stop, step = kv_int(1);
    if (nargs == 1) {
        if (range_arg(rt, args[0], &stop) != KR_OK) return KR_ERR;
    } else {
        if (range_arg(rt, args[0], &start) != KR_OK) return KR_ERR;
        if (range_arg(rt, args[1], &stop) != KR_OK) return KR_ERR;
        if (nargs == 3) {
            if (range_arg(rt, args[2], &step) != KR_OK) return KR_ERR;
            if (step.tag == KV_INT && step.u.i == 0)
                return kr_raise(rt, &kt_ValueError, "range() arg 3 must not be zero");
        }
    }
    return range_make_vals(rt, start, stop, step, out);
}

/* ---- slots ---- */

static int range_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "range(");
    if (kc_repr_into(rt, &sb, v_start(v)) != KR_OK) goto fail;
    sb_puts(&sb, ", ");
    if (kc_repr_into(rt, &sb, v_stop(v)) != KR_OK) goto fail;
    kr_val step = v_step(v);
    if (!(step.tag == KV_INT && step.u.i == 1)) {
        sb_puts(&sb, ", ");
        if (kc_repr_into(rt, &sb, step) != KR_OK) goto fail;
    }
    sb_putc(&sb, ')');
    return kc_sb_str(rt, &sb, out);
fail:
    sb_free(&sb);
    return KR_ERR;
}

static int range_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    /* hash((len, start, step)) with None for what does not matter */
    kr_val len = v_len(v);
    kr_val items[3] = { len, kv_none(), kv_none() };
    if (isign(len) > 0) items[1] = v_start(v);
    if (icmp(len, kv_int(1)) > 0) items[2] = v_step(v);
    kr_tuple *t = ktuple_from(rt, items, 3);
    if (!t) return KR_ERR;
    return kr_hash(rt, ktuple_val(t), out);
}

static bool range_equal(kr_val a, kr_val b)
{
    if (kv_as_obj(a) == kv_as_obj(b)) return true;
    kr_val la = v_len(a);
    if (kc_eq_native(la, v_len(b)) != 1) return false;
    if (isign(la) == 0) return true;
    if (kc_eq_native(v_start(a), v_start(b)) != 1) return false;
    return kc_eq_native(la, kv_int(1)) == 1 || kc_eq_native(v_step(a), v_step(b)) == 1;
}

static int range_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (!kv_is_type(a, &kt_range) || !kv_is_type(b, &kt_range) || (op != KR_EQ && op != KR_NE)) {
        *out = kr_notimpl();
        return KR_OK;
    }
    bool eq = range_equal(a, b);
    *out = kv_bool(op == KR_EQ ? eq : !eq);
    return KR_OK;
}

static int range_len(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_val len = v_len(v);
    if (!fits(len)) return range_overflow(rt);
    *out = len.u.i;
    return KR_OK;
}

static int range_truth(kr_rt *rt, kr_val v, int *out)
{
    *out = isign(v_len(v)) != 0;
    return KR_OK;
}

static int64_t range_at(const kr_range *r, int64_t i) { return r->start + i * r->step; }

/* start + i * step as a Python int */
static int big_at(kr_rt *rt, kr_val v, kr_val i, kr_val *out)
{
    kr_val t;
    if (ib(rt, OPB_MULTIPLY, i, v_step(v), &t) != KR_OK) return KR_ERR;
    return ib(rt, OPB_ADD, v_start(v), t, out);
}

static int big_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kr_val len = v_len(o);
    if (kv_is_type(key, &kt_slice)) {
        if (!fits(len)) return range_overflow(rt);
        int64_t start, stop, step, n;
        if (kslice_indices(rt, KR_AS(kr_slice, key), len.u.i, &start, &stop, &step, &n) != KR_OK)
            return KR_ERR;
        kr_val ns, ne, nst;
        if (big_at(rt, o, kv_int(start), &ns) != KR_OK || big_at(rt, o, kv_int(stop), &ne) != KR_OK
            || ib(rt, OPB_MULTIPLY, v_step(o), kv_int(step), &nst) != KR_OK)
            return KR_ERR;
        return range_make_vals(rt, ns, ne, nst, out);
    }
    kr_val i;
    if (!kv_is_anyint(key) && kv_is_undef(vm_lookup_special(rt, key, "__index__")))
        return kr_raise(rt, &kt_TypeError, "range indices must be integers or slices, not %s",
                        kr_type_name(key));
    if (kc_index_val(rt, key, &i) != KR_OK) return KR_ERR;
    if (kv_is_bool(i)) i = kv_int(i.tag == KV_TRUE);
    if (isign(i) < 0 && ib(rt, OPB_ADD, i, len, &i) != KR_OK) return KR_ERR;
    if (isign(i) < 0 || icmp(i, len) >= 0)
        return kr_raise(rt, &kt_IndexError, "range object index out of range");
    return big_at(rt, o, i, out);
}

static int range_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    if (is_big(o)) return big_getitem(rt, o, key, out);
    kr_range *r = KR_AS(kr_range, o);
    int64_t i;
    int st = kc_index(rt, key, "range", &i);
    if (st == KR_ERR && kv_is_bigint(key) && kr_exc_matches(rt, &kt_IndexError)) {
        kr_exc_clear(rt);
        return kr_raise(rt, &kt_IndexError, "range object index out of range");
    }
    if (st == KR_OK) {
        if (i < 0) i += r->len;
        if (i < 0 || i >= r->len) return kr_raise(rt, &kt_IndexError, "range object index out of range");
        *out = kv_int(range_at(r, i));
        return KR_OK;
    }
    if (st != KR_STOP) return st;
    int64_t start, stop, step, n;
    if (kslice_indices(rt, KR_AS(kr_slice, key), r->len, &start, &stop, &step, &n) != KR_OK)
        return KR_ERR;
    /* values: start + i*step for the slice's first and stop indices */
    __int128 nstart = (__int128)r->start + (__int128)start * r->step;
    __int128 nstop = (__int128)r->start + (__int128)stop * r->step;
    __int128 nstep = (__int128)step * r->step;
    if (nstart > INT64_MAX || nstart < INT64_MIN || nstop > INT64_MAX || nstop < INT64_MIN
        || nstep > INT64_MAX || nstep < INT64_MIN) {
        kr_val ns, ne, nst;
        if (big_at(rt, o, kv_int(start), &ns) != KR_OK || big_at(rt, o, kv_int(stop), &ne) != KR_OK
            || ib(rt, OPB_MULTIPLY, v_step(o), kv_int(step), &nst) != KR_OK)
            return KR_ERR;
        return range_make_vals(rt, ns, ne, nst, out);
    }
    return range_make(rt, (int64_t)nstart, (int64_t)nstop, (int64_t)nstep, out);
}

/* Whether the int I is one of R's values. */
static bool range_has(const kr_range *r, int64_t i)
{
    if (r->len == 0) return false;
    if (r->step > 0 ? (i < r->start || i >= r->stop) : (i > r->start || i <= r->stop)) return false;
    __int128 d = (__int128)i - r->start;
    return d % r->step == 0;
}

/* The same for any range and any int: 1, 0, KR_ERR. */
static int big_has(kr_rt *rt, kr_val o, kr_val x)
{
    kr_val start = v_start(o), stop = v_stop(o), step = v_step(o), d, m;
    if (isign(step) > 0 ? (icmp(x, start) < 0 || icmp(x, stop) >= 0)
                        : (icmp(x, start) > 0 || icmp(x, stop) <= 0))
        return 0;
    if (ib(rt, OPB_SUBTRACT, x, start, &d) != KR_OK || ib(rt, OPB_REMAINDER, d, step, &m) != KR_OK)
        return KR_ERR;
    return isign(m) == 0;
}

static bool is_exact_int(kr_val v)
{
    return v.tag == KV_INT || kv_is_bool(v) || kv_is_bigint(v);
}

static int64_t int_of(kr_val v) { return v.tag == KV_INT ? v.u.i : v.tag == KV_TRUE; }

/* Linear search for values that are not ints (CPython compares each). */
static int range_search(kr_rt *rt, kr_val o, kr_val x, int64_t *pos)
{
    kr_val len = v_len(o);
    int64_t n = fits(len) ? len.u.i : INT64_MAX;
    for (int64_t i = 0; i < n; i++) {
        kr_val v;
        int eq;
        if (is_big(o)) { if (big_at(rt, o, kv_int(i), &v) != KR_OK) return KR_ERR; }
        else v = kv_int(range_at(KR_AS(kr_range, o), i));
        if (kc_eq(rt, v, x, &eq) != KR_OK) return KR_ERR;
        if (eq) { *pos = i; return KR_OK; }
    }
    *pos = -1;
    return KR_OK;
}

static int range_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    if (is_exact_int(x)) {
        if (is_big(o) || kv_is_bigint(x)) {
            int r = big_has(rt, o, kv_is_bool(x) ? kv_int(int_of(x)) : x);
            if (r == KR_ERR) return KR_ERR;
            *out = r;
            return KR_OK;
        }
        *out = range_has(KR_AS(kr_range, o), int_of(x));
        return KR_OK;
    }
    int64_t pos;
    if (range_search(rt, o, x, &pos) != KR_OK) return KR_ERR;
    *out = pos >= 0;
    return KR_OK;
}

static int range_iter_from(kr_rt *rt, int64_t next, int64_t step, int64_t left, kr_val *out)
{
    kr_obj *io = heap_alloc(&rt->heap, &kt_range_iterator, sizeof(kr_rangeiter));
    if (!io) return kr_nomem(rt);
    kr_rangeiter *it = (kr_rangeiter *)(void *)io;
    it->next = next;
    it->step = step;
    it->left = left;
    *out = kv_obj(io);
    return KR_OK;
}

static int range_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    /* a big range iterates by index (its values computed as ints) */
    if (is_big(o)) return kc_seqiter_new(rt, &kt_seq_iterator, o, 0, out);
    kr_range *r = KR_AS(kr_range, o);
    return range_iter_from(rt, r->start, r->step, r->len, out);
}

/* ---- methods and attributes ---- */

static int m_reversed(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out)
{
    if (kc_noargs(rt, "range.__reversed__", nargs) != KR_OK) return KR_ERR;
    if (is_big(self)) {
        /* range(last, first - step, -step), iterated by index */
        kr_val len = v_len(self), last, nstep, stop, r;
        if (ib(rt, OPB_SUBTRACT, len, kv_int(1), &last) != KR_OK
            || big_at(rt, self, last, &last) != KR_OK
            || ib(rt, OPB_SUBTRACT, kv_int(0), v_step(self), &nstep) != KR_OK
            || ib(rt, OPB_ADD, v_start(self), nstep, &stop) != KR_OK
            || range_make_vals(rt, last, stop, nstep, &r) != KR_OK)
            return KR_ERR;
        return range_iter(rt, r, out);
    }
    kr_range *r = KR_AS(kr_range, self);
    if (r->len == 0) return range_iter_from(rt, r->start, r->step, 0, out);
    __int128 last = (__int128)r->start + (__int128)(r->len - 1) * r->step;
    if (r->step == INT64_MIN) return range_overflow(rt);
    return range_iter_from(rt, (int64_t)last, -r->step, r->len, out);
}

static int m_index(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "range.index", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "range.index", nargs) != KR_OK) return KR_ERR;
    kr_val x = args[0];
    if (is_exact_int(x)) {
        if (kv_is_bool(x)) x = kv_int(int_of(x));
        if (!is_big(self) && !kv_is_bigint(x)) {
            kr_range *r = KR_AS(kr_range, self);
            if (range_has(r, x.u.i)) {
                *out = kv_int((int64_t)(((__int128)x.u.i - r->start) / r->step));
                return KR_OK;
            }
        } else {
            int has = big_has(rt, self, x);
            if (has == KR_ERR) return KR_ERR;
            if (has) {
                kr_val d;
                if (ib(rt, OPB_SUBTRACT, x, v_start(self), &d) != KR_OK) return KR_ERR;
                return ib(rt, OPB_FLOOR_DIVIDE, d, v_step(self), out);
            }
        }
    } else {
        int64_t pos;
        if (range_search(rt, self, x, &pos) != KR_OK) return KR_ERR;
        if (pos >= 0) { *out = kv_int(pos); return KR_OK; }
    }
    return kr_raise(rt, &kt_ValueError, "range.index(x): x not in range");
}

static int m_count(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "range.count", kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, "range.count", nargs) != KR_OK) return KR_ERR;
    kr_val x = args[0];
    if (is_exact_int(x)) {
        int has;
        if (range_contains(rt, self, x, &has) != KR_OK) return KR_ERR;
        *out = kv_int(has);
        return KR_OK;
    }
    kr_val len = v_len(self);
    int64_t n = fits(len) ? len.u.i : INT64_MAX, c = 0;
    for (int64_t i = 0; i < n; i++) {
        kr_val v;
        int eq;
        if (is_big(self)) { if (big_at(rt, self, kv_int(i), &v) != KR_OK) return KR_ERR; }
        else v = kv_int(range_at(KR_AS(kr_range, self), i));
        if (kc_eq(rt, v, x, &eq) != KR_OK) return KR_ERR;
        c += eq;
    }
    *out = kv_int(c);
    return KR_OK;
}

static int get_start(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                     kr_obj *kwnames, kr_val *out)
{
    *out = v_start(self);
    return KR_OK;
}

static int get_stop(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    *out = v_stop(self);
    return KR_OK;
}

static int get_step(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    *out = v_step(self);
    return KR_OK;
}

static KR_CFUNC(reversed_f, "__reversed__", m_reversed, KF_METHOD);
static KR_CFUNC(index_f, "index", m_index, KF_METHOD);
static KR_CFUNC(count_f, "count", m_count, KF_METHOD);
static KR_CFUNC(start_f, "start", get_start, KF_GETTER);
static KR_CFUNC(stop_f, "stop", get_stop, KF_GETTER);
static KR_CFUNC(step_f, "step", get_step, KF_GETTER);
static const kr_cfunc *const range_methods[] = {
    &reversed_f, &index_f, &count_f, &start_f, &stop_f, &step_f, NULL
};

kr_type kt_range = {
    .head = { KR_STATIC_HDR(&kt_type), &range_cls },
    .name = "range",
    .flags = KT_MATCH_SEQ,
    .base = &kt_object,
    .slots = {
        .repr = range_repr, .hash = range_hash, .richcmp = range_richcmp,
        .truth = range_truth, .len = range_len, .getitem = range_getitem,
        .contains = range_contains, .iter = range_iter, .new_ = range_new_slot,
    },
    .basicsize = sizeof(kr_range),
    .methods = range_methods,
};
