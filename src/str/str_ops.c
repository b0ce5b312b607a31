/* str kernel: characters/offsets, search, split, padding, slicing,
 * predicates.  See str_ops.h for the contracts. */
#define _GNU_SOURCE   /* memmem, memrchr */
#include <stdlib.h>
#include <string.h>

#include "str/str_ops.h"
#include "unicode/unicode.h"
#include "util/utf8.h"

#define ISCONT(b) (((unsigned char)(b) & 0xC0) == 0x80)

void so_spans_free(so_spans *sp)
{
    free(sp->v);
    sp->v = NULL;
    sp->len = sp->cap = 0;
    sp->oom = 0;
}

static void spans_add(so_spans *sp, size_t off, size_t n)
{
    if (sp->oom) return;
    if (sp->len == sp->cap) {
        size_t nc = sp->cap ? sp->cap * 2 : 8;
        so_span *nv = realloc(sp->v, nc * sizeof *nv);
        if (!nv) { sp->oom = 1; return; }
        sp->v = nv;
        sp->cap = nc;
    }
    sp->v[sp->len].off = off;
    sp->v[sp->len].n = n;
    sp->len++;
}

/* Reverses spans [from, len): rsplit collects pieces right to left. */
static void spans_reverse(so_spans *sp, size_t from)
{
    if (sp->oom || sp->len < 2) return;
    for (size_t i = from, j = sp->len - 1; i < j; i++, j--) {
        so_span t = sp->v[i]; sp->v[i] = sp->v[j]; sp->v[j] = t;
    }
}

/* ---- characters and offsets ------------------------------------------- */

int so_is_ascii(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return 0;
    return 1;
}

size_t so_char_count(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += !ISCONT(s[i]);
    return c;
}

so_view so_view_of(const char *s, size_t n)
{
    so_view v;
    v.s = s ? s : "";
    v.n = n;
    v.len = so_char_count(v.s, n);
    v.ascii = v.len == n;
    return v;
}

size_t so_byte_offset(so_view v, size_t ci)
{
    if (v.ascii) return ci < v.n ? ci : v.n;
    if (ci >= v.len) return v.n;
    if (ci <= v.len / 2) {
        size_t i = 0;
        for (;;) {
            if (!ISCONT(v.s[i])) { if (ci == 0) return i; ci--; }
            i++;
        }
    }
    /* nearer the end: walk back over len - ci characters */
    size_t back = v.len - ci, i = v.n;
    while (back) { i--; if (!ISCONT(v.s[i])) back--; }
    return i;
}

size_t so_char_index(so_view v, size_t bo)
{
    if (v.ascii) return bo;
    if (bo <= v.n / 2) return so_char_count(v.s, bo);
    return v.len - so_char_count(v.s + bo, v.n - bo);
}

uint32_t so_next_cp(const char *s, size_t n, size_t *i)
{
    unsigned char c = (unsigned char)s[*i];
    if (c < 0x80) { (*i)++; return c; }
    uint32_t cp;
    int k = utf8_decode(s + *i, n - *i, &cp, 1);
    if (k <= 0) { (*i)++; return 0xFFFD; }   /* not reached on valid input */
    *i += (size_t)k;
    return cp;
}

uint32_t so_prev_cp(const char *s, size_t *i)
{
    size_t e = *i, b = e - 1;
    while (b > 0 && ISCONT(s[b]) && e - b < 4) b--;
    *i = b;
    size_t j = b;
    return so_next_cp(s, e, &j);
}

uint32_t so_char_at(so_view v, size_t ci)
{
    size_t i = so_byte_offset(v, ci);
    return so_next_cp(v.s, v.n, &i);
}

void so_adjust_indices(int64_t *start, int64_t *end, size_t len)
{
    int64_t L = (int64_t)len;
    if (*end > L) *end = L;
    else if (*end < 0) { *end += L; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += L; if (*start < 0) *start = 0; }
}

/* ---- byte search ------------------------------------------------------- */

int64_t so_mem_find(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0) return 0;
    if (nn > hn) return -1;
    const char *p = nn == 1 ? memchr(h, n[0], hn) : memmem(h, hn, n, nn);
    return p ? (int64_t)(p - h) : -1;
}

/* Last occurrence by KMP over the reversed texts: linear, O(nn) memory.
 * Returns -2 when out of memory (the caller falls back to the naive scan). */
static int64_t rfind_kmp(const char *h, size_t hn, const char *n, size_t nn)
{
    size_t *fail = malloc(nn * sizeof *fail);
    if (!fail) return -2;
#define R(k) n[nn - 1 - (k)]
    fail[0] = 0;
    for (size_t q = 1, k = 0; q < nn; q++) {
        while (k > 0 && R(k) != R(q)) k = fail[k - 1];
        if (R(k) == R(q)) k++;
        fail[q] = k;
    }
    size_t q = 0;
    int64_t res = -1;
    for (size_t j = 0; j < hn; j++) {
        char c = h[hn - 1 - j];
        while (q > 0 && R(q) != c) q = fail[q - 1];
        if (R(q) == c) q++;
        if (q == nn) { res = (int64_t)(hn - 1 - j); break; }
    }
#undef R
    free(fail);
    return res;
}

int64_t so_mem_rfind(const char *h, size_t hn, const char *n, size_t nn)
{
    if (nn == 0) return (int64_t)hn;
    if (nn > hn) return -1;
    if (nn == 1) {
        const char *p = memrchr(h, n[0], hn);
        return p ? (int64_t)(p - h) : -1;
    }
    /* Naive: candidates by memrchr on the first byte, checked with memcmp.
     * WORK counts compared bytes; past a budget linear in the distance
     * scanned (plus the KMP table's cost) we switch to KMP. */
    size_t lim = hn - nn + 1;   /* candidates are [0, lim) */
    size_t work = 0;
    while (lim > 0) {
        const char *p = memrchr(h, n[0], lim);
        if (!p) return -1;
        size_t i = (size_t)(p - h);
        if (memcmp(p + 1, n + 1, nn - 1) == 0) return (int64_t)i;
        work += nn;
        if (work > 4 * (hn - i) + 2 * nn + 64) {
            int64_t r = rfind_kmp(h, i + nn - 1, n, nn);
            if (r != -2) return r;
            work = 0;   /* no memory: stay naive */
        }
        lim = i;
    }
    return -1;
}

/* ---- search ------------------------------------------------------------ */

/* Byte range of characters [start, end) (adjusted, start <= end). */
static void char_range(so_view h, int64_t start, int64_t end, size_t *b0, size_t *b1)
{
    *b0 = so_byte_offset(h, (size_t)start);
    if (h.ascii) { *b1 = (size_t)end; return; }
    if ((size_t)end >= h.len) { *b1 = h.n; return; }
    /* walk on from b0 rather than from an end */
    size_t i = *b0, k = (size_t)(end - start);
    if (k > h.len / 2) { *b1 = so_byte_offset(h, (size_t)end); return; }
    while (k) { i++; while (i < h.n && ISCONT(h.s[i])) i++; k--; }
    *b1 = i;
}

int64_t so_find(so_view h, so_view nd, int64_t start, int64_t end)
{
    so_adjust_indices(&start, &end, h.len);
    if (end - start < (int64_t)nd.len) return -1;
    if (nd.n == 0) return start;
    size_t b0, b1;
    char_range(h, start, end, &b0, &b1);
    int64_t r = so_mem_find(h.s + b0, b1 - b0, nd.s, nd.n);
    if (r < 0) return -1;
    return start + (int64_t)(h.ascii ? (size_t)r : so_char_count(h.s + b0, (size_t)r));
}

int64_t so_rfind(so_view h, so_view nd, int64_t start, int64_t end)
{
    so_adjust_indices(&start, &end, h.len);
    if (end - start < (int64_t)nd.len) return -1;
    if (nd.n == 0) return end;
    size_t b0, b1;
    char_range(h, start, end, &b0, &b1);
    int64_t r = so_mem_rfind(h.s + b0, b1 - b0, nd.s, nd.n);
    if (r < 0) return -1;
    if (h.ascii) return start + r;
    /* count back from END: the match is near it typically */
    return end - (int64_t)so_char_count(h.s + b0 + r, b1 - b0 - (size_t)r);
}

int64_t so_count(so_view h, so_view nd, int64_t start, int64_t end)
{
    so_adjust_indices(&start, &end, h.len);
    if (end - start < (int64_t)nd.len) return 0;
    if (nd.n == 0) return end - start + 1;
    size_t b0, b1;
    char_range(h, start, end, &b0, &b1);
    int64_t c = 0;
    size_t i = b0;
    for (;;) {
        int64_t r = so_mem_find(h.s + i, b1 - i, nd.s, nd.n);
        if (r < 0) break;
        c++;
        i += (size_t)r + nd.n;
    }
    return c;
}

int so_startswith(so_view h, so_view p, int64_t start, int64_t end)
{
    so_adjust_indices(&start, &end, h.len);
    end -= (int64_t)p.len;
    if (end < start) return 0;
    if (p.n == 0) return 1;
    size_t b = so_byte_offset(h, (size_t)start);
    return h.n - b >= p.n && memcmp(h.s + b, p.s, p.n) == 0;
}

int so_endswith(so_view h, so_view p, int64_t start, int64_t end)
{
    so_adjust_indices(&start, &end, h.len);
    int64_t e = end;
    end -= (int64_t)p.len;
    if (end < start) return 0;
    if (p.n == 0) return 1;
    /* a byte match ending at a boundary covers exactly p.len characters */
    size_t be = so_byte_offset(h, (size_t)e);
    return be >= p.n && memcmp(h.s + be - p.n, p.s, p.n) == 0;
}

int so_contains(so_view h, so_view nd)
{
    return so_mem_find(h.s, h.n, nd.s, nd.n) >= 0;
}

/* ---- split ------------------------------------------------------------- */

static int is_space_at(const char *s, size_t n, size_t i, size_t *next)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *next = i + 1;
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    }
    size_t j = i;
    uint32_t cp = so_next_cp(s, n, &j);
    *next = j;
    return uc_is_space(cp);
}

static int is_space_before(const char *s, size_t i, size_t *prev)
{
    unsigned char c = (unsigned char)s[i - 1];
    if (c < 0x80) {
        *prev = i - 1;
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    }
    size_t j = i;
    uint32_t cp = so_prev_cp(s, &j);
    *prev = j;
    return uc_is_space(cp);
}

static so_status spans_status(const so_spans *out)
{
    return out->oom ? SO_NOMEM : SO_OK;
}

so_status so_split(so_spans *out, so_view s, const so_view *sep, int64_t maxsplit)
{
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const char *p = s.s;
    size_t n = s.n, i = 0, nx;
    if (!sep) {
        while (maxsplit-- > 0) {
            while (i < n && is_space_at(p, n, i, &nx)) i = nx;
            if (i == n) break;
            size_t j = i;
            is_space_at(p, n, i, &nx);   /* first char is not a space */
            i = nx;
            while (i < n && !is_space_at(p, n, i, &nx)) i = nx;
            spans_add(out, j, i - j);
        }
        if (i < n) {
            while (i < n && is_space_at(p, n, i, &nx)) i = nx;
            if (i != n) spans_add(out, i, n - i);
        }
        return spans_status(out);
    }
    if (sep->n == 0) return SO_EMPTY_SEP;
    while (maxsplit-- > 0) {
        int64_t r = so_mem_find(p + i, n - i, sep->s, sep->n);
        if (r < 0) break;
        spans_add(out, i, (size_t)r);
        i += (size_t)r + sep->n;
    }
    spans_add(out, i, n - i);
    return spans_status(out);
}

so_status so_rsplit(so_spans *out, so_view s, const so_view *sep, int64_t maxsplit)
{
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const char *p = s.s;
    size_t first = out->len, pv;
    size_t i = s.n;   /* everything at or after i has been consumed */
    if (!sep) {
        while (maxsplit-- > 0) {
            while (i > 0 && is_space_before(p, i, &pv)) i = pv;
            if (i == 0) break;
            size_t j = i;
            is_space_before(p, i, &pv);
            i = pv;
            while (i > 0 && !is_space_before(p, i, &pv)) i = pv;
            spans_add(out, i, j - i);
        }
        if (i > 0) {
            while (i > 0 && is_space_before(p, i, &pv)) i = pv;
            if (i > 0) spans_add(out, 0, i);
        }
        spans_reverse(out, first);
        return spans_status(out);
    }
    if (sep->n == 0) return SO_EMPTY_SEP;
    while (maxsplit-- > 0) {
        int64_t r = so_mem_rfind(p, i, sep->s, sep->n);
        if (r < 0) break;
        size_t e = (size_t)r + sep->n;
        spans_add(out, e, i - e);
        i = (size_t)r;
    }
    spans_add(out, 0, i);
    spans_reverse(out, first);
    return spans_status(out);
}

so_status so_splitlines(so_spans *out, so_view s, int keepends)
{
    const char *p = s.s;
    size_t n = s.n, i = 0;
    while (i < n) {
        size_t j = i, eol, brk = n, after = n;
        /* find the next line break and the offset after it */
        while (i < n) {
            unsigned char c = (unsigned char)p[i];
            if (c < 0x80) {
                if ((c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e)) {
                    brk = i;
                    after = (c == '\r' && i + 1 < n && p[i + 1] == '\n') ? i + 2 : i + 1;
                    break;
                }
                i++;
                continue;
            }
            size_t k = i;
            uint32_t cp = so_next_cp(p, n, &k);
            if (uc_is_linebreak(cp)) { brk = i; after = k; break; }
            i = k;
        }
        eol = keepends ? after : brk;
        spans_add(out, j, eol - j);
        i = after;
    }
    return spans_status(out);
}

so_status so_partition(so_view s, so_view sep, so_span out[3])
{
    if (sep.n == 0) return SO_EMPTY_SEP;
    int64_t r = so_mem_find(s.s, s.n, sep.s, sep.n);
    if (r < 0) {
        out[0] = (so_span){ 0, s.n };
        out[1] = (so_span){ s.n, 0 };
        out[2] = (so_span){ s.n, 0 };
        return SO_OK;
    }
    size_t b = (size_t)r;
    out[0] = (so_span){ 0, b };
    out[1] = (so_span){ b, sep.n };
    out[2] = (so_span){ b + sep.n, s.n - b - sep.n };
    return SO_OK;
}

so_status so_rpartition(so_view s, so_view sep, so_span out[3])
{
    if (sep.n == 0) return SO_EMPTY_SEP;
    int64_t r = so_mem_rfind(s.s, s.n, sep.s, sep.n);
    if (r < 0) {
        out[0] = (so_span){ 0, 0 };
        out[1] = (so_span){ 0, 0 };
        out[2] = (so_span){ 0, s.n };
        return SO_OK;
    }
    size_t b = (size_t)r;
    out[0] = (so_span){ 0, b };
    out[1] = (so_span){ b, sep.n };
    out[2] = (so_span){ b + sep.n, s.n - b - sep.n };
    return SO_OK;
}

/* Is the character at S[i..j) one of CHARS?  (NULL: whitespace.)  A byte
 * match of a whole encoded character is a character match (UTF-8 is
 * self-synchronising). */
static int in_set(const char *s, size_t i, size_t j, const so_view *chars)
{
    if (!chars) {
        size_t nx;
        return is_space_at(s, j, i, &nx);
    }
    if (j - i == 1) return chars->n && memchr(chars->s, s[i], chars->n) != NULL;
    return so_mem_find(chars->s, chars->n, s + i, j - i) >= 0;
}

so_span so_strip(so_view s, const so_view *chars, int which)
{
    size_t i = 0, j = s.n;
    if (which & SO_LEFT) {
        while (i < j) {
            size_t k = i;
            so_next_cp(s.s, s.n, &k);
            if (!in_set(s.s, i, k, chars)) break;
            i = k;
        }
    }
    if (which & SO_RIGHT) {
        while (j > i) {
            size_t k = j;
            so_prev_cp(s.s, &k);
            if (!in_set(s.s, k, j, chars)) break;
            j = k;
        }
    }
    return (so_span){ i, j - i };
}

so_span so_removeprefix(so_view s, so_view p)
{
    if (p.n <= s.n && memcmp(s.s, p.s, p.n) == 0) return (so_span){ p.n, s.n - p.n };
    return (so_span){ 0, s.n };
}

so_span so_removesuffix(so_view s, so_view p)
{
    if (p.n && p.n <= s.n && memcmp(s.s + s.n - p.n, p.s, p.n) == 0)
        return (so_span){ 0, s.n - p.n };
    return (so_span){ 0, s.n };
}

/* ---- building new text ------------------------------------------------- */

static so_status sb_status(const strbuf *out)
{
    return out->oom ? SO_NOMEM : SO_OK;
}

so_status so_replace(strbuf *out, so_view s, so_view old, so_view repl,
                     int64_t count, size_t cap)
{
    if (count < 0) count = INT64_MAX;
    if (old.n == 0) {
        /* insert REPL before each character and at the end */
        int64_t k = (int64_t)s.len + 1 < count ? (int64_t)s.len + 1 : count;
        if (k > 0 && repl.n > 0) {
            if ((uint64_t)repl.len > (uint64_t)(INT64_MAX - (int64_t)s.len) / (uint64_t)k)
                return SO_OVERFLOW;
            if (repl.n > (cap < s.n ? 0 : (cap - s.n)) / (uint64_t)k) return SO_TOO_BIG;
        } else if (s.n > cap) {
            return SO_TOO_BIG;
        }
        size_t i = 0;
        int64_t done = 0;
        while (i < s.n) {
            if (done < k) { sb_append(out, repl.s, repl.n); done++; }
            else { sb_append(out, s.s + i, s.n - i); i = s.n; break; }
            size_t j = i;
            so_next_cp(s.s, s.n, &j);
            sb_append(out, s.s + i, j - i);
            i = j;
        }
        if (done < k) sb_append(out, repl.s, repl.n);
        return sb_status(out);
    }
    /* count the matches first, so the size is checked before allocating */
    int64_t k = 0;
    for (size_t i = 0; k < count;) {
        int64_t r = so_mem_find(s.s + i, s.n - i, old.s, old.n);
        if (r < 0) break;
        k++;
        i += (size_t)r + old.n;
    }
    if (repl.len > old.len &&
        (uint64_t)k > (uint64_t)(INT64_MAX - (int64_t)s.len) / (repl.len - old.len))
        return SO_OVERFLOW;
    uint64_t size = s.n;
    if (repl.n >= old.n) {
        uint64_t d = repl.n - old.n;
        if (k && d > (cap < s.n ? 0 : cap - s.n) / (uint64_t)k) return SO_TOO_BIG;
        size += d * (uint64_t)k;
    } else {
        size -= (old.n - repl.n) * (uint64_t)k;
    }
    if (size > cap) return SO_TOO_BIG;
    if (!sb_reserve(out, (size_t)size)) return SO_NOMEM;
    size_t i = 0;
    for (int64_t m = 0; m < k; m++) {
        int64_t r = so_mem_find(s.s + i, s.n - i, old.s, old.n);
        sb_append(out, s.s + i, (size_t)r);
        sb_append(out, repl.s, repl.n);
        i += (size_t)r + old.n;
    }
    sb_append(out, s.s + i, s.n - i);
    return sb_status(out);
}

so_status so_join(strbuf *out, so_view sep, const so_view *items, size_t nitems,
                  size_t cap)
{
    uint64_t total = 0;
    for (size_t i = 0; i < nitems; i++) {
        total += items[i].n + (i ? sep.n : 0);
        if (total > cap) return SO_TOO_BIG;
    }
    if (!sb_reserve(out, (size_t)total)) return SO_NOMEM;
    for (size_t i = 0; i < nitems; i++) {
        if (i) sb_append(out, sep.s, sep.n);
        sb_append(out, items[i].s, items[i].n);
    }
    return sb_status(out);
}

static void put_fill(strbuf *out, uint32_t fill, uint64_t k)
{
    char e[4];
    int en = utf8_encode(fill, e);
    char *p = sb_reserve(out, (size_t)k * (size_t)en);
    if (!p) return;
    if (en == 1) memset(p, e[0], (size_t)k);
    else for (uint64_t i = 0; i < k; i++) memcpy(p + i * (size_t)en, e, (size_t)en);
    sb_commit(out, (size_t)k * (size_t)en);
}

so_status so_expandtabs(strbuf *out, so_view s, int64_t tabsize, size_t cap)
{
    /* pass 1: size (in characters, as CPython checks, and in bytes); the
     * OverflowError wins over the cap as CPython sizes before allocating.
     * BYTES <= J + 3 * s.n cannot wrap. */
    int64_t j = 0, col = 0;
    uint64_t bytes = 0;
    for (size_t i = 0; i < s.n;) {
        unsigned char c = (unsigned char)s.s[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                if (j > INT64_MAX - incr) return SO_OVERFLOW;
                col += incr; j += incr; bytes += (uint64_t)incr;
            }
            i++;
            continue;
        }
        size_t k = i;
        so_next_cp(s.s, s.n, &k);
        j++; col++; bytes += k - i;
        if (c == '\n' || c == '\r') col = 0;
        i = k;
    }
    if (bytes > cap) return SO_TOO_BIG;
    if (!sb_reserve(out, (size_t)bytes)) return SO_NOMEM;
    col = 0;
    for (size_t i = 0; i < s.n;) {
        unsigned char c = (unsigned char)s.s[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                put_fill(out, ' ', (uint64_t)incr);
                col += incr;
            }
            i++;
            continue;
        }
        size_t k = i;
        so_next_cp(s.s, s.n, &k);
        sb_append(out, s.s + i, k - i);
        col++;
        if (c == '\n' || c == '\r') col = 0;
        i = k;
    }
    return sb_status(out);
}

static so_status pad(strbuf *out, so_view s, uint64_t left, uint64_t right,
                     uint32_t fill, size_t cap)
{
    char e[4];
    uint64_t en = (uint64_t)utf8_encode(fill, e);
    uint64_t room = cap < s.n ? 0 : cap - s.n;
    if (s.n > cap || left > room / en || right > room / en || (left + right) > room / en)
        return SO_TOO_BIG;
    if (!sb_reserve(out, (size_t)(s.n + (left + right) * en))) return SO_NOMEM;
    put_fill(out, fill, left);
    sb_append(out, s.s, s.n);
    put_fill(out, fill, right);
    return sb_status(out);
}

so_status so_center(strbuf *out, so_view s, int64_t width, uint32_t fill, size_t cap)
{
    if (width <= (int64_t)s.len) return pad(out, s, 0, 0, fill, cap);
    int64_t marg = width - (int64_t)s.len;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(out, s, (uint64_t)left, (uint64_t)(marg - left), fill, cap);
}

so_status so_ljust(strbuf *out, so_view s, int64_t width, uint32_t fill, size_t cap)
{
    if (width <= (int64_t)s.len) return pad(out, s, 0, 0, fill, cap);
    return pad(out, s, 0, (uint64_t)(width - (int64_t)s.len), fill, cap);
}

so_status so_rjust(strbuf *out, so_view s, int64_t width, uint32_t fill, size_t cap)
{
    if (width <= (int64_t)s.len) return pad(out, s, 0, 0, fill, cap);
    return pad(out, s, (uint64_t)(width - (int64_t)s.len), 0, fill, cap);
}

so_status so_zfill(strbuf *out, so_view s, int64_t width, size_t cap)
{
    if (width <= (int64_t)s.len) return pad(out, s, 0, 0, '0', cap);
    uint64_t fill = (uint64_t)(width - (int64_t)s.len);
    if (s.n && (s.s[0] == '+' || s.s[0] == '-')) {
        /* the sign moves in front of the zeros */
        so_view rest = { s.s + 1, s.n - 1, s.len - 1, s.ascii };
        if (s.n > cap) return SO_TOO_BIG;
        sb_putc(out, s.s[0]);
        return pad(out, rest, fill, 0, '0', cap - 1);
    }
    return pad(out, s, fill, 0, '0', cap);
}

so_status so_repeat(strbuf *out, so_view s, int64_t n, size_t cap)
{
    if (n <= 0 || s.n == 0) return SO_OK;
    if (s.len > (uint64_t)INT64_MAX / (uint64_t)n) return SO_OVERFLOW;
    if (s.n > cap / (uint64_t)n) return SO_TOO_BIG;
    size_t total = s.n * (size_t)n;
    char *p = sb_reserve(out, total);
    if (!p) return SO_NOMEM;
    /* doubling copies: O(log n) memcpy calls */
    memcpy(p, s.s, s.n);
    size_t done = s.n;
    while (done < total) {
        size_t k = done <= total - done ? done : total - done;
        memcpy(p + done, p, k);
        done += k;
    }
    sb_commit(out, total);
    return SO_OK;
}

/* ---- slicing ----------------------------------------------------------- */

int64_t so_slice_adjust(size_t len, int64_t *start, int64_t *stop, int64_t step)
{
    int64_t L = (int64_t)len;
    if (step < -INT64_MAX) step = -INT64_MAX;
    if (*start < 0) { *start += L; if (*start < 0) *start = step < 0 ? -1 : 0; }
    else if (*start >= L) *start = step < 0 ? L - 1 : L;
    if (*stop < 0) { *stop += L; if (*stop < 0) *stop = step < 0 ? -1 : 0; }
    else if (*stop >= L) *stop = step < 0 ? L - 1 : L;
    if (step < 0) {
        if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
    } else if (*start < *stop) {
        return (*stop - *start - 1) / step + 1;
    }
    return 0;
}

so_status so_slice(strbuf *out, so_view s, int64_t start, int64_t step, int64_t slicelen)
{
    if (slicelen <= 0) return SO_OK;
    if (s.ascii) {
        if (step == 1) { sb_append(out, s.s + start, (size_t)slicelen); return sb_status(out); }
        char *p = sb_reserve(out, (size_t)slicelen);
        if (!p) return SO_NOMEM;
        for (int64_t k = 0; k < slicelen; k++) p[k] = s.s[start + k * step];
        sb_commit(out, (size_t)slicelen);
        return SO_OK;
    }
    size_t i = so_byte_offset(s, (size_t)start);
    if (step == 1) {
        size_t j = i;
        for (int64_t k = 0; k < slicelen; k++) { j++; while (j < s.n && ISCONT(s.s[j])) j++; }
        sb_append(out, s.s + i, j - i);
        return sb_status(out);
    }
    for (int64_t k = 0; k < slicelen; k++) {
        size_t j = i + 1;
        while (j < s.n && ISCONT(s.s[j])) j++;
        sb_append(out, s.s + i, j - i);
        if (k + 1 == slicelen) break;
        /* move STEP characters (never past the ends: slicelen says so) */
        if (step > 0) {
            for (int64_t m = 0; m < step; m++) { i++; while (i < s.n && ISCONT(s.s[i])) i++; }
        } else {
            for (int64_t m = 0; m < -step; m++) { i--; while (i > 0 && ISCONT(s.s[i])) i--; }
        }
    }
    return sb_status(out);
}

/* ---- predicates -------------------------------------------------------- */

#define ALL_CHARS(s, n, pred, empty)                      \
    do {                                                  \
        if ((n) == 0) return (empty);                     \
        for (size_t i_ = 0; i_ < (n);) {                  \
            uint32_t cp_ = so_next_cp((s), (n), &i_);     \
            if (!pred(cp_)) return 0;                     \
        }                                                 \
        return 1;                                         \
    } while (0)

int so_isalpha(const char *s, size_t n)     { ALL_CHARS(s, n, uc_is_alpha, 0); }
int so_isdigit(const char *s, size_t n)     { ALL_CHARS(s, n, uc_is_digit, 0); }
int so_isdecimal(const char *s, size_t n)   { ALL_CHARS(s, n, uc_is_decimal, 0); }
int so_isnumeric(const char *s, size_t n)   { ALL_CHARS(s, n, uc_is_numeric, 0); }
int so_isalnum(const char *s, size_t n)     { ALL_CHARS(s, n, uc_is_alnum, 0); }
int so_isspace(const char *s, size_t n)     { ALL_CHARS(s, n, uc_is_space, 0); }
int so_isprintable(const char *s, size_t n) { ALL_CHARS(s, n, uc_is_printable, 1); }
int so_isascii(const char *s, size_t n)     { return so_is_ascii(s, n); }

int so_islower(const char *s, size_t n)
{
    int cased = 0;
    for (size_t i = 0; i < n;) {
        uint32_t c = so_next_cp(s, n, &i);
        if (uc_is_upper(c) || uc_is_title(c)) return 0;
        if (uc_is_lower(c)) cased = 1;
    }
    return cased;
}

int so_isupper(const char *s, size_t n)
{
    int cased = 0;
    for (size_t i = 0; i < n;) {
        uint32_t c = so_next_cp(s, n, &i);
        if (uc_is_lower(c) || uc_is_title(c)) return 0;
        if (uc_is_upper(c)) cased = 1;
    }
    return cased;
}

int so_istitle(const char *s, size_t n)
{
    int cased = 0, prev_cased = 0;
    for (size_t i = 0; i < n;) {
        uint32_t c = so_next_cp(s, n, &i);
        if (uc_is_upper(c) || uc_is_title(c)) {
            if (prev_cased) return 0;
            prev_cased = cased = 1;
        } else if (uc_is_lower(c)) {
            if (!prev_cased) return 0;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return cased;
}

int so_isidentifier(const char *s, size_t n)
{
    if (n == 0) return 0;
    size_t i = 0;
    if (!uc_is_id_start(so_next_cp(s, n, &i))) return 0;
    while (i < n)
        if (!uc_is_id_continue(so_next_cp(s, n, &i))) return 0;
    return 1;
}
