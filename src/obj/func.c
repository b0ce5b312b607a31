/* Functions, bound methods, native functions, cells, code objects and
 * modules. */
#include <string.h>

#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "seq.h"
#include "str.h"
#include "typeobj.h"

static int str_out(kr_rt *rt, kr_str *s, kr_val *out)
{
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

/* ---- function ---- */

static void func_trace(kr_obj *o, heap_tracer *t)
{
    kr_func *f = (kr_func *)o;
    heap_visit_obj(t, (kr_obj *)f->code);
    heap_visit_obj(t, f->globals);
    heap_visit_obj(t, f->builtins);
    heap_visit_obj(t, f->name);
    heap_visit_obj(t, f->qualname);
    heap_visit_obj(t, f->defaults);
    heap_visit_obj(t, f->kwdefaults);
    heap_visit_obj(t, f->closure);
    heap_visit_obj(t, f->dict);
    heap_visit_obj(t, f->typeparams);
    heap_visit_val(t, f->doc);
    heap_visit_val(t, f->module);
    heap_visit_val(t, f->annotate);
    heap_visit_val(t, f->annotations);
}

static const heap_class func_cls = { "function", func_trace, NULL, sizeof(kr_func) };

static int func_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_func *f = KR_AS(kr_func, v);
    return str_out(rt, kstr_fmt(rt, "<function %s at %p>", kstr_data(f->qualname), (void *)f), out);
}

static int func_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_func *f = KR_AS(kr_func, o);
    const char *n = kstr_data(name);
    if (n[0] == '_' && n[1] == '_') {
        if (!strcmp(n, "__name__")) { *out = kv_obj(f->name); return KR_OK; }
        if (!strcmp(n, "__qualname__")) { *out = kv_obj(f->qualname); return KR_OK; }
        if (!strcmp(n, "__doc__")) { *out = kv_is_undef(f->doc) ? kv_none() : f->doc; return KR_OK; }
        if (!strcmp(n, "__module__")) { *out = kv_is_undef(f->module) ? kv_none() : f->module; return KR_OK; }
        if (!strcmp(n, "__defaults__")) { *out = f->defaults ? kv_obj(f->defaults) : kv_none(); return KR_OK; }
        if (!strcmp(n, "__kwdefaults__")) { *out = f->kwdefaults ? kv_obj(f->kwdefaults) : kv_none(); return KR_OK; }
        if (!strcmp(n, "__closure__")) { *out = f->closure ? kv_obj(f->closure) : kv_none(); return KR_OK; }
        if (!strcmp(n, "__globals__")) { *out = kv_obj(f->globals); return KR_OK; }
        if (!strcmp(n, "__builtins__")) { *out = kv_obj(f->builtins); return KR_OK; }
        if (!strcmp(n, "__code__")) { *out = kv_obj((kr_obj *)f->code); return KR_OK; }
        if (!strcmp(n, "__dict__")) {
            kr_obj *d = kr_instance_dict(rt, o, true);
            if (!d) return KR_ERR;
            *out = kv_obj(d);
            return KR_OK;
        }
        if (!strcmp(n, "__annotations__")) {
            if (!kv_is_undef(f->annotations)) { *out = f->annotations; return KR_OK; }
            if (!kv_is_undef(f->annotate) && !kv_is_none(f->annotate)) {
                kr_val one = kv_int(1);
                if (vm_call(rt, f->annotate, &one, 1, NULL, out) != KR_OK) return KR_ERR;
                f->annotations = *out;
                return KR_OK;
            }
            kr_dict *d = kdict_new(rt);
            if (!d) return KR_ERR;
            f->annotations = kdict_val(d);
            *out = f->annotations;
            return KR_OK;
        }
        if (!strcmp(n, "__annotate__")) { *out = kv_is_undef(f->annotate) ? kv_none() : f->annotate; return KR_OK; }
        if (!strcmp(n, "__type_params__")) { *out = f->typeparams ? kv_obj(f->typeparams) : kv_obj(rt->empty_tuple); return KR_OK; }
    }
    return kr_generic_getattr(rt, o, name, out);
}

static int func_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val v)
{
    kr_func *f = KR_AS(kr_func, o);
    const char *n = kstr_data(name);
    bool del = kv_is_undef(v);
    if (n[0] != '_' || n[1] != '_') return kr_generic_setattr(rt, o, name, v);
    if (!strcmp(n, "__name__") || !strcmp(n, "__qualname__")) {
        if (!kv_is_str(v))
            return kr_raise(rt, &kt_TypeError, "%s must be set to a string object", n);
        if (n[2] == 'n') f->name = kv_as_obj(v); else f->qualname = kv_as_obj(v);
        return KR_OK;
    }
    if (!strcmp(n, "__doc__")) { f->doc = del ? kv_none() : v; return KR_OK; }
    if (!strcmp(n, "__module__")) { f->module = del ? kv_none() : v; return KR_OK; }
    if (!strcmp(n, "__defaults__")) {
        if (!del && !kv_is_none(v) && !kr_isinstance(v, &kt_tuple))
            return kr_raise(rt, &kt_TypeError, "__defaults__ must be set to a tuple object");
        f->defaults = del || kv_is_none(v) ? NULL : kv_as_obj(v);
        return KR_OK;
    }
    if (!strcmp(n, "__kwdefaults__")) {
        if (!del && !kv_is_none(v) && !kr_isinstance(v, &kt_dict))
            return kr_raise(rt, &kt_TypeError, "__kwdefaults__ must be set to a dict object");
        f->kwdefaults = del || kv_is_none(v) ? NULL : kv_as_obj(v);
        return KR_OK;
    }
    if (!strcmp(n, "__annotations__")) {
        /* a new dict replaces both the cache and __annotate__ */
        if (!del && !kv_is_none(v) && !kr_isinstance(v, &kt_dict))
            return kr_raise(rt, &kt_TypeError, "__annotations__ must be set to a dict object");
        f->annotations = del || kv_is_none(v) ? kv_undef() : v;
        f->annotate = kv_none();
        return KR_OK;
    }
    if (!strcmp(n, "__annotate__")) {
        if (del) return kr_raise(rt, &kt_TypeError, "__annotate__ cannot be deleted");
        if (!kv_is_none(v)) {
            kr_type *t = kr_type_of(v);
            if (!t->slots.call && t != &kt_function && t != &kt_method && t != &kt_builtin_function)
                return kr_raise(rt, &kt_TypeError, "__annotate__ must be callable or None");
            f->annotations = kv_undef();
        }
        f->annotate = v;
        return KR_OK;
    }
    if (!strcmp(n, "__code__")) {
        if (del || !kv_is_type(v, &kt_code))
            return kr_raise(rt, &kt_TypeError, "__code__ must be set to a code object");
        kr_code *c = (kr_code *)kv_as_obj(v);
        int64_t nclosure = f->closure ? ((kr_tuple *)f->closure)->len : 0;
        if (c->nfreevars != nclosure)
            return kr_raise(rt, &kt_ValueError, "%s() requires a code object with %lld free vars, not %d",
                            kstr_data(f->name), (long long)nclosure, (int)c->nfreevars);
        f->code = c;
        return KR_OK;
    }
    if (!strcmp(n, "__type_params__")) {
        if (del || !kr_isinstance(v, &kt_tuple)) return kr_raise(rt, &kt_TypeError, "__type_params__ must be set to a tuple");
        f->typeparams = kv_as_obj(v);
        return KR_OK;
    }
    if (!strcmp(n, "__dict__") && del) return kr_raise(rt, &kt_TypeError, "cannot delete __dict__");
    if (!strcmp(n, "__closure__") || !strcmp(n, "__globals__") || !strcmp(n, "__builtins__"))
        return kr_raise(rt, &kt_AttributeError, "readonly attribute");
    return kr_generic_setattr(rt, o, name, v);
}

static int func_descr_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    return kr_descr_get(rt, d, inst, owner, out);
}

kr_type kt_function = {
    .head = { KR_STATIC_HDR(&kt_type), &func_cls },
    .name = "function", .flags = KT_HAS_DICT, .base = &kt_object,
    .slots = { .repr = func_repr, .getattr = func_getattr, .setattr = func_setattr,
               .call = vm_call, .descr_get = func_descr_get },
    .basicsize = sizeof(kr_func), .dict_offset = offsetof(kr_func, dict),
    .doc = "Create a function object.\n"
        "\n"
        "  code\n"
        "    a code object\n"
        "  globals\n"
        "    the globals dictionary\n"
        "  name\n"
        "    a string that overrides the name from the code object\n"
        "  argdefs\n"
        "    a tuple that specifies the default argument values\n"
        "  closure\n"
        "    a tuple that supplies the bindings for free variables\n"
        "  kwdefaults\n"
        "    a dictionary that specifies the default keyword argument values",
};

/* ---- bound method ---- */

static void method_trace(kr_obj *o, heap_tracer *t)
{
    kr_method *m = (kr_method *)o;
    heap_visit_val(t, m->func);
    heap_visit_val(t, m->self);
}

static const heap_class method_cls = { "method", method_trace, NULL, sizeof(kr_method) };

static int method_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_method *m = KR_AS(kr_method, v);
    kr_val qn, sr;
    if (kr_getattr_cstr(rt, m->func, "__qualname__", &qn) != KR_OK) {
        kr_exc_clear(rt);
        if (kr_getattr_cstr(rt, m->func, "__name__", &qn) != KR_OK) return KR_ERR;
    }
    if (kr_repr(rt, m->self, &sr) != KR_OK) return KR_ERR;
    return str_out(rt, kstr_fmt(rt, "<bound method %s of %s>", kstr_data(kv_as_obj(qn)),
                                kstr_data(kv_as_obj(sr))), out);
}

static int method_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_method *m = KR_AS(kr_method, o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "__self__")) { *out = m->self; return KR_OK; }
    if (!strcmp(n, "__func__")) { *out = m->func; return KR_OK; }
    if (!strcmp(n, "__doc__")) return kr_getattr(rt, m->func, name, out);
    int r = kr_generic_getattr(rt, o, name, out);
    if (r == KR_ERR && kr_exc_matches(rt, &kt_AttributeError)) {
        kr_exc_clear(rt);
        return kr_getattr(rt, m->func, name, out);
    }
    return r;
}

static int method_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if ((op != KR_EQ && op != KR_NE) || !kv_is_type(b, &kt_method)) { *out = kr_notimpl(); return KR_OK; }
    kr_method *x = KR_AS(kr_method, a), *y = KR_AS(kr_method, b);
    bool eq = kr_is(x->func, y->func) && kr_is(x->self, y->self);
    *out = kv_bool(op == KR_EQ ? eq : !eq);
    return KR_OK;
}

static int method_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_method *m = KR_AS(kr_method, v);
    int64_t a = (int64_t)(uintptr_t)kv_as_obj(m->func), b = 0;
    if (kr_hash(rt, m->self, &b) != KR_OK) { kr_exc_clear(rt); b = 0; }
    int64_t h = (a >> 4) ^ b;
    *out = h == -1 ? -2 : h;
    return KR_OK;
}

kr_type kt_method = {
    .head = { KR_STATIC_HDR(&kt_type), &method_cls },
    .name = "method", .base = &kt_object,
    .slots = { .repr = method_repr, .getattr = method_getattr, .call = vm_call,
               .richcmp = method_richcmp, .hash = method_hash },
    .basicsize = sizeof(kr_method),
    .doc = "Create a bound instance method object.",
};

/* ---- native functions: static kr_cfunc (aux 0) or bound (aux 1) ---- */

static void native_trace(kr_obj *o, heap_tracer *t)
{
    if (o->aux == 1) heap_visit_val(t, ((kr_boundnative *)o)->self);
}

static const heap_class native_cls = { "builtin_function_or_method", native_trace, NULL, sizeof(kr_boundnative) };

static int native_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_obj *o = kv_as_obj(v);
    if (o->aux == 1) {
        kr_boundnative *b = (kr_boundnative *)o;
        if (kv_is_obj(b->self) && kr_is_subtype(kv_as_obj(b->self)->type, &kt_type) && (b->f->flags & KF_CLASS))
            return str_out(rt, kstr_fmt(rt, "<built-in method %s of type object at %p>", b->f->name,
                                        (void *)kv_as_obj(b->self)), out);
        if (kv_is_type(b->self, &kt_module))
            return str_out(rt, kstr_fmt(rt, "<built-in function %s>", b->f->name), out);
        return str_out(rt, kstr_fmt(rt, "<built-in method %s of %s object at %p>", b->f->name,
                                    kr_type_name(b->self), kv_is_obj(b->self) ? (void *)kv_as_obj(b->self) : NULL), out);
    }
    kr_cfunc *f = (kr_cfunc *)o;
    if (f->flags & (KF_METHOD | KF_CLASS))
        return str_out(rt, kstr_fmt(rt, "<method '%s' of objects>", f->name), out);
    return str_out(rt, kstr_fmt(rt, "<built-in function %s>", f->name), out);
}

static int native_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_obj *ob = kv_as_obj(o);
    const kr_cfunc *f = ob->aux == 1 ? ((kr_boundnative *)ob)->f : (const kr_cfunc *)ob;
    const char *n = kstr_data(name);
    kr_val self = ob->aux == 1 ? ((kr_boundnative *)ob)->self : kv_undef();
    if (!strcmp(n, "__name__")) return str_out(rt, kstr_cstr(rt, f->name), out);
    if (!strcmp(n, "__qualname__")) {
        /* a method's qualname names its type (the type itself for a
         * classmethod); a module function's is its bare name */
        if (kv_is_undef(self) || kv_is_type(self, &kt_module))
            return str_out(rt, kstr_cstr(rt, f->name), out);
        const char *tn = (f->flags & KF_CLASS) && kv_is_obj(self) && kr_is_subtype(kv_as_obj(self)->type, &kt_type)
            ? ((kr_type *)kv_as_obj(self))->name : kr_type_name(self);
        return str_out(rt, kstr_fmt(rt, "%s.%s", tn, f->name), out);
    }
    if (!strcmp(n, "__self__")) {
        if (!kv_is_undef(self)) { *out = self; return KR_OK; }
        /* a built-in function's __self__ is the builtins module */
        kr_val m = rt->modules ? kdict_get_cstr(rt, (kr_dict *)rt->modules, "builtins") : kv_undef();
        *out = kv_is_undef(m) ? kv_none() : m;
        return KR_OK;
    }
    if (!strcmp(n, "__doc__")) {
        if (!f->doc) { *out = kv_none(); return KR_OK; }
        return str_out(rt, kstr_cstr(rt, f->doc), out);
    }
    if (!strcmp(n, "__module__")) { *out = kv_none(); return KR_OK; }
    return kr_generic_getattr(rt, o, name, out);
}

static int native_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if ((op != KR_EQ && op != KR_NE) || !kv_is_type(b, &kt_builtin_function)) { *out = kr_notimpl(); return KR_OK; }
    kr_obj *x = kv_as_obj(a), *y = kv_as_obj(b);
    bool eq;
    if (x->aux == 1 && y->aux == 1)
        eq = ((kr_boundnative *)x)->f == ((kr_boundnative *)y)->f
          && kr_is(((kr_boundnative *)x)->self, ((kr_boundnative *)y)->self);
    else eq = x == y;
    *out = kv_bool(op == KR_EQ ? eq : !eq);
    return KR_OK;
}

static int native_descr_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out)
{
    if (kv_as_obj(d)->aux == 1) { *out = d; return KR_OK; }
    return kr_descr_get(rt, d, inst, owner, out);
}

kr_type kt_builtin_function = {
    .head = { KR_STATIC_HDR(&kt_type), &native_cls },
    .name = "builtin_function_or_method", .base = &kt_object,
    .slots = { .repr = native_repr, .getattr = native_getattr, .call = vm_call,
               .richcmp = native_richcmp, .hash = NULL, .descr_get = native_descr_get },
    .basicsize = sizeof(kr_boundnative),
};

/* ---- cell ---- */

static void cell_trace(kr_obj *o, heap_tracer *t) { heap_visit_val(t, ((kr_cell *)o)->v); }
static const heap_class cell_cls = { "cell", cell_trace, NULL, sizeof(kr_cell) };

static int cell_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_cell *c = KR_AS(kr_cell, v);
    if (kv_is_undef(c->v)) return str_out(rt, kstr_fmt(rt, "<cell at %p: empty>", (void *)c), out);
    return str_out(rt, kstr_fmt(rt, "<cell at %p: %s object at %p>", (void *)c, kr_type_name(c->v),
                                kv_is_obj(c->v) ? (void *)kv_as_obj(c->v) : NULL), out);
}

static int cell_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_cell *c = KR_AS(kr_cell, o);
    if (!strcmp(kstr_data(name), "cell_contents")) {
        if (kv_is_undef(c->v)) return kr_raise(rt, &kt_ValueError, "Cell is empty");
        *out = c->v;
        return KR_OK;
    }
    return kr_generic_getattr(rt, o, name, out);
}

kr_type kt_cell = {
    .head = { KR_STATIC_HDR(&kt_type), &cell_cls },
    .name = "cell", .base = &kt_object,
    .slots = { .repr = cell_repr, .getattr = cell_getattr },
    .basicsize = sizeof(kr_cell),
    .doc = "Create a new cell object.\n"
        "\n"
        "  contents\n"
        "    the contents of the cell. If not specified, the cell will be empty,\n"
        "    and \n"
        " further attempts to access its cell_contents attribute will\n"
        "    raise a ValueError.",
};

/* ---- module ---- */

static void module_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_obj(t, ((kr_module *)o)->dict);
    heap_visit_obj(t, ((kr_module *)o)->name);
}

static const heap_class module_cls = { "module", module_trace, NULL, sizeof(kr_module) };

static int module_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_module *m = KR_AS(kr_module, v);
    const char *n = kstr_data(m->name);
    if (!strcmp(n, "sys") || !strcmp(n, "builtins"))
        return str_out(rt, kstr_fmt(rt, "<module '%s' (built-in)>", n), out);
    return str_out(rt, kstr_fmt(rt, "<module '%s'>", n), out);
}

static int module_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_module *m = KR_AS(kr_module, o);
    kr_val v = kdict_get_str((kr_dict *)m->dict, (kr_str *)name);
    if (!kv_is_undef(v)) { *out = v; return KR_OK; }
    if (!strcmp(kstr_data(name), "__dict__")) { *out = kv_obj(m->dict); return KR_OK; }
    int r = kr_generic_getattr(rt, o, name, out);
    if (r == KR_ERR && kr_exc_matches(rt, &kt_AttributeError)) {
        kr_exc_clear(rt);
        return kr_no_attr(rt, o, name);
    }
    return r;
}

static int module_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val v)
{
    kr_module *m = KR_AS(kr_module, o);
    if (kv_is_undef(v)) {
        int r = kdict_del_str(rt, (kr_dict *)m->dict, (kr_str *)name);
        return r == KR_STOP ? kr_no_attr(rt, o, name) : r;
    }
    return kdict_set_str(rt, (kr_dict *)m->dict, (kr_str *)name, v);
}

kr_type kt_module = {
    .head = { KR_STATIC_HDR(&kt_type), &module_cls },
    .name = "module", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = { .repr = module_repr, .getattr = module_getattr, .setattr = module_setattr },
    .basicsize = sizeof(kr_module),
    .doc = "Create a module object.\n"
        "\n"
        "The name must be a string; the optional doc argument can have any type.",
};

kr_module *kmodule_new(kr_rt *rt, const char *name)
{
    kr_module *m = (kr_module *)heap_alloc(&rt->heap, &kt_module, sizeof(kr_module));
    if (!m) { kr_nomem(rt); return NULL; }
    kr_dict *d = kdict_new(rt);
    kr_str *n = kstr_intern_cstr(rt, name);
    if (!d || !n) return NULL;
    m->dict = &d->obj;
    m->name = &n->obj;
    if (kdict_set_cstr(rt, d, "__name__", kstr_val(n)) != KR_OK) return NULL;
    if (kdict_set_cstr(rt, d, "__doc__", kv_none()) != KR_OK) return NULL;
    return m;
}
