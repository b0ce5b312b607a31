/* The str type object: its slots (repr, hash, comparisons, +, *, %, len,
 * indexing and slicing, `in`, iteration) and the str iterator. */
#include "str_int.h"

#include "../compile/opcodes.h"
#include "../util/repr.h"
#include "../util/utf8.h"
#include "../vm/call.h"
#include "num.h"
#include "seq.h"

/* ---- repr / str / hash -------------------------------------------------- */

static int str_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_str *s = kstr_of(v);
    strbuf sb = STRBUF_INIT;
    repr_str(&sb, s->data, (size_t)s->nbytes);
    kr_str *r = kstr_from_sb(rt, &sb);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

static int str_str(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_str *r = kstr_exact(rt, kstr_of(v));
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

static int str_hash(kr_rt *rt, kr_val v, int64_t *out)
{
    (void)rt;
    *out = kstr_hash(kstr_of(v));
    return KR_OK;
}

/* ---- comparisons -------------------------------------------------------- */

/* UTF-8 byte order is code point order (surrogates' 3-byte forms too). */
int kstr_compare(const kr_str *a, const kr_str *b)
{
    size_t n = (size_t)(a->nbytes < b->nbytes ? a->nbytes : b->nbytes);
    int c = memcmp(a->data, b->data, n);
    if (c) return c < 0 ? -1 : 1;
    return a->nbytes < b->nbytes ? -1 : a->nbytes > b->nbytes;
}

static int str_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    (void)rt;
    if (!kv_is_str(a) || !kv_is_str(b)) { *out = kr_notimpl(); return KR_OK; }
    kr_str *x = kstr_of(a), *y = kstr_of(b);
    bool r;
    switch (op) {
    case KR_EQ: r = kstr_eq(x, y); break;
    case KR_NE: r = !kstr_eq(x, y); break;
    case KR_LT: r = kstr_compare(x, y) < 0; break;
    case KR_LE: r = kstr_compare(x, y) <= 0; break;
    case KR_GT: r = kstr_compare(x, y) > 0; break;
    default: r = kstr_compare(x, y) >= 0; break;
    }
    *out = kv_bool(r);
    return KR_OK;
}

/* ---- + * % ---------------------------------------------------------------- */

int kstr_repeat(kr_rt *rt, kr_str *s, int64_t n, kr_val *out)
{
    if (n <= 0 || s->nbytes == 0) {
        kr_str *e = kstr_empty(rt);
        if (!e) return KR_ERR;
        *out = kstr_val(e);
        return KR_OK;
    }
    if (n == 1 && s->obj.type == &kt_str) { *out = kstr_val(s); return KR_OK; }
    if (s->len > INT64_MAX / n)
        return kr_raise(rt, &kt_OverflowError, "repeated string is too long");
    if (s->nbytes > INT64_MAX / n) return kr_nomem(rt);
    size_t total = (size_t)s->nbytes * (size_t)n;
    kr_str *r = kstr_alloc(rt, total);
    if (!r) return KR_ERR;
    size_t sn = (size_t)s->nbytes;
    if (sn == 1) {
        memset(r->data, s->data[0], total);
    } else {
        memcpy(r->data, s->data, sn);
        size_t done = sn;
        while (done < total) {
            size_t k = done <= total - done ? done : total - done;
            memcpy(r->data + done, r->data, k);
            done += k;
        }
    }
    kstr_finish(r, s->len * n, kstr_is_ascii(s));
    *out = kstr_val(r);
    return KR_OK;
}

/* The repeat count of a sequence: ints and bools natively, objects with
 * __index__; NotImplemented (*ok 0) for other user objects, so their
 * reflected method can run; TypeError for other built-ins. */
int kstr_repeat_count(kr_rt *rt, kr_val n, int64_t *count, int *ok)
{
    *ok = 1;
    if (kv_is_int(n)) { *count = kv_as_int(n); return KR_OK; }
    if (kv_is_bool(n)) { *count = kv_as_bool(n); return KR_OK; }
    if (kv_is_bigint(n))
        return kr_raise(rt, &kt_OverflowError, "cannot fit 'int' into an index-sized integer");
    kr_type *t = kr_type_of(n);
    if (t->flags & KT_HEAPTYPE) {
        if (!kv_is_undef(vm_lookup_special(rt, n, "__rmul__"))
            && kv_is_undef(vm_lookup_special(rt, n, "__index__"))) {
            *ok = 0;
            return KR_OK;
        }
        if (!kv_is_undef(vm_lookup_special(rt, n, "__index__"))) {
            kr_val iv;
            if (kint_index(rt, n, &iv) != KR_OK) return KR_ERR;
            if (kv_is_int(iv)) { *count = kv_as_int(iv); return KR_OK; }
            if (kv_is_bool(iv)) { *count = kv_as_bool(iv); return KR_OK; }
            return kr_raise(rt, &kt_OverflowError,
                            "cannot fit 'int' into an index-sized integer");
        }
        *ok = 0;
        return KR_OK;
    }
    if (kv_is_anyint(n)) {
        /* an int subclass instance or a big int */
        kr_val iv;
        if (kint_index(rt, n, &iv) != KR_OK) return KR_ERR;
        if (kv_is_int(iv)) { *count = kv_as_int(iv); return KR_OK; }
        return kr_raise(rt, &kt_OverflowError,
                        "cannot fit 'int' into an index-sized integer");
    }
    return kr_raise(rt, &kt_TypeError, "can't multiply sequence by non-int of type '%s'",
                    kr_type_name(n));
}

int kstr_percent(kr_rt *rt, kr_str *fmt, kr_val args, kr_val *out);

static int str_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (op >= OPB_INPLACE_ADD) op -= OPB_INPLACE_ADD;
    switch (op) {
    case OPB_ADD:
        if (!kv_is_str(a)) break;
        if (!kv_is_str(b)) {
            if (kr_type_of(b)->flags & KT_HEAPTYPE) break;
            return kr_raise(rt, &kt_TypeError, "can only concatenate str (not \"%s\") to str",
                            kr_type_name(b));
        }
        {
            kr_str *r = kstr_concat(rt, kstr_of(a), kstr_of(b));
            if (!r) return KR_ERR;
            if (r->obj.type != &kt_str && !(r = kstr_exact(rt, r))) return KR_ERR;
            *out = kstr_val(r);
            return KR_OK;
        }
    case OPB_MULTIPLY: {
        kr_val s = a, n = b;
        if (!kv_is_str(a)) { s = b; n = a; }
        else if (kv_is_str(b)) {
            return kr_raise(rt, &kt_TypeError,
                            "can't multiply sequence by non-int of type 'str'");
        }
        int64_t count;
        int ok;
        if (kstr_repeat_count(rt, n, &count, &ok) != KR_OK) return KR_ERR;
        if (!ok) break;
        return kstr_repeat(rt, kstr_of(s), count, out);
    }
    case OPB_REMAINDER:
        if (!kv_is_str(a)) break;
        return kstr_percent(rt, kstr_of(a), b, out);
    default:
        break;
    }
    *out = kr_notimpl();
    return KR_OK;
}

/* ---- len, [], in ---------------------------------------------------------- */

static int str_len(kr_rt *rt, kr_val v, int64_t *out)
{
    (void)rt;
    *out = kstr_of(v)->len;
    return KR_OK;
}

/* s[start:stop:step] with adjusted indices. */
int kstr_slice(kr_rt *rt, kr_str *s, int64_t start, int64_t step, int64_t slen, kr_val *out)
{
    kr_str *r;
    if (slen <= 0) {
        r = kstr_empty(rt);
    } else if (step == 1) {
        size_t b0 = kstr_byte_offset(rt, s, start);
        size_t b1 = slen == s->len - start ? (size_t)s->nbytes
                                           : kstr_byte_offset(rt, s, start + slen);
        r = kstr_piece(rt, s, b0, b1 - b0);
    } else if (kstr_is_ascii(s)) {
        r = kstr_alloc(rt, (size_t)slen);
        if (r) {
            for (int64_t i = 0, j = start; i < slen; i++, j += step) r->data[i] = s->data[j];
            kstr_finish(r, slen, 1);
        }
    } else {
        strbuf sb = STRBUF_INIT;
        so_status st = so_slice(&sb, kstr_view(s), start, step, slen);
        if (st != SO_OK) { sb_free(&sb); return kr_nomem(rt); }
        r = kstr_from_sb(rt, &sb);
    }
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

/* An index value for s[i]: ints natively, __index__ otherwise (1: is an
 * index, 0: not an index type).  Big ints: IndexError as CPython. */
int kstr_index_arg(kr_rt *rt, kr_val key, int64_t *i, int *is_index)
{
    *is_index = 1;
    if (kv_is_int(key)) { *i = kv_as_int(key); return KR_OK; }
    if (kv_is_bool(key)) { *i = kv_as_bool(key); return KR_OK; }
    if (kv_is_anyint(key) || !kv_is_undef(vm_lookup_special(rt, key, "__index__"))) {
        kr_val iv;
        if (kint_index(rt, key, &iv) != KR_OK) return KR_ERR;
        if (kv_is_int(iv)) { *i = kv_as_int(iv); return KR_OK; }
        if (kv_is_bool(iv)) { *i = kv_as_bool(iv); return KR_OK; }
        return kr_raise(rt, &kt_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    *is_index = 0;
    return KR_OK;
}

static int str_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out)
{
    kr_str *s = kstr_of(o);
    if (kv_is_type(key, &kt_slice)) {
        int64_t start, stop, step, slen;
        if (kslice_indices(rt, KR_AS(kr_slice, key), s->len, &start, &stop, &step, &slen) != KR_OK)
            return KR_ERR;
        return kstr_slice(rt, s, start, step, slen, out);
    }
    int64_t i;
    int is_index;
    if (kstr_index_arg(rt, key, &i, &is_index) != KR_OK) return KR_ERR;
    if (!is_index)
        return kr_raise(rt, &kt_TypeError, "string indices must be integers, not '%s'",
                        kr_type_name(key));
    if (i < 0) i += s->len;
    if (i < 0 || i >= s->len) return kr_raise(rt, &kt_IndexError, "string index out of range");
    kr_str *c = kstr_char_at(rt, s, i);
    if (!c) return KR_ERR;
    *out = kstr_val(c);
    return KR_OK;
}

static int str_contains(kr_rt *rt, kr_val o, kr_val x, int *out)
{
    if (!kv_is_str(x))
        return kr_raise(rt, &kt_TypeError, "'in <string>' requires string as left operand, not %s",
                        kr_type_name(x));
    kr_str *h = kstr_of(o), *n = kstr_of(x);
    *out = so_mem_find(h->data, (size_t)h->nbytes, n->data, (size_t)n->nbytes) >= 0;
    return KR_OK;
}

/* ---- iteration: POS is a byte offset ---------------------------------------- */

static void seqiter_trace(kr_obj *o, heap_tracer *t)
{
    heap_visit_val(t, ((kr_seqiter *)(void *)o)->seq);
}

static const heap_class striter_cls = { "str_iterator", seqiter_trace, NULL, sizeof(kr_seqiter) };

static int str_iter(kr_rt *rt, kr_val o, kr_val *out)
{
    kr_seqiter *it = (kr_seqiter *)(void *)heap_alloc(&rt->heap, &kt_str_iterator, sizeof *it);
    if (!it) return kr_nomem(rt);
    it->seq = o;
    it->pos = 0;
    *out = kv_obj(&it->obj);
    return KR_OK;
}

static int striter_next(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_seqiter *it = KR_AS(kr_seqiter, v);
    if (kv_is_undef(it->seq)) return KR_STOP;
    kr_str *s = kstr_of(it->seq);
    if (it->pos >= s->nbytes) { it->seq = kv_undef(); return KR_STOP; }
    unsigned char c = (unsigned char)s->data[it->pos];
    kr_str *r;
    if (c < 0x80) {
        r = kstr_from_cp(rt, c);
        if (!r) return KR_ERR;
        it->pos++;
    } else {
        size_t n = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        r = kstr_alloc(rt, n);
        if (!r) return KR_ERR;
        memcpy(r->data, s->data + it->pos, n);
        kstr_finish(r, 1, 0);
        it->pos += (int64_t)n;
    }
    *out = kstr_val(r);
    return KR_OK;
}

static int iter_self(kr_rt *rt, kr_val v, kr_val *out)
{
    (void)rt;
    *out = v;
    return KR_OK;
}

kr_type kt_str_iterator = {
    .head = { KR_STATIC_HDR(&kt_type), &striter_cls },
    .name = "str_ascii_iterator", .flags = 0, .base = &kt_object,
    .slots = { .iter = iter_self, .next = striter_next },
    .basicsize = sizeof(kr_seqiter),
};

/* ---- the type ------------------------------------------------------------ */

int kstr_type_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames,
                  kr_val *out);
extern const kr_cfunc *const kstr_methods[];

kr_type kt_str = {
    .head = { KR_STATIC_HDR(&kt_type), &kstr_heap_class },
    .name = "str", .flags = KT_BASETYPE | KT_STR_SUB, .base = &kt_object,
    .slots = {
        .repr = str_repr, .str = str_str, .hash = str_hash, .richcmp = str_richcmp,
        .binop = str_binop, .len = str_len, .getitem = str_getitem,
        .contains = str_contains, .iter = str_iter, .new_ = kstr_type_new,
    },
    .basicsize = sizeof(kr_str), .methods = kstr_methods,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str",
};
