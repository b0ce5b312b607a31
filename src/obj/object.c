/* The generic object protocol: dispatch on type slots with CPython's
 * fallbacks and error messages; the object, NoneType, NotImplementedType
 * and ellipsis types. */
#include "object.h"

#include <string.h>

#include "../compile/opcodes.h"
#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "genericalias.h"
#include "num.h"
#include "seq.h"
#include "str.h"

/* ---- singletons ---- */

static const heap_class plain_cls = { "object", NULL, NULL, sizeof(kr_obj) };
static kr_obj notimpl_obj = KR_STATIC_HDR(&kt_NotImplementedType);
static kr_obj ellipsis_obj = KR_STATIC_HDR(&kt_ellipsis);

kr_val kr_notimpl(void) { return kv_obj(&notimpl_obj); }
kr_val kr_ellipsis(void) { return kv_obj(&ellipsis_obj); }

static int str_result(kr_rt *rt, const char *s, kr_val *out)
{
    kr_str *r = kstr_cstr(rt, s);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

static int none_repr(kr_rt *rt, kr_val v, kr_val *out) { return str_result(rt, "None", out); }
static int notimpl_repr(kr_rt *rt, kr_val v, kr_val *out) { return str_result(rt, "NotImplemented", out); }
static int ellipsis_repr(kr_rt *rt, kr_val v, kr_val *out) { return str_result(rt, "Ellipsis", out); }
static int none_truth(kr_rt *rt, kr_val v, int *out) { *out = 0; return KR_OK; }
static int id_hash(kr_rt *rt, kr_val v, int64_t *out);

static int none_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs || kw) return kr_raise(rt, &kt_TypeError, "NoneType takes no arguments");
    *out = kv_none();
    return KR_OK;
}

static int notimpl_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs || kw) return kr_raise(rt, &kt_TypeError, "NotImplementedType takes no arguments");
    *out = kr_notimpl();
    return KR_OK;
}

static int ellipsis_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs || kw) return kr_raise(rt, &kt_TypeError, "ellipsis takes no arguments");
    *out = kr_ellipsis();
    return KR_OK;
}

kr_type kt_NoneType = {
    .head = { KR_STATIC_HDR(&kt_type), &plain_cls },
    .name = "NoneType", .base = &kt_object,
    .slots = { .repr = none_repr, .truth = none_truth, .hash = id_hash, .new_ = none_new },
    .basicsize = sizeof(kr_obj),
    .doc = "The type of the None singleton.",
};
kr_type kt_NotImplementedType = {
    .head = { KR_STATIC_HDR(&kt_type), &plain_cls },
    .name = "NotImplementedType", .base = &kt_object,
    .slots = { .repr = notimpl_repr, .hash = id_hash, .new_ = notimpl_new },
    .basicsize = sizeof(kr_obj),
    .doc = "The type of the NotImplemented singleton.",
};
kr_type kt_ellipsis = {
    .head = { KR_STATIC_HDR(&kt_type), &plain_cls },
    .name = "ellipsis", .base = &kt_object,
    .slots = { .repr = ellipsis_repr, .hash = id_hash, .new_ = ellipsis_new },
    .basicsize = sizeof(kr_obj),
    .doc = "The type of the Ellipsis singleton.",
};

/* ---- type tests ---- */

kr_type *kr_type_of(kr_val v)
{
    switch (v.tag) {
    case KV_OBJ: return kv_as_obj(v)->type;
    case KV_INT: return &kt_int;
    case KV_FLOAT: return &kt_float;
    case KV_FALSE: case KV_TRUE: return &kt_bool;
    case KV_NONE: return &kt_NoneType;
    default: return &kt_NoneType;
    }
}

bool kr_is_subtype(const kr_type *t, const kr_type *base)
{
    if (t == base || base == &kt_object) return true;
    if (t->mro) {
        kr_tuple *m = (kr_tuple *)t->mro;
        for (int64_t i = 0; i < m->len; i++)
            if (kv_as_obj(m->items[i]) == &base->head.obj) return true;
        return false;
    }
    for (const kr_type *b = t->base; b; b = b->base)
        if (b == base) return true;
    return false;
}

bool kv_is_anyint(kr_val v)
{
    return kv_is_int(v) || kv_is_bool(v) || (kv_is_obj(v) && kr_is_subtype(kv_as_obj(v)->type, &kt_int));
}

/* ---- object ---- */

static int id_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    uint64_t p = (uint64_t)(uintptr_t)kv_as_obj(v);
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    if (h == -1) h = -2;
    *out = h;
    return KR_OK;
}

static int object_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_type *t = kr_type_of(v);
    kr_val mod = kv_undef();
    if ((t->flags & KT_HEAPTYPE) && t->dict)
        mod = kdict_get_cstr(rt, (kr_dict *)t->dict, "__module__");
    const char *qn = t->qualname ? kstr_data(t->qualname) : t->name;
    kr_str *s;
    if (kv_is_str(mod) && strcmp(kstr_data(kv_as_obj(mod)), "builtins"))
        s = kstr_fmt(rt, "<%s.%s object at %p>", kstr_data(kv_as_obj(mod)), qn, (void *)kv_as_obj(v));
    else
        s = kstr_fmt(rt, "<%s object at %p>", qn, (void *)kv_as_obj(v));
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static int object_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (op == KR_EQ) { *out = kr_is(a, b) ? kv_bool(1) : kr_notimpl(); return KR_OK; }
    if (op == KR_NE) {
        /* __ne__ inverts __eq__ unless that is NotImplemented */
        kr_type *t = kr_type_of(a);
        if (t->slots.richcmp && t->slots.richcmp != object_richcmp) {
            kr_val r;
            if (t->slots.richcmp(rt, a, b, KR_EQ, &r) != KR_OK) return KR_ERR;
            if (kr_is_notimpl(r)) { *out = r; return KR_OK; }
            int tr;
            if (kr_truth(rt, r, &tr) != KR_OK) return KR_ERR;
            *out = kv_bool(!tr);
            return KR_OK;
        }
        *out = kr_is(a, b) ? kv_bool(0) : kr_notimpl();
        return KR_OK;
    }
    *out = kr_notimpl();
    return KR_OK;
}

static int object_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames);
static int object_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out);

/* Whether T's __init__ / __new__ is object's: a static type without the
 * slot inherits object's (static slots are not copied from the base). */
static bool init_is_object(kr_type *t)
{
    return t->slots.init == object_init || (!t->slots.init && !(t->flags & KT_HEAPTYPE));
}

static bool new_is_object(kr_type *t)
{
    return t->slots.new_ == object_new;
}

/* CPython's rule: extra arguments are an error unless the type overrides
 * exactly the other one of __new__ and __init__. */
static int object_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out)
{
    if (t->flags & KT_ABSTRACT)
        return kr_raise(rt, &kt_TypeError, "Can't instantiate abstract class %s", t->name);
    if ((nargs || (kwnames && ((kr_tuple *)kwnames)->len))) {
        if (!new_is_object(t))
            return kr_raise(rt, &kt_TypeError, "object.__new__() takes exactly one argument (the type to instantiate)");
        if (init_is_object(t))
            return kr_raise(rt, &kt_TypeError, "%s() takes no arguments", t->name);
    }
    size_t size = t->basicsize ? t->basicsize : sizeof(kr_obj);
    kr_obj *o = heap_alloc(&rt->heap, t, size);
    if (!o) return kr_nomem(rt);
    *out = kv_obj(o);
    return KR_OK;
}

static int object_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    kr_type *t = kr_type_of(self);
    if ((nargs || (kwnames && ((kr_tuple *)kwnames)->len))) {
        if (!init_is_object(t))
            return kr_raise(rt, &kt_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
        if (new_is_object(t))
            return kr_raise(rt, &kt_TypeError, "%s() takes no arguments", t->name);
    }
    return KR_OK;
}

kr_type kt_object = {
    .head = { KR_STATIC_HDR(&kt_type), &plain_cls },
    .name = "object", .flags = KT_BASETYPE, .base = NULL,
    .slots = { .repr = object_repr, .hash = id_hash, .richcmp = object_richcmp,
               .new_ = object_new, .init = object_init },
    .basicsize = sizeof(kr_obj),
    .doc = "The base class of the class hierarchy.\n"
        "\n"
        "When called, it accepts no arguments and returns a new featureless\n"
        "instance that has no instance attributes and cannot be given any.\n",
};

/* ---- the protocol ---- */

int kr_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_type *t = kr_type_of(v);
    if (!t->slots.repr) return object_repr(rt, v, out);
    kr_val r;
    if (t->slots.repr(rt, v, &r) != KR_OK) return KR_ERR;
    if (!kv_is_str(r))
        return kr_raise(rt, &kt_TypeError, "__repr__ returned non-string (type %s)", kr_type_name(r));
    *out = r;
    return KR_OK;
}

int kr_to_str(kr_rt *rt, kr_val v, kr_val *out)
{
    if (kv_is_exact_str(v)) { *out = v; return KR_OK; }
    kr_type *t = kr_type_of(v);
    kr_val r;
    /* object.__str__ calls the repr slot directly: a bad result is blamed
     * on __str__, as CPython does */
    int st = t->slots.str ? t->slots.str(rt, v, &r)
           : t->slots.repr ? t->slots.repr(rt, v, &r) : object_repr(rt, v, &r);
    if (st != KR_OK) return st;
    if (!kv_is_str(r))
        return kr_raise(rt, &kt_TypeError, "__str__ returned non-string (type %s)", kr_type_name(r));
    *out = r;
    return KR_OK;
}

int kr_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_type *t = kr_type_of(v);
    if (t->slots.hash) return t->slots.hash(rt, v, out);
    /* a built-in type without its own comparison inherits object's hash */
    if (!(t->flags & KT_HEAPTYPE) && !t->slots.richcmp && kv_is_obj(v)) return id_hash(rt, v, out);
    return kr_raise(rt, &kt_TypeError, "unhashable type: '%s'", t->name);
}

static const char *const cmp_sym[] = { "<", "<=", "==", "!=", ">", ">=" };
static const int cmp_swap[] = { KR_GT, KR_GE, KR_EQ, KR_NE, KR_LT, KR_LE };

int kr_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    kr_type *ta = kr_type_of(a), *tb = kr_type_of(b);
    kr_val r;
    bool tried_b = false;
    /* the right operand's reflected method first when its type is a
     * proper subclass that overrides it */
    if (ta != tb && tb->slots.richcmp && kr_is_subtype(tb, ta)
        && tb->slots.richcmp != ta->slots.richcmp) {
        tried_b = true;
        if (tb->slots.richcmp(rt, b, a, cmp_swap[op], &r) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(r)) { *out = r; return KR_OK; }
    }
    if (ta->slots.richcmp) {
        if (ta->slots.richcmp(rt, a, b, op, &r) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(r)) { *out = r; return KR_OK; }
    }
    if (!tried_b && tb->slots.richcmp) {
        if (tb->slots.richcmp(rt, b, a, cmp_swap[op], &r) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(r)) { *out = r; return KR_OK; }
    }
    if (op == KR_EQ) { *out = kv_bool(kr_is(a, b)); return KR_OK; }
    if (op == KR_NE) { *out = kv_bool(!kr_is(a, b)); return KR_OK; }
    return kr_raise(rt, &kt_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                    cmp_sym[op], ta->name, tb->name);
}

/* In-place operators fall back to the plain ones. */
static int binop_plain(int op)
{
    return op >= OPB_INPLACE_ADD ? op - OPB_INPLACE_ADD : op;
}

/* The operands' methods for OP: *out is NotImplemented when neither
 * handles it.  An in-place operator tries a's in-place method, then the
 * plain operator. */
static int binop_dispatch(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    kr_type *ta = kr_type_of(a), *tb = kr_type_of(b);
    if (op >= OPB_INPLACE_ADD) {
        if (ta->slots.binop) {
            if (ta->slots.binop(rt, op, a, b, out) != KR_OK) return KR_ERR;
            if (!kr_is_notimpl(*out)) return KR_OK;
        }
        return binop_dispatch(rt, binop_plain(op), a, b, out);
    }
    /* the right operand first when its type is a proper subclass that
     * overrides the operator */
    bool tried_b = false;
    if (ta != tb && tb->slots.binop && tb->slots.binop != ta->slots.binop && kr_is_subtype(tb, ta)) {
        tried_b = true;
        if (tb->slots.binop(rt, op, a, b, out) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(*out)) return KR_OK;
    }
    if (ta->slots.binop) {
        if (ta->slots.binop(rt, op, a, b, out) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(*out)) return KR_OK;
    }
    if (!tried_b && tb != ta && tb->slots.binop) {
        if (tb->slots.binop(rt, op, a, b, out) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(*out)) return KR_OK;
    }
    *out = kr_notimpl();
    return KR_OK;
}

static bool is_sequence(kr_val v)
{
    return kr_isinstance(v, &kt_str) || kr_isinstance(v, &kt_list)
        || kr_isinstance(v, &kt_tuple) || kr_isinstance(v, &kt_bytes);
}

/* CPython's TypeError for an operator no operand supports. */
static int binop_error(kr_rt *rt, int op, kr_val a, kr_val b)
{
    const char *na = kr_type_name(a), *nb = kr_type_name(b);
    int plain = binop_plain(op);
    if (plain == OPB_ADD && kv_is_str(a) && !kv_is_str(b))
        return kr_raise(rt, &kt_TypeError, "can only concatenate str (not \"%s\") to str", nb);
    if (plain == OPB_ADD && kv_is_type(a, &kt_list))
        return kr_raise(rt, &kt_TypeError, "can only concatenate list (not \"%s\") to list", nb);
    if (plain == OPB_ADD && kv_is_type(a, &kt_tuple))
        return kr_raise(rt, &kt_TypeError, "can only concatenate tuple (not \"%s\") to tuple", nb);
    if (plain == OPB_MULTIPLY && (is_sequence(a) || is_sequence(b)))
        return kr_raise(rt, &kt_TypeError, "can't multiply sequence by non-int of type '%s'",
                        is_sequence(a) ? nb : na);
    if (op == OPB_POWER)
        return kr_raise(rt, &kt_TypeError, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", na, nb);
    return kr_raise(rt, &kt_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                    op_binop_symbol((op_binop)op), na, nb);
}

int kr_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (binop_dispatch(rt, op, a, b, out) != KR_OK) return KR_ERR;
    if (!kr_is_notimpl(*out)) return KR_OK;
    return binop_error(rt, op, a, b);
}

int kr_unop(kr_rt *rt, int op, kr_val a, kr_val *out)
{
    kr_type *t = kr_type_of(a);
    if (t->slots.unop) {
        kr_val r;
        if (t->slots.unop(rt, op, a, &r) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(r)) { *out = r; return KR_OK; }
    }
    if (op == KR_UNOP_ABS)
        return kr_raise(rt, &kt_TypeError, "bad operand type for abs(): '%s'", t->name);
    static const char *const sym[] = { "unary -", "unary +", "unary ~", "abs()" };
    return kr_raise(rt, &kt_TypeError, "bad operand type for %s: '%s'", sym[op], t->name);
}

int kr_truth(kr_rt *rt, kr_val v, int *out)
{
    switch (v.tag) {
    case KV_TRUE: *out = 1; return KR_OK;
    case KV_FALSE: case KV_NONE: *out = 0; return KR_OK;
    case KV_INT: *out = kv_as_int(v) != 0; return KR_OK;
    case KV_FLOAT: *out = kv_as_float(v) != 0.0; return KR_OK;
    default: break;
    }
    kr_type *t = kr_type_of(v);
    if (t->slots.truth) return t->slots.truth(rt, v, out);
    if (t->slots.len) {
        int64_t n;
        if (t->slots.len(rt, v, &n) != KR_OK) return KR_ERR;
        *out = n != 0;
        return KR_OK;
    }
    *out = 1;
    return KR_OK;
}

int kr_len(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_type *t = kr_type_of(v);
    if (t->slots.len) return t->slots.len(rt, v, out);
    return kr_raise(rt, &kt_TypeError, "object of type '%s' has no len()", t->name);
}

int kr_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kr_type *t = kr_type_of(o);
    if (t->slots.getitem) return t->slots.getitem(rt, o, key, out);
    if (kv_is_type(o, &kt_type) || (kv_is_obj(o) && kr_is_subtype(t, &kt_type))) {
        /* type[...]: __class_getitem__ */
        kr_val cg = kr_type_lookup_cstr(rt, (kr_type *)kv_as_obj(o), "__class_getitem__");
        if (!kv_is_undef(cg)) {
            kr_val f;
            if (kr_getattr_cstr(rt, o, "__class_getitem__", &f) != KR_OK) return KR_ERR;
            return vm_call(rt, f, &key, 1, NULL, out);
        }
        /* list[int], dict[str, int], ...: built-in __class_getitem__ */
        if (kr_builtin_generic((kr_type *)kv_as_obj(o))) return kr_generic_alias_new(rt, o, key, out);
        return kr_raise(rt, &kt_TypeError, "type '%s' is not subscriptable",
                        ((kr_type *)kv_as_obj(o))->name);
    }
    return kr_raise(rt, &kt_TypeError, "'%s' object is not subscriptable", t->name);
}

int kr_setitem(kr_rt *rt, kr_val o, kr_val key, kr_val value)
{
    kr_type *t = kr_type_of(o);
    if (t->slots.setitem) return t->slots.setitem(rt, o, key, value);
    return kr_raise(rt, &kt_TypeError, "'%s' object does not support item assignment", t->name);
}

int kr_delitem(kr_rt *rt, kr_val o, kr_val key)
{
    kr_type *t = kr_type_of(o);
    if (t->slots.setitem) return t->slots.setitem(rt, o, key, kv_undef());
    return kr_raise(rt, &kt_TypeError, "'%s' object doesn't support item deletion", t->name);
}

int kr_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    kr_type *t = kr_type_of(o);
    if (t->slots.contains) return t->slots.contains(rt, o, x, out);
    if (!t->slots.iter && !t->slots.getitem)
        return kr_raise(rt, &kt_TypeError, "argument of type '%s' is not a container or iterable", t->name);
    return kr_contains_by_iter(rt, o, x, out);
}

int kr_contains_by_iter(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    kr_val it, v;
    if (kr_iter(rt, o, &it) != KR_OK) return KR_ERR;
    for (;;) {
        int st = kr_next(rt, it, &v);
        if (st == KR_STOP) { *out = 0; return KR_OK; }
        if (st != KR_OK) return st;
        if (kr_is(v, x)) { *out = 1; return KR_OK; }
        kr_val eq;
        if (kr_richcmp(rt, v, x, KR_EQ, &eq) != KR_OK) return KR_ERR;
        int b;
        if (kr_truth(rt, eq, &b) != KR_OK) return KR_ERR;
        if (b) { *out = 1; return KR_OK; }
    }
}

int kr_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    kr_type *t = kr_type_of(o);
    if (t->slots.iter) return t->slots.iter(rt, o, out);
    if (t->slots.getitem) {
        kr_seqiter *it = (kr_seqiter *)heap_alloc(&rt->heap, &kt_seq_iterator, sizeof(kr_seqiter));
        if (!it) return kr_nomem(rt);
        it->seq = o;
        *out = kv_obj(&it->obj);
        return KR_OK;
    }
    return kr_raise(rt, &kt_TypeError, "'%s' object is not iterable", t->name);
}

int kr_next(kr_rt *rt, kr_val it, kr_val *out)
{
    kr_type *t = kr_type_of(it);
    if (t->slots.next) return t->slots.next(rt, it, out);
    return kr_raise(rt, &kt_TypeError, "'%s' object is not an iterator", t->name);
}

int kr_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return vm_call(rt, f, args, nargs, kwnames, out);
}

int kr_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_type *t = kr_type_of(o);
    if (t->slots.getattr) return t->slots.getattr(rt, o, name, out);
    return kr_generic_getattr(rt, o, name, out);
}

int kr_getattr_cstr(kr_rt *rt, kr_val o, const char *name, kr_val *out)
{
    kr_str *n = kstr_intern_cstr(rt, name);
    if (!n) return KR_ERR;
    return kr_getattr(rt, o, &n->obj, out);
}

int kr_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value)
{
    kr_type *t = kr_type_of(o);
    if (t->slots.setattr) return t->slots.setattr(rt, o, name, value);
    return kr_generic_setattr(rt, o, name, value);
}

int kr_delattr(kr_rt *rt, kr_val o, kr_obj *name)
{
    return kr_setattr(rt, o, name, kv_undef());
}

int kr_no_attr(kr_rt *rt, kr_val o, kr_obj *name)
{
    int r;
    if (kv_is_obj(o) && kr_is_subtype(kv_as_obj(o)->type, &kt_type))
        r = kr_raise(rt, &kt_AttributeError, "type object '%s' has no attribute '%s'",
                     ((kr_type *)kv_as_obj(o))->name, kstr_data(name));
    else if (kv_is_type(o, &kt_module))
        r = kr_raise(rt, &kt_AttributeError, "module '%s' has no attribute '%s'",
                     kstr_data(((kr_module *)kv_as_obj(o))->name), kstr_data(name));
    else
        r = kr_raise(rt, &kt_AttributeError, "'%s' object has no attribute '%s'",
                     kr_type_name(o), kstr_data(name));
    kr_exc *e = KR_AS(kr_exc, rt->exc);
    if (e->dict) {
        kdict_set_cstr(rt, (kr_dict *)e->dict, "name", kv_obj(name));
        kdict_set_cstr(rt, (kr_dict *)e->dict, "obj", o);
    }
    return r;
}

kr_obj *kr_instance_dict(kr_rt *rt, kr_val o, bool create)
{
    if (!kv_is_obj(o)) return NULL;
    kr_obj *ob = kv_as_obj(o);
    kr_type *t = ob->type;
    if (!(t->flags & KT_HAS_DICT) || !t->dict_offset) return NULL;
    kr_obj **slot = (kr_obj **)(void *)((char *)ob + t->dict_offset);
    if (!*slot && create) {
        kr_dict *d = kdict_new(rt);
        if (!d) return NULL;
        *slot = &d->obj;
    }
    return *slot;
}

static bool is_data_descr(kr_val d)
{
    kr_type *t = kr_type_of(d);
    if (t->slots.descr_set) return true;
    return kv_is_obj(d) && kv_as_obj(d)->type == &kt_builtin_function
        && (((kr_cfunc *)kv_as_obj(d))->flags & KF_GETTER);
}

int kr_generic_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_type *t = kr_type_of(o);
    const char *n = kstr_data(name);
    if (n[0] == '_' && n[1] == '_') {
        /* object's own data descriptors */
        if (!strcmp(n, "__class__")) { *out = kv_obj(&t->head.obj); return KR_OK; }
        if (!strcmp(n, "__dict__") && (t->flags & KT_HAS_DICT) && t->dict_offset) {
            kr_obj *d = kr_instance_dict(rt, o, true);
            if (!d) return KR_ERR;
            *out = kv_obj(d);
            return KR_OK;
        }
    }
    kr_val d = kr_type_lookup(rt, t, name);
    if (!kv_is_undef(d) && is_data_descr(d))
        return kr_descr_get(rt, d, o, t, out);
    kr_obj *dict = kr_instance_dict(rt, o, false);
    if (dict) {
        kr_val v = kdict_get_str((kr_dict *)dict, (kr_str *)name);
        if (!kv_is_undef(v)) { *out = v; return KR_OK; }
    }
    if (!kv_is_undef(d)) return kr_descr_get(rt, d, o, t, out);
    if (t->flags & KT_HEAPTYPE) {
        kr_val ga = kr_type_lookup_cstr(rt, t, "__getattr__");
        if (!kv_is_undef(ga)) {
            kr_val args[2] = { o, kv_obj(name) };
            return vm_call(rt, ga, args, 2, NULL, out);
        }
    }
    return kr_no_attr(rt, o, name);
}

/* The built-in type whose C layout instances of T have. */
static kr_type *static_solid(kr_type *t)
{
    while (t->flags & KT_HEAPTYPE) t = t->base;
    return t;
}

/* obj.__class__ = value (CPython's object_set_class). */
static int set_class(kr_rt *rt, kr_val o, kr_val value)
{
    if (kv_is_undef(value)) return kr_raise(rt, &kt_TypeError, "can't delete __class__ attribute");
    if (!kv_is_obj(value) || !kr_is_subtype(kv_as_obj(value)->type, &kt_type))
        return kr_raise(rt, &kt_TypeError, "__class__ must be set to a class, not '%s' object", kr_type_name(value));
    kr_type *old = kr_type_of(o), *nt = (kr_type *)kv_as_obj(value);
    bool mod = kr_is_subtype(nt, &kt_module) && kr_is_subtype(old, &kt_module);
    if (!kv_is_obj(o) || (!mod && (!(nt->flags & KT_HEAPTYPE) || !(old->flags & KT_HEAPTYPE))))
        return kr_raise(rt, &kt_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
    if (static_solid(nt) != static_solid(old) || nt->basicsize != old->basicsize
        || nt->dict_offset != old->dict_offset || kr_is_subtype(nt, &kt_type) != kr_is_subtype(old, &kt_type))
        return kr_raise(rt, &kt_TypeError, "__class__ assignment: '%s' object layout differs from '%s'",
                        nt->name, old->name);
    kv_as_obj(o)->type = nt;
    return KR_OK;
}

/* obj.__dict__ = value */
static int set_dict(kr_rt *rt, kr_val o, kr_val value)
{
    kr_type *t = kr_type_of(o);
    kr_obj **slot = (kr_obj **)(void *)((char *)kv_as_obj(o) + t->dict_offset);
    if (kv_is_undef(value)) { *slot = NULL; return KR_OK; }
    if (!kv_is_obj(value) || !kr_is_subtype(kv_as_obj(value)->type, &kt_dict))
        return kr_raise(rt, &kt_TypeError, "__dict__ must be set to a dictionary, not a '%s'", kr_type_name(value));
    *slot = kv_as_obj(value);
    return KR_OK;
}

int kr_generic_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value)
{
    kr_type *t = kr_type_of(o);
    kr_val d = kr_type_lookup(rt, t, name);
    if (kv_is_undef(d) && kstr_data(name)[0] == '_' && kstr_data(name)[1] == '_') {
        /* object's own data descriptors */
        const char *n = kstr_data(name);
        if (!strcmp(n, "__class__")) return set_class(rt, o, value);
        if (!strcmp(n, "__dict__") && kv_is_obj(o) && (t->flags & KT_HAS_DICT) && t->dict_offset)
            return set_dict(rt, o, value);
    }
    if (!kv_is_undef(d)) {
        kr_type *dt = kr_type_of(d);
        if (dt->slots.descr_set) return dt->slots.descr_set(rt, d, o, value);
        if (is_data_descr(d))
            return kr_raise(rt, &kt_AttributeError, "attribute '%s' of '%s' objects is not writable",
                            kstr_data(name), t->name);
    }
    kr_obj *dict = kr_instance_dict(rt, o, true);
    if (!dict) {
        if (kv_is_obj(o) && (t->flags & KT_HAS_DICT)) return KR_ERR;  /* out of memory */
        if (!kv_is_undef(d))
            return kr_raise(rt, &kt_AttributeError, "'%s' object attribute '%s' is read-only",
                            t->name, kstr_data(name));
        return kr_raise(rt, &kt_AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                        t->name, kstr_data(name));
    }
    if (kv_is_undef(value)) {
        int r = kdict_del_str(rt, (kr_dict *)dict, (kr_str *)name);
        if (r == KR_STOP) return kr_no_attr(rt, o, name);
        return r;
    }
    return kdict_set_str(rt, (kr_dict *)dict, (kr_str *)name, value);
}
