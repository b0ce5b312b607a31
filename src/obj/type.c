/* The type `type`: attribute lookup along the MRO, descriptors, calling a
 * type, and creating classes. */
#include "typeobj.h"

#include <string.h>

#include "../compile/opcodes.h"
#include "../lib/lib.h"
#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "seq.h"
#include "str.h"

const char *ktype_name(const kr_type *t) { return t->name; }

static void type_trace(kr_obj *o, heap_tracer *tr)
{
    kr_type *t = (kr_type *)o;
    heap_visit_obj(tr, t->bases);
    heap_visit_obj(tr, t->mro);
    heap_visit_obj(tr, t->dict);
    heap_visit_obj(tr, t->name_str);
    heap_visit_obj(tr, t->qualname);
    heap_visit_obj(tr, t->module);
    heap_visit_obj(tr, t->subclasses);
    if (t->base) heap_visit_obj(tr, &t->base->head.obj);
}

static const heap_class type_cls = { "type", type_trace, NULL, sizeof(kr_type) };

/* ---- lookup ---- */

kr_val ktype_static_attr(kr_rt *rt, kr_type *t, const char *name)
{
    if (t->methods)
        for (const kr_cfunc *const *m = t->methods; *m; m++)
            if (!strcmp((*m)->name, name)) return kv_obj((kr_obj *)&(*m)->obj);
    if (name[0] == '_' && name[1] == '_') {
        if (!strcmp(name, "__doc__")) {
            /* every static type's dict has its __doc__ (None when it has none) */
            if (!t->doc) return kv_none();
            kr_str *s = kstr_cstr(rt, t->doc);
            if (!s) { kr_exc_clear(rt); return kv_undef(); }
            return kstr_val(s);
        }
        return kslotwrap_get(rt, t, name);
    }
    return kv_undef();
}

/* A built-in type's own attribute by interned NAME, through the runtime's
 * cache (static types never change, so entries never go stale). */
static kr_val static_attr_cached(kr_rt *rt, kr_type *t, kr_obj *name)
{
    size_t h = (((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 4) * 31) & 1023;
    struct kr_attrcache_entry *e = &rt->attrcache[h];
    if (e->type == t && e->name == name) return e->value;
    kr_val v = ktype_static_attr(rt, t, kstr_data(name));
    if (name->aux & KS_INTERNED) {
        e->type = t;
        e->name = name;
        e->value = v;
    }
    return v;
}

static kr_val type_own_attr(kr_rt *rt, kr_type *t, kr_obj *name)
{
    if (t->dict) return kdict_get_str((kr_dict *)t->dict, (kr_str *)name);
    return static_attr_cached(rt, t, name);
}

kr_val kr_type_lookup(kr_rt *rt, kr_type *t, kr_obj *name)
{
    if (t->mro) {
        size_t h = ((((uintptr_t)t >> 4) ^ ((uintptr_t)name >> 4) * 31) + 512) & 1023;
        struct kr_attrcache_entry *e = &rt->attrcache[h];
        if (e->type == t && e->name == name && e->version == rt->type_version) return e->value;
        kr_val found = kv_undef();
        kr_tuple *m = (kr_tuple *)t->mro;
        for (int64_t i = 0; i < m->len; i++) {
            kr_val v = type_own_attr(rt, (kr_type *)kv_as_obj(m->items[i]), name);
            if (!kv_is_undef(v)) { found = v; break; }
        }
        if (name->aux & KS_INTERNED) {
            e->type = t;
            e->name = name;
            e->value = found;
            e->version = rt->type_version;
        }
        return found;
    }
    for (kr_type *b = t; b; b = b->base) {
        kr_val v = static_attr_cached(rt, b, name);
        if (!kv_is_undef(v)) return v;
    }
    return kv_undef();
}

kr_val kr_type_lookup_cstr(kr_rt *rt, kr_type *t, const char *name)
{
    /* interned, the name hits the attribute cache of built-in types */
    kr_str *n = kstr_intern_cstr(rt, name);
    if (!n) { kr_exc_clear(rt); return kv_undef(); }
    return kr_type_lookup(rt, t, &n->obj);
}

/* ---- descriptors ---- */

int kr_descr_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    if (!kv_is_obj(d)) { *out = d; return KR_OK; }
    kr_obj *o = kv_as_obj(d);
    if (o->type == &kt_function) {
        if (kv_is_undef(inst)) { *out = d; return KR_OK; }
        kr_method *m = (kr_method *)heap_alloc(&rt->heap, &kt_method, sizeof(kr_method));
        if (!m) return kr_nomem(rt);
        m->func = d;
        m->self = inst;
        *out = kv_obj(&m->obj);
        return KR_OK;
    }
    if (o->type == &kt_builtin_function) {
        const kr_cfunc *f = (const kr_cfunc *)o;
        kr_val self;
        if (f->flags & KF_GETTER) {
            if (kv_is_undef(inst)) { *out = d; return KR_OK; }
            return f->fn(rt, inst, NULL, 0, NULL, out);
        }
        if (f->flags & KF_CLASS) self = kv_obj(&owner->head.obj);
        else if ((f->flags & KF_METHOD) && !kv_is_undef(inst)) self = inst;
        else { *out = d; return KR_OK; }
        kr_boundnative *b = (kr_boundnative *)heap_alloc(&rt->heap, &kt_builtin_function, sizeof(kr_boundnative));
        if (!b) return kr_nomem(rt);
        b->f = f;
        b->self = self;
        b->obj.aux = 1;     /* a bound native: see func.c */
        *out = kv_obj(&b->obj);
        return KR_OK;
    }
    kr_type *dt = o->type;
    if (dt->slots.descr_get) return dt->slots.descr_get(rt, d, inst, owner, out);
    *out = d;
    return KR_OK;
}

/* ---- attributes of types ---- */

static int type_special_attr(kr_rt *rt, kr_type *t, const char *n, kr_val *out)
{
    if (!strcmp(n, "__class__")) { *out = kv_obj(&t->head.obj.type->head.obj); return KR_OK; }
    if (!strcmp(n, "__name__")) {
        if (t->name_str) { *out = kv_obj(t->name_str); return KR_OK; }
        const char *dot = strrchr(t->name, '.');
        kr_str *s = kstr_cstr(rt, dot ? dot + 1 : t->name);
        if (!s) return KR_ERR;
        *out = kstr_val(s);
        return KR_OK;
    }
    if (!strcmp(n, "__qualname__")) {
        if (t->qualname) { *out = kv_obj(t->qualname); return KR_OK; }
        return type_special_attr(rt, t, "__name__", out);
    }
    if (!strcmp(n, "__module__") && !(t->flags & KT_HEAPTYPE)) {
        const char *dot = strrchr(t->name, '.');
        kr_str *s = dot ? kstr_new(rt, t->name, (size_t)(dot - t->name)) : kstr_cstr(rt, "builtins");
        if (!s) return KR_ERR;
        *out = kstr_val(s);
        return KR_OK;
    }
    if (!strcmp(n, "__mro__") || !strcmp(n, "__bases__") || !strcmp(n, "__base__")) {
        if (n[2] == 'b' && n[6] == '_') {  /* __base__ */
            *out = t->base ? kv_obj(&t->base->head.obj) : kv_none();
            return KR_OK;
        }
        kr_obj *have = n[2] == 'm' ? t->mro : t->bases;
        if (have) { *out = kv_obj(have); return KR_OK; }
        int64_t cnt = 0;
        for (kr_type *b = t; b; b = b->base) cnt++;
        if (n[2] == 'b') cnt = t->base ? 1 : 0;
        kr_tuple *tu = ktuple_new(rt, cnt);
        if (!tu) return KR_ERR;
        if (n[2] == 'b') { if (cnt) tu->items[0] = kv_obj(&t->base->head.obj); }
        else { int64_t i = 0; for (kr_type *b = t; b; b = b->base) tu->items[i++] = kv_obj(&b->head.obj); }
        *out = ktuple_val(tu);
        return KR_OK;
    }
    if (!strcmp(n, "__dict__")) {
        /* a read-only view; a static type's is a snapshot of its table */
        kr_val m;
        if (t->dict) {
            m = kv_obj(t->dict);
        } else {
            kr_dict *d = kdict_new(rt);
            if (!d) return KR_ERR;
            if (t->methods)
                for (const kr_cfunc *const *mp = t->methods; *mp; mp++)
                    if (kdict_set_cstr(rt, d, (*mp)->name, kv_obj((kr_obj *)&(*mp)->obj)) != KR_OK) return KR_ERR;
            m = kdict_val(d);
        }
        kr_obj *p = kmappingproxy_new(rt, m);
        if (!p) return KR_ERR;
        *out = kv_obj(p);
        return KR_OK;
    }
    if (!strcmp(n, "__annotations__") && t->dict) {
        /* PEP 649: computed by __annotate__(1) on first access, then kept */
        kr_dict *d = (kr_dict *)t->dict;
        kr_val have = kdict_get_cstr(rt, d, "__annotations_cache__");
        if (kv_is_undef(have)) have = kdict_get_cstr(rt, d, "__annotations__");
        if (!kv_is_undef(have)) { *out = have; return KR_OK; }
        kr_val ann = kdict_get_cstr(rt, d, "__annotate__");
        if (kv_is_undef(ann)) ann = kdict_get_cstr(rt, d, "__annotate_func__");
        kr_val r;
        if (!kv_is_undef(ann) && !kv_is_none(ann)) {
            kr_val one = kv_int(1);
            if (vm_call(rt, ann, &one, 1, NULL, &r) != KR_OK) return KR_ERR;
        } else {
            kr_dict *e = kdict_new(rt);
            if (!e) return KR_ERR;
            r = kdict_val(e);
        }
        if (kdict_set_cstr(rt, d, "__annotations_cache__", r) != KR_OK) return KR_ERR;
        *out = r;
        return KR_OK;
    }
    if (!strcmp(n, "__doc__") && !(t->flags & KT_HEAPTYPE)) {
        if (t->doc) {
            kr_str *s = kstr_cstr(rt, t->doc);
            if (!s) return KR_ERR;
            *out = kstr_val(s);
        } else {
            *out = kv_none();
        }
        return KR_OK;
    }
    return KR_STOP;
}

static int type_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_type *t = (kr_type *)kv_as_obj(o);
    kr_type *meta = t->head.obj.type;
    const char *n = kstr_data(name);
    if (n[0] == '_' && n[1] == '_') {
        int r = type_special_attr(rt, t, n, out);
        if (r != KR_STOP) return r;
    }
    kr_val md = kr_type_lookup(rt, meta, name);
    if (!kv_is_undef(md) && kr_type_of(md)->slots.descr_set)
        return kr_descr_get(rt, md, o, meta, out);
    kr_val v = kr_type_lookup(rt, t, name);
    if (!kv_is_undef(v)) {
        if (kv_is_obj(v) && kv_as_obj(v)->type == &kt_builtin_function) {
            const kr_cfunc *f = (const kr_cfunc *)kv_as_obj(v);
            if (f->flags & KF_CLASS) return kr_descr_get(rt, v, kv_undef(), t, out);
            *out = v;
            return KR_OK;
        }
        return kr_descr_get(rt, v, kv_undef(), t, out);
    }
    if (!kv_is_undef(md)) return kr_descr_get(rt, md, o, meta, out);
    if (meta != &kt_type) {
        kr_val ga = kr_type_lookup_cstr(rt, meta, "__getattr__");
        if (!kv_is_undef(ga)) {
            kr_val args[2] = { o, kv_obj(name) };
            return vm_call(rt, ga, args, 2, NULL, out);
        }
    }
    return kr_no_attr(rt, o, name);
}

static int type_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value)
{
    kr_type *t = (kr_type *)kv_as_obj(o);
    if (!(t->flags & KT_HEAPTYPE) || !t->dict)
        return kr_raise(rt, &kt_TypeError,
                        "cannot set '%s' attribute of immutable type '%s'", kstr_data(name), t->name);
    rt->type_version++;         /* cached lookups of every class go stale */
    const char *n = kstr_data(name);
    if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__")) {
        if (!kv_is_str(value))
            return kr_raise(rt, &kt_TypeError, "can only assign string to %s.%s, not '%s'",
                            t->name, n, kr_type_name(value));
        if (n[2] == 'n') { t->name_str = kv_as_obj(value); t->name = kstr_data(t->name_str); }
        else t->qualname = kv_as_obj(value);
        return KR_OK;
    }
    int r;
    if (kv_is_undef(value)) {
        r = kdict_del_str(rt, (kr_dict *)t->dict, (kr_str *)name);
        if (r == KR_STOP) return kr_no_attr(rt, o, name);
    } else {
        r = kdict_set_str(rt, (kr_dict *)t->dict, (kr_str *)name, value);
    }
    if (r == KR_OK && n[0] == '_' && n[1] == '_') ktype_update_slots(t);
    return r;
}

/* ---- calling a type ---- */

static int type_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs,
                     kr_obj *kwnames, kr_val *out)
{
    kr_type *t = (kr_type *)kv_as_obj(f);
    if (t == &kt_type) {
        if (nargs == 1 && !kwnames) {
            *out = kv_obj(&kr_type_of(args[0])->head.obj);
            return KR_OK;
        }
        if (nargs != 3)
            return kr_raise(rt, &kt_TypeError, "type() takes 1 or 3 arguments");
    }
    if (!t->slots.new_)
        return kr_raise(rt, &kt_TypeError, "cannot create '%s' instances", t->name);
    kr_val obj;
    if (t->slots.new_(rt, t, args, nargs, kwnames, &obj) != KR_OK) return KR_ERR;
    /* __init__ runs when __new__ returned an instance of T */
    if (t->slots.init && kr_isinstance(obj, t)) {
        kr_type *ot = kr_type_of(obj);
        if (ot->slots.init && ot->slots.init(rt, obj, args, nargs, kwnames) != KR_OK) return KR_ERR;
    }
    *out = obj;
    return KR_OK;
}

static int type_new_slot(kr_rt *rt, kr_type *meta, const kr_val *args, int nargs,
                         kr_obj *kwnames, kr_val *out)
{
    if (nargs != 3)
        return kr_raise(rt, &kt_TypeError, "type.__new__() takes exactly 3 arguments (%d given)", nargs);
    if (!kv_is_str(args[0]))
        return kr_raise(rt, &kt_TypeError, "type.__new__() argument 1 must be str, not %s", kr_type_name(args[0]));
    if (!kv_is_exact_tuple(args[1]))
        return kr_raise(rt, &kt_TypeError, "type.__new__() argument 2 must be tuple, not %s", kr_type_name(args[1]));
    if (!kv_is_obj(args[2]) || !kr_is_subtype(kv_as_obj(args[2])->type, &kt_dict))
        return kr_raise(rt, &kt_TypeError, "type.__new__() argument 3 must be dict, not %s", kr_type_name(args[2]));
    /* the most derived metaclass of META and the bases' (CPython's
     * _PyType_CalculateMetaclass); its own __new__ runs instead if it has one */
    kr_tuple *bases = (kr_tuple *)kv_as_obj(args[1]);
    kr_type *winner = meta;
    for (int64_t i = 0; i < bases->len; i++) {
        kr_type *bt = kr_type_of(bases->items[i]);
        if (kr_is_subtype(winner, bt)) continue;
        if (kr_is_subtype(bt, winner)) { winner = bt; continue; }
        return kr_raise(rt, &kt_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
    }
    if (winner != meta && winner->slots.new_ != type_new_slot && winner->slots.new_)
        return winner->slots.new_(rt, winner, args, nargs, kwnames, out);
    meta = winner;
    int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
    return ktype_new_class(rt, meta, kv_as_obj(args[0]), kv_as_obj(args[1]), kv_as_obj(args[2]),
                           nkw ? kwnames : NULL, args + nargs, out);
}

static int type_init_slot(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    return KR_OK;
}

static int type_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_type *t = (kr_type *)kv_as_obj(v);
    kr_str *s;
    if (t->flags & KT_HEAPTYPE) {
        kr_val mod = t->dict ? kdict_get_cstr(rt, (kr_dict *)t->dict, "__module__") : kv_undef();
        const char *qn = t->qualname ? kstr_data(t->qualname) : t->name;
        if (kv_is_str(mod) && strcmp(kstr_data(kv_as_obj(mod)), "builtins"))
            s = kstr_fmt(rt, "<class '%s.%s'>", kstr_data(kv_as_obj(mod)), qn);
        else
            s = kstr_fmt(rt, "<class '%s'>", qn);
    } else {
        s = kstr_fmt(rt, "<class '%s'>", t->name);
    }
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static int type_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op == OPB_OR) return lib_union_or(rt, a, b, out);
    *out = kr_notimpl();
    return KR_OK;
}

static int type_mro_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_val m;
    if (type_special_attr(rt, (kr_type *)kv_as_obj(self), "__mro__", &m) != KR_OK) return KR_ERR;
    kr_list *l = klist_from(rt, ((kr_tuple *)kv_as_obj(m))->items, ((kr_tuple *)kv_as_obj(m))->len);
    if (!l) return KR_ERR;
    *out = klist_val(l);
    return KR_OK;
}

static int type_subclasses_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_type *t = (kr_type *)kv_as_obj(self);
    if (t->subclasses) {
        kr_list *src = (kr_list *)t->subclasses;
        kr_list *l = klist_from(rt, src->items, src->len);
        if (!l) return KR_ERR;
        *out = klist_val(l);
        return KR_OK;
    }
    kr_list *l = klist_new(rt, 0);
    if (!l) return KR_ERR;
    *out = klist_val(l);
    return KR_OK;
}

static KR_CFUNC(type_mro_f, "mro", type_mro_m, KF_METHOD);
static KR_CFUNC(type_subclasses_f, "__subclasses__", type_subclasses_m, KF_METHOD);
static const kr_cfunc *const type_methods[] = { &type_mro_f, &type_subclasses_f, NULL };

kr_type kt_type = {
    .head = { KR_STATIC_HDR(&kt_type), &type_cls },
    .name = "type",
    .flags = KT_BASETYPE | KT_TYPE_SUB,
    .base = &kt_object,
    .slots = { .repr = type_repr, .getattr = type_getattr, .setattr = type_setattr,
               .call = type_call, .new_ = type_new_slot, .init = type_init_slot,
               .binop = type_binop },
    .basicsize = sizeof(kr_type),
    .methods = type_methods,
    .doc = "type(object) -> the object's type\n"
        "type(name, bases, dict, **kwds) -> a new type",
};

const kr_type *ktype_owner_of_cfunc(const kr_cfunc *f)
{
#define KR_OWNER_TYPE(n) &kt_##n,
#define KR_OWNER_EXC(n, b) &kt_##n,
    static const kr_type *const all[] = {
        KR_BUILTIN_TYPES(KR_OWNER_TYPE)
        KR_EXC_TYPES(KR_OWNER_EXC)
    };
#undef KR_OWNER_TYPE
#undef KR_OWNER_EXC
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
        if (!all[i]->methods) continue;
        for (const kr_cfunc *const *m = all[i]->methods; *m; m++)
            if (*m == f) return all[i];
    }
    return NULL;
}
