/* BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules,
 * message / exceptions, str "msg (N sub-exceptions)", derive, split and
 * subgroup, with CPython 3.14's messages.  ExceptionGroup's bases are
 * (BaseExceptionGroup, Exception): its MRO is a static tuple. */
#include <stdlib.h>
#include <string.h>

#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc_int.h"
#include "seq.h"
#include "str.h"

static void eg_trace(kr_obj *o, heap_tracer *t)
{
    kr_excgroup *g = (kr_excgroup *)o;
    kx_exc_trace(o, t);
    heap_visit_val(t, g->msg);
    heap_visit_obj(t, g->excs);
}

static const heap_class eg_cls = { "BaseExceptionGroup", eg_trace, NULL, sizeof(kr_excgroup) };

bool kx_given_matches(kr_val exc, kr_val cls)
{
    if (kv_is_obj(cls) && kr_isinstance(cls, &kt_tuple)) {
        kr_tuple *t = KR_AS(kr_tuple, cls);
        for (int64_t i = 0; i < t->len; i++)
            if (kx_given_matches(exc, t->items[i])) return true;
        return false;
    }
    return kv_is_obj(cls) && kr_isinstance(cls, &kt_type)
        && kr_isinstance(exc, (kr_type *)kv_as_obj(cls));
}

static bool is_exc_class(kr_val v)
{
    return kv_is_obj(v) && kr_isinstance(v, &kt_type)
        && kr_is_subtype((kr_type *)kv_as_obj(v), &kt_BaseException);
}

/* PySequence_Check: has __getitem__ and is not a dict. */
static bool is_sequence(kr_val v)
{
    kr_type *t = kr_type_of(v);
    return t->slots.getitem && !kr_is_subtype(t, &kt_dict);
}

static int eg_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                  kr_obj *kwnames, kr_val *out)
{
    if (nargs != 2)
        return kr_raise(rt, &kt_TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", nargs);
    if (!kv_is_str(args[0]))
        return kr_raise(rt, &kt_TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                        kr_type_name(args[0]));
    if (!is_sequence(args[1]))
        return kr_raise(rt, &kt_TypeError, "second argument (exceptions) must be a sequence");
    kr_val ev = args[1];
    if (!kv_is_exact_tuple(ev)) {
        if (kv_is_exact_list(ev)) {
            kr_list *l = KR_AS(kr_list, ev);
            kr_tuple *tu = ktuple_from(rt, l->items, l->len);
            if (!tu) return KR_ERR;
            ev = ktuple_val(tu);
        } else if (vm_call(rt, kv_obj(&kt_tuple.head.obj), &ev, 1, NULL, &ev) != KR_OK) {
            return KR_ERR;
        }
    }
    kr_tuple *excs = KR_AS(kr_tuple, ev);
    if (excs->len == 0)
        return kr_raise(rt, &kt_ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (int64_t i = 0; i < excs->len; i++) {
        if (!kv_is_obj(excs->items[i]) || !kr_isinstance(excs->items[i], &kt_BaseException))
            return kr_raise(rt, &kt_ValueError, "Item %lld of second argument (exceptions) is not an exception",
                            (long long)i);
        if (!kr_isinstance(excs->items[i], &kt_Exception)) nested_base = true;
    }
    kr_type *cls = t;
    if (cls == &kt_ExceptionGroup) {
        if (nested_base)
            return kr_raise(rt, &kt_TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (cls == &kt_BaseExceptionGroup) {
        if (!nested_base) cls = &kt_ExceptionGroup;
    } else if (nested_base && kr_is_subtype(cls, &kt_Exception)) {
        return kr_raise(rt, &kt_TypeError, "Cannot nest BaseExceptions in '%s'", cls->name);
    }
    kr_tuple *a = ktuple_from(rt, args, nargs);
    if (!a) return KR_ERR;
    kr_exc *e = kexc_new(rt, cls, &a->obj);
    if (!e) return KR_ERR;
    kr_excgroup *g = (kr_excgroup *)e;
    g->msg = args[0];
    g->excs = &excs->obj;
    *out = kv_obj(&e->obj);
    return KR_OK;
}

static int eg_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    if (kwnames && KR_OBJ_AS(kr_tuple, kwnames)->len)
        return kr_raise(rt, &kt_TypeError, "%s() takes no keyword arguments", kr_type_of(self)->name);
    return kx_exc_init(rt, self, args, nargs, NULL);
}

static int eg_str(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_excgroup *g = KR_AS(kr_excgroup, v);
    kr_val ms;
    if (kx_str(rt, g->msg, &ms) != KR_OK) return KR_ERR;
    int64_t n = KR_OBJ_AS(kr_tuple, g->excs)->len;
    kr_str *s = kstr_fmt(rt, "%s (%lld sub-exception%s)", kstr_data(kv_as_obj(ms)), (long long)n,
                         n > 1 ? "s" : "");
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static int eg_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_excgroup *g = KR_AS(kr_excgroup, o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "message")) { *out = kv_is_undef(g->msg) ? kv_none() : g->msg; return KR_OK; }
    if (!strcmp(n, "exceptions")) { *out = g->excs ? kv_obj(g->excs) : kv_none(); return KR_OK; }
    return kx_exc_getattr(rt, o, name, out);
}

static int eg_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val v)
{
    const char *n = kstr_data(name);
    if (!strcmp(n, "message") || !strcmp(n, "exceptions"))
        return kr_raise(rt, &kt_AttributeError, "readonly attribute");
    return kx_exc_setattr(rt, o, name, v);
}

int kx_group_make(kr_rt *rt, const char *msg, kr_val excs, kr_val *out)
{
    kr_str *m = kstr_cstr(rt, msg);
    if (!m) return KR_ERR;
    kr_val args[2] = { kstr_val(m), excs };
    return vm_call(rt, kv_obj(&kt_BaseExceptionGroup.head.obj), args, 2, NULL, out);
}

/* ---- split ---- */

static int ptr_cmp(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(kr_obj *const *)a, y = (uintptr_t)*(kr_obj *const *)b;
    return x < y ? -1 : x > y;
}

static int check_match(kr_rt *rt, kr_val exc, const kx_matcher *m, int *res)
{
    switch (m->mode) {
    case KX_MATCH_TYPE:
        *res = kx_given_matches(exc, m->value);
        return KR_OK;
    case KX_MATCH_PRED: {
        kr_val r;
        if (vm_call(rt, m->value, &exc, 1, NULL, &r) != KR_OK) return KR_ERR;
        return kx_truth(rt, r, res);
    }
    default: {
        kr_obj *o = kv_as_obj(exc);
        *res = !kx_is_group(exc) && m->nids
            && bsearch(&o, m->ids, m->nids, sizeof *m->ids, ptr_cmp) != NULL;
        return KR_OK;
    }
    }
}

/* exceptiongroup_subset: ORIG.derive(LIST) with ORIG's traceback, cause,
 * context and a copy of its notes; UNDEF for an empty LIST. */
static int subset(kr_rt *rt, kr_val orig, kr_list *l, kr_val *out)
{
    *out = kv_undef();
    if (l->len == 0) return KR_OK;
    kr_val eg, lv = klist_val(l);
    if (vm_call_method(rt, orig, "derive", &lv, 1, &eg) != KR_OK) return KR_ERR;
    if (!kx_is_group(eg))
        return kr_raise(rt, &kt_TypeError, "derive must return an instance of BaseExceptionGroup");
    kr_exc *o = KR_AS(kr_exc, orig), *e = KR_AS(kr_exc, eg);
    if (o->traceback) e->traceback = o->traceback;
    e->context = o->context;
    e->cause = o->cause;
    e->suppress_context = true;     /* PyException_SetCause sets it */
    kr_val notes;
    if (kx_getattr(rt, orig, "__notes__", &notes) != KR_OK) {
        if (!kr_exc_matches(rt, &kt_AttributeError)) return KR_ERR;
        kr_exc_clear(rt);
    } else if (is_sequence(notes)) {
        kr_list *copy = klist_new(rt, 0);
        if (!copy) return KR_ERR;
        if (klist_extend(rt, copy, notes) != KR_OK) return KR_ERR;
        kr_str *nm = kstr_intern_cstr(rt, "__notes__");
        if (!nm) return KR_ERR;
        if (kx_sync(rt, kr_setattr(rt, eg, &nm->obj, klist_val(copy)), &notes) != KR_OK) return KR_ERR;
    }
    *out = eg;
    return KR_OK;
}

static int split_rec(kr_rt *rt, kr_val exc, const kx_matcher *m, bool want_rest,
                     kr_val *match, kr_val *rest, int depth)
{
    *match = *rest = kv_undef();
    int is;
    if (check_match(rt, exc, m, &is) != KR_OK) return KR_ERR;
    if (is) { *match = exc; return KR_OK; }
    if (!kx_is_group(exc)) {
        if (want_rest) *rest = exc;
        return KR_OK;
    }
    if (depth > 1000)
        return kr_raise(rt, &kt_RecursionError, "maximum recursion depth exceeded in exceptiongroup_split_recursive");
    kr_tuple *excs = KR_OBJ_AS(kr_tuple, KR_AS(kr_excgroup, exc)->excs);
    kr_list *ml = klist_new(rt, 0), *rl = want_rest ? klist_new(rt, 0) : NULL;
    if (!ml || (want_rest && !rl)) return KR_ERR;
    for (int64_t i = 0; i < excs->len; i++) {
        kr_val sm, sr;
        if (split_rec(rt, excs->items[i], m, want_rest, &sm, &sr, depth + 1) != KR_OK) return KR_ERR;
        if (!kv_is_undef(sm) && klist_append(rt, ml, sm) != KR_OK) return KR_ERR;
        if (!kv_is_undef(sr) && klist_append(rt, rl, sr) != KR_OK) return KR_ERR;
    }
    if (subset(rt, exc, ml, match) != KR_OK) return KR_ERR;
    if (want_rest && subset(rt, exc, rl, rest) != KR_OK) { *match = kv_undef(); return KR_ERR; }
    return KR_OK;
}

int kx_group_split(kr_rt *rt, kr_val exc, const kx_matcher *m, bool want_rest,
                   kr_val *match, kr_val *rest)
{
    kr_val r;
    rt->in_gc_unsafe++;     /* predicates and derive run Python code */
    int st = split_rec(rt, exc, m, want_rest, match, rest ? rest : &r, 0);
    rt->in_gc_unsafe--;
    return st;
}

static int matcher_of(kr_rt *rt, kr_val v, kx_matcher *m)
{
    memset(m, 0, sizeof *m);
    m->value = v;
    if (kr_type_of(v)->slots.call && !kr_isinstance(v, &kt_type)) { m->mode = KX_MATCH_PRED; return KR_OK; }
    m->mode = KX_MATCH_TYPE;
    if (is_exc_class(v)) return KR_OK;
    if (kv_is_exact_tuple(v)) {
        kr_tuple *t = KR_AS(kr_tuple, v);
        int64_t i = 0;
        while (i < t->len && is_exc_class(t->items[i])) i++;
        if (i == t->len) return KR_OK;
    }
    return kr_raise(rt, &kt_TypeError,
                    "expected an exception type, a tuple of exception types, or a callable (other than a class)");
}

static int eg_split(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_val a[1];
    if (vm_parse_args(rt, "split", "matcher_value,/", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    kx_matcher m;
    kr_val match, rest;
    if (matcher_of(rt, a[0], &m) != KR_OK) return KR_ERR;
    if (kx_group_split(rt, self, &m, true, &match, &rest) != KR_OK) return KR_ERR;
    kr_val items[2] = { kv_is_undef(match) ? kv_none() : match, kv_is_undef(rest) ? kv_none() : rest };
    kr_tuple *t = ktuple_from(rt, items, 2);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

static int eg_subgroup(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_val a[1];
    if (vm_parse_args(rt, "subgroup", "matcher_value,/", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    kx_matcher m;
    kr_val match;
    if (matcher_of(rt, a[0], &m) != KR_OK) return KR_ERR;
    if (kx_group_split(rt, self, &m, false, &match, NULL) != KR_OK) return KR_ERR;
    *out = kv_is_undef(match) ? kv_none() : match;
    return KR_OK;
}

static int eg_derive(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_val a[1];
    if (vm_parse_args(rt, "derive", "excs,/", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    kr_val cargs[2] = { KR_AS(kr_excgroup, self)->msg, a[0] };
    return vm_call(rt, kv_obj(&kt_BaseExceptionGroup.head.obj), cargs, 2, NULL, out);
}

static KR_CFUNC(eg_split_f, "split", eg_split, KF_METHOD);
static KR_CFUNC(eg_subgroup_f, "subgroup", eg_subgroup, KF_METHOD);
static KR_CFUNC(eg_derive_f, "derive", eg_derive, KF_METHOD);
static const kr_cfunc *const eg_methods[] = { &eg_derive_f, &eg_split_f, &eg_subgroup_f, NULL };

#define EG_SLOTS { .repr = kx_exc_repr, .str = eg_str, .getattr = eg_getattr, \
                   .setattr = eg_setattr, .new_ = eg_new, .init = eg_init }

/* Static tuples: ExceptionGroup's __bases__ and __mro__. */
#define EG_TYPE_VAL(t) { KV_OBJ, { .o = &(t).head.obj } }
static struct { kr_obj obj; int64_t len, hash; kr_val items[2]; } eg_bases = {
    KR_STATIC_HDR(&kt_tuple), 2, -1,
    { EG_TYPE_VAL(kt_BaseExceptionGroup), EG_TYPE_VAL(kt_Exception) },
};
static struct { kr_obj obj; int64_t len, hash; kr_val items[5]; } eg_mro = {
    KR_STATIC_HDR(&kt_tuple), 5, -1,
    { EG_TYPE_VAL(kt_ExceptionGroup), EG_TYPE_VAL(kt_BaseExceptionGroup), EG_TYPE_VAL(kt_Exception),
      EG_TYPE_VAL(kt_BaseException), EG_TYPE_VAL(kt_object) },
};

kr_type kt_BaseExceptionGroup = {
    .head = { KR_STATIC_HDR(&kt_type), &eg_cls },
    .name = "BaseExceptionGroup",
    .flags = KT_BASETYPE | KT_EXCEPTION | KT_HAS_DICT,
    .base = &kt_BaseException,
    .slots = EG_SLOTS,
    .basicsize = sizeof(kr_excgroup),
    .dict_offset = offsetof(kr_exc, dict),
    .methods = eg_methods,
};

kr_type kt_ExceptionGroup = {
    .head = { KR_STATIC_HDR(&kt_type), &eg_cls },
    .name = "ExceptionGroup",
    .flags = KT_BASETYPE | KT_EXCEPTION | KT_HAS_DICT,
    .base = &kt_BaseExceptionGroup,
    .bases = &eg_bases.obj,
    .mro = &eg_mro.obj,
    .slots = EG_SLOTS,
    .basicsize = sizeof(kr_excgroup),
    .dict_offset = offsetof(kr_exc, dict),
};
