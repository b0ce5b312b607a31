/* mappingproxy: a read-only view of a mapping (dict views' `mapping`
 * attribute; also usable for a type's __dict__).  Reads go to the
 * underlying mapping, natively when it is a dict. */
#include "cont.h"
#include "../compile/opcodes.h"

typedef struct kr_mappingproxy {
    kr_obj obj;
    kr_val mapping;
} kr_mappingproxy;

#define MP(v) (KR_AS(kr_mappingproxy, v)->mapping)

static void mp_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_val(t, ((kr_mappingproxy *)(void *)o)->mapping);
}

static const heap_class mp_cls = { "mappingproxy", mp_trace, NULL, sizeof(kr_mappingproxy) };

kr_obj *kmappingproxy_new(kr_rt *rt, kr_val mapping)
{
    kr_obj *o = heap_alloc(&rt->heap, &kt_mappingproxy, sizeof(kr_mappingproxy));
    if (!o) { kr_nomem(rt); return NULL; }
    ((kr_mappingproxy *)(void *)o)->mapping = mapping;
    return o;
}

static int mp_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                       kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "mappingproxy", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "mappingproxy", nargs, 1, 1) != KR_OK) return KR_ERR;
    kr_val m = args[0];
    kr_type *mt = kr_type_of(m);
    if (!mt->slots.getitem || kv_is_list(m) || kv_is_tuple(m))
        return kr_raise(rt, &kt_TypeError, "mappingproxy() argument must be a mapping, not %s",
                        kr_type_name(m));
    kr_obj *o = kmappingproxy_new(rt, m);
    if (!o) return KR_ERR;
    *out = kv_obj(o);
    return KR_OK;
}

static int mp_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "mappingproxy(");
    if (kc_repr_into(rt, &sb, MP(v)) != KR_OK) { sb_free(&sb); return KR_ERR; }
    sb_putc(&sb, ')');
    return kc_sb_str(rt, &sb, out);
}

static int mp_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (!kv_is_type(a, &kt_mappingproxy)) { *out = kr_notimpl(); return KR_OK; }
    if (kv_is_type(b, &kt_mappingproxy)) b = MP(b);
    return kc_richcmp(rt, MP(a), b, op, out);
}

static int mp_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    int plain = op >= OPB_INPLACE_ADD ? op - OPB_INPLACE_ADD : op;
    if (plain != OPB_OR) { *out = kr_notimpl(); return KR_OK; }
    if (kv_is_type(a, &kt_mappingproxy)) a = MP(a);
    if (kv_is_type(b, &kt_mappingproxy)) b = MP(b);
    kc_nogc_enter(rt);
    int r = kc_sync(rt, kr_binop(rt, OPB_OR, a, b, out), out);
    kc_nogc_leave(rt);
    return r;
}

static int mp_len(kr_rt *rt, kr_val v, int64_t *out) { return kc_len(rt, MP(v), out); }

static int mp_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    return kc_getitem(rt, MP(o), key, out);
}

static int mp_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    if (kv_is_dict(MP(o))) {
        kr_val v;
        int r = kdict_get(rt, KR_AS(kr_dict, MP(o)), x, &v);
        if (r == KR_ERR) return KR_ERR;
        *out = r == KR_OK;
        return KR_OK;
    }
    kc_nogc_enter(rt);
    int r = kr_contains(rt, MP(o), x, out);
    kc_nogc_leave(rt);
    return r;
}

static int mp_iter(kr_rt *rt, kr_val o, kr_val *out) { return kc_iter(rt, MP(o), out); }

/* Methods forward to the mapping's own. */
static int forward(kr_rt *rt, kr_val self, const char *name, const kr_val *args, int nargs,
                   kr_val *out)
{
    kc_nogc_enter(rt);
    int r = kc_sync(rt, vm_call_method(rt, MP(self), name, args, nargs, out), out);
    kc_nogc_leave(rt);
    return r;
}

static int m_get(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                 kr_obj *kwnames, kr_val *out)
{
    if (kc_nokw(rt, "mappingproxy.get", kwnames) != KR_OK) return KR_ERR;
    if (kc_nargs(rt, "get", nargs, 1, 2) != KR_OK) return KR_ERR;
    return forward(rt, self, "get", args, nargs, out);
}

#define FORWARD0(fn, pyname) \
    static int fn(kr_rt *rt, kr_val self, const kr_val *args, int nargs, \
                  kr_obj *kwnames, kr_val *out) \
    { \
        if (kc_nokw(rt, "mappingproxy." pyname, kwnames) != KR_OK) return KR_ERR; \
        if (kc_noargs(rt, "mappingproxy." pyname, nargs) != KR_OK) return KR_ERR; \
        return forward(rt, self, pyname, NULL, 0, out); \
    }

FORWARD0(m_keys, "keys")
FORWARD0(m_values, "values")
FORWARD0(m_items, "items")
FORWARD0(m_copy, "copy")

static int m_reversed(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out)
{
    if (kc_noargs(rt, "mappingproxy.__reversed__", nargs) != KR_OK) return KR_ERR;
    kc_nogc_enter(rt);
    int r = kc_sync(rt, vm_call_special(rt, MP(self), "__reversed__", NULL, 0, out), out);
    kc_nogc_leave(rt);
    if (r == KR_STOP) return kr_raise(rt, &kt_TypeError, "'%s' object is not reversible",
                                      kr_type_name(MP(self)));
    return r;
}

static KR_CFUNC(get_f, "get", m_get, KF_METHOD);
static KR_CFUNC(keys_f, "keys", m_keys, KF_METHOD);
static KR_CFUNC(values_f, "values", m_values, KF_METHOD);
static KR_CFUNC(items_f, "items", m_items, KF_METHOD);
static KR_CFUNC(copy_f, "copy", m_copy, KF_METHOD);
static KR_CFUNC(reversed_f, "__reversed__", m_reversed, KF_METHOD);
static const kr_cfunc *const mp_methods[] = {
    &get_f, &keys_f, &values_f, &items_f, &copy_f, &reversed_f, NULL
};

kr_type kt_mappingproxy = {
    .head = { KR_STATIC_HDR(&kt_type), &mp_cls },
    .name = "mappingproxy",
    .flags = KT_MATCH_MAP,
    .base = &kt_object,
    .slots = {
        .repr = mp_repr, .richcmp = mp_richcmp, .binop = mp_binop, .len = mp_len,
        .getitem = mp_getitem, .contains = mp_contains, .iter = mp_iter, .new_ = mp_new_slot,
    },
    .basicsize = sizeof(kr_mappingproxy),
    .methods = mp_methods,
};
