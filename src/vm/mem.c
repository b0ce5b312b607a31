#include "mem.h"

#include <stdlib.h>

void *mem_realloc(mem_state *m, void *p, size_t old, size_t new_size)
{
    if (new_size == 0) {
        free(p);
        m->used -= old;
        return NULL;
    }
    if (new_size > old) {
        size_t grow = new_size - old;
        if (!mem_would_fit(m, grow)) { m->failed = 1; return NULL; }
    }
    void *q = realloc(p, new_size);
    if (!q) { m->failed = 1; return NULL; }
    m->used = m->used - old + new_size;
    if (m->used > m->peak) m->peak = m->used;
    if (new_size > old) m->since_gc += new_size - old;
    return q;
}
