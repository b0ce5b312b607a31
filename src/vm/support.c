/* What some instructions need beyond a few lines: class statements,
 * imports, format(), match-statement class and mapping patterns, and
 * super() without arguments. */
#include <string.h>

#include "../lib/lib.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "../obj/typeobj.h"
#include "call.h"
#include "frame.h"
#include "interp.h"



/* __build_class__(func, name, *bases, metaclass=None, **kwds) */
int vm_build_class(kr_rt *rt, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (nargs < 2) return kr_raise(rt, &kt_TypeError, "__build_class__: not enough arguments");
    if (!kv_is_type(args[0], &kt_function)) return kr_raise(rt, &kt_TypeError, "__build_class__: func must be a function");
    if (!kv_is_str(args[1])) return kr_raise(rt, &kt_TypeError, "__build_class__: name is not a string");
    kr_func *body = KR_AS(kr_func, args[0]);
    kr_tuple *orig = ktuple_from(rt, args + 2, nargs - 2);
    if (!orig) return KR_ERR;
    /* PEP 560: a base that is not a class may stand for others */
    kr_tuple *bases = orig;
    bool changed = false;
    for (int64_t i = 0; i < orig->len; i++) {
        kr_val b = orig->items[i];
        if (kv_is_obj(b) && kr_is_subtype(kv_as_obj(b)->type, &kt_type)) continue;
        if (!kv_is_undef(vm_lookup_special(rt, b, "__mro_entries__"))) { changed = true; break; }
    }
    if (changed) {
        kr_list *nb = klist_new(rt, orig->len);
        if (!nb) return KR_ERR;
        for (int64_t i = 0; i < orig->len; i++) {
            kr_val b = orig->items[i], r;
            kr_val ov = ktuple_val(orig);
            int st = (kv_is_obj(b) && kr_is_subtype(kv_as_obj(b)->type, &kt_type))
                ? KR_STOP : vm_call_special(rt, b, "__mro_entries__", &ov, 1, &r);
            if (st == KR_ERR) return KR_ERR;
            if (st == KR_STOP) { if (klist_append(rt, nb, b) != KR_OK) return KR_ERR; continue; }
            if (!kv_is_exact_tuple(r))
                return kr_raise(rt, &kt_TypeError, "__mro_entries__ must return a tuple");
            for (int64_t j = 0; j < KR_AS(kr_tuple, r)->len; j++)
                if (klist_append(rt, nb, KR_AS(kr_tuple, r)->items[j]) != KR_OK) return KR_ERR;
        }
        bases = ktuple_from(rt, nb->items, nb->len);
        if (!bases) return KR_ERR;
    }
    kr_val meta = kv_undef();
    int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
    kr_tuple *rest_names = NULL;
    kr_val rest_vals[16], rest_keys[16];
    int nrest = 0;
    for (int i = 0; i < nkw; i++) {
        kr_obj *k = kv_as_obj(((kr_tuple *)kwnames)->items[i]);
        if (!strcmp(kstr_data(k), "metaclass")) meta = args[nargs + i];
        else if (nrest < 16) {
            rest_keys[nrest] = kv_obj(k);
            rest_vals[nrest++] = args[nargs + i];
        } else {
            return kr_raise(rt, &kt_TypeError, "krait supports at most 16 class keyword arguments");
        }
    }
    if (nrest) {
        rest_names = ktuple_from(rt, rest_keys, nrest);
        if (!rest_names) return KR_ERR;
    }
    if (kv_is_undef(meta)) {
        meta = bases->len ? kv_obj(&kr_type_of(bases->items[0])->head.obj) : kv_obj(&kt_type.head.obj);
    }
    /* the most derived metaclass */
    if (kv_is_obj(meta) && kr_is_subtype(kv_as_obj(meta)->type, &kt_type)) {
        kr_type *w = (kr_type *)kv_as_obj(meta);
        for (int64_t i = 0; i < bases->len; i++) {
            kr_type *bt = kr_type_of(bases->items[i]);
            if (kr_is_subtype(w, bt)) continue;
            if (kr_is_subtype(bt, w)) { w = bt; continue; }
            return kr_raise(rt, &kt_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        meta = kv_obj(&w->head.obj);
    }
    kr_val ns;
    kr_val prep = kv_is_obj(meta) ? kr_type_lookup_cstr(rt, (kr_type *)kv_as_obj(meta), "__prepare__") : kv_undef();
    if (!kv_is_undef(prep) && kr_is_subtype(kv_as_obj(meta)->type, &kt_type)) {
        kr_val pf, pa[2 + 16] = { args[1], ktuple_val(bases) };
        for (int i = 0; i < nrest; i++) pa[2 + i] = rest_vals[i];
        if (kr_getattr_cstr(rt, meta, "__prepare__", &pf) != KR_OK) return KR_ERR;
        if (vm_call(rt, pf, pa, 2, nrest ? &rest_names->obj : NULL, &ns) != KR_OK) return KR_ERR;
    } else {
        kr_dict *d = kdict_new(rt);
        if (!d) return KR_ERR;
        ns = kdict_val(d);
    }
    if (changed && kv_is_exact_dict(ns)
        && kdict_set_cstr(rt, KR_AS(kr_dict, ns), "__orig_bases__", ktuple_val(orig)) != KR_OK)
        return KR_ERR;
    if (vm_stack_check(rt) != KR_OK) return KR_ERR;
    /* run the body with NS as its locals */
    kr_frame *f = frame_push(rt, body->code, body, body->globals, body->builtins, kv_as_obj(ns));
    if (!f) return KR_ERR;
    if (body->closure) {
        kr_tuple *cl = (kr_tuple *)body->closure;
        int base = body->code->nlocalsplus - body->code->nfreevars;
        for (int64_t i = 0; i < cl->len; i++) f->vals[base + i] = cl->items[i];
    }
    f->is_entry = 1;
    rt->lim.depth++;
    rt->nested++;
    rt->in_gc_unsafe++;
    kr_val cell;
    int st = vm_run(rt, &cell, false);
    rt->in_gc_unsafe--;
    rt->nested--;
    if (st != KR_OK) return KR_ERR;
    kr_val cargs[3] = { args[1], ktuple_val(bases), ns };
    kr_val all[3 + 16];
    memcpy(all, cargs, sizeof cargs);
    for (int i = 0; i < nrest; i++) all[3 + i] = rest_vals[i];
    kr_val cls;
    if (vm_call(rt, meta, all, 3, nrest ? &rest_names->obj : NULL, &cls) != KR_OK) return KR_ERR;
    if (kv_is_type(cell, &kt_cell)) {
        kr_cell *c = KR_AS(kr_cell, cell);
        if (kv_is_undef(c->v)) c->v = cls;
    }
    *out = cls;
    return KR_OK;
}

/* super() in a method: __class__ cell and the first argument. */
int ksuper_from_frame(kr_rt *rt, kr_val *out)
{
    kr_frame *f = rt->frame;
    while (f && f->kind != KF_PY) f = f->prev;
    if (!f || !f->code) return kr_raise(rt, &kt_RuntimeError, "super(): no current frame");
    kr_code *co = f->code;
    if (co->argcount == 0 && !(co->flags & CC_VARARGS))
        return kr_raise(rt, &kt_RuntimeError, "super(): no arguments");
    kr_val self = f->vals[0];
    if (kv_is_type(self, &kt_cell) && (co->localspluskinds[0] & CC_FAST_CELL)) self = KR_AS(kr_cell, self)->v;
    if (kv_is_undef(self)) return kr_raise(rt, &kt_RuntimeError, "super(): arg[0] deleted");
    for (int i = co->nlocalsplus - co->nfreevars; i < co->nlocalsplus; i++) {
        if (kstr_eq_cstr((kr_str *)co->localsplusnames[i], "__class__")) {
            kr_val c = f->vals[i];
            if (!kv_is_type(c, &kt_cell) || kv_is_undef(KR_AS(kr_cell, c)->v))
                return kr_raise(rt, &kt_RuntimeError, "super(): empty __class__ cell");
            return ksuper_make(rt, KR_AS(kr_cell, c)->v, self, out);
        }
    }
    return kr_raise(rt, &kt_RuntimeError, "super(): __class__ cell not found");
}

/* ---- imports ---- */

int vm_import(kr_rt *rt, kr_frame *f, kr_obj *name, kr_val fromlist, kr_val level, kr_val *out)
{
    if (kv_is_int(level) && kv_as_int(level) > 0)
        return kr_raise(rt, &kt_ImportError, "attempted relative import with no known parent package");
    const char *n = kstr_data(name);
    kr_val m = kdict_get_str((kr_dict *)rt->modules, (kr_str *)name);
    if (kv_is_undef(m)) {
        char top[256];
        size_t len = strcspn(n, ".");
        if (len >= sizeof top) len = sizeof top - 1;
        memcpy(top, n, len);
        top[len] = 0;
        kr_module *mod = kmodule_new(rt, n);
        if (!mod) return KR_ERR;
        /* a native module may have a dotted name (string.templatelib), but
         * only `from a.b import x` can reach it: `import a.b` binds the
         * package a, and krait has no packages yet */
        bool from = !kv_is_undef(fromlist) && !kv_is_none(fromlist);
        int st = n[len] && !from ? KR_STOP : lib_module_init(rt, n, mod);
        if (st == KR_STOP) {
            /* a dotted name fails at its first part (no packages yet) */
            kr_str *missing = kstr_new(rt, n, len);
            if (!missing) return KR_ERR;
            int r = kr_raise(rt, &kt_ModuleNotFoundError, "No module named '%s'", top);
            kr_exc *e = KR_AS(kr_exc, rt->exc);
            if (e->dict) kdict_set_cstr(rt, (kr_dict *)e->dict, "name", kstr_val(missing));
            return r;
        }
        if (st != KR_OK) return KR_ERR;
        m = kv_obj(&mod->obj);
        if (kdict_set_str(rt, (kr_dict *)rt->modules, (kr_str *)name, m) != KR_OK) return KR_ERR;
    }
    *out = m;
    return KR_OK;
}

int vm_import_from(kr_rt *rt, kr_val mod, kr_obj *name, kr_val *out)
{
    int st = kr_getattr(rt, mod, name, out);
    if (st == KR_ERR && kr_exc_matches(rt, &kt_AttributeError)) {
        kr_exc_clear(rt);
        const char *mn = kv_is_type(mod, &kt_module) ? kstr_data(KR_AS(kr_module, mod)->name) : "?";
        int r = kr_raise(rt, &kt_ImportError, "cannot import name '%s' from '%s' (unknown location)",
                         kstr_data(name), mn);
        kr_exc *e = KR_AS(kr_exc, rt->exc);
        if (e->dict && kv_is_type(mod, &kt_module)) {
            kdict_set_cstr(rt, (kr_dict *)e->dict, "name", kv_obj(KR_AS(kr_module, mod)->name));
            kdict_set_cstr(rt, (kr_dict *)e->dict, "name_from", kv_obj(name));
        }
        return r;
    }
    return st;
}

int vm_import_star(kr_rt *rt, kr_frame *f, kr_val mod)
{
    if (!kv_is_type(mod, &kt_module) || !f->locals)
        return kr_raise(rt, &kt_SystemError, "import * needs a module and locals");
    kr_dict *src = (kr_dict *)KR_AS(kr_module, mod)->dict;
    kr_val all = kdict_get_cstr(rt, src, "__all__");
    int64_t pos = 0;
    dk_entry *e;
    if (!kv_is_undef(all)) {
        kr_val it, k, v;
        if (kr_iter(rt, all, &it) != KR_OK) return KR_ERR;
        for (;;) {
            int st = kr_next(rt, it, &k);
            if (st == KR_STOP) break;
            if (st != KR_OK) return KR_ERR;
            if (kdict_get(rt, src, k, &v) != KR_OK) return kr_raise(rt, &kt_AttributeError, "module has no attribute listed in __all__");
            if (kdict_set(rt, (kr_dict *)f->locals, k, v) != KR_OK) return KR_ERR;
        }
        return KR_OK;
    }
    while (dk_next(&src->t, &pos, &e)) {
        if (kv_is_str(e->key) && kstr_data(kv_as_obj(e->key))[0] == '_') continue;
        if (kdict_set(rt, (kr_dict *)f->locals, e->key, e->value) != KR_OK) return KR_ERR;
    }
    return KR_OK;
}

/* format(v, spec) */
int vm_format_value(kr_rt *rt, kr_val v, kr_val spec, kr_val *out)
{
    if (kv_is_undef(spec)) {
        kr_str *e = kstr_new(rt, "", 0);
        if (!e) return KR_ERR;
        spec = kstr_val(e);
    }
    if (kv_is_exact_str(v) && kstr_nbytes(kv_as_obj(spec)) == 0) { *out = v; return KR_OK; }
    /* built-in values format natively, without looking up __format__ */
    if (!kv_is_obj(v) || kv_is_exact_str(v) || kv_is_type(v, &kt_int) || kv_is_type(v, &kt_complex))
        return kstr_format_value(rt, v, (kr_str *)kv_as_obj(spec), out);
    kr_val r;
    int st = vm_call_special(rt, v, "__format__", &spec, 1, &r);
    if (st == KR_STOP) return kr_raise(rt, &kt_TypeError, "Type %s doesn't define __format__", kr_type_name(v));
    if (st != KR_OK) return st;
    if (!kv_is_str(r))
        return kr_raise(rt, &kt_TypeError, "__format__ must return a str, not %s", kr_type_name(r));
    *out = r;
    return KR_OK;
}

/* ---- match ---- */

int vm_match_keys(kr_rt *rt, kr_val subject, kr_val keys, kr_val *out)
{
    kr_tuple *k = KR_AS(kr_tuple, keys);
    if (k->len == 0) {
        *out = kv_obj(rt->empty_tuple);
        return KR_OK;
    }
    kr_tuple *vals = ktuple_new(rt, k->len);
    if (!vals) return KR_ERR;
    kr_val get;
    if (kr_getattr_cstr(rt, subject, "get", &get) != KR_OK) return KR_ERR;
    /* a unique marker for "absent" */
    kr_val dummy = kv_obj(rt->memerr);
    for (int64_t i = 0; i < k->len; i++) {
        for (int64_t j = 0; j < i; j++) {
            kr_val eq;
            if (kr_richcmp(rt, k->items[i], k->items[j], KR_EQ, &eq) != KR_OK) return KR_ERR;
            int b;
            if (kr_truth(rt, eq, &b) != KR_OK) return KR_ERR;
            if (b) {
                kr_val rep;
                if (kr_repr(rt, k->items[i], &rep) != KR_OK) return KR_ERR;
                return kr_raise(rt, &kt_ValueError, "mapping pattern checks duplicate key (%s)", kstr_data(kv_as_obj(rep)));
            }
        }
        kr_val a[2] = { k->items[i], dummy }, v;
        if (vm_call(rt, get, a, 2, NULL, &v) != KR_OK) return KR_ERR;
        if (kv_same(v, dummy)) { *out = kv_none(); return KR_OK; }
        vals->items[i] = v;
    }
    *out = ktuple_val(vals);
    return KR_OK;
}

int vm_match_class(kr_rt *rt, kr_val subject, kr_val cls, kr_val names, int nargs, kr_val *out)
{
    if (!kv_is_obj(cls) || !kr_is_subtype(kv_as_obj(cls)->type, &kt_type))
        return kr_raise(rt, &kt_TypeError, "called match pattern must be a class");
    kr_type *t = (kr_type *)kv_as_obj(cls);
    if (!kr_isinstance(subject, t)) { *out = kv_none(); return KR_OK; }
    kr_tuple *kw = KR_AS(kr_tuple, names);
    kr_tuple *res = ktuple_new(rt, nargs + kw->len);
    if (!res) return KR_ERR;
    int64_t n = 0;
    if (nargs) {
        kr_val ma = kr_type_lookup_cstr(rt, t, "__match_args__");
        bool self_match = t->flags & (KT_INT_SUB | KT_STR_SUB | KT_TUPLE_SUB | KT_LIST_SUB | KT_DICT_SUB)
            || t == &kt_bool || t == &kt_float || t == &kt_bytes || t == &kt_bytearray || t == &kt_set
            || t == &kt_frozenset || t == &kt_int || t == &kt_str || t == &kt_tuple || t == &kt_list || t == &kt_dict;
        if (kv_is_undef(ma)) {
            if (self_match && !(t->flags & KT_HEAPTYPE)) {
                if (nargs > 1)
                    return kr_raise(rt, &kt_TypeError, "%s() accepts 1 positional sub-pattern (%d given)", t->name, nargs);
                res->items[n++] = subject;
            } else if (self_match) {
                if (nargs > 1)
                    return kr_raise(rt, &kt_TypeError, "%s() accepts 1 positional sub-pattern (%d given)", t->name, nargs);
                res->items[n++] = subject;
            } else {
                return kr_raise(rt, &kt_TypeError, "%s() accepts 0 positional sub-patterns (%d given)", t->name, nargs);
            }
        } else {
            if (!kv_is_exact_tuple(ma))
                return kr_raise(rt, &kt_TypeError, "%s.__match_args__ must be a tuple (got %s)", t->name, kr_type_name(ma));
            kr_tuple *mt = KR_AS(kr_tuple, ma);
            if (nargs > mt->len)
                return kr_raise(rt, &kt_TypeError, "%s() accepts %lld positional sub-pattern%s (%d given)", t->name,
                                (long long)mt->len, mt->len == 1 ? "" : "s", nargs);
            for (int i = 0; i < nargs; i++) {
                kr_val nm = mt->items[i], v;
                if (!kv_is_str(nm))
                    return kr_raise(rt, &kt_TypeError, "__match_args__ elements must be strings (got %s)", kr_type_name(nm));
                for (int64_t j = 0; j < kw->len; j++)
                    if (kstr_eq((kr_str *)kv_as_obj(nm), (kr_str *)kv_as_obj(kw->items[j])))
                        return kr_raise(rt, &kt_TypeError, "%s() got multiple sub-patterns for attribute '%s'",
                                        t->name, kstr_data(kv_as_obj(nm)));
                kr_str *in = kstr_intern(rt, kstr_data(kv_as_obj(nm)), (size_t)kstr_nbytes(kv_as_obj(nm)));
                if (!in) return KR_ERR;
                int st = kr_getattr(rt, subject, &in->obj, &v);
                if (st != KR_OK) {
                    if (kr_exc_matches(rt, &kt_AttributeError)) { kr_exc_clear(rt); *out = kv_none(); return KR_OK; }
                    return KR_ERR;
                }
                res->items[n++] = v;
            }
        }
    }
    for (int64_t j = 0; j < kw->len; j++) {
        kr_val v;
        kr_obj *nm = kv_as_obj(kw->items[j]);
        kr_str *in = kstr_intern(rt, kstr_data(nm), (size_t)kstr_nbytes(nm));
        if (!in) return KR_ERR;
        int st = kr_getattr(rt, subject, &in->obj, &v);
        if (st != KR_OK) {
            if (kr_exc_matches(rt, &kt_AttributeError)) { kr_exc_clear(rt); *out = kv_none(); return KR_OK; }
            return KR_ERR;
        }
        res->items[n++] = v;
    }
    *out = ktuple_val(res);
    return KR_OK;
}
