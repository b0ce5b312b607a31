/* The str operations kernel: CPython 3.14's str methods as pure functions
 * over UTF-8 byte buffers (lone surrogates in their 3-byte generalized form).
 *
 * Inputs are so_view: the bytes plus the character count and an "all ASCII"
 * flag (the str object caches both; so_view_of computes them).  The caller
 * guarantees valid generalized UTF-8.  Positions Python sees are character
 * (code point) indices; spans returned into an input are byte offsets.
 * New text is appended to a strbuf (out of memory is sticky in sb->oom, and
 * is also reported as SO_NOMEM by the functions returning a status).
 *
 * Why byte-level search is correct: UTF-8 is self-synchronising, so a valid
 * needle can only match a valid haystack at a character boundary (this holds
 * for the 3-byte surrogate forms too, which are never merged into pairs). */
#ifndef KR_STR_OPS_H
#define KR_STR_OPS_H

#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

typedef enum {
    SO_OK = 0,
    SO_NOMEM,       /* allocation failed: MemoryError */
    SO_EMPTY_SEP,   /* ValueError "empty separator" (split, partition) */
    SO_TOO_BIG,     /* result would exceed the caller's byte cap: MemoryError */
    SO_OVERFLOW,    /* result longer than Py_ssize_t: OverflowError (the
                       message is the operation's, see each function) */
    SO_ERROR,       /* parse error: message in the error strbuf given */
} so_status;

typedef struct so_view {
    const char *s;
    size_t n;       /* bytes */
    size_t len;     /* characters */
    int ascii;      /* n == len */
} so_view;

/* A piece of an input: S[off .. off+n) in bytes. */
typedef struct so_span { size_t off, n; } so_span;

/* A growable array of spans; oom is sticky like strbuf's. */
typedef struct so_spans { so_span *v; size_t len, cap; int oom; } so_spans;
#define SO_SPANS_INIT { NULL, 0, 0, 0 }
void so_spans_free(so_spans *sp);

/* ---- characters and offsets --------------------------------------------- */
so_view so_view_of(const char *s, size_t n);
int so_is_ascii(const char *s, size_t n);
size_t so_char_count(const char *s, size_t n);
/* Byte offset of character CI (CI <= v.len; v.len gives v.n).  Sequential:
 * O(CI) for non-ASCII text (the object's lazy index is the fast path). */
size_t so_byte_offset(so_view v, size_t ci);
/* Characters in v.s[0 .. BO) (BO at a character boundary). */
size_t so_char_index(so_view v, size_t bo);
/* The code point at character index CI < v.len. */
uint32_t so_char_at(so_view v, size_t ci);
/* Decodes the character at byte offset *I (< n) and advances *I. */
uint32_t so_next_cp(const char *s, size_t n, size_t *i);
/* Decodes the character ending at byte offset *I (> 0) and moves *I back. */
uint32_t so_prev_cp(const char *s, size_t *i);

/* CPython's ADJUST_INDICES for find/count/startswith: END > LEN becomes LEN,
 * negative START/END count from the end and clamp at 0.  START may stay
 * above LEN (then nothing is found: 'abc'.find('', 5) == -1).  Callers map
 * None to START 0 / END INT64_MAX and clamp huge ints to int64 first. */
void so_adjust_indices(int64_t *start, int64_t *end, size_t len);

/* ---- search (priority 1) ------------------------------------------------
 * START/END are unadjusted character indices (see so_adjust_indices).
 * Results are character indices; -1 when not found (index/rindex: the
 * caller raises ValueError "substring not found").  Forward search uses the
 * C library's memmem (two-way: linear); reverse search is a memrchr-driven
 * naive scan that switches to a reverse KMP when its work grows past a
 * linear budget, so no case is quadratic. */
int64_t so_find(so_view h, so_view needle, int64_t start, int64_t end);
int64_t so_rfind(so_view h, so_view needle, int64_t start, int64_t end);
/* Non-overlapping occurrences; an empty needle counts len+1 positions. */
int64_t so_count(so_view h, so_view needle, int64_t start, int64_t end);
int so_startswith(so_view h, so_view prefix, int64_t start, int64_t end);
int so_endswith(so_view h, so_view suffix, int64_t start, int64_t end);
int so_contains(so_view h, so_view needle);
/* Byte-level search of N[0..nn) in H[0..hn): offset or -1. */
int64_t so_mem_find(const char *h, size_t hn, const char *n, size_t nn);
int64_t so_mem_rfind(const char *h, size_t hn, const char *n, size_t nn);

/* ---- splitting and friends (priority 2) ----------------------------------
 * Pieces are appended to OUT as spans of S, in Python's list order.
 * SEP NULL: split on runs of whitespace (uc_is_space), dropping empty
 * pieces; MAXSPLIT < 0: no limit.  Returns SO_EMPTY_SEP for an empty SEP,
 * SO_NOMEM when OUT ran out of memory. */
so_status so_split(so_spans *out, so_view s, const so_view *sep, int64_t maxsplit);
so_status so_rsplit(so_spans *out, so_view s, const so_view *sep, int64_t maxsplit);
/* Line boundaries as str.splitlines: \n \r \r\n \v \f \x1c-\x1e \x85
 * \u2028 \u2029. */
so_status so_splitlines(so_spans *out, so_view s, int keepends);
/* OUT[0..3) = head, separator, tail.  Not found: partition gives (s, "", "")
 * and rpartition ("", "", s), with the empty spans at offset 0 / s.n. */
so_status so_partition(so_view s, so_view sep, so_span out[3]);
so_status so_rpartition(so_view s, so_view sep, so_span out[3]);
/* strip: WHICH is SO_LEFT, SO_RIGHT or both; CHARS NULL means whitespace. */
enum { SO_LEFT = 1, SO_RIGHT = 2, SO_BOTH = 3 };
so_span so_strip(so_view s, const so_view *chars, int which);
so_span so_removeprefix(so_view s, so_view prefix);
so_span so_removesuffix(so_view s, so_view suffix);

/* The functions making new text append at most CAP bytes to OUT (checked
 * before allocating): SO_TOO_BIG beyond it.  SO_OVERFLOW where CPython
 * raises OverflowError (the message in parentheses). */
/* COUNT < 0: all.  An empty OLD inserts NEW before every character and at
 * the end (count-limited).  ("replace string is too long") */
so_status so_replace(strbuf *out, so_view s, so_view old, so_view repl,
                     int64_t count, size_t cap);
so_status so_join(strbuf *out, so_view sep, const so_view *items, size_t nitems,
                  size_t cap);
/* ("new string is too long") */
so_status so_expandtabs(strbuf *out, so_view s, int64_t tabsize, size_t cap);
/* FILL is one code point.  WIDTH <= len copies S. */
so_status so_center(strbuf *out, so_view s, int64_t width, uint32_t fill, size_t cap);
so_status so_ljust(strbuf *out, so_view s, int64_t width, uint32_t fill, size_t cap);
so_status so_rjust(strbuf *out, so_view s, int64_t width, uint32_t fill, size_t cap);
so_status so_zfill(strbuf *out, so_view s, int64_t width, size_t cap);
/* s * n; n <= 0 gives "".  SO_OVERFLOW ("repeated string is too long") when
 * n * len exceeds INT64_MAX characters, SO_TOO_BIG beyond CAP bytes. */
so_status so_repeat(strbuf *out, so_view s, int64_t n, size_t cap);

/* ---- slicing (priority 3) -----------------------------------------------
 * so_slice_adjust is PySlice_AdjustIndices: START/STOP as PySlice_Unpack
 * gives them (None: 0 / INT64_MAX for STEP > 0, INT64_MAX / INT64_MIN for
 * STEP < 0), STEP != 0; returns the slice length and sets *START *STOP. */
int64_t so_slice_adjust(size_t len, int64_t *start, int64_t *stop, int64_t step);
/* Appends s[start::step] for SLICELEN characters (adjusted values). */
so_status so_slice(strbuf *out, so_view s, int64_t start, int64_t step,
                   int64_t slicelen);

/* ---- whole-string predicates (priority 3) ------------------------------- */
int so_isalpha(const char *s, size_t n);
int so_isdigit(const char *s, size_t n);
int so_isdecimal(const char *s, size_t n);
int so_isnumeric(const char *s, size_t n);
int so_isalnum(const char *s, size_t n);
int so_isspace(const char *s, size_t n);
int so_islower(const char *s, size_t n);
int so_isupper(const char *s, size_t n);
int so_istitle(const char *s, size_t n);
int so_isidentifier(const char *s, size_t n);
int so_isprintable(const char *s, size_t n);
int so_isascii(const char *s, size_t n);

/* ---- str.format field parser (priority 4) --------------------------------
 * Iterate with so_fmt_next until it returns 0 (end) or -1 (error: message
 * in ERR, always ValueError).  Each item is literal text (a slice of the
 * format string; "{{" and "}}" give a literal chunk ending in one brace) or
 * a replacement field, or both (literal, then the field).
 *
 * The spec of a field may hold nested fields: format it by iterating a
 * second so_fmt_iter over it, made with so_fmt_init_nested(parent) so that
 * automatic numbering is shared and the recursion limit applies ("Max
 * string recursion exceeded" at depth 2, as CPython).  The field name is
 * resolved by so_fmt_field_first / so_fmt_field_next (auto numbering
 * happens there, which is where CPython raises the switch errors). */
typedef struct so_fmt_auto { int state; /* 0 unset, 1 auto, 2 manual */
                             int64_t next; } so_fmt_auto;
typedef struct so_fmt_iter {
    const char *s; size_t n, pos;
    int depth;              /* recursion depth: 2 for a top-level string */
    so_fmt_auto *autonum;
    so_fmt_auto own;
} so_fmt_iter;
typedef struct so_fmt_item {
    const char *lit; size_t lit_n;
    int has_field;
    const char *name; size_t name_n;     /* field name, raw */
    uint32_t conv;                       /* 'r' 's' 'a', 0 for none */
    const char *spec; size_t spec_n;     /* format spec, raw */
    int spec_nested;                     /* the spec holds '{' (needs expanding) */
} so_fmt_item;
void so_fmt_init(so_fmt_iter *it, const char *s, size_t n);
/* Returns -1 with ERR set ("Max string recursion exceeded") when too deep. */
int so_fmt_init_nested(so_fmt_iter *it, const so_fmt_iter *parent,
                       const char *spec, size_t n, strbuf *err);
int so_fmt_next(so_fmt_iter *it, so_fmt_item *item, strbuf *err);
/* The first part of a field name: an integer (all digits: *IS_INT, value in
 * *INDEX; an empty name takes the next automatic number) or a key (KEY,
 * KEY_N: the text up to the first '.' or '[').  *REST is the byte offset of
 * the accessors.  -1 with ERR set for the numbering-switch errors, "Too many
 * decimal digits in format string" (ValueError). */
int so_fmt_field_first(so_fmt_iter *it, const char *name, size_t n, int *is_int,
                       int64_t *index, size_t *key_n, size_t *rest, strbuf *err);
/* Accessors after the first part, from *POS: returns 1 with an attribute
 * (.name: *IS_ATTR = 1) or an item ([key]: *IS_ATTR = 0; *IS_INT and *INDEX
 * when the key is all digits), 0 at the end, -1 with ERR set ("Empty
 * attribute in format string", "Only '.' or '[' may follow ']' in format
 * field specifier", "Missing ']' in format string"). */
int so_fmt_field_next(const char *name, size_t n, size_t *pos, int *is_attr,
                      const char **key, size_t *key_n, int *is_int, int64_t *index,
                      strbuf *err);

/* ---- printf-style '%' parser (priority 5) --------------------------------
 * so_pct_next returns 0 at the end, 1 with an item, -1 on error.  An item
 * is literal text, or one conversion ('%%', and '%' after a complete spec
 * such as '%5%', yield the literal "%" as CPython writes it).
 * CPython fetches values while it parses, so the iterator calls back:
 *   KEY(ctx, key, n) for "%(key)": look it up, making its value the
 *     current argument (CPython: args = value, arglen = -1, argidx = -2);
 *   STAR(ctx, &v) for a '*' width or precision: fetch the next argument
 *     ("not enough arguments for format string", "* wants int").
 * Each returns 0, or -1 with the caller's exception set (then so_pct_next
 * returns -1 with *ERR_KIND = SO_PCT_ERR_CALLER).
 * Errors set here (*ERR_KIND 0: ValueError): "incomplete format key",
 * "incomplete format", "width too big", "precision too big"; and TypeError
 * (SO_PCT_ERR_TYPE) "format requires a mapping" when a key appears and
 * HAVE_MAPPING is 0 (checked before the key is scanned, as CPython).
 * The caller's, after an item: fetch the argument ("not enough arguments
 * for format string"), then when !conv_ok raise so_pct_unsupported's
 * ValueError (after the fetch: '%y' % () is "not enough arguments"), then
 * the per-type conversions (num/fmt.h); at the end "not all arguments
 * converted during string formatting" (tuple args only). */
enum { SO_PCT_ERR_TYPE = 1, SO_PCT_ERR_CALLER = 2 };
/* Flags: the same values as num/fmt.h's FMT_F_* (not included here, so the
 * str kernel does not depend on the number formatter). */
enum { SO_F_LJUST = 1, SO_F_SIGN = 2, SO_F_BLANK = 4, SO_F_ALT = 8, SO_F_ZERO = 16 };
typedef struct so_pct_item {
    const char *lit; size_t lit_n;
    int has_conv;
    int has_key; const char *key; size_t key_n;
    unsigned flags;              /* SO_F_* (== FMT_F_* of num/fmt.h) */
    int64_t width;               /* -1: none (a negative '*' sets SO_F_LJUST) */
    int64_t prec;                /* -1: none; a negative '*' gives 0 */
    uint32_t conv;               /* the conversion character */
    int conv_ok;                 /* one of "sradiuoxXeEfFgGc" */
    size_t conv_index;           /* character index of CONV in the format */
} so_pct_item;
typedef int (*so_pct_key_fn)(void *ctx, const char *key, size_t n);
typedef int (*so_pct_star_fn)(void *ctx, int64_t *value);
typedef struct so_pct_iter {
    const char *s; size_t n, pos, cpos;   /* byte and character position */
    int have_mapping;
    so_pct_key_fn key; so_pct_star_fn star; void *ctx;
} so_pct_iter;
void so_pct_init(so_pct_iter *it, const char *s, size_t n, int have_mapping,
                 so_pct_key_fn key, so_pct_star_fn star, void *ctx);
int so_pct_next(so_pct_iter *it, so_pct_item *item, strbuf *err, int *err_kind);
/* "unsupported format character 'y' (0x79) at index 3" ('?' for a
 * character outside 0x21-0x7e) */
void so_pct_unsupported(const so_pct_item *item, strbuf *err);
/* "Unknown conversion specifier x" (\xHH outside 0x21-0x7e), str.format's
 * error for a bad "!x" (the caller's, after the field lookup). */
void so_fmt_bad_conversion(uint32_t conv, strbuf *err);

#endif
