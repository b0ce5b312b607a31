/* types.GenericAlias: `list[int]`, `dict[str, int]`, `tuple[int, ...]`
 * (obj/genericalias.c). */
#ifndef KRAIT_OBJ_GENERICALIAS_H
#define KRAIT_OBJ_GENERICALIAS_H

#include "object.h"

extern kr_type kt_generic_alias;

/* ORIGIN[ARGS] (ARGS a tuple is the arguments, anything else one
 * argument). */
int kr_generic_alias_new(kr_rt *rt, kr_val origin, kr_val args, kr_val *out);

/* Whether class T gets the built-in __class_getitem__ of CPython's
 * generic built-in types (list, dict, tuple, set, frozenset, type,
 * enumerate, mappingproxy, and their subclasses). */
bool kr_builtin_generic(const kr_type *t);

#endif
