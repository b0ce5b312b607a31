/* Code objects: loading the compiler's output into the heap. */
#include <string.h>

#include "../obj/exc.h"
#include "../obj/num.h"
#include "../obj/seq.h"
#include "../obj/dict.h"
#include "../obj/str.h"
#include "../compile/opcodes.h"
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
    if (c->gcache) mem_free(&h->mem, c->gcache, (size_t)c->nnames * sizeof(kr_gcache));
    if (c->ic_index) {
        mem_free(&h->mem, c->ic_index, (size_t)c->ncode * sizeof(int32_t));
        mem_free(&h->mem, c->attric, (size_t)c->nattric * IC_WAYS * sizeof(kr_attric));
    }
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

/* ---- the co_* attributes ---- */

/* The CPython code flags krait's CC_* share (same bit values). */
#define CODE_PY_FLAGS (CC_OPTIMIZED | CC_NEWLOCALS | CC_VARARGS | CC_VARKEYWORDS | CC_NESTED \
                       | CC_GENERATOR | CC_COROUTINE | CC_ITERABLE_COROUTINE | CC_ASYNC_GENERATOR \
                       | CC_HAS_DOCSTRING | CC_METHOD)

/* The names of localsplus entries whose kind has a bit of MASK, in order. */
static int code_names_of(kr_rt *rt, kr_code *c, uint8_t mask, kr_val *out)
{
    int32_t n = 0;
    for (int32_t i = 0; i < c->nlocalsplus; i++) n += (c->localspluskinds[i] & mask) != 0;
    kr_tuple *t = ktuple_new(rt, n);
    if (!t) return KR_ERR;
    n = 0;
    for (int32_t i = 0; i < c->nlocalsplus; i++)
        if (c->localspluskinds[i] & mask) t->items[n++] = kv_obj(c->localsplusnames[i]);
    *out = ktuple_val(t);
    return KR_OK;
}

static int code_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_code *c = (kr_code *)kv_as_obj(o);
    const char *n = kstr_data(name);
    if (strncmp(n, "co_", 3)) return kr_generic_getattr(rt, o, name, out);
    n += 3;
    if (!strcmp(n, "name")) { *out = kv_obj(c->name); return KR_OK; }
    if (!strcmp(n, "qualname")) { *out = kv_obj(c->qualname); return KR_OK; }
    if (!strcmp(n, "filename")) { *out = kv_obj(c->filename); return KR_OK; }
    if (!strcmp(n, "firstlineno")) { *out = kv_int(c->firstlineno); return KR_OK; }
    if (!strcmp(n, "flags")) { *out = kv_int(c->flags & CODE_PY_FLAGS); return KR_OK; }
    if (!strcmp(n, "argcount")) { *out = kv_int(c->argcount); return KR_OK; }
    if (!strcmp(n, "posonlyargcount")) { *out = kv_int(c->posonlyargcount); return KR_OK; }
    if (!strcmp(n, "kwonlyargcount")) { *out = kv_int(c->kwonlyargcount); return KR_OK; }
    if (!strcmp(n, "stacksize")) { *out = kv_int(c->stacksize); return KR_OK; }
    if (!strcmp(n, "varnames")) return code_names_of(rt, c, CC_FAST_LOCAL, out);
    if (!strcmp(n, "cellvars")) return code_names_of(rt, c, CC_FAST_CELL, out);
    if (!strcmp(n, "freevars")) return code_names_of(rt, c, CC_FAST_FREE, out);
    if (!strcmp(n, "nlocals")) {
        int32_t k = 0;
        for (int32_t i = 0; i < c->nlocalsplus; i++) k += (c->localspluskinds[i] & CC_FAST_LOCAL) != 0;
        *out = kv_int(k);
        return KR_OK;
    }
    if (!strcmp(n, "names")) {
        kr_tuple *t = ktuple_new(rt, c->nnames);
        if (!t) return KR_ERR;
        for (int32_t i = 0; i < c->nnames; i++) t->items[i] = kv_obj(c->names[i]);
        *out = ktuple_val(t);
        return KR_OK;
    }
    if (!strcmp(n, "consts")) {
        kr_tuple *t = ktuple_from(rt, c->consts, c->nconsts);
        if (!t) return KR_ERR;
        *out = ktuple_val(t);
        return KR_OK;
    }
    if (!strcmp(n, "code")) {
        /* krait's own 16-bit instruction words, as bytes */
        size_t nb = (size_t)c->ncode * sizeof(uint16_t);
        kr_bytes *b = (kr_bytes *)heap_alloc(&rt->heap, &kt_bytes, sizeof(kr_bytes) + nb + 1);
        if (!b) return kr_nomem(rt);
        b->len = (int64_t)nb;
        b->hash = -1;
        if (nb) memcpy(b->data, c->code, nb);
        *out = kv_obj(&b->obj);
        return KR_OK;
    }
    return kr_generic_getattr(rt, o, name, out);
}

static int code_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value)
{
    const char *n = kstr_data(name);
    if (!strncmp(n, "co_", 3)) return kr_raise(rt, &kt_AttributeError, "readonly attribute");
    return kr_generic_setattr(rt, o, name, value);
}

#define DUP_ARRAY(dst, src, n, sz) do { \
        size_t bytes_ = (size_t)(n) * (sz); \
        dst = NULL; \
        if (bytes_) { dst = mem_alloc(&rt->heap.mem, bytes_); if (!dst) return kr_nomem(rt); \
                      memcpy(dst, src, bytes_); } \
    } while (0)

/* code.replace(**changes): a copy with some scalar or name fields changed. */
static int code_replace(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_code *c = (kr_code *)kv_as_obj(self);
    if (nargs) return kr_raise(rt, &kt_TypeError, "replace() takes no positional arguments");
    kr_code *r = (kr_code *)heap_alloc(&rt->heap, &kt_code, sizeof(kr_code));
    if (!r) return kr_nomem(rt);
    /* the arrays first, so a half-made copy is never traced or freed wrong */
    kr_obj **lpn; uint8_t *lpk; kr_obj **names; kr_val *consts; uint16_t *code; cc_pos *pos; cc_exc_entry *exc;
    DUP_ARRAY(lpn, c->localsplusnames, c->nlocalsplus, sizeof(kr_obj *));
    DUP_ARRAY(lpk, c->localspluskinds, c->nlocalsplus, 1);
    DUP_ARRAY(names, c->names, c->nnames, sizeof(kr_obj *));
    DUP_ARRAY(consts, c->consts, c->nconsts, sizeof(kr_val));
    DUP_ARRAY(code, c->code, c->ncode, sizeof(uint16_t));
    DUP_ARRAY(pos, c->positions, c->ncode, sizeof(cc_pos));
    DUP_ARRAY(exc, c->exctable, c->nexc, sizeof(cc_exc_entry));
    kr_obj hdr = r->obj;
    *r = *c;
    r->obj = hdr;
    r->localsplusnames = lpn; r->localspluskinds = lpk; r->names = names; r->consts = consts;
    r->code = code; r->positions = pos; r->exctable = exc;
    int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
    for (int i = 0; i < nkw; i++) {
        const char *k = kstr_data(kv_as_obj(((kr_tuple *)kwnames)->items[i]));
        kr_val v = args[i];
        kr_obj **strf = !strcmp(k, "co_name") ? &r->name : !strcmp(k, "co_qualname") ? &r->qualname
                      : !strcmp(k, "co_filename") ? &r->filename : NULL;
        int32_t *intf = !strcmp(k, "co_firstlineno") ? &r->firstlineno : NULL;
        if (strf) {
            if (!kv_is_str(v))
                return kr_raise(rt, &kt_TypeError, "replace() argument '%s' must be str, not %s", k, kr_type_name(v));
            *strf = kv_as_obj(v);
        } else if (intf || !strcmp(k, "co_flags")) {
            int64_t x;
            if (!kv_is_int(v))
                return kr_raise(rt, &kt_TypeError, "replace() argument '%s' must be int, not %s", k, kr_type_name(v));
            x = kv_as_int(v);
            if (x < INT32_MIN || x > INT32_MAX)
                return kr_raise(rt, &kt_OverflowError, "Python int too large to convert to C int");
            if (intf) *intf = (int32_t)x;
            else r->flags = (r->flags & ~(uint32_t)CODE_PY_FLAGS) | ((uint32_t)x & CODE_PY_FLAGS);
        } else if (!strncmp(k, "co_", 3)) {
            return kr_raise(rt, &kt_NotImplementedError, "krait's code.replace() cannot change %s", k);
        } else {
            return kr_raise(rt, &kt_TypeError, "replace() got an unexpected keyword argument '%s'", k);
        }
    }
    *out = kv_obj(&r->obj);
    return KR_OK;
}

static KR_CFUNC(code_replace_f, "replace", code_replace, KF_METHOD);
static const kr_cfunc *const code_methods[] = { &code_replace_f, NULL };

kr_type kt_code = {
    .head = { KR_STATIC_HDR(&kt_type), &code_cls },
    .name = "code", .base = &kt_object,
    .slots = { .repr = code_repr, .getattr = code_getattr, .setattr = code_setattr },
    .basicsize = sizeof(kr_code), .methods = code_methods,
    .doc = "Create a code object.  Not for the faint of heart.",
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
    vm_superinstructions(c->code, c->ncode);
    for (c->entry = 0; c->entry < c->ncode; c->entry++) {
        int op = c->code[c->entry] & 0xff;
        if (op != OP_RESUME && op != OP_COPY_FREE_VARS && op != OP_NOP) break;
    }
    if (c->entry > 0 && (c->code[c->entry - 1] & 0xff) == OP_EXTENDED_ARG) c->entry = 0;
    memcpy(c->positions, cc->positions, (size_t)cc->ncode * sizeof(cc_pos));
    ALLOC_ARRAY(c->exctable, cc->nexc, sizeof(cc_exc_entry));
    c->nexc = cc->nexc;
    if (cc->nexc) memcpy(c->exctable, cc->exctable, (size_t)cc->nexc * sizeof(cc_exc_entry));
    c->framesize = c->nlocalsplus + c->stacksize + 1;
    return c;
}
