/* The one allocator of a runtime.  Every byte a runtime uses goes through
 * mem_realloc, which counts it against the runtime's memory limit.  Callers
 * always pass the old size (Lua style), so the accounting is exact without
 * asking malloc. */
#ifndef KR_VM_MEM_H
#define KR_VM_MEM_H

#include <stddef.h>
#include <stdint.h>

typedef struct mem_state {
    size_t used;        /* bytes currently allocated */
    size_t peak;        /* largest value of used */
    size_t limit;       /* 0: none */
    size_t since_gc;    /* bytes allocated since the last collection */
    int failed;         /* set when an allocation was refused */
} mem_state;

/* Resizes P from OLD to NEW bytes (P NULL / OLD 0: allocate; NEW 0: free
 * and return NULL).  Returns NULL when NEW > 0 and the limit or the host
 * refuses; P is then unchanged and still owned by the caller. */
void *mem_realloc(mem_state *m, void *p, size_t old, size_t new_size);

static inline void *mem_alloc(mem_state *m, size_t n) { return mem_realloc(m, NULL, 0, n); }
static inline void mem_free(mem_state *m, void *p, size_t n) { mem_realloc(m, p, n, 0); }

/* Whether N more bytes would fit under the limit: for refusing huge
 * results ('x' * 10**12) before computing them. */
static inline int mem_would_fit(const mem_state *m, size_t n)
{
    return !m->limit || (m->used <= m->limit && n <= m->limit - m->used);
}

#endif
