/* Generators and coroutines: objects owning a suspended frame. */
#include <string.h>

#include "../compile/opcodes.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "call.h"
#include "frame.h"
#include "interp.h"

enum { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_CLOSED };

typedef struct kr_gen {
    kr_obj obj;
    kr_frame *frame;            /* NULL once finished */
    kr_obj *name, *qualname;
    kr_code *code;
    kr_obj *frameobj;           /* gi_frame, made on first access */
    kr_val retval;              /* what it returned when next() finished it */
    uint8_t state;
} kr_gen;

static void gen_trace(kr_obj *o, heap_tracer *t)
{
    kr_gen *g = (kr_gen *)o;
    if (g->frame) frame_trace(g->frame, t);
    heap_visit_obj(t, g->name);
    heap_visit_obj(t, g->qualname);
    heap_visit_obj(t, (kr_obj *)g->code);
    heap_visit_obj(t, g->frameobj);
    heap_visit_val(t, g->retval);
}

static void gen_free(kr_heap *h, kr_obj *o)
{
    kr_gen *g = (kr_gen *)o;
    frame_free_detached(h, g->frame);
    mem_free(&h->mem, o, heap_dead_size(o));
}

bool vm_is_gen(kr_val v)
{
    return kv_is_type(v, &kt_generator) || kv_is_type(v, &kt_coroutine);
}

kr_obj *vm_gen_new(kr_rt *rt, kr_frame *f, kr_func *fn)
{
    kr_code *co = f->code;
    kr_type *t = (co->flags & CC_ASYNC_GENERATOR) ? &kt_async_generator
               : (co->flags & CC_COROUTINE) ? &kt_coroutine : &kt_generator;
    kr_gen *g = (kr_gen *)heap_alloc(&rt->heap, t, sizeof(kr_gen));
    if (!g) { kr_nomem(rt); return NULL; }
    kr_frame *gf = frame_detach(rt, f);
    if (!gf) return NULL;
    gf->gen = &g->obj;
    gf->is_entry = 0;
    g->frame = gf;
    g->code = co;
    g->name = fn ? fn->name : co->name;
    g->qualname = fn ? fn->qualname : co->qualname;
    g->state = GEN_CREATED;
    return &g->obj;
}

void vm_gen_suspended(kr_rt *rt, kr_obj *o) { ((kr_gen *)o)->state = GEN_SUSPENDED; }

void vm_gen_finished(kr_rt *rt, kr_obj *o)
{
    kr_gen *g = (kr_gen *)o;
    g->state = GEN_CLOSED;
    frame_free_detached(&rt->heap, g->frame);
    g->frame = NULL;
}

static const char *gen_kind(kr_gen *g)
{
    return g->obj.type == &kt_coroutine ? "coroutine" : "generator";
}

/* Links G's frame above rt->frame, with V sent in. */
int vm_gen_start_inline(kr_rt *rt, kr_obj *o, kr_val v, int kind, kr_frame **out)
{
    kr_gen *g = (kr_gen *)o;
    if (g->state == GEN_RUNNING)
        return kr_raise(rt, &kt_ValueError, "%s already executing", gen_kind(g));
    if (g->state == GEN_CLOSED) {
        if (g->obj.type == &kt_coroutine)
            return kr_raise(rt, &kt_RuntimeError, "cannot reuse already awaited coroutine");
        rt->req.st[0] = kv_none();
        return KR_STOP;
    }
    if (g->state == GEN_CREATED && !kv_is_none(v))
        return kr_raise(rt, &kt_TypeError, "can't send non-None value to a just-started %s", gen_kind(g));
    if (rt->lim.depth >= rt->lim.max_depth)
        return kr_raise(rt, &kt_RecursionError, "maximum recursion depth exceeded");
    kr_frame *gf = g->frame;
    *gf->sp++ = v;      /* the value of the yield (the first: popped unused) */
    gf->prev = rt->frame;
    rt->frame = gf;
    gf->resume_kind = (uint8_t)kind;
    g->state = GEN_RUNNING;
    rt->lim.depth++;
    *out = gf;
    return KR_OK;
}

int vm_gen_send(kr_rt *rt, kr_obj *o, kr_val value, bool throwing, kr_val *out)
{
    kr_gen *g = (kr_gen *)o;
    if (rt->nested >= VM_MAX_NESTED)
        return kr_raise(rt, &kt_RecursionError, "maximum recursion depth exceeded");
    if (vm_stack_check(rt) != KR_OK) return KR_ERR;
    kr_frame *gf;
    int st;
    if (throwing) {
        if (g->state == GEN_RUNNING)
            return kr_raise(rt, &kt_ValueError, "%s already executing", gen_kind(g));
        if (g->state == GEN_CLOSED) return KR_ERR;
        gf = g->frame;
        gf->prev = rt->frame;
        rt->frame = gf;
        gf->resume_kind = RK_ENTRY;
        g->state = GEN_RUNNING;
        rt->lim.depth++;
    } else {
        kr_val saved = rt->exc;
        st = vm_gen_start_inline(rt, o, value, RK_ENTRY, &gf);
        if (st == KR_STOP) { *out = kv_none(); rt->exc = saved; return KR_STOP; }
        if (st != KR_OK) return st;
    }
    gf->is_entry = 1;
    rt->nested++;
    rt->in_gc_unsafe++;
    st = vm_run(rt, out, throwing);
    rt->in_gc_unsafe--;
    rt->nested--;
    if (st == KR_YIELD) return KR_OK;
    if (st == KR_OK) return KR_STOP;
    return KR_ERR;
}

/* ---- Python-visible methods ---- */

static int stop_with(kr_rt *rt, kr_val v);

static int gen_next(kr_rt *rt, kr_val it, kr_val *out)
{
    kr_val r;
    int st = vm_gen_send(rt, kv_as_obj(it), kv_none(), false, &r);
    if (st == KR_OK) *out = r;
    /* the iterator protocol drops the return value; next() raises it in
     * StopIteration (vm_stop_iteration) */
    if (st == KR_STOP) ((kr_gen *)kv_as_obj(it))->retval = r;
    return st;
}

int vm_stop_iteration(kr_rt *rt, kr_val it)
{
    kr_val v = kv_none();
    if (kv_is_type(it, &kt_generator)) {
        kr_gen *g = (kr_gen *)kv_as_obj(it);
        if (!kv_is_undef(g->retval)) v = g->retval;
        g->retval = kv_undef();
    }
    return stop_with(rt, v);
}

static int stop_with(kr_rt *rt, kr_val v)
{
    if (kv_is_none(v)) {
        kr_exc *e = kexc_new(rt, &kt_StopIteration, NULL);
        if (!e) return KR_ERR;
        kr_dict *d = kdict_new(rt);
        if (!d) return KR_ERR;
        e->dict = &d->obj;
        if (kdict_set_cstr(rt, d, "value", kv_none()) != KR_OK) return KR_ERR;
        return kr_raise_obj(rt, kv_obj(&e->obj));
    }
    return kr_raise_val(rt, &kt_StopIteration, v);
}

static int gen_send_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs != 1) return kr_raise(rt, &kt_TypeError, "send() takes exactly one argument (%d given)", nargs);
    kr_val r;
    int st = vm_gen_send(rt, kv_as_obj(self), args[0], false, &r);
    if (st == KR_STOP) return stop_with(rt, r);
    if (st == KR_OK) *out = r;
    return st;
}

static int gen_throw_exc(kr_rt *rt, kr_gen *g, kr_val exc, kr_val *out);

/* gen_throw_delegate's answer when G is not delegating. */
#define GEN_NOT_DELEGATING 3

/* Throws into the generator G is delegating to (yield from / await), if
 * any: returns GEN_NOT_DELEGATING when G is not delegating. */
static int gen_throw_delegate(kr_rt *rt, kr_gen *g, kr_val exc, kr_val *out)
{
    kr_frame *f = g->frame;
    if (!f || g->state != GEN_SUSPENDED || f->lasti < 0) return GEN_NOT_DELEGATING;
    uint16_t u = f->code->code[f->lasti];
    if ((u & 0xff) != OP_YIELD_VALUE || (u >> 8) == 0) return GEN_NOT_DELEGATING;
    kr_val recv = f->sp[-1];
    kr_val r;
    int st;
    g->state = GEN_RUNNING;
    if (vm_is_gen(recv)) {
        st = gen_throw_exc(rt, (kr_gen *)kv_as_obj(recv), exc, &r);
    } else {
        kr_val m;
        if (kr_getattr_cstr(rt, recv, "throw", &m) != KR_OK) {
            kr_exc_clear(rt);
            g->state = GEN_SUSPENDED;
            return GEN_NOT_DELEGATING;
        }
        st = vm_call(rt, m, &exc, 1, NULL, &r);
        if (st == KR_ERR && kr_exc_matches(rt, &kt_StopIteration)) st = KR_ERR;
    }
    g->state = GEN_SUSPENDED;
    if (st == KR_OK) { *out = r; return KR_OK; }
    if (st == KR_STOP) {
        if (stop_with(rt, r) != KR_ERR) return KR_ERR;
    }
    /* the subiterator raised: throw that into G */
    st = vm_gen_send(rt, &g->obj, kv_undef(), true, &r);
    if (st == KR_OK) *out = r;
    if (st == KR_STOP) { *out = r; return KR_STOP; }
    return st;
}

static int gen_throw_exc(kr_rt *rt, kr_gen *g, kr_val exc, kr_val *out)
{
    if (g->state == GEN_CLOSED) return kr_raise_obj(rt, exc);
    if (g->state == GEN_CREATED) {
        g->state = GEN_CLOSED;
        frame_free_detached(&rt->heap, g->frame);
        g->frame = NULL;
        return kr_raise_obj(rt, exc);
    }
    int st = gen_throw_delegate(rt, g, exc, out);
    if (st != GEN_NOT_DELEGATING) return st;
    rt->exc = exc;
    return vm_gen_send(rt, &g->obj, kv_undef(), true, out);
}

static int gen_throw_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (nargs < 1 || nargs > 3)
        return kr_raise(rt, &kt_TypeError, "throw expected at least 1 argument, got %d", nargs);
    kr_val exc = args[0];
    if (kv_is_obj(exc) && kr_is_subtype(kv_as_obj(exc)->type, &kt_type)
        && kr_is_subtype((kr_type *)kv_as_obj(exc), &kt_BaseException)) {
        kr_val inst;
        if (vm_call(rt, exc, nargs >= 2 && !kv_is_none(args[1]) ? &args[1] : NULL,
                    nargs >= 2 && !kv_is_none(args[1]) ? 1 : 0, NULL, &inst) != KR_OK) return KR_ERR;
        exc = inst;
    } else if (!kr_isinstance(exc, &kt_BaseException)) {
        return kr_raise(rt, &kt_TypeError, "exceptions must be classes or instances deriving from BaseException, not %s",
                        kr_type_name(exc));
    }
    kr_val r;
    int st = gen_throw_exc(rt, (kr_gen *)kv_as_obj(self), exc, &r);
    if (st == KR_STOP) return stop_with(rt, r);
    if (st == KR_OK) *out = r;
    return st;
}

static int gen_close_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_gen *g = (kr_gen *)kv_as_obj(self);
    *out = kv_none();
    if (g->state == GEN_CLOSED) return KR_OK;
    if (g->state == GEN_CREATED) {
        g->state = GEN_CLOSED;
        frame_free_detached(&rt->heap, g->frame);
        g->frame = NULL;
        return KR_OK;
    }
    kr_exc *ge = kexc_new(rt, &kt_GeneratorExit, NULL);
    if (!ge) return KR_ERR;
    kr_val r;
    int st = gen_throw_exc(rt, g, kv_obj(&ge->obj), &r);
    if (st == KR_OK) return kr_raise(rt, &kt_RuntimeError, "%s ignored GeneratorExit", gen_kind(g));
    if (st == KR_STOP) { *out = r; return KR_OK; }
    if (kr_exc_matches(rt, &kt_GeneratorExit) || kr_exc_matches(rt, &kt_StopIteration)) {
        kr_exc_clear(rt);
        return KR_OK;
    }
    return KR_ERR;
}

static int gen_iter(kr_rt *rt, kr_val o, kr_val *out) { *out = o; return KR_OK; }

static int gen_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_gen *g = (kr_gen *)kv_as_obj(v);
    kr_str *s = kstr_fmt(rt, "<%s object %s at %p>", gen_kind(g), kstr_data(g->qualname), (void *)g);
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

/* ---- gi_frame: a view of a generator's frame ---- */

typedef struct genframe {
    kr_obj obj;
    kr_gen *gen;
    kr_obj *globals;
} genframe;

static void genframe_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_obj(t, &((genframe *)o)->gen->obj);
    heap_visit_obj(t, ((genframe *)o)->globals);
}

static const heap_class genframe_cls = { "frame", genframe_trace, NULL, sizeof(genframe) };

static int32_t genframe_line(genframe *fo)
{
    kr_frame *f = fo->gen->frame;
    if (!f || f->lasti < 0 || f->lasti >= f->code->ncode) return fo->gen->code->firstlineno;
    return f->code->positions[f->lasti].lineno;
}

static int genframe_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    genframe *fo = (genframe *)kv_as_obj(o);
    kr_frame *f = fo->gen->frame;
    const char *n = kstr_data(name);
    if (!strcmp(n, "f_code")) { *out = kv_obj(&fo->gen->code->obj); return KR_OK; }
    if (!strcmp(n, "f_globals")) { *out = fo->globals ? kv_obj(fo->globals) : kv_none(); return KR_OK; }
    if (!strcmp(n, "f_back")) { *out = kv_none(); return KR_OK; }
    if (!strcmp(n, "f_lineno")) { *out = kv_int(genframe_line(fo)); return KR_OK; }
    if (!strcmp(n, "f_lasti")) { *out = kv_int(f && f->lasti >= 0 ? 2 * (int64_t)f->lasti : -1); return KR_OK; }
    if (!strcmp(n, "f_locals")) {
        kr_dict *d = kdict_new(rt);
        if (!d) return KR_ERR;
        kr_code *co = fo->gen->code;
        for (int32_t i = 0; f && i < co->nlocalsplus; i++) {
            kr_val v = f->vals[i];
            if ((co->localspluskinds[i] & (CC_FAST_CELL | CC_FAST_FREE)) && kv_is_type(v, &kt_cell))
                v = KR_AS(kr_cell, v)->v;
            if (kv_is_undef(v) || (co->localspluskinds[i] & CC_FAST_HIDDEN)) continue;
            if (kdict_set(rt, d, kv_obj(co->localsplusnames[i]), v) != KR_OK) return KR_ERR;
        }
        *out = kdict_val(d);
        return KR_OK;
    }
    return kr_generic_getattr(rt, o, name, out);
}

static int genframe_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    genframe *fo = (genframe *)kv_as_obj(v);
    kr_str *s = kstr_fmt(rt, "<frame at %p, file '%s', line %d, code %s>", (void *)fo,
                         kstr_data(fo->gen->code->filename), (int)genframe_line(fo),
                         kstr_data(fo->gen->code->name));
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static kr_type genframe_type = {
    .head = { KR_STATIC_HDR(&kt_type), &genframe_cls },
    .name = "frame", .base = &kt_object,
    .slots = { .repr = genframe_repr, .getattr = genframe_getattr },
    .basicsize = sizeof(genframe),
};

static int gen_frame(kr_rt *rt, kr_gen *g, kr_val *out)
{
    if (g->state == GEN_CLOSED || !g->frame) { *out = kv_none(); return KR_OK; }
    if (!g->frameobj) {
        genframe *fo = (genframe *)heap_alloc(&rt->heap, &genframe_type, sizeof(genframe));
        if (!fo) return kr_nomem(rt);
        fo->gen = g;
        fo->globals = g->frame->globals;
        g->frameobj = &fo->obj;
    }
    *out = kv_obj(g->frameobj);
    return KR_OK;
}

static int gen_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_gen *g = (kr_gen *)kv_as_obj(o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "__name__")) { *out = kv_obj(g->name); return KR_OK; }
    if (!strcmp(n, "__qualname__")) { *out = kv_obj(g->qualname); return KR_OK; }
    if (!strcmp(n, "gi_running") || !strcmp(n, "cr_running")) { *out = kv_bool(g->state == GEN_RUNNING); return KR_OK; }
    if (!strcmp(n, "gi_suspended") || !strcmp(n, "cr_suspended")) { *out = kv_bool(g->state == GEN_SUSPENDED); return KR_OK; }
    if (!strcmp(n, "gi_code") || !strcmp(n, "cr_code")) { *out = kv_obj((kr_obj *)g->code); return KR_OK; }
    if (!strcmp(n, "gi_frame") || !strcmp(n, "cr_frame")) return gen_frame(rt, g, out);
    if (!strcmp(n, "gi_yieldfrom") || !strcmp(n, "cr_await")) {
        /* suspended in a yield from / await: the delegate under the yield */
        kr_frame *f = g->frame;
        *out = kv_none();
        if (f && g->state == GEN_SUSPENDED && f->lasti >= 0) {
            uint16_t u = f->code->code[f->lasti];
            if ((u & 0xff) == OP_YIELD_VALUE && (u >> 8) != 0) *out = f->sp[-1];
        }
        return KR_OK;
    }
    return kr_generic_getattr(rt, o, name, out);
}

static int gen_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val v)
{
    kr_gen *g = (kr_gen *)kv_as_obj(o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__")) {
        if (!kv_is_str(v)) return kr_raise(rt, &kt_TypeError, "%s must be set to a string object", n);
        if (n[2] == 'n') g->name = kv_as_obj(v); else g->qualname = kv_as_obj(v);
        return KR_OK;
    }
    return kr_generic_setattr(rt, o, name, v);
}

static int coro_await_m(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = self;
    return KR_OK;
}

static KR_CFUNC(gen_send_f, "send", gen_send_m, KF_METHOD);
static KR_CFUNC(gen_throw_f, "throw", gen_throw_m, KF_METHOD);
static KR_CFUNC(gen_close_f, "close", gen_close_m, KF_METHOD);
static KR_CFUNC(coro_await_f, "__await__", coro_await_m, KF_METHOD);
static const kr_cfunc *const gen_methods[] = { &gen_send_f, &gen_throw_f, &gen_close_f, NULL };
static const kr_cfunc *const coro_methods[] = { &gen_send_f, &gen_throw_f, &gen_close_f, &coro_await_f, NULL };

const heap_class vm_gen_cls = { "generator", gen_trace, gen_free, sizeof(kr_gen) };

kr_type kt_generator = {
    .head = { KR_STATIC_HDR(&kt_type), &vm_gen_cls },
    .name = "generator", .base = &kt_object,
    .slots = { .repr = gen_repr, .iter = gen_iter, .next = gen_next, .getattr = gen_getattr,
               .setattr = gen_setattr },
    .basicsize = sizeof(kr_gen), .methods = gen_methods,
};

kr_type kt_coroutine = {
    .head = { KR_STATIC_HDR(&kt_type), &vm_gen_cls },
    .name = "coroutine", .base = &kt_object,
    .slots = { .repr = gen_repr, .getattr = gen_getattr, .setattr = gen_setattr },
    .basicsize = sizeof(kr_gen), .methods = coro_methods,
};

int vm_gen_throw(kr_rt *rt, kr_obj *g, kr_val exc, kr_val *out)
{
    return gen_throw_exc(rt, (kr_gen *)g, exc, out);
}

bool vm_gen_is_running(kr_obj *g) { return ((kr_gen *)g)->state == GEN_RUNNING; }
bool vm_gen_is_closed(kr_obj *g) { return ((kr_gen *)g)->state == GEN_CLOSED; }
bool vm_gen_is_created(kr_obj *g) { return ((kr_gen *)g)->state == GEN_CREATED; }
