/* tuple, list, range, slice (obj/tuple.c, obj/list.c, obj/range.c,
 * obj/slice.c). */
#ifndef KR_OBJ_SEQ_H
#define KR_OBJ_SEQ_H

#include "types.h"

/* A new tuple of N items, all None (fill them before anything can see it). */
kr_tuple *ktuple_new(kr_rt *rt, int64_t n);
kr_tuple *ktuple_from(kr_rt *rt, const kr_val *items, int64_t n);
/* The empty tuple (a per-runtime permanent object). */
kr_tuple *ktuple_empty(kr_rt *rt);
static inline kr_val ktuple_val(kr_tuple *t) { return kv_obj(&t->obj); }

kr_list *klist_new(kr_rt *rt, int64_t cap);
kr_list *klist_from(kr_rt *rt, const kr_val *items, int64_t n);
int klist_append(kr_rt *rt, kr_list *l, kr_val v);
/* Extends L by the items of a list/tuple/dict/set/str/range natively;
 * other iterables may return KR_CALL. */
int klist_extend(kr_rt *rt, kr_list *l, kr_val iterable);
static inline kr_val klist_val(kr_list *l) { return kv_obj(&l->obj); }

/* l.sort(key=KEY, reverse=REVERSE): KEY UNDEF or None for none.  Stable;
 * "list modified during sort" ValueError as CPython. */
int klist_sort(kr_rt *rt, kr_list *l, kr_val key, bool reverse);
/* iter(SEQ) for an object with only __getitem__ (the sequence iterator). */
int kseq_iter(kr_rt *rt, kr_val seq, kr_val *out);

/* slice(start, stop, step) */
kr_obj *kslice_new(kr_rt *rt, kr_val start, kr_val stop, kr_val step);
/* Resolves a slice against a sequence of LEN items (CPython's
 * PySlice_Unpack + AdjustIndices); returns the slice length via *slen. */
int kslice_indices(kr_rt *rt, kr_slice *s, int64_t len, int64_t *start,
                   int64_t *stop, int64_t *step, int64_t *slen);

#endif
