/* Internals shared by the exception files (obj/exc.c, obj/excgroup.c,
 * vm/excgroup.c, vm/traceback.c and vm/tb_*.c).  Prefix kx_. */
#ifndef KR_OBJ_EXC_INT_H
#define KR_OBJ_EXC_INT_H

#include "exc.h"
#include "object.h"

/* NameError instances (UnboundLocalError too) remember, when created
 * while a Python frame runs, what traceback's "Did you mean" needs of that
 * frame: its globals and builtins dicts, its local names (a tuple of the
 * bound fast locals' names, or the locals dict of a module / class body)
 * and the value of its local 'self' (UNDEF: none). */
typedef struct kr_nameexc {
    kr_exc base;
    kr_obj *sg_globals, *sg_builtins, *sg_locals;
    kr_val sg_self;
} kr_nameexc;

/* The group layout (BaseExceptionGroup, ExceptionGroup, subclasses). */
typedef struct kr_excgroup {
    kr_exc base;
    kr_val msg;                 /* str */
    kr_obj *excs;               /* tuple of exceptions, non-empty */
} kr_excgroup;

static inline bool kx_is_group(kr_val v)
{
    return kv_is_obj(v) && kr_isinstance(v, &kt_BaseExceptionGroup);
}

/* BaseException's behaviour, for the types defined outside exc.c. */
void kx_exc_trace(kr_obj *o, heap_tracer *t);
int kx_exc_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out);
int kx_exc_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames);
int kx_exc_str(kr_rt *rt, kr_val v, kr_val *out);
int kx_exc_repr(kr_rt *rt, kr_val v, kr_val *out);
int kx_exc_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out);
int kx_exc_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val v);

/* The generic protocol run to completion (a KR_CALL request is run with
 * vm_call): KR_OK or KR_ERR only.  Callers holding objects only in C
 * locals across these must hold off collection (rt->in_gc_unsafe). */
int kx_sync(kr_rt *rt, int st, kr_val *out);
int kx_str(kr_rt *rt, kr_val v, kr_val *out);
int kx_repr(kr_rt *rt, kr_val v, kr_val *out);
int kx_truth(kr_rt *rt, kr_val v, int *out);
int kx_getattr(kr_rt *rt, kr_val o, const char *name, kr_val *out);

/* BaseExceptionGroup(MSG, EXCS) called as the interpreter calls it (the
 * result may be an ExceptionGroup). */
int kx_group_make(kr_rt *rt, const char *msg, kr_val excs, kr_val *out);

/* eg.split(MATCHER)-style splitting, shared by split/subgroup and except*.
 * MODE: KX_MATCH_TYPE (a type or tuple of types), KX_MATCH_PRED (a
 * callable), KX_MATCH_IDS (leaf exceptions whose object is in the sorted
 * array IDS[0..NIDS)).  *MATCH / *REST are UNDEF when empty; REST is not
 * built when WANT_REST is false. */
enum { KX_MATCH_TYPE, KX_MATCH_PRED, KX_MATCH_IDS };
typedef struct kx_matcher {
    int mode;
    kr_val value;
    kr_obj **ids;
    size_t nids;
} kx_matcher;
int kx_group_split(kr_rt *rt, kr_val exc, const kx_matcher *m, bool want_rest,
                   kr_val *match, kr_val *rest);
/* isinstance(EXC, CLS) where CLS is a type or a tuple of them (nested). */
bool kx_given_matches(kr_val exc, kr_val cls);

#endif
