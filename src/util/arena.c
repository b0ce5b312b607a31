/* Arena allocator: bump allocation from chunks that double in size, so a
 * parse of N bytes makes O(log N) calls to malloc. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct ar_chunk {
    struct ar_chunk *prev;
    size_t size;            /* usable bytes after the header */
    size_t used;
    max_align_t data[];
} ar_chunk;

struct ar_arena {
    ar_chunk *cur;
    size_t total;           /* bytes handed out */
    size_t limit;           /* 0: none */
    size_t next_size;       /* size of the next chunk to allocate */
};

#define AR_ALIGN _Alignof(max_align_t)
#define AR_FIRST_CHUNK 4096u
#define AR_MAX_CHUNK (8u << 20)

ar_arena *ar_new(size_t limit)
{
    ar_arena *a = calloc(1, sizeof *a);
    if (!a) return NULL;
    a->limit = limit;
    a->next_size = AR_FIRST_CHUNK;
    return a;
}

static ar_chunk *ar_grow(ar_arena *a, size_t need)
{
    size_t size = a->next_size;
    if (size < need) size = need;
    if (size > SIZE_MAX - sizeof(ar_chunk)) return NULL;
    ar_chunk *c = malloc(sizeof(ar_chunk) + size);
    if (!c) return NULL;
    c->prev = a->cur;
    c->size = size;
    c->used = 0;
    a->cur = c;
    if (a->next_size < AR_MAX_CHUNK) a->next_size *= 2;
    return c;
}

void *ar_alloc(ar_arena *a, size_t size)
{
    size_t rounded = (size + AR_ALIGN - 1) & ~(size_t)(AR_ALIGN - 1);
    if (rounded < size) return NULL;
    if (a->limit && (rounded > a->limit || a->total > a->limit - rounded))
        return NULL;
    ar_chunk *c = a->cur;
    if (!c || c->size - c->used < rounded) {
        c = ar_grow(a, rounded);
        if (!c) return NULL;
    }
    void *p = (char *)c->data + c->used;
    c->used += rounded;
    a->total += rounded;
    return p;
}

void *ar_calloc(ar_arena *a, size_t size)
{
    void *p = ar_alloc(a, size);
    if (p) memset(p, 0, size);
    return p;
}

char *ar_strndup(ar_arena *a, const char *s, size_t n)
{
    char *p = ar_alloc(a, n + 1);
    if (!p) return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

size_t ar_used(const ar_arena *a) { return a->total; }

void ar_free(ar_arena *a)
{
    if (!a) return;
    ar_chunk *c = a->cur;
    while (c) {
        ar_chunk *prev = c->prev;
        free(c);
        c = prev;
    }
    free(a);
}
