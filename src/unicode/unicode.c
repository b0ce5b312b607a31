/* Unicode character data (see unicode.h), read from the tables that
 * tools/gen_unicode.py generates into unicode_tables.c from CPython 3.14's
 * unicodedata.  ASCII never touches the tables. */
#include "unicode/unicode.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "unicode/unicode_tables.h"
#include "util/utf8.h"

/* Hangul syllable arithmetic (Unicode chapter 3.12). */
#define UC_SBASE 0xAC00u
#define UC_LBASE 0x1100u
#define UC_VBASE 0x1161u
#define UC_TBASE 0x11A7u
#define UC_LCOUNT 19u
#define UC_VCOUNT 21u
#define UC_TCOUNT 28u
#define UC_NCOUNT (UC_VCOUNT * UC_TCOUNT)
#define UC_SCOUNT (UC_LCOUNT * UC_NCOUNT)

/* ------------------------------------------------------------ properties */

/* The record of CP (any uint32_t). */
static inline const uc_record_t *uc_rec(uint32_t cp)
{
    if (cp >= uc_trie_limit)
        return &uc_records[UC_TRIE_DEFAULT];
    unsigned b = uc_trie1[cp >> UC_TRIE_SHIFT1];
    b = uc_trie2[b << (UC_TRIE_SHIFT1 - UC_TRIE_SHIFT2)
                 | ((cp >> UC_TRIE_SHIFT2) & ((1u << (UC_TRIE_SHIFT1 - UC_TRIE_SHIFT2)) - 1))];
    return &uc_records[uc_trie3[b << UC_TRIE_SHIFT2 | (cp & ((1u << UC_TRIE_SHIFT2) - 1))]];
}

static inline unsigned uc_flags(uint32_t cp)
{
    return uc_rec(cp)->flags;
}

/* ASCII classes without the tables (gen_unicode.py checks them against the
 * tables' data). */
static inline int uc_ascii_letter(uint32_t cp)
{
    return (uint32_t)((cp | 0x20) - 'a') < 26;
}

static inline int uc_ascii_digit(uint32_t cp)
{
    return (uint32_t)(cp - '0') < 10;
}

int uc_is_id_start(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_letter(cp) || cp == '_';
    return (uc_flags(cp) & UC_F_START) != 0;
}

int uc_is_id_continue(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_letter(cp) || cp == '_' || uc_ascii_digit(cp);
    return (uc_flags(cp) & UC_F_CONT) != 0;
}

int uc_is_printable(uint32_t cp)
{
    if (cp < 0x80)
        return cp >= 0x20 && cp < 0x7F;
    return (uc_flags(cp) & UC_F_PRINT) != 0;
}

int uc_is_alpha(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_letter(cp);
    return (uc_flags(cp) & UC_F_ALPHA) != 0;
}

int uc_is_decimal(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_digit(cp);
    return (uc_flags(cp) & UC_F_DECIMAL) != 0;
}

int uc_is_digit(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_digit(cp);
    return (uc_flags(cp) & UC_F_DIGIT) != 0;
}

int uc_is_numeric(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_digit(cp);
    return (uc_flags(cp) & UC_F_NUMERIC) != 0;
}

int uc_is_alnum(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_letter(cp) || uc_ascii_digit(cp);
    return (uc_flags(cp) & (UC_F_ALPHA | UC_F_DECIMAL | UC_F_DIGIT | UC_F_NUMERIC)) != 0;
}

int uc_is_space(uint32_t cp)
{
    /* ASCII: \t \n \v \f \r, the separators 1C-1F, and ' '. */
    if (cp < 0x80)
        return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
    return (uc_flags(cp) & UC_F_SPACE) != 0;
}

int uc_is_linebreak(uint32_t cp)
{
    /* ASCII: \n \v \f \r and the separators 1C-1E (not 1F: bidi S). */
    if (cp < 0x80)
        return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E);
    return (uc_flags(cp) & UC_F_LINEBREAK) != 0;
}

int uc_is_lower(uint32_t cp)
{
    if (cp < 0x80)
        return (uint32_t)(cp - 'a') < 26;
    return (uc_flags(cp) & UC_F_LOWER) != 0;
}

int uc_is_upper(uint32_t cp)
{
    if (cp < 0x80)
        return (uint32_t)(cp - 'A') < 26;
    return (uc_flags(cp) & UC_F_UPPER) != 0;
}

int uc_is_title(uint32_t cp)
{
    if (cp < 0x80)
        return 0;
    return (uc_flags(cp) & UC_F_TITLE) != 0;
}

int uc_is_cased(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_letter(cp);
    return (uc_flags(cp) & UC_F_CASED) != 0;
}

int uc_is_case_ignorable(uint32_t cp)
{
    /* ASCII: ' . : (word break MidNumLet, MidLetter) and ^ ` (Sk). */
    if (cp < 0x80)
        return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`';
    return (uc_flags(cp) & UC_F_IGNORABLE) != 0;
}

int uc_decimal_value(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_digit(cp) ? (int)(cp - '0') : -1;
    const uc_record_t *r = uc_rec(cp);
    /* A decimal value is the numeric value (the generator checks). */
    return r->flags & UC_F_DECIMAL ? (int)uc_numeric_values[r->numeric] : -1;
}

int uc_digit_value(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_digit(cp) ? (int)(cp - '0') : -1;
    const uc_record_t *r = uc_rec(cp);
    return r->flags & UC_F_DIGIT ? (int)uc_numeric_values[r->numeric] : -1;
}

double uc_numeric_value(uint32_t cp)
{
    if (cp < 0x80)
        return uc_ascii_digit(cp) ? (double)(cp - '0') : -1.0;
    /* Index 0, "none", holds -1.0. */
    return uc_numeric_values[uc_rec(cp)->numeric];
}

const char *uc_category(uint32_t cp)
{
    return uc_category_names[uc_rec(cp)->category];
}

const char *uc_bidirectional(uint32_t cp)
{
    return uc_bidi_names[uc_rec(cp)->bidi];
}

int uc_combining(uint32_t cp)
{
    return cp < 0x80 ? 0 : (int)uc_rec(cp)->ccc;
}

/* ------------------------------------------------------------ case mapping */

enum { UC_MAP_LOWER, UC_MAP_UPPER, UC_MAP_TITLE, UC_MAP_FOLD };

/* Full mapping WHICH (UC_MAP_*) of CP >= 0x80 into OUT; returns 1-3. */
static int uc_map(uint32_t cp, int which, uint32_t *out)
{
    const uc_record_t *r = uc_rec(cp);
    if (r->flags & UC_F_SPECIAL) {
        const uc_special_t *sp = &uc_special[r->casing];
        unsigned v = which == UC_MAP_LOWER   ? sp->lower
                     : which == UC_MAP_UPPER ? sp->upper
                     : which == UC_MAP_TITLE ? sp->title
                                             : sp->fold;
        unsigned len = v & 3;
        for (unsigned k = 0; k < len; k++)
            out[k] = uc_special_pool[(v >> 2) + k];
        return (int)len;
    }
    const uc_casing_t *c = &uc_casing[r->casing];
    int32_t d = which == UC_MAP_LOWER   ? c->lower
                : which == UC_MAP_UPPER ? c->upper
                : which == UC_MAP_TITLE ? c->title
                                        : c->fold;
    /* Deltas keep within 0..10FFFF; unsigned arithmetic wraps correctly. */
    out[0] = cp + (uint32_t)d;
    return 1;
}

int uc_to_lower(uint32_t cp, uint32_t out[UC_CASE_MAX])
{
    if (cp < 0x80) {
        out[0] = (uint32_t)(cp - 'A') < 26 ? cp + 32 : cp;
        return 1;
    }
    return uc_map(cp, UC_MAP_LOWER, out);
}

int uc_to_upper(uint32_t cp, uint32_t out[UC_CASE_MAX])
{
    if (cp < 0x80) {
        out[0] = (uint32_t)(cp - 'a') < 26 ? cp - 32 : cp;
        return 1;
    }
    return uc_map(cp, UC_MAP_UPPER, out);
}

int uc_to_title(uint32_t cp, uint32_t out[UC_CASE_MAX])
{
    if (cp < 0x80) {
        out[0] = (uint32_t)(cp - 'a') < 26 ? cp - 32 : cp;
        return 1;
    }
    return uc_map(cp, UC_MAP_TITLE, out);
}

int uc_casefold(uint32_t cp, uint32_t out[UC_CASE_MAX])
{
    if (cp < 0x80) {
        out[0] = (uint32_t)(cp - 'A') < 26 ? cp + 32 : cp;
        return 1;
    }
    return uc_map(cp, UC_MAP_FOLD, out);
}

#define UC_CAPITAL_SIGMA 0x3A3u
#define UC_SMALL_SIGMA 0x3C3u
#define UC_FINAL_SIGMA 0x3C2u

int uc_lower_sigma_is_final(const uint32_t *text, size_t n, size_t i)
{
    /* Final when  cased ignorable* SIGMA !(ignorable* cased):  the nearest
     * character before it that is not ignorable is cased, and the nearest
     * after it that is not ignorable is not cased (or there is none).  An
     * ignorable character is skipped even if it is cased too. */
    size_t j = i;
    while (j > 0 && uc_is_case_ignorable(text[j - 1]))
        j--;
    if (j == 0 || !uc_is_cased(text[j - 1]))
        return 0;
    for (j = i + 1; j < n && uc_is_case_ignorable(text[j]); j++)
        ;
    return j == n || !uc_is_cased(text[j]);
}

/* The code point ending just before byte P of S (P > 0), and its start in
 * *START.  Bytes that do not decode count as one non-character each. */
static uint32_t uc_utf8_before(const char *s, size_t p, size_t *start)
{
    size_t q = p - 1;
    /* A code point takes at most 4 bytes: at most 3 continuation bytes. */
    while (q > 0 && p - q < 4 && ((unsigned char)s[q] & 0xC0) == 0x80)
        q--;
    uint32_t cp = 0;
    if (utf8_decode(s + q, p - q, &cp, 1) == (int)(p - q)) {
        *start = q;
        return cp;
    }
    *start = p - 1;
    return 0xFFFFFFFFu;
}

int uc_lower_sigma_is_final_utf8(const char *s, size_t n, size_t i)
{
    size_t j = i;
    uint32_t cp = 0;
    int found = 0;
    while (j > 0) {
        cp = uc_utf8_before(s, j, &j);
        if (!uc_is_case_ignorable(cp)) {
            found = 1;
            break;
        }
    }
    if (!found || !uc_is_cased(cp))
        return 0;
    /* The sigma itself is 2 bytes (CE A3). */
    for (j = i + 2; j < n;) {
        int len = utf8_decode(s + j, n - j, &cp, 1);
        if (len == 0)
            return 1;       /* not a character: not cased */
        if (!uc_is_case_ignorable(cp))
            return !uc_is_cased(cp);
        j += (size_t)len;
    }
    return 1;
}

size_t uc_case_utf8(uc_case_op op, const char *in, size_t n, char *out)
{
    size_t o = 0;
    int prev_cased = 0;     /* UC_TITLE: the character before was cased */
    for (size_t i = 0; i < n;) {
        unsigned char b = (unsigned char)in[i];
        uint32_t cp, m[UC_CASE_MAX];
        int k;
        if (b < 0x80) {
            /* ASCII maps to ASCII, one byte; capitalize and title treat
             * letters by their position, everything else keeps. */
            int letter = uc_ascii_letter(b);
            int up;
            switch (op) {
            case UC_LOWER:
            case UC_CASEFOLD: up = 0; break;
            case UC_UPPER: up = 1; break;
            case UC_CAPITALIZE: up = i == 0; break;
            case UC_TITLE: up = !prev_cased; break;
            default: up = b >= 'a'; break;     /* swapcase */
            }
            out[o++] = (char)(letter ? (up ? b & ~0x20 : b | 0x20) : b);
            prev_cased = letter;
            i++;
            continue;
        }
        int len = utf8_decode(in + i, n - i, &cp, 1);
        if (len == 0)
            return (size_t)-1;
        int lower;      /* lower it (with the sigma rule), or else: */
        int which = UC_MAP_LOWER;
        switch (op) {
        case UC_LOWER: lower = 1; break;
        case UC_UPPER: lower = 0, which = UC_MAP_UPPER; break;
        case UC_CASEFOLD: lower = 0, which = UC_MAP_FOLD; break;
        case UC_CAPITALIZE: lower = i > 0, which = UC_MAP_TITLE; break;
        case UC_TITLE: lower = prev_cased, which = UC_MAP_TITLE; break;
        default: {      /* swapcase */
            unsigned f = uc_flags(cp);
            lower = (f & UC_F_UPPER) != 0;
            which = f & UC_F_LOWER ? UC_MAP_UPPER : -1;
            break;
        }
        }
        if (lower && cp == UC_CAPITAL_SIGMA) {
            m[0] = uc_lower_sigma_is_final_utf8(in, n, i) ? UC_FINAL_SIGMA : UC_SMALL_SIGMA;
            k = 1;
        } else if (lower) {
            k = uc_map(cp, UC_MAP_LOWER, m);
        } else if (which >= 0) {
            k = uc_map(cp, which, m);
        } else {
            m[0] = cp;
            k = 1;
        }
        for (int t = 0; t < k; t++)
            o += (size_t)utf8_encode(m[t], out + o);
        if (op == UC_TITLE)
            prev_cased = uc_is_cased(cp);
        i += (size_t)len;
    }
    return o;
}

/* ------------------------------------------------------------ NFKC */

/* A growable array of code points. */
typedef struct {
    uint32_t *v;
    size_t n, cap;
} uc_cpbuf;

static int uc_cpbuf_reserve(uc_cpbuf *b, size_t extra)
{
    if (b->cap - b->n >= extra)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap - b->n < extra) {
        if (cap > SIZE_MAX / 2 / sizeof(uint32_t))
            return -1;
        cap *= 2;
    }
    uint32_t *v = realloc(b->v, cap * sizeof(uint32_t));
    if (!v)
        return -1;
    b->v = v;
    b->cap = cap;
    return 0;
}

/* Appends the full compatibility decomposition of CP (FLAGS its flags). */
static int uc_decompose_into(uc_cpbuf *b, uint32_t cp, unsigned flags)
{
    if (cp - UC_SBASE < UC_SCOUNT) {
        uint32_t s = cp - UC_SBASE;
        if (uc_cpbuf_reserve(b, 3) < 0)
            return -1;
        b->v[b->n++] = UC_LBASE + s / UC_NCOUNT;
        b->v[b->n++] = UC_VBASE + s % UC_NCOUNT / UC_TCOUNT;
        if (s % UC_TCOUNT)
            b->v[b->n++] = UC_TBASE + s % UC_TCOUNT;
        return 0;
    }
    if (flags & UC_F_DECOMP) {
        /* Binary search on the code point part of the keys. */
        size_t lo = 0, hi = uc_n_decomp;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            uint32_t k = uc_decomp_keys[mid] >> 5;
            if (k < cp)
                lo = mid + 1;
            else if (k > cp)
                hi = mid;
            else {
                size_t len = uc_decomp_keys[mid] & 31;
                if (uc_cpbuf_reserve(b, len) < 0)
                    return -1;
                memcpy(b->v + b->n, uc_decomp_pool + uc_decomp_offsets[mid],
                       len * sizeof(uint32_t));
                b->n += len;
                return 0;
            }
        }
        /* Not reached: the flag promises an entry. */
    }
    if (uc_cpbuf_reserve(b, 1) < 0)
        return -1;
    b->v[b->n++] = cp;
    return 0;
}

static inline unsigned uc_ccc(uint32_t cp)
{
    return cp < 0x80 ? 0 : uc_rec(cp)->ccc;
}

static int uc_cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Stable sort of V[0..n) (all non-starters) by combining class. */
static int uc_sort_run(uint32_t *v, size_t n)
{
    if (n <= 32) {
        for (size_t i = 1; i < n; i++) {
            uint32_t c = v[i];
            unsigned cc = uc_ccc(c);
            size_t j = i;
            while (j > 0 && uc_ccc(v[j - 1]) > cc) {
                v[j] = v[j - 1];
                j--;
            }
            v[j] = c;
        }
        return 0;
    }
    /* Long runs (only in odd input): sort keys ccc, position, code point;
     * the position makes the keys distinct, so qsort is stable here. */
    if (n > ((uint64_t)1 << 35) || n > SIZE_MAX / sizeof(uint64_t))
        return -1;
    uint64_t *keys = malloc(n * sizeof(uint64_t));
    if (!keys)
        return -1;
    for (size_t i = 0; i < n; i++)
        keys[i] = (uint64_t)uc_ccc(v[i]) << 56 | (uint64_t)i << 21 | v[i];
    qsort(keys, n, sizeof(uint64_t), uc_cmp_u64);
    for (size_t i = 0; i < n; i++)
        v[i] = (uint32_t)(keys[i] & 0x1FFFFF);
    free(keys);
    return 0;
}

/* The primary composite of A + B, or 0 if there is none. */
static uint32_t uc_compose_pair(uint32_t a, uint32_t b)
{
    if (a - UC_LBASE < UC_LCOUNT && b - UC_VBASE < UC_VCOUNT)
        return UC_SBASE + ((a - UC_LBASE) * UC_VCOUNT + (b - UC_VBASE)) * UC_TCOUNT;
    if (a - UC_SBASE < UC_SCOUNT && (a - UC_SBASE) % UC_TCOUNT == 0
        && b - UC_TBASE - 1 < UC_TCOUNT - 1)
        return a + (b - UC_TBASE);
    size_t lo = 0, hi = uc_n_comp;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        uint32_t f = uc_comp_first[mid], s = uc_comp_second[mid];
        if (f < a || (f == a && s < b))
            lo = mid + 1;
        else if (f == a && s == b)
            return uc_comp_result[mid];
        else
            hi = mid;
    }
    return 0;
}

/* Canonical ordering then canonical composition of V[0..*n), in place. */
static int uc_reorder_compose(uint32_t *v, size_t *np)
{
    size_t n = *np;
    for (size_t i = 0; i < n;) {
        if (uc_ccc(v[i]) == 0) {
            i++;
            continue;
        }
        size_t j = i + 1;
        while (j < n && uc_ccc(v[j]) != 0)
            j++;
        if (j - i > 1 && uc_sort_run(v + i, j - i) < 0)
            return -1;
        i = j;
    }
    /* C composes with the last starter S unless blocked: something lies
     * between them whose class is 0 or >= C's.  The marks between are in
     * canonical order, so only the last one kept (class LAST_CC) matters. */
    size_t o = 0, starter = SIZE_MAX;
    unsigned last_cc = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t c = v[i];
        const uc_record_t *rec = c < 0x80 ? NULL : uc_rec(c);
        unsigned cc = rec ? rec->ccc : 0;
        if (starter != SIZE_MAX && rec && (rec->flags & UC_F_SECOND)
            && (o - 1 == starter || last_cc < cc)) {
            uint32_t r = uc_compose_pair(v[starter], c);
            if (r) {
                v[starter] = r;
                continue;
            }
        }
        if (cc == 0)
            starter = o;
        last_cc = cc;
        v[o++] = c;
    }
    *np = o;
    return 0;
}

int uc_nfkc(const char *in, size_t n, char **out, size_t *outlen)
{
    /* Quick check: up to the first character that NFKC might touch, the text
     * stays; the character before that one may still compose with what
     * follows, so the work starts there. */
    size_t i = 0, keep = 0;
    while (i < n) {
        unsigned char b = (unsigned char)in[i];
        if (b < 0x80) {
            keep = i++;
            continue;
        }
        uint32_t cp;
        int len = utf8_decode(in + i, n - i, &cp, 1);
        if (len == 0)
            return -1;
        if (!(uc_flags(cp) & UC_F_INERT))
            break;
        keep = i;
        i += (size_t)len;
    }
    if (i >= n) {
        char *r = malloc(n + 1);
        if (!r)
            return -1;
        memcpy(r, in, n);
        r[n] = '\0';
        *out = r;
        *outlen = n;
        return 0;
    }

    uc_cpbuf b = {0};
    for (size_t p = keep; p < n;) {
        uint32_t cp;
        int len = utf8_decode(in + p, n - p, &cp, 1);
        if (len == 0)
            goto fail;
        p += (size_t)len;
        if (cp < 0x80) {
            if (uc_cpbuf_reserve(&b, 1) < 0)
                goto fail;
            b.v[b.n++] = cp;
        } else if (uc_decompose_into(&b, cp, uc_flags(cp)) < 0) {
            goto fail;
        }
    }
    if (uc_reorder_compose(b.v, &b.n) < 0)
        goto fail;
    if (b.n > (SIZE_MAX - keep - 1) / 4)
        goto fail;
    char *r = malloc(keep + 4 * b.n + 1);
    if (!r)
        goto fail;
    memcpy(r, in, keep);
    size_t o = keep;
    for (size_t k = 0; k < b.n; k++)
        o += (size_t)utf8_encode(b.v[k], r + o);
    r[o] = '\0';
    free(b.v);
    *out = r;
    *outlen = o;
    return 0;
fail:
    free(b.v);
    return -1;
}

/* ------------------------------------------------------------ names */

static const unsigned char *uc_skip_name(const unsigned char *p)
{
    for (;;) {
        unsigned b = *p++;
        if (b == UC_TOK_END)
            return p;
        if (b >= UC_TOK_TWO)
            p++;
    }
}

/* Writes the name of entry E to BUF (UC_NAME_BUFSIZE bytes, the generator
 * checks every name fits) and returns its length. */
static size_t uc_entry_name(uint32_t e, char *buf)
{
    const unsigned char *p = uc_name_tokens + uc_name_blocks[e / UC_NAME_BLOCK];
    for (uint32_t k = e % UC_NAME_BLOCK; k > 0; k--)
        p = uc_skip_name(p);
    size_t len = 0;
    int after_word = 0;
    for (;;) {
        unsigned b = *p++;
        if (b == UC_TOK_END)
            break;
        if (b == UC_TOK_HYPHEN) {
            buf[len++] = '-';
            after_word = 0;
            continue;
        }
        uint32_t w = b < UC_TOK_TWO ? b - UC_TOK_ONE
                                    : UC_ONE_WORDS + ((b - UC_TOK_TWO) << 8 | *p++);
        if (after_word)
            buf[len++] = ' ';
        size_t wl = (size_t)(uc_lex_offsets[w + 1] - uc_lex_offsets[w]);
        memcpy(buf + len, uc_lex_chars + uc_lex_offsets[w], wl);
        len += wl;
        after_word = 1;
    }
    buf[len] = '\0';
    return len;
}

/* The code point of entry E. */
static uint32_t uc_entry_cp(uint32_t e)
{
    if (e >= uc_n_regular)
        return uc_alias_cp[e - uc_n_regular];
    /* The last run whose first entry is <= E. */
    size_t lo = 0, hi = uc_n_runs;
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (uc_run_entry[mid] <= e)
            lo = mid;
        else
            hi = mid;
    }
    return uc_run_start[lo] + (e - uc_run_entry[lo]);
}

static inline unsigned char uc_upper(unsigned char c)
{
    return c >= 'a' && c <= 'z' ? (unsigned char)(c - 32) : c;
}

/* Must match name_hash() in tools/gen_unicode.py. */
static uint32_t uc_name_hash_of(const char *s, size_t n)
{
    uint32_t h = 0x811C9DC5u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ uc_upper((unsigned char)s[i])) * 0x01000193u;
    h ^= h >> 16;
    h *= 0x85EBCA6Bu;
    h ^= h >> 13;
    h *= 0xC2B2AE35u;
    h ^= h >> 16;
    return h;
}

/* CPython's reading of a jamo short name: the longest one of TBL[0..count)
 * that S starts with (the first such when lengths tie).  Returns its index,
 * or -1 when none does (an empty short name always matches). */
static int uc_jamo_match(const char *s, size_t n, const char *const *tbl,
                         int count, size_t *len)
{
    int found = -1;
    size_t best = 0;
    for (int i = 0; i < count; i++) {
        size_t l = strlen(tbl[i]);
        if (found >= 0 && l <= best)
            continue;
        if (l <= n && memcmp(s, tbl[i], l) == 0) {
            found = i;
            best = l;
        }
    }
    *len = best;
    return found;
}

static int uc_lookup_hangul(const char *s, size_t n, uint32_t *cp)
{
    size_t len;
    int l = uc_jamo_match(s, n, uc_jamo_l, UC_LCOUNT, &len);
    s += len, n -= len;
    int v = uc_jamo_match(s, n, uc_jamo_v, UC_VCOUNT, &len);
    s += len, n -= len;
    int t = uc_jamo_match(s, n, uc_jamo_t, UC_TCOUNT, &len);
    n -= len;
    if (l < 0 || v < 0 || t < 0 || n != 0)
        return 0;
    *cp = UC_SBASE + ((uint32_t)l * UC_VCOUNT + (uint32_t)v) * UC_TCOUNT + (uint32_t)t;
    return 1;
}

static int uc_hexval(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = uc_upper(c);
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Whether CP has a name by rule with prefix PI. */
static int uc_in_rule(uint32_t cp, uint32_t pi)
{
    for (uint32_t i = 0; i < uc_n_rules; i++)
        if (uc_rule_prefix[i] == pi && cp >= uc_rule_first[i] && cp <= uc_rule_last[i])
            return 1;
    return 0;
}

/* "<prefix><hex>" names.  Prefix 0, CJK UNIFIED IDEOGRAPH-, is CPython's
 * special case: the prefix in capitals, then 4 or 5 capital hex digits.  The
 * other prefixes are ordinary names to CPython, so any case goes, but the
 * digits must be spelled as "%04X" spells them.  Returns 1 found, 0 not
 * found, -1 not such a name. */
static int uc_lookup_rule(const char *s, size_t n, uint32_t *cp)
{
    for (uint32_t pi = 0; pi < uc_n_rule_prefixes; pi++) {
        const char *p = uc_rule_prefixes[pi];
        size_t pl = strlen(p), k;
        if (n < pl)
            continue;
        if (pi == 0) {
            if (memcmp(s, p, pl) != 0)
                continue;
        } else {
            for (k = 0; k < pl && uc_upper((unsigned char)s[k]) == (unsigned char)p[k]; k++)
                ;
            if (k < pl)
                continue;
        }
        size_t digits = n - pl;
        if (digits != 4 && digits != 5)
            return 0;
        uint32_t v = 0;
        for (k = pl; k < n; k++) {
            unsigned char c = (unsigned char)s[k];
            if (pi == 0 && c >= 'a' && c <= 'f')
                return 0;
            int d = uc_hexval(c);
            if (d < 0)
                return 0;
            v = v << 4 | (uint32_t)d;
        }
        if (pi != 0 && digits != (v >= 0x10000 ? 5u : 4u))
            return 0;
        if (!uc_in_rule(v, pi))
            return 0;
        *cp = v;
        return 1;
    }
    return -1;
}

int uc_lookup_name(const char *name, size_t n, uint32_t *cp)
{
    static const char hangul[] = "HANGUL SYLLABLE ";
    const size_t hl = sizeof hangul - 1;
    if (n == 0 || n >= UC_NAME_BUFSIZE)
        return 0;
    /* As in CPython, a name starting so is a syllable or nothing. */
    if (n >= hl && memcmp(name, hangul, hl) == 0)
        return uc_lookup_hangul(name + hl, n - hl, cp);
    int r = uc_lookup_rule(name, n, cp);
    if (r >= 0)
        return r;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)name[i] >= 0x80)
            return 0;
    uint32_t slot = uc_name_hash_of(name, n) & uc_hash_mask;
    char buf[UC_NAME_BUFSIZE];
    for (; uc_name_hash[slot]; slot = (slot + 1) & uc_hash_mask) {
        uint32_t e = uc_name_hash[slot] - 1u;
        if (uc_entry_name(e, buf) != n)
            continue;
        size_t k = 0;
        while (k < n && uc_upper((unsigned char)name[k]) == (unsigned char)buf[k])
            k++;
        if (k == n) {
            *cp = uc_entry_cp(e);
            return 1;
        }
    }
    return 0;
}

/* Copies NAME (LEN bytes) out as uc_name() promises; returns LEN. */
static int uc_give_name(const char *name, size_t len, char *buf, size_t bufsize)
{
    if (bufsize > len) {
        memcpy(buf, name, len);
        buf[len] = '\0';
    } else if (bufsize > 0) {
        buf[0] = '\0';
    }
    return (int)len;
}

int uc_name(uint32_t cp, char *buf, size_t bufsize)
{
    char tmp[UC_NAME_BUFSIZE];
    size_t len;
    if (cp - UC_SBASE < UC_SCOUNT) {
        uint32_t s = cp - UC_SBASE;
        const char *parts[3] = {uc_jamo_l[s / UC_NCOUNT],
                                uc_jamo_v[s % UC_NCOUNT / UC_TCOUNT],
                                uc_jamo_t[s % UC_TCOUNT]};
        memcpy(tmp, "HANGUL SYLLABLE ", 16);
        len = 16;
        for (int i = 0; i < 3; i++) {
            size_t l = strlen(parts[i]);
            memcpy(tmp + len, parts[i], l);
            len += l;
        }
        return uc_give_name(tmp, len, buf, bufsize);
    }
    for (uint32_t i = 0; i < uc_n_rules; i++) {
        if (cp >= uc_rule_first[i] && cp <= uc_rule_last[i]) {
            const char *p = uc_rule_prefixes[uc_rule_prefix[i]];
            static const char hex[] = "0123456789ABCDEF";
            len = strlen(p);
            memcpy(tmp, p, len);
            int digits = cp >= 0x10000 ? 5 : 4;
            for (int d = digits - 1; d >= 0; d--)
                tmp[len++] = hex[(cp >> (4 * d)) & 15];
            return uc_give_name(tmp, len, buf, bufsize);
        }
    }
    if (cp >= uc_run_start[0]) {
        /* The last run starting at or before CP. */
        size_t lo = 0, hi = uc_n_runs;
        while (hi - lo > 1) {
            size_t mid = lo + (hi - lo) / 2;
            if (uc_run_start[mid] <= cp)
                lo = mid;
            else
                hi = mid;
        }
        uint32_t off = cp - uc_run_start[lo];
        if (off < (uint32_t)(uc_run_entry[lo + 1] - uc_run_entry[lo])) {
            len = uc_entry_name(uc_run_entry[lo] + off, tmp);
            return uc_give_name(tmp, len, buf, bufsize);
        }
    }
    if (bufsize > 0)
        buf[0] = '\0';
    return 0;
}
