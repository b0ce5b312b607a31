/* Slot wrappers: a built-in type's C slots seen as dunder methods
 * (`int.__add__`, `object.__init__`, `super().__getitem__(k)`), made on
 * demand when an attribute lookup reaches a static type. */
#include <stdlib.h>
#include <string.h>

#include "../compile/opcodes.h"
#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "seq.h"
#include "str.h"
#include "typeobj.h"

enum {
    SW_REPR, SW_STR, SW_HASH, SW_CMP, SW_BIN, SW_RBIN, SW_IBIN, SW_UNOP, SW_BOOL,
    SW_LEN, SW_GETITEM, SW_SETITEM, SW_DELITEM, SW_CONTAINS, SW_ITER, SW_NEXT,
    SW_CALL, SW_NEW, SW_INIT, SW_GETATTRIBUTE, SW_SETATTR, SW_DELATTR, SW_GET,
    SW_FORMAT, SW_INIT_SUBCLASS, SW_SET, SW_DELETE,
};

typedef struct slotwrap {
    kr_obj obj;
    kr_type *t;
    int16_t which, arg;
    kr_val self;                /* UNDEF: unbound */
    const char *name;
} slotwrap;

static const char *const binop_names[] = {
    "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
    "rshift", "sub", "truediv", "xor",
};
static const char *const cmp_names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
static const char *const un_names[] = { "__neg__", "__pos__", "__invert__", "__abs__" };

#define OWN(t, f) ((t)->slots.f && (!(t)->base || (t)->base->slots.f != (t)->slots.f))

static bool sw_find(kr_type *t, const char *name, int *which, int *arg)
{
    *arg = 0;
    bool obj = t == &kt_object;
    if (!strcmp(name, "__repr__")) { *which = SW_REPR; return OWN(t, repr); }
    if (!strcmp(name, "__str__")) { *which = SW_STR; return obj || OWN(t, str); }
    if (!strcmp(name, "__hash__")) { *which = SW_HASH; return OWN(t, hash); }
    for (int i = 0; i < 6; i++)
        if (!strcmp(name, cmp_names[i])) { *which = SW_CMP; *arg = i; return OWN(t, richcmp); }
    if (!strcmp(name, "__format__")) { *which = SW_FORMAT; return obj; }
    if (!strcmp(name, "__init_subclass__")) { *which = SW_INIT_SUBCLASS; return obj; }
    if (!strcmp(name, "__bool__")) { *which = SW_BOOL; return OWN(t, truth); }
    if (!strcmp(name, "__len__")) { *which = SW_LEN; return OWN(t, len); }
    if (!strcmp(name, "__getitem__")) { *which = SW_GETITEM; return OWN(t, getitem); }
    if (!strcmp(name, "__setitem__")) { *which = SW_SETITEM; return OWN(t, setitem); }
    if (!strcmp(name, "__delitem__")) { *which = SW_DELITEM; return OWN(t, setitem); }
    if (!strcmp(name, "__contains__")) { *which = SW_CONTAINS; return OWN(t, contains); }
    if (!strcmp(name, "__iter__")) { *which = SW_ITER; return OWN(t, iter); }
    if (!strcmp(name, "__next__")) { *which = SW_NEXT; return OWN(t, next); }
    if (!strcmp(name, "__call__")) { *which = SW_CALL; return OWN(t, call); }
    if (!strcmp(name, "__new__")) { *which = SW_NEW; return OWN(t, new_); }
    if (!strcmp(name, "__init__")) { *which = SW_INIT; return OWN(t, init); }
    if (!strcmp(name, "__getattribute__")) { *which = SW_GETATTRIBUTE; return obj || OWN(t, getattr); }
    if (!strcmp(name, "__setattr__")) { *which = SW_SETATTR; return obj || OWN(t, setattr); }
    if (!strcmp(name, "__delattr__")) { *which = SW_DELATTR; return obj || OWN(t, setattr); }
    if (!strcmp(name, "__get__")) { *which = SW_GET; return OWN(t, descr_get); }
    if (!strcmp(name, "__set__")) { *which = SW_SET; return OWN(t, descr_set); }
    if (!strcmp(name, "__delete__")) { *which = SW_DELETE; return OWN(t, descr_set); }
    for (int i = 0; i < 4; i++)
        if (!strcmp(name, un_names[i])) { *which = SW_UNOP; *arg = i; return OWN(t, unop); }
    size_t n = strlen(name);
    if (n > 4 && name[n - 1] == '_' && name[n - 2] == '_') {
        for (int i = 0; i < 13; i++) {
            const char *b = binop_names[i];
            size_t bn = strlen(b);
            if (n == bn + 4 && !strncmp(name + 2, b, bn)) { *which = SW_BIN; *arg = i; return OWN(t, binop); }
            if (n == bn + 5 && name[2] == 'r' && !strncmp(name + 3, b, bn)) { *which = SW_RBIN; *arg = i; return OWN(t, binop); }
            if (n == bn + 5 && name[2] == 'i' && !strncmp(name + 3, b, bn) && (t == &kt_list || t == &kt_bytearray || t == &kt_set || t == &kt_dict)) { *which = SW_IBIN; *arg = i; return OWN(t, binop); }
        }
    }
    return false;
}

/* Every dunder name sw_find knows, as literals that outlive all runtimes. */
static const char *const sw_names[] = {
    "__repr__", "__str__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
    "__format__", "__init_subclass__", "__bool__", "__len__", "__getitem__", "__setitem__",
    "__delitem__", "__contains__", "__iter__", "__next__", "__call__", "__new__", "__init__",
    "__getattribute__", "__setattr__", "__delattr__", "__get__", "__set__", "__delete__",
    "__neg__", "__pos__", "__invert__", "__abs__",
    "__add__", "__and__", "__floordiv__", "__lshift__", "__matmul__", "__mul__", "__mod__", "__or__",
    "__pow__", "__rshift__", "__sub__", "__truediv__", "__xor__",
    "__radd__", "__rand__", "__rfloordiv__", "__rlshift__", "__rmatmul__", "__rmul__", "__rmod__",
    "__ror__", "__rpow__", "__rrshift__", "__rsub__", "__rtruediv__", "__rxor__",
    "__iadd__", "__iand__", "__ifloordiv__", "__ilshift__", "__imatmul__", "__imul__", "__imod__",
    "__ior__", "__ipow__", "__irshift__", "__isub__", "__itruediv__", "__ixor__",
    NULL,
};

/* The unbound slot wrappers of static types are immutable, so they are
 * made once per process (outside every heap, GCF_STATIC) and shared by all
 * runtimes: `A.__init__ is object.__init__` holds as in CPython.  A table
 * of atomically published pointers; when it is full, wrappers are made
 * per lookup in the runtime's heap instead. */
#define SW_CACHE_SIZE 4096
static slotwrap *sw_cache[SW_CACHE_SIZE];


static slotwrap *sw_cached(kr_type *t, int which, int arg, const char *name)
{
    uintptr_t h = ((uintptr_t)t >> 4) * 31u + (uintptr_t)which * 131u + (uintptr_t)arg * 7u;
    for (size_t i = 0; i < 64; i++) {
        size_t k = (h + i) % SW_CACHE_SIZE;
        slotwrap *w = __atomic_load_n(&sw_cache[k], __ATOMIC_ACQUIRE);
        if (w) {
            if (w->t == t && w->which == which && w->arg == arg) return w;
            continue;
        }
        slotwrap *n = calloc(1, sizeof *n);
        if (!n) return NULL;
        n->obj.type = &kt_method_wrapper;
        n->obj.gc_flags = GCF_STATIC;
        n->t = t;
        n->which = (int16_t)which;
        n->arg = (int16_t)arg;
        n->self = kv_undef();
        n->name = name;
        slotwrap *expected = NULL;
        if (__atomic_compare_exchange_n(&sw_cache[k], &expected, n, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            return n;
        free(n);
        /* another thread filled this entry: look at it again */
        if (expected->t == t && expected->which == which && expected->arg == arg) return expected;
    }
    return NULL;
}

kr_val kslotwrap_get(kr_rt *rt, kr_type *t, const char *name)
{
    int which, arg;
    if (!sw_find(t, name, &which, &arg)) return kv_undef();
    const char *lit = NULL;
    for (int i = 0; sw_names[i] && !lit; i++)
        if (!strcmp(sw_names[i], name)) lit = sw_names[i];
    if (!lit) return kv_undef();
    slotwrap *w = (t->flags & KT_HEAPTYPE) ? NULL : sw_cached(t, which, arg, lit);
    if (w) return kv_obj(&w->obj);
    w = (slotwrap *)heap_alloc(&rt->heap, &kt_method_wrapper, sizeof(slotwrap));
    if (!w) { kr_exc_clear(rt); return kv_undef(); }
    w->t = t;
    w->which = (int16_t)which;
    w->arg = (int16_t)arg;
    w->self = kv_undef();
    w->name = lit;
    return kv_obj(&w->obj);
}

static int sw_nargs(kr_rt *rt, slotwrap *w, int have, int want)
{
    if (have == want) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "expected %d argument%s, got %d", want, want == 1 ? "" : "s", have);
}

static int sw_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    slotwrap *w = (slotwrap *)kv_as_obj(f);
    kr_type *t = w->t;
    int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
    if (w->which == SW_NEW) {
        if (nargs < 1)
            return kr_raise(rt, &kt_TypeError, "%s.__new__(): not enough arguments", t->name);
        if (!kv_is_obj(args[0]) || !kr_is_subtype(kv_as_obj(args[0])->type, &kt_type))
            return kr_raise(rt, &kt_TypeError, "%s.__new__(X): X is not a type object (%s)", t->name, kr_type_name(args[0]));
        kr_type *sub = (kr_type *)kv_as_obj(args[0]);
        if (!kr_is_subtype(sub, t))
            return kr_raise(rt, &kt_TypeError, "%s.__new__(%s): %s is not a subtype of %s", t->name, sub->name, sub->name, t->name);
        /* CPython's tp_new_wrapper: the nearest static base of SUB must
         * create its instances with this very __new__ */
        kr_type *sb = sub;
        while (sb->flags & KT_HEAPTYPE) sb = sb->base;
        if (sb->slots.new_ != t->slots.new_)
            return kr_raise(rt, &kt_TypeError, "%s.__new__(%s) is not safe, use %s.__new__()",
                            t->name, sub->name, sb->name);
        if (t == &kt_object && (nargs > 1 || nkw) && sub->slots.new_ != kt_object.slots.new_)
            return kr_raise(rt, &kt_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (t == &kt_object) return t->slots.new_(rt, sub, NULL, 0, NULL, out);
        return t->slots.new_(rt, sub, args + 1, nargs - 1, kwnames, out);
    }
    kr_val self;
    if (!kv_is_undef(w->self)) self = w->self;
    else {
        if (nargs < 1)
            return kr_raise(rt, &kt_TypeError, "descriptor '%s' of '%s' object needs an argument", w->name, t->name);
        self = args[0];
        args++;
        nargs--;
        if (!kr_isinstance(self, t))
            return kr_raise(rt, &kt_TypeError, "descriptor '%s' requires a '%s' object but received a '%s'",
                            w->name, t->name, kr_type_name(self));
    }
    if (nkw && w->which != SW_INIT && w->which != SW_CALL && w->which != SW_INIT_SUBCLASS)
        return kr_raise(rt, &kt_TypeError, "%s() takes no keyword arguments", w->name);
    int st, b;
    int64_t n;
    switch (w->which) {
    case SW_REPR:
        if (sw_nargs(rt, w, nargs, 0)) return KR_ERR;
        return t->slots.repr(rt, self, out);
    case SW_STR:
        if (sw_nargs(rt, w, nargs, 0)) return KR_ERR;
        return t->slots.str ? t->slots.str(rt, self, out) : kr_repr(rt, self, out);
    case SW_HASH:
        if (sw_nargs(rt, w, nargs, 0)) return KR_ERR;
        if (t->slots.hash(rt, self, &n) != KR_OK) return KR_ERR;
        *out = kv_int(n);
        return KR_OK;
    case SW_CMP:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        return t->slots.richcmp(rt, self, args[0], w->arg, out);
    case SW_BIN:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        return t->slots.binop(rt, w->arg, self, args[0], out);
    case SW_RBIN:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        return t->slots.binop(rt, w->arg, args[0], self, out);
    case SW_IBIN:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        return t->slots.binop(rt, w->arg + OPB_INPLACE_ADD, self, args[0], out);
    case SW_UNOP:
        if (sw_nargs(rt, w, nargs, 0)) return KR_ERR;
        return t->slots.unop(rt, w->arg, self, out);
    case SW_BOOL:
        if (sw_nargs(rt, w, nargs, 0)) return KR_ERR;
        if (t->slots.truth(rt, self, &b) != KR_OK) return KR_ERR;
        *out = kv_bool(b);
        return KR_OK;
    case SW_LEN:
        if (sw_nargs(rt, w, nargs, 0)) return KR_ERR;
        if (t->slots.len(rt, self, &n) != KR_OK) return KR_ERR;
        *out = kv_int(n);
        return KR_OK;
    case SW_GETITEM:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        return t->slots.getitem(rt, self, args[0], out);
    case SW_SETITEM:
        if (sw_nargs(rt, w, nargs, 2)) return KR_ERR;
        *out = kv_none();
        return t->slots.setitem(rt, self, args[0], args[1]);
    case SW_DELITEM:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        *out = kv_none();
        return t->slots.setitem(rt, self, args[0], kv_undef());
    case SW_CONTAINS:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        if (t->slots.contains(rt, self, args[0], &b) != KR_OK) return KR_ERR;
        *out = kv_bool(b);
        return KR_OK;
    case SW_ITER:
        if (sw_nargs(rt, w, nargs, 0)) return KR_ERR;
        return t->slots.iter(rt, self, out);
    case SW_NEXT:
        if (sw_nargs(rt, w, nargs, 0)) return KR_ERR;
        st = t->slots.next(rt, self, out);
        if (st == KR_STOP) {
            kr_exc *e = kexc_new(rt, &kt_StopIteration, NULL);
            if (!e) return KR_ERR;
            return kr_raise_obj(rt, kv_obj(&e->obj));
        }
        return st;
    case SW_CALL:
        return t->slots.call(rt, self, args, nargs, kwnames, out);
    case SW_INIT:
        *out = kv_none();
        return t->slots.init(rt, self, args, nargs, kwnames);
    case SW_GETATTRIBUTE:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        if (!kv_is_str(args[0]))
            return kr_raise(rt, &kt_TypeError, "attribute name must be string, not '%s'", kr_type_name(args[0]));
        {
            kr_str *nm = kstr_intern(rt, kstr_data(kv_as_obj(args[0])), (size_t)kstr_nbytes(kv_as_obj(args[0])));
            if (!nm) return KR_ERR;
            if (t->slots.getattr && t != &kt_object) return t->slots.getattr(rt, self, &nm->obj, out);
            return kr_generic_getattr(rt, self, &nm->obj, out);
        }
    case SW_SETATTR:
    case SW_DELATTR:
        if (sw_nargs(rt, w, nargs, w->which == SW_SETATTR ? 2 : 1)) return KR_ERR;
        if (!kv_is_str(args[0]))
            return kr_raise(rt, &kt_TypeError, "attribute name must be string, not '%s'", kr_type_name(args[0]));
        {
            kr_str *nm = kstr_intern(rt, kstr_data(kv_as_obj(args[0])), (size_t)kstr_nbytes(kv_as_obj(args[0])));
            if (!nm) return KR_ERR;
            kr_val v = w->which == SW_SETATTR ? args[1] : kv_undef();
            *out = kv_none();
            if (t->slots.setattr && t != &kt_object) return t->slots.setattr(rt, self, &nm->obj, v);
            return kr_generic_setattr(rt, self, &nm->obj, v);
        }
    case SW_GET:
        if (nargs < 1 || nargs > 2) return sw_nargs(rt, w, nargs, 2);
        return t->slots.descr_get(rt, self, kv_is_none(args[0]) ? kv_undef() : args[0],
                                  nargs == 2 && kv_is_obj(args[1]) ? (kr_type *)kv_as_obj(args[1]) : kr_type_of(args[0]), out);
    case SW_SET:
        if (sw_nargs(rt, w, nargs, 2)) return KR_ERR;
        *out = kv_none();
        return t->slots.descr_set(rt, self, args[0], args[1]);
    case SW_DELETE:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        *out = kv_none();
        return t->slots.descr_set(rt, self, args[0], kv_undef());
    case SW_FORMAT:
        if (sw_nargs(rt, w, nargs, 1)) return KR_ERR;
        if (!kv_is_str(args[0]))
            return kr_raise(rt, &kt_TypeError, "argument to __format__ must be str, not %s", kr_type_name(args[0]));
        if (kstr_nbytes(kv_as_obj(args[0])))
            return kr_raise(rt, &kt_TypeError, "unsupported format string passed to %s.__format__", kr_type_name(self));
        return kr_to_str(rt, self, out);
    case SW_INIT_SUBCLASS:
        {
            const char *cn = kv_is_obj(self) && kr_is_subtype(kv_as_obj(self)->type, &kt_type)
                ? ((kr_type *)kv_as_obj(self))->name : kr_type_name(self);
            if (nkw)
                return kr_raise(rt, &kt_TypeError, "%s.__init_subclass__() takes no keyword arguments", cn);
            if (nargs)
                return kr_raise(rt, &kt_TypeError, "%s.__init_subclass__() takes no arguments (%d given)", cn, nargs);
        }
        *out = kv_none();
        return KR_OK;
    }
    return kr_raise(rt, &kt_SystemError, "bad slot wrapper");
}

static int sw_descr_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    slotwrap *w = (slotwrap *)kv_as_obj(d);
    /* object.__init_subclass__ is a classmethod: it binds the owner */
    if (w->which == SW_INIT_SUBCLASS) inst = kv_obj(&owner->head.obj);
    else if (kv_is_undef(inst) || w->which == SW_NEW) { *out = d; return KR_OK; }
    slotwrap *b = (slotwrap *)heap_alloc(&rt->heap, &kt_method_wrapper, sizeof(slotwrap));
    if (!b) return kr_nomem(rt);
    b->t = w->t;
    b->which = w->which;
    b->arg = w->arg;
    b->name = w->name;
    b->self = inst;
    *out = kv_obj(&b->obj);
    return KR_OK;
}

static int sw_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    slotwrap *w = (slotwrap *)kv_as_obj(v);
    kr_str *s;
    if (kv_is_undef(w->self))
        s = kstr_fmt(rt, "<slot wrapper '%s' of '%s' objects>", w->name, w->t->name);
    else
        s = kstr_fmt(rt, "<method-wrapper '%s' of %s object at %p>", w->name, kr_type_name(w->self),
                     kv_is_obj(w->self) ? (void *)kv_as_obj(w->self) : NULL);
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static void sw_trace(kr_obj *o, heap_tracer *t)
{
    slotwrap *w = (slotwrap *)o;
    heap_visit_val(t, w->self);
}

static const heap_class sw_cls = { "method-wrapper", sw_trace, NULL, sizeof(slotwrap) };

kr_type kt_method_wrapper = {
    .head = { KR_STATIC_HDR(&kt_type), &sw_cls },
    .name = "method-wrapper", .base = &kt_object,
    .slots = { .repr = sw_repr, .call = sw_call, .descr_get = sw_descr_get },
    .basicsize = sizeof(slotwrap),
};
