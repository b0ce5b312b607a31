/* The builtins module and the native modules (src/lib/).  The runtime calls
 * these while it sets up and while it imports; everything else about the
 * library is internal to src/lib. */
#ifndef KR_LIB_LIB_H
#define KR_LIB_LIB_H

#include "../obj/types.h"

/* Fills D, the builtins module's dict, with every built-in function, type,
 * exception type and constant.  KR_OK, or KR_ERR (MemoryError). */
int lib_builtins_init(kr_rt *rt, kr_dict *d);

/* Fills the fresh module M (its dict exists, __name__ set) when NAME is a
 * native module ("sys", "typing"): KR_OK, KR_ERR, or KR_STOP when krait has
 * no native module of that name. */
int lib_module_init(kr_rt *rt, const char *name, kr_module *m);

/* `a | b` for types and typing objects (type.__or__ / __ror__ should call
 * this): a union object whose repr is "int | None"; *out is NotImplemented
 * when an operand cannot be part of a union. */
int lib_union_or(kr_rt *rt, kr_val a, kr_val b, kr_val *out);
/* The args tuple of a union object (isinstance and issubclass accept
 * unions), or NULL when V is not one. */
kr_obj *lib_union_args(kr_val v);

#endif
