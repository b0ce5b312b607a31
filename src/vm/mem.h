/* The one allocator of a runtime.  Every byte a runtime uses goes through
 * mem_realloc, which counts it against the runtime's memory limit.  Callers
 * always pass the old size (Lua style), so the accounting is exact without
 * asking malloc.
 *
 * Small blocks (up to MEM_SMALL_MAX bytes) of a heap's mem_state come from
 * per-size-class free lists carved out of 64 KB pages: most objects are
 * small and short-lived, and reusing the block just freed keeps them in the
 * cache.  A zeroed mem_state (as tests make) uses malloc for everything;
 * heap_init turns the pages on.  Because a block's class comes from the
 * size the caller passes, a wrong OLD would corrupt the free lists: builds
 * with KR_MEM_DEBUG (make sanitize) keep every block's size in a header
 * and abort on a mismatch. */
#ifndef KR_VM_MEM_H
#define KR_VM_MEM_H

#include <stddef.h>
#include <stdint.h>

#define MEM_SMALL_MAX 256
#define MEM_NCLASS (MEM_SMALL_MAX / 16)

typedef struct mem_page mem_page;

typedef struct mem_state {
    size_t used;        /* bytes currently allocated */
    size_t peak;        /* largest value of used */
    size_t limit;       /* 0: none */
    size_t since_gc;    /* bytes allocated since the last collection */
    int failed;         /* set when an allocation was refused */
    int paged;          /* small blocks come from pages (heap_init) */
    void *free_list[MEM_NCLASS];
    mem_page *pages;
    char *carve;        /* the unused end of the newest page */
    size_t carve_left;
} mem_state;

/* Resizes P from OLD to NEW bytes (P NULL / OLD 0: allocate; NEW 0: free
 * and return NULL).  Returns NULL when NEW > 0 and the limit or the host
 * refuses; P is then unchanged and still owned by the caller. */
void *mem_realloc(mem_state *m, void *p, size_t old, size_t new_size);

static inline void *mem_alloc(mem_state *m, size_t n) { return mem_realloc(m, NULL, 0, n); }
static inline void mem_free(mem_state *m, void *p, size_t n) { mem_realloc(m, p, n, 0); }

/* Releases the pages (every block in them must be dead). */
void mem_release(mem_state *m);

/* Whether N more bytes would fit under the limit: for refusing huge
 * results ('x' * 10**12) before computing them. */
static inline int mem_would_fit(const mem_state *m, size_t n)
{
    return !m->limit || (m->used <= m->limit && n <= m->limit - m->used);
}

#endif
