/* Async generators and the async iteration protocol.
 *
 * An async generator is a generator object (vm/gen.c) whose yields of
 * values are wrapped (ASYNC_GEN_WRAP) so they can be told apart from the
 * yields of the awaitables it awaits, which pass through to whoever drives
 * the coroutine.  asend()/athrow()/aclose() return awaitables that resume
 * it and finish (StopIteration(value)) at its next wrapped yield. */
#include <string.h>

#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "call.h"
#include "interp.h"

extern const heap_class vm_gen_cls;

/* A value an async generator yields. */
typedef struct agwrap {
    kr_obj obj;
    kr_val v;
} agwrap;

static void agwrap_trace(kr_obj *o, heap_tracer *t) { heap_visit_val(t, ((agwrap *)o)->v); }
static const heap_class agwrap_cls = { "async_generator_wrapped_value", agwrap_trace, NULL, sizeof(agwrap) };
static kr_type kt_agwrap = {
    .head = { KR_STATIC_HDR(&kt_type), &agwrap_cls },
    .name = "async_generator_wrapped_value", .base = &kt_object,
    .basicsize = sizeof(agwrap),
};

int vm_asyncgen_wrap(kr_rt *rt, kr_val v, kr_val *out)
{
    agwrap *w = (agwrap *)heap_alloc(&rt->heap, &kt_agwrap, sizeof(agwrap));
    if (!w) return kr_nomem(rt);
    w->v = v;
    *out = kv_obj(&w->obj);
    return KR_OK;
}

/* The awaitables of asend / athrow / aclose. */
enum { AG_ASEND, AG_ATHROW, AG_ACLOSE };
enum { AW_INIT, AW_ITER, AW_DONE };

typedef struct agawait {
    kr_obj obj;
    kr_val gen;
    kr_val val;                 /* asend: the value; athrow: the exception */
    uint8_t kind, state;
} agawait;

static void agawait_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_val(t, ((agawait *)o)->gen);
    heap_visit_val(t, ((agawait *)o)->val);
}

static const heap_class agawait_cls = { "async_generator_asend", agawait_trace, NULL, sizeof(agawait) };
static kr_type kt_agasend, kt_agathrow;

static int ag_stop(kr_rt *rt, kr_val v)
{
    kr_exc *e = kexc_new(rt, &kt_StopIteration, NULL);
    if (!e) return KR_ERR;
    if (!kv_is_none(v)) {
        kr_tuple *a = ktuple_from(rt, &v, 1);
        if (!a) return KR_ERR;
        e->args = &a->obj;
    }
    kr_dict *d = kdict_new(rt);
    if (!d) return KR_ERR;
    e->dict = &d->obj;
    if (kdict_set_cstr(rt, d, "value", v) != KR_OK) return KR_ERR;
    return kr_raise_obj(rt, kv_obj(&e->obj));
}

static int ag_stop_async(kr_rt *rt)
{
    kr_exc *e = kexc_new(rt, &kt_StopAsyncIteration, NULL);
    if (!e) return KR_ERR;
    return kr_raise_obj(rt, kv_obj(&e->obj));
}

/* Maps what the generator did (ST from vm_gen_send/vm_gen_throw, R) to
 * the awaitable's step. */
static int ag_result(kr_rt *rt, agawait *a, int st, kr_val r, kr_val *out)
{
    if (st == KR_OK) {
        if (kv_is_type(r, &kt_agwrap)) {
            a->state = AW_DONE;
            if (a->kind == AG_ACLOSE)
                return kr_raise(rt, &kt_RuntimeError, "async generator ignored GeneratorExit");
            return ag_stop(rt, ((agwrap *)kv_as_obj(r))->v);
        }
        *out = r;                /* an awaited object's yield passes through */
        return KR_OK;
    }
    a->state = AW_DONE;
    if (a->kind == AG_ACLOSE) {
        if (st == KR_STOP || kr_exc_matches(rt, &kt_GeneratorExit) || kr_exc_matches(rt, &kt_StopAsyncIteration)) {
            kr_exc_clear(rt);
            return ag_stop(rt, kv_none());
        }
        return KR_ERR;
    }
    if (st == KR_STOP) return ag_stop_async(rt);
    return KR_ERR;
}

static int ag_send(kr_rt *rt, agawait *a, kr_val v, kr_val *out)
{
    kr_obj *g = kv_as_obj(a->gen);
    if (a->state == AW_DONE) {
        if (a->kind == AG_ASEND)
            return kr_raise(rt, &kt_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        return kr_raise(rt, &kt_RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    }
    if (vm_gen_is_running(g))
        return kr_raise(rt, &kt_RuntimeError, a->kind == AG_ASEND ? "anext(): asynchronous generator is already running"
                                                                  : "athrow(): asynchronous generator is already running");
    kr_val r;
    int st;
    if (a->state == AW_INIT) {
        a->state = AW_ITER;
        if (a->kind == AG_ASEND) {
            if (kv_is_none(v)) v = a->val;
            st = vm_gen_send(rt, g, v, false, &r);
            return ag_result(rt, a, st, r, out);
        }
        if (vm_gen_is_closed(g) || (a->kind == AG_ACLOSE && vm_gen_is_created(g))) {
            a->state = AW_DONE;
            if (a->kind == AG_ACLOSE) { if (!vm_gen_is_closed(g)) vm_gen_throw(rt, g, a->val, &r), kr_exc_clear(rt); return ag_stop(rt, kv_none()); }
            return ag_stop_async(rt);
        }
        st = vm_gen_throw(rt, g, a->val, &r);
        return ag_result(rt, a, st, r, out);
    }
    st = vm_gen_send(rt, g, v, false, &r);
    return ag_result(rt, a, st, r, out);
}

static int agawait_next(kr_rt *rt, kr_val it, kr_val *out)
{
    return ag_send(rt, (agawait *)kv_as_obj(it), kv_none(), out);
}

static int agawait_send_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs != 1) return kr_raise(rt, &kt_TypeError, "send() takes exactly one argument (%d given)", nargs);
    return ag_send(rt, (agawait *)kv_as_obj(self), args[0], out);
}

static int exc_instance(kr_rt *rt, const kr_val *args, int nargs, kr_val *out)
{
    kr_val exc = args[0];
    if (kv_is_obj(exc) && kr_is_subtype(kv_as_obj(exc)->type, &kt_type)
        && kr_is_subtype((kr_type *)kv_as_obj(exc), &kt_BaseException))
        return vm_call(rt, exc, nargs >= 2 && !kv_is_none(args[1]) ? &args[1] : NULL,
                       nargs >= 2 && !kv_is_none(args[1]) ? 1 : 0, NULL, out);
    if (!kr_isinstance(exc, &kt_BaseException))
        return kr_raise(rt, &kt_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                        kr_type_name(exc));
    *out = exc;
    return KR_OK;
}

static int agawait_throw_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    agawait *a = (agawait *)kv_as_obj(self);
    if (nargs < 1 || nargs > 3) return kr_raise(rt, &kt_TypeError, "throw expected at least 1 argument, got %d", nargs);
    if (a->state == AW_DONE)
        return kr_raise(rt, &kt_RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    kr_val exc, r;
    if (exc_instance(rt, args, nargs, &exc) != KR_OK) return KR_ERR;
    a->state = AW_ITER;
    int st = vm_gen_throw(rt, kv_as_obj(a->gen), exc, &r);
    return ag_result(rt, a, st, r, out);
}

static int agawait_close_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    ((agawait *)kv_as_obj(self))->state = AW_DONE;
    *out = kv_none();
    return KR_OK;
}

static int agawait_self(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = self;
    return KR_OK;
}

static int agawait_iter(kr_rt *rt, kr_val o, kr_val *out) { *out = o; return KR_OK; }

static KR_CFUNC(agawait_send_f, "send", agawait_send_m, KF_METHOD);
static KR_CFUNC(agawait_throw_f, "throw", agawait_throw_m, KF_METHOD);
static KR_CFUNC(agawait_close_f, "close", agawait_close_m, KF_METHOD);
static KR_CFUNC(agawait_await_f, "__await__", agawait_self, KF_METHOD);
static const kr_cfunc *const agawait_methods[] = { &agawait_send_f, &agawait_throw_f, &agawait_close_f, &agawait_await_f, NULL };

static kr_type kt_agasend = {
    .head = { KR_STATIC_HDR(&kt_type), &agawait_cls },
    .name = "async_generator_asend", .base = &kt_object,
    .slots = { .iter = agawait_iter, .next = agawait_next },
    .basicsize = sizeof(agawait), .methods = agawait_methods,
};
static kr_type kt_agathrow = {
    .head = { KR_STATIC_HDR(&kt_type), &agawait_cls },
    .name = "async_generator_athrow", .base = &kt_object,
    .slots = { .iter = agawait_iter, .next = agawait_next },
    .basicsize = sizeof(agawait), .methods = agawait_methods,
};

static int ag_make(kr_rt *rt, kr_val gen, int kind, kr_val val, kr_val *out)
{
    agawait *a = (agawait *)heap_alloc(&rt->heap, kind == AG_ASEND ? &kt_agasend : &kt_agathrow, sizeof(agawait));
    if (!a) return kr_nomem(rt);
    a->gen = gen;
    a->val = val;
    a->kind = (uint8_t)kind;
    a->state = AW_INIT;
    *out = kv_obj(&a->obj);
    return KR_OK;
}

/* ---- the async generator's methods ---- */

static int ag_anext_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    return ag_make(rt, self, AG_ASEND, kv_none(), out);
}

static int ag_asend_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs != 1) return kr_raise(rt, &kt_TypeError, "asend() takes exactly one argument (%d given)", nargs);
    return ag_make(rt, self, AG_ASEND, args[0], out);
}

static int ag_athrow_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs < 1 || nargs > 3) return kr_raise(rt, &kt_TypeError, "athrow expected at least 1 argument, got %d", nargs);
    kr_val exc;
    if (exc_instance(rt, args, nargs, &exc) != KR_OK) return KR_ERR;
    return ag_make(rt, self, AG_ATHROW, exc, out);
}

static int ag_aclose_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_exc *e = kexc_new(rt, &kt_GeneratorExit, NULL);
    if (!e) return KR_ERR;
    return ag_make(rt, self, AG_ACLOSE, kv_obj(&e->obj), out);
}

static int ag_aiter_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = self;
    return KR_OK;
}

static int ag_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_val qn;
    if (kr_getattr_cstr(rt, v, "__qualname__", &qn) != KR_OK) return KR_ERR;
    kr_str *s = kstr_fmt(rt, "<async_generator object %s at %p>", kstr_data(kv_as_obj(qn)), (void *)kv_as_obj(v));
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static int ag_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    const char *n = kstr_data(name);
    if (!strcmp(n, "ag_running")) { *out = kv_bool(vm_gen_is_running(kv_as_obj(o))); return KR_OK; }
    if (!strcmp(n, "ag_frame")) { *out = kv_none(); return KR_OK; }
    /* the coroutine's attributes (__name__, __qualname__, ...) */
    return kt_coroutine.slots.getattr(rt, o, name, out);
}

static KR_CFUNC(ag_anext_f, "__anext__", ag_anext_m, KF_METHOD);
static KR_CFUNC(ag_aiter_f, "__aiter__", ag_aiter_m, KF_METHOD);
static KR_CFUNC(ag_asend_f, "asend", ag_asend_m, KF_METHOD);
static KR_CFUNC(ag_athrow_f, "athrow", ag_athrow_m, KF_METHOD);
static KR_CFUNC(ag_aclose_f, "aclose", ag_aclose_m, KF_METHOD);
static const kr_cfunc *const ag_methods[] = { &ag_anext_f, &ag_aiter_f, &ag_asend_f, &ag_athrow_f, &ag_aclose_f, NULL };

kr_type kt_async_generator = {
    .head = { KR_STATIC_HDR(&kt_type), &vm_gen_cls },
    .name = "async_generator", .base = &kt_object,
    .slots = { .repr = ag_repr, .getattr = ag_getattr },
    .basicsize = 0, .methods = ag_methods,
};

/* ---- async for ---- */

int vm_get_aiter(kr_rt *rt, kr_val obj, kr_val *out)
{
    kr_val r;
    int st = vm_call_special(rt, obj, "__aiter__", NULL, 0, &r);
    if (st == KR_STOP)
        return kr_raise(rt, &kt_TypeError, "'async for' requires an object with __aiter__ method, got %s", kr_type_name(obj));
    if (st != KR_OK) return st;
    if (kv_is_undef(vm_lookup_special(rt, r, "__anext__")))
        return kr_raise(rt, &kt_TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                        kr_type_name(r));
    *out = r;
    return KR_OK;
}

int vm_get_anext(kr_rt *rt, kr_val aiter, kr_val *out)
{
    if (kv_is_type(aiter, &kt_async_generator)) return ag_make(rt, aiter, AG_ASEND, kv_none(), out);
    kr_val r;
    int st = vm_call_special(rt, aiter, "__anext__", NULL, 0, &r);
    if (st == KR_STOP)
        return kr_raise(rt, &kt_TypeError, "'async for' requires an iterator with __anext__ method, got %s", kr_type_name(aiter));
    if (st != KR_OK) return st;
    if (kv_is_type(r, &kt_coroutine) || kv_is_type(r, &kt_agasend)) { *out = r; return KR_OK; }
    kr_val it;
    st = vm_call_special(rt, r, "__await__", NULL, 0, &it);
    if (st == KR_STOP)
        return kr_raise(rt, &kt_TypeError, "'async for' received an invalid object from __anext__: %s", kr_type_name(r));
    if (st != KR_OK) return st;
    *out = it;
    return KR_OK;
}

/* ---- anext(aiter, default): an awaitable that gives DEFAULT instead of
 * StopAsyncIteration ---- */

typedef struct anextaw {
    kr_obj obj;
    kr_val inner;               /* the awaited __anext__() iterator */
    kr_val dflt;
} anextaw;

static void anextaw_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_val(t, ((anextaw *)o)->inner);
    heap_visit_val(t, ((anextaw *)o)->dflt);
}

static const heap_class anextaw_cls = { "anext_awaitable", anextaw_trace, NULL, sizeof(anextaw) };
static kr_type kt_anextaw;

/* The inner step's outcome, with StopAsyncIteration turned into the end
 * of this awaitable with the default value. */
static int anextaw_result(kr_rt *rt, anextaw *a, int st, kr_val r, kr_val *out)
{
    if (st == KR_OK) { *out = r; return KR_OK; }
    if (st == KR_STOP) return ag_stop(rt, r);
    if (kr_exc_matches(rt, &kt_StopAsyncIteration)) {
        kr_exc_clear(rt);
        return ag_stop(rt, a->dflt);
    }
    return KR_ERR;
}

static int anextaw_send(kr_rt *rt, anextaw *a, kr_val v, kr_val *out)
{
    kr_val r;
    int st;
    if (vm_is_gen(a->inner)) st = vm_gen_send(rt, kv_as_obj(a->inner), v, false, &r);
    else if (kv_is_none(v)) st = kr_next(rt, a->inner, &r);
    else st = vm_call_method(rt, a->inner, "send", &v, 1, &r);
    if (st == KR_STOP) r = kv_none();
    return anextaw_result(rt, a, st, r, out);
}

static int anextaw_next(kr_rt *rt, kr_val it, kr_val *out)
{
    return anextaw_send(rt, (anextaw *)kv_as_obj(it), kv_none(), out);
}

static int anextaw_send_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs != 1) return kr_raise(rt, &kt_TypeError, "send() takes exactly one argument (%d given)", nargs);
    return anextaw_send(rt, (anextaw *)kv_as_obj(self), args[0], out);
}

static int anextaw_throw_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    anextaw *a = (anextaw *)kv_as_obj(self);
    if (nargs < 1 || nargs > 3) return kr_raise(rt, &kt_TypeError, "throw expected at least 1 argument, got %d", nargs);
    kr_val exc, r;
    if (exc_instance(rt, args, nargs, &exc) != KR_OK) return KR_ERR;
    int st;
    if (vm_is_gen(a->inner)) st = vm_gen_throw(rt, kv_as_obj(a->inner), exc, &r);
    else st = vm_call_method(rt, a->inner, "throw", &exc, 1, &r);
    return anextaw_result(rt, a, st, r, out);
}

static KR_CFUNC(anextaw_send_f, "send", anextaw_send_m, KF_METHOD);
static KR_CFUNC(anextaw_throw_f, "throw", anextaw_throw_m, KF_METHOD);
static const kr_cfunc *const anextaw_methods[] = { &anextaw_send_f, &anextaw_throw_f, &agawait_close_f, &agawait_await_f, NULL };

static kr_type kt_anextaw = {
    .head = { KR_STATIC_HDR(&kt_type), &anextaw_cls },
    .name = "anext_awaitable", .base = &kt_object,
    .slots = { .iter = agawait_iter, .next = anextaw_next },
    .basicsize = sizeof(anextaw), .methods = anextaw_methods,
};

int vm_anext_default(kr_rt *rt, kr_val aiter, kr_val dflt, kr_val *out)
{
    kr_val inner;
    if (vm_get_anext(rt, aiter, &inner) != KR_OK) return KR_ERR;
    anextaw *a = (anextaw *)heap_alloc(&rt->heap, &kt_anextaw, sizeof(anextaw));
    if (!a) return kr_nomem(rt);
    a->inner = inner;
    a->dflt = dflt;
    *out = kv_obj(&a->obj);
    return KR_OK;
}
