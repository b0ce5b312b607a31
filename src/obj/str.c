/* str objects: allocation, interning, hashing, equality, concatenation,
 * character access through the lazy index, and the in-place `+=`.
 *
 * Invariants (see types.h for the layout):
 *  - DATA holds valid generalized UTF-8 (lone surrogates as 3 bytes),
 *    NUL-terminated; LEN counts code points; KS_ASCII iff NBYTES == LEN.
 *  - An exact str keeps its bytes inline (CAP 0) in a block of
 *    sizeof(kr_str) + str_inl_size(NBYTES) bytes, except after an in-place
 *    append moved them to a separate block (KS_MOVED: the original inline
 *    size is then stored in the first bytes of INL, which is why the inline
 *    area is at least 8 bytes).  A str subclass instance always has a
 *    separate block (its instance block is the type's basicsize).
 *  - INDEX, when built, holds the byte offset of every 64th character:
 *    index[k] is the offset of character 64*k, for k in 0 .. len/64.
 *  - HASH is -1 until computed and never -1 afterwards.
 *  - Interned strs (KS_INTERNED) and the cached one-character strs
 *    (KS_SHARED) are never changed in place. */
#include "str_int.h"

#include <stdio.h>
#include <stdlib.h>

#include "../util/utf8.h"

#define KS_MOVED  0x4u
#define KS_SHARED 0x8u

#define STR_INL_MIN 8

static size_t str_inl_size(size_t nbytes)
{
    return nbytes + 1 < STR_INL_MIN ? STR_INL_MIN : nbytes + 1;
}

static size_t str_index_bytes(const kr_str *s)
{
    return (size_t)((s->len >> 6) + 1) * sizeof(uint32_t);
}

static void str_free(kr_heap *h, kr_obj *o)
{
    kr_str *s = (kr_str *)(void *)o;
    const heap_class *c = (const heap_class *)(const void *)o->type;
    if (s->index) mem_free(&h->mem, s->index, str_index_bytes(s));
    if (s->cap) mem_free(&h->mem, s->data, s->cap);
    size_t block;
    if (c == &kstr_heap_class) {
        size_t inl;
        if (s->obj.aux & KS_MOVED) memcpy(&inl, s->inl, sizeof inl);
        else inl = str_inl_size((size_t)s->nbytes);
        block = sizeof(kr_str) + inl;
    } else {
        block = heap_dead_size(o);
    }
    mem_free(&h->mem, o, block);
}

const heap_class kstr_heap_class = { "str", NULL, str_free, sizeof(kr_str) };

/* ---- allocation ------------------------------------------------------- */

kr_str *kstr_alloc(kr_rt *rt, size_t nbytes)
{
    if (nbytes > (size_t)INT64_MAX / 2 || !mem_would_fit(&rt->heap.mem, nbytes)) {
        kr_nomem(rt);
        return NULL;
    }
    kr_str *s = (kr_str *)(void *)heap_alloc(&rt->heap, &kt_str,
                                             sizeof(kr_str) + str_inl_size(nbytes));
    if (!s) { kr_nomem(rt); return NULL; }
    s->nbytes = (int64_t)nbytes;
    s->hash = -1;
    s->data = s->inl;
    return s;
}

kr_str *kstr_alloc_type(kr_rt *rt, kr_type *t, size_t nbytes)
{
    if (t == &kt_str) return kstr_alloc(rt, nbytes);
    if (nbytes > (size_t)INT64_MAX / 2) { kr_nomem(rt); return NULL; }
    size_t bs = t->basicsize > sizeof(kr_str) ? t->basicsize : sizeof(kr_str);
    char *d = mem_alloc(&rt->heap.mem, nbytes + 1);
    if (!d) { kr_nomem(rt); return NULL; }
    kr_str *s = (kr_str *)(void *)heap_alloc(&rt->heap, t, bs);
    if (!s) { mem_free(&rt->heap.mem, d, nbytes + 1); kr_nomem(rt); return NULL; }
    d[nbytes] = 0;
    s->nbytes = (int64_t)nbytes;
    s->hash = -1;
    s->data = d;
    s->cap = nbytes + 1;
    return s;
}

/* Counts code points (non-continuation bytes) eight bytes at a time. */
size_t kstr_count_chars(const char *s, size_t n, int *ascii)
{
    const unsigned char *p = (const unsigned char *)s;
    uint64_t hi = 0;
    size_t i = 0, cont = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        hi |= w;
        if (w & 0x8080808080808080ull) {
            /* continuation bytes: 10xxxxxx */
            uint64_t c = (w & ~(w << 1)) & 0x8080808080808080ull;
            cont += (size_t)__builtin_popcountll(c);
        }
    }
    for (; i < n; i++) {
        hi |= p[i];
        cont += (p[i] & 0xC0) == 0x80;
    }
    *ascii = (hi & 0x8080808080808080ull) == 0;
    return n - cont;
}

static kr_str *str_char_cached(kr_rt *rt, unsigned c)
{
    kr_obj *o = rt->ascii_chars[c];
    if (o) return (kr_str *)(void *)o;
    kr_str *s = kstr_alloc(rt, 1);
    if (!s) return NULL;
    s->data[0] = (char)c;
    kstr_finish(s, 1, 1);
    s->obj.aux |= KS_SHARED;
    rt->ascii_chars[c] = &s->obj;
    return s;
}

kr_str *kstr_new_hint(kr_rt *rt, const char *s, size_t n, int ascii)
{
    if (n == 0) return kstr_empty(rt);
    if (n == 1 && (unsigned char)s[0] < 0x80) return str_char_cached(rt, (unsigned char)s[0]);
    size_t len = n;
    if (!ascii) len = kstr_count_chars(s, n, &ascii);
    kr_str *r = kstr_alloc(rt, n);
    if (!r) return NULL;
    memcpy(r->data, s, n);
    kstr_finish(r, (int64_t)len, ascii);
    return r;
}

kr_str *kstr_new(kr_rt *rt, const char *s, size_t n)
{
    return kstr_new_hint(rt, s, n, 0);
}

kr_str *kstr_cstr(kr_rt *rt, const char *s)
{
    return kstr_new_hint(rt, s, strlen(s), 0);
}

kr_str *kstr_from_sb(kr_rt *rt, strbuf *sb)
{
    if (sb->oom) { sb_free(sb); kr_nomem(rt); return NULL; }
    kr_str *r = kstr_new_hint(rt, sb->p ? sb->p : "", sb->len, 0);
    sb_free(sb);
    return r;
}

kr_str *kstr_empty(kr_rt *rt)
{
    return kstr_intern(rt, "", 0);
}

kr_str *kstr_exact(kr_rt *rt, kr_str *s)
{
    if (s->obj.type == &kt_str) return s;
    return kstr_new_hint(rt, s->data, (size_t)s->nbytes, kstr_is_ascii(s));
}

kr_str *kstr_piece(kr_rt *rt, kr_str *s, size_t off, size_t n)
{
    if (off == 0 && n == (size_t)s->nbytes && s->obj.type == &kt_str) return s;
    return kstr_new_hint(rt, s->data + off, n, kstr_is_ascii(s));
}

/* A minimal printf: %s %c %d %i %u %x with l/ll/z modifiers, width and
 * precision (also '*'), %% and %U (a kr_str *). */
kr_str *kstr_vfmt(kr_rt *rt, const char *fmt, va_list ap)
{
    strbuf sb = STRBUF_INIT;
    const char *p = fmt;
    while (*p) {
        const char *q = strchr(p, '%');
        if (!q) { sb_puts(&sb, p); break; }
        sb_append(&sb, p, (size_t)(q - p));
        p = q + 1;
        if (*p == '%') { sb_putc(&sb, '%'); p++; continue; }
        char spec[32];
        size_t k = 0;
        spec[k++] = '%';
        int width = -1, prec = -1, haswidth = 0, hasprec = 0;
        while (*p && strchr("-+ #0", *p) && k < 8) spec[k++] = *p++;
        if (*p == '*') { width = va_arg(ap, int); haswidth = 1; spec[k++] = *p++; }
        else while (*p >= '0' && *p <= '9' && k < 16) spec[k++] = *p++;
        if (*p == '.') {
            spec[k++] = *p++;
            if (*p == '*') { prec = va_arg(ap, int); hasprec = 1; spec[k++] = *p++; }
            else while (*p >= '0' && *p <= '9' && k < 24) spec[k++] = *p++;
        }
        int lmod = 0;   /* 1 l, 2 ll, 3 z */
        if (*p == 'l') { p++; lmod = 1; if (*p == 'l') { p++; lmod = 2; } }
        else if (*p == 'z') { p++; lmod = 3; }
        char conv = *p ? *p++ : 0;
        switch (conv) {
        case 'U': {
            kr_str *u = va_arg(ap, kr_str *);
            sb_append(&sb, u->data, (size_t)u->nbytes);
            break;
        }
        case 's': case 'c': case 'd': case 'i': case 'u': case 'x': case 'X': case 'p': {
            if (lmod == 1) spec[k++] = 'l';
            else if (lmod == 2) { spec[k++] = 'l'; spec[k++] = 'l'; }
            else if (lmod == 3) spec[k++] = 'z';
            spec[k++] = conv;
            spec[k] = 0;
            /* at most one '*' of each kind was taken above */
#define KS_EMIT(T) do { T v = va_arg(ap, T); \
            if (haswidth && hasprec) sb_printf(&sb, spec, width, prec, v); \
            else if (haswidth) sb_printf(&sb, spec, width, v); \
            else if (hasprec) sb_printf(&sb, spec, prec, v); \
            else sb_printf(&sb, spec, v); } while (0)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
            if (conv == 's') KS_EMIT(const char *);
            else if (conv == 'p') KS_EMIT(void *);
            else if (conv == 'c') KS_EMIT(int);
            else if (conv == 'd' || conv == 'i') {
                if (lmod == 1) KS_EMIT(long);
                else if (lmod == 2) KS_EMIT(long long);
                else if (lmod == 3) KS_EMIT(ptrdiff_t);
                else KS_EMIT(int);
            } else {
                if (lmod == 1) KS_EMIT(unsigned long);
                else if (lmod == 2) KS_EMIT(unsigned long long);
                else if (lmod == 3) KS_EMIT(size_t);
                else KS_EMIT(unsigned);
            }
#pragma GCC diagnostic pop
#undef KS_EMIT
            break;
        }
        default:
            sb_putc(&sb, '%');
            if (conv) sb_putc(&sb, conv);
            break;
        }
    }
    return kstr_from_sb(rt, &sb);
}

kr_str *kstr_fmt(kr_rt *rt, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kr_str *r = kstr_vfmt(rt, fmt, ap);
    va_end(ap);
    return r;
}

/* ---- hashing and interning ---------------------------------------------- */

/* A 64-bit multiply-xorshift hash over 8-byte words (deterministic; CPython's
 * is randomized, so no program can depend on the values). */
static int64_t str_hash_bytes(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = 0x9E3779B97F4A7C15ull ^ ((uint64_t)n * 0xff51afd7ed558ccdull);
    size_t len = n;
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    memcpy(&w, p, n);
    h = (h ^ w ^ ((uint64_t)len << 56)) * 0x94d049bb133111ebull;
    h ^= h >> 31;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t kstr_hash_bytes(const char *s, size_t n) { return str_hash_bytes(s, n); }

int64_t kstr_hash(kr_str *s)
{
    if (s->hash != -1) return s->hash;
    s->hash = str_hash_bytes(s->data, (size_t)s->nbytes);
    return s->hash;
}

static kr_str *intern_find(kr_dict *d, const char *s, size_t n, int64_t h, dk_probe *pr)
{
    int64_t ix;
    dk_probe_start(pr, &d->t, h);
    while (dk_probe_next(pr, &ix) == DK_CANDIDATE) {
        kr_val k = dk_entries(&d->t)[ix].key;
        if (!kv_is_str(k)) continue;
        kr_str *ks = kstr_of(k);
        if ((size_t)ks->nbytes == n && memcmp(ks->data, s, n) == 0) return ks;
    }
    return NULL;
}

kr_str *kstr_intern(kr_rt *rt, const char *s, size_t n)
{
    if (!rt->intern) return kstr_new_hint(rt, s, n, 0);
    kr_dict *d = (kr_dict *)(void *)rt->intern;
    int64_t h = str_hash_bytes(s, n);
    dk_probe pr;
    kr_str *k = intern_find(d, s, n, h, &pr);
    if (k) return k;
    int ascii;
    size_t len = kstr_count_chars(s, n, &ascii);
    k = kstr_alloc(rt, n);
    if (!k) return NULL;
    memcpy(k->data, s, n);
    kstr_finish(k, (int64_t)len, ascii);
    k->hash = h;
    if (dk_insert(&rt->heap.mem, &d->t, &pr, h, kstr_val(k), kstr_val(k)) < 0) {
        kr_nomem(rt);
        return NULL;
    }
    k->obj.aux |= KS_INTERNED;
    return k;
}

kr_str *kstr_intern_cstr(kr_rt *rt, const char *s)
{
    return kstr_intern(rt, s, strlen(s));
}

kr_str *kstr_intern_str(kr_rt *rt, kr_str *s)
{
    if (s->obj.aux & KS_INTERNED) return s;
    if (!rt->intern) return s;
    kr_dict *d = (kr_dict *)(void *)rt->intern;
    int64_t h = kstr_hash(s);
    dk_probe pr;
    kr_str *k = intern_find(d, s->data, (size_t)s->nbytes, h, &pr);
    if (k) return k;
    if (s->obj.type != &kt_str || (s->obj.aux & KS_SHARED))
        return kstr_intern(rt, s->data, (size_t)s->nbytes);
    if (dk_insert(&rt->heap.mem, &d->t, &pr, h, kstr_val(s), kstr_val(s)) < 0) {
        kr_nomem(rt);
        return NULL;
    }
    s->obj.aux |= KS_INTERNED;
    return s;
}

bool kstr_eq(const kr_str *a, const kr_str *b)
{
    if (a == b) return true;
    if (a->nbytes != b->nbytes) return false;
    if ((a->obj.aux & b->obj.aux & KS_INTERNED) && a->obj.type == &kt_str && b->obj.type == &kt_str)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    return memcmp(a->data, b->data, (size_t)a->nbytes) == 0;
}

bool kstr_eq_cstr(const kr_str *a, const char *s)
{
    size_t n = strlen(s);
    return (size_t)a->nbytes == n && memcmp(a->data, s, n) == 0;
}

/* ---- building ----------------------------------------------------------- */

kr_str *kstr_concat(kr_rt *rt, kr_str *a, kr_str *b)
{
    if (b->nbytes == 0 && a->obj.type == &kt_str) return a;
    if (a->nbytes == 0 && b->obj.type == &kt_str) return b;
    size_t n = (size_t)a->nbytes + (size_t)b->nbytes;
    kr_str *r = kstr_alloc(rt, n);
    if (!r) return NULL;
    memcpy(r->data, a->data, (size_t)a->nbytes);
    memcpy(r->data + a->nbytes, b->data, (size_t)b->nbytes);
    kstr_finish(r, a->len + b->len, kstr_is_ascii(a) && kstr_is_ascii(b));
    return r;
}

int kstr_append_inplace(kr_rt *rt, kr_str *a, kr_str *b)
{
    if (a->obj.type != &kt_str || (a->obj.aux & (KS_INTERNED | KS_SHARED)))
        return KR_STOP;
    size_t an = (size_t)a->nbytes, bn = (size_t)b->nbytes;
    if (bn == 0) return KR_OK;
    size_t need = an + bn + 1;
    if (a->index) {
        mem_free(&rt->heap.mem, a->index, str_index_bytes(a));
        a->index = NULL;
    }
    if (a->cap) {
        if (need > a->cap) {
            size_t ncap = need + need / 2;
            if (!mem_would_fit(&rt->heap.mem, ncap - a->cap)) ncap = need;
            char *d = mem_realloc(&rt->heap.mem, a->data, a->cap, ncap);
            if (!d) return kr_nomem(rt);
            a->data = d;
            a->cap = ncap;
        }
    } else if (need > str_inl_size(an)) {
        /* move out of the inline area; remember its size there */
        size_t ncap = need < 64 ? 64 : need + need / 2;
        if (!mem_would_fit(&rt->heap.mem, ncap)) ncap = need;
        char *d = mem_alloc(&rt->heap.mem, ncap);
        if (!d) return kr_nomem(rt);
        memcpy(d, a->data, an);
        size_t inl = str_inl_size(an);
        memcpy(a->inl, &inl, sizeof inl);
        a->obj.aux |= KS_MOVED;
        a->data = d;
        a->cap = ncap;
    }
    /* B may be A itself: its bytes are a->data[0..an) now */
    memcpy(a->data + an, b == a ? a->data : b->data, bn);
    a->data[an + bn] = 0;
    int ascii = kstr_is_ascii(a) && kstr_is_ascii(b);
    a->len += b->len;
    a->nbytes = (int64_t)(an + bn);
    if (!ascii) a->obj.aux &= ~KS_ASCII;
    a->hash = -1;
    return KR_OK;
}

/* ---- character access --------------------------------------------------- */

static inline size_t utf8_lead_len(unsigned char c)
{
    return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

static void str_build_index(kr_rt *rt, kr_str *s)
{
    if ((uint64_t)s->nbytes > UINT32_MAX) return;
    size_t nidx = (size_t)(s->len >> 6) + 1;
    uint32_t *ix = mem_alloc(&rt->heap.mem, nidx * sizeof *ix);
    if (!ix) return;    /* sequential scans then: slower, still correct */
    const unsigned char *p = (const unsigned char *)s->data;
    size_t k = 0, ci = 0;
    for (size_t i = 0; i < (size_t)s->nbytes; i++) {
        if ((p[i] & 0xC0) == 0x80) continue;
        if ((ci & 63) == 0) ix[k++] = (uint32_t)i;
        ci++;
    }
    while (k < nidx) ix[k++] = (uint32_t)s->nbytes;
    s->index = ix;
}

size_t kstr_byte_offset(kr_rt *rt, kr_str *s, int64_t ci)
{
    if (kstr_is_ascii(s)) return (size_t)ci;
    if (ci >= s->len) return (size_t)s->nbytes;
    if (ci <= 0) return 0;
    size_t off = 0, left = (size_t)ci;
    if (s->len > 64) {
        if (!s->index) str_build_index(rt, s);
        if (s->index) {
            off = s->index[ci >> 6];
            left = (size_t)(ci & 63);
        }
    }
    const unsigned char *p = (const unsigned char *)s->data;
    while (left--) off += utf8_lead_len(p[off]);
    return off;
}

kr_str *kstr_from_cp(kr_rt *rt, uint32_t cp)
{
    if (cp < 0x80) return str_char_cached(rt, cp);
    char buf[4];
    int n = utf8_encode(cp, buf);
    kr_str *r = kstr_alloc(rt, (size_t)n);
    if (!r) return NULL;
    memcpy(r->data, buf, (size_t)n);
    kstr_finish(r, 1, 0);
    return r;
}

kr_str *kstr_char_at(kr_rt *rt, kr_str *s, int64_t i)
{
    if (kstr_is_ascii(s)) return str_char_cached(rt, (unsigned char)s->data[i]);
    size_t off = kstr_byte_offset(rt, s, i);
    unsigned char c = (unsigned char)s->data[off];
    if (c < 0x80) return str_char_cached(rt, c);
    size_t n = utf8_lead_len(c);
    kr_str *r = kstr_alloc(rt, n);
    if (!r) return NULL;
    memcpy(r->data, s->data + off, n);
    kstr_finish(r, 1, 0);
    return r;
}

/* ---- limits ------------------------------------------------------------- */

size_t kstr_cap(kr_rt *rt)
{
    const mem_state *m = &rt->heap.mem;
    if (!m->limit) return (size_t)INT64_MAX / 4;
    return m->used < m->limit ? m->limit - m->used : 0;
}

int kstr_so_status(kr_rt *rt, so_status st, const char *overflow_msg)
{
    switch (st) {
    case SO_OK: return KR_OK;
    case SO_EMPTY_SEP: return kr_raise(rt, &kt_ValueError, "empty separator");
    case SO_OVERFLOW: return kr_raise(rt, &kt_OverflowError, "%s", overflow_msg);
    default: return kr_nomem(rt);
    }
}
