/* Creating and freeing a runtime; the collector's roots. */
#include "rt.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../lib/lib.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "../obj/typeobj.h"
#include "frame.h"
#include "interp.h"

int vm_build_class(kr_rt *rt, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out);
static const kr_cfunc rt_build_class_f;

static void *rt_bi_alloc(void *ud, size_t n) { return mem_alloc(&((kr_rt *)ud)->heap.mem, n); }
static void rt_bi_free(void *ud, void *p, size_t n) { mem_free(&((kr_rt *)ud)->heap.mem, p, n); }

static void rt_roots(void *ctx, heap_tracer *t)
{
    kr_rt *rt = ctx;
    heap_visit_val(t, rt->exc);
    heap_visit_val(t, rt->handled);
    heap_visit_val(t, rt->req.fn);
    for (int i = 0; i < KR_REQ_MAXARGS; i++) heap_visit_val(t, rt->req.args[i]);
    for (int i = 0; i < KR_CONT_NSTATE; i++) heap_visit_val(t, rt->req.st[i]);
    heap_visit_obj(t, rt->req.kwnames);
    heap_visit_obj(t, rt->builtins);
    heap_visit_obj(t, rt->modules);
    heap_visit_obj(t, rt->intern);
    heap_visit_obj(t, rt->empty_tuple);
    heap_visit_obj(t, rt->memerr);
    heap_visit_obj(t, rt->main_module);
    for (int i = 0; i < 128; i++) heap_visit_obj(t, rt->ascii_chars[i]);
    for (int i = 0; i < 1024; i++) heap_visit_val(t, rt->attrcache[i].value);
    for (kr_frame *f = rt->frame; f; f = f->prev) frame_trace(f, t);
}

static void rt_default_write(void *ud, int stream, const char *s, size_t n)
{
    (void)ud;
    int fd = stream == 2 ? 2 : 1;
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

void rt_write(kr_rt *rt, int stream, const char *s, size_t n)
{
    if (rt->write) rt->write(rt->write_ud, stream, s, n);
}

kr_rt *rt_new(size_t mem_limit)
{
    kr_rt *rt = calloc(1, sizeof *rt);
    if (!rt) return NULL;
    heap_init(&rt->heap, mem_limit);
    rt->heap.roots = rt_roots;
    rt->heap.roots_ctx = rt;
    rt->bi.a.alloc = rt_bi_alloc;
    rt->bi.a.free = rt_bi_free;
    rt->bi.a.ud = rt;
    rt->bi.max_str_digits = BI_DEFAULT_MAX_STR_DIGITS;
    rt->exc = kv_undef();
    rt->handled = kv_undef();
    rt->lim.max_depth = 1000;
    rt->stack_limit = 384 * 1024;
    rt->write = rt_default_write;
    rt->in_gc_unsafe = 1;   /* nothing is rooted until set-up is done */

    kr_dict *intern = kdict_new(rt);
    if (!intern) goto fail;
    rt->intern = &intern->obj;
    kr_tuple *empty = ktuple_new(rt, 0);
    if (!empty) goto fail;
    rt->empty_tuple = &empty->obj;
    kr_exc *me = kexc_new(rt, &kt_MemoryError, rt->empty_tuple);
    if (!me) goto fail;
    rt->memerr = &me->obj;
    kr_dict *mods = kdict_new(rt);
    if (!mods) goto fail;
    rt->modules = &mods->obj;
    kr_dict *b = kdict_new(rt);
    if (!b) goto fail;
    rt->builtins = &b->obj;
    if (lib_builtins_init(rt, b) != KR_OK) goto fail;
    if (kdict_set_cstr(rt, b, "__build_class__", kv_obj((kr_obj *)&rt_build_class_f.obj)) != KR_OK) goto fail;
    rt->in_gc_unsafe = 0;
    return rt;
fail:
    rt_free(rt);
    return NULL;
}

void rt_free(kr_rt *rt)
{
    if (!rt) return;
    frame_release_all(rt);
    heap_destroy(&rt->heap);
    free(rt);
}

/* __build_class__ is the VM's; the builtins module gets it here. */
static int rt_build_class(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                          kr_obj *kwnames, kr_val *out)
{
    return vm_build_class(rt, args, nargs, kwnames, out);
}
static const kr_cfunc rt_build_class_f = {
    KR_STATIC_HDR(&kt_builtin_function), "__build_class__", rt_build_class, 0, NULL
};

int vm_setup_main(kr_rt *rt, const char *filename, kr_obj **globals)
{
    kr_module *m = kmodule_new(rt, "__main__");
    if (!m) return KR_ERR;
    kr_dict *g = (kr_dict *)m->dict;
    if (kdict_set_cstr(rt, g, "__builtins__", kv_obj(rt->builtins)) != KR_OK) return KR_ERR;
    kr_str *fn = kstr_cstr(rt, filename);
    if (!fn || kdict_set_cstr(rt, g, "__file__", kstr_val(fn)) != KR_OK) return KR_ERR;
    if (kdict_set_cstr(rt, (kr_dict *)rt->modules, "__main__", kv_obj(&m->obj)) != KR_OK) return KR_ERR;
    rt->main_module = &m->obj;
    *globals = &g->obj;
    return KR_OK;
}
