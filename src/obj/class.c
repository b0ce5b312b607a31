/* Creating classes: type(name, bases, dict) and class statements. */
#include <string.h>

#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "seq.h"
#include "str.h"
#include "typeobj.h"
#include "../unicode/unicode.h"
#include "../util/utf8.h"

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
            /* CPython names the distinct heads of the unmerged sequences */
            char buf[1024];
            size_t off = 0;
            kr_obj *seen[64];
            int nseen = 0;
            buf[0] = 0;
            for (int64_t i = 0; i <= nb; i++) {
                if (pos[i] >= seqs[i]->len) continue;
                kr_obj *c = kv_as_obj(seqs[i]->items[pos[i]]);
                bool dup = false;
                for (int j = 0; j < nseen; j++) dup |= seen[j] == c;
                if (dup) continue;
                seen[nseen++] = c;
                if (off < sizeof buf)
                    off += (size_t)snprintf(buf + off, sizeof buf - off, "%s%s", nseen > 1 ? ", " : "",
                                            ((kr_type *)c)->name);
            }
            return kr_raise(rt, &kt_TypeError,
                            "Cannot create a consistent method resolution order (MRO) for bases %s", buf);
        }
        res->items[n++] = kv_obj(cand);
        for (int64_t i = 0; i <= nb; i++)
            if (pos[i] < seqs[i]->len && kv_as_obj(seqs[i]->items[pos[i]]) == cand) pos[i]++;
    }
    /* a tuple's block size follows its length: copy into one of N */
    kr_tuple *exact = ktuple_from(rt, res->items, n);
    if (!exact) return KR_ERR;
    *out = exact;
    return KR_OK;
}

/* Instance layout of a heap class: the block of its static solid base
 * (the built-in type whose C layout it extends), then 16-byte cells, one
 * kr_val per __slots__ member of each class along the base chain, and at
 * most one cell whose first word is the instance dict pointer
 * (dict_offset).  Zeroed cells are KV_UNDEF: an unset slot. */
#define CLASS_CELL sizeof(kr_val)

/* The built-in type whose C layout instances of T have. */
static kr_type *class_static_solid(kr_type *t)
{
    while (t->flags & KT_HEAPTYPE) t = t->base;
    return t;
}

/* Whether heap class T appended __slots__ cells to its base's layout
 * (a dict cell alone does not count, as in CPython's extra_ivars). */
static bool class_adds_slots(kr_type *t)
{
    size_t b = t->base->basicsize;
    size_t extra = t->basicsize - b;
    if (t->dict_offset >= b && t->dict_offset < t->basicsize) extra -= CLASS_CELL;
    return extra > 0;
}

/* The most derived class whose layout instances of T share (CPython's
 * solid_base): a heap class with slots, or the static solid base. */
static kr_type *class_solid(kr_type *t)
{
    while ((t->flags & KT_HEAPTYPE) && !class_adds_slots(t)) t = t->base;
    return t;
}

static void class_trace_instance(kr_obj *o, heap_tracer *tr)
{
    kr_type *t = o->type;
    kr_type *solid = class_static_solid(t);
    const heap_class *sc = solid->head.cls;
    if (sc->trace) sc->trace(o, tr);
    for (size_t off = solid->basicsize; off + CLASS_CELL <= t->basicsize; off += CLASS_CELL) {
        if (off == t->dict_offset) heap_visit_obj(tr, *(kr_obj **)(void *)((char *)o + off));
        else heap_visit_val(tr, *(kr_val *)(void *)((char *)o + off));
    }
}

/* "__x" in class "_C" is stored as "_C__x" (CPython's _Py_Mangle). */
static kr_obj *class_mangle(kr_rt *rt, const char *cls, kr_obj *name)
{
    const char *n = kstr_data(name);
    size_t len = (size_t)kstr_nbytes(name);
    if (n[0] != '_' || n[1] != '_' || (len >= 2 && n[len - 1] == '_' && n[len - 2] == '_')
        || strchr(n, '.'))
        return name;
    while (*cls == '_') cls++;
    if (!*cls) return name;
    kr_str *m = kstr_fmt(rt, "_%s%s", cls, n);
    if (!m) return NULL;
    kr_str *in = kstr_intern(rt, kstr_data(&m->obj), (size_t)kstr_nbytes(&m->obj));
    return in ? &in->obj : NULL;
}

static bool class_is_ident(kr_obj *s)
{
    const char *p = kstr_data(s);
    size_t n = (size_t)kstr_nbytes(s);
    if (!n) return false;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = utf8_decode(p + i, n - i, &cp, 1);
        if (k <= 0) return false;
        if (i == 0 ? !uc_is_id_start(cp) : !uc_is_id_continue(cp)) return false;
        i += (size_t)k;
    }
    return true;
}

/* Whether instances of heap-or-static BASE already support weak references
 * (any heap class without __slots__ along the chain adds them). */
static bool class_has_weakref(kr_rt *rt, kr_type *b)
{
    return kr_is_subtype(b, &kt_type) || !kv_is_undef(kr_type_lookup_cstr(rt, b, "__weakref__"));
}

/* The names of D's __slots__ (UNDEF: none) as a list of interned,
 * mangled str, with the __dict__/__weakref__ entries taken out. */
static int class_slot_names(kr_rt *rt, kr_type *base, const char *clsname, kr_dict *d,
                            kr_list **out, bool *add_dict, bool *add_weak)
{
    *out = NULL;
    *add_dict = false;
    *add_weak = false;
    kr_val sl = kdict_get_cstr(rt, d, "__slots__");
    if (kv_is_undef(sl)) return KR_OK;
    kr_list *items = klist_new(rt, 4);
    if (!items) return KR_ERR;
    if (kv_is_str(sl)) {
        if (klist_append(rt, items, sl) != KR_OK) return KR_ERR;
    } else {
        kr_val it, v;
        if (kr_iter(rt, sl, &it) != KR_OK) return KR_ERR;
        for (;;) {
            int st = kr_next(rt, it, &v);
            if (st == KR_STOP) break;
            if (st != KR_OK) return KR_ERR;
            if (klist_append(rt, items, v) != KR_OK) return KR_ERR;
        }
    }
    kr_list *names = klist_new(rt, items->len);
    if (!names) return KR_ERR;
    bool weak = false;
    for (int64_t i = 0; i < items->len; i++) {
        kr_val v = items->items[i];
        if (!kv_is_str(v))
            return kr_raise(rt, &kt_TypeError, "__slots__ items must be strings, not '%s'", kr_type_name(v));
        if (!class_is_ident(kv_as_obj(v))) return kr_raise(rt, &kt_TypeError, "__slots__ must be identifiers");
        const char *n = kstr_data(kv_as_obj(v));
        if (!strcmp(n, "__dict__")) {
            if (*add_dict || (base->flags & KT_HAS_DICT))
                return kr_raise(rt, &kt_TypeError, "__dict__ slot disallowed: we already got one");
            *add_dict = true;
            continue;
        }
        if (!strcmp(n, "__weakref__")) {
            if (weak || class_has_weakref(rt, base))
                return kr_raise(rt, &kt_TypeError, "__weakref__ slot disallowed: we already got one");
            weak = true;
            continue;
        }
        kr_str *in = kstr_intern(rt, n, (size_t)kstr_nbytes(kv_as_obj(v)));
        if (!in) return KR_ERR;
        kr_obj *m = class_mangle(rt, clsname, &in->obj);
        if (!m) return KR_ERR;
        if (!kv_is_undef(kdict_get_str(d, (kr_str *)m)))
            return kr_raise(rt, &kt_ValueError, "'%s' in __slots__ conflicts with class variable", kstr_data(m));
        if (klist_append(rt, names, kv_obj(m)) != KR_OK) return KR_ERR;
    }
    *out = names;
    *add_weak = weak;
    return KR_OK;
}

int ktype_new_class(kr_rt *rt, kr_type *meta, kr_obj *name, kr_obj *bases_o,
                    kr_obj *dict_o, kr_obj *kwnames, const kr_val *kwvals, kr_val *out)
{
    rt->type_version++;         /* a new class may reuse a dead one's address */
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
    /* layout: the base's, then this class's __slots__ cells and, unless
     * __slots__ leaves it out, a dict cell if the base has no dict */
    kr_type *ssolid = class_static_solid(base);
    kr_list *slots;
    bool add_dict, add_weak;
    if (class_slot_names(rt, base, kstr_data(name), d, &slots, &add_dict, &add_weak) != KR_OK) return KR_ERR;
    bool varsize = ssolid == &kt_tuple || ssolid == &kt_str || ssolid == &kt_bytes || ssolid == &kt_int;
    bool is_meta = kr_is_subtype(ssolid, &kt_type);
    if (slots && slots->len && (varsize || is_meta)) {
        if (ssolid == &kt_str)
            return kr_raise(rt, &kt_NotImplementedError, "nonempty __slots__ in a subclass of 'str' are not supported by krait");
        return kr_raise(rt, &kt_TypeError, "nonempty __slots__ not supported for subtype of '%s'", ssolid->name);
    }
    if (is_meta) {
        /* a metaclass: its instances are classes, whose dict is their own */
        t->basicsize = sizeof(kr_type);
        t->dict_offset = offsetof(kr_type, dict);
    } else if (varsize && ssolid != &kt_int) {
        /* items are inline after the header: instances get no __dict__
         * (as if the class had __slots__ = ()) */
        t->basicsize = ssolid->basicsize;
        t->dict_offset = 0;
    } else {
        size_t size = base->basicsize;
        t->dict_offset = (base->flags & KT_HAS_DICT) ? base->dict_offset : 0;
        if (slots) {
            for (int64_t i = 0; i < slots->len; i++) {
                kr_val md;
                if (kmember_new(rt, t, kv_as_obj(slots->items[i]), size, &md) != KR_OK) return KR_ERR;
                if (kdict_set(rt, d, slots->items[i], md) != KR_OK) return KR_ERR;
                size += CLASS_CELL;
            }
        }
        if ((!slots || add_dict) && !t->dict_offset) {
            t->dict_offset = size;
            size += CLASS_CELL;
        }
        t->basicsize = size;
    }
    if (t->dict_offset) t->flags |= KT_HAS_DICT;
    /* the descriptors of what this class added: __dict__, __weakref__ */
    if (!is_meta) {
        kr_val gs;
        if (t->dict_offset >= base->basicsize && t->dict_offset < t->basicsize) {
            if (kgetset_new(rt, t, KGETSET_DICT, &gs) != KR_OK || kdict_set_cstr(rt, d, "__dict__", gs) != KR_OK)
                return KR_ERR;
        }
        /* CPython's variable-size types (int, tuple, bytes) take no weakrefs */
        bool itemsize = ssolid == &kt_int || ssolid == &kt_tuple || ssolid == &kt_bytes;
        if ((!slots || add_weak) && !itemsize && !class_has_weakref(rt, base)) {
            if (kgetset_new(rt, t, KGETSET_WEAKREF, &gs) != KR_OK || kdict_set_cstr(rt, d, "__weakref__", gs) != KR_OK)
                return KR_ERR;
        }
    }
    t->heap_cls.name = t->name;
    t->heap_cls.trace = class_trace_instance;
    t->heap_cls.free = ssolid->head.cls->free;
    t->heap_cls.size = t->basicsize;
    t->solid_cls = ssolid->head.cls;
    /* instances of T use T's embedded class, except that instances of a
     * metaclass are types, freed with type's static class (heap.c) */
    t->head.cls = is_meta ? kt_type.head.cls : &t->heap_cls;
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
    /* __classdictcell__ (PEP 649: annotation scopes see the class dict) */
    kr_val cdc = kdict_get_cstr(rt, d, "__classdictcell__");
    if (!kv_is_undef(cdc)) {
        if (!kv_is_type(cdc, &kt_cell))
            return kr_raise(rt, &kt_TypeError, "__classdictcell__ must be a nonlocal cell, not %s", kr_type_name(cdc));
        ((kr_cell *)kv_as_obj(cdc))->v = kdict_val(d);
        kr_str *k = kstr_intern_cstr(rt, "__classdictcell__");
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
        if (vm_call(rt, bound, kwvals, 0, nkw ? kwnames : NULL, &r) != KR_OK) return KR_ERR;
        kwnames = NULL;
        break;
    }
    if (kwnames && ((kr_tuple *)kwnames)->len)
        return kr_raise(rt, &kt_TypeError, "%s.__init_subclass__() takes no keyword arguments", t->name);
    *out = tv;
    return KR_OK;
}
