/* member_descriptor: one name of a class's __slots__, a kr_val cell at a
 * fixed offset of the instance block (laid out by obj/class.c). */
#include <string.h>

#include "../vm/rt.h"
#include "exc.h"
#include "str.h"
#include "typeobj.h"

typedef struct kmember {
    kr_obj obj;
    kr_type *owner;             /* the class whose __slots__ named it */
    kr_obj *name;               /* str (mangled) */
    size_t offset;              /* of a kr_val in instances of OWNER */
} kmember;

static void member_trace(kr_obj *o, heap_tracer *tr)
{
    kmember *m = (kmember *)o;
    heap_visit_obj(tr, &m->owner->head.obj);
    heap_visit_obj(tr, m->name);
}

static const heap_class member_cls = { "member_descriptor", member_trace, NULL, sizeof(kmember) };

int kmember_new(kr_rt *rt, kr_type *owner, kr_obj *name, size_t offset, kr_val *out)
{
    kmember *m = (kmember *)heap_alloc(&rt->heap, &kt_member_descriptor, sizeof(kmember));
    if (!m) return kr_nomem(rt);
    m->owner = owner;
    m->name = name;
    m->offset = offset;
    *out = kv_obj(&m->obj);
    return KR_OK;
}

/* The cell of M in INST, after CPython's instance check. */
static int member_cell(kr_rt *rt, kmember *m, kr_val inst, kr_val **cell)
{
    if (!kr_isinstance(inst, m->owner) || !kv_is_obj(inst))
        return kr_raise(rt, &kt_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                        kstr_data(m->name), m->owner->name, kr_type_name(inst));
    *cell = (kr_val *)(void *)((char *)kv_as_obj(inst) + m->offset);
    return KR_OK;
}

static int member_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    kmember *m = (kmember *)kv_as_obj(d);
    if (kv_is_undef(inst)) { *out = d; return KR_OK; }
    kr_val *cell;
    if (member_cell(rt, m, inst, &cell) != KR_OK) return KR_ERR;
    if (kv_is_undef(*cell)) return kr_no_attr(rt, inst, m->name);
    *out = *cell;
    return KR_OK;
}

static int member_set(kr_rt *rt, kr_val d, kr_val inst, kr_val value)
{
    kmember *m = (kmember *)kv_as_obj(d);
    kr_val *cell;
    if (member_cell(rt, m, inst, &cell) != KR_OK) return KR_ERR;
    /* deleting an empty slot: CPython's AttributeError carries the bare name */
    if (kv_is_undef(value) && kv_is_undef(*cell))
        return kr_raise(rt, &kt_AttributeError, "%s", kstr_data(m->name));
    *cell = value;
    return KR_OK;
}

static int member_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kmember *m = (kmember *)kv_as_obj(v);
    kr_str *s = kstr_fmt(rt, "<member '%s' of '%s' objects>", kstr_data(m->name), m->owner->name);
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static int member_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kmember *m = (kmember *)kv_as_obj(o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__")) {
        if (n[2] == 'n') { *out = kv_obj(m->name); return KR_OK; }
        kr_str *s = kstr_fmt(rt, "%s.%s", kstr_data(m->owner->qualname ? m->owner->qualname : m->owner->name_str),
                             kstr_data(m->name));
        if (!s) return KR_ERR;
        *out = kstr_val(s);
        return KR_OK;
    }
    if (!strcmp(n, "__objclass__")) { *out = kv_obj(&m->owner->head.obj); return KR_OK; }
    if (!strcmp(n, "__doc__")) { *out = kv_none(); return KR_OK; }
    return kr_generic_getattr(rt, o, name, out);
}

kr_type kt_member_descriptor = {
    .head = { KR_STATIC_HDR(&kt_type), &member_cls },
    .name = "member_descriptor", .base = &kt_object,
    .slots = { .repr = member_repr, .getattr = member_getattr,
               .descr_get = member_get, .descr_set = member_set },
    .basicsize = sizeof(kmember),
};

/* ---- getset_descriptor: the __dict__ and __weakref__ of instances ---- */

typedef struct kgetset {
    kr_obj obj;
    kr_type *owner;
    int which;                  /* KGETSET_* */
} kgetset;

static const char *getset_name(const kgetset *g)
{
    return g->which == KGETSET_DICT ? "__dict__" : "__weakref__";
}

static void getset_trace(kr_obj *o, heap_tracer *tr)
{
    heap_visit_obj(tr, &((kgetset *)o)->owner->head.obj);
}

static const heap_class getset_cls = { "getset_descriptor", getset_trace, NULL, sizeof(kgetset) };

int kgetset_new(kr_rt *rt, kr_type *owner, int which, kr_val *out)
{
    kgetset *g = (kgetset *)heap_alloc(&rt->heap, &kt_getset_descriptor, sizeof(kgetset));
    if (!g) return kr_nomem(rt);
    g->owner = owner;
    g->which = which;
    *out = kv_obj(&g->obj);
    return KR_OK;
}

static int getset_check(kr_rt *rt, kgetset *g, kr_val inst)
{
    if (kv_is_obj(inst) && kr_isinstance(inst, g->owner)) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    getset_name(g), g->owner->name, kr_type_name(inst));
}

static int getset_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    kgetset *g = (kgetset *)kv_as_obj(d);
    if (kv_is_undef(inst)) { *out = d; return KR_OK; }
    if (getset_check(rt, g, inst) != KR_OK) return KR_ERR;
    if (g->which == KGETSET_WEAKREF) { *out = kv_none(); return KR_OK; }
    kr_obj *dict = kr_instance_dict(rt, inst, true);
    if (!dict) return kr_nomem(rt);
    *out = kv_obj(dict);
    return KR_OK;
}

static int getset_set(kr_rt *rt, kr_val d, kr_val inst, kr_val value)
{
    kgetset *g = (kgetset *)kv_as_obj(d);
    if (getset_check(rt, g, inst) != KR_OK) return KR_ERR;
    if (g->which == KGETSET_WEAKREF)
        return kr_raise(rt, &kt_AttributeError, "attribute '__weakref__' of '%s' objects is not writable",
                        g->owner->name);
    kr_type *t = kr_type_of(inst);
    kr_obj **slot = (kr_obj **)(void *)((char *)kv_as_obj(inst) + t->dict_offset);
    if (kv_is_undef(value)) { *slot = NULL; return KR_OK; }
    if (!kv_is_obj(value) || !kr_is_subtype(kv_as_obj(value)->type, &kt_dict))
        return kr_raise(rt, &kt_TypeError, "__dict__ must be set to a dictionary, not a '%s'", kr_type_name(value));
    *slot = kv_as_obj(value);
    return KR_OK;
}

static int getset_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kgetset *g = (kgetset *)kv_as_obj(v);
    kr_str *s = kstr_fmt(rt, "<attribute '%s' of '%s' objects>", getset_name(g), g->owner->name);
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static int getset_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kgetset *g = (kgetset *)kv_as_obj(o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__")) {
        kr_str *s = n[2] == 'n' ? kstr_intern_cstr(rt, getset_name(g))
                                : kstr_fmt(rt, "%s.%s", g->owner->name, getset_name(g));
        if (!s) return KR_ERR;
        *out = kstr_val(s);
        return KR_OK;
    }
    if (!strcmp(n, "__objclass__")) { *out = kv_obj(&g->owner->head.obj); return KR_OK; }
    if (!strcmp(n, "__doc__")) { *out = kv_none(); return KR_OK; }
    return kr_generic_getattr(rt, o, name, out);
}

kr_type kt_getset_descriptor = {
    .head = { KR_STATIC_HDR(&kt_type), &getset_cls },
    .name = "getset_descriptor", .base = &kt_object,
    .slots = { .repr = getset_repr, .getattr = getset_getattr,
               .descr_get = getset_get, .descr_set = getset_set },
    .basicsize = sizeof(kgetset),
};
