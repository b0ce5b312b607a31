/* Shared helpers of src/lib: see lib_int.h. */
#include "lib_int.h"

#include <stdint.h>

/* ---- running Python code to completion ---- */

int lb_sync(kr_rt *rt, int st, kr_val *out)
{
    while (st == KR_CALL) {
        /* copied: the call may make requests of its own.  The copy is not
         * rooted, so collection is held off until the continuation ran. */
        kr_callreq req = rt->req;
        int npos = req.nargs;   /* positional: as vm_call counts them */
        kr_val res = kv_none();
        rt->in_gc_unsafe++;
        int s = vm_call(rt, req.fn, req.args, npos, req.kwnames, &res);
        if (!req.cont) {
            rt->in_gc_unsafe--;
            if (s == KR_OK) *out = res;
            return s;
        }
        st = req.cont(rt, req.st, s, res, out);
        rt->in_gc_unsafe--;
    }
    return st;
}

int lb_repr(kr_rt *rt, kr_val v, kr_val *out) { return lb_sync(rt, kr_repr(rt, v, out), out); }
int lb_str(kr_rt *rt, kr_val v, kr_val *out) { return lb_sync(rt, kr_to_str(rt, v, out), out); }

int lb_truth(kr_rt *rt, kr_val v, int *out)
{
    kr_val r;
    int st = kr_truth(rt, v, out);
    if (st != KR_CALL) return st;
    /* a __bool__/__len__ request: its result still has to be judged */
    st = lb_sync(rt, st, &r);
    if (st != KR_OK) return st;
    if (kv_is_bool(r)) { *out = kv_as_bool(r); return KR_OK; }
    return kr_truth(rt, r, out);
}

int lb_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    return lb_sync(rt, kr_richcmp(rt, a, b, op, out), out);
}

int lb_cmp_bool(kr_rt *rt, kr_val a, kr_val b, int op, int *out)
{
    /* ints and floats decided here: the common case of min/max/sorted */
    if (kv_is_int(a) && kv_is_int(b)) {
        int64_t x = kv_as_int(a), y = kv_as_int(b);
        switch (op) {
        case KR_LT: *out = x < y; return KR_OK;
        case KR_LE: *out = x <= y; return KR_OK;
        case KR_EQ: *out = x == y; return KR_OK;
        case KR_NE: *out = x != y; return KR_OK;
        case KR_GT: *out = x > y; return KR_OK;
        default: *out = x >= y; return KR_OK;
        }
    }
    if (kv_is_float(a) && kv_is_float(b)) {
        double x = kv_as_float(a), y = kv_as_float(b);
        switch (op) {
        case KR_LT: *out = x < y; return KR_OK;
        case KR_LE: *out = x <= y; return KR_OK;
        case KR_EQ: *out = x == y; return KR_OK;
        case KR_NE: *out = x != y; return KR_OK;
        case KR_GT: *out = x > y; return KR_OK;
        default: *out = x >= y; return KR_OK;
        }
    }
    kr_val r;
    if (lb_richcmp(rt, a, b, op, &r) != KR_OK) return KR_ERR;
    if (kv_is_bool(r)) { *out = kv_as_bool(r); return KR_OK; }
    return lb_truth(rt, r, out);
}

int lb_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    return lb_sync(rt, kr_binop(rt, op, a, b, out), out);
}

int lb_iter(kr_rt *rt, kr_val v, kr_val *out)
{
    /* a class that sets __iter__ = None is not iterable */
    if (kv_is_obj(v) && (kv_as_obj(v)->type->flags & KT_HEAPTYPE)) {
        kr_val m = vm_lookup_special(rt, v, "__iter__");
        if (kv_is_none(m))
            return kr_raise(rt, &kt_TypeError, "'%s' object is not iterable", kr_type_name(v));
    }
    return lb_sync(rt, kr_iter(rt, v, out), out);
}

int lb_next(kr_rt *rt, kr_val it, kr_val *out)
{
    int st = lb_sync(rt, kr_next(rt, it, out), out);
    if (st == KR_ERR && lb_clear_if(rt, &kt_StopIteration)) return KR_STOP;
    return st;
}

int lb_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    int st = kr_hash(rt, v, out);
    if (st != KR_CALL) return st;
    /* a user __hash__ ran: its value, reduced as CPython does */
    kr_val r;
    if (lb_sync(rt, st, &r) != KR_OK) return KR_ERR;
    if (kv_is_int(r)) *out = kv_as_int(r) == -1 ? -2 : kv_as_int(r);
    else if (kv_is_bool(r)) *out = kv_as_bool(r);
    else if (kv_is_bigint(r)) *out = bi_hash(KR_AS(kr_bigint, r)->b);
    else return kr_raise(rt, &kt_TypeError, "__hash__ method should return an integer");
    return KR_OK;
}

int lb_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_obj *kwnames,
            kr_val *out)
{
    return lb_sync(rt, vm_call(rt, f, args, nargs, kwnames, out), out);
}

int lb_getattr(kr_rt *rt, kr_val o, const char *name, kr_val *out)
{
    return lb_sync(rt, kr_getattr_cstr(rt, o, name, out), out);
}

int lb_call_special(kr_rt *rt, kr_val obj, const char *name, const kr_val *args, int nargs,
                    kr_val *out)
{
    return lb_sync(rt, vm_call_special(rt, obj, name, args, nargs, out), out);
}

int lb_index(kr_rt *rt, kr_val v, kr_val *out)
{
    return lb_sync(rt, kint_index(rt, v, out), out);
}

/* ---- arguments ---- */

int lb_nokw(kr_rt *rt, const char *name, kr_obj *kwnames)
{
    if (lb_nkw(kwnames))
        return kr_raise(rt, &kt_TypeError, "%s() takes no keyword arguments", name);
    return KR_OK;
}

int lb_onearg(kr_rt *rt, const char *name, int nargs, kr_obj *kwnames)
{
    if (lb_nokw(rt, name, kwnames) != KR_OK) return KR_ERR;
    if (nargs != 1)
        return kr_raise(rt, &kt_TypeError, "%s() takes exactly one argument (%d given)", name, nargs);
    return KR_OK;
}

int lb_noargs(kr_rt *rt, const char *name, int nargs, kr_obj *kwnames)
{
    if (lb_nokw(rt, name, kwnames) != KR_OK) return KR_ERR;
    if (nargs)
        return kr_raise(rt, &kt_TypeError, "%s() takes no arguments (%d given)", name, nargs);
    return KR_OK;
}

int lb_nargs(kr_rt *rt, const char *name, int nargs, int min, int max, kr_obj *kwnames)
{
    if (lb_nokw(rt, name, kwnames) != KR_OK) return KR_ERR;
    if (nargs < min)
        return kr_raise(rt, &kt_TypeError, "%s expected %s%d argument%s, got %d", name,
                        min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    if (nargs > max)
        return kr_raise(rt, &kt_TypeError, "%s expected %s%d argument%s, got %d", name,
                        min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return KR_OK;
}

int lb_badkw(kr_rt *rt, const char *name, const char *kw)
{
    return kr_raise(rt, &kt_TypeError, "%s() got an unexpected keyword argument '%s'", name, kw);
}

/* ---- values ---- */

int lb_str_new(kr_rt *rt, const char *s, size_t n, kr_val *out)
{
    kr_str *r = kstr_new(rt, s, n);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

int lb_sb_str(kr_rt *rt, strbuf *sb, kr_val *out)
{
    if (sb->oom) { sb_free(sb); return kr_nomem(rt); }
    int st = lb_str_new(rt, sb->p ? sb->p : "", sb->len, out);
    sb_free(sb);
    return st;
}

size_t lb_max_bytes(kr_rt *rt)
{
    const mem_state *m = &rt->heap.mem;
    if (!m->limit) return SIZE_MAX / 4;
    return m->used < m->limit ? m->limit - m->used : 0;
}

bool lb_clear_if(kr_rt *rt, kr_type *t)
{
    if (!kr_exc_matches(rt, t)) return false;
    kr_exc_clear(rt);
    return true;
}

kr_frame *lb_py_frame(kr_rt *rt)
{
    kr_frame *f = rt->frame;
    while (f && f->kind != KF_PY) f = f->prev;
    return f;
}

kr_val lb_sys_attr(kr_rt *rt, const char *name)
{
    if (!rt->modules) return kv_undef();
    kr_val sys = kdict_get_cstr(rt, (kr_dict *)rt->modules, "sys");
    if (!kv_is_type(sys, &kt_module)) return kv_undef();
    kr_module *m = KR_AS(kr_module, sys);
    if (!m->dict) return kv_undef();
    return kdict_get_cstr(rt, (kr_dict *)m->dict, name);
}
