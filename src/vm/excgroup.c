/* except* support (see interp.h): CHECK_EG_MATCH and PREP_RERAISE_STAR
 * with CPython 3.14's semantics (ceval.c's exception group match and
 * exceptions.c's _PyExc_PrepReraiseStar). */
#include <stdlib.h>

#include "../obj/dict.h"
#include "../obj/exc_int.h"
#include "../obj/seq.h"
#include "call.h"
#include "frame.h"
#include "interp.h"

/* _PyEval_CheckExceptStarTypeValid */
static int check_type(kr_rt *rt, kr_val type)
{
    bool is_group = false;
    if (kv_is_obj(type) && kr_isinstance(type, &kt_tuple)) {
        kr_tuple *t = KR_AS(kr_tuple, type);
        for (int64_t i = 0; i < t->len; i++) {
            kr_val c = t->items[i];
            if (!kv_is_obj(c) || !kr_isinstance(c, &kt_type)
                || !kr_is_subtype((kr_type *)kv_as_obj(c), &kt_BaseException))
                return kr_raise(rt, &kt_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        }
        for (int64_t i = 0; i < t->len && !is_group; i++)
            is_group = kr_is_subtype((kr_type *)kv_as_obj(t->items[i]), &kt_BaseExceptionGroup);
    } else {
        if (!kv_is_obj(type) || !kr_isinstance(type, &kt_type)
            || !kr_is_subtype((kr_type *)kv_as_obj(type), &kt_BaseException))
            return kr_raise(rt, &kt_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        is_group = kr_is_subtype((kr_type *)kv_as_obj(type), &kt_BaseExceptionGroup);
    }
    if (is_group)
        return kr_raise(rt, &kt_TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
    return KR_OK;
}

/* A traceback entry for the running frame (_PyTraceBack_FromFrame): the
 * CHECK_EG_MATCH unit, just before where the loop saved its resume point. */
static kr_obj *frame_tb(kr_rt *rt)
{
    kr_frame *f = rt->frame;
    if (!f || f->kind != KF_PY || !f->code) return NULL;
    kr_traceback *tb = (kr_traceback *)heap_alloc(&rt->heap, &kt_traceback, sizeof(kr_traceback));
    if (!tb) return NULL;
    tb->next = NULL;
    tb->code = f->code;
    tb->lasti = f->next_i > 0 ? f->next_i - 1 : f->lasti;
    tb->lineno = code_line_of(f->code, tb->lasti);
    return &tb->obj;
}

static int eg_match(kr_rt *rt, kr_val exc, kr_val type, kr_val *match, kr_val *rest)
{
    if (kv_is_none(exc)) { *match = *rest = kv_none(); return KR_OK; }
    if (kx_given_matches(exc, type)) {
        /* the whole exception matches; a naked one is wrapped */
        if (kx_is_group(exc)) {
            *match = exc;
        } else {
            kr_tuple *t = ktuple_from(rt, &exc, 1);
            if (!t) return KR_ERR;
            kr_val w;
            if (kx_group_make(rt, "", ktuple_val(t), &w) != KR_OK) return KR_ERR;
            kr_obj *tb = frame_tb(rt);
            if (!tb) return kr_nomem(rt);
            KR_AS(kr_exc, w)->traceback = tb;
            *match = w;
        }
        *rest = kv_none();
        return KR_OK;
    }
    if (kx_is_group(exc)) {
        kr_val pair;
        if (vm_call_method(rt, exc, "split", &type, 1, &pair) != KR_OK) return KR_ERR;
        if (!kv_is_exact_tuple(pair))
            return kr_raise(rt, &kt_TypeError, "%s.split must return a tuple, not %s",
                            kr_type_name(exc), kr_type_name(pair));
        kr_tuple *p = KR_AS(kr_tuple, pair);
        if (p->len < 2)
            return kr_raise(rt, &kt_TypeError, "%s.split must return a 2-tuple, got tuple of size %lld",
                            kr_type_name(exc), (long long)p->len);
        *match = p->items[0];
        *rest = p->items[1];
        return KR_OK;
    }
    *match = kv_none();
    *rest = exc;
    return KR_OK;
}

int vm_check_eg_match(kr_rt *rt, kr_val exc, kr_val type, kr_val *match, kr_val *rest)
{
    if (check_type(rt, type) != KR_OK) return KR_ERR;
    rt->in_gc_unsafe++;
    int st = eg_match(rt, exc, type, match, rest);
    rt->in_gc_unsafe--;
    return st;
}

/* ---- PREP_RERAISE_STAR ---- */

typedef struct leafset {
    kr_obj **p;
    size_t n, cap;
} leafset;

static int collect_leaves(kr_rt *rt, kr_val exc, leafset *s, int depth)
{
    if (kv_is_none(exc)) return KR_OK;
    if (!kx_is_group(exc)) {
        if (s->n == s->cap) {
            size_t nc = s->cap ? s->cap * 2 : 16;
            kr_obj **np = realloc(s->p, nc * sizeof *np);
            if (!np) return kr_nomem(rt);
            s->p = np;
            s->cap = nc;
        }
        s->p[s->n++] = kv_as_obj(exc);
        return KR_OK;
    }
    if (depth > 1000)
        return kr_raise(rt, &kt_RecursionError, "maximum recursion depth exceeded in collect_exception_group_leaf_ids");
    kr_tuple *t = KR_OBJ_AS(kr_tuple, KR_AS(kr_excgroup, exc)->excs);
    for (int64_t i = 0; i < t->len; i++)
        if (collect_leaves(rt, t->items[i], s, depth + 1) != KR_OK) return KR_ERR;
    return KR_OK;
}

static int ptr_cmp(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(kr_obj *const *)a, y = (uintptr_t)*(kr_obj *const *)b;
    return x < y ? -1 : x > y;
}

static kr_val notes_of(kr_rt *rt, kr_exc *e)
{
    return e->dict ? kdict_get_cstr(rt, (kr_dict *)e->dict, "__notes__") : kv_undef();
}

static bool same_metadata(kr_rt *rt, kr_val a, kr_val b)
{
    kr_exc *x = KR_AS(kr_exc, a), *y = KR_AS(kr_exc, b);
    return kv_same(notes_of(rt, x), notes_of(rt, y)) && x->traceback == y->traceback
        && kv_same(x->cause, y->cause) && kv_same(x->context, y->context);
}

static int prep_reraise(kr_rt *rt, kr_val orig, kr_val excs, kr_val *out)
{
    kr_list *l = KR_AS(kr_list, excs);
    if (l->len == 0) { *out = kv_none(); return KR_OK; }
    if (!kx_is_group(orig)) {
        /* a naked exception was caught and wrapped: one clause ran */
        *out = l->items[0];
        return KR_OK;
    }
    kr_list *raised = klist_new(rt, 0), *reraised = klist_new(rt, 0);
    if (!raised || !reraised) return KR_ERR;
    for (int64_t i = 0; i < l->len; i++) {
        kr_val e = l->items[i];
        if (kv_is_none(e)) continue;
        if (klist_append(rt, same_metadata(rt, e, orig) ? reraised : raised, e) != KR_OK) return KR_ERR;
    }
    /* the part of ORIG whose leaves were re-raised, with ORIG's structure */
    leafset s = { NULL, 0, 0 };
    for (int64_t i = 0; i < reraised->len; i++)
        if (collect_leaves(rt, reraised->items[i], &s, 0) != KR_OK) { free(s.p); return KR_ERR; }
    if (s.n) qsort(s.p, s.n, sizeof *s.p, ptr_cmp);
    kx_matcher m = { KX_MATCH_IDS, kv_none(), s.p, s.n };
    kr_val reraised_eg;
    int st = kx_group_split(rt, orig, &m, false, &reraised_eg, NULL);
    free(s.p);
    if (st != KR_OK) return KR_ERR;
    if (raised->len == 0) {
        *out = kv_is_undef(reraised_eg) ? kv_none() : reraised_eg;
        return KR_OK;
    }
    if (!kv_is_undef(reraised_eg) && klist_append(rt, raised, reraised_eg) != KR_OK) return KR_ERR;
    if (raised->len > 1) return kx_group_make(rt, "", klist_val(raised), out);
    *out = raised->items[0];
    return KR_OK;
}

int vm_prep_reraise_star(kr_rt *rt, kr_val orig, kr_val excs, kr_val *out)
{
    rt->in_gc_unsafe++;
    int st = prep_reraise(rt, orig, excs, out);
    rt->in_gc_unsafe--;
    return st;
}
