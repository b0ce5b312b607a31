/* Exceptions: raising from C, the exception objects (obj/exc.c). */
#ifndef KR_OBJ_EXC_H
#define KR_OBJ_EXC_H

#include "types.h"

/* Sets a new exception of type T with a formatted message as the current
 * one; returns KR_ERR.  The message is UTF-8. */
int kr_raise(kr_rt *rt, kr_type *t, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* Sets an exception with the single argument ARG (e.g. KeyError(key),
 * StopIteration(value)); returns KR_ERR. */
int kr_raise_val(kr_rt *rt, kr_type *t, kr_val arg);
/* Sets the exception object EXC (an instance) as the current one. */
int kr_raise_obj(kr_rt *rt, kr_val exc);
/* MemoryError (preallocated: never allocates); returns KR_ERR. */
int kr_nomem(kr_rt *rt);
/* The current exception (UNDEF: none) and clearing it. */
kr_val kr_exc_current(kr_rt *rt);
void kr_exc_clear(kr_rt *rt);
/* Whether the current exception is an instance of T. */
bool kr_exc_matches(kr_rt *rt, kr_type *t);
/* A new exception instance of T with ARGS (tuple). */
kr_exc *kexc_new(kr_rt *rt, kr_type *t, kr_obj *args);
/* The common "'X' object is not Y" TypeError, with type(v)'s name. */
int kr_type_error(kr_rt *rt, const char *fmt_with_one_s, kr_val v);
/* Name of type(v), as messages show it. */
const char *kr_type_name(kr_val v);

#endif
