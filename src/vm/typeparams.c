/* PEP 695 type parameters: see interp.h.  TypeVar, ParamSpec,
 * TypeVarTuple and Generic are the typing module's own (typing.py), so
 * `def f[T]` and `T = TypeVar('T')` make the same kind of object; type
 * aliases are obj/typealias.c's.  Bounds, constraints and defaults are
 * evaluated when the parameter is made (CPython defers them until first
 * use: a bound naming a class defined later raises NameError here). */
#include <string.h>

#include "../compile/opcodes.h"
#include "../lib/lib_int.h"
#include "../obj/exc.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "../obj/typealias.h"
#include "call.h"
#include "interp.h"

/* typing.NAME */
static int tp_typing_attr(kr_rt *rt, const char *name, kr_val *out)
{
    kr_str *mn = kstr_intern_cstr(rt, "typing");
    if (!mn) return KR_ERR;
    kr_val m;
    if (vm_import(rt, NULL, &mn->obj, kv_undef(), kv_int(0), &m) != KR_OK) return KR_ERR;
    return lb_getattr(rt, m, name, out);
}

/* typing.KIND(name, infer_variance=True) (no keyword for TypeVarTuple) */
static int tp_make(kr_rt *rt, const char *kind, kr_val name, kr_val *out)
{
    kr_val cls;
    if (tp_typing_attr(rt, kind, &cls) != KR_OK) return KR_ERR;
    if (!strcmp(kind, "TypeVarTuple")) return lb_call(rt, cls, &name, 1, NULL, out);
    kr_str *kw = kstr_intern_cstr(rt, "infer_variance");
    if (!kw) return KR_ERR;
    kr_val kv = kv_obj(&kw->obj);
    kr_tuple *kwn = ktuple_from(rt, &kv, 1);
    if (!kwn) return KR_ERR;
    kr_val args[2] = { name, kv_bool(1) };
    return lb_call(rt, cls, args, 1, &kwn->obj, out);
}

/* OBJ.NAME = EVALUATE() */
static int tp_set_evaluated(kr_rt *rt, kr_val obj, const char *name, kr_val evaluate)
{
    kr_val v;
    if (lb_call(rt, evaluate, NULL, 0, NULL, &v) != KR_OK) return KR_ERR;
    kr_str *n = kstr_intern_cstr(rt, name);
    if (!n) return KR_ERR;
    return kr_setattr(rt, obj, &n->obj, v);
}

static int tp_intrinsic1(kr_rt *rt, int which, kr_val v, kr_val *out)
{
    switch (which) {
    case INTRINSIC_TYPEVAR: return tp_make(rt, "TypeVar", v, out);
    case INTRINSIC_PARAMSPEC: return tp_make(rt, "ParamSpec", v, out);
    case INTRINSIC_TYPEVARTUPLE: return tp_make(rt, "TypeVarTuple", v, out);
    case INTRINSIC_SUBSCRIPT_GENERIC: {
        kr_val g;
        if (tp_typing_attr(rt, "Generic", &g) != KR_OK) return KR_ERR;
        return lb_sync(rt, kr_getitem(rt, g, v, out), out);
    }
    case INTRINSIC_TYPEALIAS: {
        if (!kv_is_type(v, &kt_tuple) || ((kr_tuple *)kv_as_obj(v))->len != 3)
            return kr_raise(rt, &kt_SystemError, "TYPEALIAS expects (name, type_params, evaluate)");
        kr_val *it = ((kr_tuple *)kv_as_obj(v))->items;
        return kr_typealias_new(rt, it[0], it[1], it[2], out);
    }
    }
    return kr_raise(rt, &kt_SystemError, "unknown type parameter intrinsic %d", which);
}

static int tp_intrinsic2(kr_rt *rt, int which, kr_val v2, kr_val v1, kr_val *out)
{
    switch (which) {
    case INTRINSIC_TYPEVAR_WITH_BOUND:
    case INTRINSIC_TYPEVAR_WITH_CONSTRAINTS:
        /* v2: the name, v1: the function evaluating the bound/constraints */
        if (tp_make(rt, "TypeVar", v2, out) != KR_OK) return KR_ERR;
        return tp_set_evaluated(rt, *out, which == INTRINSIC_TYPEVAR_WITH_BOUND
                                ? "__bound__" : "__constraints__", v1);
    case INTRINSIC_SET_TYPEPARAM_DEFAULT:
        /* v2: the parameter, v1: the function evaluating its default */
        *out = v2;
        return tp_set_evaluated(rt, v2, "__default__", v1);
    case INTRINSIC_SET_FUNCTION_TYPE_PARAMS:
        /* v2: the function, v1: the tuple of its parameters */
        if (!kv_is_type(v2, &kt_function) || !kv_is_type(v1, &kt_tuple))
            return kr_raise(rt, &kt_SystemError, "SET_FUNCTION_TYPE_PARAMS expects a function and a tuple");
        KR_AS(kr_func, v2)->typeparams = kv_as_obj(v1);
        *out = v2;
        return KR_OK;
    }
    return kr_raise(rt, &kt_SystemError, "unknown type parameter intrinsic %d", which);
}

/* The intrinsics call Python code (typing's classes, evaluate functions)
 * in nested loops while holding unrooted operands: no collection then. */
int vm_typeparam_intrinsic1(kr_rt *rt, int which, kr_val v, kr_val *out)
{
    rt->in_gc_unsafe++;
    int st = tp_intrinsic1(rt, which, v, out);
    rt->in_gc_unsafe--;
    return st;
}

int vm_typeparam_intrinsic2(kr_rt *rt, int which, kr_val v2, kr_val v1, kr_val *out)
{
    rt->in_gc_unsafe++;
    int st = tp_intrinsic2(rt, which, v2, v1, out);
    rt->in_gc_unsafe--;
    return st;
}
