/* The dispatch loop (vm/interp.c) and what calls into it. */
#ifndef KR_VM_INTERP_H
#define KR_VM_INTERP_H

#include "../obj/exc.h"
#include "rt.h"

/* Superinstructions: the loaded copy of a code object (vm_load_code) has
 * the first unit of some common pairs rewritten to one of these, which
 * does both and skips the second unit.  The second unit stays as it was,
 * so a jump landing on it still works; the compiler's output, `krait dis`
 * and the opcode table never see these numbers. */
enum {
    OPX_LOAD_FAST_LOAD_FAST = 240,  /* LOAD_FAST a; LOAD_FAST b */
    OPX_LOAD_FAST_LOAD_CONST,       /* LOAD_FAST a; LOAD_CONST k */
    OPX_LOAD_FAST_LOAD_SMALL_INT,   /* LOAD_FAST a; LOAD_SMALL_INT n */
    OPX_STORE_FAST_LOAD_FAST,       /* STORE_FAST a; LOAD_FAST b */
};
/* Rewrites CODE[0..n) in place as described above. */
void vm_superinstructions(uint16_t *code, int32_t n);

/* Internal status of vm_run: the entry frame (a generator's) yielded. */
#define KR_YIELD 3

/* Runs from rt->frame until the frame marked is_entry returns (KR_OK with
 * *result), raises (KR_ERR), or yields (KR_YIELD, a generator frame).  If
 * THROWING, rt->exc is raised at the frame's resume point first. */
int vm_run(kr_rt *rt, kr_val *result, bool throwing);

/* Calls Python function FN (with SELF prepended unless UNDEF) in a nested
 * run of the loop. */
int vm_call_python(kr_rt *rt, kr_func *fn, kr_val self, const kr_val *args,
                   int nargs, kr_obj *kwnames, kr_val *out);

/* Binds call arguments to FN's parameter slots (vm/call.c). */
int vm_bind(kr_rt *rt, kr_func *fn, kr_val *slots, const kr_val *args, int nargs,
            kr_obj *kwnames);

/* import NAME (vm/support.c): a module from sys.modules or a native one;
 * ModuleNotFoundError otherwise. */
int vm_import(kr_rt *rt, kr_frame *f, kr_obj *name, kr_val fromlist, kr_val level, kr_val *out);

/* Nested activations of the loop (vm_call from native code) allowed at
 * once; past it, RecursionError. */
#define VM_MAX_NESTED 200

/* Before a nested activation of the loop: RecursionError when the C stack
 * used since the outermost activation passed rt->stack_limit, so no program
 * can exhaust the host thread's stack however natives and Python code
 * recurse into each other. */
static inline int vm_stack_check(kr_rt *rt)
{
    char here;
    if (rt->stack_base && rt->stack_base > &here
        && (size_t)(rt->stack_base - &here) > rt->stack_limit)
        return kr_raise(rt, &kt_RecursionError, "maximum recursion depth exceeded");
    return KR_OK;
}

/* Runs a module's code object with GLOBALS (a dict) as globals and locals. */
int vm_run_module(kr_rt *rt, kr_code *code, kr_obj *globals, kr_val *result);

/* A code object from the compiler's output (vm/load.c). */
kr_code *vm_load_code(kr_rt *rt, const cc_code *cc);

/* Generators (vm/gen.c). */
kr_obj *vm_gen_new(kr_rt *rt, kr_frame *f, kr_func *fn);
/* Resumes generator G from C with VALUE (send) or with rt->exc (throwing):
 * KR_OK with the next yielded value, KR_STOP when it returned (*out is the
 * return value), KR_ERR. */
int vm_gen_send(kr_rt *rt, kr_obj *g, kr_val value, bool throwing, kr_val *out);
/* Throws EXC into generator G (delegating to what it awaits or yields
 * from): as vm_gen_send. */
int vm_gen_throw(kr_rt *rt, kr_obj *g, kr_val exc, kr_val *out);
bool vm_gen_is_running(kr_obj *g);
bool vm_gen_is_closed(kr_obj *g);
bool vm_gen_is_created(kr_obj *g);
/* Async generators (vm/asyncgen.c): the wrapper of a value an async
 * generator yields (ASYNC_GEN_WRAP), and the async iteration protocol. */
int vm_asyncgen_wrap(kr_rt *rt, kr_val v, kr_val *out);
int vm_get_aiter(kr_rt *rt, kr_val obj, kr_val *out);
int vm_get_anext(kr_rt *rt, kr_val aiter, kr_val *out);
/* anext(AITER, DFLT): an awaitable giving DFLT at StopAsyncIteration. */
int vm_anext_default(kr_rt *rt, kr_val aiter, kr_val dflt, kr_val *out);

/* The generator object behind a frame (NULL if not a generator's). */
bool vm_is_gen(kr_val v);

/* except* support (vm/excgroup.c).  CHECK_EG_MATCH: splits EXC by the
 * except* clause's TYPE into *match (None: no match) and *rest (the
 * unmatched part or None); raises TypeError for a bad clause type.
 * PREP_RERAISE_STAR: from the original exception ORIG and the list of
 * exceptions raised or re-raised by the clauses, the exception to raise
 * (None: nothing). */
int vm_check_eg_match(kr_rt *rt, kr_val exc, kr_val type, kr_val *match, kr_val *rest);
int vm_prep_reraise_star(kr_rt *rt, kr_val orig, kr_val excs, kr_val *out);

/* PEP 695 type parameters (vm/typeparams.c): CALL_INTRINSIC_1's TYPEVAR,
 * PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC, TYPEALIAS and
 * CALL_INTRINSIC_2's TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS,
 * SET_FUNCTION_TYPE_PARAMS, SET_TYPEPARAM_DEFAULT, with CPython 3.14's
 * operands (intrinsic2: V2 is the deeper stack item, V1 the top). */
int vm_typeparam_intrinsic1(kr_rt *rt, int which, kr_val v, kr_val *out);
int vm_typeparam_intrinsic2(kr_rt *rt, int which, kr_val v2, kr_val v1, kr_val *out);

/* PEP 750 template strings (obj/template.c): BUILD_INTERPOLATION (SPEC
 * UNDEF when absent; CONVERSION FVC_*) and BUILD_TEMPLATE. */
int vm_build_interpolation(kr_rt *rt, kr_val value, kr_val expr, kr_val spec,
                           int conversion, kr_val *out);
int vm_build_template(kr_rt *rt, kr_val strings, kr_val interps, kr_val *out);

/* The traceback of the current exception, printed as CPython does, to
 * stream 2 (vm/traceback.c). */
void vm_print_exception(kr_rt *rt, kr_val exc);

#endif
