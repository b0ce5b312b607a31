/* The heap and collector: reachability through roots, types and cycles;
 * exact memory accounting; collection that completes when the mark stack
 * cannot grow. */
#include <stdio.h>
#include <string.h>

#include "vm/heap.h"

static int passed, failed;
#define CHECK(cond) do { if (cond) passed++; else { failed++; \
    printf("FAIL %s:%d: %s\n", __FILE__, __LINE__, #cond); } } while (0)

/* A test object: two references. */
typedef struct node { kr_obj obj; kr_val a, b; } node;

static void node_trace(kr_obj *o, heap_tracer *t)
{
    node *n = (node *)o;
    heap_visit_val(t, n->a);
    heap_visit_val(t, n->b);
}

static const heap_class node_class = { "node", node_trace, NULL, sizeof(node) };
static const heap_class type_class = { "type", NULL, NULL, sizeof(kr_type_head) };

/* The "type" objects: a metatype whose class describes type objects, and
 * the node type. */
static kr_type_head *meta, *node_type;

static kr_val roots[8];
static void test_roots(void *ctx, heap_tracer *t)
{
    (void)ctx;
    for (int i = 0; i < 8; i++) heap_visit_val(t, roots[i]);
}

static void setup(kr_heap *h, size_t limit)
{
    heap_init(h, limit);
    h->roots = test_roots;
    memset(roots, 0, sizeof roots);
    meta = (kr_type_head *)heap_alloc(h, NULL, sizeof(kr_type_head));
    meta->obj.type = (kr_type *)meta;
    meta->cls = &type_class;
    heap_set_permanent(h, &meta->obj);
    node_type = (kr_type_head *)heap_alloc(h, (kr_type *)meta, sizeof(kr_type_head));
    node_type->cls = &node_class;
    heap_set_permanent(h, &node_type->obj);
}

static node *new_node(kr_heap *h)
{
    return (node *)heap_alloc(h, (kr_type *)node_type, sizeof(node));
}

int main(void)
{
    kr_heap h;

    /* garbage is freed, rooted chains and cycles survive or die together */
    setup(&h, 0);
    size_t base_objects = h.nobjects, base_bytes = h.mem.used;
    node *x = new_node(&h), *y = new_node(&h), *z = new_node(&h);
    x->a = kv_obj(&y->obj);
    y->a = kv_obj(&x->obj);             /* cycle x <-> y */
    y->b = kv_obj(&z->obj);
    for (int i = 0; i < 100; i++) new_node(&h);
    roots[0] = kv_obj(&x->obj);
    heap_collect(&h);
    CHECK(h.nobjects == base_objects + 3);
    /* the mark stack persists between collections and is counted too */
    CHECK(h.mem.used - h.grey_cap * sizeof(kr_obj *) == base_bytes + 3 * sizeof(node));
    roots[0] = kv_int(5);
    heap_collect(&h);
    CHECK(h.nobjects == base_objects);          /* the cycle is gone */
    CHECK(h.mem.used - h.grey_cap * sizeof(kr_obj *) == base_bytes);
    CHECK(h.collections == 2);
    heap_destroy(&h);
    CHECK(h.mem.used == 0);
    CHECK(h.nobjects == 0);

    /* the memory limit refuses allocation cleanly */
    setup(&h, 4096);
    int made = 0;
    while (new_node(&h)) made++;
    CHECK(made > 0 && made < 4096 / (int)sizeof(node) + 1);
    CHECK(h.mem.failed);
    CHECK(h.mem.used <= 4096);
    heap_destroy(&h);
    CHECK(h.mem.used == 0);

    /* a long chain under a limit that leaves no room for the mark stack:
     * collection still marks everything reachable */
    setup(&h, 64 * 1024);
    node *head = new_node(&h), *cur = head;
    while (cur) {
        node *n = new_node(&h);
        if (!n) break;
        cur->a = kv_obj(&n->obj);
        cur = n;
    }
    size_t chain = h.nobjects - 2;
    roots[1] = kv_obj(&head->obj);
    heap_collect(&h);
    CHECK(h.nobjects - 2 == chain);
    CHECK(h.grey_cap == 0);     /* no room for a mark stack: the rescan did it */
    /* cut the chain in the middle: the tail is freed */
    cur = head;
    for (size_t i = 0; i < chain / 2; i++) cur = (node *)kv_as_obj(cur->a);
    cur->a = kv_none();
    heap_collect(&h);
    CHECK(h.nobjects - 2 == chain / 2 + 1);
    heap_destroy(&h);
    CHECK(h.mem.used == 0);

    /* a static type (shared, outside the heap) is never marked or freed;
     * instances of it are collected as usual */
    setup(&h, 0);
    static kr_type_head static_type = { { NULL, NULL, GCF_STATIC, 0 }, &node_class };
    static_type.obj.type = (kr_type *)meta;
    node *s1 = (node *)heap_alloc(&h, (kr_type *)&static_type, sizeof(node));
    node *s2 = (node *)heap_alloc(&h, (kr_type *)&static_type, sizeof(node));
    (void)s2;
    roots[0] = kv_obj(&s1->obj);
    size_t before = h.nobjects;
    heap_collect(&h);
    CHECK(h.nobjects == before - 1);                /* s2 freed, s1 kept */
    CHECK(static_type.obj.gc_flags == GCF_STATIC);  /* never written */
    heap_destroy(&h);
    CHECK(h.mem.used == 0);

    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
