/* Frames: allocation on the runtime's frame stack, and tracing.
 *
 * Ordinary frames are bump-allocated in chunks and released in LIFO order
 * when they return.  A generator's frame is a separate block owned by the
 * generator object; it is linked onto rt->frame only while it runs. */
#ifndef KR_VM_FRAME_H
#define KR_VM_FRAME_H

#include "../obj/exc.h"
#include "rt.h"

typedef struct frame_chunk {
    struct frame_chunk *prev;
    size_t size, used;
    char *mem;
    _Alignas(16) char data[];
} frame_chunk;

/* A new chunk of the frame stack able to hold BYTES; NULL when refused. */
frame_chunk *frame_chunk_new(kr_rt *rt, size_t bytes);

/* A new Python frame for CODE on the frame stack (locals UNDEF), linked as
 * rt->frame; NULL with MemoryError set.  Inline: every call makes one. */
static inline kr_frame *frame_push(kr_rt *rt, kr_code *code, kr_func *func, kr_obj *globals,
                                   kr_obj *builtins, kr_obj *locals)
{
    size_t bytes = (sizeof(kr_frame) + (size_t)code->framesize * sizeof(kr_val) + 15) & ~(size_t)15;
    frame_chunk *c = rt->chunk;
    if (__builtin_expect(!c || c->size - c->used < bytes, 0)) {
        c = frame_chunk_new(rt, bytes);
        if (!c) { kr_nomem(rt); return NULL; }
    }
    kr_frame *f = (kr_frame *)(void *)(c->data + c->used);
    c->used += bytes;
    f->prev = rt->frame;
    f->kind = KF_PY;
    f->is_entry = 0;
    f->resume_kind = 0;
    f->lasti = -1;
    f->next_i = code->entry;
    f->code = code;
    f->func = func;
    f->globals = globals;
    f->builtins = builtins;
    f->locals = locals;
    f->gen = NULL;
    f->bytes = bytes;
    /* locals start unbound (KV_UNDEF is all-zero bits); the stack above is
     * written before it is read and traced only up to sp */
    for (int32_t i = 0; i < code->nlocalsplus; i++) f->vals[i] = kv_undef();
    f->sp = f->vals + code->nlocalsplus;
    rt->frame = f;
    return f;
}
/* Frees the newest chunk of the frame stack, now empty. */
void frame_chunk_release(kr_rt *rt);

/* Unlinks rt->frame and releases it (if on the frame stack). */
static inline void frame_pop(kr_rt *rt)
{
    kr_frame *f = rt->frame;
    rt->frame = f->prev;
    if (f->gen) return;         /* owned by its generator */
    frame_chunk *c = rt->chunk;
    /* frames on the stack are released in LIFO order */
    c->used -= f->bytes;
    if (__builtin_expect(c->used == 0 && c->prev != NULL, 0)) frame_chunk_release(rt);
}
/* A heap block for a generator's frame: a copy of F (which is then
 * popped).  NULL: MemoryError. */
kr_frame *frame_detach(kr_rt *rt, kr_frame *f);
void frame_free_detached(kr_heap *h, kr_frame *f);

void frame_trace(kr_frame *f, heap_tracer *t);
void frame_release_all(kr_rt *rt);

/* Source line of the unit at LASTI in CODE (-1: none). */
int code_line_of(const kr_code *code, int32_t lasti);

#endif
