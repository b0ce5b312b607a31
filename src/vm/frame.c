/* The frame stack.  See frame.h. */
#include "frame.h"

#include <string.h>

#include "../obj/exc.h"

#define FRAME_CHUNK_MIN (64 * 1024)

/* A new chunk able to hold BYTES more; NULL when refused. */
frame_chunk *frame_chunk_new(kr_rt *rt, size_t bytes)
{
    size_t size = bytes > FRAME_CHUNK_MIN ? bytes : FRAME_CHUNK_MIN;
    frame_chunk *n = mem_alloc(&rt->heap.mem, sizeof *n + size);
    if (!n) return NULL;
    n->prev = rt->chunk;
    n->size = size;
    n->used = 0;
    rt->chunk = n;
    return n;
}


void frame_chunk_release(kr_rt *rt)
{
    frame_chunk *c = rt->chunk;
    rt->chunk = c->prev;
    mem_free(&rt->heap.mem, c, sizeof *c + c->size);
}

kr_frame *frame_detach(kr_rt *rt, kr_frame *f)
{
    size_t bytes = f->bytes;
    kr_frame *g = mem_alloc(&rt->heap.mem, bytes);
    if (!g) { kr_nomem(rt); return NULL; }
    memcpy(g, f, bytes);
    g->sp = g->vals + (f->sp - f->vals);
    g->prev = NULL;
    return g;
}

void frame_free_detached(kr_heap *h, kr_frame *f)
{
    if (f) mem_free(&h->mem, f, f->bytes);
}

void frame_trace(kr_frame *f, heap_tracer *t)
{
    heap_visit_obj(t, (kr_obj *)f->code);
    heap_visit_obj(t, (kr_obj *)f->func);
    heap_visit_obj(t, f->globals);
    heap_visit_obj(t, f->builtins);
    heap_visit_obj(t, f->locals);
    heap_visit_obj(t, f->gen);
    for (kr_val *v = f->vals; v < f->sp; v++) heap_visit_val(t, *v);
}

void frame_release_all(kr_rt *rt)
{
    rt->frame = NULL;
    while (rt->chunk) {
        frame_chunk *c = rt->chunk;
        rt->chunk = c->prev;
        mem_free(&rt->heap.mem, c, sizeof *c + c->size);
    }
}

int code_line_of(const kr_code *code, int32_t lasti)
{
    if (lasti < 0 || lasti >= code->ncode) return code->firstlineno;
    return code->positions[lasti].lineno;
}
