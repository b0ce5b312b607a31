/* Calls from C, and binding arguments to a Python frame's parameters. */
#include "call.h"

#include <string.h>

#include "../obj/cont.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "../obj/typeobj.h"
#include "frame.h"
#include "interp.h"

/* "'a', 'b', and 'c'" */
static void names_list(char *buf, size_t cap, kr_obj **names, int n)
{
    size_t len = 0;
    buf[0] = 0;
    for (int i = 0; i < n; i++) {
        const char *sep = i == 0 ? "" : (i == n - 1 ? (n == 2 ? " and " : ", and ") : ", ");
        len += (size_t)snprintf(buf + len, len < cap ? cap - len : 0, "%s'%s'", sep, kstr_data(names[i]));
        if (len >= cap) { buf[cap - 1] = 0; return; }
    }
}

static int missing_args(kr_rt *rt, kr_func *fn, kr_val *slots, int from, int to, bool kwonly)
{
    kr_code *co = fn->code;
    kr_obj *miss[64];
    int n = 0;
    for (int i = from; i < to && n < 64; i++)
        if (kv_is_undef(slots[i])) miss[n++] = co->localsplusnames[i];
    char buf[512];
    names_list(buf, sizeof buf, miss, n);
    return kr_raise(rt, &kt_TypeError, "%s() missing %d required %s argument%s: %s",
                    kstr_data(fn->qualname), n, kwonly ? "keyword-only" : "positional",
                    n == 1 ? "" : "s", buf);
}

int vm_bind(kr_rt *rt, kr_func *fn, kr_val *slots, const kr_val *args, int nargs, kr_obj *kwnames)
{
    kr_code *co = fn->code;
    int argc = co->argcount, kwc = co->kwonlyargcount, posonly = co->posonlyargcount;
    bool varargs = co->flags & CC_VARARGS, varkw = co->flags & CC_VARKEYWORDS;
    int total = argc + kwc;
    int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
    kr_dict *kwdict = NULL;
    if (varkw) {
        kwdict = kdict_new(rt);
        if (!kwdict) return KR_ERR;
        slots[total + (varargs ? 1 : 0)] = kdict_val(kwdict);
    }
    int npos = nargs < argc ? nargs : argc;
    for (int i = 0; i < npos; i++) slots[i] = args[i];
    if (varargs) {
        kr_tuple *t = nargs > argc ? ktuple_from(rt, args + argc, nargs - argc) : (kr_tuple *)rt->empty_tuple;
        if (!t) return KR_ERR;
        slots[total] = ktuple_val(t);
    } else if (nargs > argc) {
        int kwgiven = 0;
        for (int i = 0; i < nkw; i++) {
            kr_obj *k = kv_as_obj(((kr_tuple *)kwnames)->items[i]);
            for (int j = argc; j < total; j++)
                if (kstr_eq((kr_str *)k, (kr_str *)co->localsplusnames[j])) { kwgiven++; break; }
        }
        int ndef = fn->defaults ? (int)((kr_tuple *)fn->defaults)->len : 0;
        char what[64];
        if (ndef) snprintf(what, sizeof what, "from %d to %d positional arguments", argc - ndef, argc);
        else snprintf(what, sizeof what, "%d positional argument%s", argc, argc == 1 ? "" : "s");
        if (kwgiven)
            return kr_raise(rt, &kt_TypeError, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given",
                            kstr_data(fn->qualname), what, nargs, nargs == 1 ? "" : "s", kwgiven, kwgiven == 1 ? "" : "s");
        return kr_raise(rt, &kt_TypeError, "%s() takes %s but %d %s given", kstr_data(fn->qualname),
                        what, nargs, nargs == 1 ? "was" : "were");
    }
    /* keywords */
    kr_obj *posonly_kw[16];
    int nposonly_kw = 0;
    for (int i = 0; i < nkw; i++) {
        kr_str *k = (kr_str *)kv_as_obj(((kr_tuple *)kwnames)->items[i]);
        kr_val v = args[nargs + i];
        int j;
        for (j = posonly; j < total; j++)
            if ((kr_obj *)k == co->localsplusnames[j] || kstr_eq(k, (kr_str *)co->localsplusnames[j])) break;
        if (j < total) {
            if (!kv_is_undef(slots[j]))
                return kr_raise(rt, &kt_TypeError, "%s() got multiple values for argument '%s'",
                                kstr_data(fn->qualname), kstr_data(&k->obj));
            slots[j] = v;
            continue;
        }
        if (kwdict) {
            if (kdict_set(rt, kwdict, kstr_val(k), v) != KR_OK) return KR_ERR;
            continue;
        }
        for (j = 0; j < posonly; j++)
            if (kstr_eq(k, (kr_str *)co->localsplusnames[j])) break;
        if (j < posonly) {
            if (nposonly_kw < 16) posonly_kw[nposonly_kw++] = &k->obj;
            continue;
        }
        /* CPython suggests a close name among the keyword-able parameters */
        const char *known[65];
        int nk = 0;
        for (j = posonly; j < total && nk < 64; j++) known[nk++] = kstr_data(co->localsplusnames[j]);
        known[nk] = NULL;
        return kc_bad_kw(rt, kstr_data(fn->qualname), k, known);
    }
    if (nposonly_kw) {
        char buf[512];
        size_t len = 0;
        buf[0] = 0;
        for (int i = 0; i < nposonly_kw && len < sizeof buf; i++)
            len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? ", " : "", kstr_data(posonly_kw[i]));
        return kr_raise(rt, &kt_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'",
                        kstr_data(fn->qualname), buf);
    }
    /* defaults */
    if (nargs < argc) {
        int ndef = fn->defaults ? (int)((kr_tuple *)fn->defaults)->len : 0;
        int first_def = argc - ndef;
        for (int i = nargs; i < argc; i++) {
            if (!kv_is_undef(slots[i])) continue;
            if (i >= first_def) slots[i] = ((kr_tuple *)fn->defaults)->items[i - first_def];
        }
        for (int i = 0; i < argc; i++)
            if (kv_is_undef(slots[i])) return missing_args(rt, fn, slots, 0, argc, false);
    }
    for (int i = argc; i < total; i++) {
        if (!kv_is_undef(slots[i])) continue;
        if (fn->kwdefaults) {
            kr_val d = kdict_get_str((kr_dict *)fn->kwdefaults, (kr_str *)co->localsplusnames[i]);
            if (!kv_is_undef(d)) { slots[i] = d; continue; }
        }
        return missing_args(rt, fn, slots, argc, total, true);
    }
    return KR_OK;
}

int vm_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (!kv_is_obj(f))
        return kr_raise(rt, &kt_TypeError, "'%s' object is not callable", kr_type_name(f));
    kr_obj *o = kv_as_obj(f);
    if (o->type == &kt_function) return vm_call_python(rt, (kr_func *)o, kv_undef(), args, nargs, kwnames, out);
    if (o->type == &kt_method) {
        kr_method *m = (kr_method *)o;
        if (kv_is_type(m->func, &kt_function))
            return vm_call_python(rt, (kr_func *)kv_as_obj(m->func), m->self, args, nargs, kwnames, out);
        int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
        int n = nargs + nkw + 1;
        kr_val small[16], *a = small;
        if (n > 16) {
            a = mem_alloc(&rt->heap.mem, (size_t)n * sizeof(kr_val));
            if (!a) return kr_nomem(rt);
        }
        a[0] = m->self;
        memcpy(a + 1, args, (size_t)(nargs + nkw) * sizeof(kr_val));
        int r = vm_call(rt, m->func, a, nargs + 1, kwnames, out);
        if (a != small) mem_free(&rt->heap.mem, a, (size_t)n * sizeof(kr_val));
        return r;
    }
    if (o->type == &kt_builtin_function) {
        if (kwnames && !((kr_tuple *)kwnames)->len) kwnames = NULL;
        if (o->aux == 1) {
            kr_boundnative *b = (kr_boundnative *)o;
            return b->f->fn(rt, b->self, args, nargs, kwnames, out);
        }
        const kr_cfunc *cf = (const kr_cfunc *)o;
        if (cf->flags & KF_METHOD) {
            /* an unbound method descriptor: the first argument is self */
            if (nargs < 1) {
                const kr_type *ow = ktype_owner_of_cfunc(cf);
                return kr_raise(rt, &kt_TypeError, "unbound method %s%s%s() needs an argument",
                                ow ? ow->name : "", ow ? "." : "", cf->name);
            }
            return cf->fn(rt, args[0], args + 1, nargs - 1, kwnames, out);
        }
        return cf->fn(rt, kv_undef(), args, nargs, kwnames, out);
    }
    kr_type *t = o->type;
    if (t->slots.call && t->slots.call != vm_call) return t->slots.call(rt, f, args, nargs, kwnames, out);
    return kr_raise(rt, &kt_TypeError, "'%s' object is not callable", t->name);
}

kr_val vm_lookup_special(kr_rt *rt, kr_val obj, const char *name)
{
    return kr_type_lookup_cstr(rt, kr_type_of(obj), name);
}

int vm_call_special(kr_rt *rt, kr_val obj, const char *name, const kr_val *args,
                    int nargs, kr_val *out)
{
    kr_val m = vm_lookup_special(rt, obj, name);
    if (kv_is_undef(m)) return KR_STOP;
    kr_val small[8], *a = small;
    if (nargs + 1 > 8) return kr_raise(rt, &kt_SystemError, "too many arguments for a special method");
    a[0] = obj;
    for (int i = 0; i < nargs; i++) a[i + 1] = args[i];
    kr_obj *mo = kv_is_obj(m) ? kv_as_obj(m) : NULL;
    if (mo && (mo->type == &kt_function || mo->type == &kt_method_wrapper
               || (mo->type == &kt_builtin_function && mo->aux == 0
                   && (((kr_cfunc *)mo)->flags & KF_METHOD))))
        return vm_call(rt, m, a, nargs + 1, NULL, out);
    kr_val bound;
    if (kr_descr_get(rt, m, obj, kr_type_of(obj), &bound) != KR_OK) return KR_ERR;
    return vm_call(rt, bound, args, nargs, NULL, out);
}

int vm_call_method(kr_rt *rt, kr_val obj, const char *name, const kr_val *args,
                   int nargs, kr_val *out)
{
    kr_val m;
    if (kr_getattr_cstr(rt, obj, name, &m) != KR_OK) return KR_ERR;
    return vm_call(rt, m, args, nargs, NULL, out);
}
