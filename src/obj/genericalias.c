/* types.GenericAlias: what subscripting a generic built-in class gives
 * (`list[int]`).  It shows as `origin[args]`, compares by origin and
 * args, creates instances of its origin when called, refuses isinstance()
 * and lends every other attribute to its origin, as CPython's. */
#include "genericalias.h"

#include <string.h>

#include "../compile/opcodes.h"
#include "../lib/lib.h"
#include "../lib/lib_int.h"
#include "../vm/call.h"
#include "exc.h"
#include "seq.h"
#include "str.h"
#include "types.h"

typedef struct kr_galias {
    kr_obj obj;
    kr_val origin;
    kr_obj *args;               /* tuple */
    kr_obj *params;             /* tuple; NULL until first asked */
} kr_galias;

static void ga_trace(kr_obj *o, heap_tracer *t)
{
    kr_galias *g = (kr_galias *)o;
    heap_visit_val(t, g->origin);
    heap_visit_obj(t, g->args);
    heap_visit_obj(t, g->params);
}
static const heap_class ga_cls = { "types.GenericAlias", ga_trace, NULL, sizeof(kr_galias) };

bool kr_builtin_generic(const kr_type *t)
{
    static const kr_type *const gen[] = {
        &kt_list, &kt_dict, &kt_tuple, &kt_set, &kt_frozenset, &kt_type,
        &kt_enumerate, &kt_mappingproxy,
    };
    for (size_t i = 0; i < sizeof gen / sizeof gen[0]; i++)
        if (kr_is_subtype(t, gen[i])) return true;
    return false;
}

int kr_generic_alias_new(kr_rt *rt, kr_val origin, kr_val args, kr_val *out)
{
    kr_tuple *t;
    if (kv_is_type(args, &kt_tuple)) t = (kr_tuple *)kv_as_obj(args);
    else if (!(t = ktuple_from(rt, &args, 1))) return KR_ERR;
    kr_galias *g = (kr_galias *)heap_alloc(&rt->heap, &kt_generic_alias, sizeof(kr_galias));
    if (!g) return kr_nomem(rt);
    g->origin = origin;
    g->args = &t->obj;
    *out = kv_obj(&g->obj);
    return KR_OK;
}

/* A type parameter: anything with __typing_subst__, or typing's TypeVar,
 * ParamSpec and TypeVarTuple (written in Python). */
static bool ga_is_typevar(kr_rt *rt, kr_val v)
{
    if (lb_is_type(v)) return false;
    if (!kv_is_undef(vm_lookup_special(rt, v, "__typing_subst__"))) return true;
    kr_type *t = kr_type_of(v);
    if (strcmp(t->name, "TypeVar") && strcmp(t->name, "ParamSpec") && strcmp(t->name, "TypeVarTuple")
        && strcmp(t->name, "typing.TypeVar") && strcmp(t->name, "typing.ParamSpec")
        && strcmp(t->name, "typing.TypeVarTuple"))
        return false;
    return !kv_is_undef(vm_lookup_special(rt, v, "__typing_unionable__"))
           || !strcmp(t->name, "TypeVarTuple") || !strcmp(t->name, "typing.TypeVarTuple");
}

static int ga_add_param(kr_rt *rt, kr_list *l, kr_val p)
{
    for (int64_t i = 0; i < l->len; i++)
        if (kr_is(l->items[i], p)) return KR_OK;
    return klist_append(rt, l, p);
}

/* __parameters__: the type variables of the args, in order, each once. */
static int ga_params(kr_rt *rt, kr_galias *g, kr_tuple **out)
{
    if (g->params) { *out = (kr_tuple *)g->params; return KR_OK; }
    kr_tuple *a = (kr_tuple *)g->args;
    kr_list *l = klist_new(rt, 0);
    if (!l) return KR_ERR;
    for (int64_t i = 0; i < a->len; i++) {
        kr_val v = a->items[i];
        if (ga_is_typevar(rt, v)) {
            if (ga_add_param(rt, l, v) != KR_OK) return KR_ERR;
            continue;
        }
        if (lb_is_type(v)) continue;
        kr_val ps;
        if (lb_getattr(rt, v, "__parameters__", &ps) != KR_OK) {
            if (!lb_clear_if(rt, &kt_AttributeError)) return KR_ERR;
            continue;
        }
        if (!kv_is_type(ps, &kt_tuple)) continue;
        kr_tuple *pt = (kr_tuple *)kv_as_obj(ps);
        for (int64_t j = 0; j < pt->len; j++)
            if (ga_add_param(rt, l, pt->items[j]) != KR_OK) return KR_ERR;
    }
    kr_tuple *t = ktuple_from(rt, l->items, l->len);
    if (!t) return KR_ERR;
    g->params = &t->obj;
    *out = t;
    return KR_OK;
}

/* One item as CPython's ga_repr_item shows it. */
static int ga_repr_item(kr_rt *rt, kr_val v, strbuf *sb)
{
    kr_val r, qn, mod;
    if (kr_is(v, kr_ellipsis())) { sb_puts(sb, "..."); return KR_OK; }
    if (kv_is_type(v, &kt_generic_alias)) goto plain;
    if (kv_is_type(v, &kt_list)) {
        kr_list *l = (kr_list *)kv_as_obj(v);
        sb_putc(sb, '[');
        for (int64_t i = 0; i < l->len; i++) {
            if (i) sb_puts(sb, ", ");
            if (ga_repr_item(rt, l->items[i], sb) != KR_OK) return KR_ERR;
        }
        sb_putc(sb, ']');
        return KR_OK;
    }
    if (lb_getattr(rt, v, "__origin__", &r) == KR_OK) {
        if (lb_getattr(rt, v, "__args__", &r) == KR_OK) goto plain;
    }
    if (!lb_clear_if(rt, &kt_AttributeError)) return KR_ERR;
    if (lb_getattr(rt, v, "__qualname__", &qn) != KR_OK) {
        if (!lb_clear_if(rt, &kt_AttributeError)) return KR_ERR;
        goto plain;
    }
    if (lb_getattr(rt, v, "__module__", &mod) != KR_OK) {
        if (!lb_clear_if(rt, &kt_AttributeError)) return KR_ERR;
        goto plain;
    }
    if (kv_is_none(mod)) goto plain;
    if (!kv_is_str(mod) || strcmp(kstr_data(kv_as_obj(mod)), "builtins")) {
        if (lb_str(rt, mod, &r) != KR_OK) return KR_ERR;
        sb_append(sb, kstr_data(kv_as_obj(r)), (size_t)kstr_nbytes(kv_as_obj(r)));
        sb_putc(sb, '.');
    }
    if (lb_str(rt, qn, &r) != KR_OK) return KR_ERR;
    sb_append(sb, kstr_data(kv_as_obj(r)), (size_t)kstr_nbytes(kv_as_obj(r)));
    return KR_OK;
plain:
    if (lb_repr(rt, v, &r) != KR_OK) return KR_ERR;
    sb_append(sb, kstr_data(kv_as_obj(r)), (size_t)kstr_nbytes(kv_as_obj(r)));
    return KR_OK;
}

static int ga_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_galias *g = KR_AS(kr_galias, v);
    kr_tuple *a = (kr_tuple *)g->args;
    strbuf sb = STRBUF_INIT;
    rt->in_gc_unsafe++;
    int st = ga_repr_item(rt, g->origin, &sb);
    sb_putc(&sb, '[');
    if (a->len == 0) sb_puts(&sb, "()");
    for (int64_t i = 0; i < a->len && st == KR_OK; i++) {
        if (i) sb_puts(&sb, ", ");
        st = ga_repr_item(rt, a->items[i], &sb);
    }
    sb_putc(&sb, ']');
    rt->in_gc_unsafe--;
    if (st != KR_OK) { sb_free(&sb); return st; }
    return lb_sb_str(rt, &sb, out);
}

static int ga_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if ((op != KR_EQ && op != KR_NE) || !kv_is_type(b, &kt_generic_alias)) {
        *out = kr_notimpl();
        return KR_OK;
    }
    kr_galias *x = KR_AS(kr_galias, a), *y = KR_AS(kr_galias, b);
    int eq;
    rt->in_gc_unsafe++;
    int st = lb_cmp_bool(rt, x->origin, y->origin, KR_EQ, &eq);
    if (st == KR_OK && eq)
        st = lb_cmp_bool(rt, kv_obj(x->args), kv_obj(y->args), KR_EQ, &eq);
    rt->in_gc_unsafe--;
    if (st != KR_OK) return st;
    *out = kv_bool(op == KR_EQ ? eq : !eq);
    return KR_OK;
}

static int ga_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_galias *g = KR_AS(kr_galias, v);
    int64_t h0, h1;
    rt->in_gc_unsafe++;
    int st = lb_hash(rt, g->origin, &h0);
    if (st == KR_OK) st = lb_hash(rt, kv_obj(g->args), &h1);
    rt->in_gc_unsafe--;
    if (st != KR_OK) return st;
    int64_t h = h0 ^ h1;
    *out = h == -1 ? -2 : h;
    return KR_OK;
}

static int ga_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op == OPB_OR) return lib_union_or(rt, a, b, out);
    *out = kr_notimpl();
    return KR_OK;
}

/* list[int](...): an instance of the origin, remembering the alias in
 * __orig_class__ when it can. */
static int ga_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_galias *g = KR_AS(kr_galias, f);
    rt->in_gc_unsafe++;
    int st = lb_call(rt, g->origin, args, nargs, kwnames, out);
    if (st == KR_OK) {
        kr_str *n = kstr_intern_cstr(rt, "__orig_class__");
        if (!n) st = KR_ERR;
        else if (kr_setattr(rt, *out, &n->obj, f) != KR_OK
                 && !lb_clear_if(rt, &kt_AttributeError) && !lb_clear_if(rt, &kt_TypeError))
            st = KR_ERR;
    }
    rt->in_gc_unsafe--;
    return st;
}

/* list[T][int]: the args with each type variable replaced. */
static int ga_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kr_galias *g = KR_AS(kr_galias, o);
    rt->in_gc_unsafe++;
    int st = KR_ERR;
    kr_tuple *params;
    if (ga_params(rt, g, &params) != KR_OK) goto done;
    if (params->len == 0) {
        kr_val r;
        if (ga_repr(rt, o, &r) == KR_OK)
            kr_raise(rt, &kt_TypeError, "%s is not a generic class", kstr_data(kv_as_obj(r)));
        goto done;
    }
    kr_tuple *k;
    if (kv_is_type(key, &kt_tuple)) k = (kr_tuple *)kv_as_obj(key);
    else if (!(k = ktuple_from(rt, &key, 1))) goto done;
    if (k->len != params->len) {
        kr_val r;
        if (ga_repr(rt, o, &r) == KR_OK)
            kr_raise(rt, &kt_TypeError, "Too %s arguments for %s; actual %lld, expected %lld",
                     k->len > params->len ? "many" : "few", kstr_data(kv_as_obj(r)),
                     (long long)k->len, (long long)params->len);
        goto done;
    }
    kr_tuple *a = (kr_tuple *)g->args;
    kr_tuple *na = ktuple_new(rt, a->len);
    if (!na) goto done;
    for (int64_t i = 0; i < a->len; i++) {
        kr_val v = a->items[i];
        int64_t j;
        for (j = 0; j < params->len && !kr_is(params->items[j], v); j++) {}
        if (j < params->len) { na->items[i] = k->items[j]; continue; }
        na->items[i] = v;
        if (lb_is_type(v)) continue;
        kr_val ps;
        if (lb_getattr(rt, v, "__parameters__", &ps) != KR_OK) {
            if (!lb_clear_if(rt, &kt_AttributeError)) goto done;
            continue;
        }
        if (!kv_is_type(ps, &kt_tuple) || ((kr_tuple *)kv_as_obj(ps))->len == 0) continue;
        kr_tuple *pt = (kr_tuple *)kv_as_obj(ps);
        kr_tuple *sub = ktuple_new(rt, pt->len);
        if (!sub) goto done;
        for (int64_t m = 0; m < pt->len; m++) {
            sub->items[m] = pt->items[m];
            for (j = 0; j < params->len; j++)
                if (kr_is(params->items[j], pt->items[m])) { sub->items[m] = k->items[j]; break; }
        }
        kr_val sv = ktuple_val(sub);
        if (lb_sync(rt, kr_getitem(rt, v, sub->len == 1 ? sub->items[0] : sv, &na->items[i]),
                    &na->items[i]) != KR_OK)
            goto done;
    }
    st = kr_generic_alias_new(rt, g->origin, ktuple_val(na), out);
done:
    rt->in_gc_unsafe--;
    return st;
}

/* Names served by the alias itself; all others are the origin's. */
static bool ga_own_attr(const char *n)
{
    static const char *const own[] = {
        "__class__", "__bases__", "__origin__", "__args__", "__unpacked__", "__parameters__",
        "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
        "__copy__", "__deepcopy__", "__instancecheck__", "__subclasscheck__",
        "__typing_unionable__",
    };
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        if (!strcmp(n, own[i])) return true;
    return false;
}

static int ga_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    if (ga_own_attr(kstr_data(name))) return kr_generic_getattr(rt, o, name, out);
    return kr_getattr(rt, KR_AS(kr_galias, o)->origin, name, out);
}

static int ga_origin(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = KR_AS(kr_galias, self)->origin;
    return KR_OK;
}

static int ga_args(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = kv_obj(KR_AS(kr_galias, self)->args);
    return KR_OK;
}

static int ga_parameters(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_tuple *t;
    rt->in_gc_unsafe++;
    int st = ga_params(rt, KR_AS(kr_galias, self), &t);
    rt->in_gc_unsafe--;
    if (st != KR_OK) return st;
    *out = ktuple_val(t);
    return KR_OK;
}

static int ga_false(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = kv_bool(0);
    return KR_OK;
}

static int ga_true(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = kv_bool(1);
    return KR_OK;
}

static int ga_mro_entries(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_onearg(rt, "__mro_entries__", nargs, kw) != KR_OK) return KR_ERR;
    kr_tuple *t = ktuple_from(rt, &KR_AS(kr_galias, self)->origin, 1);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

static int ga_instancecheck(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    return kr_raise(rt, &kt_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static int ga_subclasscheck(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    return kr_raise(rt, &kt_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

/* types.GenericAlias(origin, args) */
static int ga_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (lb_nkw(kwnames)) return kr_raise(rt, &kt_TypeError, "GenericAlias() takes no keyword arguments");
    if (nargs != 2)
        return kr_raise(rt, &kt_TypeError, "GenericAlias expected 2 arguments, got %d", nargs);
    return kr_generic_alias_new(rt, args[0], args[1], out);
}

static KR_CFUNC(ga_origin_f, "__origin__", ga_origin, KF_GETTER);
static KR_CFUNC(ga_args_f, "__args__", ga_args, KF_GETTER);
static KR_CFUNC(ga_params_f, "__parameters__", ga_parameters, KF_GETTER);
static KR_CFUNC(ga_unpacked_f, "__unpacked__", ga_false, KF_GETTER);
static KR_CFUNC(ga_unionable_f, "__typing_unionable__", ga_true, KF_GETTER);
static KR_CFUNC(ga_mro_entries_f, "__mro_entries__", ga_mro_entries, KF_METHOD);
static KR_CFUNC(ga_inst_f, "__instancecheck__", ga_instancecheck, KF_METHOD);
static KR_CFUNC(ga_subc_f, "__subclasscheck__", ga_subclasscheck, KF_METHOD);

static const kr_cfunc *const ga_methods[] = {
    &ga_origin_f, &ga_args_f, &ga_params_f, &ga_unpacked_f, &ga_unionable_f,
    &ga_mro_entries_f, &ga_inst_f, &ga_subc_f, NULL,
};

kr_type kt_generic_alias = {
    .head = { KR_STATIC_HDR(&kt_type), &ga_cls },
    .name = "types.GenericAlias", .base = &kt_object,
    .slots = { .repr = ga_repr, .richcmp = ga_richcmp, .hash = ga_hash, .binop = ga_binop,
               .call = ga_call, .getitem = ga_getitem, .getattr = ga_getattr, .new_ = ga_new },
    .basicsize = sizeof(kr_galias), .methods = ga_methods,
};
