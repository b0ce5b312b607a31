/* Frames: allocation on the runtime's frame stack, and tracing.
 *
 * Ordinary frames are bump-allocated in chunks and released in LIFO order
 * when they return.  A generator's frame is a separate block owned by the
 * generator object; it is linked onto rt->frame only while it runs. */
#ifndef KR_VM_FRAME_H
#define KR_VM_FRAME_H

#include "rt.h"

typedef struct frame_chunk {
    struct frame_chunk *prev;
    size_t size, used;
    char *mem;
    _Alignas(16) char data[];
} frame_chunk;

/* A new Python frame for CODE on the frame stack (locals UNDEF), linked as
 * rt->frame; NULL with MemoryError set. */
kr_frame *frame_push(kr_rt *rt, kr_code *code, kr_func *func, kr_obj *globals,
                     kr_obj *builtins, kr_obj *locals);
/* Unlinks rt->frame and releases it (if on the frame stack). */
void frame_pop(kr_rt *rt);
/* A heap block for a generator's frame: a copy of F (which is then
 * popped).  NULL: MemoryError. */
kr_frame *frame_detach(kr_rt *rt, kr_frame *f);
void frame_free_detached(kr_heap *h, kr_frame *f);

void frame_trace(kr_frame *f, heap_tracer *t);
void frame_release_all(kr_rt *rt);

/* Source line of the unit at LASTI in CODE (-1: none). */
int code_line_of(const kr_code *code, int32_t lasti);

#endif
