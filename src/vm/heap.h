/* The heap: every Python object of a runtime, and the garbage collector.
 *
 * Objects are linked into one list in allocation order.  Collection is
 * precise mark-and-sweep, non-moving, and runs only when the VM calls
 * heap_collect at a safe point; allocation never collects.  So C code that
 * holds object pointers in local variables between safe points needs no
 * rooting.  Marking uses an explicit grey stack, never C recursion; if the
 * stack cannot grow, the collector falls back to rescanning the heap for
 * marked objects whose children are unmarked, so a collection always
 * completes even when memory is exhausted. */
#ifndef KR_VM_HEAP_H
#define KR_VM_HEAP_H

#include <stddef.h>
#include <stdint.h>

#include "mem.h"
#include "value.h"

typedef struct kr_heap kr_heap;
typedef struct kr_type kr_type;

/* The header every heap object starts with. */
struct kr_obj {
    kr_obj *gc_next;        /* the heap's object list */
    kr_type *type;          /* never NULL once allocated */
    uint32_t gc_flags;      /* GCF_* */
    uint32_t aux;           /* type-specific: cached hash, small lengths */
};

#define GCF_MARK      0x1u  /* reached in the current collection */
#define GCF_PERMANENT 0x2u  /* never freed (per-runtime singletons) */
#define GCF_TYPEOBJ   0x8u  /* a type object (see heap_free_one) */
#define GCF_STATIC    0x4u  /* lives outside every heap (built-in types shared
                             * by all runtimes, possibly on other threads):
                             * never marked, never freed, never written */

/* What a type tells the collector (and the snapshot writer) about its
 * objects: every reference they hold, and how to release them. */
typedef struct heap_tracer heap_tracer;
typedef void (*heap_trace_fn)(kr_obj *o, heap_tracer *t);
/* Releases O's own buffers and its block (with mem_free and exact sizes).
 * Called only on dead objects: O->type no longer points to its type. */
typedef void (*heap_free_fn)(kr_heap *h, kr_obj *o);

typedef struct heap_class {
    const char *name;
    heap_trace_fn trace;    /* NULL: holds no references */
    heap_free_fn free;      /* NULL: the block is exactly SIZE bytes */
    size_t size;            /* block size for fixed-size objects */
} heap_class;

/* Every type object (obj/type.h) starts with this: its own object header,
 * then the heap class of its instances. */
typedef struct kr_type_head {
    kr_obj obj;
    const heap_class *cls;
} kr_type_head;

/* In a heap_class free function: the size of the dead object's block
 * (its type field then holds its heap class). */
static inline size_t heap_dead_size(const kr_obj *o)
{
    return ((const heap_class *)(const void *)o->type)->size;
}

static inline const heap_class *heap_class_of(const kr_obj *o)
{
    return ((const kr_type_head *)(const void *)o->type)->cls;
}

struct heap_tracer {
    void (*visit)(heap_tracer *t, kr_obj *o);
};

static inline void heap_visit_obj(heap_tracer *t, kr_obj *o)
{
    if (o) t->visit(t, o);
}

static inline void heap_visit_val(heap_tracer *t, kr_val v)
{
    if (kv_is_obj(v)) t->visit(t, kv_as_obj(v));
}

/* Reports the roots of a collection: everything the VM holds outside the
 * heap (frames, globals, interned strings, host handles). */
typedef void (*heap_roots_fn)(void *ctx, heap_tracer *t);

struct kr_heap {
    mem_state mem;
    kr_obj *objects;            /* all objects, newest first */
    size_t nobjects;
    heap_roots_fn roots;
    void *roots_ctx;
    kr_obj **grey;              /* the mark stack */
    size_t ngrey, grey_cap;
    int grey_overflow;
    kr_obj **permanent;         /* objects never freed (heap_set_permanent) */
    size_t npermanent, permanent_cap;
    size_t collections;
    size_t live_after_gc;       /* bytes in use after the last collection */
};

void heap_init(kr_heap *h, size_t mem_limit);
/* Frees every object and the heap's own buffers. */
void heap_destroy(kr_heap *h);

/* A new object of SIZE bytes (header included), zeroed, with TYPE set and
 * linked into the heap; NULL when the memory limit refuses it. */
kr_obj *heap_alloc(kr_heap *h, kr_type *type, size_t size);

/* Whether the VM should collect at its next safe point. */
static inline int heap_should_collect(const kr_heap *h)
{
    /* the heap may grow to twice what survived the last collection (and
     * by at least 2 MB: small enough to stay in the cache) before the next: marking and sweeping then cost a
     * bounded amount per byte allocated */
    size_t budget = h->live_after_gc > (2u << 20) ? h->live_after_gc : (2u << 20);
    if (h->mem.since_gc > budget) return 1;
    /* near the limit: collect before the program fails for garbage */
    return h->mem.limit && h->mem.used > h->mem.limit / 4 * 3
        && h->mem.since_gc > h->mem.limit / 16;
}

/* Makes O a root for good (GCF_PERMANENT): per-runtime singletons.  -1
 * when the list cannot grow (O is then unchanged). */
int heap_set_permanent(kr_heap *h, kr_obj *o);

/* Marks from the roots and frees everything unreached.  Only at safe points. */
void heap_collect(kr_heap *h);

#endif
