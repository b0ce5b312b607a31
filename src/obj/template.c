/* PEP 750 template strings: string.templatelib's Template, Interpolation
 * and TemplateIter, as CPython 3.14 (Objects/templateobject.c and
 * interpolationobject.c).  Invariants: a Template's strings tuple holds
 * exactly one more str than its interpolations tuple holds Interpolations;
 * all four fields of an Interpolation are set (conversion None or a
 * one-character str, format_spec a str).  Neither type is subclassable, and
 * both compare and hash by identity. */
#include "template.h"

#include "../compile/opcodes.h"
#include "../vm/interp.h"
#include "cont.h"
#include "genericalias.h"

typedef struct tl_interp {
    kr_obj obj;
    kr_val value, expr, conv, spec;
} tl_interp;

typedef struct tl_template {
    kr_obj obj;
    kr_obj *strings;            /* tuple of str, len(interps) + 1 */
    kr_obj *interps;            /* tuple of Interpolation */
} tl_template;

typedef struct tl_iter {
    kr_obj obj;
    kr_obj *tmpl;
    int64_t pos;                /* 0..2n: even = strings[pos/2], odd = interps[pos/2] */
} tl_iter;

static void interp_trace(kr_obj *o, heap_tracer *t)
{
    tl_interp *i = (tl_interp *)(void *)o;
    heap_visit_val(t, i->value);
    heap_visit_val(t, i->expr);
    heap_visit_val(t, i->conv);
    heap_visit_val(t, i->spec);
}

static void template_trace(kr_obj *o, heap_tracer *t)
{
    tl_template *tp = (tl_template *)(void *)o;
    heap_visit_obj(t, tp->strings);
    heap_visit_obj(t, tp->interps);
}

static void iter_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_obj(t, ((tl_iter *)(void *)o)->tmpl);
}

static const heap_class interp_cls = { "Interpolation", interp_trace, NULL, sizeof(tl_interp) };
static const heap_class template_cls = { "Template", template_trace, NULL, sizeof(tl_template) };
static const heap_class iter_cls = { "TemplateIter", iter_trace, NULL, sizeof(tl_iter) };

/* object's identity hash (CPython's _Py_HashPointer: the address rotated
 * by 4 bits). */
static int tl_id_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    (void)rt;
    uint64_t y = (uint64_t)(uintptr_t)kv_as_obj(v);
    y = (y >> 4) | (y << 60);
    *out = (int64_t)y == -1 ? -2 : (int64_t)y;
    return KR_OK;
}

static int tl_readonly_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value,
                               const char *const *members)
{
    for (const char *const *m = members; *m; m++)
        if (!strcmp(kstr_data(name), *m))
            return kr_raise(rt, &kt_AttributeError, "readonly attribute");
    return kr_generic_setattr(rt, o, name, value);
}

/* __class_getitem__ (a classmethod): types.GenericAlias */
static int tl_class_getitem(kr_rt *rt, kr_val cls, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (kc_nokw(rt, "__class_getitem__", kw) != KR_OK || kc_onearg(rt, "__class_getitem__", nargs) != KR_OK)
        return KR_ERR;
    return kr_generic_alias_new(rt, cls, args[0], out);
}
static KR_CFUNC(tl_class_getitem_f, "__class_getitem__", tl_class_getitem, KF_CLASS);

/* ---- Interpolation ---- */

static tl_interp *interp_make(kr_rt *rt, kr_val value, kr_val expr, kr_val conv, kr_val spec)
{
    tl_interp *i = (tl_interp *)(void *)heap_alloc(&rt->heap, &kt_interpolation, sizeof(tl_interp));
    if (!i) { kr_nomem(rt); return NULL; }
    i->value = value;
    i->expr = expr;
    i->conv = conv;
    i->spec = spec;
    return i;
}

static kr_val empty_str(kr_rt *rt)
{
    kr_str *s = kstr_new(rt, "", 0);
    return s ? kstr_val(s) : kv_undef();
}

int vm_build_interpolation(kr_rt *rt, kr_val value, kr_val expr, kr_val spec,
                           int conversion, kr_val *out)
{
    kr_val conv = kv_none();
    if (conversion != FVC_NONE) {
        const char *c = conversion == FVC_STR ? "s" : conversion == FVC_REPR ? "r" : "a";
        kr_str *s = kstr_new(rt, c, 1);
        if (!s) return KR_ERR;
        conv = kstr_val(s);
    }
    if (kv_is_undef(spec)) {
        spec = empty_str(rt);
        if (kv_is_undef(spec)) return KR_ERR;
    }
    tl_interp *i = interp_make(rt, value, expr, conv, spec);
    if (!i) return KR_ERR;
    *out = kv_obj(&i->obj);
    return KR_OK;
}

static const char *const interp_params[] = { "value", "expression", "conversion", "format_spec", NULL };

/* Interpolation(value, expression='', conversion=None, format_spec='') */
static int interp_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                           kr_obj *kwnames, kr_val *out)
{
    (void)t;
    int nkw = kc_nkw(kwnames);
    if (nargs + nkw > 4)
        return kr_raise(rt, &kt_TypeError, "Interpolation() takes at most 4 arguments (%d given)", nargs + nkw);
    kr_val a[4] = { kv_undef(), kv_undef(), kv_undef(), kv_undef() };
    for (int k = 0; k < nargs; k++) a[k] = args[k];
    for (int k = 0; k < nkw; k++) {
        kr_str *kn = KR_AS(kr_str, ((kr_tuple *)(void *)kwnames)->items[k]);
        int p = 0;
        while (interp_params[p] && strcmp(interp_params[p], kn->data)) p++;
        if (!interp_params[p]) return kc_bad_kw(rt, "Interpolation", kn, interp_params);
        if (p < nargs)
            return kr_raise(rt, &kt_TypeError, "argument for Interpolation() given by name ('%s') and position (%d)",
                            interp_params[p], p + 1);
        a[p] = args[nargs + k];
    }
    if (kv_is_undef(a[0]))
        return kr_raise(rt, &kt_TypeError, "Interpolation() missing required argument 'value' (pos 1)");
    /* checked in parameter order, as CPython's argument clinic does */
    for (int p = 1; p < 4; p++) {
        if (p == 2) {               /* conversion: None or one of s, a, r */
            if (kv_is_undef(a[2])) {
                a[2] = kv_none();
            } else if (!kv_is_none(a[2])) {
                if (!kv_is_str(a[2]))
                    return kr_raise(rt, &kt_TypeError, "Interpolation() argument 'conversion' must be str, not %s",
                                    kr_type_name(a[2]));
                kr_str *c = KR_AS(kr_str, a[2]);
                if (c->nbytes != 1 || !c->data[0] || !strchr("ars", c->data[0]))
                    return kr_raise(rt, &kt_ValueError,
                                    "Interpolation() argument 'conversion' must be one of 's', 'a' or 'r'");
            }
        } else if (kv_is_undef(a[p])) {   /* expression, format_spec: str */
            a[p] = empty_str(rt);
            if (kv_is_undef(a[p])) return KR_ERR;
        } else if (!kv_is_str(a[p])) {
            return kr_raise(rt, &kt_TypeError, "Interpolation() argument '%s' must be str, not %s",
                            interp_params[p], kr_type_name(a[p]));
        }
    }
    tl_interp *i = interp_make(rt, a[0], a[1], a[2], a[3]);
    if (!i) return KR_ERR;
    *out = kv_obj(&i->obj);
    return KR_OK;
}

static int interp_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    tl_interp *i = KR_AS(tl_interp, v);
    kr_val f[4] = { i->value, i->expr, i->conv, i->spec };
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "Interpolation(");
    kc_nogc_enter(rt);
    for (int k = 0; k < 4; k++) {
        if (k) sb_puts(&sb, ", ");
        if (kc_repr_into(rt, &sb, f[k]) != KR_OK) {
            kc_nogc_leave(rt);
            sb_free(&sb);
            return KR_ERR;
        }
    }
    kc_nogc_leave(rt);
    sb_putc(&sb, ')');
    return kc_sb_str(rt, &sb, out);
}

static int interp_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value)
{
    return tl_readonly_setattr(rt, o, name, value, interp_params);
}

#define TL_GETTER(fn, type, expr) \
    static int fn(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out) \
    { \
        (void)rt; (void)args; (void)nargs; (void)kw; \
        type *o = KR_AS(type, self); \
        *out = (expr); \
        return KR_OK; \
    }

TL_GETTER(interp_value, tl_interp, o->value)
TL_GETTER(interp_expr, tl_interp, o->expr)
TL_GETTER(interp_conv, tl_interp, o->conv)
TL_GETTER(interp_spec, tl_interp, o->spec)

/* __reduce__: (Interpolation, (value, expression, conversion, format_spec)) */
static int interp_reduce(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (kc_nokw(rt, "__reduce__", kw) != KR_OK || kc_noargs(rt, "Interpolation.__reduce__", nargs) != KR_OK)
        return KR_ERR;
    (void)args;
    tl_interp *i = KR_AS(tl_interp, self);
    kr_val f[4] = { i->value, i->expr, i->conv, i->spec };
    kr_tuple *inner = ktuple_from(rt, f, 4);
    if (!inner) return KR_ERR;
    kr_val pair[2] = { kv_obj(&kt_interpolation.head.obj), ktuple_val(inner) };
    kr_tuple *tu = ktuple_from(rt, pair, 2);
    if (!tu) return KR_ERR;
    *out = ktuple_val(tu);
    return KR_OK;
}

static KR_CFUNC(interp_value_f, "value", interp_value, KF_GETTER);
static KR_CFUNC(interp_expr_f, "expression", interp_expr, KF_GETTER);
static KR_CFUNC(interp_conv_f, "conversion", interp_conv, KF_GETTER);
static KR_CFUNC(interp_spec_f, "format_spec", interp_spec, KF_GETTER);
static KR_CFUNC(interp_reduce_f, "__reduce__", interp_reduce, KF_METHOD);
static const kr_cfunc *const interp_methods[] = {
    &interp_value_f, &interp_expr_f, &interp_conv_f, &interp_spec_f,
    &interp_reduce_f, &tl_class_getitem_f, NULL
};

kr_type kt_interpolation = {
    .head = { KR_STATIC_HDR(&kt_type), &interp_cls },
    .name = "string.templatelib.Interpolation", .flags = 0, .base = &kt_object,
    .slots = { .repr = interp_repr, .hash = tl_id_hash, .setattr = interp_setattr,
               .new_ = interp_new_slot },
    .basicsize = sizeof(tl_interp), .methods = interp_methods,
};

/* ---- Template ---- */

static tl_template *template_make(kr_rt *rt, kr_obj *strings, kr_obj *interps)
{
    tl_template *t = (tl_template *)(void *)heap_alloc(&rt->heap, &kt_template, sizeof(tl_template));
    if (!t) { kr_nomem(rt); return NULL; }
    t->strings = strings;
    t->interps = interps;
    return t;
}

int vm_build_template(kr_rt *rt, kr_val strings, kr_val interps, kr_val *out)
{
    if (!kv_is_tuple(strings) || !kv_is_tuple(interps))
        return kr_raise(rt, &kt_SystemError, "BUILD_TEMPLATE: strings and interpolations must be tuples");
    if (KR_AS(kr_tuple, strings)->len != KR_AS(kr_tuple, interps)->len + 1)
        return kr_raise(rt, &kt_SystemError, "BUILD_TEMPLATE: mismatched strings and interpolations");
    tl_template *t = template_make(rt, kv_as_obj(strings), kv_as_obj(interps));
    if (!t) return KR_ERR;
    *out = kv_obj(&t->obj);
    return KR_OK;
}

/* Template(*args): strings and Interpolations; adjacent strings are joined
 * and an empty string stands between adjacent Interpolations. */
static int template_new_slot(kr_rt *rt, kr_type *tp, const kr_val *args, int nargs,
                             kr_obj *kwnames, kr_val *out)
{
    (void)tp;
    if (kc_nkw(kwnames))
        return kr_raise(rt, &kt_TypeError, "Template.__new__ only accepts *args arguments");
    int64_t ninterp = 0;
    for (int k = 0; k < nargs; k++) {
        if (kv_is_type(args[k], &kt_interpolation)) ninterp++;
        else if (!kv_is_str(args[k]))
            return kr_raise(rt, &kt_TypeError,
                            "Template.__new__ *args need to be of type 'str' or 'Interpolation', got %s",
                            kr_type_name(args[k]));
    }
    kr_tuple *strs = ktuple_new(rt, ninterp + 1);
    kr_tuple *ints = strs ? ktuple_new(rt, ninterp) : NULL;
    if (!ints) return KR_ERR;
    int64_t si = 0, ii = 0;
    kr_val cur = kv_undef();            /* the string being accumulated */
    for (int k = 0; k < nargs; k++) {
        if (kv_is_str(args[k])) {
            if (kv_is_undef(cur)) {
                cur = args[k];
            } else {
                kr_str *c = kstr_concat(rt, KR_AS(kr_str, cur), KR_AS(kr_str, args[k]));
                if (!c) return KR_ERR;
                cur = kstr_val(c);
            }
        } else {
            if (kv_is_undef(cur) && kv_is_undef(cur = empty_str(rt))) return KR_ERR;
            strs->items[si++] = cur;
            cur = kv_undef();
            ints->items[ii++] = args[k];
        }
    }
    if (kv_is_undef(cur) && kv_is_undef(cur = empty_str(rt))) return KR_ERR;
    strs->items[si] = cur;
    tl_template *t = template_make(rt, &strs->obj, &ints->obj);
    if (!t) return KR_ERR;
    *out = kv_obj(&t->obj);
    return KR_OK;
}

static int template_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    tl_template *t = KR_AS(tl_template, v);
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "Template(strings=");
    kc_nogc_enter(rt);
    int st = kc_repr_into(rt, &sb, kv_obj(t->strings));
    if (st == KR_OK) {
        sb_puts(&sb, ", interpolations=");
        st = kc_repr_into(rt, &sb, kv_obj(t->interps));
    }
    kc_nogc_leave(rt);
    if (st != KR_OK) { sb_free(&sb); return KR_ERR; }
    sb_putc(&sb, ')');
    return kc_sb_str(rt, &sb, out);
}

static int template_concat(kr_rt *rt, tl_template *a, tl_template *b, kr_val *out)
{
    kr_tuple *as = (kr_tuple *)(void *)a->strings, *bs = (kr_tuple *)(void *)b->strings;
    kr_tuple *ai = (kr_tuple *)(void *)a->interps, *bi = (kr_tuple *)(void *)b->interps;
    kr_tuple *strs = ktuple_new(rt, as->len + bs->len - 1);
    kr_tuple *ints = strs ? ktuple_new(rt, ai->len + bi->len) : NULL;
    if (!ints) return KR_ERR;
    kr_str *mid = kstr_concat(rt, KR_AS(kr_str, as->items[as->len - 1]), KR_AS(kr_str, bs->items[0]));
    if (!mid) return KR_ERR;
    int64_t n = 0;
    for (int64_t k = 0; k < as->len - 1; k++) strs->items[n++] = as->items[k];
    strs->items[n++] = kstr_val(mid);
    for (int64_t k = 1; k < bs->len; k++) strs->items[n++] = bs->items[k];
    for (int64_t k = 0; k < ai->len; k++) ints->items[k] = ai->items[k];
    for (int64_t k = 0; k < bi->len; k++) ints->items[ai->len + k] = bi->items[k];
    tl_template *t = template_make(rt, &strs->obj, &ints->obj);
    if (!t) return KR_ERR;
    *out = kv_obj(&t->obj);
    return KR_OK;
}

/* CPython gives Template only sq_concat: `t + x` first lets x's reflected
 * operator try, then raises "can only concatenate"; `x + t` is left to x
 * (NotImplemented here, so "unsupported operand type(s)"). */
static int template_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if ((op != OPB_ADD && op != OPB_INPLACE_ADD) || !kv_is_type(a, &kt_template)) {
        *out = kr_notimpl();
        return KR_OK;
    }
    if (kv_is_type(b, &kt_template))
        return template_concat(rt, KR_AS(tl_template, a), KR_AS(tl_template, b), out);
    if (op == OPB_INPLACE_ADD) {        /* the plain operator follows */
        *out = kr_notimpl();
        return KR_OK;
    }
    kr_type *tb = kr_type_of(b);
    if (tb->slots.binop && tb->slots.binop != template_binop) {
        kr_val r;
        if (tb->slots.binop(rt, op, a, b, &r) != KR_OK) return KR_ERR;
        if (!kr_is_notimpl(r)) { *out = r; return KR_OK; }
    }
    return kr_raise(rt, &kt_TypeError, "can only concatenate %s (not \"%s\") to %s",
                    kt_template.name, tb->name, kt_template.name);
}

static int template_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    tl_iter *it = (tl_iter *)(void *)heap_alloc(&rt->heap, &kt_templateiter, sizeof(tl_iter));
    if (!it) return kr_nomem(rt);
    it->tmpl = kv_as_obj(o);
    it->pos = 0;
    *out = kv_obj(&it->obj);
    return KR_OK;
}

static int template_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value)
{
    static const char *const members[] = { "strings", "interpolations", NULL };
    return tl_readonly_setattr(rt, o, name, value, members);
}

TL_GETTER(template_strings, tl_template, kv_obj(o->strings))
TL_GETTER(template_interps, tl_template, kv_obj(o->interps))

static int template_values(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    (void)args; (void)nargs; (void)kw;
    kr_tuple *ints = (kr_tuple *)(void *)KR_AS(tl_template, self)->interps;
    kr_tuple *tu = ktuple_new(rt, ints->len);
    if (!tu) return KR_ERR;
    for (int64_t k = 0; k < ints->len; k++)
        tu->items[k] = KR_AS(tl_interp, ints->items[k])->value;
    *out = ktuple_val(tu);
    return KR_OK;
}

static KR_CFUNC(template_strings_f, "strings", template_strings, KF_GETTER);
static KR_CFUNC(template_interps_f, "interpolations", template_interps, KF_GETTER);
static KR_CFUNC(template_values_f, "values", template_values, KF_GETTER);
static const kr_cfunc *const template_methods[] = {
    &template_strings_f, &template_interps_f, &template_values_f, &tl_class_getitem_f, NULL
};

kr_type kt_template = {
    .head = { KR_STATIC_HDR(&kt_type), &template_cls },
    .name = "string.templatelib.Template", .flags = 0, .base = &kt_object,
    .slots = { .repr = template_repr, .hash = tl_id_hash, .binop = template_binop,
               .iter = template_iter, .setattr = template_setattr, .new_ = template_new_slot },
    .basicsize = sizeof(tl_template), .methods = template_methods,
};

/* ---- TemplateIter: the non-empty strings and the interpolations, in
 * order ---- */

static int iter_self(kr_rt *rt, kr_val o, kr_val *out)
{
    (void)rt;
    *out = o;
    return KR_OK;
}

static int iter_next(kr_rt *rt, kr_val o, kr_val *out)
{
    (void)rt;
    tl_iter *it = KR_AS(tl_iter, o);
    tl_template *t = (tl_template *)(void *)it->tmpl;
    kr_tuple *strs = (kr_tuple *)(void *)t->strings, *ints = (kr_tuple *)(void *)t->interps;
    for (;;) {
        int64_t p = it->pos;
        if (p > 2 * ints->len) return KR_STOP;
        it->pos++;
        if (p & 1) { *out = ints->items[p / 2]; return KR_OK; }
        kr_val s = strs->items[p / 2];
        if (KR_AS(kr_str, s)->nbytes) { *out = s; return KR_OK; }
    }
}

kr_type kt_templateiter = {
    .head = { KR_STATIC_HDR(&kt_type), &iter_cls },
    .name = "string.templatelib.TemplateIter", .flags = 0, .base = &kt_object,
    .slots = { .hash = tl_id_hash, .iter = iter_self, .next = iter_next },
    .basicsize = sizeof(tl_iter),
};
