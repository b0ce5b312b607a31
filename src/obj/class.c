/* Creating classes: type(name, bases, dict) and class statements. */
#include <string.h>

#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "seq.h"
#include "str.h"
#include "typeobj.h"

/* C3 linearisation of T's bases (CPython's mro_implementation). */
static int class_c3(kr_rt *rt, kr_type *t, kr_tuple *bases, kr_tuple **out)
{
    int64_t nb = bases->len;
    /* sequences to merge: each base's MRO, then the bases list */
    int64_t total = 1;
    kr_tuple *seqs[64];
    int64_t pos[64];
    if (nb + 1 > 64) return kr_raise(rt, &kt_TypeError, "too many base classes");
    for (int64_t i = 0; i < nb; i++) {
        kr_type *b = (kr_type *)kv_as_obj(bases->items[i]);
        kr_val m;
        if (kr_getattr_cstr(rt, kv_obj(&b->head.obj), "__mro__", &m) != KR_OK) return KR_ERR;
        seqs[i] = (kr_tuple *)kv_as_obj(m);
        total += seqs[i]->len;
        pos[i] = 0;
    }
    seqs[nb] = bases;
    pos[nb] = 0;
    kr_tuple *res = ktuple_new(rt, total);
    if (!res) return KR_ERR;
    int64_t n = 0;
    res->items[n++] = kv_obj(&t->head.obj);
    for (;;) {
        bool any = false;
        kr_obj *cand = NULL;
        for (int64_t i = 0; i <= nb; i++) {
            if (pos[i] >= seqs[i]->len) continue;
            any = true;
            kr_obj *c = kv_as_obj(seqs[i]->items[pos[i]]);
            /* c must not be in the tail of any sequence */
            bool in_tail = false;
            for (int64_t j = 0; j <= nb && !in_tail; j++)
                for (int64_t k = pos[j] + 1; k < seqs[j]->len; k++)
                    if (kv_as_obj(seqs[j]->items[k]) == c) { in_tail = true; break; }
            if (!in_tail) { cand = c; break; }
        }
        if (!any) break;
        if (!cand) {
            return kr_raise(rt, &kt_TypeError,
                            "Cannot create a consistent method resolution order (MRO) for bases %s",
                            ((kr_type *)kv_as_obj(bases->items[0]))->name);
        }
        res->items[n++] = kv_obj(cand);
        for (int64_t i = 0; i <= nb; i++)
            if (pos[i] < seqs[i]->len && kv_as_obj(seqs[i]->items[pos[i]]) == cand) pos[i]++;
    }
    res->len = n;
    *out = res;
    return KR_OK;
}

/* The built-in type whose layout instances of T have. */
static kr_type *class_solid(kr_type *t)
{
    while (t->flags & KT_HEAPTYPE) t = t->base;
    return t;
}

static void class_trace_instance(kr_obj *o, heap_tracer *tr)
{
    kr_type *t = o->type;
    kr_type *solid = class_solid(t);
    const heap_class *sc = solid->head.cls;
    if (sc->trace) sc->trace(o, tr);
    if (!(solid->flags & KT_HAS_DICT) && t->dict_offset)
        heap_visit_obj(tr, *(kr_obj **)(void *)((char *)o + t->dict_offset));
}

int ktype_new_class(kr_rt *rt, kr_type *meta, kr_obj *name, kr_obj *bases_o,
                    kr_obj *dict_o, kr_obj *kwnames, const kr_val *kwvals, kr_val *out)
{
    kr_tuple *bases = (kr_tuple *)bases_o;
    if (bases->len == 0) {
        kr_tuple *b = ktuple_new(rt, 1);
        if (!b) return KR_ERR;
        b->items[0] = kv_obj(&kt_object.head.obj);
        bases = b;
    }
    /* the best base: the one whose solid base is the most derived */
    kr_type *base = NULL, *solid = NULL;
    for (int64_t i = 0; i < bases->len; i++) {
        kr_val bv = bases->items[i];
        if (!kv_is_obj(bv) || !kr_is_subtype(kv_as_obj(bv)->type, &kt_type))
            return kr_raise(rt, &kt_TypeError, "bases must be types");
        kr_type *b = (kr_type *)kv_as_obj(bv);
        if (!(b->flags & KT_BASETYPE))
            return kr_raise(rt, &kt_TypeError, "type '%s' is not an acceptable base type", b->name);
        for (int64_t j = 0; j < i; j++)
            if (kv_as_obj(bases->items[j]) == &b->head.obj)
                return kr_raise(rt, &kt_TypeError, "duplicate base class %s", b->name);
        kr_type *s = class_solid(b);
        if (!solid || kr_is_subtype(s, solid)) { solid = s; base = b; }
        else if (!kr_is_subtype(solid, s))
            return kr_raise(rt, &kt_TypeError, "multiple bases have instance lay-out conflict");
    }
    /* every class is a bare kr_type, whatever its metaclass */
    kr_type *t = (kr_type *)heap_alloc(&rt->heap, meta, sizeof(kr_type));
    if (!t) return kr_nomem(rt);
    t->head.obj.gc_flags |= GCF_TYPEOBJ;
    t->name_str = name;
    t->name = kstr_data(name);
    t->base = base;
    t->bases = &bases->obj;
    t->flags = KT_HEAPTYPE | KT_BASETYPE | KT_USER_SLOTS
             | (base->flags & (KT_EXCEPTION | KT_INT_SUB | KT_STR_SUB | KT_TUPLE_SUB | KT_LIST_SUB
                               | KT_DICT_SUB | KT_TYPE_SUB | KT_MATCH_SEQ | KT_MATCH_MAP));
    for (int64_t i = 0; i < bases->len; i++)
        t->flags |= ((kr_type *)kv_as_obj(bases->items[i]))->flags & (KT_MATCH_SEQ | KT_MATCH_MAP);
    kr_dict *d = kdict_copy(rt, (kr_dict *)dict_o);
    if (!d) return KR_ERR;
    t->dict = &d->obj;
    kr_tuple *mro = NULL;
    if (class_c3(rt, t, bases, &mro) != KR_OK) return KR_ERR;
    t->mro = &mro->obj;
    /* layout: the solid base's, plus a dict pointer */
    if (kr_is_subtype(solid, &kt_type)) {
        /* a metaclass: its instances are classes, whose dict is their own */
        t->basicsize = sizeof(kr_type);
        t->dict_offset = offsetof(kr_type, dict);
    } else if (solid->flags & KT_HAS_DICT) {
        t->basicsize = base->basicsize;
        t->dict_offset = base->dict_offset ? base->dict_offset : solid->dict_offset;
    } else if (base->flags & KT_HEAPTYPE) {
        t->basicsize = base->basicsize;
        t->dict_offset = base->dict_offset;
    } else {
        t->basicsize = solid->basicsize + sizeof(kr_obj *);
        t->dict_offset = solid->basicsize;
    }
    t->flags |= KT_HAS_DICT;
    t->heap_cls.name = t->name;
    t->heap_cls.trace = class_trace_instance;
    t->heap_cls.free = solid->head.cls->free;
    t->heap_cls.size = t->basicsize;
    t->solid_cls = solid->head.cls;
    /* instances of T use T's embedded class, except that instances of a
     * metaclass are types, freed with type's static class (heap.c) */
    t->head.cls = kr_is_subtype(solid, &kt_type) ? kt_type.head.cls : &t->heap_cls;
    /* __qualname__, __module__, __doc__ */
    kr_val qn = kdict_get_cstr(rt, d, "__qualname__");
    if (!kv_is_undef(qn)) {
        if (!kv_is_str(qn))
            return kr_raise(rt, &kt_TypeError, "type __qualname__ must be a str, not %s", kr_type_name(qn));
        t->qualname = kv_as_obj(qn);
        kr_str *k = kstr_intern_cstr(rt, "__qualname__");
        if (!k || kdict_del_str(rt, d, k) == KR_ERR) return KR_ERR;
    } else {
        t->qualname = name;
    }
    if (kv_is_undef(kdict_get_cstr(rt, d, "__module__"))) {
        kr_val mod = kv_undef();
        if (rt->frame && rt->frame->globals)
            mod = kdict_get_cstr(rt, (kr_dict *)rt->frame->globals, "__name__");
        if (!kv_is_undef(mod) && kdict_set_cstr(rt, d, "__module__", mod) != KR_OK) return KR_ERR;
    }
    if (kv_is_undef(kdict_get_cstr(rt, d, "__doc__")))
        if (kdict_set_cstr(rt, d, "__doc__", kv_none()) != KR_OK) return KR_ERR;
    /* __eq__ without __hash__ makes instances unhashable */
    if (!kv_is_undef(kdict_get_cstr(rt, d, "__eq__")) && kv_is_undef(kdict_get_cstr(rt, d, "__hash__")))
        if (kdict_set_cstr(rt, d, "__hash__", kv_none()) != KR_OK) return KR_ERR;
    /* __new__, __init_subclass__ and __class_getitem__ are implicitly
     * static / class methods */
    kr_val nw = kdict_get_cstr(rt, d, "__new__");
    if (kv_is_type(nw, &kt_function)) {
        kr_wrapper *w = (kr_wrapper *)heap_alloc(&rt->heap, &kt_staticmethod, sizeof(kr_wrapper));
        if (!w) return kr_nomem(rt);
        w->f = nw;
        if (kdict_set_cstr(rt, d, "__new__", kv_obj(&w->obj)) != KR_OK) return KR_ERR;
    }
    static const char *const implicit_cm[] = { "__init_subclass__", "__class_getitem__" };
    for (int i = 0; i < 2; i++) {
        kr_val f = kdict_get_cstr(rt, d, implicit_cm[i]);
        if (kv_is_type(f, &kt_function)) {
            kr_wrapper *w = (kr_wrapper *)heap_alloc(&rt->heap, &kt_classmethod, sizeof(kr_wrapper));
            if (!w) return kr_nomem(rt);
            w->f = f;
            if (kdict_set_cstr(rt, d, implicit_cm[i], kv_obj(&w->obj)) != KR_OK) return KR_ERR;
        }
    }
    ktype_update_slots(t);
    /* record T in its bases' subclass lists */
    for (int64_t i = 0; i < bases->len; i++) {
        kr_type *b = (kr_type *)kv_as_obj(bases->items[i]);
        if (!(b->flags & KT_HEAPTYPE)) continue;
        if (!b->subclasses) {
            kr_list *l = klist_new(rt, 1);
            if (!l) return KR_ERR;
            b->subclasses = &l->obj;
        }
        if (klist_append(rt, (kr_list *)b->subclasses, kv_obj(&t->head.obj)) != KR_OK) return KR_ERR;
    }
    kr_val tv = kv_obj(&t->head.obj);
    /* __classcell__ gets the class */
    kr_val cc = kdict_get_cstr(rt, d, "__classcell__");
    if (!kv_is_undef(cc)) {
        if (kv_is_type(cc, &kt_cell)) ((kr_cell *)kv_as_obj(cc))->v = tv;
        kr_str *k = kstr_intern_cstr(rt, "__classcell__");
        if (!k || kdict_del_str(rt, d, k) == KR_ERR) return KR_ERR;
    }
    /* __set_name__ of the attributes, then the parent's __init_subclass__ */
    int64_t pos = 0;
    dk_entry *e;
    while (dk_next(&d->t, &pos, &e)) {
        kr_val v = e->value, r;
        kr_val sn = vm_lookup_special(rt, v, "__set_name__");
        if (kv_is_undef(sn)) continue;
        kr_val args[3] = { v, tv, e->key };
        if (vm_call(rt, sn, args, 3, NULL, &r) != KR_OK) return KR_ERR;
    }
    for (int64_t i = 1; i < mro->len; i++) {
        kr_type *b = (kr_type *)kv_as_obj(mro->items[i]);
        kr_val isc = b->dict ? kdict_get_cstr(rt, (kr_dict *)b->dict, "__init_subclass__") : kv_undef();
        if (kv_is_undef(isc)) continue;
        kr_val bound, r;
        if (kr_descr_get(rt, isc, kv_undef(), t, &bound) != KR_OK) return KR_ERR;
        int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
        if (vm_call(rt, bound, kwvals, 0 + nkw, nkw ? kwnames : NULL, &r) != KR_OK) return KR_ERR;
        kwnames = NULL;
        break;
    }
    if (kwnames && ((kr_tuple *)kwnames)->len)
        return kr_raise(rt, &kt_TypeError, "%s.__init_subclass__() takes no keyword arguments", t->name);
    *out = tv;
    return KR_OK;
}
