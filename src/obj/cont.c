/* Shared container internals: see cont.h. */
#include "cont.h"

#include <math.h>

#include "../vm/dictkeys.h"

/* ---- calls that may run Python code ---- */

/* Finishes an operation that returned KR_CALL by running the requested
 * calls now (nested dispatch loops) and their continuations; other
 * statuses pass through.  Collection is held off by the callers. */
int kc_sync(kr_rt *rt, int st, kr_val *out)
{
    while (st == KR_CALL) {
        kr_callreq req = rt->req;
        kr_val res = kv_none();
        int s = vm_call(rt, req.fn, req.args, req.nargs, req.kwnames, &res);
        if (!req.cont) {
            if (s == KR_OK) *out = res;
            return s;
        }
        st = req.cont(rt, req.st, s, res, out);
    }
    return st;
}

int kc_index_val(kr_rt *rt, kr_val v, kr_val *out)
{
    kc_nogc_enter(rt);
    int r = kc_sync(rt, kint_index(rt, v, out), out);
    kc_nogc_leave(rt);
    return r;
}

int kc_index_i64(kr_rt *rt, kr_val v, int64_t *out)
{
    kr_val iv;
    if (v.tag == KV_INT) { *out = v.u.i; return KR_OK; }
    if (kc_index_val(rt, v, &iv) != KR_OK) return KR_ERR;
    if (iv.tag == KV_INT) { *out = iv.u.i; return KR_OK; }
    if (kv_is_bool(iv)) { *out = iv.tag == KV_TRUE; return KR_OK; }
    return kr_raise(rt, &kt_IndexError, "cannot fit 'int' into an index-sized integer");
}

int kc_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    kc_nogc_enter(rt);
    int r = kc_sync(rt, kr_richcmp(rt, a, b, op, out), out);
    kc_nogc_leave(rt);
    return r;
}

int kc_truth(kr_rt *rt, kr_val v, int *out)
{
    switch (v.tag) {
    case KV_TRUE: *out = 1; return KR_OK;
    case KV_FALSE: case KV_NONE: *out = 0; return KR_OK;
    case KV_INT: *out = v.u.i != 0; return KR_OK;
    default: break;
    }
    kc_nogc_enter(rt);
    int r = kr_truth(rt, v, out);
    if (r == KR_CALL) {
        /* a __bool__/__len__ request: its result still has to be judged */
        kr_val res;
        r = kc_sync(rt, r, &res);
        if (r == KR_OK) {
            if (kv_is_bool(res)) *out = kv_as_bool(res);
            else r = kr_truth(rt, res, out);
        }
    }
    kc_nogc_leave(rt);
    return r;
}

int kc_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kc_nogc_enter(rt);
    int r = kc_sync(rt, kr_repr(rt, v, out), out);
    kc_nogc_leave(rt);
    return r;
}

int kc_iter(kr_rt *rt, kr_val v, kr_val *out)
{
    kc_nogc_enter(rt);
    int r = kc_sync(rt, kr_iter(rt, v, out), out);
    kc_nogc_leave(rt);
    return r;
}

int kc_next(kr_rt *rt, kr_val it, kr_val *out)
{
    kc_nogc_enter(rt);
    int r = kc_sync(rt, kr_next(rt, it, out), out);
    kc_nogc_leave(rt);
    if (r == KR_ERR && kr_exc_matches(rt, &kt_StopIteration)) {
        kr_exc_clear(rt);
        return KR_STOP;
    }
    return r;
}

int kc_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_val *out)
{
    kc_nogc_enter(rt);
    int r = kc_sync(rt, vm_call(rt, f, args, nargs, NULL, out), out);
    kc_nogc_leave(rt);
    return r;
}

int kc_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kc_nogc_enter(rt);
    int r = kc_sync(rt, kr_getitem(rt, o, key, out), out);
    kc_nogc_leave(rt);
    return r;
}

int kc_len(kr_rt *rt, kr_val v, int64_t *out)
{
    kc_nogc_enter(rt);
    int r = kr_len(rt, v, out);
    if (r == KR_CALL) {
        kr_val res;
        r = kc_sync(rt, r, &res);
        if (r == KR_OK) r = kc_index_i64(rt, res, out);
    }
    kc_nogc_leave(rt);
    return r;
}

/* ---- hashing ---- */

int kc_hash_slow(kr_rt *rt, kr_val v, int64_t *out)
{
    if (kv_is_float(v)) { *out = kfloat_hash(kv_as_float(v)); return KR_OK; }
    if (kv_is_bigint(v)) { *out = bi_hash(KR_AS(kr_bigint, v)->b); return KR_OK; }
    kc_nogc_enter(rt);
    int r = kr_hash(rt, v, out);
    if (r == KR_CALL) {
        kr_val res;
        r = kc_sync(rt, r, &res);
        if (r == KR_OK) r = kv_is_int(res) ? (*out = kv_as_int(res) == -1 ? -2 : kv_as_int(res), KR_OK)
                                          : kr_hash(rt, res, out);
    }
    kc_nogc_leave(rt);
    return r;
}

int kc_hash_key(kr_rt *rt, kr_val v, const char *what, int64_t *out)
{
    int r = kc_hash(rt, v, out);
    if (r != KR_ERR) return r;
    /* CPython wraps an exact TypeError: "cannot use 'T' as a dict key (...)" */
    kr_val exc = kr_exc_current(rt);
    if (!kv_is_type(exc, &kt_TypeError)) return r;
    kr_val msg;
    kc_nogc_enter(rt);
    int s = kc_sync(rt, kr_to_str(rt, exc, &msg), &msg);
    kc_nogc_leave(rt);
    if (s != KR_OK) return KR_ERR;
    kr_exc_clear(rt);
    kr_str *m = KR_AS(kr_str, msg);
    return kr_raise(rt, &kt_TypeError, "cannot use '%s' as %s (%.*s)", kr_type_name(v),
                    what, (int)m->nbytes, m->data);
}

/* ---- equality ---- */

enum { KK_NONE, KK_NUM, KK_STR, KK_TUPLE, KK_LIST, KK_OTHER };

static inline int kind_of(kr_val v)
{
    switch (v.tag) {
    case KV_NONE: return KK_NONE;
    case KV_FALSE: case KV_TRUE: case KV_INT: case KV_FLOAT: return KK_NUM;
    case KV_OBJ: {
        const kr_type *t = kv_as_obj(v)->type;
        if (t == &kt_str) return KK_STR;
        if (t == &kt_int || t == &kt_complex) return KK_NUM;
        if (t == &kt_tuple) return KK_TUPLE;
        if (t == &kt_list) return KK_LIST;
        return KK_OTHER;
    }
    default: return KK_OTHER;
    }
}

/* -1, 0, 1, or 2 when unordered (nan): an int64 against a double, exactly. */
static int cmp_i64_f64(int64_t i, double f)
{
    if (isnan(f)) return 2;
    if (f >= 9223372036854775808.0) return -1;
    if (f < -9223372036854775808.0) return 1;
    double di = (double)i;
    if (di < f) return -1;
    if (di > f) return 1;
    int64_t fi = (int64_t)f;    /* f is integral here and in range */
    return (i > fi) - (i < fi);
}

static int cmp_f64(double a, double b)
{
    if (isnan(a) || isnan(b)) return 2;
    return (a > b) - (a < b);
}

/* Ordering of two real numbers (ints of any size, bools, floats): -1, 0,
 * 1, 2 (unordered).  Complex: 3 (no order; equality by cmp_complex). */
static int cmp_real(kr_val a, kr_val b)
{
    int ai = a.tag == KV_INT || kv_is_bool(a), bi = b.tag == KV_INT || kv_is_bool(b);
    int64_t x = a.tag == KV_INT ? a.u.i : a.tag == KV_TRUE;
    int64_t y = b.tag == KV_INT ? b.u.i : b.tag == KV_TRUE;
    if (ai && bi) return (x > y) - (x < y);
    if (a.tag == KV_FLOAT && b.tag == KV_FLOAT) return cmp_f64(a.u.f, b.u.f);
    if (ai && b.tag == KV_FLOAT) return cmp_i64_f64(x, b.u.f);
    if (a.tag == KV_FLOAT && bi) { int c = cmp_i64_f64(y, a.u.f); return c == 2 ? 2 : -c; }
    /* bigints: always outside int64 */
    if (kv_is_bigint(a)) {
        const bi_t *A = KR_AS(kr_bigint, a)->b;
        if (bi) return bi_sign(A);
        if (b.tag == KV_FLOAT) return isnan(b.u.f) ? 2 : bi_cmp_double(A, b.u.f);
        if (kv_is_bigint(b)) return bi_cmp(A, KR_AS(kr_bigint, b)->b);
        return 3;
    }
    if (kv_is_bigint(b)) {
        int c = cmp_real(b, a);
        return c >= 2 ? c : -c;
    }
    return 3;
}

static int eq_complex(kr_val a, kr_val b)
{
    double are, aim = 0, bre, bim = 0;
    if (kv_is_type(a, &kt_complex)) { are = KR_AS(kr_complex, a)->re; aim = KR_AS(kr_complex, a)->im; }
    else if (a.tag == KV_FLOAT) are = a.u.f;
    else if (a.tag == KV_INT) are = (double)a.u.i;
    else if (kv_is_bool(a)) are = a.tag == KV_TRUE;
    else return KC_UNKNOWN;         /* bigint against complex: rare */
    if (kv_is_type(b, &kt_complex)) { bre = KR_AS(kr_complex, b)->re; bim = KR_AS(kr_complex, b)->im; }
    else if (b.tag == KV_FLOAT) bre = b.u.f;
    else if (b.tag == KV_INT) {
        /* exactness matters for big int64s */
        if (!kv_is_type(a, &kt_complex) || aim != 0) return 0;
        return cmp_i64_f64(b.u.i, are) == 0;
    }
    else if (kv_is_bool(b)) bre = b.tag == KV_TRUE;
    else return KC_UNKNOWN;
    if (a.tag == KV_INT) return bim == 0 && cmp_i64_f64(a.u.i, bre) == 0;
    return are == bre && aim == bim;
}

static _Thread_local int kc_depth;
#define KC_MAX_DEPTH 1000

static int eq_items(const kr_val *x, const kr_val *y, int64_t n)
{
    if (kc_depth >= KC_MAX_DEPTH) return KC_UNKNOWN;
    kc_depth++;
    int res = 1;
    for (int64_t i = 0; i < n; i++) {
        int r = kc_eq_native(x[i], y[i]);
        if (r != 1) { res = r; break; }
    }
    kc_depth--;
    return res;
}

int kc_eq_native(kr_val a, kr_val b)
{
    if (kv_same(a, b)) return 1;
    int ka = kind_of(a), kb = kind_of(b);
    if (ka == KK_OTHER || kb == KK_OTHER) return KC_UNKNOWN;
    if (ka != kb) return 0;
    switch (ka) {
    case KK_NONE: return 1;
    case KK_NUM: {
        int c = cmp_real(a, b);
        if (c == 3) return eq_complex(a, b);
        return c == 0;
    }
    case KK_STR: {
        kr_str *x = KR_AS(kr_str, a), *y = KR_AS(kr_str, b);
        if (x->nbytes != y->nbytes) return 0;
        if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return 0;
        return memcmp(x->data, y->data, (size_t)x->nbytes) == 0;
    }
    case KK_TUPLE: {
        kr_tuple *x = KR_AS(kr_tuple, a), *y = KR_AS(kr_tuple, b);
        if (x->len != y->len) return 0;
        return eq_items(x->items, y->items, x->len);
    }
    case KK_LIST: {
        kr_list *x = KR_AS(kr_list, a), *y = KR_AS(kr_list, b);
        if (x->len != y->len) return 0;
        return eq_items(x->items, y->items, x->len);
    }
    }
    return KC_UNKNOWN;
}

int kc_eq(kr_rt *rt, kr_val a, kr_val b, int *out)
{
    int r = kc_eq_native(a, b);
    if (r != KC_UNKNOWN) { *out = r; return KR_OK; }
    kr_val res;
    if (kc_richcmp(rt, a, b, KR_EQ, &res) != KR_OK) return KR_ERR;
    return kc_truth(rt, res, out);
}

/* Order of two strs: UTF-8 byte order is code point order. */
static int cmp_str(const kr_str *x, const kr_str *y)
{
    int64_t n = x->nbytes < y->nbytes ? x->nbytes : y->nbytes;
    int c = memcmp(x->data, y->data, (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return (x->nbytes > y->nbytes) - (x->nbytes < y->nbytes);
}

static int lt_items(kr_rt *rt, const kr_val *x, int64_t nx, const kr_val *y,
                    int64_t ny, int *out)
{
    int64_t i, n = nx < ny ? nx : ny;
    for (i = 0; i < n; i++) {
        int eq;
        if (kc_eq(rt, x[i], y[i], &eq) != KR_OK) return KR_ERR;
        if (!eq) break;
    }
    if (i == n) { *out = nx < ny; return KR_OK; }
    if (kc_depth_enter(rt, " in comparison") != KR_OK) return KR_ERR;
    int r = kc_lt(rt, x[i], y[i], out);
    kc_depth_leave();
    return r;
}

int kc_lt(kr_rt *rt, kr_val a, kr_val b, int *out)
{
    int ka = kind_of(a), kb = kind_of(b);
    if (ka == kb) {
        switch (ka) {
        case KK_NUM: {
            int c = cmp_real(a, b);
            if (c == 3) break;
            *out = c == -1;
            return KR_OK;
        }
        case KK_STR:
            *out = cmp_str(KR_AS(kr_str, a), KR_AS(kr_str, b)) < 0;
            return KR_OK;
        case KK_TUPLE: {
            kr_tuple *x = KR_AS(kr_tuple, a), *y = KR_AS(kr_tuple, b);
            return lt_items(rt, x->items, x->len, y->items, y->len, out);
        }
        case KK_LIST: {
            kr_list *x = KR_AS(kr_list, a), *y = KR_AS(kr_list, b);
            /* the list may change under a user __eq__: lt_items reads
             * through the arrays only before any call returns */
            if (x == y) { *out = 0; return KR_OK; }
            break;
        }
        default: break;
        }
    }
    kr_val res;
    if (kc_richcmp(rt, a, b, KR_LT, &res) != KR_OK) return KR_ERR;
    return kc_truth(rt, res, out);
}

int kc_cmp_op(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    int ka = kind_of(a), kb = kind_of(b);
    if (ka == kb && (ka == KK_NUM || ka == KK_STR)) {
        int c;
        if (ka == KK_STR) c = cmp_str(KR_AS(kr_str, a), KR_AS(kr_str, b));
        else c = cmp_real(a, b);
        if (c != 3) {
            bool r;
            switch (op) {
            case KR_LT: r = c == -1; break;
            case KR_LE: r = c == -1 || c == 0; break;
            case KR_EQ: r = c == 0; break;
            case KR_NE: r = c != 0; break;
            case KR_GT: r = c == 1; break;
            default: r = c == 1 || c == 0; break;
            }
            *out = kv_bool(r);
            return KR_OK;
        }
    }
    if (kc_depth_enter(rt, " in comparison") != KR_OK) return KR_ERR;
    int r = kc_richcmp(rt, a, b, op, out);
    kc_depth_leave();
    return r;
}

/* ---- recursion guards ---- */

int kc_depth_enter(kr_rt *rt, const char *where)
{
    if (kc_depth >= KC_MAX_DEPTH)
        return kr_raise(rt, &kt_RecursionError, "maximum recursion depth exceeded%s", where);
    kc_depth++;
    return KR_OK;
}

void kc_depth_leave(void) { kc_depth--; }

/* Objects whose repr is being built, innermost last (CPython's
 * Py_ReprEnter list).  Bounded by the depth limit. */
static _Thread_local kr_obj *repr_stack[KC_MAX_DEPTH];
static _Thread_local int repr_n;

int kc_repr_enter(kr_rt *rt, kr_obj *o)
{
    for (int i = 0; i < repr_n; i++)
        if (repr_stack[i] == o) return 1;
    if (repr_n >= KC_MAX_DEPTH)
        return kr_raise(rt, &kt_RecursionError,
                        "maximum recursion depth exceeded while getting the repr of an object");
    repr_stack[repr_n++] = o;
    return 0;
}

void kc_repr_leave(kr_obj *o)
{
    /* usually the last one; search in case of an unbalanced exit */
    for (int i = repr_n - 1; i >= 0; i--) {
        if (repr_stack[i] == o) {
            memmove(&repr_stack[i], &repr_stack[i + 1], (size_t)(repr_n - i - 1) * sizeof(kr_obj *));
            repr_n--;
            return;
        }
    }
}

int kc_repr_into(kr_rt *rt, strbuf *sb, kr_val v)
{
    kr_val s;
    if (kc_repr(rt, v, &s) != KR_OK) return KR_ERR;
    if (!kv_is_str(s))
        return kr_raise(rt, &kt_TypeError, "__repr__ returned non-string (type %s)", kr_type_name(s));
    sb_append(sb, KR_AS(kr_str, s)->data, (size_t)KR_AS(kr_str, s)->nbytes);
    return KR_OK;
}

int kc_sb_str(kr_rt *rt, strbuf *sb, kr_val *out)
{
    if (sb->oom) { sb_free(sb); return kr_nomem(rt); }
    kr_str *s = kstr_new(rt, sb->p ? sb->p : "", sb->len);
    sb_free(sb);
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

/* ---- arguments ---- */

int kc_noargs(kr_rt *rt, const char *qualname, int nargs)
{
    if (nargs == 0) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "%s() takes no arguments (%d given)", qualname, nargs);
}

int kc_onearg(kr_rt *rt, const char *qualname, int nargs)
{
    if (nargs == 1) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "%s() takes exactly one argument (%d given)", qualname, nargs);
}

int kc_nargs(kr_rt *rt, const char *name, int nargs, int min, int max)
{
    if (nargs >= min && nargs <= max) return KR_OK;
    if (min == max)
        return kr_raise(rt, &kt_TypeError, "%s expected %d argument%s, got %d", name, min,
                        min == 1 ? "" : "s", nargs);
    if (nargs < min)
        return kr_raise(rt, &kt_TypeError, "%s expected at least %d argument%s, got %d", name,
                        min, min == 1 ? "" : "s", nargs);
    return kr_raise(rt, &kt_TypeError, "%s expected at most %d argument%s, got %d", name, max,
                    max == 1 ? "" : "s", nargs);
}

int kc_nokw(kr_rt *rt, const char *name, kr_obj *kwnames)
{
    if (kc_nkw(kwnames) == 0) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "%s() takes no keyword arguments", name);
}

/* Levenshtein distance as CPython's suggestions compute it (a move costs
 * 2, a change of case 1), giving up past MAX. */
static int64_t lev(const char *a, size_t na, const char *b, size_t nb, int64_t max)
{
    if (na > 40 || nb > 40) return max + 1;
    int64_t row[41];
    for (size_t j = 0; j <= nb; j++) row[j] = (int64_t)j * 2;
    for (size_t i = 1; i <= na; i++) {
        int64_t diag = row[0];
        row[0] = (int64_t)i * 2;
        int64_t best = row[0];
        for (size_t j = 1; j <= nb; j++) {
            char x = a[i - 1], y = b[j - 1];
            int64_t sub = x == y ? 0 : ((x | 32) == (y | 32) && ((x | 32) >= 'a' && (x | 32) <= 'z')) ? 1 : 2;
            int64_t v = diag + sub;
            if (row[j] + 2 < v) v = row[j] + 2;
            if (row[j - 1] + 2 < v) v = row[j - 1] + 2;
            diag = row[j];
            row[j] = v;
            if (v < best) best = v;
        }
        if (best > max) return max + 1;
    }
    return row[nb];
}

int kc_bad_kw(kr_rt *rt, const char *fname, kr_str *name, const char *const *known)
{
    const char *best = NULL;
    int64_t best_d = INT64_MAX;
    for (int i = 0; known[i]; i++) {
        size_t n = strlen(known[i]);
        int64_t max = ((int64_t)name->nbytes + (int64_t)n + 3) * 2 / 6;
        if (max > best_d - 1) max = best_d - 1;
        int64_t d = lev(name->data, (size_t)name->nbytes, known[i], n, max);
        if (d <= max && d < best_d) { best = known[i]; best_d = d; }
    }
    if (best)
        return kr_raise(rt, &kt_TypeError,
                        "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?", fname,
                        name->data, best);
    return kr_raise(rt, &kt_TypeError, "%s() got an unexpected keyword argument '%s'", fname,
                    name->data);
}

/* ---- indices ---- */

int kc_index(kr_rt *rt, kr_val key, const char *tname, int64_t *out)
{
    switch (key.tag) {
    case KV_INT: *out = kv_as_int(key); return KR_OK;
    case KV_TRUE: *out = 1; return KR_OK;
    case KV_FALSE: *out = 0; return KR_OK;
    case KV_OBJ:
        if (kv_is_type(key, &kt_slice)) return KR_STOP;
        if (kv_is_bigint(key))
            return kr_raise(rt, &kt_IndexError, "cannot fit 'int' into an index-sized integer");
        if (kv_is_anyint(key) || !kv_is_undef(vm_lookup_special(rt, key, "__index__"))) {
            return kc_index_i64(rt, key, out);
        }
        break;
    default: break;
    }
    return kr_raise(rt, &kt_TypeError, "%s indices must be integers or slices, not %s", tname,
                    kr_type_name(key));
}

static bool has_index(kr_rt *rt, kr_val v)
{
    if (v.tag == KV_INT || kv_is_bool(v) || kv_is_anyint(v)) return true;
    return kv_is_obj(v) && !kv_is_undef(vm_lookup_special(rt, v, "__index__"));
}

int kc_repeat_count(kr_rt *rt, kr_val n, int64_t *out)
{
    if (n.tag == KV_INT) { *out = n.u.i; return KR_OK; }
    if (kv_is_bool(n)) { *out = n.tag == KV_TRUE; return KR_OK; }
    if (!has_index(rt, n))
        return kr_raise(rt, &kt_TypeError, "can't multiply sequence by non-int of type '%s'",
                        kr_type_name(n));
    kr_val iv;
    if (kc_index_val(rt, n, &iv) != KR_OK) return KR_ERR;
    if (iv.tag == KV_INT) { *out = iv.u.i; return KR_OK; }
    if (kv_is_bool(iv)) { *out = iv.tag == KV_TRUE; return KR_OK; }
    if (kv_is_bigint(iv)) {
        if (bi_sign(KR_AS(kr_bigint, iv)->b) < 0) { *out = 0; return KR_OK; }
        return kr_raise(rt, &kt_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    return kr_raise(rt, &kt_TypeError, "can't multiply sequence by non-int of type '%s'",
                    kr_type_name(n));
}

int kc_slice_index(kr_rt *rt, kr_val v, int64_t *out)
{
    if (v.tag == KV_INT) { *out = v.u.i; return KR_OK; }
    if (kv_is_bool(v)) { *out = v.tag == KV_TRUE; return KR_OK; }
    if (!has_index(rt, v))
        return kr_raise(rt, &kt_TypeError,
                        "slice indices must be integers or have an __index__ method");
    kr_val iv;
    if (kc_index_val(rt, v, &iv) != KR_OK) return KR_ERR;
    if (iv.tag == KV_INT) *out = iv.u.i;
    else if (kv_is_bool(iv)) *out = iv.tag == KV_TRUE;
    else if (kv_is_bigint(iv)) *out = bi_sign(KR_AS(kr_bigint, iv)->b) < 0 ? INT64_MIN : INT64_MAX;
    else return kr_raise(rt, &kt_TypeError,
                         "slice indices must be integers or have an __index__ method");
    return KR_OK;
}

/* ---- sizes ---- */

int kc_check_items(kr_rt *rt, int64_t n, size_t extra)
{
    if (n < 0 || (uint64_t)n > (SIZE_MAX - extra) / sizeof(kr_val)) return kr_nomem(rt);
    if (!mem_would_fit(&rt->heap.mem, (size_t)n * sizeof(kr_val) + extra)) return kr_nomem(rt);
    return KR_OK;
}

bool kv_is_anyset(kr_val v)
{
    if (!kv_is_obj(v)) return false;
    const kr_type *t = kv_as_obj(v)->type;
    if (t == &kt_set || t == &kt_frozenset) return true;
    if (!(t->flags & KT_HEAPTYPE)) return false;
    return kr_is_subtype(t, &kt_set) || kr_is_subtype(t, &kt_frozenset);
}
