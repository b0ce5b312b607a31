/* typing.TypeAliasType: what `type X = ...` makes.  __value__ is
 * evaluated on first use (the compiler passes a function computing it),
 * so aliases may refer to names defined later, or to themselves. */
#include "typealias.h"

#include "../compile/opcodes.h"
#include "../lib/lib.h"
#include "../lib/lib_int.h"
#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "genericalias.h"
#include "seq.h"
#include "str.h"
#include "types.h"

typedef struct kr_typealias {
    kr_obj obj;
    kr_val name;                /* str */
    kr_val params;              /* tuple */
    kr_val evaluate;            /* function of the value, UNDEF once evaluated */
    kr_val value;               /* UNDEF until evaluated */
    kr_val module;
} kr_typealias;

static void ta_trace(kr_obj *o, heap_tracer *t)
{
    kr_typealias *a = (kr_typealias *)o;
    heap_visit_val(t, a->name);
    heap_visit_val(t, a->params);
    heap_visit_val(t, a->evaluate);
    heap_visit_val(t, a->value);
    heap_visit_val(t, a->module);
}
static const heap_class ta_cls = { "typing.TypeAliasType", ta_trace, NULL, sizeof(kr_typealias) };

int kr_typealias_new(kr_rt *rt, kr_val name, kr_val params, kr_val evaluate, kr_val *out)
{
    if (kv_is_none(params)) {
        kr_tuple *e = ktuple_empty(rt);
        if (!e) return KR_ERR;
        params = ktuple_val(e);
    }
    kr_typealias *a = (kr_typealias *)heap_alloc(&rt->heap, &kt_typealias, sizeof(kr_typealias));
    if (!a) return kr_nomem(rt);
    a->name = name;
    a->params = params;
    a->evaluate = evaluate;
    a->value = kv_undef();
    a->module = kv_none();
    kr_frame *f = lb_py_frame(rt);
    if (f && f->globals) {
        kr_val m = kdict_get_cstr(rt, (kr_dict *)f->globals, "__name__");
        if (!kv_is_undef(m)) a->module = m;
    }
    *out = kv_obj(&a->obj);
    return KR_OK;
}

static int ta_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    *out = KR_AS(kr_typealias, v)->name;
    return KR_OK;
}

static int ta_value(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_typealias *a = KR_AS(kr_typealias, self);
    if (kv_is_undef(a->value)) {
        kr_val v;
        if (lb_call(rt, a->evaluate, NULL, 0, NULL, &v) != KR_OK) return KR_ERR;
        a->value = v;
        a->evaluate = kv_undef();
    }
    *out = a->value;
    return KR_OK;
}

static int ta_name(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = KR_AS(kr_typealias, self)->name;
    return KR_OK;
}

static int ta_params(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = KR_AS(kr_typealias, self)->params;
    return KR_OK;
}

static int ta_module(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = KR_AS(kr_typealias, self)->module;
    return KR_OK;
}

static int ta_true(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = kv_bool(1);
    return KR_OK;
}

static int ta_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op == OPB_OR) return lib_union_or(rt, a, b, out);
    *out = kr_notimpl();
    return KR_OK;
}

/* X[int]: a generic alias of the alias (only when it has parameters). */
static int ta_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kr_typealias *a = KR_AS(kr_typealias, o);
    if (((kr_tuple *)kv_as_obj(a->params))->len == 0)
        return kr_raise(rt, &kt_TypeError, "Only generic type aliases are subscriptable");
    return kr_generic_alias_new(rt, o, key, out);
}

static int ta_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return kr_raise(rt, &kt_TypeError, "'typing.TypeAliasType' object is not callable");
}

static KR_CFUNC(ta_value_f, "__value__", ta_value, KF_GETTER);
static KR_CFUNC(ta_name_f, "__name__", ta_name, KF_GETTER);
static KR_CFUNC(ta_params_f, "__type_params__", ta_params, KF_GETTER);
static KR_CFUNC(ta_parameters_f, "__parameters__", ta_params, KF_GETTER);
static KR_CFUNC(ta_module_f, "__module__", ta_module, KF_GETTER);
static KR_CFUNC(ta_unionable_f, "__typing_unionable__", ta_true, KF_GETTER);

static const kr_cfunc *const ta_methods[] = {
    &ta_value_f, &ta_name_f, &ta_params_f, &ta_parameters_f, &ta_module_f,
    &ta_unionable_f, NULL,
};

kr_type kt_typealias = {
    .head = { KR_STATIC_HDR(&kt_type), &ta_cls },
    .name = "typing.TypeAliasType", .base = &kt_object,
    .slots = { .repr = ta_repr, .binop = ta_binop, .getitem = ta_getitem, .call = ta_call },
    .basicsize = sizeof(kr_typealias), .methods = ta_methods,
};
