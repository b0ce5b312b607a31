/* The slots of user classes: each looks up the dunder method on the type
 * and calls it (vm_call), checking the result as CPython does.
 * ktype_update_slots decides, slot by slot, whether a class gets these or
 * inherits its base's C slot. */
#include <string.h>

#include "../compile/opcodes.h"
#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "num.h"
#include "seq.h"
#include "str.h"
#include "typeobj.h"

static int call_dunder(kr_rt *rt, kr_val self, const char *name, const kr_val *args,
                       int nargs, kr_val *out)
{
    int r = vm_call_special(rt, self, name, args, nargs, out);
    /* CPython's slot functions raise a bare AttributeError(name) */
    if (r == KR_STOP) return kr_raise(rt, &kt_AttributeError, "%s", name);
    return r;
}

static int slot_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_val r;
    /* the caller (kr_repr / kr_to_str) checks the type, naming its dunder */
    if (call_dunder(rt, v, "__repr__", NULL, 0, &r) != KR_OK) return KR_ERR;
    *out = r;
    return KR_OK;
}

static int slot_str(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_val r;
    if (call_dunder(rt, v, "__str__", NULL, 0, &r) != KR_OK) return KR_ERR;
    if (!kv_is_str(r))
        return kr_raise(rt, &kt_TypeError, "__str__ returned non-string (type %s)", kr_type_name(r));
    *out = r;
    return KR_OK;
}

static int slot_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_val r;
    if (call_dunder(rt, v, "__hash__", NULL, 0, &r) != KR_OK) return KR_ERR;
    if (kv_is_int(r)) {
        int64_t h = kv_as_int(r);
        *out = h == -1 ? -2 : h;
        return KR_OK;
    }
    if (kv_is_anyint(r)) return kr_hash(rt, r, out);
    return kr_raise(rt, &kt_TypeError, "__hash__ method should return an integer");
}

static const char *const cmp_names[] = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

static int slot_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    int r = vm_call_special(rt, a, cmp_names[op], &b, 1, out);
    if (r == KR_STOP) { *out = kr_notimpl(); return KR_OK; }
    return r;
}

static const char *const binop_names[] = {
    "add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
    "rshift", "sub", "truediv", "xor",
};

static int slot_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out);

static int binop_try(kr_rt *rt, kr_val self, const char *prefix, int op, kr_val other, kr_val *out)
{
    char name[24];
    snprintf(name, sizeof name, "__%s%s__", prefix, binop_names[op]);
    int r = vm_call_special(rt, self, name, &other, 1, out);
    if (r == KR_STOP) { *out = kr_notimpl(); return KR_OK; }
    return r;
}

static int slot_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    kr_type *ta = kr_type_of(a), *tb = kr_type_of(b);
    if (op >= OPB_INPLACE_ADD) {
        if (ta->slots.binop != slot_binop) { *out = kr_notimpl(); return KR_OK; }
        return binop_try(rt, a, "i", op - OPB_INPLACE_ADD, b, out);
    }
    bool a_mine = ta->slots.binop == slot_binop;
    bool b_mine = ta != tb && tb->slots.binop == slot_binop;
    if (a_mine) {
        if (b_mine && kr_is_subtype(tb, ta)) {
            if (binop_try(rt, b, "r", op, a, out) != KR_OK) return KR_ERR;
            if (!kr_is_notimpl(*out)) return KR_OK;
            b_mine = false;
        }
        if (binop_try(rt, a, "", op, b, out) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(*out)) return KR_OK;
    }
    if (b_mine) return binop_try(rt, b, "r", op, a, out);
    *out = kr_notimpl();
    return KR_OK;
}

static int slot_unop(kr_rt *rt, int op, kr_val a, kr_val *out)
{
    static const char *const names[] = { "__neg__", "__pos__", "__invert__", "__abs__" };
    int r = vm_call_special(rt, a, names[op], NULL, 0, out);
    if (r == KR_STOP) { *out = kr_notimpl(); return KR_OK; }
    return r;
}

static int slot_truth(kr_rt *rt, kr_val v, int *out)
{
    kr_val r;
    int st = vm_call_special(rt, v, "__bool__", NULL, 0, &r);
    if (st == KR_STOP) {
        int64_t n;
        st = vm_call_special(rt, v, "__len__", NULL, 0, &r);
        if (st == KR_STOP) { *out = 1; return KR_OK; }
        if (st != KR_OK) return st;
        if (kint_index_i64(rt, r, &n) != KR_OK) return KR_ERR;
        if (n < 0) return kr_raise(rt, &kt_ValueError, "__len__() should return >= 0");
        *out = n != 0;
        return KR_OK;
    }
    if (st != KR_OK) return st;
    if (!kv_is_bool(r))
        return kr_raise(rt, &kt_TypeError, "__bool__ should return bool, returned %s", kr_type_name(r));
    *out = kv_as_bool(r);
    return KR_OK;
}

static int slot_len(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_val r;
    if (call_dunder(rt, v, "__len__", NULL, 0, &r) != KR_OK) return KR_ERR;
    if (!kv_is_anyint(r))
        return kr_raise(rt, &kt_TypeError, "'%s' object cannot be interpreted as an integer", kr_type_name(r));
    int64_t n;
    if (kint_as_i64(rt, r, &n) != KR_OK) {
        kr_exc_clear(rt);
        return kr_raise(rt, &kt_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (n < 0) return kr_raise(rt, &kt_ValueError, "__len__() should return >= 0");
    *out = n;
    return KR_OK;
}

static int slot_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    return call_dunder(rt, o, "__getitem__", &key, 1, out);
}

static int slot_setitem(kr_rt *rt, kr_val o, kr_val key, kr_val value)
{
    kr_val r;
    if (kv_is_undef(value)) return call_dunder(rt, o, "__delitem__", &key, 1, &r);
    kr_val args[2] = { key, value };
    return call_dunder(rt, o, "__setitem__", args, 2, &r);
}

static int slot_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    kr_val r;
    int st = vm_call_special(rt, o, "__contains__", &x, 1, &r);
    if (st == KR_STOP) return kr_contains_by_iter(rt, o, x, out);
    if (st != KR_OK) return st;
    return kr_truth(rt, r, out);
}

static int slot_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    kr_val r;
    if (kv_is_none(vm_lookup_special(rt, o, "__iter__")))
        return kr_raise(rt, &kt_TypeError, "'%s' object is not iterable", kr_type_name(o));
    int st = vm_call_special(rt, o, "__iter__", NULL, 0, &r);
    if (st == KR_STOP) {
        if (!kv_is_undef(vm_lookup_special(rt, o, "__getitem__"))) {
            kr_seqiter *it = (kr_seqiter *)heap_alloc(&rt->heap, &kt_seq_iterator, sizeof(kr_seqiter));
            if (!it) return kr_nomem(rt);
            it->seq = o;
            *out = kv_obj(&it->obj);
            return KR_OK;
        }
        return kr_raise(rt, &kt_TypeError, "'%s' object is not iterable", kr_type_name(o));
    }
    if (st != KR_OK) return st;
    if (!kr_type_of(r)->slots.next)
        return kr_raise(rt, &kt_TypeError, "iter() returned non-iterator of type '%s'", kr_type_name(r));
    *out = r;
    return KR_OK;
}

static int slot_next(kr_rt *rt, kr_val it, kr_val *out)
{
    int st = call_dunder(rt, it, "__next__", NULL, 0, out);
    if (st == KR_ERR && kr_exc_matches(rt, &kt_StopIteration)) {
        kr_exc_clear(rt);
        return KR_STOP;
    }
    return st;
}

static int slot_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs,
                     kr_obj *kwnames, kr_val *out)
{
    kr_val m = vm_lookup_special(rt, f, "__call__");
    if (kv_is_undef(m))
        return kr_raise(rt, &kt_TypeError, "'%s' object is not callable", kr_type_name(f));
    kr_val bound;
    if (kr_descr_get(rt, m, f, kr_type_of(f), &bound) != KR_OK) return KR_ERR;
    return vm_call(rt, bound, args, nargs, kwnames, out);
}

static int slot_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    kr_val f = kr_type_lookup_cstr(rt, t, "__new__");
    kr_val fn;
    if (kr_descr_get(rt, f, kv_undef(), t, &fn) != KR_OK) return KR_ERR;
    int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
    int n = nargs + nkw + 1;
    kr_val small[16], *a = small;
    if (n > 16) {
        a = mem_alloc(&rt->heap.mem, (size_t)n * sizeof(kr_val));
        if (!a) return kr_nomem(rt);
    }
    a[0] = kv_obj(&t->head.obj);
    for (int i = 0; i < nargs + nkw; i++) a[i + 1] = args[i];
    int r = vm_call(rt, fn, a, nargs + 1, kwnames, out);
    if (a != small) mem_free(&rt->heap.mem, a, (size_t)n * sizeof(kr_val));
    return r;
}

static int slot_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    kr_val f = vm_lookup_special(rt, self, "__init__");
    kr_val bound, r;
    if (kr_descr_get(rt, f, self, kr_type_of(self), &bound) != KR_OK) return KR_ERR;
    if (vm_call(rt, bound, args, nargs, kwnames, &r) != KR_OK) return KR_ERR;
    if (!kv_is_none(r))
        return kr_raise(rt, &kt_TypeError, "__init__() should return None, not '%s'", kr_type_name(r));
    return KR_OK;
}

static int slot_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_val nv = kv_obj(name);
    int st = vm_call_special(rt, o, "__getattribute__", &nv, 1, out);
    if (st == KR_STOP) st = kr_generic_getattr(rt, o, name, out);
    else if (st == KR_ERR && kr_exc_matches(rt, &kt_AttributeError)) {
        kr_val ga = vm_lookup_special(rt, o, "__getattr__");
        if (!kv_is_undef(ga)) {
            kr_exc_clear(rt);
            return vm_call_special(rt, o, "__getattr__", &nv, 1, out);
        }
    }
    return st;
}

static int slot_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value)
{
    kr_val r;
    int st;
    if (kv_is_undef(value)) {
        kr_val nv = kv_obj(name);
        st = vm_call_special(rt, o, "__delattr__", &nv, 1, &r);
    } else {
        kr_val args[2] = { kv_obj(name), value };
        st = vm_call_special(rt, o, "__setattr__", args, 2, &r);
    }
    if (st == KR_STOP) return kr_generic_setattr(rt, o, name, value);
    return st;
}

static int slot_descr_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    kr_val args[2] = { kv_is_undef(inst) ? kv_none() : inst, kv_obj(&owner->head.obj) };
    int st = vm_call_special(rt, d, "__get__", args, 2, out);
    if (st == KR_STOP) { *out = d; return KR_OK; }
    return st;
}

static int slot_descr_set(kr_rt *rt, kr_val d, kr_val inst, kr_val value)
{
    kr_val r;
    if (kv_is_undef(value)) return call_dunder(rt, d, "__delete__", &inst, 1, &r);
    kr_val args[2] = { inst, value };
    return call_dunder(rt, d, "__set__", args, 2, &r);
}

/* Whether NAME is defined by a class statement somewhere in T's MRO before
 * the first built-in type that defines it. */
static bool user_defines(kr_type *t, const char *name)
{
    kr_tuple *m = (kr_tuple *)t->mro;
    for (int64_t i = 0; i < m->len; i++) {
        kr_type *b = (kr_type *)kv_as_obj(m->items[i]);
        if (!(b->flags & KT_HEAPTYPE)) return false;
        int64_t pos = 0;
        dk_entry *e;
        kr_dict *d = (kr_dict *)b->dict;
        while (dk_next(&d->t, &pos, &e))
            if (kv_is_obj(e->key) && !strcmp(kstr_data(kv_as_obj(e->key)), name)) return true;
    }
    return false;
}

static bool user_defines_any(kr_type *t, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (user_defines(t, names[i])) return true;
    return false;
}

/* The value of NAME in the first heap class of the MRO that has it. */
static kr_val user_value(kr_type *t, const char *name)
{
    kr_tuple *m = (kr_tuple *)t->mro;
    for (int64_t i = 0; i < m->len; i++) {
        kr_type *b = (kr_type *)kv_as_obj(m->items[i]);
        if (!(b->flags & KT_HEAPTYPE)) break;
        int64_t pos = 0;
        dk_entry *e;
        kr_dict *d = (kr_dict *)b->dict;
        while (dk_next(&d->t, &pos, &e))
            if (kv_is_obj(e->key) && !strcmp(kstr_data(kv_as_obj(e->key)), name)) return e->value;
    }
    return kv_undef();
}

void ktype_update_slots(kr_type *t)
{
    kr_slots s = t->base->slots;
    static const char *const cmp[] = { "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__" };
    if (user_defines(t, "__repr__")) s.repr = slot_repr;
    if (user_defines(t, "__str__")) s.str = slot_str;
    if (user_defines(t, "__hash__"))
        s.hash = kv_is_none(user_value(t, "__hash__")) ? NULL : slot_hash;
    else if (!s.hash && !(t->base->flags & KT_HEAPTYPE) && !t->base->slots.richcmp)
        s.hash = kt_object.slots.hash;  /* a static base without comparison hashes by identity */
    if (user_defines_any(t, cmp, 6)) s.richcmp = slot_richcmp;
    bool bin = false;
    for (int i = 0; i < 13 && !bin; i++) {
        char n[24];
        static const char *const pre[] = { "", "r", "i" };
        for (int p = 0; p < 3 && !bin; p++) {
            snprintf(n, sizeof n, "__%s%s__", pre[p], binop_names[i]);
            bin = user_defines(t, n);
        }
    }
    if (bin) s.binop = slot_binop;
    static const char *const un[] = { "__neg__", "__pos__", "__invert__", "__abs__" };
    if (user_defines_any(t, un, 4)) s.unop = slot_unop;
    if (user_defines(t, "__bool__") || user_defines(t, "__len__")) s.truth = slot_truth;
    if (user_defines(t, "__len__")) s.len = slot_len;
    if (user_defines(t, "__getitem__")) s.getitem = slot_getitem;
    if (user_defines(t, "__setitem__") || user_defines(t, "__delitem__")) s.setitem = slot_setitem;
    if (user_defines(t, "__contains__")) s.contains = slot_contains;
    if (user_defines(t, "__iter__")) s.iter = slot_iter;
    else if (user_defines(t, "__getitem__") && !s.iter) s.iter = slot_iter;
    if (user_defines(t, "__next__")) s.next = slot_next;
    if (user_defines(t, "__call__")) s.call = slot_call;
    if (user_defines(t, "__new__")) s.new_ = slot_new;
    if (user_defines(t, "__init__")) s.init = slot_init;
    if (user_defines(t, "__getattribute__") || user_defines(t, "__getattr__")) s.getattr = slot_getattr;
    if (user_defines(t, "__setattr__") || user_defines(t, "__delattr__")) s.setattr = slot_setattr;
    if (user_defines(t, "__get__")) s.descr_get = slot_descr_get;
    if (user_defines(t, "__set__") || user_defines(t, "__delete__")) s.descr_set = slot_descr_set;
    t->slots = s;
    /* subclasses inherit */
    if (t->subclasses) {
        kr_list *l = (kr_list *)t->subclasses;
        for (int64_t i = 0; i < l->len; i++) ktype_update_slots((kr_type *)kv_as_obj(l->items[i]));
    }
}
