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
