/* The frame stack.  See frame.h. */
#include "frame.h"

#include <string.h>

#include "../obj/exc.h"

#define FRAME_CHUNK_MIN (64 * 1024)

static kr_frame *frame_alloc(kr_rt *rt, size_t bytes)
{
    bytes = (bytes + 15) & ~(size_t)15;
    frame_chunk *c = rt->chunk;
    if (!c || c->size - c->used < bytes) {
        size_t size = bytes > FRAME_CHUNK_MIN ? bytes : FRAME_CHUNK_MIN;
        frame_chunk *n = mem_alloc(&rt->heap.mem, sizeof *n + size);
        if (!n) return NULL;
        n->prev = c;
        n->size = size;
        n->used = 0;
        rt->chunk = c = n;
    }
    kr_frame *f = (kr_frame *)(void *)(c->data + c->used);
    c->used += bytes;
    memset(f, 0, sizeof *f);
    f->bytes = bytes;
    return f;
}

kr_frame *frame_push(kr_rt *rt, kr_code *code, kr_func *func, kr_obj *globals,
                     kr_obj *builtins, kr_obj *locals)
{
    size_t n = (size_t)code->framesize;
    kr_frame *f = frame_alloc(rt, sizeof(kr_frame) + n * sizeof(kr_val));
    if (!f) { kr_nomem(rt); return NULL; }
    f->kind = KF_PY;
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->lasti = -1;
    /* KV_UNDEF is all-zero bits */
    memset(f->vals, 0, n * sizeof(kr_val));
    f->sp = f->vals + code->nlocalsplus;
    f->prev = rt->frame;
    rt->frame = f;
    return f;
}

kr_frame *frame_push_special(kr_rt *rt, int kind)
{
    kr_frame *f = frame_alloc(rt, sizeof(kr_frame));
    if (!f) { kr_nomem(rt); return NULL; }
    f->kind = (uint8_t)kind;
    f->lasti = -1;
    f->sp = f->vals;
    f->prev = rt->frame;
    rt->frame = f;
    return f;
}

void frame_pop(kr_rt *rt)
{
    kr_frame *f = rt->frame;
    rt->frame = f->prev;
    if (f->gen) return;         /* owned by its generator */
    frame_chunk *c = rt->chunk;
    /* frames on the stack are released in LIFO order */
    c->used -= f->bytes;
    if (c->used == 0 && c->prev) {
        rt->chunk = c->prev;
        mem_free(&rt->heap.mem, c, sizeof *c + c->size);
    }
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
    for (int i = 0; i < KR_CONT_NSTATE; i++) heap_visit_val(t, f->st[i]);
    if (f->kind == KF_PY)
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
