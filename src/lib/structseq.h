/* Struct sequences: named-tuple-like static types (sys.version_info ...).
 *
 * A struct sequence type is a static kr_type with base tuple, the
 * lb_structseq_cls heap class, the LB_SS_SLOTS slots, and a methods table
 * whose entries are the fields in order, each a KF_GETTER cfunc made with
 * LB_SS_FIELD(var, "name", index). */
#ifndef KR_LIB_STRUCTSEQ_H
#define KR_LIB_STRUCTSEQ_H

#include "lib_int.h"

extern const heap_class lb_structseq_cls;

/* A new instance of struct sequence type T with N items. */
int lb_structseq_new(kr_rt *rt, kr_type *t, const kr_val *items, int n, kr_val *out);

int lb_structseq_repr(kr_rt *rt, kr_val v, kr_val *out);
int lb_ss_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out);
int lb_ss_hash(kr_rt *rt, kr_val v, int64_t *out);
int lb_ss_len(kr_rt *rt, kr_val v, int64_t *out);
int lb_ss_getitem(kr_rt *rt, kr_val o, kr_val k, kr_val *out);
int lb_ss_contains(kr_rt *rt, kr_val o, kr_val x, int *out);
int lb_ss_iter(kr_rt *rt, kr_val o, kr_val *out);
int lb_ss_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out);
int lb_ss_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value);

#define LB_SS_SLOTS \
    { .repr = lb_structseq_repr, .richcmp = lb_ss_richcmp, .hash = lb_ss_hash, \
      .len = lb_ss_len, .getitem = lb_ss_getitem, .contains = lb_ss_contains, \
      .iter = lb_ss_iter, .binop = lb_ss_binop, .setattr = lb_ss_setattr }

#define LB_SS_DECL_GETTER(i) \
    int lb_ss_get##i(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out);
LB_SS_DECL_GETTER(0) LB_SS_DECL_GETTER(1) LB_SS_DECL_GETTER(2) LB_SS_DECL_GETTER(3)
LB_SS_DECL_GETTER(4) LB_SS_DECL_GETTER(5) LB_SS_DECL_GETTER(6) LB_SS_DECL_GETTER(7)
LB_SS_DECL_GETTER(8) LB_SS_DECL_GETTER(9) LB_SS_DECL_GETTER(10) LB_SS_DECL_GETTER(11)
#undef LB_SS_DECL_GETTER

#define LB_SS_FIELD(var, pyname, i) static KR_CFUNC(var, pyname, lb_ss_get##i, KF_GETTER)

#endif
