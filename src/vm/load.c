/* Code objects: loading the compiler's output into the heap. */
#include <string.h>

#include "../obj/exc.h"
#include "../obj/num.h"
#include "../obj/seq.h"
#include "../obj/dict.h"
#include "../obj/str.h"
#include "interp.h"

static void code_trace(kr_obj *o, heap_tracer *t)
{
    kr_code *c = (kr_code *)o;
    heap_visit_obj(t, c->name);
    heap_visit_obj(t, c->qualname);
    heap_visit_obj(t, c->filename);
    for (int32_t i = 0; i < c->nlocalsplus; i++) heap_visit_obj(t, c->localsplusnames[i]);
    for (int32_t i = 0; i < c->nnames; i++) heap_visit_obj(t, c->names[i]);
    for (int32_t i = 0; i < c->nconsts; i++) heap_visit_val(t, c->consts[i]);
}

static size_t code_extra(const kr_code *c)
{
    return (size_t)c->nlocalsplus * (sizeof(kr_obj *) + 1) + (size_t)c->nnames * sizeof(kr_obj *)
         + (size_t)c->nconsts * sizeof(kr_val) + (size_t)c->ncode * (sizeof(uint16_t) + sizeof(cc_pos))
         + (size_t)c->nexc * sizeof(cc_exc_entry);
}

static void code_free(kr_heap *h, kr_obj *o)
{
    kr_code *c = (kr_code *)o;
    mem_free(&h->mem, c->localsplusnames, (size_t)c->nlocalsplus * sizeof(kr_obj *));
    mem_free(&h->mem, c->localspluskinds, (size_t)c->nlocalsplus);
    mem_free(&h->mem, c->names, (size_t)c->nnames * sizeof(kr_obj *));
    mem_free(&h->mem, c->consts, (size_t)c->nconsts * sizeof(kr_val));
    mem_free(&h->mem, c->code, (size_t)c->ncode * sizeof(uint16_t));
    mem_free(&h->mem, c->positions, (size_t)c->ncode * sizeof(cc_pos));
    mem_free(&h->mem, c->exctable, (size_t)c->nexc * sizeof(cc_exc_entry));
    mem_free(&h->mem, o, heap_dead_size(o));
    (void)code_extra;
}

static int code_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_code *c = (kr_code *)kv_as_obj(v);
    kr_str *s = kstr_fmt(rt, "<code object %s at %p, file \"%s\", line %d>", kstr_data(c->name), (void *)c,
                         kstr_data(c->filename), c->firstlineno);
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static const heap_class code_cls = { "code", code_trace, code_free, sizeof(kr_code) };

kr_type kt_code = {
    .head = { KR_STATIC_HDR(&kt_type), &code_cls },
    .name = "code", .base = &kt_object,
    .slots = { .repr = code_repr },
    .basicsize = sizeof(kr_code),
};

static int load_const(kr_rt *rt, const cc_const *k, kr_val *out);

static int load_seq(kr_rt *rt, const cc_const *k, kr_val *out)
{
    if (k->kind == CC_TUPLE) {
        kr_tuple *t = ktuple_new(rt, k->v.seq.nitems);
        if (!t) return KR_ERR;
        for (int32_t i = 0; i < k->v.seq.nitems; i++)
            if (load_const(rt, &k->v.seq.items[i], &t->items[i]) != KR_OK) return KR_ERR;
        *out = ktuple_val(t);
        return KR_OK;
    }
    kr_set *s = kset_new(rt, &kt_frozenset);
    if (!s) return KR_ERR;
    for (int32_t i = 0; i < k->v.seq.nitems; i++) {
        kr_val v;
        if (load_const(rt, &k->v.seq.items[i], &v) != KR_OK) return KR_ERR;
        if (kset_add(rt, s, v) != KR_OK) return KR_ERR;
    }
    *out = kv_obj(&s->obj);
    return KR_OK;
}

static int load_const(kr_rt *rt, const cc_const *k, kr_val *out)
{
    switch (k->kind) {
    case CC_NONE: *out = kv_none(); return KR_OK;
    case CC_TRUE: *out = kv_bool(1); return KR_OK;
    case CC_FALSE: *out = kv_bool(0); return KR_OK;
    case CC_ELLIPSIS: *out = kr_ellipsis(); return KR_OK;
    case CC_INT: *out = kv_int(k->v.i); return KR_OK;
    case CC_BIGINT:
        return kint_from_digits(rt, k->v.big.digits, k->v.big.n, k->v.big.base, k->v.big.neg, out);
    case CC_FLOAT: *out = kv_float(k->v.f); return KR_OK;
    case CC_COMPLEX: {
        kr_obj *c = kcomplex_new(rt, k->v.cx.re, k->v.cx.im);
        if (!c) return KR_ERR;
        *out = kv_obj(c);
        return KR_OK;
    }
    case CC_STR: {
        kr_str *s = k->v.str.n <= 40 ? kstr_intern(rt, k->v.str.s, k->v.str.n) : kstr_new(rt, k->v.str.s, k->v.str.n);
        if (!s) return KR_ERR;
        *out = kstr_val(s);
        return KR_OK;
    }
    case CC_BYTES: {
        kr_bytes *b = (kr_bytes *)heap_alloc(&rt->heap, &kt_bytes, sizeof(kr_bytes) + k->v.str.n + 1);
        if (!b) return kr_nomem(rt);
        b->len = (int64_t)k->v.str.n;
        b->hash = -1;
        memcpy(b->data, k->v.str.s, k->v.str.n);
        *out = kv_obj(&b->obj);
        return KR_OK;
    }
    case CC_TUPLE:
    case CC_FROZENSET:
        return load_seq(rt, k, out);
    case CC_CODE: {
        kr_code *c = vm_load_code(rt, k->v.code);
        if (!c) return KR_ERR;
        *out = kv_obj(&c->obj);
        return KR_OK;
    }
    case CC_SLICE: {
        kr_val a[3];
        for (int i = 0; i < 3; i++)
            if (load_const(rt, &k->v.seq.items[i], &a[i]) != KR_OK) return KR_ERR;
        kr_obj *s = kslice_new(rt, a[0], a[1], a[2]);
        if (!s) return KR_ERR;
        *out = kv_obj(s);
        return KR_OK;
    }
    }
    return kr_raise(rt, &kt_SystemError, "bad constant kind %d", (int)k->kind);
}

#define ALLOC_ARRAY(dst, n, sz) do { \
        size_t bytes_ = (size_t)(n) * (sz); \
        if (bytes_) { dst = mem_alloc(&rt->heap.mem, bytes_); if (!dst) { kr_nomem(rt); return NULL; } \
                      memset(dst, 0, bytes_); } \
    } while (0)

kr_code *vm_load_code(kr_rt *rt, const cc_code *cc)
{
    kr_code *c = (kr_code *)heap_alloc(&rt->heap, &kt_code, sizeof(kr_code));
    if (!c) { kr_nomem(rt); return NULL; }
    kr_str *name = kstr_intern_cstr(rt, cc->name);
    kr_str *qual = kstr_intern_cstr(rt, cc->qualname);
    kr_str *file = kstr_cstr(rt, cc->filename);
    if (!name || !qual || !file) return NULL;
    c->name = &name->obj;
    c->qualname = &qual->obj;
    c->filename = &file->obj;
    c->firstlineno = cc->firstlineno;
    c->flags = cc->flags;
    c->argcount = cc->argcount;
    c->posonlyargcount = cc->posonlyargcount;
    c->kwonlyargcount = cc->kwonlyargcount;
    c->stacksize = cc->stacksize;
    c->nfreevars = cc->nfreevars;
    ALLOC_ARRAY(c->localsplusnames, cc->nlocalsplus, sizeof(kr_obj *));
    ALLOC_ARRAY(c->localspluskinds, cc->nlocalsplus, 1);
    c->nlocalsplus = cc->nlocalsplus;
    for (int32_t i = 0; i < cc->nlocalsplus; i++) {
        kr_str *s = kstr_intern_cstr(rt, cc->localsplusnames[i]);
        if (!s) return NULL;
        c->localsplusnames[i] = &s->obj;
        c->localspluskinds[i] = cc->localspluskinds[i];
    }
    ALLOC_ARRAY(c->names, cc->nnames, sizeof(kr_obj *));
    c->nnames = cc->nnames;
    for (int32_t i = 0; i < cc->nnames; i++) {
        kr_str *s = kstr_intern_cstr(rt, cc->names[i]);
        if (!s) return NULL;
        c->names[i] = &s->obj;
    }
    ALLOC_ARRAY(c->consts, cc->nconsts, sizeof(kr_val));
    c->nconsts = cc->nconsts;
    for (int32_t i = 0; i < cc->nconsts; i++)
        if (load_const(rt, &cc->consts[i], &c->consts[i]) != KR_OK) return NULL;
    ALLOC_ARRAY(c->code, cc->ncode, sizeof(uint16_t));
    ALLOC_ARRAY(c->positions, cc->ncode, sizeof(cc_pos));
    c->ncode = cc->ncode;
    memcpy(c->code, cc->code, (size_t)cc->ncode * sizeof(uint16_t));
    memcpy(c->positions, cc->positions, (size_t)cc->ncode * sizeof(cc_pos));
    ALLOC_ARRAY(c->exctable, cc->nexc, sizeof(cc_exc_entry));
    c->nexc = cc->nexc;
    if (cc->nexc) memcpy(c->exctable, cc->exctable, (size_t)cc->nexc * sizeof(cc_exc_entry));
    c->framesize = c->nlocalsplus + c->stacksize + 1;
    return c;
}
