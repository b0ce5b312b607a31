/* Union objects: `int | None`, typing.Union[...] and typing.Optional[...]
 * (one type in 3.14, typing.Union).  ARGS is a tuple of the distinct
 * members, nested unions flattened, None stored as NoneType. */
#include "lib_int.h"

#include "../compile/opcodes.h"

typedef struct lb_union {
    kr_obj obj;
    kr_obj *args;               /* tuple, >= 2 items */
} lb_union;

static void union_trace(kr_obj *o, heap_tracer *t) { heap_visit_obj(t, ((lb_union *)o)->args); }
static const heap_class union_cls = { "Union", union_trace, NULL, sizeof(lb_union) };
extern kr_type lb_union_type;

kr_obj *lib_union_args(kr_val v)
{
    return kv_is_type(v, &lb_union_type) ? KR_AS(lb_union, v)->args : NULL;
}

/* What may be a member: None, types, unions, and typing's objects (which
 * mark themselves with __origin__ or are TypeVars: anything with a
 * __typing_unionable__ attribute on its type, see typing.c). */
static bool unionable(kr_rt *rt, kr_val v)
{
    if (kv_is_none(v) || lb_is_type(v) || kv_is_type(v, &lb_union_type)) return true;
    return !kv_is_undef(vm_lookup_special(rt, v, "__typing_unionable__"));
}

/* Appends V's members to ITEMS (deduplicated: identity, then ==). */
static int union_add(kr_rt *rt, kr_list *items, kr_val v)
{
    if (kv_is_type(v, &lb_union_type)) {
        kr_tuple *t = (kr_tuple *)KR_AS(lb_union, v)->args;
        for (int64_t i = 0; i < t->len; i++)
            if (union_add(rt, items, t->items[i]) != KR_OK) return KR_ERR;
        return KR_OK;
    }
    if (kv_is_none(v)) v = lb_type_val(&kt_NoneType);
    for (int64_t i = 0; i < items->len; i++) {
        if (kr_is(items->items[i], v)) return KR_OK;
        if (!lb_is_type(v) || !lb_is_type(items->items[i])) {
            int eq;
            if (lb_cmp_bool(rt, items->items[i], v, KR_EQ, &eq) != KR_OK) return KR_ERR;
            if (eq) return KR_OK;
        }
    }
    return klist_append(rt, items, v);
}

/* The union of ARGS: a single distinct member is itself (None for
 * NoneType alone). */
int lib_union_of(kr_rt *rt, const kr_val *args, int64_t n, kr_val *out)
{
    kr_list *items = klist_new(rt, n);
    if (!items) return KR_ERR;
    for (int64_t i = 0; i < n; i++)
        if (union_add(rt, items, args[i]) != KR_OK) return KR_ERR;
    if (items->len == 1) {
        kr_val v = items->items[0];
        *out = kr_is(v, lb_type_val(&kt_NoneType)) ? kv_none() : v;
        return KR_OK;
    }
    kr_tuple *t = ktuple_from(rt, items->items, items->len);
    if (!t) return KR_ERR;
    lb_union *u = (lb_union *)heap_alloc(&rt->heap, &lb_union_type, sizeof(lb_union));
    if (!u) return kr_nomem(rt);
    u->args = &t->obj;
    *out = kv_obj(&u->obj);
    return KR_OK;
}

int lib_union_or(kr_rt *rt, kr_val a, kr_val b, kr_val *out)
{
    rt->in_gc_unsafe++;
    int st = KR_OK;
    if (!unionable(rt, a) || !unionable(rt, b)) *out = kr_notimpl();
    else {
        kr_val xs[2] = { a, b };
        st = lib_union_of(rt, xs, 2, out);
    }
    rt->in_gc_unsafe--;
    return st;
}

/* How typing shows a member: builtins by qualified name, other classes as
 * module.qualname, None and Ellipsis by name, anything else by repr. */
int lib_type_repr(kr_rt *rt, kr_val v, strbuf *sb)
{
    if (kv_is_none(v) || kr_is(v, lb_type_val(&kt_NoneType))) { sb_puts(sb, "None"); return KR_OK; }
    if (kr_is(v, kr_ellipsis())) { sb_puts(sb, "..."); return KR_OK; }
    kr_val r;
    if (lb_is_type(v)) {
        kr_val mod, qn;
        if (lb_getattr(rt, v, "__module__", &mod) != KR_OK) return KR_ERR;
        if (lb_getattr(rt, v, "__qualname__", &qn) != KR_OK) return KR_ERR;
        if (kv_is_str(mod) && kv_is_str(qn)) {
            const char *m = kstr_data(kv_as_obj(mod));
            if (strcmp(m, "builtins")) { sb_puts(sb, m); sb_putc(sb, '.'); }
            sb_append(sb, kstr_data(kv_as_obj(qn)), (size_t)kstr_nbytes(kv_as_obj(qn)));
            return KR_OK;
        }
    }
    if (lb_repr(rt, v, &r) != KR_OK) return KR_ERR;
    sb_append(sb, kstr_data(kv_as_obj(r)), (size_t)kstr_nbytes(kv_as_obj(r)));
    return KR_OK;
}

static int union_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_tuple *t = (kr_tuple *)KR_AS(lb_union, v)->args;
    strbuf sb = STRBUF_INIT;
    rt->in_gc_unsafe++;
    int st = KR_OK;
    for (int64_t i = 0; i < t->len && st == KR_OK; i++) {
        if (i) sb_puts(&sb, " | ");
        st = lib_type_repr(rt, t->items[i], &sb);
    }
    rt->in_gc_unsafe--;
    if (st != KR_OK) { sb_free(&sb); return st; }
    return lb_sb_str(rt, &sb, out);
}

/* Whether every member of A is in B (identity or ==). */
static int union_subset(kr_rt *rt, kr_tuple *a, kr_tuple *b, int *out)
{
    for (int64_t i = 0; i < a->len; i++) {
        int found = 0;
        for (int64_t j = 0; j < b->len && !found; j++) {
            if (kr_is(a->items[i], b->items[j])) { found = 1; break; }
            if (lb_cmp_bool(rt, a->items[i], b->items[j], KR_EQ, &found) != KR_OK) return KR_ERR;
        }
        if (!found) { *out = 0; return KR_OK; }
    }
    *out = 1;
    return KR_OK;
}

static int union_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    if ((op != KR_EQ && op != KR_NE) || !kv_is_type(b, &lb_union_type)) {
        *out = kr_notimpl();
        return KR_OK;
    }
    kr_tuple *x = (kr_tuple *)KR_AS(lb_union, a)->args, *y = (kr_tuple *)KR_AS(lb_union, b)->args;
    int eq = 0;
    rt->in_gc_unsafe++;
    int st = union_subset(rt, x, y, &eq);
    if (st == KR_OK && eq) st = union_subset(rt, y, x, &eq);
    rt->in_gc_unsafe--;
    if (st != KR_OK) return st;
    *out = kv_bool(op == KR_EQ ? eq : !eq);
    return KR_OK;
}

/* Order-independent, as hash(frozenset(args)). */
static int union_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_tuple *t = (kr_tuple *)KR_AS(lb_union, v)->args;
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (int64_t i = 0; i < t->len; i++) {
        int64_t x;
        if (lb_is_type(t->items[i])) {
            /* classes hash by identity */
            x = (int64_t)((uintptr_t)kv_as_obj(t->items[i]) >> 4);
        } else {
            rt->in_gc_unsafe++;
            int st = lb_hash(rt, t->items[i], &x);
            rt->in_gc_unsafe--;
            if (st != KR_OK) return st;
        }
        uint64_t u = (uint64_t)x;
        h ^= (u ^ (u << 16) ^ 89869747u) * 3644798167u;
    }
    int64_t r = (int64_t)(h * 69069u + 907133923u);
    *out = r == -1 ? -2 : r;
    return KR_OK;
}

static int union_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op == OPB_OR) return lib_union_or(rt, a, b, out);
    *out = kr_notimpl();
    return KR_OK;
}

static int union_args(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_tuple *t = (kr_tuple *)KR_AS(lb_union, self)->args;
    /* NoneType shows as itself in __args__, as CPython keeps it */
    *out = ktuple_val(t);
    return KR_OK;
}

static int union_instancecheck(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw,
                               kr_val *out)
{
    if (lb_onearg(rt, "__instancecheck__", nargs, kw) != KR_OK) return KR_ERR;
    kr_tuple *t = (kr_tuple *)KR_AS(lb_union, self)->args;
    for (int64_t i = 0; i < t->len; i++) {
        if (lb_is_type(t->items[i]) && kr_isinstance(args[0], lb_as_type(t->items[i]))) {
            *out = kv_bool(1);
            return KR_OK;
        }
    }
    *out = kv_bool(0);
    return KR_OK;
}

static KR_CFUNC(union_args_f, "__args__", union_args, KF_GETTER);
static KR_CFUNC(union_inst_f, "__instancecheck__", union_instancecheck, KF_METHOD);
static KR_CFUNC(union_unionable_f, "__typing_unionable__", union_args, KF_GETTER);

static const kr_cfunc *const union_methods[] = {
    &union_args_f, &union_inst_f, &union_unionable_f, NULL,
};

kr_type lb_union_type = {
    .head = { KR_STATIC_HDR(&kt_type), &union_cls },
    .name = "typing.Union", .base = &kt_object,
    .slots = { .repr = union_repr, .richcmp = union_richcmp, .hash = union_hash,
               .binop = union_binop },
    .basicsize = sizeof(lb_union), .methods = union_methods,
};
