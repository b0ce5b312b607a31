/* bytearray: a mutable byte buffer (DATA of CAP bytes, LEN used; DATA is
 * NULL when CAP is 0).  The read-only methods are shared with bytes
 * (bytes_methods.c); this file has the type, item assignment and the
 * mutating methods. */
#include "bytes_int.h"

#include "../compile/opcodes.h"
#include "../util/repr.h"
#include "../vm/call.h"
#include "num.h"
#include "seq.h"

static void ba_free(kr_heap *h, kr_obj *o)
{
    kr_bytearray *b = (kr_bytearray *)(void *)o;
    if (b->cap) mem_free(&h->mem, b->data, b->cap);
    mem_free(&h->mem, o, heap_dead_size(o));
}

static const heap_class ba_cls = { "bytearray", NULL, ba_free, sizeof(kr_bytearray) };

int kba_resize(kr_rt *rt, kr_bytearray *b, size_t n)
{
    if (n > (size_t)INT64_MAX / 2) return kr_nomem(rt);
    if (n + 1 > b->cap || (b->cap > 64 && n < b->cap / 4)) {
        size_t ncap = n + 1 > b->cap ? n + 1 + n / 8 + 8 : n + 1 + n / 8;
        unsigned char *d = mem_realloc(&rt->heap.mem, b->data, b->cap, ncap);
        if (!d) {
            if (n + 1 <= b->cap) goto done;   /* shrinking is optional */
            return kr_nomem(rt);
        }
        b->data = d;
        b->cap = ncap;
    }
done:
    b->len = (int64_t)n;
    b->data[n] = 0;
    return KR_OK;
}

static kr_bytearray *ba_alloc(kr_rt *rt, kr_type *t)
{
    size_t bs = t->basicsize > sizeof(kr_bytearray) ? t->basicsize : sizeof(kr_bytearray);
    kr_bytearray *b = (kr_bytearray *)(void *)heap_alloc(&rt->heap, t, bs);
    if (!b) kr_nomem(rt);
    return b;
}

kr_bytearray *kbytearray_new(kr_rt *rt, const void *p, size_t n)
{
    kr_bytearray *b = ba_alloc(rt, &kt_bytearray);
    if (!b) return NULL;
    if (kba_resize(rt, b, n) != KR_OK) return NULL;
    if (n) {
        if (p) memcpy(b->data, p, n);
        else memset(b->data, 0, n);
    }
    return b;
}

static int ba_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    strbuf sb = STRBUF_INIT;
    if (kb_construct(rt, "bytearray", args, nargs, kwnames, &sb) != KR_OK) { sb_free(&sb); return KR_ERR; }
    kr_bytearray *b = KR_AS(kr_bytearray, self);
    int r = kba_resize(rt, b, sb.len);
    if (r == KR_OK && sb.len) memcpy(b->data, sb.p, sb.len);
    sb_free(&sb);
    return r;
}

static int ba_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames,
                  kr_val *out)
{
    kr_bytearray *b = ba_alloc(rt, t);
    if (!b) return KR_ERR;
    if (kba_resize(rt, b, 0) != KR_OK) return KR_ERR;
    /* filled by the init slot, which the type call runs next (as CPython) */
    *out = kv_obj(&b->obj);
    return KR_OK;
}

static int ba_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_bytearray *b = KR_AS(kr_bytearray, v);
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, kr_type_of(v)->name);
    sb_putc(&sb, '(');
    size_t at = sb.len;
    repr_bytes(&sb, (const char *)b->data, (size_t)b->len);
    /* CPython's bytearray repr escapes ' even inside double quotes */
    if (!sb.oom && sb.p[at + 1] == '"') {
        strbuf t = STRBUF_INIT;
        sb_append(&t, sb.p, at);
        for (size_t i = at; i < sb.len; i++) {
            if (sb.p[i] == '\'') sb_putc(&t, '\\');
            sb_putc(&t, sb.p[i]);
        }
        sb_free(&sb);
        sb = t;
    }
    sb_putc(&sb, ')');
    kr_str *r = kstr_from_sb(rt, &sb);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

static int ba_len(kr_rt *rt, kr_val v, int64_t *out)
{
    (void)rt;
    *out = KR_AS(kr_bytearray, v)->len;
    return KR_OK;
}

int kb_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out);
int kb_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out);
int kb_contains(kr_rt *rt, kr_val o, kr_val x, int *out);
int kb_iter(kr_rt *rt, kr_val o, kr_val *out);
int kb_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out);

/* Replaces b[lo:hi] by P[0..n) (P may point into B: copied first). */
static int ba_splice(kr_rt *rt, kr_bytearray *b, size_t lo, size_t hi, const unsigned char *p,
                     size_t n)
{
    unsigned char small[64], *tmp = NULL;
    if (n && p >= b->data && p < b->data + b->cap) {
        tmp = n <= sizeof small ? small : mem_alloc(&rt->heap.mem, n);
        if (!tmp) return kr_nomem(rt);
        memcpy(tmp, p, n);
        p = tmp;
    }
    size_t old = (size_t)b->len, tail = old - hi;
    size_t nlen = old - (hi - lo) + n;
    int r = KR_OK;
    if (nlen > old) {
        r = kba_resize(rt, b, nlen);
        if (r == KR_OK) memmove(b->data + lo + n, b->data + hi, tail);
    } else {
        memmove(b->data + lo + n, b->data + hi, tail);
        r = kba_resize(rt, b, nlen);
    }
    if (r == KR_OK && n) memcpy(b->data + lo, p, n);
    if (tmp && tmp != small) mem_free(&rt->heap.mem, tmp, n);
    return r;
}

/* The bytes of a value assigned to a slice. */
static int assign_source(kr_rt *rt, kr_val v, strbuf *sb)
{
    const unsigned char *p;
    size_t n;
    if (kbytes_buffer(v, &p, &n)) { sb_append(sb, (const char *)p, n); return KR_OK; }
    if (kv_is_int(v) || kv_is_bool(v) || kv_is_str(v) || !kr_type_of(v)->slots.iter)
        return kr_raise(rt, &kt_TypeError,
                        "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return kb_from_iterable(rt, v, sb, "byte must be in range(0, 256)");
}

static int ba_setitem(kr_rt *rt, kr_val o, kr_val key, kr_val value)
{
    kr_bytearray *b = KR_AS(kr_bytearray, o);
    if (kv_is_type(key, &kt_slice)) {
        int64_t start, stop, step, slen;
        if (kslice_indices(rt, KR_AS(kr_slice, key), b->len, &start, &stop, &step, &slen) != KR_OK)
            return KR_ERR;
        if (kv_is_undef(value)) {
            if (slen <= 0) return KR_OK;
            if (step == 1) return ba_splice(rt, b, (size_t)start, (size_t)stop, NULL, 0);
            /* delete every STEP-th item: compact */
            if (step < 0) { start = start + step * (slen - 1); step = -step; }
            size_t w = (size_t)start;
            for (size_t r = (size_t)start; r < (size_t)b->len; r++) {
                if ((int64_t)r >= start && ((int64_t)r - start) % step == 0
                    && ((int64_t)r - start) / step < slen)
                    continue;
                b->data[w++] = b->data[r];
            }
            return kba_resize(rt, b, w);
        }
        strbuf sb = STRBUF_INIT;
        if (assign_source(rt, value, &sb) != KR_OK) { sb_free(&sb); return KR_ERR; }
        if (sb.oom) { sb_free(&sb); return kr_nomem(rt); }
        int r;
        if (step == 1) {
            if (stop < start) stop = start;
            r = ba_splice(rt, b, (size_t)start, (size_t)stop, (const unsigned char *)sb.p, sb.len);
        } else if ((int64_t)sb.len != slen) {
            r = kr_raise(rt, &kt_ValueError,
                         "attempt to assign bytes of size %zu to extended slice of size %lld",
                         sb.len, (long long)slen);
        } else {
            for (int64_t i = 0, j = start; i < slen; i++, j += step) b->data[j] = (unsigned char)sb.p[i];
            r = KR_OK;
        }
        sb_free(&sb);
        return r;
    }
    int64_t i;
    int is_index;
    if (kstr_index_arg(rt, key, &i, &is_index) != KR_OK) return KR_ERR;
    if (!is_index)
        return kr_raise(rt, &kt_TypeError, "bytearray indices must be integers or slices, not %s",
                        kr_type_name(key));
    if (i < 0) i += b->len;
    if (i < 0 || i >= b->len) return kr_raise(rt, &kt_IndexError, "bytearray index out of range");
    if (kv_is_undef(value)) return ba_splice(rt, b, (size_t)i, (size_t)i + 1, NULL, 0);
    int c;
    if (kb_byte_value(rt, value, &c) != KR_OK) return KR_ERR;
    b->data[i] = (unsigned char)c;
    return KR_OK;
}

/* += and *= change the bytearray in place. */
static int ba_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if ((op == OPB_INPLACE_ADD || op == OPB_INPLACE_MULTIPLY) && kv_is_bytearray(a)) {
        kr_bytearray *x = KR_AS(kr_bytearray, a);
        if (op == OPB_INPLACE_ADD) {
            const unsigned char *p;
            size_t n;
            if (!kbytes_buffer(b, &p, &n))
                return kr_raise(rt, &kt_TypeError, "can't concat %s to bytearray", kr_type_name(b));
            if (ba_splice(rt, x, (size_t)x->len, (size_t)x->len, p, n) != KR_OK) return KR_ERR;
            *out = a;
            return KR_OK;
        }
        int64_t count;
        int ok;
        if (kstr_repeat_count(rt, b, &count, &ok) != KR_OK) return KR_ERR;
        if (ok) {
            size_t n = (size_t)x->len;
            if (count <= 0 || n == 0) {
                if (kba_resize(rt, x, 0) != KR_OK) return KR_ERR;
            } else {
                if ((uint64_t)count > (uint64_t)INT64_MAX / 2 / n
                    || !mem_would_fit(&rt->heap.mem, n * (size_t)count))
                    return kr_nomem(rt);
                if (kba_resize(rt, x, n * (size_t)count) != KR_OK) return KR_ERR;
                for (int64_t i = 1; i < count; i++) memcpy(x->data + (size_t)i * n, x->data, n);
            }
            *out = a;
            return KR_OK;
        }
    }
    return kb_binop(rt, op, a, b, out);
}

/* ---- mutating methods -------------------------------------------------------- */

static inline bool ba_check(kr_val v) { return kv_is_bytearray(v); }
#define M(name) SA_METHOD(name, ba_check, "bytearray", #name + 3)
#define SELF KR_AS(kr_bytearray, self)

M(ba_append)
{
    if (sa_onearg(rt, "bytearray", "append", nargs, kwnames) != KR_OK) return KR_ERR;
    int c;
    if (kb_byte_value(rt, args[0], &c) != KR_OK) return KR_ERR;
    kr_bytearray *b = SELF;
    if (kba_resize(rt, b, (size_t)b->len + 1) != KR_OK) return KR_ERR;
    b->data[b->len - 1] = (unsigned char)c;
    *out = kv_none();
    return KR_OK;
}

M(ba_extend)
{
    if (sa_onearg(rt, "bytearray", "extend", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_bytearray *b = SELF;
    strbuf sb = STRBUF_INIT;
    const unsigned char *p;
    size_t n;
    if (kbytes_buffer(args[0], &p, &n)) {
        sb_append(&sb, (const char *)p, n);
    } else if (kv_is_str(args[0])) {
        return kr_raise(rt, &kt_TypeError, "expected iterable of integers; got: 'str'");
    } else {
        kr_type *t = kr_type_of(args[0]);
        if (!t->slots.iter && !t->slots.getitem)
            return kr_raise(rt, &kt_TypeError, "can't extend bytearray with %s",
                            kr_type_name(args[0]));
        if (kb_from_iterable(rt, args[0], &sb, "byte must be in range(0, 256)") != KR_OK) {
            sb_free(&sb);
            return KR_ERR;
        }
    }
    if (sb.oom) { sb_free(&sb); return kr_nomem(rt); }
    int r = ba_splice(rt, b, (size_t)b->len, (size_t)b->len, (const unsigned char *)sb.p, sb.len);
    sb_free(&sb);
    if (r != KR_OK) return r;
    *out = kv_none();
    return KR_OK;
}

M(ba_insert)
{
    if (sa_pos(rt, "bytearray", "insert", nargs, kwnames, 2, 2) != KR_OK) return KR_ERR;
    int64_t i;
    int c;
    if (sa_index(rt, args[0], &i, true) != KR_OK) return KR_ERR;
    if (kb_byte_value(rt, args[1], &c) != KR_OK) return KR_ERR;
    kr_bytearray *b = SELF;
    if (i < 0) { i += b->len; if (i < 0) i = 0; }
    if (i > b->len) i = b->len;
    unsigned char byte = (unsigned char)c;
    if (ba_splice(rt, b, (size_t)i, (size_t)i, &byte, 1) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

M(ba_pop)
{
    if (sa_pos(rt, "bytearray", "pop", nargs, kwnames, 0, 1) != KR_OK) return KR_ERR;
    kr_bytearray *b = SELF;
    int64_t i = -1;
    if (nargs && sa_index(rt, args[0], &i, false) != KR_OK) return KR_ERR;
    if (b->len == 0) return kr_raise(rt, &kt_IndexError, "pop from empty bytearray");
    if (i < 0) i += b->len;
    if (i < 0 || i >= b->len) return kr_raise(rt, &kt_IndexError, "pop index out of range");
    int c = b->data[i];
    if (ba_splice(rt, b, (size_t)i, (size_t)i + 1, NULL, 0) != KR_OK) return KR_ERR;
    *out = kv_int(c);
    return KR_OK;
}

M(ba_remove)
{
    if (sa_onearg(rt, "bytearray", "remove", nargs, kwnames) != KR_OK) return KR_ERR;
    int c;
    if (kb_byte_value(rt, args[0], &c) != KR_OK) return KR_ERR;
    kr_bytearray *b = SELF;
    unsigned char *p = b->len ? memchr(b->data, c, (size_t)b->len) : NULL;
    if (!p) return kr_raise(rt, &kt_ValueError, "value not found in bytearray");
    size_t i = (size_t)(p - b->data);
    if (ba_splice(rt, b, i, i + 1, NULL, 0) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

M(ba_reverse)
{
    if (sa_noargs(rt, "bytearray", "reverse", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_bytearray *b = SELF;
    for (int64_t i = 0, j = b->len - 1; i < j; i++, j--) {
        unsigned char t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    *out = kv_none();
    return KR_OK;
}

M(ba_clear)
{
    if (sa_noargs(rt, "bytearray", "clear", nargs, kwnames) != KR_OK) return KR_ERR;
    if (kba_resize(rt, SELF, 0) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

M(ba_copy)
{
    if (sa_noargs(rt, "bytearray", "copy", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_bytearray *b = kbytearray_new(rt, SELF->data, (size_t)SELF->len);
    if (!b) return KR_ERR;
    *out = kv_obj(&b->obj);
    return KR_OK;
}

KR_CFUNC(kba_append_f, "append", ba_append, KF_METHOD);
KR_CFUNC(kba_clear_f, "clear", ba_clear, KF_METHOD);
KR_CFUNC(kba_copy_f, "copy", ba_copy, KF_METHOD);
KR_CFUNC(kba_extend_f, "extend", ba_extend, KF_METHOD);
KR_CFUNC(kba_insert_f, "insert", ba_insert, KF_METHOD);
KR_CFUNC(kba_pop_f, "pop", ba_pop, KF_METHOD);
KR_CFUNC(kba_remove_f, "remove", ba_remove, KF_METHOD);
KR_CFUNC(kba_reverse_f, "reverse", ba_reverse, KF_METHOD);

kr_type kt_bytearray = {
    .head = { KR_STATIC_HDR(&kt_type), &ba_cls },
    .name = "bytearray", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = {
        .repr = ba_repr, .richcmp = kb_richcmp, .binop = ba_binop, .len = ba_len,
        .getitem = kb_getitem, .setitem = ba_setitem, .contains = kb_contains, .iter = kb_iter,
        .new_ = ba_new, .init = ba_init,
    },
    .basicsize = sizeof(kr_bytearray), .methods = kbytearray_methods,
};
