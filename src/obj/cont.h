/* Internals shared by the container files (obj/tuple.c, list*.c, dict*.c,
 * set*.c, range.c, slice.c, seqiter.c): native hashing and equality of
 * built-in values, ordering for sort and sequence comparison, the guard
 * against collection while Python code runs under container code, the
 * recursion guard of repr, argument-count errors, and a uniform iteration
 * helper.  Prefix kc_.  Not for use outside those files. */
#ifndef KR_OBJ_CONT_H
#define KR_OBJ_CONT_H

#include <string.h>

#include "../util/strbuf.h"
#include "../vm/call.h"
#include "../vm/rt.h"
#include "dict.h"
#include "exc.h"
#include "num.h"
#include "seq.h"
#include "settable.h"
#include "str.h"

/* ---- Python code under container code ------------------------------------
 * A user __eq__/__hash__/__repr__, a sort key or a generator may run the
 * dispatch loop (vm_call nests it), whose safe points may collect.  Objects
 * container code holds only in C locals (a list being built, sort keys)
 * would not be rooted, so every call that may run Python code goes through
 * these wrappers, which hold off collection meanwhile. */
static inline void kc_nogc_enter(kr_rt *rt) { rt->in_gc_unsafe++; }
static inline void kc_nogc_leave(kr_rt *rt) { rt->in_gc_unsafe--; }

/* Runs the request of an operation that returned KR_CALL (and its
 * continuations) to completion; other statuses pass through. */
int kc_sync(kr_rt *rt, int st, kr_val *out);
int kc_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out);
/* The index protocol run to completion; kc_index_i64 also requires the
 * result to fit (IndexError "cannot fit 'int' into an index-sized integer"). */
int kc_index_val(kr_rt *rt, kr_val v, kr_val *out);
int kc_index_i64(kr_rt *rt, kr_val v, int64_t *out);
int kc_truth(kr_rt *rt, kr_val v, int *out);
int kc_repr(kr_rt *rt, kr_val v, kr_val *out);
int kc_iter(kr_rt *rt, kr_val v, kr_val *out);
int kc_next(kr_rt *rt, kr_val it, kr_val *out);   /* KR_STOP at the end */
int kc_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_val *out);
int kc_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out);
int kc_len(kr_rt *rt, kr_val v, int64_t *out);

/* ---- hashing ---- */
/* CPython's hash of an int64 (modulus 2**61 - 1, -1 -> -2). */
static inline int64_t kc_hash_i64(int64_t v)
{
    const uint64_t P = ((uint64_t)1 << 61) - 1;
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(a % P);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}
/* hash(v) with fast paths for ints, floats and strs; others by kr_hash. */
int kc_hash_slow(kr_rt *rt, kr_val v, int64_t *out);
static inline int kc_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    switch (v.tag) {
    case KV_INT: *out = kc_hash_i64(kv_as_int(v)); return KR_OK;
    case KV_TRUE: *out = 1; return KR_OK;
    case KV_FALSE: *out = 0; return KR_OK;
    case KV_OBJ:
        if (kv_as_obj(v)->type == &kt_str) {
            kr_str *s = (kr_str *)(void *)kv_as_obj(v);
            *out = s->hash != -1 ? s->hash : kstr_hash(s);
            return KR_OK;
        }
        return kc_hash_slow(rt, v, out);
    default:
        return kc_hash_slow(rt, v, out);
    }
}
/* As kc_hash, but the TypeError names the use: "cannot use 'list' as a
 * dict key (unhashable type: 'list')" (WHAT: "a dict key", "a set element"). */
int kc_hash_key(kr_rt *rt, kr_val v, const char *what, int64_t *out);

/* The xxHash-based combination CPython uses for tuples and slices. */
#define KC_XXPRIME_1 11400714785074694791ULL
#define KC_XXPRIME_2 14029467366897019727ULL
#define KC_XXPRIME_5 2870177450012600261ULL
static inline uint64_t kc_xx_lane(uint64_t acc, uint64_t lane)
{
    acc += lane * KC_XXPRIME_2;
    acc = (acc << 31) | (acc >> 33);
    return acc * KC_XXPRIME_1;
}

/* ---- equality and order ---- */
#define KC_UNKNOWN (-2)
/* Equality of built-in values decided in C: 1, 0, or KC_UNKNOWN when only
 * the generic protocol can tell (user objects, containers holding them). */
int kc_eq_native(kr_val a, kr_val b);
/* a == b as containers compare members: identity first, then native, then
 * kr_richcmp(EQ) + truth.  *out 0/1. */
int kc_eq(kr_rt *rt, kr_val a, kr_val b, int *out);
/* a < b for sorting and sequence comparison: *out 0/1. */
int kc_lt(kr_rt *rt, kr_val a, kr_val b, int *out);
/* Rich comparison OP of values (list/tuple elements once a difference is
 * found): *out a bool value, or the richcmp result. */
int kc_cmp_op(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out);

/* ---- recursion guards ---- */
/* Native recursion (nested containers compared, hashed or repr'd) counts
 * here; past the limit: RecursionError.  Returns KR_OK or KR_ERR. */
int kc_depth_enter(kr_rt *rt, const char *where);
void kc_depth_leave(void);
/* repr's guard against self-containing containers: 1 when O is already
 * being repr'd (print "[...]"), 0 entered, KR_ERR too deep. */
int kc_repr_enter(kr_rt *rt, kr_obj *o);
void kc_repr_leave(kr_obj *o);
/* Appends repr(v) to SB (kr_repr and the str's bytes). */
int kc_repr_into(kr_rt *rt, strbuf *sb, kr_val v);
/* The finished text of SB as a str (frees SB). */
int kc_sb_str(kr_rt *rt, strbuf *sb, kr_val *out);

/* ---- arguments (CPython's messages) ---- */
/* "NAME() takes exactly one argument (N given)" / "takes no arguments". */
int kc_noargs(kr_rt *rt, const char *qualname, int nargs);
int kc_onearg(kr_rt *rt, const char *qualname, int nargs);
/* Clinic style: "NAME expected at least/at most/N argument(s), got K". */
int kc_nargs(kr_rt *rt, const char *name, int nargs, int min, int max);
/* "NAME() takes no keyword arguments" when KWNAMES has any. */
int kc_nokw(kr_rt *rt, const char *name, kr_obj *kwnames);
/* "NAME() got an unexpected keyword argument 'x'" with CPython's "Did you
 * mean" suggestion among KNOWN (NULL-terminated). */
int kc_bad_kw(kr_rt *rt, const char *fname, kr_str *name, const char *const *known);
static inline int kc_nkw(kr_obj *kwnames)
{
    return kwnames ? (int)((kr_tuple *)(void *)kwnames)->len : 0;
}

/* ---- indices ---- */
/* A sequence index: ints (bools), objects with __index__; bigints give
 * IndexError "cannot fit 'int' into an index-sized integer"; others the
 * TypeError "TNAME indices must be integers or slices, not X".  KR_STOP:
 * KEY is a slice (not handled here). */
int kc_index(kr_rt *rt, kr_val key, const char *tname, int64_t *out);
/* A repeat count for `*`: OverflowError for huge ints, TypeError for
 * non-ints ("can't multiply sequence by non-int of type 'X'"). */
int kc_repeat_count(kr_rt *rt, kr_val n, int64_t *out);
/* An optional start/stop argument of index(): clamped like CPython's
 * _PyEval_SliceIndexNotNone. */
int kc_slice_index(kr_rt *rt, kr_val v, int64_t *out);

/* ---- iteration ----
 * A uniform cursor over any iterable: lists and tuples by position
 * (re-reading the length, so mutation is seen as CPython's iterators see
 * it), strs, dicts, sets, ranges natively, everything else by kr_iter +
 * kr_next. */
typedef struct kc_cursor {
    int kind;
    kr_val src;             /* the iterable, or the iterator (generic) */
    int64_t pos, end, step;
    uint64_t version;
    int64_t used;
} kc_cursor;
int kc_cursor_open(kr_rt *rt, kc_cursor *c, kr_val iterable);
/* KR_OK with *out, KR_STOP at the end, KR_ERR. */
int kc_cursor_next(kr_rt *rt, kc_cursor *c, kr_val *out);
/* len(iterable) when it is cheap and exact, else -1. */
int64_t kc_cursor_hint(const kc_cursor *c);

/* The items of a list or tuple (subclasses included) as a C array; NULL
 * if V is neither. */
static inline const kr_val *kc_seq_items(kr_val v, int64_t *n)
{
    *n = 0;
    if (!kv_is_obj(v)) return NULL;
    kr_obj *o = kv_as_obj(v);
    if (o->type == &kt_list || (o->type->flags & KT_LIST_SUB)) {
        kr_list *l = (kr_list *)(void *)o;
        *n = l->len;
        return l->items;
    }
    if (o->type == &kt_tuple || (o->type->flags & KT_TUPLE_SUB)) {
        kr_tuple *t = (kr_tuple *)(void *)o;
        *n = t->len;
        return t->items;
    }
    return NULL;
}

static inline bool kv_is_list(kr_val v)
{
    return kv_is_obj(v) && (kv_as_obj(v)->type == &kt_list
                            || (kv_as_obj(v)->type->flags & KT_LIST_SUB));
}
static inline bool kv_is_tuple(kr_val v)
{
    return kv_is_obj(v) && (kv_as_obj(v)->type == &kt_tuple
                            || (kv_as_obj(v)->type->flags & KT_TUPLE_SUB));
}
static inline bool kv_is_dict(kr_val v)
{
    return kv_is_obj(v) && (kv_as_obj(v)->type == &kt_dict
                            || (kv_as_obj(v)->type->flags & KT_DICT_SUB));
}
/* set or frozenset, subclasses included */
bool kv_is_anyset(kr_val v);

/* ---- sizes ---- */
/* Whether N values of 16 bytes (plus EXTRA bytes) may be allocated:
 * MemoryError otherwise. */
int kc_check_items(kr_rt *rt, int64_t n, size_t extra);

/* ---- iterators (seqiter.c) ---- */
/* A new iterator of type T (tuple/list/list_reverse/seq iterator) over SEQ
 * starting at POS. */
int kc_seqiter_new(kr_rt *rt, kr_type *t, kr_val seq, int64_t pos, kr_val *out);

/* ---- building from iterables ---- */
/* A new list of the items of ITERABLE (native fast paths). */
int kc_list_from_iterable(kr_rt *rt, kr_val iterable, kr_list **out);
/* The rich comparison of two item arrays (lists re-read through their
 * objects, since a user __eq__ may change them): CPython's
 * list/tuple richcompare. */
int kc_seq_index(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames,
                 const char *tname, kr_val *out);
int kc_seq_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out);
/* Whether SEQ (a list or tuple) contains X. */
int kc_seq_contains(kr_rt *rt, kr_val seq, kr_val x, int *out);
/* repr of the items of a list or tuple between OPEN and CLOSE. */
int kc_seq_repr(kr_rt *rt, kr_val seq, const char *open, const char *close, bool tuple1,
                kr_val *out);

/* ---- list internals used by other container files ---- */
/* Makes room for N more items (amortised growth). */
int klist_reserve(kr_rt *rt, kr_list *l, int64_t more);
/* The list method `sort` (list_sort.c) on L: KEY UNDEF/None for none. */
int klist_sort_impl(kr_rt *rt, kr_list *l, kr_val key, bool reverse);

/* ---- set internals ---- */
/* The set table lives in kr_set's storage (see settable.h). */
_Static_assert(sizeof(stb_table) <= sizeof(dk_table), "stb_table must fit in kr_set.t");
static inline stb_table *kset_st(kr_set *s) { return (stb_table *)(void *)&s->t; }
/* Adds every item of ITERABLE to S (CPython's set_update_internal). */
int kc_set_update(kr_rt *rt, kr_set *s, kr_val iterable);

/* ---- dict internals ---- */
/* Full lookup: DK_FOUND (*ix), DK_EMPTY (PR ready for dk_insert), KR_ERR. */
int kd_lookup(kr_rt *rt, dk_table *t, kr_val key, int64_t hash, dk_probe *pr,
              int64_t *ix);
/* Set an item with a known hash. */
int kd_set_hashed(kr_rt *rt, kr_dict *d, kr_val key, int64_t hash, kr_val value);

#endif
