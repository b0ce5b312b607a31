/* Exception objects and raising from C.
 *
 * Every exception type shares kr_exc's layout.  Attributes particular to
 * some types (StopIteration.value, OSError.errno, NameError.name ...) are
 * stored in the instance dict when the exception is initialised, so one
 * layout and one trace function serve the whole hierarchy. */
#include "exc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "seq.h"
#include "str.h"

static void exc_trace(kr_obj *o, heap_tracer *t)
{
    kr_exc *e = (kr_exc *)o;
    heap_visit_obj(t, e->dict);
    heap_visit_obj(t, e->args);
    heap_visit_obj(t, e->traceback);
    heap_visit_val(t, e->cause);
    heap_visit_val(t, e->context);
    heap_visit_obj(t, e->notes);
}

static const heap_class exc_cls = { "BaseException", exc_trace, NULL, sizeof(kr_exc) };

const char *kr_type_name(kr_val v)
{
    return kr_type_of(v)->name;
}

kr_exc *kexc_new(kr_rt *rt, kr_type *t, kr_obj *args)
{
    kr_exc *e = (kr_exc *)heap_alloc(&rt->heap, t, t->basicsize ? t->basicsize : sizeof(kr_exc));
    if (!e) { kr_nomem(rt); return NULL; }
    e->args = args ? args : rt->empty_tuple;
    e->cause = kv_undef();
    e->context = kv_undef();
    return e;
}

static int exc_set_attr(kr_rt *rt, kr_exc *e, const char *name, kr_val v)
{
    if (!e->dict) {
        kr_dict *d = kdict_new(rt);
        if (!d) return KR_ERR;
        e->dict = &d->obj;
    }
    return kdict_set_cstr(rt, (kr_dict *)e->dict, name, v);
}

/* The type-specific attributes, from the arguments (BaseException_init and
 * the inits of the subclasses that define attributes). */
static int exc_init_attrs(kr_rt *rt, kr_exc *e)
{
    kr_type *t = e->obj.type;
    kr_tuple *a = (kr_tuple *)e->args;
    kr_val first = a->len > 0 ? a->items[0] : kv_none();
    if (kr_is_subtype(t, &kt_StopIteration) || kr_is_subtype(t, &kt_StopAsyncIteration))
        return exc_set_attr(rt, e, "value", first);
    if (kr_is_subtype(t, &kt_SystemExit))
        return exc_set_attr(rt, e, "code", a->len == 1 ? first : a->len == 0 ? kv_none() : ktuple_val(a));
    if (kr_is_subtype(t, &kt_NameError)) {
        int r = exc_set_attr(rt, e, "name", kv_none());
        return r;
    }
    if (kr_is_subtype(t, &kt_AttributeError)) {
        if (exc_set_attr(rt, e, "name", kv_none()) != KR_OK) return KR_ERR;
        return exc_set_attr(rt, e, "obj", kv_none());
    }
    if (kr_is_subtype(t, &kt_ImportError)) {
        if (exc_set_attr(rt, e, "msg", a->len == 1 ? first : kv_none()) != KR_OK) return KR_ERR;
        if (exc_set_attr(rt, e, "name", kv_none()) != KR_OK) return KR_ERR;
        return exc_set_attr(rt, e, "path", kv_none());
    }
    if (kr_is_subtype(t, &kt_OSError)) {
        kr_val no = kv_none(), se = kv_none(), fn = kv_none();
        if (a->len >= 2 && a->len <= 5) { no = a->items[0]; se = a->items[1]; }
        if (a->len >= 3 && a->len <= 5) fn = a->items[2];
        if (exc_set_attr(rt, e, "errno", no) != KR_OK) return KR_ERR;
        if (exc_set_attr(rt, e, "strerror", se) != KR_OK) return KR_ERR;
        if (exc_set_attr(rt, e, "filename", fn) != KR_OK) return KR_ERR;
        return exc_set_attr(rt, e, "filename2", kv_none());
    }
    if (kr_is_subtype(t, &kt_SyntaxError)) {
        kr_val f[6] = { kv_none(), kv_none(), kv_none(), kv_none(), kv_none(), kv_none() };
        static const char *const names[] = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
        if (exc_set_attr(rt, e, "msg", a->len >= 1 ? first : kv_none()) != KR_OK) return KR_ERR;
        if (a->len == 2 && kv_is_exact_tuple(a->items[1])) {
            kr_tuple *info = KR_AS(kr_tuple, a->items[1]);
            for (int i = 0; i < 6 && i < info->len; i++) f[i] = info->items[i];
        }
        for (int i = 0; i < 6; i++)
            if (exc_set_attr(rt, e, names[i], f[i]) != KR_OK) return KR_ERR;
        return exc_set_attr(rt, e, "print_file_and_line", kv_none());
    }
    return KR_OK;
}

int kr_raise_obj(kr_rt *rt, kr_val exc)
{
    rt->exc = exc;
    return KR_ERR;
}

int kr_nomem(kr_rt *rt)
{
    if (rt->memerr) {
        kr_exc *e = (kr_exc *)rt->memerr;
        e->traceback = NULL;
        e->context = kv_undef();
        e->cause = kv_undef();
        rt->exc = kv_obj(rt->memerr);
    }
    rt->heap.mem.failed = 1;
    return KR_ERR;
}

int kr_raise_val(kr_rt *rt, kr_type *t, kr_val arg)
{
    kr_tuple *args = ktuple_from(rt, &arg, 1);
    if (!args) return KR_ERR;
    kr_exc *e = kexc_new(rt, t, &args->obj);
    if (!e) return KR_ERR;
    if (exc_init_attrs(rt, e) != KR_OK) return KR_ERR;
    return kr_raise_obj(rt, kv_obj(&e->obj));
}

int kr_raise(kr_rt *rt, kr_type *t, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    kr_str *msg;
    if ((size_t)n < sizeof small) {
        msg = kstr_new(rt, small, (size_t)n);
    } else {
        char *big = mem_alloc(&rt->heap.mem, (size_t)n + 1);
        if (!big) return kr_nomem(rt);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        msg = kstr_new(rt, big, (size_t)n);
        mem_free(&rt->heap.mem, big, (size_t)n + 1);
    }
    if (!msg) return KR_ERR;
    return kr_raise_val(rt, t, kstr_val(msg));
}

int kr_type_error(kr_rt *rt, const char *fmt_with_one_s, kr_val v)
{
    return kr_raise(rt, &kt_TypeError, fmt_with_one_s, kr_type_name(v));
}

kr_val kr_exc_current(kr_rt *rt) { return rt->exc; }
void kr_exc_clear(kr_rt *rt) { rt->exc = kv_undef(); }

bool kr_exc_matches(kr_rt *rt, kr_type *t)
{
    return !kv_is_undef(rt->exc) && kr_isinstance(rt->exc, t);
}

/* ---- the Python-visible behaviour ---- */

static int exc_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    kr_tuple *a = ktuple_from(rt, args, nargs);
    if (!a) return KR_ERR;
    kr_exc *e = kexc_new(rt, t, &a->obj);
    if (!e) return KR_ERR;
    if (exc_init_attrs(rt, e) != KR_OK) return KR_ERR;
    *out = kv_obj(&e->obj);
    return KR_OK;
}

static int exc_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    kr_exc *e = KR_AS(kr_exc, self);
    if (kwnames && KR_OBJ_AS(kr_tuple, kwnames)->len) {
        kr_type *t = e->obj.type;
        /* a few types take keywords (name=, obj=, path=); others refuse */
        kr_tuple *kw = KR_OBJ_AS(kr_tuple, kwnames);
        for (int64_t i = 0; i < kw->len; i++) {
            kr_obj *k = kv_as_obj(kw->items[i]);
            const char *ks = kstr_data(k);
            bool ok = (kr_is_subtype(t, &kt_NameError) && !strcmp(ks, "name"))
                || (kr_is_subtype(t, &kt_AttributeError) && (!strcmp(ks, "name") || !strcmp(ks, "obj")))
                || (kr_is_subtype(t, &kt_ImportError) && (!strcmp(ks, "name") || !strcmp(ks, "path") || !strcmp(ks, "name_from")));
            if (!ok) {
                if (t->flags & KT_HEAPTYPE) continue; /* a subclass's __init__ took them */
                return kr_raise(rt, &kt_TypeError, "%s() takes no keyword arguments", t->name);
            }
        }
    }
    kr_tuple *a = ktuple_from(rt, args, nargs);
    if (!a) return KR_ERR;
    e->args = &a->obj;
    if (exc_init_attrs(rt, e) != KR_OK) return KR_ERR;
    if (kwnames) {
        kr_tuple *kw = KR_OBJ_AS(kr_tuple, kwnames);
        for (int64_t i = 0; i < kw->len; i++)
            if (exc_set_attr(rt, e, kstr_data(kv_as_obj(kw->items[i])), args[nargs + i]) != KR_OK)
                return KR_ERR;
    }
    return KR_OK;
}

static int exc_str(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_exc *e = KR_AS(kr_exc, v);
    kr_tuple *a = (kr_tuple *)e->args;
    kr_type *t = e->obj.type;
    if (kr_is_subtype(t, &kt_KeyError) && a->len == 1)
        return kr_repr(rt, a->items[0], out);
    if (kr_is_subtype(t, &kt_OSError) && e->dict) {
        kr_val no = kdict_get_cstr(rt, (kr_dict *)e->dict, "errno");
        kr_val se = kdict_get_cstr(rt, (kr_dict *)e->dict, "strerror");
        kr_val fn = kdict_get_cstr(rt, (kr_dict *)e->dict, "filename");
        if (!kv_is_undef(se) && !kv_is_none(se) && !kv_is_undef(no) && !kv_is_none(no)) {
            kr_val ns, ss, fs;
            if (kr_to_str(rt, no, &ns) != KR_OK || kr_to_str(rt, se, &ss) != KR_OK) return KR_ERR;
            kr_str *r;
            if (!kv_is_undef(fn) && !kv_is_none(fn)) {
                if (kr_repr(rt, fn, &fs) != KR_OK) return KR_ERR;
                r = kstr_fmt(rt, "[Errno %s] %s: %s", kstr_data(kv_as_obj(ns)),
                             kstr_data(kv_as_obj(ss)), kstr_data(kv_as_obj(fs)));
            } else {
                r = kstr_fmt(rt, "[Errno %s] %s", kstr_data(kv_as_obj(ns)), kstr_data(kv_as_obj(ss)));
            }
            if (!r) return KR_ERR;
            *out = kstr_val(r);
            return KR_OK;
        }
    }
    if (kr_is_subtype(t, &kt_SyntaxError) && e->dict) {
        kr_val msg = kdict_get_cstr(rt, (kr_dict *)e->dict, "msg");
        kr_val ln = kdict_get_cstr(rt, (kr_dict *)e->dict, "lineno");
        kr_val fn = kdict_get_cstr(rt, (kr_dict *)e->dict, "filename");
        if (!kv_is_undef(msg) && !kv_is_none(msg)) {
            kr_val ms;
            if (kr_to_str(rt, msg, &ms) != KR_OK) return KR_ERR;
            const char *base = NULL;
            if (kv_is_str(fn)) {
                base = kstr_data(kv_as_obj(fn));
                const char *sl = strrchr(base, '/');
                if (sl) base = sl + 1;
            }
            kr_str *r;
            if (base && kv_is_int(ln))
                r = kstr_fmt(rt, "%s (%s, line %lld)", kstr_data(kv_as_obj(ms)), base, (long long)kv_as_int(ln));
            else if (base)
                r = kstr_fmt(rt, "%s (%s)", kstr_data(kv_as_obj(ms)), base);
            else if (kv_is_int(ln))
                r = kstr_fmt(rt, "%s (line %lld)", kstr_data(kv_as_obj(ms)), (long long)kv_as_int(ln));
            else
                r = (kr_str *)kv_as_obj(ms);
            if (!r) return KR_ERR;
            *out = kstr_val(r);
            return KR_OK;
        }
    }
    if (a->len == 0) {
        kr_str *r = kstr_new(rt, "", 0);
        if (!r) return KR_ERR;
        *out = kstr_val(r);
        return KR_OK;
    }
    if (a->len == 1) return kr_to_str(rt, a->items[0], out);
    return kr_to_str(rt, ktuple_val(a), out);
}

static int exc_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_exc *e = KR_AS(kr_exc, v);
    kr_tuple *a = (kr_tuple *)e->args;
    kr_val r;
    const char *name = e->obj.type->name;
    if (a->len == 1) {
        if (kr_repr(rt, a->items[0], &r) != KR_OK) return KR_ERR;
        kr_str *s = kstr_fmt(rt, "%s(%s)", name, kstr_data(kv_as_obj(r)));
        if (!s) return KR_ERR;
        *out = kstr_val(s);
        return KR_OK;
    }
    if (kr_repr(rt, ktuple_val(a), &r) != KR_OK) return KR_ERR;
    /* the tuple's repr is "(a, b)" or "()" */
    kr_str *s = kstr_fmt(rt, "%s%s", name, kstr_data(kv_as_obj(r)));
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

/* Attributes with storage in the struct. */
static int exc_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_exc *e = KR_AS(kr_exc, o);
    const char *n = kstr_data(name);
    if (n[0] == 'a' && !strcmp(n, "args")) { *out = kv_obj(e->args); return KR_OK; }
    if (n[0] == '_' && n[1] == '_') {
        if (!strcmp(n, "__traceback__")) { *out = e->traceback ? kv_obj(e->traceback) : kv_none(); return KR_OK; }
        if (!strcmp(n, "__cause__")) { *out = kv_is_undef(e->cause) ? kv_none() : e->cause; return KR_OK; }
        if (!strcmp(n, "__context__")) { *out = kv_is_undef(e->context) ? kv_none() : e->context; return KR_OK; }
        if (!strcmp(n, "__suppress_context__")) { *out = kv_bool(e->suppress_context); return KR_OK; }
        if (!strcmp(n, "__notes__") && e->notes) { *out = kv_obj(e->notes); return KR_OK; }
    }
    return kr_generic_getattr(rt, o, name, out);
}

static int exc_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val v)
{
    kr_exc *e = KR_AS(kr_exc, o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "args")) {
        if (kv_is_undef(v)) return kr_raise(rt, &kt_TypeError, "args may not be deleted");
        if (kv_is_exact_tuple(v)) { e->args = kv_as_obj(v); return KR_OK; }
        kr_val t;
        if (kr_call(rt, kv_obj(&kt_tuple.head.obj), &v, 1, NULL, &t) != KR_OK) return KR_ERR;
        e->args = kv_as_obj(t);
        return KR_OK;
    }
    if (!strcmp(n, "__traceback__")) {
        if (kv_is_none(v)) e->traceback = NULL;
        else if (kv_is_type(v, &kt_traceback)) e->traceback = kv_as_obj(v);
        else return kr_raise(rt, &kt_TypeError, "__traceback__ must be a traceback or None");
        return KR_OK;
    }
    if (!strcmp(n, "__cause__") || !strcmp(n, "__context__")) {
        bool cause = n[2] == 'c' && n[3] == 'a';
        if (kv_is_undef(v)) return kr_raise(rt, &kt_TypeError, "%s may not be deleted", cause ? "__cause__" : "__context__");
        if (!kv_is_none(v) && !kr_isinstance(v, &kt_BaseException))
            return kr_raise(rt, &kt_TypeError, "exception %s must be None or derive from BaseException",
                            cause ? "cause" : "context");
        if (cause) { e->cause = kv_is_none(v) ? kv_undef() : v; e->suppress_context = true; }
        else e->context = kv_is_none(v) ? kv_undef() : v;
        return KR_OK;
    }
    if (!strcmp(n, "__suppress_context__")) {
        int b;
        if (kr_truth(rt, v, &b) != KR_OK) return KR_ERR;
        e->suppress_context = b;
        return KR_OK;
    }
    if (!strcmp(n, "__notes__")) { e->notes = kv_is_undef(v) ? NULL : kv_as_obj(v); return KR_OK; }
    return kr_generic_setattr(rt, o, name, v);
}

static int exc_with_traceback(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                              kr_obj *kwnames, kr_val *out)
{
    if (nargs != 1) return kr_raise(rt, &kt_TypeError, "BaseException.with_traceback() takes exactly one argument (%d given)", nargs);
    kr_str *n = kstr_intern_cstr(rt, "__traceback__");
    if (!n || exc_setattr(rt, self, &n->obj, args[0]) != KR_OK) return KR_ERR;
    *out = self;
    return KR_OK;
}

static int exc_add_note(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    kr_exc *e = KR_AS(kr_exc, self);
    if (nargs != 1) return kr_raise(rt, &kt_TypeError, "BaseException.add_note() takes exactly one argument (%d given)", nargs);
    if (!kv_is_str(args[0]))
        return kr_raise(rt, &kt_TypeError, "note must be a str, not '%s'", kr_type_name(args[0]));
    if (!e->notes) {
        kr_list *l = klist_new(rt, 1);
        if (!l) return KR_ERR;
        e->notes = &l->obj;
    }
    if (!kv_is_exact_list(kv_obj(e->notes)))
        return kr_raise(rt, &kt_TypeError, "Cannot add note: __notes__ is not a list");
    if (klist_append(rt, (kr_list *)e->notes, args[0]) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static KR_CFUNC(exc_with_traceback_f, "with_traceback", exc_with_traceback, KF_METHOD);
static KR_CFUNC(exc_add_note_f, "add_note", exc_add_note, KF_METHOD);
static const kr_cfunc *const exc_methods[] = { &exc_with_traceback_f, &exc_add_note_f, NULL };

#define EXC_SLOTS { .repr = exc_repr, .str = exc_str, .getattr = exc_getattr, \
                    .setattr = exc_setattr, .new_ = exc_new, .init = exc_init }

kr_type kt_BaseException = {
    .head = { KR_STATIC_HDR(&kt_type), &exc_cls },
    .name = "BaseException",
    .flags = KT_BASETYPE | KT_EXCEPTION | KT_HAS_DICT,
    .base = &kt_object,
    .slots = EXC_SLOTS,
    .basicsize = sizeof(kr_exc),
    .dict_offset = offsetof(kr_exc, dict),
    .methods = exc_methods,
};

#define EXC_DEFINE(n, b) \
    kr_type kt_##n = { \
        .head = { KR_STATIC_HDR(&kt_type), &exc_cls }, \
        .name = #n, \
        .flags = KT_BASETYPE | KT_EXCEPTION | KT_HAS_DICT, \
        .base = &kt_##b, \
        .slots = EXC_SLOTS, \
        .basicsize = sizeof(kr_exc), \
        .dict_offset = offsetof(kr_exc, dict), \
    };
KR_EXC_TYPES_REST(EXC_DEFINE)
