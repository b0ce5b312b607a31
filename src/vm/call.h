/* Calling Python callables from C.
 *
 * A call from Python code to a Python function never uses the C stack: the
 * dispatch loop pushes a frame.  Native code that must call back into Python
 * (a user __eq__, a sort key, a user __repr__) uses vm_call, which runs the
 * callee in a nested activation of the dispatch loop; the nesting depth is
 * bounded (RecursionError) so the C stack cannot overflow.  Issue 4 turns
 * the nested activations on suspension paths into continuations
 * (rt->req / KR_CALL, see rt.h) so a run can pause inside them. */
#ifndef KR_VM_CALL_H
#define KR_VM_CALL_H

#include "rt.h"

/* f(*args, **kw): ARGS holds NARGS positional values then one value per
 * name in KWNAMES (a tuple of str, or NULL).  KR_OK with *out, or KR_ERR. */
int vm_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs,
            kr_obj *kwnames, kr_val *out);
/* obj.NAME(*args): looks the method up on type(obj) (instance dict
 * included) and calls it. */
int vm_call_method(kr_rt *rt, kr_val obj, const char *name, const kr_val *args,
                   int nargs, kr_val *out);
/* Looks NAME up on type(obj) only (dunder lookup, as CPython's special
 * method lookup): UNDEF when absent. */
kr_val vm_lookup_special(kr_rt *rt, kr_val obj, const char *name);
/* Calls type(obj).NAME(obj, *args) if defined: KR_STOP when absent. */
int vm_call_special(kr_rt *rt, kr_val obj, const char *name, const kr_val *args,
                    int nargs, kr_val *out);

/* Raises the StopIteration that next(IT) raises once kr_next(IT) returned
 * KR_STOP: for a generator, with the value it returned (vm/gen.c). */
int vm_stop_iteration(kr_rt *rt, kr_val it);

/* Parses the arguments of a native function, CPython's argument-clinic
 * style.  SPEC names the parameters: "sep,end,file,flush" with '|' before
 * the optional ones, '$' before keyword-only ones, and '/' after
 * positional-only ones, e.g. "iterable,/|start" or "|$key,reverse".  OUT
 * receives one value per parameter (UNDEF when not given).  FNAME is the
 * function's name for error messages ("sorted").  KR_OK or KR_ERR with
 * CPython's TypeError message. */
int vm_parse_args(kr_rt *rt, const char *fname, const char *spec,
                  const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out);

#endif
