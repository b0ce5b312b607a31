/* The runtime: one interpreter's whole state.  Everything a running program
 * owns is reachable from here (heap, frames, modules, the current
 * exception), so a paused run is this struct plus its heap, and independent
 * runtimes share nothing mutable (built-in types are immutable statics). */
#ifndef KR_VM_RT_H
#define KR_VM_RT_H

#include <stdio.h>

#include "../compile/code.h"
#include "../obj/types.h"
#include "heap.h"

/* A code object as the VM runs it: loaded from a cc_code (vm/load.c). */
struct kr_code {
    kr_obj obj;
    kr_obj *name, *qualname, *filename;     /* str */
    int32_t firstlineno;
    uint32_t flags;                         /* CC_* */
    int32_t argcount, posonlyargcount, kwonlyargcount;
    int32_t stacksize;
    int32_t nlocalsplus, nfreevars, ncells;
    kr_obj **localsplusnames;               /* interned str */
    uint8_t *localspluskinds;
    kr_obj **names;                         /* interned str */
    int32_t nnames;
    kr_val *consts;
    int32_t nconsts;
    uint16_t *code;
    int32_t ncode;
    cc_pos *positions;
    cc_exc_entry *exctable;
    int32_t nexc;
    int32_t framesize;                      /* nlocalsplus + stacksize */
    int32_t entry;                          /* first unit worth running (after
                                             * leading RESUME/COPY_FREE_VARS/NOP,
                                             * which do nothing here) */
    struct kr_gcache *gcache;               /* per name: LOAD_GLOBAL's cache */
    struct kr_attric *attric;               /* LOAD_ATTR/STORE_ATTR's, IC_WAYS each */
    int32_t *ic_index;                      /* per unit: its pair in attric, -1 */
    int32_t nattric;
};

/* What LOAD_ATTR / STORE_ATTR learnt about instances of TYPE (a class with
 * an instance dict and the default attribute protocol) while
 * rt->type_version was VERSION: IC_INSTANCE, the name is nowhere in the
 * class's MRO (so only the instance dict can hold it); IC_METHOD, it is
 * the plain function FUNC there (a method load). */
enum { IC_NONE, IC_INSTANCE, IC_METHOD };
#define IC_WAYS 4               /* types remembered per instruction */
typedef struct kr_attric {
    kr_type *type;
    uint64_t version;
    kr_val func;
    int64_t ix;                 /* IC_INSTANCE: the entry where it was last */
    uint8_t kind;
} kr_attric;

/* Where LOAD_GLOBAL found a name last time: entry indexes into the globals
 * and builtins dicts, valid while their tables' versions are unchanged
 * (a version changes on insert and delete, not on rebinding, so the value
 * is always read fresh from the entry).  gix -1: not in globals. */
typedef struct kr_gcache {
    const dk_table *gt, *bt;
    uint64_t gver, bver;
    int64_t gix, bix;
} kr_gcache;

/* Continuations: how a native operation that had to run Python code
 * finishes.  STATUS is KR_OK with RESULT the Python call's return value, or
 * KR_ERR with the exception set.  Returns as any operation (KR_OK with
 * *OUT, KR_ERR, or KR_CALL with a new request in rt->req). */
typedef int (*kr_cont)(kr_rt *rt, kr_val *st, int status, kr_val result, kr_val *out);

#define KR_REQ_MAXARGS 6
#define KR_CONT_NSTATE 5

/* A call request: set by a function returning KR_CALL. */
typedef struct kr_callreq {
    kr_val fn;
    kr_val args[KR_REQ_MAXARGS];
    int nargs;
    kr_obj *kwnames;            /* tuple or NULL: last len(kwnames) args */
    kr_cont cont;               /* NULL: the call's result is the result */
    kr_val st[KR_CONT_NSTATE];  /* the continuation's state (traced) */
} kr_callreq;

/* Frame kinds (continuation frames come with resumable natives, issue 4). */
enum { KF_PY = 0 };

/* An activation record: locals, then the value stack, in VALS. */
typedef struct kr_frame {
    struct kr_frame *prev;
    uint8_t kind;               /* KF_* */
    uint8_t is_entry;           /* returning from it leaves vm_run */
    uint16_t pad;
    int32_t lasti;              /* index of the unit being run */
    int32_t next_i;             /* where a suspended frame resumes */
    uint8_t resume_kind;        /* a generator frame: how its caller waits (RK_*) */
    kr_code *code;
    kr_func *func;              /* NULL for module and class bodies */
    kr_obj *globals, *builtins;
    kr_obj *locals;             /* dict for LOAD_NAME (module, class); NULL */
    kr_obj *gen;                /* the generator owning this frame, or NULL */
    kr_val *sp;                 /* value stack top (valid at safe points) */
    size_t bytes;               /* size of this frame's block */
    kr_val vals[];              /* localsplus, then the value stack */
} kr_frame;

/* How the frame below a running generator frame consumes what it yields
 * or returns. */
enum { RK_ENTRY = 0, RK_FORITER, RK_SEND };

/* Limits and counters of a run. */
typedef struct kr_limits {
    int64_t max_depth;          /* Python frames (RecursionError) */
    int64_t depth;
} kr_limits;

/* Output: where print() writes by default (fd 1 / 2 equivalents). */
typedef void (*kr_write_fn)(void *ud, int stream, const char *s, size_t n);

struct kr_rt {
    kr_heap heap;
    bi_ctx bi;                  /* big ints allocate through the heap */
    kr_val exc;                 /* the exception being raised, or UNDEF */
    kr_val handled;             /* sys.exception(): the one being handled */
    kr_callreq req;
    kr_frame *frame;            /* the innermost frame */
    kr_limits lim;
    kr_obj *builtins;           /* the builtins module's dict */
    kr_obj *main_module;        /* __main__ */
    kr_obj *modules;            /* sys.modules: dict */
    kr_obj *intern;             /* interned strings: dict str -> str */
    kr_obj *empty_tuple;
    kr_obj *memerr;             /* preallocated MemoryError */
    kr_obj *ascii_chars[128];   /* one-character strs */
    kr_obj *ids[64];            /* well-known identifiers (vm/ids.h) */
    /* Attribute lookups on types by interned name (obj/type.c).  An entry
     * of a class statement's type is valid while its version equals
     * type_version, which every change to such a type's attributes and
     * every new class bumps; built-in types never change. */
    struct kr_attrcache_entry {
        const kr_type *type;
        const kr_obj *name;
        kr_val value;
        uint64_t version;
    } attrcache[1024];
    uint64_t type_version;
    /* sys.argv after the script's name (the CLI's extra arguments) */
    int script_argc;
    char **script_argv;
    kr_write_fn write;
    void *write_ud;
    /* >0: a collection must not run.  Nested runs of the loop (vm_call
     * from native code) raise it, since the native caller's C locals are
     * not roots. */
    int in_gc_unsafe;
    int nested;                 /* depth of nested dispatch loops */
    /* The C stack a run may use for nested activations (vm_stack_check):
     * measured from where the outermost activation started. */
    char *stack_base;
    size_t stack_limit;
    /* the frame stack: chunks of frames, bump allocated */
    struct frame_chunk *chunk;
};

/* A new runtime with a memory limit (0: none), or NULL. */
kr_rt *rt_new(size_t mem_limit);
void rt_free(kr_rt *rt);

/* Writes to the program's stdout (stream 1) or stderr (2). */
void rt_write(kr_rt *rt, int stream, const char *s, size_t n);

#endif
