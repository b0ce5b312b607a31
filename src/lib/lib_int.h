/* Internals shared by the files of src/lib (prefix lb_): argument checks
 * with CPython's messages, calls that may run Python code, and iteration.
 * Not for use outside src/lib and obj/iterfuncs.c. */
#ifndef KR_LIB_LIB_INT_H
#define KR_LIB_LIB_INT_H

#include <string.h>

#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/num.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "../util/strbuf.h"
#include "../vm/call.h"
#include "../vm/rt.h"
#include "lib.h"

/* ---- Python code under library code ---------------------------------------
 * Built-ins hold objects in C locals (an iterator they made, the best item
 * of max(), a list being sorted) while a user __lt__, a key function or a
 * generator runs in a nested dispatch loop, whose safe points may collect.
 * Those objects are not rooted, so collection is held off while such a
 * built-in runs (the container code does the same, see obj/cont.h).
 * LB_GUARDED(fn) defines fn as impl_fn wrapped in the guard. */
#define LB_GUARDED(fn) \
    static int fn##_impl(kr_rt *rt, kr_val self, const kr_val *args, int nargs, \
                         kr_obj *kwnames, kr_val *out); \
    static int fn(kr_rt *rt, kr_val self, const kr_val *args, int nargs, \
                  kr_obj *kwnames, kr_val *out) \
    { \
        rt->in_gc_unsafe++; \
        int st_ = fn##_impl(rt, self, args, nargs, kwnames, out); \
        rt->in_gc_unsafe--; \
        return st_; \
    } \
    static int fn##_impl(kr_rt *rt, kr_val self, const kr_val *args, int nargs, \
                         kr_obj *kwnames, kr_val *out)

/* Finishes an operation that returned KR_CALL (a request in rt->req) by
 * running the requested Python calls now, in nested dispatch loops, and
 * their continuations; other statuses pass through.  The one place where
 * library code turns a resumable request into a synchronous call. */
int lb_sync(kr_rt *rt, int st, kr_val *out);

/* The protocol, run to completion (never KR_CALL). */
int lb_repr(kr_rt *rt, kr_val v, kr_val *out);
int lb_str(kr_rt *rt, kr_val v, kr_val *out);
int lb_truth(kr_rt *rt, kr_val v, int *out);
int lb_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out);
/* a OP b as a truth value */
int lb_cmp_bool(kr_rt *rt, kr_val a, kr_val b, int op, int *out);
int lb_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out);
int lb_iter(kr_rt *rt, kr_val v, kr_val *out);
int lb_hash(kr_rt *rt, kr_val v, int64_t *out);
/* KR_OK, KR_STOP at the end (a StopIteration raised by a __next__ counts
 * as the end and is cleared), KR_ERR. */
int lb_next(kr_rt *rt, kr_val it, kr_val *out);
int lb_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs, kr_obj *kwnames,
            kr_val *out);
int lb_getattr(kr_rt *rt, kr_val o, const char *name, kr_val *out);
/* type(obj).NAME bound to OBJ and called with ARGS; KR_STOP when type(obj)
 * has no NAME. */
int lb_call_special(kr_rt *rt, kr_val obj, const char *name, const kr_val *args, int nargs,
                    kr_val *out);
/* The index protocol, run to completion. */
int lb_index(kr_rt *rt, kr_val v, kr_val *out);

/* ---- arguments (CPython's messages) ---- */
static inline int lb_nkw(kr_obj *kwnames)
{
    return kwnames ? (int)((kr_tuple *)(void *)kwnames)->len : 0;
}
/* The I-th keyword name as a C string. */
static inline const char *lb_kwname(kr_obj *kwnames, int i)
{
    return kstr_data(kv_as_obj(((kr_tuple *)(void *)kwnames)->items[i]));
}
/* "NAME() takes no keyword arguments" */
int lb_nokw(kr_rt *rt, const char *name, kr_obj *kwnames);
/* METH_O: "NAME() takes exactly one argument (N given)" (and no keywords). */
int lb_onearg(kr_rt *rt, const char *name, int nargs, kr_obj *kwnames);
/* METH_NOARGS: "NAME() takes no arguments (N given)". */
int lb_noargs(kr_rt *rt, const char *name, int nargs, kr_obj *kwnames);
/* _PyArg_CheckPositional: "NAME expected at least/at most/N argument(s),
 * got K" (and no keywords). */
int lb_nargs(kr_rt *rt, const char *name, int nargs, int min, int max, kr_obj *kwnames);
/* "NAME() got an unexpected keyword argument 'K'" */
int lb_badkw(kr_rt *rt, const char *name, const char *kw);

/* ---- values ---- */
static inline kr_val lb_type_val(kr_type *t) { return kv_obj(&t->head.obj); }
/* Whether V is a type object (an instance of type or of a metaclass). */
static inline bool lb_is_type(kr_val v)
{
    return kv_is_obj(v) && (kv_as_obj(v)->type == &kt_type
                            || kr_is_subtype(kv_as_obj(v)->type, &kt_type));
}
static inline kr_type *lb_as_type(kr_val v) { return (kr_type *)(void *)kv_as_obj(v); }
/* A new str value from C text; KR_ERR when out of memory. */
int lb_str_new(kr_rt *rt, const char *s, size_t n, kr_val *out);
/* The text of SB as a str (SB freed); MemoryError when SB ran out. */
int lb_sb_str(kr_rt *rt, strbuf *sb, kr_val *out);
/* The most bytes a formatting result may take under the memory limit. */
size_t lb_max_bytes(kr_rt *rt);
/* Whether the current exception is an instance of T; if so, clears it. */
bool lb_clear_if(kr_rt *rt, kr_type *t);
/* The innermost Python frame, or NULL. */
kr_frame *lb_py_frame(kr_rt *rt);
/* The `sys` module's attribute NAME when sys has been imported, else UNDEF. */
kr_val lb_sys_attr(kr_rt *rt, const char *name);
/* Whether V is one of sys's standard streams; *stream gets 1 or 2. */
bool lb_is_std_stream(kr_val v, int *stream);

/* callable(v) */
bool lb_callable(kr_val v);

/* The iterator types of obj/iterfuncs.c, made from C. */
int kiter_callable_new(kr_rt *rt, kr_val callable, kr_val sentinel, kr_val *out);

/* Registration tables of the builtins' split files. */
extern const kr_cfunc *const lb_io_funcs[];
extern const kr_cfunc *const lb_num_funcs[];
extern const kr_cfunc *const lb_seq_funcs[];
extern const kr_cfunc *const lb_obj_funcs[];
extern const kr_cfunc *const lb_sandbox_funcs[];

int lib_sys_init(kr_rt *rt, kr_module *m);
int lib_typing_init(kr_rt *rt, kr_module *m);
int lib_templatelib_init(kr_rt *rt, kr_module *m);

#endif
