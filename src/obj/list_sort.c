/* list.sort: a stable natural merge sort in the manner of timsort (runs
 * found and extended to a minimum length by binary insertion, adjacent runs
 * merged with binary searches that skip the parts already in place).
 * Comparisons are `<` only, made in CPython's argument order (the later
 * element first), so the TypeError for mixed types names the same types.
 * When every key is an int, a float or a str, a specialised comparison
 * runs without any dispatch.
 *
 * As CPython, the list is emptied while it is sorted, so a key function or
 * __lt__ that changes it is detected ("list modified during sort"); and with
 * reverse=True the items are reversed before and after a stable sort. */
#include "cont.h"

typedef struct ks_pair {
    kr_val k, v;
} ks_pair;

enum { KS_GENERIC, KS_INT, KS_FLOAT, KS_STR, KS_TUPLE };

typedef struct ks_ctx {
    kr_rt *rt;
    int kind;
    int elem;           /* KS_TUPLE: the kind of every first item */
    ks_pair *tmp;       /* merge buffer */
} ks_ctx;

static int str_lt(const kr_str *x, const kr_str *y)
{
    int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, (size_t)n);
    return c ? c < 0 : x->nbytes < y->nbytes;
}

static int kind_of(kr_val k)
{
    if (k.tag == KV_INT) return KS_INT;
    if (k.tag == KV_FLOAT) return KS_FLOAT;
    if (kv_is_exact_str(k)) return KS_STR;
    if (kv_is_exact_tuple(k)) return KS_TUPLE;
    return KS_GENERIC;
}

static void reverse_pairs(ks_pair *a, int64_t n)
{
    for (int64_t i = 0, j = n - 1; i < j; i++, j--) {
        ks_pair t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}

static int64_t min_run(int64_t n)
{
    int64_t r = 0;
    while (n >= 64) { r |= n & 1; n >>= 1; }
    return n + r;
}

/* Type-specialised comparisons.  Tuples compare their first items with
 * the kind all first items share, the rest generically (as CPython's
 * unsafe_tuple_compare). */
static inline bool str_eq(const kr_str *x, const kr_str *y)
{
    return x == y || (x->nbytes == y->nbytes && memcmp(x->data, y->data, (size_t)x->nbytes) == 0);
}

static inline int elem_eq(int kind, kr_val a, kr_val b)
{
    switch (kind) {
    case KS_INT: return a.u.i == b.u.i;
    case KS_FLOAT: return a.u.f == b.u.f;
    case KS_STR: return str_eq(KR_AS(kr_str, a), KR_AS(kr_str, b));
    default: return KC_UNKNOWN;
    }
}

static inline int elem_lt(int kind, kr_val a, kr_val b)
{
    switch (kind) {
    case KS_INT: return a.u.i < b.u.i;
    case KS_FLOAT: return a.u.f < b.u.f;
    default: return str_lt(KR_AS(kr_str, a), KR_AS(kr_str, b));
    }
}

/* Three-way comparison of two values decided without dispatch: -1, 0, 1,
 * or 2 when the generic protocol must decide. */
static inline int fast3(kr_val a, kr_val b)
{
    if (a.tag == KV_INT && b.tag == KV_INT) return (a.u.i > b.u.i) - (a.u.i < b.u.i);
    if (kv_is_exact_str(a) && kv_is_exact_str(b)) {
        const kr_str *x = KR_AS(kr_str, a), *y = KR_AS(kr_str, b);
        if (x == y) return 0;
        int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
        int c = memcmp(x->data, y->data, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
        return (x->nbytes > y->nbytes) - (x->nbytes < y->nbytes);
    }
    if (a.tag == KV_FLOAT && b.tag == KV_FLOAT && a.u.f == a.u.f && b.u.f == b.u.f)
        return (a.u.f > b.u.f) - (a.u.f < b.u.f);
    return 2;
}

static int tuple_lt(ks_ctx *c, kr_val a, kr_val b, int *out)
{
    kr_tuple *x = KR_AS(kr_tuple, a), *y = KR_AS(kr_tuple, b);
    int64_t n = x->len < y->len ? x->len : y->len, i = 0;
    if (n > 0 && c->elem != KS_GENERIC) {
        if (!elem_eq(c->elem, x->items[0], y->items[0])) {
            *out = elem_lt(c->elem, x->items[0], y->items[0]);
            return KR_OK;
        }
        i = 1;
    }
    for (; i < n; i++) {
        kr_val p = x->items[i], q = y->items[i];
        if (kv_same(p, q)) continue;
        int f = fast3(p, q);
        if (f == 0) continue;
        if (f != 2) { *out = f < 0; return KR_OK; }
        int eq;
        if (kc_eq(c->rt, p, q, &eq) != KR_OK) return KR_ERR;
        if (!eq) return kc_lt(c->rt, p, q, out);
    }
    *out = x->len < y->len;
    return KR_OK;
}

#define KS_FN(n) n##_int
#define KS_LT(c, a, b, out) (*(out) = (a).u.i < (b).u.i, KR_OK)
#include "list_sort_impl.h"
#define KS_FN(n) n##_float
#define KS_LT(c, a, b, out) (*(out) = (a).u.f < (b).u.f, KR_OK)
#include "list_sort_impl.h"
#define KS_FN(n) n##_str
#define KS_LT(c, a, b, out) (*(out) = str_lt(KR_AS(kr_str, a), KR_AS(kr_str, b)), KR_OK)
#include "list_sort_impl.h"
#define KS_FN(n) n##_tuple
#define KS_LT(c, a, b, out) tuple_lt(c, a, b, out)
#include "list_sort_impl.h"
#define KS_FN(n) n##_generic
#define KS_LT(c, a, b, out) kc_lt((c)->rt, a, b, out)
#include "list_sort_impl.h"

static int sort_pairs(ks_ctx *c, ks_pair *a, int64_t n, int64_t **runs, int64_t *nruns)
{
    switch (c->kind) {
    case KS_INT: return sort_pairs_int(c, a, n, runs, nruns);
    case KS_FLOAT: return sort_pairs_float(c, a, n, runs, nruns);
    case KS_STR: return sort_pairs_str(c, a, n, runs, nruns);
    case KS_TUPLE: return sort_pairs_tuple(c, a, n, runs, nruns);
    default: return sort_pairs_generic(c, a, n, runs, nruns);
    }
}

int klist_sort_impl(kr_rt *rt, kr_list *l, kr_val key, bool reverse)
{
    kr_val *saved = l->items;
    int64_t n = l->len, cap = l->cap;
    mem_state *m = &rt->heap.mem;
    bool has_key = !kv_is_undef(key) && !kv_is_none(key);
    if (n < 2 && !has_key) return KR_OK;
    /* pairs, merge buffer (a run of up to n pairs is copied) and runs */
    size_t npairs = (size_t)n * 2 + 1;
    size_t bytes = npairs * sizeof(ks_pair) + ((size_t)n + 2) * sizeof(int64_t);
    if ((uint64_t)n > SIZE_MAX / 64 || !mem_would_fit(m, bytes)) return kr_nomem(rt);
    char *block = mem_alloc(m, bytes);
    if (!block) return kr_nomem(rt);
    ks_pair *a = (ks_pair *)(void *)block;
    ks_ctx c = { rt, KS_GENERIC, KS_GENERIC, a + n };
    int64_t *runs = (int64_t *)(void *)(block + npairs * sizeof(ks_pair));

    /* empty the list while it is sorted */
    l->items = NULL;
    l->len = l->cap = 0;
    int st = KR_OK;
    for (int64_t i = 0; i < n; i++) a[i].v = saved[i];
    for (int64_t i = 0; i < n; i++) {
        if (has_key) {
            if (kc_call(rt, key, &saved[i], 1, &a[i].k) != KR_OK) { st = KR_ERR; break; }
        } else {
            a[i].k = saved[i];
        }
    }
    if (st == KR_OK && n > 1) {
        int kind = kind_of(a[0].k);
        for (int64_t i = 1; i < n && kind != KS_GENERIC; i++)
            if (kind_of(a[i].k) != kind) kind = KS_GENERIC;
        if (kind == KS_TUPLE) {
            int elem = -1;
            for (int64_t i = 0; i < n && elem != KS_GENERIC; i++) {
                kr_tuple *t = KR_AS(kr_tuple, a[i].k);
                int ek = t->len ? kind_of(t->items[0]) : KS_GENERIC;
                if (ek == KS_TUPLE) ek = KS_GENERIC;
                elem = elem < 0 || elem == ek ? ek : KS_GENERIC;
            }
            c.elem = elem;
        }
        c.kind = kind;
        if (reverse) reverse_pairs(a, n);
        int64_t nruns;
        st = sort_pairs(&c, a, n, &runs, &nruns);
        if (reverse) reverse_pairs(a, n);
    }
    /* the sorted order (or, after an error, some permutation) goes back */
    for (int64_t i = 0; i < n; i++) saved[i] = a[i].v;
    mem_free(m, block, bytes);
    bool modified = l->items != NULL || l->len != 0;
    if (l->items) mem_free(m, l->items, (size_t)l->cap * sizeof(kr_val));
    l->items = saved;
    l->len = n;
    l->cap = cap;
    if (st != KR_OK) return st;
    if (modified) return kr_raise(rt, &kt_ValueError, "list modified during sort");
    return KR_OK;
}

int klist_sort(kr_rt *rt, kr_list *l, kr_val key, bool reverse)
{
    return klist_sort_impl(rt, l, key, reverse);
}
