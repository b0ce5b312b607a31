/* dict views: keys(), values(), items().  Keys and items views are
 * set-like (comparisons and & | - ^ as CPython's dictobject.c computes
 * them: the result is a set built from the left operand); values views
 * only iterate. */
#include "cont.h"
#include "../compile/opcodes.h"

static void view_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_obj(t, &((kr_dictview *)(void *)o)->d->obj);
}

static const heap_class view_cls = { "dict_view", view_trace, NULL, sizeof(kr_dictview) };

#define VD(v) (KR_AS(kr_dictview, v)->d)

static bool is_setview(kr_val v)
{
    return kv_is_type(v, &kt_dict_keys) || kv_is_type(v, &kt_dict_items);
}

static int view_len(kr_rt *rt, kr_val v, int64_t *out)
{
    *out = VD(v)->t.used;
    return KR_OK;
}

static int keys_iter(kr_rt *rt, kr_val v, kr_val *out)
{
    return kc_seqiter_new(rt, &kt_dict_keyiterator, kdict_val(VD(v)), 0, out);
}

static int values_iter(kr_rt *rt, kr_val v, kr_val *out)
{
    return kc_seqiter_new(rt, &kt_dict_valueiterator, kdict_val(VD(v)), 0, out);
}

static int items_iter(kr_rt *rt, kr_val v, kr_val *out)
{
    return kc_seqiter_new(rt, &kt_dict_itemiterator, kdict_val(VD(v)), 0, out);
}

static int keys_contains(kr_rt *rt, kr_val v, kr_val x, int *out)
{
    kr_val found;
    int r = kdict_get(rt, VD(v), x, &found);
    if (r == KR_ERR) return KR_ERR;
    *out = r == KR_OK;
    return KR_OK;
}

static int items_contains(kr_rt *rt, kr_val v, kr_val x, int *out)
{
    if (!kv_is_tuple(x) || KR_AS(kr_tuple, x)->len != 2) { *out = 0; return KR_OK; }
    kr_val k = KR_AS(kr_tuple, x)->items[0], val = KR_AS(kr_tuple, x)->items[1], found;
    int r = kdict_get(rt, VD(v), k, &found);
    if (r == KR_ERR) return KR_ERR;
    if (r == KR_STOP) { *out = 0; return KR_OK; }
    return kc_eq(rt, found, val, out);
}

static int view_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_obj *o = kv_as_obj(v);
    strbuf sb = STRBUF_INIT;
    int g = kc_repr_enter(rt, o);
    if (g == KR_ERR) return KR_ERR;
    if (g == 1) { sb_puts(&sb, "..."); return kc_sb_str(rt, &sb, out); }
    kr_list *items;
    if (kc_list_from_iterable(rt, v, &items) != KR_OK) { kc_repr_leave(o); return KR_ERR; }
    sb_printf(&sb, "%s(", o->type->name);
    int r = kc_repr_into(rt, &sb, klist_val(items));
    kc_repr_leave(o);
    if (r != KR_OK) { sb_free(&sb); return KR_ERR; }
    sb_putc(&sb, ')');
    return kc_sb_str(rt, &sb, out);
}

/* x in container, for a set or a view */
static int contains(kr_rt *rt, kr_val c, kr_val x, int *out)
{
    kc_nogc_enter(rt);
    int r = kr_contains(rt, c, x, out);
    kc_nogc_leave(rt);
    return r;
}

/* 1 when every item of A is in B, 0, KR_ERR */
static int all_contained_in(kr_rt *rt, kr_val a, kr_val b)
{
    kc_cursor c;
    if (kc_cursor_open(rt, &c, a) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val x;
        int st = kc_cursor_next(rt, &c, &x);
        if (st == KR_STOP) return 1;
        if (st != KR_OK) return KR_ERR;
        int in;
        if (contains(rt, b, x, &in) != KR_OK) return KR_ERR;
        if (!in) return 0;
    }
}

static int size_of(kr_rt *rt, kr_val v, int64_t *out)
{
    if (is_setview(v)) { *out = VD(v)->t.used; return KR_OK; }
    return kc_len(rt, v, out);
}

static int view_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if (!is_setview(a) || !(kv_is_anyset(b) || is_setview(b))) { *out = kr_notimpl(); return KR_OK; }
    int64_t la, lb;
    if (size_of(rt, a, &la) != KR_OK || size_of(rt, b, &lb) != KR_OK) return KR_ERR;
    int ok = 0;
    switch (op) {
    case KR_EQ: case KR_NE:
        if (la == lb) ok = all_contained_in(rt, a, b);
        if (ok == KR_ERR) return KR_ERR;
        if (op == KR_NE) ok = !ok;
        break;
    case KR_LT: if (la < lb) ok = all_contained_in(rt, a, b); break;
    case KR_LE: if (la <= lb) ok = all_contained_in(rt, a, b); break;
    case KR_GT: if (la > lb) ok = all_contained_in(rt, b, a); break;
    default: if (la >= lb) ok = all_contained_in(rt, b, a); break;
    }
    if (ok == KR_ERR) return KR_ERR;
    *out = kv_bool(ok);
    return KR_OK;
}

/* set(self), from the dict itself for a keys view (CPython's
 * dictviews_to_set). */
static int to_set(kr_rt *rt, kr_val v, kr_set **out)
{
    kr_set *s = kset_new(rt, &kt_set);
    if (!s) return KR_ERR;
    kr_val src = kv_is_type(v, &kt_dict_keys) ? kdict_val(VD(v)) : v;
    if (kc_set_update(rt, s, src) != KR_OK) return KR_ERR;
    *out = s;
    return KR_OK;
}

static int call_method(kr_rt *rt, kr_val obj, const char *name, kr_val arg, kr_val *out)
{
    kc_nogc_enter(rt);
    int r = kc_sync(rt, vm_call_method(rt, obj, name, &arg, 1, out), out);
    kc_nogc_leave(rt);
    return r;
}

static int view_and(kr_rt *rt, kr_val self, kr_val other, kr_val *out)
{
    if (!is_setview(self)) { kr_val t = self; self = other; other = t; }
    int64_t ls = VD(self)->t.used;
    if (kv_is_type(other, &kt_set) && ls <= kset_st(KR_AS(kr_set, other))->used)
        return call_method(rt, other, "intersection", self, out);
    if (is_setview(other) && VD(other)->t.used > ls) { kr_val t = self; self = other; other = t; }
    kr_set *r = kset_new(rt, &kt_set);
    if (!r) return KR_ERR;
    bool keys = kv_is_type(self, &kt_dict_keys);
    kc_cursor c;
    if (kc_cursor_open(rt, &c, other) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val x;
        int st = kc_cursor_next(rt, &c, &x);
        if (st == KR_STOP) break;
        if (st != KR_OK) return KR_ERR;
        int in;
        if ((keys ? keys_contains(rt, self, x, &in) : items_contains(rt, self, x, &in)) != KR_OK)
            return KR_ERR;
        if (in && kset_add(rt, r, x) != KR_OK) return KR_ERR;
    }
    *out = kv_obj(&r->obj);
    return KR_OK;
}

static int view_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    int plain = op >= OPB_INPLACE_ADD ? op - OPB_INPLACE_ADD : op;
    const char *m;
    switch (plain) {
    case OPB_AND: return view_and(rt, a, b, out);
    case OPB_OR: m = "update"; break;
    case OPB_SUBTRACT: m = "difference_update"; break;
    case OPB_XOR: m = "symmetric_difference_update"; break;
    default: *out = kr_notimpl(); return KR_OK;
    }
    kr_set *r;
    if (to_set(rt, a, &r) != KR_OK) return KR_ERR;
    kr_val ignored;
    if (call_method(rt, kv_obj(&r->obj), m, b, &ignored) != KR_OK) return KR_ERR;
    *out = kv_obj(&r->obj);
    return KR_OK;
}

/* ---- methods ---- */

static int m_isdisjoint(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    char q[40];
    snprintf(q, sizeof q, "%s.isdisjoint", kv_as_obj(self)->type->name);
    if (kc_nokw(rt, q, kwnames) != KR_OK) return KR_ERR;
    if (kc_onearg(rt, q, nargs) != KR_OK) return KR_ERR;
    kr_val other = args[0];
    if (kv_is_obj(other) && kv_as_obj(other) == kv_as_obj(self)) {
        *out = kv_bool(VD(self)->t.used == 0);
        return KR_OK;
    }
    kr_val a = self, b = other;
    if (kv_is_anyset(other) || is_setview(other)) {
        int64_t lo;
        if (size_of(rt, other, &lo) != KR_OK) return KR_ERR;
        if (lo > VD(self)->t.used) { a = other; b = self; }
    }
    /* iterate B, look the items up in A */
    kc_cursor c;
    if (kc_cursor_open(rt, &c, b) != KR_OK) return KR_ERR;
    for (;;) {
        kr_val x;
        int st = kc_cursor_next(rt, &c, &x);
        if (st == KR_STOP) break;
        if (st != KR_OK) return KR_ERR;
        int in;
        if (contains(rt, a, x, &in) != KR_OK) return KR_ERR;
        if (in) { *out = kv_bool(0); return KR_OK; }
    }
    *out = kv_bool(1);
    return KR_OK;
}

static int m_reversed(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out)
{
    kr_type *t = kv_as_obj(self)->type;
    kr_type *it = t == &kt_dict_keys ? &kt_dict_reversekeyiterator
                : t == &kt_dict_values ? &kt_dict_reversevalueiterator
                : &kt_dict_reverseitemiterator;
    if (kc_noargs(rt, "__reversed__", nargs) != KR_OK) return KR_ERR;
    return kc_seqiter_new(rt, it, kdict_val(VD(self)), VD(self)->t.nentries - 1, out);
}

static int get_mapping(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                       kr_obj *kwnames, kr_val *out)
{
    kr_obj *o = kmappingproxy_new(rt, kdict_val(VD(self)));
    if (!o) return KR_ERR;
    *out = kv_obj(o);
    return KR_OK;
}

static KR_CFUNC(isdisjoint_f, "isdisjoint", m_isdisjoint, KF_METHOD);
static KR_CFUNC(reversed_f, "__reversed__", m_reversed, KF_METHOD);
static KR_CFUNC(mapping_f, "mapping", get_mapping, KF_GETTER);
static const kr_cfunc *const setview_methods[] = { &isdisjoint_f, &reversed_f, &mapping_f, NULL };
static const kr_cfunc *const values_methods[] = { &reversed_f, &mapping_f, NULL };

kr_type kt_dict_keys = {
    .head = { KR_STATIC_HDR(&kt_type), &view_cls },
    .name = "dict_keys", .base = &kt_object,
    .slots = {
        .repr = view_repr, .richcmp = view_richcmp, .binop = view_binop, .len = view_len,
        .contains = keys_contains, .iter = keys_iter,
    },
    .basicsize = sizeof(kr_dictview), .methods = setview_methods,
};

kr_type kt_dict_items = {
    .head = { KR_STATIC_HDR(&kt_type), &view_cls },
    .name = "dict_items", .base = &kt_object,
    .slots = {
        .repr = view_repr, .richcmp = view_richcmp, .binop = view_binop, .len = view_len,
        .contains = items_contains, .iter = items_iter,
    },
    .basicsize = sizeof(kr_dictview), .methods = setview_methods,
};

kr_type kt_dict_values = {
    .head = { KR_STATIC_HDR(&kt_type), &view_cls },
    .name = "dict_values", .base = &kt_object,
    .slots = { .repr = view_repr, .len = view_len, .iter = values_iter },
    .basicsize = sizeof(kr_dictview), .methods = values_methods,
};
