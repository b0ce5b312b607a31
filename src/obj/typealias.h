/* typing.TypeAliasType, made by `type X = ...` (obj/typealias.c). */
#ifndef KRAIT_OBJ_TYPEALIAS_H
#define KRAIT_OBJ_TYPEALIAS_H

#include "object.h"

extern kr_type kt_typealias;

/* NAME (str), PARAMS (tuple or None), EVALUATE (a function computing the
 * value, called on first use). */
int kr_typealias_new(kr_rt *rt, kr_val name, kr_val params, kr_val evaluate, kr_val *out);

#endif
