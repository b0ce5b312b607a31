/* The counting allocator: see mem.h. */
#include "mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MEM_PAGE_SIZE (64 * 1024)

struct mem_page {
    mem_page *next;
    size_t pad_;                /* keeps the blocks 16-byte aligned */
};

static inline int mem_class(size_t n) { return (int)((n + 15) >> 4) - 1; }

#ifdef KR_MEM_DEBUG
/* Every block carries its size in a 16-byte header, checked on free. */
static void *mem_sys(void *p, size_t old, size_t n)
{
    char *b = p ? (char *)p - 16 : NULL;
    if (b && *(size_t *)(void *)b != old) {
        fprintf(stderr, "krait: mem_realloc given size %zu for a block of %zu bytes\n",
                old, *(size_t *)(void *)b);
        abort();
    }
    if (n == 0) { free(b); return NULL; }
    char *q = realloc(b, n + 16);
    if (!q) return NULL;
    *(size_t *)(void *)q = n;
    return q + 16;
}
#else
static void *mem_sys(void *p, size_t old, size_t n)
{
    (void)old;
    if (n == 0) { free(p); return NULL; }
    return realloc(p, n);
}
#endif

#ifndef KR_MEM_DEBUG
static void *mem_small_alloc(mem_state *m, int c)
{
    void *p = m->free_list[c];
    if (p) {
        m->free_list[c] = *(void **)p;
        return p;
    }
    size_t size = (size_t)(c + 1) * 16;
    if (m->carve_left < size) {
        mem_page *pg = malloc(MEM_PAGE_SIZE);
        if (!pg) return NULL;
        pg->next = m->pages;
        m->pages = pg;
        m->carve = (char *)(pg + 1);
        m->carve_left = MEM_PAGE_SIZE - sizeof *pg;
    }
    p = m->carve;
    m->carve += size;
    m->carve_left -= size;
    return p;
}

static inline void mem_small_free(mem_state *m, void *p, int c)
{
    *(void **)p = m->free_list[c];
    m->free_list[c] = p;
}

#endif

/* The block itself: small classes from pages, the rest from the system. */
static void *mem_block(mem_state *m, void *p, size_t old, size_t n)
{
#ifndef KR_MEM_DEBUG
    if (m->paged) {

        int oc = p && old && old <= MEM_SMALL_MAX ? mem_class(old) : -1;
        int nc = n && n <= MEM_SMALL_MAX ? mem_class(n) : -1;
        if (oc < 0 && nc < 0) return mem_sys(p, old, n);
        if (oc >= 0 && oc == nc) return p;
        void *q = NULL;
        if (n) {
            q = nc >= 0 ? mem_small_alloc(m, nc) : mem_sys(NULL, 0, n);
            if (!q) return NULL;
            if (p) memcpy(q, p, old < n ? old : n);
        }
        if (p) {
            if (oc >= 0) mem_small_free(m, p, oc);
            else mem_sys(p, old, 0);
        }
        return q;
    }
#endif
    return mem_sys(p, old, n);
}

void *mem_realloc(mem_state *m, void *p, size_t old, size_t new_size)
{
#ifndef KR_MEM_DEBUG
    /* the common cases first: a small block taken from or given back to
     * its free list */
    if (m->paged) {
        if (!p && new_size && new_size <= MEM_SMALL_MAX) {
            int c = mem_class(new_size);
            void *q = m->free_list[c];
            if (q && (!m->limit || mem_would_fit(m, new_size))) {
                m->free_list[c] = *(void **)q;
                m->used += new_size;
                if (m->used > m->peak) m->peak = m->used;
                m->since_gc += new_size;
                return q;
            }
        } else if (p && !new_size && old && old <= MEM_SMALL_MAX) {
            mem_small_free(m, p, mem_class(old));
            m->used -= old;
            return NULL;
        }
    }
#endif
    if (!p) old = 0;
    if (new_size == 0) {
        if (p) mem_block(m, p, old, 0);
        m->used -= old;
        return NULL;
    }
    if (new_size > old) {
        size_t grow = new_size - old;
        if (!mem_would_fit(m, grow)) { m->failed = 1; return NULL; }
    }
    void *q = mem_block(m, p, old, new_size);
    if (!q) { m->failed = 1; return NULL; }
    m->used = m->used - old + new_size;
    if (m->used > m->peak) m->peak = m->used;
    if (new_size > old) m->since_gc += new_size - old;
    return q;
}

void mem_release(mem_state *m)
{
    while (m->pages) {
        mem_page *n = m->pages->next;
        free(m->pages);
        m->pages = n;
    }
    memset(m->free_list, 0, sizeof m->free_list);
    m->carve = NULL;
    m->carve_left = 0;
}
