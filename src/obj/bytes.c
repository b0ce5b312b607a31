/* bytes objects: allocation, hashing, the constructor shared with
 * bytearray, the bytes type's slots and the bytes iterator (which also
 * iterates bytearrays). */
#include "bytes_int.h"

#include "../compile/opcodes.h"
#include "../util/repr.h"
#include "../vm/call.h"
#include "num.h"
#include "seq.h"

/* ---- allocation --------------------------------------------------------- */

static void bytes_free(kr_heap *h, kr_obj *o);
static const heap_class bytes_cls = { "bytes", NULL, bytes_free, sizeof(kr_bytes) };

/* Block: the type's instance size plus the bytes and a NUL. */
static void bytes_free(kr_heap *h, kr_obj *o)
{
    kr_bytes *b = (kr_bytes *)(void *)o;
    const heap_class *c = (const heap_class *)(const void *)o->type;
    size_t base = c == &bytes_cls ? sizeof(kr_bytes) : heap_dead_size(o);
    mem_free(&h->mem, o, base + (size_t)b->len + 1);
}

kr_bytes *kb_alloc(kr_rt *rt, kr_type *t, size_t n)
{
    size_t base = t == &kt_bytes ? sizeof(kr_bytes) : t->basicsize;
    if (base < sizeof(kr_bytes)) base = sizeof(kr_bytes);
    if (n > (size_t)INT64_MAX / 2 || !mem_would_fit(&rt->heap.mem, n)) { kr_nomem(rt); return NULL; }
    kr_bytes *b = (kr_bytes *)(void *)heap_alloc(&rt->heap, t, base + n + 1);
    if (!b) { kr_nomem(rt); return NULL; }
    b->len = (int64_t)n;
    b->hash = -1;
    return b;
}

kr_bytes *kbytes_new(kr_rt *rt, const void *p, size_t n)
{
    kr_bytes *b = kb_alloc(rt, &kt_bytes, n);
    if (b && p && n) memcpy(b->data, p, n);
    return b;
}

bool kbytes_buffer(kr_val v, const unsigned char **p, size_t *n)
{
    if (!kv_is_obj(v)) return false;
    if (kr_isinstance(v, &kt_bytes)) {
        kr_bytes *b = KR_AS(kr_bytes, v);
        *p = b->data;
        *n = (size_t)b->len;
        return true;
    }
    if (kr_isinstance(v, &kt_bytearray)) {
        kr_bytearray *b = KR_AS(kr_bytearray, v);
        *p = b->data ? b->data : (const unsigned char *)"";
        *n = (size_t)b->len;
        return true;
    }
    return kmemview_buffer(v, p, n);
}

int64_t kbytes_hash(kr_bytes *b)
{
    if (b->hash == -1) b->hash = kstr_hash_bytes((const char *)b->data, (size_t)b->len);
    return b->hash;
}

int kb_result(kr_rt *rt, kr_val self, const void *p, size_t n, kr_val *out)
{
    if (kv_is_bytearray(self)) {
        kr_bytearray *b = kbytearray_new(rt, p, n);
        if (!b) return KR_ERR;
        *out = kv_obj(&b->obj);
        return KR_OK;
    }
    if (kv_is_type(self, &kt_bytes) && n == (size_t)KR_AS(kr_bytes, self)->len
        && p == KR_AS(kr_bytes, self)->data) {
        *out = self;
        return KR_OK;
    }
    kr_bytes *b = kbytes_new(rt, p, n);
    if (!b) return KR_ERR;
    *out = kbytes_val(b);
    return KR_OK;
}

int kb_need_buffer(kr_rt *rt, kr_val v, const unsigned char **p, size_t *n)
{
    if (kbytes_buffer(v, p, n)) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "a bytes-like object is required, not '%s'",
                    kr_type_name(v));
}

int kb_byte_value(kr_rt *rt, kr_val v, int *out)
{
    int64_t x;
    if (sa_index(rt, v, &x, true) != KR_OK) return KR_ERR;
    if (x < 0 || x > 255) return kr_raise(rt, &kt_ValueError, "byte must be in range(0, 256)");
    *out = (int)x;
    return KR_OK;
}

int kb_compare(const unsigned char *a, size_t an, const unsigned char *b, size_t bn)
{
    int c = memcmp(a, b, an < bn ? an : bn);
    if (c) return c < 0 ? -1 : 1;
    return an < bn ? -1 : an > bn;
}

/* ---- construction (bytes() and bytearray()) ------------------------------- */

/* An item of an iterable of ints: MSG is the range error's text. */
static int kb_item(kr_rt *rt, kr_val v, const char *msg, int *c)
{
    if (kv_is_int(v) && (uint64_t)kv_as_int(v) < 256) { *c = (int)kv_as_int(v); return KR_OK; }
    int64_t x;
    if (sa_index(rt, v, &x, true) != KR_OK) return KR_ERR;
    if (x < 0 || x > 255) return kr_raise(rt, &kt_ValueError, "%s", msg);
    *c = (int)x;
    return KR_OK;
}

int kb_from_iterable(kr_rt *rt, kr_val iterable, strbuf *sb, const char *msg)
{
    const kr_val *items = NULL;
    int64_t n = 0;
    if (kr_isinstance(iterable, &kt_list)) {
        items = KR_AS(kr_list, iterable)->items;
        n = KR_AS(kr_list, iterable)->len;
    } else if (kr_isinstance(iterable, &kt_tuple)) {
        items = KR_AS(kr_tuple, iterable)->items;
        n = KR_AS(kr_tuple, iterable)->len;
    }
    if (items) {
        for (int64_t i = 0; i < n; i++) {
            int c;
            if (kb_item(rt, items[i], msg, &c) != KR_OK) return KR_ERR;
            sb_putc(sb, (char)c);
        }
        return sb->oom ? kr_nomem(rt) : KR_OK;
    }
    kr_val it, v;
    rt->in_gc_unsafe++;
    int r = kr_iter(rt, iterable, &it);
    while (r == KR_OK) {
        r = kr_next(rt, it, &v);
        if (r != KR_OK) break;
        int c;
        if (kb_item(rt, v, msg, &c) != KR_OK) { r = KR_ERR; break; }
        sb_putc(sb, (char)c);
        if (sb->len > kstr_cap(rt)) { r = kr_nomem(rt); break; }
    }
    rt->in_gc_unsafe--;
    if (r == KR_STOP) r = KR_OK;
    if (r == KR_OK && sb->oom) r = kr_nomem(rt);
    return r;
}

int kb_construct(kr_rt *rt, const char *fname, const kr_val *args, int nargs, kr_obj *kwnames,
                 strbuf *sb)
{
    kr_val a[3];
    if (sa_kw(rt, fname, "source,encoding,errors", 0, 0, args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    kr_val src = a[0];
    for (int i = 1; i < 3; i++) {
        if (!kv_is_undef(a[i]) && !kv_is_str(a[i]))
            return kr_raise(rt, &kt_TypeError, "%s() argument '%s' must be str, not %s", fname,
                            i == 1 ? "encoding" : "errors", sa_tname(a[i]));
    }
    if (kv_is_undef(src)) {
        if (!kv_is_undef(a[1]))
            return kr_raise(rt, &kt_TypeError, "encoding without a string argument");
        if (!kv_is_undef(a[2]))
            return kr_raise(rt, &kt_TypeError, "errors without a string argument");
        return KR_OK;
    }
    if (kv_is_str(src)) {
        if (kv_is_undef(a[1]))
            return kr_raise(rt, &kt_TypeError, "string argument without an encoding");
        kr_str *enc = kstr_of(a[1]);
        int codec = kcodec_lookup(rt, enc->data, (size_t)enc->nbytes);
        if (codec < 0) return KR_ERR;
        kr_val b;
        if (kcodec_encode(rt, kstr_of(src), codec, enc->data,
                          kv_is_undef(a[2]) ? NULL : kstr_of(a[2])->data, &b) != KR_OK)
            return KR_ERR;
        sb_append(sb, (const char *)KR_AS(kr_bytes, b)->data, (size_t)KR_AS(kr_bytes, b)->len);
        return sb->oom ? kr_nomem(rt) : KR_OK;
    }
    if (!kv_is_undef(a[1])) return kr_raise(rt, &kt_TypeError, "encoding without a string argument");
    if (!kv_is_undef(a[2])) return kr_raise(rt, &kt_TypeError, "errors without a string argument");
    const unsigned char *p;
    size_t n;
    if (kbytes_buffer(src, &p, &n)) {
        sb_append(sb, (const char *)p, n);
        return sb->oom ? kr_nomem(rt) : KR_OK;
    }
    /* __bytes__ (bytes() only) */
    if (!strcmp(fname, "bytes") && !kv_is_undef(vm_lookup_special(rt, src, "__bytes__"))) {
        kr_val r;
        rt->in_gc_unsafe++;
        int rc = vm_call_special(rt, src, "__bytes__", NULL, 0, &r);
        rt->in_gc_unsafe--;
        if (rc != KR_OK) return rc;
        if (!kr_isinstance(r, &kt_bytes))
            return kr_raise(rt, &kt_TypeError, "__bytes__ returned non-bytes (type %s)",
                            kr_type_name(r));
        sb_append(sb, (const char *)KR_AS(kr_bytes, r)->data, (size_t)KR_AS(kr_bytes, r)->len);
        return sb->oom ? kr_nomem(rt) : KR_OK;
    }
    /* a count */
    if (kv_is_int(src) || kv_is_bool(src) || kv_is_anyint(src)
        || !kv_is_undef(vm_lookup_special(rt, src, "__index__"))) {
        int64_t cnt;
        if (sa_index(rt, src, &cnt, false) != KR_OK) {
            if (kr_exc_matches(rt, &kt_OverflowError)) {
                kr_exc_clear(rt);
                return kr_raise(rt, &kt_OverflowError, "cannot fit 'int' into an index-sized integer");
            }
            return KR_ERR;
        }
        if (cnt < 0) return kr_raise(rt, &kt_ValueError, "negative count");
        if (!mem_would_fit(&rt->heap.mem, (size_t)cnt)) return kr_nomem(rt);
        char *w = sb_reserve(sb, (size_t)cnt);
        if (!w) return kr_nomem(rt);
        memset(w, 0, (size_t)cnt);
        sb_commit(sb, (size_t)cnt);
        return KR_OK;
    }
    /* an iterable of ints */
    kr_type *t = kr_type_of(src);
    if (!t->slots.iter && !t->slots.getitem) {
        if (!strcmp(fname, "bytes"))
            return kr_raise(rt, &kt_TypeError, "cannot convert '%s' object to bytes",
                            kr_type_name(src));
        return kr_raise(rt, &kt_TypeError, "cannot convert '%s' object to bytearray",
                        kr_type_name(src));
    }
    return kb_from_iterable(rt, src, sb, strcmp(fname, "bytes") ? "byte must be in range(0, 256)"
                                                                : "bytes must be in range(0, 256)");
}

static int bytes_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames,
                     kr_val *out)
{
    if (t != &kt_bytes && (t->flags & KT_HAS_DICT) && t->dict_offset >= sizeof(kr_bytes))
        return kr_raise(rt, &kt_NotImplementedError,
                        "subclasses of bytes with instance attributes are not supported");
    if (nargs == 1 && !kwnames && kv_is_type(args[0], &kt_bytes) && t == &kt_bytes) {
        *out = args[0];
        return KR_OK;
    }
    strbuf sb = STRBUF_INIT;
    if (kb_construct(rt, "bytes", args, nargs, kwnames, &sb) != KR_OK) { sb_free(&sb); return KR_ERR; }
    kr_bytes *b = kb_alloc(rt, t, sb.len);
    if (b && sb.len) memcpy(b->data, sb.p, sb.len);
    sb_free(&sb);
    if (!b) return KR_ERR;
    *out = kbytes_val(b);
    return KR_OK;
}

/* ---- slots ---------------------------------------------------------------- */

static int bytes_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_bytes *b = KR_AS(kr_bytes, v);
    strbuf sb = STRBUF_INIT;
    repr_bytes(&sb, (const char *)b->data, (size_t)b->len);
    kr_str *r = kstr_from_sb(rt, &sb);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

static int bytes_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    (void)rt;
    *out = kbytes_hash(KR_AS(kr_bytes, v));
    return KR_OK;
}

/* Comparison of bytes-likes (shared with bytearray). */
int kb_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    (void)rt;
    const unsigned char *p, *q;
    size_t pn, qn;
    if (!kbytes_buffer(a, &p, &pn) || !kbytes_buffer(b, &q, &qn)) {
        *out = kr_notimpl();
        return KR_OK;
    }
    bool r;
    if (op == KR_EQ || op == KR_NE) {
        bool eq = pn == qn && memcmp(p, q, pn) == 0;
        r = op == KR_EQ ? eq : !eq;
    } else {
        int c = kb_compare(p, pn, q, qn);
        r = op == KR_LT ? c < 0 : op == KR_LE ? c <= 0 : op == KR_GT ? c > 0 : c >= 0;
    }
    *out = kv_bool(r);
    return KR_OK;
}

/* + * % of bytes-likes; SELF_KIND: the left operand decides the result
 * type (bytes + bytearray is bytes). */
int kb_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    int inplace = op >= OPB_INPLACE_ADD;
    if (inplace) op -= OPB_INPLACE_ADD;
    (void)inplace;
    const unsigned char *p, *q;
    size_t pn, qn;
    switch (op) {
    case OPB_ADD:
        if (!kbytes_buffer(a, &p, &pn)) break;
        if (!kbytes_buffer(b, &q, &qn)) {
            if (kr_type_of(b)->flags & KT_HEAPTYPE) break;
            return kr_raise(rt, &kt_TypeError, "can't concat %s to %s", kr_type_name(b),
                            kr_type_name(a));
        }
        {
            if (pn + qn > (size_t)INT64_MAX / 2 || !mem_would_fit(&rt->heap.mem, pn + qn))
                return kr_nomem(rt);
            if (kv_is_bytearray(a)) {
                kr_bytearray *r = kbytearray_new(rt, NULL, pn + qn);
                if (!r) return KR_ERR;
                memcpy(r->data, p, pn);
                memcpy(r->data + pn, q, qn);
                *out = kv_obj(&r->obj);
                return KR_OK;
            }
            kr_bytes *r = kb_alloc(rt, &kt_bytes, pn + qn);
            if (!r) return KR_ERR;
            memcpy(r->data, p, pn);
            memcpy(r->data + pn, q, qn);
            *out = kbytes_val(r);
            return KR_OK;
        }
    case OPB_MULTIPLY: {
        kr_val s = a, n = b;
        if (!kbytes_buffer(a, &p, &pn)) { s = b; n = a; kbytes_buffer(s, &p, &pn); }
        int64_t count;
        int ok;
        if (kbytes_buffer(n, &q, &qn))
            return kr_raise(rt, &kt_TypeError, "can't multiply sequence by non-int of type '%s'",
                            kr_type_name(n));
        if (kstr_repeat_count(rt, n, &count, &ok) != KR_OK) return KR_ERR;
        if (!ok) break;
        if (count < 0) count = 0;
        if (pn && (uint64_t)count > (uint64_t)INT64_MAX / pn) return kr_nomem(rt);
        size_t total = pn * (size_t)count;
        if (!mem_would_fit(&rt->heap.mem, total)) return kr_nomem(rt);
        unsigned char *w;
        kr_val r;
        if (kv_is_bytearray(s)) {
            kr_bytearray *ba = kbytearray_new(rt, NULL, total);
            if (!ba) return KR_ERR;
            w = ba->data;
            r = kv_obj(&ba->obj);
        } else {
            if (count == 1 && kv_is_type(s, &kt_bytes)) { *out = s; return KR_OK; }
            kr_bytes *bb = kb_alloc(rt, &kt_bytes, total);
            if (!bb) return KR_ERR;
            w = bb->data;
            r = kbytes_val(bb);
        }
        for (int64_t i = 0; i < count && pn; i++) memcpy(w + (size_t)i * pn, p, pn);
        *out = r;
        return KR_OK;
    }
    case OPB_REMAINDER: {
        if (!kbytes_buffer(a, &p, &pn)) break;
        strbuf sb = STRBUF_INIT;
        if (kbytes_percent(rt, p, pn, b, &sb) != KR_OK) { sb_free(&sb); return KR_ERR; }
        int r = kb_result(rt, a, sb.p ? sb.p : "", sb.len, out);
        sb_free(&sb);
        return r;
    }
    default:
        break;
    }
    *out = kr_notimpl();
    return KR_OK;
}

static int bytes_len(kr_rt *rt, kr_val v, int64_t *out)
{
    (void)rt;
    *out = KR_AS(kr_bytes, v)->len;
    return KR_OK;
}

/* s[key] for bytes-likes: an int, or a slice as SELF's kind. */
int kb_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    const unsigned char *p = NULL;
    size_t n = 0;
    kbytes_buffer(o, &p, &n);
    bool ba = kv_is_bytearray(o);
    if (kv_is_type(key, &kt_slice)) {
        int64_t start, stop, step, slen;
        if (kslice_indices(rt, KR_AS(kr_slice, key), (int64_t)n, &start, &stop, &step, &slen) != KR_OK)
            return KR_ERR;
        if (slen <= 0) return kb_result(rt, o, "", 0, out);
        if (step == 1) return kb_result(rt, o, p + start, (size_t)slen, out);
        strbuf sb = STRBUF_INIT;
        char *w = sb_reserve(&sb, (size_t)slen);
        if (!w) { sb_free(&sb); return kr_nomem(rt); }
        for (int64_t i = 0, j = start; i < slen; i++, j += step) w[i] = (char)p[j];
        sb_commit(&sb, (size_t)slen);
        int r = kb_result(rt, o, sb.p, sb.len, out);
        sb_free(&sb);
        return r;
    }
    int64_t i;
    int is_index;
    if (kstr_index_arg(rt, key, &i, &is_index) != KR_OK) return KR_ERR;
    if (!is_index)
        return kr_raise(rt, &kt_TypeError, "%s indices must be integers or slices, not %s",
                        ba ? "bytearray" : "byte", kr_type_name(key));
    if (i < 0) i += (int64_t)n;
    if (i < 0 || i >= (int64_t)n)
        return kr_raise(rt, &kt_IndexError, ba ? "bytearray index out of range" : "index out of range");
    *out = kv_int(p[i]);
    return KR_OK;
}

int kb_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    const unsigned char *p = NULL, *q;
    size_t n = 0, qn;
    kbytes_buffer(o, &p, &n);
    if (kbytes_buffer(x, &q, &qn)) {
        *out = so_mem_find((const char *)p, n, (const char *)q, qn) >= 0;
        return KR_OK;
    }
    if (kv_is_int(x) || kv_is_bool(x) || kv_is_anyint(x)
        || !kv_is_undef(vm_lookup_special(rt, x, "__index__"))) {
        int c = 0;
        if (kb_byte_value(rt, x, &c) != KR_OK) return KR_ERR;
        *out = n && memchr(p, c, n) != NULL;
        return KR_OK;
    }
    return kr_raise(rt, &kt_TypeError, "a bytes-like object is required, not '%s'",
                    kr_type_name(x));
}

/* ---- iteration ----------------------------------------------------------- */

static void bytesiter_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_val(t, ((kr_seqiter *)(void *)o)->seq);
}

static const heap_class bytesiter_cls = { "bytes_iterator", bytesiter_trace, NULL,
                                          sizeof(kr_seqiter) };

int kb_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    kr_seqiter *it = (kr_seqiter *)(void *)heap_alloc(&rt->heap, &kt_bytes_iterator, sizeof *it);
    if (!it) return kr_nomem(rt);
    it->seq = o;
    *out = kv_obj(&it->obj);
    return KR_OK;
}

static int bytesiter_next(kr_rt *rt, kr_val v, kr_val *out)
{
    (void)rt;
    kr_seqiter *it = KR_AS(kr_seqiter, v);
    if (kv_is_undef(it->seq)) return KR_STOP;
    const unsigned char *p = NULL;
    size_t n = 0;
    kbytes_buffer(it->seq, &p, &n);
    if ((size_t)it->pos >= n) { it->seq = kv_undef(); return KR_STOP; }
    *out = kv_int(p[it->pos++]);
    return KR_OK;
}

static int iter_self(kr_rt *rt, kr_val v, kr_val *out)
{
    (void)rt;
    *out = v;
    return KR_OK;
}

kr_type kt_bytes_iterator = {
    .head = { KR_STATIC_HDR(&kt_type), &bytesiter_cls },
    .name = "bytes_iterator", .base = &kt_object,
    .slots = { .iter = iter_self, .next = bytesiter_next },
    .basicsize = sizeof(kr_seqiter),
};

kr_type kt_bytes = {
    .head = { KR_STATIC_HDR(&kt_type), &bytes_cls },
    .name = "bytes", .flags = KT_BASETYPE, .base = &kt_object,
    .slots = {
        .repr = bytes_repr, .hash = bytes_hash, .richcmp = kb_richcmp, .binop = kb_binop,
        .len = bytes_len, .getitem = kb_getitem, .contains = kb_contains, .iter = kb_iter,
        .new_ = bytes_new,
    },
    .basicsize = sizeof(kr_bytes), .methods = kbytes_methods,
};
