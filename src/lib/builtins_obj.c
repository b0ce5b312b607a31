/* Built-ins about objects and namespaces: isinstance issubclass getattr
 * setattr delattr hasattr callable id dir vars repr ascii format chr ord
 * globals locals. */
#include "lib_int.h"

#include "../num/fmt.h"
#include "../obj/typeobj.h"
#include "../util/utf8.h"

/* ---- isinstance / issubclass ---- */

static int instcheck(kr_rt *rt, kr_val inst, kr_val cls, int *out, int64_t depth);

static int check_depth(kr_rt *rt, int64_t depth, const char *where)
{
    if (depth > rt->lim.max_depth)
        return kr_raise(rt, &kt_RecursionError, "maximum recursion depth exceeded in %s", where);
    return KR_OK;
}

/* Calls type(cls).NAME(cls, arg) when type(cls) is not `type` itself (whose
 * behaviour is the MRO walk done here): KR_STOP when there is none. */
static int call_checker(kr_rt *rt, kr_val cls, const char *name, kr_val arg, int *out)
{
    if (kv_is_type(cls, &kt_type)) return KR_STOP;
    kr_val r;
    int st = lb_call_special(rt, cls, name, &arg, 1, &r);
    if (st != KR_OK) return st;
    return lb_truth(rt, r, out);
}

static int instcheck(kr_rt *rt, kr_val inst, kr_val cls, int *out, int64_t depth)
{
    if (lb_is_type(cls) && kr_type_of(inst) == lb_as_type(cls)) { *out = 1; return KR_OK; }
    if (kv_is_type(cls, &kt_type)) { *out = kr_isinstance(inst, lb_as_type(cls)); return KR_OK; }
    kr_obj *ua = lib_union_args(cls);
    if (ua) cls = kv_obj(ua);
    if (kv_is_type(cls, &kt_tuple) || (kv_is_obj(cls) && (kv_as_obj(cls)->type->flags & KT_TUPLE_SUB))) {
        if (check_depth(rt, depth, "__instancecheck__") != KR_OK) return KR_ERR;
        kr_tuple *t = KR_AS(kr_tuple, cls);
        for (int64_t i = 0; i < t->len; i++) {
            if (instcheck(rt, inst, t->items[i], out, depth + 1) != KR_OK) return KR_ERR;
            if (*out) return KR_OK;
        }
        *out = 0;
        return KR_OK;
    }
    int st = call_checker(rt, cls, "__instancecheck__", inst, out);
    if (st != KR_STOP) return st;
    if (lb_is_type(cls)) { *out = kr_isinstance(inst, lb_as_type(cls)); return KR_OK; }
    return kr_raise(rt, &kt_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
}

static int subcheck(kr_rt *rt, kr_val derived, kr_val cls, int *out, int64_t depth)
{
    if (kv_is_type(cls, &kt_type)) {
        if (kr_is(derived, cls)) { *out = 1; return KR_OK; }
        if (!lb_is_type(derived))
            return kr_raise(rt, &kt_TypeError, "issubclass() arg 1 must be a class");
        *out = kr_is_subtype(lb_as_type(derived), lb_as_type(cls));
        return KR_OK;
    }
    kr_obj *ua = lib_union_args(cls);
    if (ua) cls = kv_obj(ua);
    if (kv_is_type(cls, &kt_tuple) || (kv_is_obj(cls) && (kv_as_obj(cls)->type->flags & KT_TUPLE_SUB))) {
        if (check_depth(rt, depth, "__subclasscheck__") != KR_OK) return KR_ERR;
        kr_tuple *t = KR_AS(kr_tuple, cls);
        for (int64_t i = 0; i < t->len; i++) {
            if (subcheck(rt, derived, t->items[i], out, depth + 1) != KR_OK) return KR_ERR;
            if (*out) return KR_OK;
        }
        *out = 0;
        return KR_OK;
    }
    int st = call_checker(rt, cls, "__subclasscheck__", derived, out);
    if (st != KR_STOP) return st;
    if (!lb_is_type(derived))
        return kr_raise(rt, &kt_TypeError, "issubclass() arg 1 must be a class");
    if (!lb_is_type(cls))
        return kr_raise(rt, &kt_TypeError,
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    *out = kr_is_subtype(lb_as_type(derived), lb_as_type(cls));
    return KR_OK;
}

LB_GUARDED(bt_isinstance)
{
    if (lb_nargs(rt, "isinstance", nargs, 2, 2, kwnames) != KR_OK) return KR_ERR;
    int r;
    if (instcheck(rt, args[0], args[1], &r, 0) != KR_OK) return KR_ERR;
    *out = kv_bool(r);
    return KR_OK;
}

LB_GUARDED(bt_issubclass)
{
    if (lb_nargs(rt, "issubclass", nargs, 2, 2, kwnames) != KR_OK) return KR_ERR;
    int r;
    if (subcheck(rt, args[0], args[1], &r, 0) != KR_OK) return KR_ERR;
    *out = kv_bool(r);
    return KR_OK;
}

/* ---- attributes ---- */

static int attr_name(kr_rt *rt, kr_val v, kr_obj **out)
{
    if (!kv_is_str(v))
        return kr_raise(rt, &kt_TypeError, "attribute name must be string, not '%s'", kr_type_name(v));
    kr_obj *o = kv_as_obj(v);
    if (o->type == &kt_str && (o->aux & KS_INTERNED)) { *out = o; return KR_OK; }
    kr_str *s = kstr_intern(rt, kstr_data(o), (size_t)kstr_nbytes(o));
    if (!s) return KR_ERR;
    *out = &s->obj;
    return KR_OK;
}

LB_GUARDED(bt_getattr)
{
    if (lb_nokw(rt, "getattr", kwnames) != KR_OK) return KR_ERR;
    if (lb_nargs(rt, "getattr", nargs, 2, 3, NULL) != KR_OK) return KR_ERR;
    kr_obj *name;
    if (attr_name(rt, args[1], &name) != KR_OK) return KR_ERR;
    int st = lb_sync(rt, kr_getattr(rt, args[0], name, out), out);
    if (st == KR_ERR && nargs == 3 && lb_clear_if(rt, &kt_AttributeError)) {
        *out = args[2];
        return KR_OK;
    }
    return st;
}

LB_GUARDED(bt_setattr)
{
    if (lb_nargs(rt, "setattr", nargs, 3, 3, kwnames) != KR_OK) return KR_ERR;
    kr_obj *name;
    if (attr_name(rt, args[1], &name) != KR_OK) return KR_ERR;
    kr_val r;
    if (lb_sync(rt, kr_setattr(rt, args[0], name, args[2]), &r) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

LB_GUARDED(bt_delattr)
{
    if (lb_nargs(rt, "delattr", nargs, 2, 2, kwnames) != KR_OK) return KR_ERR;
    kr_obj *name;
    if (attr_name(rt, args[1], &name) != KR_OK) return KR_ERR;
    kr_val r;
    if (lb_sync(rt, kr_delattr(rt, args[0], name), &r) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

LB_GUARDED(bt_hasattr)
{
    if (lb_nargs(rt, "hasattr", nargs, 2, 2, kwnames) != KR_OK) return KR_ERR;
    kr_obj *name;
    if (attr_name(rt, args[1], &name) != KR_OK) return KR_ERR;
    kr_val v;
    int st = lb_sync(rt, kr_getattr(rt, args[0], name, &v), &v);
    if (st == KR_ERR && lb_clear_if(rt, &kt_AttributeError)) { *out = kv_bool(0); return KR_OK; }
    if (st != KR_OK) return st;
    *out = kv_bool(1);
    return KR_OK;
}

static int bt_callable(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (lb_onearg(rt, "callable", nargs, kwnames) != KR_OK) return KR_ERR;
    *out = kv_bool(lb_callable(args[0]));
    return KR_OK;
}

/* id(): a heap object's address; for inline values (None, bools, ints,
 * floats) a number derived from tag and payload with bit 62 set, which no
 * address has, so equal inline values share an id and never meet an
 * object's. */
static int bt_id(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (lb_onearg(rt, "id", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_val v = args[0];
    if (kv_is_obj(v)) { *out = kv_int((int64_t)(uintptr_t)kv_as_obj(v)); return KR_OK; }
    uint64_t bits = (uint64_t)v.u.i;
    uint64_t h = (bits * 0x9E3779B97F4A7C15ull) ^ (v.tag << 3);
    *out = kv_int((int64_t)((h & ((1ull << 62) - 1)) | (1ull << 62)));
    return KR_OK;
}

/* ---- repr / ascii / format ---- */

LB_GUARDED(bt_repr)
{
    if (lb_onearg(rt, "repr", nargs, kwnames) != KR_OK) return KR_ERR;
    return lb_repr(rt, args[0], out);
}

/* Escapes the non-ASCII characters of S as repr does with \x, \u, \U. */
static int ascii_escape(kr_rt *rt, kr_val s, kr_val *out)
{
    kr_str *str = KR_AS(kr_str, s);
    if (str->obj.aux & KS_ASCII) { *out = s; return KR_OK; }
    strbuf sb = STRBUF_INIT;
    const char *p = str->data, *e = p + str->nbytes;
    while (p < e) {
        uint32_t cp;
        int n = utf8_decode(p, (size_t)(e - p), &cp, 1);
        if (n <= 0) { cp = (unsigned char)*p; n = 1; }
        if (cp < 0x80) sb_putc(&sb, (char)cp);
        else if (cp < 0x100) sb_printf(&sb, "\\x%02x", cp);
        else if (cp < 0x10000) sb_printf(&sb, "\\u%04x", cp);
        else sb_printf(&sb, "\\U%08x", cp);
        p += n;
    }
    return lb_sb_str(rt, &sb, out);
}

LB_GUARDED(bt_ascii)
{
    if (lb_onearg(rt, "ascii", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_val r;
    if (lb_repr(rt, args[0], &r) != KR_OK) return KR_ERR;
    return ascii_escape(rt, r, out);
}

static int fmt_result(kr_rt *rt, fmt_status fs, strbuf *sb, strbuf *err, kr_val *out)
{
    if (fs == FMT_OK) { sb_free(err); return lb_sb_str(rt, sb, out); }
    sb_free(sb);
    int r;
    if (fs == FMT_MEMORY_ERROR) r = kr_nomem(rt);
    else r = kr_raise(rt, fs == FMT_OVERFLOW_ERROR ? &kt_OverflowError : &kt_ValueError, "%s",
                      err->p ? err->p : "");
    sb_free(err);
    return r;
}

LB_GUARDED(bt_format)
{
    if (lb_nokw(rt, "format", kwnames) != KR_OK) return KR_ERR;
    if (lb_nargs(rt, "format", nargs, 1, 2, NULL) != KR_OK) return KR_ERR;
    kr_val v = args[0], spec;
    if (nargs == 2) {
        spec = args[1];
        if (!kv_is_str(spec))
            return kr_raise(rt, &kt_TypeError, "format() argument 2 must be str, not %s", kr_type_name(spec));
    } else if (lb_str_new(rt, "", 0, &spec) != KR_OK) {
        return KR_ERR;
    }
    const char *sp = kstr_data(kv_as_obj(spec));
    size_t sn = (size_t)kstr_nbytes(kv_as_obj(spec));
    /* the exact built-in types directly */
    if (kv_is_int(v) || kv_is_float(v) || kv_is_exact_str(v)) {
        strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
        fmt_status fs;
        size_t mb = lb_max_bytes(rt);
        if (kv_is_int(v)) fs = fmt_format_int64(&sb, kv_as_int(v), sp, sn, "int", mb, &err);
        else if (kv_is_float(v)) fs = fmt_format_float(&sb, kv_as_float(v), sp, sn, "float", mb, &err);
        else {
            kr_obj *s = kv_as_obj(v);
            fs = fmt_format_str(&sb, kstr_data(s), (size_t)kstr_nbytes(s), sp, sn, "str", mb, &err);
        }
        return fmt_result(rt, fs, &sb, &err, out);
    }
    kr_val r;
    int st = lb_call_special(rt, v, "__format__", &spec, 1, &r);
    if (st == KR_STOP) {
        /* object.__format__ */
        if (sn)
            return kr_raise(rt, &kt_TypeError, "unsupported format string passed to %s.__format__",
                            kr_type_name(v));
        return lb_str(rt, v, out);
    }
    if (st != KR_OK) return st;
    if (!kv_is_str(r))
        return kr_raise(rt, &kt_TypeError, "__format__ must return a str, not %s", kr_type_name(r));
    *out = r;
    return KR_OK;
}

/* ---- chr / ord ---- */

LB_GUARDED(bt_chr)
{
    if (lb_onearg(rt, "chr", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_val v;
    if (lb_index(rt, args[0], &v) != KR_OK) return KR_ERR;
    int64_t cp = kv_is_bool(v) ? kv_as_bool(v) : kv_is_int(v) ? kv_as_int(v) : -1;
    if (cp < 0 || cp > 0x10FFFF)
        return kr_raise(rt, &kt_ValueError, "chr() arg not in range(0x110000)");
    kr_str *s = kstr_from_cp(rt, (uint32_t)cp);
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static int bt_ord(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (lb_onearg(rt, "ord", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_val v = args[0];
    if (kv_is_str(v)) {
        kr_str *s = KR_AS(kr_str, v);
        if (s->len != 1)
            return kr_raise(rt, &kt_TypeError, "ord() expected a character, but string of length %lld found",
                            (long long)s->len);
        uint32_t cp;
        if (utf8_decode(s->data, (size_t)s->nbytes, &cp, 1) <= 0) cp = (unsigned char)s->data[0];
        *out = kv_int(cp);
        return KR_OK;
    }
    if (kv_is_obj(v) && kr_is_subtype(kv_as_obj(v)->type, &kt_bytes)) {
        kr_bytes *b = KR_AS(kr_bytes, v);
        if (b->len != 1)
            return kr_raise(rt, &kt_TypeError, "ord() expected a character, but string of length %lld found",
                            (long long)b->len);
        *out = kv_int(b->data[0]);
        return KR_OK;
    }
    if (kv_is_obj(v) && kr_is_subtype(kv_as_obj(v)->type, &kt_bytearray)) {
        kr_bytearray *b = KR_AS(kr_bytearray, v);
        if (b->len != 1)
            return kr_raise(rt, &kt_TypeError, "ord() expected a character, but string of length %lld found",
                            (long long)b->len);
        *out = kv_int(b->data[0]);
        return KR_OK;
    }
    return kr_raise(rt, &kt_TypeError, "ord() expected string of length 1, but %s found", kr_type_name(v));
}

/* ---- namespaces ---- */

static int bt_globals(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (lb_noargs(rt, "globals", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_frame *f = lb_py_frame(rt);
    if (f && f->globals) { *out = kv_obj(f->globals); return KR_OK; }
    kr_dict *d = kdict_new(rt);
    if (!d) return KR_ERR;
    *out = kdict_val(d);
    return KR_OK;
}

/* locals() of the innermost Python frame: the namespace dict of a module or
 * class body; for a function a new snapshot of its fast locals (cells
 * dereferenced, unbound names left out), as CPython 3.13+ gives. */
static int frame_locals(kr_rt *rt, kr_val *out)
{
    kr_frame *f = lb_py_frame(rt);
    if (!f) {
        kr_dict *d = kdict_new(rt);
        if (!d) return KR_ERR;
        *out = kdict_val(d);
        return KR_OK;
    }
    if (f->locals) { *out = kv_obj(f->locals); return KR_OK; }
    kr_dict *d = kdict_new(rt);
    if (!d) return KR_ERR;
    kr_code *co = f->code;
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        kr_val v = f->vals[i];
        uint8_t kind = co->localspluskinds[i];
        if (kv_is_undef(v)) continue;
        if ((kind & (CC_FAST_CELL | CC_FAST_FREE)) && kv_is_type(v, &kt_cell)) {
            v = KR_AS(kr_cell, v)->v;
            if (kv_is_undef(v)) continue;
        }
        /* the dict now shares it: no more appending in place */
        if (kv_is_exact_str(v)) kv_as_obj(v)->aux &= ~KS_FRESH;
        if (kdict_set_str(rt, d, (kr_str *)co->localsplusnames[i], v) != KR_OK) return KR_ERR;
    }
    *out = kdict_val(d);
    return KR_OK;
}

static int bt_locals(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (lb_noargs(rt, "locals", nargs, kwnames) != KR_OK) return KR_ERR;
    return frame_locals(rt, out);
}

LB_GUARDED(bt_vars)
{
    if (lb_nargs(rt, "vars", nargs, 0, 1, kwnames) != KR_OK) return KR_ERR;
    if (nargs == 0) return frame_locals(rt, out);
    int st = lb_getattr(rt, args[0], "__dict__", out);
    if (st == KR_ERR && lb_clear_if(rt, &kt_AttributeError))
        return kr_raise(rt, &kt_TypeError, "vars() argument must have __dict__ attribute");
    return st;
}

/* ---- dir ---- */

static int names_add(kr_rt *rt, kr_dict *names, kr_val key)
{
    if (!kv_is_str(key)) return KR_OK;
    return kdict_set(rt, names, key, kv_none());
}

static int names_add_cstr(kr_rt *rt, kr_dict *names, const char *s)
{
    kr_str *k = kstr_intern_cstr(rt, s);
    if (!k) return KR_ERR;
    return kdict_set(rt, names, kstr_val(k), kv_none());
}

static int names_add_dict(kr_rt *rt, kr_dict *names, kr_obj *d)
{
    if (!d || !kr_isinstance(kv_obj(d), &kt_dict)) return KR_OK;
    kr_dict *src = (kr_dict *)d;
    dk_entry *e = dk_entries(&src->t);
    for (int64_t i = 0; i < src->t.nentries; i++)
        if (dk_entry_live(&e[i]) && names_add(rt, names, e[i].key) != KR_OK) return KR_ERR;
    return KR_OK;
}

/* Dunders a static type may define through a slot; kslotwrap_get says which. */
static const char *const slot_dunders[] = {
    "__repr__", "__str__", "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__",
    "__ge__", "__bool__", "__len__", "__getitem__", "__setitem__", "__delitem__",
    "__contains__", "__iter__", "__next__", "__call__", "__new__", "__init__", "__get__",
    "__set__", "__delete__", "__getattribute__", "__setattr__", "__delattr__",
    "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__",
    "__rtruediv__", "__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__",
    "__rpow__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
    "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__neg__", "__pos__",
    "__invert__", "__abs__", "__iadd__", "__imul__", "__matmul__", "__rmatmul__", NULL,
};

/* What object.__dir__ lists for every object, beyond the slots. */
static const char *const object_dunders[] = {
    "__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
    "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
    "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__",
    "__reduce_ex__", "__repr__", "__setattr__", "__sizeof__", "__str__",
    "__subclasshook__", NULL,
};

static int names_add_type(kr_rt *rt, kr_dict *names, kr_type *t)
{
    if (t->dict) return names_add_dict(rt, names, t->dict);
    if (t == &kt_object) {
        for (const char *const *n = object_dunders; *n; n++)
            if (names_add_cstr(rt, names, *n) != KR_OK) return KR_ERR;
        return KR_OK;
    }
    if (t->methods)
        for (const kr_cfunc *const *m = t->methods; *m; m++)
            if (names_add_cstr(rt, names, (*m)->name) != KR_OK) return KR_ERR;
    for (const char *const *n = slot_dunders; *n; n++) {
        kr_val w = kslotwrap_get(rt, t, *n);
        if (kv_is_undef(w)) { if (rt->exc.tag != KV_UNDEF) kr_exc_clear(rt); continue; }
        if (names_add_cstr(rt, names, *n) != KR_OK) return KR_ERR;
    }
    return KR_OK;
}

/* T and every class of its MRO. */
static int names_add_mro(kr_rt *rt, kr_dict *names, kr_type *t)
{
    if (t->mro) {
        kr_tuple *m = (kr_tuple *)t->mro;
        for (int64_t i = 0; i < m->len; i++)
            if (names_add_type(rt, names, lb_as_type(m->items[i])) != KR_OK) return KR_ERR;
        return KR_OK;
    }
    for (kr_type *b = t; b; b = b->base)
        if (names_add_type(rt, names, b) != KR_OK) return KR_ERR;
    return names_add_type(rt, names, &kt_object);
}

/* A sorted list of the keys of NAMES (or of the iterable V). */
static int sorted_list(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_list *l = klist_new(rt, 0);
    if (!l) return KR_ERR;
    kr_val r, sort;
    if (lb_sync(rt, klist_extend(rt, l, v), &r) != KR_OK) return KR_ERR;
    if (lb_getattr(rt, klist_val(l), "sort", &sort) != KR_OK) return KR_ERR;
    if (lb_call(rt, sort, NULL, 0, NULL, &r) != KR_OK) return KR_ERR;
    *out = klist_val(l);
    return KR_OK;
}

LB_GUARDED(bt_dir)
{
    if (lb_nargs(rt, "dir", nargs, 0, 1, kwnames) != KR_OK) return KR_ERR;
    kr_val r;
    if (nargs == 0) {
        if (frame_locals(rt, &r) != KR_OK) return KR_ERR;
        return sorted_list(rt, r, out);
    }
    kr_val v = args[0];
    int st = lb_call_special(rt, v, "__dir__", NULL, 0, &r);
    if (st == KR_OK) return sorted_list(rt, r, out);
    if (st != KR_STOP) return st;
    kr_dict *names = kdict_new(rt);
    if (!names) return KR_ERR;
    if (kv_is_type(v, &kt_module)) {
        if (names_add_dict(rt, names, KR_AS(kr_module, v)->dict) != KR_OK) return KR_ERR;
    } else if (lb_is_type(v)) {
        if (names_add_mro(rt, names, lb_as_type(v)) != KR_OK) return KR_ERR;
    } else {
        if (names_add_dict(rt, names, kr_instance_dict(rt, v, false)) != KR_OK) return KR_ERR;
        if (names_add_mro(rt, names, kr_type_of(v)) != KR_OK) return KR_ERR;
    }
    return sorted_list(rt, kdict_val(names), out);
}

static KR_CFUNC(isinstance_f, "isinstance", bt_isinstance, 0);
static KR_CFUNC(issubclass_f, "issubclass", bt_issubclass, 0);
static KR_CFUNC(getattr_f, "getattr", bt_getattr, 0);
static KR_CFUNC(setattr_f, "setattr", bt_setattr, 0);
static KR_CFUNC(delattr_f, "delattr", bt_delattr, 0);
static KR_CFUNC(hasattr_f, "hasattr", bt_hasattr, 0);
static KR_CFUNC(callable_f, "callable", bt_callable, 0);
static KR_CFUNC(id_f, "id", bt_id, 0);
static KR_CFUNC(repr_f, "repr", bt_repr, 0);
static KR_CFUNC(ascii_f, "ascii", bt_ascii, 0);
static KR_CFUNC(format_f, "format", bt_format, 0);
static KR_CFUNC(chr_f, "chr", bt_chr, 0);
static KR_CFUNC(ord_f, "ord", bt_ord, 0);
static KR_CFUNC(globals_f, "globals", bt_globals, 0);
static KR_CFUNC(locals_f, "locals", bt_locals, 0);
static KR_CFUNC(vars_f, "vars", bt_vars, 0);
static KR_CFUNC(dir_f, "dir", bt_dir, 0);

const kr_cfunc *const lb_obj_funcs[] = {
    &isinstance_f, &issubclass_f, &getattr_f, &setattr_f, &delattr_f, &hasattr_f,
    &callable_f, &id_f, &repr_f, &ascii_f, &format_f, &chr_f, &ord_f, &globals_f,
    &locals_f, &vars_f, &dir_f, NULL,
};
