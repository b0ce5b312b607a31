#include "heap.h"

#include <string.h>

void heap_init(kr_heap *h, size_t mem_limit)
{
    memset(h, 0, sizeof *h);
    h->mem.limit = mem_limit;
    h->mem.paged = 1;
}

/* Frees one dead object.  Its heap class is found through its type, which
 * may be dead too (and may even hold the class: a class statement's type
 * embeds its instances' class); that is safe because an object is always
 * newer than its type, and the object list runs newest first, so a type is
 * freed after all of its instances.  While an object is being freed its
 * type field holds its class (heap_dead_size). */
static void heap_free_one(kr_heap *h, kr_obj *o)
{
    const heap_class *c = heap_class_of(o);
    o->type = (kr_type *)(void *)c;
    if (c->free) c->free(h, o);
    else mem_free(&h->mem, o, c->size);
    h->nobjects--;
}

void heap_destroy(kr_heap *h)
{
    kr_obj *o = h->objects;
    while (o) {
        kr_obj *next = o->gc_next;
        heap_free_one(h, o);
        o = next;
    }
    h->objects = NULL;
    mem_free(&h->mem, h->grey, h->grey_cap * sizeof *h->grey);
    h->grey = NULL;
    h->grey_cap = h->ngrey = 0;
    mem_free(&h->mem, h->permanent, h->permanent_cap * sizeof *h->permanent);
    h->permanent = NULL;
    h->npermanent = h->permanent_cap = 0;
    mem_release(&h->mem);
}

kr_obj *heap_alloc(kr_heap *h, kr_type *type, size_t size)
{
    kr_obj *o = mem_alloc(&h->mem, size);
    if (!o) return NULL;
    memset(o, 0, size);
    o->type = type;
    o->gc_next = h->objects;
    h->objects = o;
    h->nobjects++;
    return o;
}

typedef struct heap_marker {
    heap_tracer t;
    kr_heap *h;
} heap_marker;

static void heap_mark_visit(heap_tracer *t, kr_obj *o)
{
    kr_heap *h = ((heap_marker *)t)->h;
    if (o->gc_flags & (GCF_MARK | GCF_STATIC)) return;
    o->gc_flags |= GCF_MARK;
    if (h->ngrey == h->grey_cap) {
        size_t ncap = h->grey_cap ? h->grey_cap * 2 : 256;
        kr_obj **g = mem_realloc(&h->mem, h->grey, h->grey_cap * sizeof *g, ncap * sizeof *g);
        if (!g) {
            /* marked but not scanned: the rescan below finds it */
            h->grey_overflow = 1;
            return;
        }
        h->grey = g;
        h->grey_cap = ncap;
    }
    h->grey[h->ngrey++] = o;
}

static void heap_trace_one(kr_obj *o, heap_tracer *t)
{
    heap_tracer *tt = t;
    /* an object's type is a reference too */
    tt->visit(tt, (kr_obj *)o->type);
    const heap_class *c = heap_class_of(o);
    if (c->trace) c->trace(o, tt);
}

static void heap_drain(kr_heap *h, heap_marker *m)
{
    while (h->ngrey) {
        kr_obj *o = h->grey[--h->ngrey];
        heap_trace_one(o, &m->t);
    }
}

void heap_collect(kr_heap *h)
{
    heap_marker m = { { heap_mark_visit }, h };
    h->grey_overflow = 0;
    for (size_t i = 0; i < h->npermanent; i++) heap_mark_visit(&m.t, h->permanent[i]);
    if (h->roots) h->roots(h->roots_ctx, &m.t);
    heap_drain(h, &m);
    /* If the grey stack could not grow, some marked objects were never
     * scanned: scanning every marked object again reaches their children.
     * Each round marks at least one more object, so this ends. */
    while (h->grey_overflow) {
        h->grey_overflow = 0;
        for (kr_obj *o = h->objects; o; o = o->gc_next) {
            if (o->gc_flags & GCF_MARK) {
                heap_trace_one(o, &m.t);
                heap_drain(h, &m);
            }
        }
    }
    kr_obj **link = &h->objects;
    while (*link) {
        kr_obj *o = *link;
        if (o->gc_flags & GCF_MARK) {
            o->gc_flags &= ~GCF_MARK;
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            heap_free_one(h, o);
        }
    }
    h->collections++;
    h->mem.since_gc = 0;
    h->live_after_gc = h->mem.used;
}

int heap_set_permanent(kr_heap *h, kr_obj *o)
{
    if (h->npermanent == h->permanent_cap) {
        size_t ncap = h->permanent_cap ? h->permanent_cap * 2 : 8;
        kr_obj **p = mem_realloc(&h->mem, h->permanent, h->permanent_cap * sizeof *p, ncap * sizeof *p);
        if (!p) return -1;
        h->permanent = p;
        h->permanent_cap = ncap;
    }
    h->permanent[h->npermanent++] = o;
    o->gc_flags |= GCF_PERMANENT;
    return 0;
}
