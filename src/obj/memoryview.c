/* memoryview over bytes and bytearray: one-dimensional, format 'B'.  A
 * view keeps its base object and an (offset, step, length) window; the
 * base's bytes are fetched on every access, since a bytearray's block may
 * move.  (CPython forbids resizing a bytearray while a view of it exists;
 * krait does not track exports yet, so a view of a shrunk bytearray is
 * clipped to what remains instead.) */
#include <stdio.h>
#include <string.h>

#include "../vm/call.h"
#include "../vm/rt.h"
#include "bytes.h"
#include "exc.h"
#include "num.h"
#include "seq.h"
#include "str.h"

typedef struct kr_memview {
    kr_obj obj;
    kr_val base;                /* a bytes or bytearray */
    int64_t start, step, len;
    bool readonly, released;
} kr_memview;

static void mv_trace(kr_obj *o, heap_tracer *t) { heap_visit_val(t, ((kr_memview *)o)->base); }
static const heap_class mv_cls = { "memoryview", mv_trace, NULL, sizeof(kr_memview) };

/* The base's bytes, and whether the view still fits in them. */
static int mv_data(kr_rt *rt, kr_memview *m, unsigned char **p)
{
    if (m->released)
        return kr_raise(rt, &kt_ValueError, "operation forbidden on released memoryview object");
    const unsigned char *d;
    size_t n;
    if (!kbytes_buffer(m->base, &d, &n)) return kr_raise(rt, &kt_TypeError, "memoryview base is not bytes-like");
    int64_t last = m->len ? m->start + (m->len - 1) * m->step : m->start;
    if (m->len && (last < 0 || (size_t)last >= n || m->start >= (int64_t)n))
        return kr_raise(rt, &kt_IndexError, "memoryview: the underlying buffer shrank");
    *p = (unsigned char *)d;
    return KR_OK;
}

static kr_memview *mv_make(kr_rt *rt, kr_val base, int64_t start, int64_t step, int64_t len, bool ro)
{
    kr_memview *m = (kr_memview *)heap_alloc(&rt->heap, &kt_memoryview, sizeof(kr_memview));
    if (!m) { kr_nomem(rt); return NULL; }
    m->base = base;
    m->start = start;
    m->step = step;
    m->len = len;
    m->readonly = ro;
    return m;
}

static int mv_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_val a[1];
    if (vm_parse_args(rt, "memoryview", "object", args, nargs, kw, a) != KR_OK) return KR_ERR;
    kr_val o = a[0];
    if (kv_is_type(o, &kt_memoryview)) {
        kr_memview *s = KR_AS(kr_memview, o);
        kr_memview *m = mv_make(rt, s->base, s->start, s->step, s->len, s->readonly);
        if (!m) return KR_ERR;
        *out = kv_obj(&m->obj);
        return KR_OK;
    }
    const unsigned char *d;
    size_t n;
    if (!kbytes_buffer(o, &d, &n))
        return kr_raise(rt, &kt_TypeError, "memoryview: a bytes-like object is required, not '%s'", kr_type_name(o));
    kr_memview *m = mv_make(rt, o, 0, 1, (int64_t)n, !kr_isinstance(o, &kt_bytearray));
    if (!m) return KR_ERR;
    *out = kv_obj(&m->obj);
    return KR_OK;
}

static int mv_len(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_memview *m = KR_AS(kr_memview, v);
    if (m->released) return kr_raise(rt, &kt_ValueError, "operation forbidden on released memoryview object");
    *out = m->len;
    return KR_OK;
}

static int mv_index(kr_rt *rt, kr_memview *m, kr_val key, int64_t *i)
{
    if (kint_index_i64(rt, key, i) != KR_OK) {
        if (kr_exc_matches(rt, &kt_TypeError)) {
            kr_exc_clear(rt);
            return kr_raise(rt, &kt_TypeError, "memoryview: invalid slice key");
        }
        return KR_ERR;
    }
    if (*i < 0) *i += m->len;
    if (*i < 0 || *i >= m->len) return kr_raise(rt, &kt_IndexError, "index out of bounds on dimension 1");
    return KR_OK;
}

static int mv_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kr_memview *m = KR_AS(kr_memview, o);
    unsigned char *d;
    if (mv_data(rt, m, &d) != KR_OK) return KR_ERR;
    if (kv_is_type(key, &kt_slice)) {
        int64_t start, stop, step, slen;
        if (kslice_indices(rt, KR_AS(kr_slice, key), m->len, &start, &stop, &step, &slen) != KR_OK) return KR_ERR;
        kr_memview *s = mv_make(rt, m->base, m->start + start * m->step, m->step * step, slen, m->readonly);
        if (!s) return KR_ERR;
        *out = kv_obj(&s->obj);
        return KR_OK;
    }
    int64_t i;
    if (mv_index(rt, m, key, &i) != KR_OK) return KR_ERR;
    *out = kv_int(d[m->start + i * m->step]);
    return KR_OK;
}

static int mv_setitem(kr_rt *rt, kr_val o, kr_val key, kr_val value)
{
    kr_memview *m = KR_AS(kr_memview, o);
    unsigned char *d;
    if (mv_data(rt, m, &d) != KR_OK) return KR_ERR;
    if (m->readonly) return kr_raise(rt, &kt_TypeError, "cannot modify read-only memory");
    if (kv_is_undef(value)) return kr_raise(rt, &kt_TypeError, "cannot delete memory");
    if (kv_is_type(key, &kt_slice)) {
        int64_t start, stop, step, slen;
        if (kslice_indices(rt, KR_AS(kr_slice, key), m->len, &start, &stop, &step, &slen) != KR_OK) return KR_ERR;
        const unsigned char *src;
        size_t n;
        if (!kbytes_buffer(value, &src, &n))
            return kr_raise(rt, &kt_TypeError, "a bytes-like object is required, not '%s'", kr_type_name(value));
        if ((int64_t)n != slen)
            return kr_raise(rt, &kt_ValueError, "memoryview assignment: lvalue and rvalue have different structures");
        unsigned char tmp[256], *copy = (unsigned char *)src;
        if (n <= sizeof tmp) { memcpy(tmp, src, n); copy = tmp; }
        for (int64_t k = 0; k < slen; k++) d[m->start + (start + k * step) * m->step] = copy[k];
        return KR_OK;
    }
    int64_t i, v;
    if (mv_index(rt, m, key, &i) != KR_OK) return KR_ERR;
    if (!kv_is_anyint(value))
        return kr_raise(rt, &kt_TypeError, "memoryview: invalid type for format 'B'");
    if (kint_as_i64(rt, value, &v) != KR_OK || v < 0 || v > 255) {
        kr_exc_clear(rt);
        return kr_raise(rt, &kt_ValueError, "memoryview: invalid value for format 'B'");
    }
    d[m->start + i * m->step] = (unsigned char)v;
    return KR_OK;
}

/* The view's bytes as a new bytes object. */
static int mv_tobytes_val(kr_rt *rt, kr_memview *m, kr_val *out)
{
    unsigned char *d;
    if (mv_data(rt, m, &d) != KR_OK) return KR_ERR;
    kr_bytes *b = kbytes_new(rt, NULL, (size_t)m->len);
    if (!b) return KR_ERR;
    for (int64_t i = 0; i < m->len; i++) b->data[i] = d[m->start + i * m->step];
    *out = kv_obj(&b->obj);
    return KR_OK;
}

static int mv_tobytes(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    return mv_tobytes_val(rt, KR_AS(kr_memview, self), out);
}

static int mv_tolist(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_memview *m = KR_AS(kr_memview, self);
    unsigned char *d;
    if (mv_data(rt, m, &d) != KR_OK) return KR_ERR;
    kr_list *l = klist_new(rt, m->len);
    if (!l) return KR_ERR;
    for (int64_t i = 0; i < m->len; i++)
        if (klist_append(rt, l, kv_int(d[m->start + i * m->step])) != KR_OK) return KR_ERR;
    *out = klist_val(l);
    return KR_OK;
}

static int mv_hex(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_val b;
    if (mv_tobytes_val(rt, KR_AS(kr_memview, self), &b) != KR_OK) return KR_ERR;
    return vm_call_method(rt, b, "hex", args, nargs, out);
}

static int mv_release(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    KR_AS(kr_memview, self)->released = true;
    *out = kv_none();
    return KR_OK;
}

static int mv_enter(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = self;
    return KR_OK;
}

static int mv_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (op != KR_EQ && op != KR_NE) { *out = kr_notimpl(); return KR_OK; }
    kr_memview *m = KR_AS(kr_memview, a);
    kr_val mine, theirs;
    if (kv_is_type(b, &kt_memoryview)) {
        if (mv_tobytes_val(rt, KR_AS(kr_memview, b), &theirs) != KR_OK) return KR_ERR;
    } else {
        const unsigned char *p;
        size_t n;
        if (!kbytes_buffer(b, &p, &n)) { *out = kr_notimpl(); return KR_OK; }
        theirs = b;
    }
    if (m->released) { *out = kv_bool(op == KR_NE ? !kr_is(a, b) : kr_is(a, b)); return KR_OK; }
    if (mv_tobytes_val(rt, m, &mine) != KR_OK) return KR_ERR;
    const unsigned char *p1, *p2;
    size_t n1, n2;
    kbytes_buffer(mine, &p1, &n1);
    kbytes_buffer(theirs, &p2, &n2);
    bool eq = n1 == n2 && (n1 == 0 || memcmp(p1, p2, n1) == 0);
    *out = kv_bool(op == KR_EQ ? eq : !eq);
    return KR_OK;
}

static int mv_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_memview *m = KR_AS(kr_memview, v);
    kr_str *s = kstr_fmt(rt, m->released ? "<released memory at %p>" : "<memory at %p>", (void *)m);
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static int mv_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_memview *m = KR_AS(kr_memview, o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "readonly")) { *out = kv_bool(m->readonly); return KR_OK; }
    if (!strcmp(n, "nbytes")) { *out = kv_int(m->len); return KR_OK; }
    if (!strcmp(n, "itemsize")) { *out = kv_int(1); return KR_OK; }
    if (!strcmp(n, "ndim")) { *out = kv_int(1); return KR_OK; }
    if (!strcmp(n, "obj")) { *out = m->base; return KR_OK; }
    if (!strcmp(n, "contiguous") || !strcmp(n, "c_contiguous") || !strcmp(n, "f_contiguous")) {
        *out = kv_bool(m->step == 1 || m->len <= 1);
        return KR_OK;
    }
    if (!strcmp(n, "format")) {
        kr_str *s = kstr_cstr(rt, "B");
        if (!s) return KR_ERR;
        *out = kstr_val(s);
        return KR_OK;
    }
    if (!strcmp(n, "shape") || !strcmp(n, "strides")) {
        kr_val v = kv_int(n[1] == 'h' ? m->len : m->step);
        kr_tuple *t = ktuple_from(rt, &v, 1);
        if (!t) return KR_ERR;
        *out = ktuple_val(t);
        return KR_OK;
    }
    return kr_generic_getattr(rt, o, name, out);
}

static int mv_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    kr_val l;
    if (mv_tolist(rt, o, NULL, 0, NULL, &l) != KR_OK) return KR_ERR;
    return kr_iter(rt, l, out);
}

static KR_CFUNC(mv_tobytes_f, "tobytes", mv_tobytes, KF_METHOD);
static KR_CFUNC(mv_tolist_f, "tolist", mv_tolist, KF_METHOD);
static KR_CFUNC(mv_hex_f, "hex", mv_hex, KF_METHOD);
static KR_CFUNC(mv_release_f, "release", mv_release, KF_METHOD);
static KR_CFUNC(mv_enter_f, "__enter__", mv_enter, KF_METHOD);
static KR_CFUNC(mv_exit_f, "__exit__", mv_release, KF_METHOD);
static const kr_cfunc *const mv_methods[] = {
    &mv_tobytes_f, &mv_tolist_f, &mv_hex_f, &mv_release_f, &mv_enter_f, &mv_exit_f, NULL,
};

kr_type kt_memoryview = {
    .head = { KR_STATIC_HDR(&kt_type), &mv_cls },
    .name = "memoryview", .base = &kt_object,
    .slots = { .new_ = mv_new, .repr = mv_repr, .len = mv_len, .getitem = mv_getitem,
               .setitem = mv_setitem, .richcmp = mv_richcmp, .getattr = mv_getattr, .iter = mv_iter },
    .basicsize = sizeof(kr_memview), .methods = mv_methods,
};

bool kmemview_buffer(kr_val v, const unsigned char **p, size_t *n)
{
    if (!kv_is_type(v, &kt_memoryview)) return false;
    kr_memview *m = KR_AS(kr_memview, v);
    if (m->released || (m->step != 1 && m->len > 1)) return false;
    const unsigned char *d;
    size_t bn;
    if (!kbytes_buffer(m->base, &d, &bn)) return false;
    if (m->len && (size_t)(m->start + m->len) > bn) return false;
    *p = d + (m->len ? m->start : 0);
    *n = (size_t)m->len;
    return true;
}
