/* The str methods (CPython 3.14's), over the str kernel (str/str_ops.h) and
 * the Unicode tables.  Formatting (format, format_map, __format__, %) is in
 * str_format.c and str_percent.c, encode in str_codec.c. */
#include "str_int.h"

#include <stdlib.h>

#include "../unicode/unicode.h"
#include "../util/utf8.h"
#include "../vm/call.h"
#include "dict.h"
#include "num.h"
#include "seq.h"

#define SELF kstr_of(self)
#define M(name) SA_METHOD(name, kv_is_str, "str", #name + 4)
#define MS(name) static int name(kr_rt *rt, kr_val self, const kr_val *args, int nargs, \
                                 kr_obj *kwnames, kr_val *out)

static int ret_str(kr_str *r, kr_val *out)
{
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

/* The str itself as a result, as CPython returns an unchanged exact str. */
static int ret_self(kr_rt *rt, kr_val self, kr_val *out)
{
    return ret_str(kstr_exact(rt, SELF), out);
}

static int ret_sb(kr_rt *rt, strbuf *sb, so_status st, const char *ovf, kr_val *out)
{
    if (st != SO_OK) { sb_free(sb); return kstr_so_status(rt, st, ovf); }
    return ret_str(kstr_from_sb(rt, sb), out);
}

/* "NAME() argument N must be str, not T" (NAME NULL: "must be str, not T";
 * N 0: "NAME() argument must be str, not T"). */
static int need_str(kr_rt *rt, kr_val v, const char *name, int argno)
{
    if (kv_is_str(v)) return KR_OK;
    if (!name) return kr_raise(rt, &kt_TypeError, "must be str, not %s", kr_type_name(v));
    if (!argno)
        return kr_raise(rt, &kt_TypeError, "%s() argument must be str, not %s", name, sa_tname(v));
    return kr_raise(rt, &kt_TypeError, "%s() argument %d must be str, not %s", name, argno,
                    sa_tname(v));
}

/* ---- case ----------------------------------------------------------------- */

static int str_case(kr_rt *rt, kr_val self, uc_case_op op, kr_val *out)
{
    kr_str *s = SELF;
    size_t n = (size_t)s->nbytes;
    if (kstr_is_ascii(s) && (op == UC_LOWER || op == UC_UPPER || op == UC_CASEFOLD)) {
        kr_str *r = kstr_alloc(rt, n);
        if (!r) return KR_ERR;
        const unsigned char *p = (const unsigned char *)s->data;
        if (op == UC_UPPER) {
            for (size_t i = 0; i < n; i++)
                r->data[i] = (char)(p[i] >= 'a' && p[i] <= 'z' ? p[i] - 32 : p[i]);
        } else {
            for (size_t i = 0; i < n; i++)
                r->data[i] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
        }
        kstr_finish(r, s->len, 1);
        return ret_str(r, out);
    }
    size_t cap = n * UC_CASE_GROWTH + 1;
    if (!mem_would_fit(&rt->heap.mem, cap)) return kr_nomem(rt);
    char *buf = malloc(cap);
    if (!buf) return kr_nomem(rt);
    size_t m = uc_case_utf8(op, s->data, n, buf);
    kr_str *r = m == (size_t)-1 ? NULL : kstr_new_hint(rt, buf, m, kstr_is_ascii(s));
    free(buf);
    if (m == (size_t)-1) return kr_raise(rt, &kt_SystemError, "invalid UTF-8 in str");
    return ret_str(r, out);
}

#define CASE_METHOD(fn, pyname, op) \
    M(fn) { \
        if (sa_noargs(rt, "str", pyname, nargs, kwnames) != KR_OK) return KR_ERR; \
        return str_case(rt, self, op, out); \
    }
CASE_METHOD(str_lower, "lower", UC_LOWER)
CASE_METHOD(str_upper, "upper", UC_UPPER)
CASE_METHOD(str_casefold, "casefold", UC_CASEFOLD)
CASE_METHOD(str_capitalize, "capitalize", UC_CAPITALIZE)
CASE_METHOD(str_title, "title", UC_TITLE)
CASE_METHOD(str_swapcase, "swapcase", UC_SWAPCASE)

/* ---- predicates ------------------------------------------------------------ */

#define PRED_METHOD(fn, pyname, test) \
    M(fn) { \
        if (sa_noargs(rt, "str", pyname, nargs, kwnames) != KR_OK) return KR_ERR; \
        *out = kv_bool(test(SELF->data, (size_t)SELF->nbytes)); \
        return KR_OK; \
    }
PRED_METHOD(str_isalnum, "isalnum", so_isalnum)
PRED_METHOD(str_isalpha, "isalpha", so_isalpha)
PRED_METHOD(str_isdecimal, "isdecimal", so_isdecimal)
PRED_METHOD(str_isdigit, "isdigit", so_isdigit)
PRED_METHOD(str_isidentifier, "isidentifier", so_isidentifier)
PRED_METHOD(str_islower, "islower", so_islower)
PRED_METHOD(str_isnumeric, "isnumeric", so_isnumeric)
PRED_METHOD(str_isprintable, "isprintable", so_isprintable)
PRED_METHOD(str_isspace, "isspace", so_isspace)
PRED_METHOD(str_istitle, "istitle", so_istitle)
PRED_METHOD(str_isupper, "isupper", so_isupper)

M(str_isascii)
{
    if (sa_noargs(rt, "str", "isascii", nargs, kwnames) != KR_OK) return KR_ERR;
    *out = kv_bool(kstr_is_ascii(SELF));
    return KR_OK;
}

/* ---- search ------------------------------------------------------------------ */

static int find_args(kr_rt *rt, const char *name, const kr_val *args, int nargs,
                     kr_obj *kwnames, int64_t *start, int64_t *end, bool need_sub)
{
    if (sa_pos(rt, "str", name, nargs, kwnames, 1, 3) != KR_OK) return KR_ERR;
    if (need_sub && need_str(rt, args[0], name, 1) != KR_OK) return KR_ERR;
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && !kv_is_none(args[1]) && sa_slice_index(rt, args[1], start) != KR_OK)
        return KR_ERR;
    if (nargs > 2 && !kv_is_none(args[2]) && sa_slice_index(rt, args[2], end) != KR_OK)
        return KR_ERR;
    return KR_OK;
}

static int str_find_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args,
                         int nargs, kr_obj *kwnames, int rev, int raise, kr_val *out)
{
    int64_t start, end;
    if (find_args(rt, name, args, nargs, kwnames, &start, &end, true) != KR_OK) return KR_ERR;
    so_view h = kstr_view(SELF), nd = kstr_view(kstr_of(args[0]));
    int64_t r = rev ? so_rfind(h, nd, start, end) : so_find(h, nd, start, end);
    if (r < 0 && raise) return kr_raise(rt, &kt_ValueError, "substring not found");
    *out = kv_int(r);
    return KR_OK;
}

M(str_find) { return str_find_impl(rt, self, "find", args, nargs, kwnames, 0, 0, out); }
M(str_rfind) { return str_find_impl(rt, self, "rfind", args, nargs, kwnames, 1, 0, out); }
M(str_index) { return str_find_impl(rt, self, "index", args, nargs, kwnames, 0, 1, out); }
M(str_rindex) { return str_find_impl(rt, self, "rindex", args, nargs, kwnames, 1, 1, out); }

M(str_count)
{
    int64_t start, end;
    if (find_args(rt, "count", args, nargs, kwnames, &start, &end, true) != KR_OK) return KR_ERR;
    *out = kv_int(so_count(kstr_view(SELF), kstr_view(kstr_of(args[0])), start, end));
    return KR_OK;
}

static int str_xwith(kr_rt *rt, kr_val self, const char *name, const kr_val *args, int nargs,
                     kr_obj *kwnames, int ends, kr_val *out)
{
    int64_t start, end;
    if (find_args(rt, name, args, nargs, kwnames, &start, &end, false) != KR_OK) return KR_ERR;
    so_view h = kstr_view(SELF);
    kr_val a = args[0];
    if (kv_is_str(a)) {
        so_view p = kstr_view(kstr_of(a));
        *out = kv_bool(ends ? so_endswith(h, p, start, end) : so_startswith(h, p, start, end));
        return KR_OK;
    }
    if (kr_isinstance(a, &kt_tuple)) {
        kr_tuple *t = KR_AS(kr_tuple, a);
        for (int64_t i = 0; i < t->len; i++) {
            if (!kv_is_str(t->items[i]))
                return kr_raise(rt, &kt_TypeError, "tuple for %s must only contain str, not %s",
                                name, kr_type_name(t->items[i]));
            so_view p = kstr_view(kstr_of(t->items[i]));
            if (ends ? so_endswith(h, p, start, end) : so_startswith(h, p, start, end)) {
                *out = kv_bool(1);
                return KR_OK;
            }
        }
        *out = kv_bool(0);
        return KR_OK;
    }
    return kr_raise(rt, &kt_TypeError, "%s first arg must be str or a tuple of str, not %s",
                    name, kr_type_name(a));
}

M(str_startswith) { return str_xwith(rt, self, "startswith", args, nargs, kwnames, 0, out); }
M(str_endswith) { return str_xwith(rt, self, "endswith", args, nargs, kwnames, 1, out); }

/* ---- split family ---------------------------------------------------------- */

static const unsigned char ks_ascii_space[256] = {
    ['\t'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1, ['\r'] = 1,
    [0x1c] = 1, [0x1d] = 1, [0x1e] = 1, [0x1f] = 1, [' '] = 1,
};

static int list_add_piece(kr_rt *rt, kr_list *l, kr_str *s, size_t off, size_t n)
{
    kr_str *p = kstr_piece(rt, s, off, n);
    if (!p) return KR_ERR;
    return klist_append(rt, l, kstr_val(p));
}

static int spans_to_list(kr_rt *rt, kr_str *s, so_spans *sp, so_status st, kr_val *out)
{
    if (st != SO_OK) { so_spans_free(sp); return kstr_so_status(rt, st, ""); }
    kr_list *l = klist_new(rt, (int64_t)sp->len);
    if (!l) { so_spans_free(sp); return KR_ERR; }
    for (size_t i = 0; i < sp->len; i++) {
        if (list_add_piece(rt, l, s, sp->v[i].off, sp->v[i].n) != KR_OK) {
            so_spans_free(sp);
            return KR_ERR;
        }
    }
    so_spans_free(sp);
    *out = klist_val(l);
    return KR_OK;
}

/* split() of an ASCII str on whitespace, without a span array. */
static int split_ascii_ws(kr_rt *rt, kr_str *s, int64_t maxsplit, kr_val *out)
{
    kr_list *l = klist_new(rt, 0);
    if (!l) return KR_ERR;
    const unsigned char *p = (const unsigned char *)s->data;
    size_t n = (size_t)s->nbytes, i = 0;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    while (i < n) {
        while (i < n && ks_ascii_space[p[i]]) i++;
        if (i == n) break;
        if (maxsplit == 0) {
            /* the rest, trailing whitespace included (as CPython) */
            if (list_add_piece(rt, l, s, i, n - i) != KR_OK) return KR_ERR;
            break;
        }
        size_t j = i;
        while (j < n && !ks_ascii_space[p[j]]) j++;
        if (list_add_piece(rt, l, s, i, j - i) != KR_OK) return KR_ERR;
        maxsplit--;
        i = j;
    }
    *out = klist_val(l);
    return KR_OK;
}

/* split(sep) of one byte (any str: a byte < 0x80 only matches itself). */
static int split_byte(kr_rt *rt, kr_str *s, char c, int64_t maxsplit, kr_val *out)
{
    kr_list *l = klist_new(rt, 0);
    if (!l) return KR_ERR;
    const char *p = s->data, *end = p + s->nbytes, *q;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    while (maxsplit > 0 && (q = memchr(p, c, (size_t)(end - p)))) {
        if (list_add_piece(rt, l, s, (size_t)(p - s->data), (size_t)(q - p)) != KR_OK)
            return KR_ERR;
        p = q + 1;
        maxsplit--;
    }
    if (list_add_piece(rt, l, s, (size_t)(p - s->data), (size_t)(end - p)) != KR_OK)
        return KR_ERR;
    *out = klist_val(l);
    return KR_OK;
}

static int str_split_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args,
                          int nargs, kr_obj *kwnames, int right, kr_val *out)
{
    kr_val a[2];
    if (sa_kw(rt, name, "sep,maxsplit", 0, 0, args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    int64_t maxsplit = -1;
    if (!kv_is_undef(a[1]) && sa_index(rt, a[1], &maxsplit, false) != KR_OK) return KR_ERR;
    kr_str *s = SELF;
    so_view sv = kstr_view(s), sepv;
    const so_view *sep = NULL;
    if (!kv_is_undef(a[0]) && !kv_is_none(a[0])) {
        if (!kv_is_str(a[0]))
            return kr_raise(rt, &kt_TypeError, "must be str or None, not %s", kr_type_name(a[0]));
        sepv = kstr_view(kstr_of(a[0]));
        sep = &sepv;
    }
    if (!right) {
        if (!sep && kstr_is_ascii(s)) return split_ascii_ws(rt, s, maxsplit, out);
        if (sep && sepv.n == 1) return split_byte(rt, s, sepv.s[0], maxsplit, out);
    }
    so_spans sp = SO_SPANS_INIT;
    so_status st = right ? so_rsplit(&sp, sv, sep, maxsplit) : so_split(&sp, sv, sep, maxsplit);
    return spans_to_list(rt, s, &sp, st, out);
}

M(str_split) { return str_split_impl(rt, self, "split", args, nargs, kwnames, 0, out); }
M(str_rsplit) { return str_split_impl(rt, self, "rsplit", args, nargs, kwnames, 1, out); }

M(str_splitlines)
{
    kr_val a[1];
    if (sa_kw(rt, "splitlines", "keepends", 0, 0, args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    int keep = 0;
    if (!kv_is_undef(a[0]) && kr_truth(rt, a[0], &keep) != KR_OK) return KR_ERR;
    so_spans sp = SO_SPANS_INIT;
    so_status st = so_splitlines(&sp, kstr_view(SELF), keep);
    return spans_to_list(rt, SELF, &sp, st, out);
}

static int str_partition_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args,
                              int nargs, kr_obj *kwnames, int right, kr_val *out)
{
    if (sa_onearg(rt, "str", name, nargs, kwnames) != KR_OK) return KR_ERR;
    if (need_str(rt, args[0], NULL, 0) != KR_OK) return KR_ERR;
    kr_str *s = SELF;
    so_span sp[3];
    so_status st = right ? so_rpartition(kstr_view(s), kstr_view(kstr_of(args[0])), sp)
                         : so_partition(kstr_view(s), kstr_view(kstr_of(args[0])), sp);
    if (st != SO_OK) return kstr_so_status(rt, st, "");
    kr_tuple *t = ktuple_new(rt, 3);
    if (!t) return KR_ERR;
    for (int i = 0; i < 3; i++) {
        kr_str *p = i == 1 && sp[1].n ? kstr_exact(rt, kstr_of(args[0]))
                                      : kstr_piece(rt, s, sp[i].off, sp[i].n);
        if (!p) return KR_ERR;
        t->items[i] = kstr_val(p);
    }
    *out = ktuple_val(t);
    return KR_OK;
}

M(str_partition) { return str_partition_impl(rt, self, "partition", args, nargs, kwnames, 0, out); }
M(str_rpartition) { return str_partition_impl(rt, self, "rpartition", args, nargs, kwnames, 1, out); }

/* ---- strip, prefixes ------------------------------------------------------------ */

static int str_strip_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args,
                          int nargs, kr_obj *kwnames, int which, kr_val *out)
{
    if (sa_pos(rt, "str", name, nargs, kwnames, 0, 1) != KR_OK) return KR_ERR;
    kr_str *s = SELF;
    so_view cv;
    const so_view *chars = NULL;
    if (nargs && !kv_is_none(args[0])) {
        if (!kv_is_str(args[0]))
            return kr_raise(rt, &kt_TypeError, "%s arg must be None or str", name);
        cv = kstr_view(kstr_of(args[0]));
        chars = &cv;
    }
    so_span sp;
    if (chars && chars->ascii && kstr_is_ascii(s)) {
        unsigned char set[128] = { 0 };
        for (size_t k = 0; k < chars->n; k++) set[(unsigned char)chars->s[k]] = 1;
        const unsigned char *p = (const unsigned char *)s->data;
        size_t i = 0, j = (size_t)s->nbytes;
        if (which & SO_LEFT) while (i < j && set[p[i]]) i++;
        if (which & SO_RIGHT) while (j > i && set[p[j - 1]]) j--;
        sp.off = i;
        sp.n = j - i;
    } else if (!chars && kstr_is_ascii(s)) {
        const unsigned char *p = (const unsigned char *)s->data;
        size_t i = 0, j = (size_t)s->nbytes;
        if (which & SO_LEFT) while (i < j && ks_ascii_space[p[i]]) i++;
        if (which & SO_RIGHT) while (j > i && ks_ascii_space[p[j - 1]]) j--;
        sp.off = i;
        sp.n = j - i;
    } else {
        sp = so_strip(kstr_view(s), chars, which);
    }
    return ret_str(kstr_piece(rt, s, sp.off, sp.n), out);
}

M(str_strip) { return str_strip_impl(rt, self, "strip", args, nargs, kwnames, SO_BOTH, out); }
M(str_lstrip) { return str_strip_impl(rt, self, "lstrip", args, nargs, kwnames, SO_LEFT, out); }
M(str_rstrip) { return str_strip_impl(rt, self, "rstrip", args, nargs, kwnames, SO_RIGHT, out); }

static int str_remove_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args,
                           int nargs, kr_obj *kwnames, int suffix, kr_val *out)
{
    if (sa_onearg(rt, "str", name, nargs, kwnames) != KR_OK) return KR_ERR;
    if (need_str(rt, args[0], name, 0) != KR_OK) return KR_ERR;
    so_view v = kstr_view(SELF), a = kstr_view(kstr_of(args[0]));
    so_span sp = suffix ? so_removesuffix(v, a) : so_removeprefix(v, a);
    return ret_str(kstr_piece(rt, SELF, sp.off, sp.n), out);
}

M(str_removeprefix) { return str_remove_impl(rt, self, "removeprefix", args, nargs, kwnames, 0, out); }
M(str_removesuffix) { return str_remove_impl(rt, self, "removesuffix", args, nargs, kwnames, 1, out); }

/* ---- replace, padding, tabs ----------------------------------------------------- */

M(str_replace)
{
    kr_val a[3];
    if (sa_kw(rt, "replace", "old,new,count", 2, 2, args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    if (need_str(rt, a[0], "replace", 1) != KR_OK || need_str(rt, a[1], "replace", 2) != KR_OK)
        return KR_ERR;
    int64_t count = -1;
    if (!kv_is_undef(a[2]) && sa_index(rt, a[2], &count, false) != KR_OK) return KR_ERR;
    kr_str *s = SELF, *old = kstr_of(a[0]), *new_ = kstr_of(a[1]);
    if (count == 0 || (old->nbytes > 0 && so_mem_find(s->data, (size_t)s->nbytes, old->data,
                                                      (size_t)old->nbytes) < 0))
        return ret_self(rt, self, out);
    strbuf sb = STRBUF_INIT;
    so_status st = so_replace(&sb, kstr_view(s), kstr_view(old), kstr_view(new_), count,
                              kstr_cap(rt));
    return ret_sb(rt, &sb, st, "replace string is too long", out);
}

/* The fill character argument of center/ljust/rjust. */
static int fill_arg(kr_rt *rt, const kr_val *args, int nargs, uint32_t *fill)
{
    *fill = ' ';
    if (nargs < 2) return KR_OK;
    if (!kv_is_str(args[1]))
        return kr_raise(rt, &kt_TypeError, "The fill character must be a unicode character, not %s",
                        kr_type_name(args[1]));
    kr_str *f = kstr_of(args[1]);
    if (f->len != 1)
        return kr_raise(rt, &kt_TypeError, "The fill character must be exactly one character long");
    size_t i = 0;
    *fill = so_next_cp(f->data, (size_t)f->nbytes, &i);
    return KR_OK;
}

typedef so_status (*pad_fn)(strbuf *, so_view, int64_t, uint32_t, size_t);

static int str_pad_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args,
                        int nargs, kr_obj *kwnames, pad_fn fn, kr_val *out)
{
    if (sa_pos(rt, "str", name, nargs, kwnames, 1, 2) != KR_OK) return KR_ERR;
    int64_t width;
    uint32_t fill;
    if (sa_index(rt, args[0], &width, false) != KR_OK) return KR_ERR;
    if (fill_arg(rt, args, nargs, &fill) != KR_OK) return KR_ERR;
    if (width <= SELF->len) return ret_self(rt, self, out);
    strbuf sb = STRBUF_INIT;
    so_status st = fn(&sb, kstr_view(SELF), width, fill, kstr_cap(rt));
    return ret_sb(rt, &sb, st, "padded string is too long", out);
}

M(str_center) { return str_pad_impl(rt, self, "center", args, nargs, kwnames, so_center, out); }
M(str_ljust) { return str_pad_impl(rt, self, "ljust", args, nargs, kwnames, so_ljust, out); }
M(str_rjust) { return str_pad_impl(rt, self, "rjust", args, nargs, kwnames, so_rjust, out); }

M(str_zfill)
{
    if (sa_onearg(rt, "str", "zfill", nargs, kwnames) != KR_OK) return KR_ERR;
    int64_t width;
    if (sa_index(rt, args[0], &width, false) != KR_OK) return KR_ERR;
    if (width <= SELF->len) return ret_self(rt, self, out);
    strbuf sb = STRBUF_INIT;
    so_status st = so_zfill(&sb, kstr_view(SELF), width, kstr_cap(rt));
    return ret_sb(rt, &sb, st, "padded string is too long", out);
}

M(str_expandtabs)
{
    kr_val a[1];
    if (sa_kw(rt, "expandtabs", "tabsize", 0, 0, args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    int64_t tabsize = 8;
    if (!kv_is_undef(a[0])) {
        if (sa_index(rt, a[0], &tabsize, true) != KR_OK) return KR_ERR;
        if (tabsize > INT32_MAX || tabsize < INT32_MIN)
            return kr_raise(rt, &kt_OverflowError, "Python int too large to convert to C int");
    }
    if (!memchr(SELF->data, '\t', (size_t)SELF->nbytes)) return ret_self(rt, self, out);
    strbuf sb = STRBUF_INIT;
    so_status st = so_expandtabs(&sb, kstr_view(SELF), tabsize, kstr_cap(rt));
    return ret_sb(rt, &sb, st, "new string is too long", out);
}

/* ---- join ------------------------------------------------------------------------ */

/* sep.join(items[0..n)): one allocation, sized first. */
static int join_items(kr_rt *rt, kr_str *sep, const kr_val *items, int64_t n, kr_val *out)
{
    if (n == 0) return ret_str(kstr_empty(rt), out);
    if (n == 1 && kv_is_exact_str(items[0])) { *out = items[0]; return KR_OK; }
    size_t total = 0;
    int64_t len = 0;
    int ascii = kstr_is_ascii(sep);
    for (int64_t i = 0; i < n; i++) {
        if (!kv_is_str(items[i]))
            return kr_raise(rt, &kt_TypeError, "sequence item %lld: expected str instance, %s found",
                            (long long)i, kr_type_name(items[i]));
        kr_str *s = kstr_of(items[i]);
        total += (size_t)s->nbytes;
        len += s->len;
        ascii &= kstr_is_ascii(s);
        if (total > (size_t)INT64_MAX / 4) return kr_nomem(rt);
    }
    size_t sn = (size_t)sep->nbytes;
    if (sn && (size_t)(n - 1) > ((size_t)INT64_MAX / 4 - total) / sn) return kr_nomem(rt);
    total += sn * (size_t)(n - 1);
    len += sep->len * (n - 1);
    kr_str *r = kstr_alloc(rt, total);
    if (!r) return KR_ERR;
    char *w = r->data;
    for (int64_t i = 0; i < n; i++) {
        kr_str *s = kstr_of(items[i]);
        if (i && sn) {
            if (sn == 1) *w++ = sep->data[0];
            else { memcpy(w, sep->data, sn); w += sn; }
        }
        memcpy(w, s->data, (size_t)s->nbytes);
        w += s->nbytes;
    }
    kstr_finish(r, len, ascii);
    return ret_str(r, out);
}

int kstr_join(kr_rt *rt, kr_str *sep, kr_val iterable, kr_val *out)
{
    kr_val x = iterable;
    if (kr_isinstance(x, &kt_list)) {
        kr_list *l = KR_AS(kr_list, x);
        return join_items(rt, sep, l->items, l->len, out);
    }
    if (kr_isinstance(x, &kt_tuple)) {
        kr_tuple *t = KR_AS(kr_tuple, x);
        return join_items(rt, sep, t->items, t->len, out);
    }
    /* anything else: collect the items into a list first */
    kr_val it;
    rt->in_gc_unsafe++;
    int r = kr_iter(rt, x, &it);
    if (r != KR_OK) {
        rt->in_gc_unsafe--;
        if (kr_exc_matches(rt, &kt_TypeError)) {
            kr_exc_clear(rt);
            return kr_raise(rt, &kt_TypeError, "can only join an iterable");
        }
        return KR_ERR;
    }
    kr_list *l = klist_new(rt, 0);
    if (!l) { rt->in_gc_unsafe--; return KR_ERR; }
    for (;;) {
        kr_val v;
        r = kr_next(rt, it, &v);
        if (r == KR_STOP) break;
        if (r != KR_OK || klist_append(rt, l, v) != KR_OK) { rt->in_gc_unsafe--; return KR_ERR; }
    }
    r = join_items(rt, sep, l->items, l->len, out);
    rt->in_gc_unsafe--;
    return r;
}

M(str_join)
{
    if (sa_onearg(rt, "str", "join", nargs, kwnames) != KR_OK) return KR_ERR;
    return kstr_join(rt, SELF, args[0], out);
}

/* ---- translate, maketrans ---------------------------------------------------------- */

/* Looks up code point CP in TABLE: 1 found (*v set), 0 absent (LookupError). */
static int trans_lookup(kr_rt *rt, kr_val table, uint32_t cp, kr_val *v)
{
    if (kv_is_exact_dict(table)) {
        int r = kdict_get(rt, KR_AS(kr_dict, table), kv_int(cp), v);
        if (r == KR_STOP) return 0;
        return r == KR_OK ? 1 : KR_ERR;
    }
    int r = kr_getitem(rt, table, kv_int(cp), v);
    if (r == KR_OK) return 1;
    if (r == KR_ERR && kr_exc_matches(rt, &kt_LookupError)) {
        kr_exc_clear(rt);
        return 0;
    }
    return KR_ERR;
}

M(str_translate)
{
    if (sa_onearg(rt, "str", "translate", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_val table = args[0];
    kr_str *s = SELF;
    strbuf sb = STRBUF_INIT;
    /* results for ASCII characters, looked up once: 0 unknown, 1 keep,
     * 2 delete, 3 a str/char in cache[] */
    unsigned char state[128] = { 0 };
    kr_val cache[128];
    size_t i = 0, n = (size_t)s->nbytes;
    int rc = KR_OK;
    rt->in_gc_unsafe++;
    while (i < n) {
        size_t start = i;
        uint32_t cp = so_next_cp(s->data, n, &i);
        kr_val v;
        int st;
        if (cp < 128 && state[cp]) {
            st = state[cp];
            v = cache[cp];
        } else {
            int f = trans_lookup(rt, table, cp, &v);
            if (f == KR_ERR) { rc = KR_ERR; break; }
            if (!f) st = 1;
            else if (kv_is_none(v)) st = 2;
            else if (kv_is_int(v) || kv_is_bool(v) || kv_is_anyint(v)) {
                int64_t c;
                if (!kv_is_int(v) && !kv_is_bool(v)) c = -1;
                else c = kv_is_int(v) ? kv_as_int(v) : kv_as_bool(v);
                if (c < 0 || c > 0x10FFFF) {
                    rc = kr_raise(rt, &kt_ValueError, "character mapping must be in range(0x110000)");
                    break;
                }
                kr_str *cs = kstr_from_cp(rt, (uint32_t)c);
                if (!cs) { rc = KR_ERR; break; }
                v = kstr_val(cs);
                st = 3;
            } else if (kv_is_str(v)) {
                st = 3;
            } else {
                rc = kr_raise(rt, &kt_TypeError, "character mapping must return integer, None or str");
                break;
            }
            if (cp < 128) { state[cp] = (unsigned char)st; cache[cp] = v; }
        }
        if (st == 1) sb_append(&sb, s->data + start, i - start);
        else if (st == 3) sb_append(&sb, kstr_of(v)->data, (size_t)kstr_of(v)->nbytes);
        if (sb.len > kstr_cap(rt)) { rc = kr_nomem(rt); break; }
    }
    rt->in_gc_unsafe--;
    if (rc != KR_OK) { sb_free(&sb); return rc; }
    return ret_str(kstr_from_sb(rt, &sb), out);
}

MS(str_maketrans)
{
    if (sa_pos(rt, "str", "maketrans", nargs, kwnames, 1, 3) != KR_OK) return KR_ERR;
    kr_dict *d = kdict_new(rt);
    if (!d) return KR_ERR;
    if (nargs == 1) {
        if (!kr_isinstance(args[0], &kt_dict))
            return kr_raise(rt, &kt_TypeError,
                            "if you give only one argument to maketrans it must be a dict");
        kr_dict *src = KR_AS(kr_dict, args[0]);
        int64_t pos = 0;
        dk_entry *e;
        while (dk_next(&src->t, &pos, &e)) {
            kr_val k = e->key;
            if (kv_is_str(k)) {
                kr_str *ks = kstr_of(k);
                if (ks->len != 1)
                    return kr_raise(rt, &kt_ValueError,
                                    "string keys in translate table must be of length 1");
                size_t i = 0;
                k = kv_int(so_next_cp(ks->data, (size_t)ks->nbytes, &i));
            } else if (!kv_is_int(k) && !kv_is_bool(k) && !kv_is_anyint(k)) {
                return kr_raise(rt, &kt_TypeError, "keys in translate table must be strings or integers");
            }
            if (kdict_set(rt, d, k, e->value) != KR_OK) return KR_ERR;
        }
        *out = kdict_val(d);
        return KR_OK;
    }
    if (!kv_is_str(args[0]))
        return kr_raise(rt, &kt_TypeError,
                        "first maketrans argument must be a string if there is a second argument");
    if (!kv_is_str(args[1]))
        return kr_raise(rt, &kt_TypeError, "maketrans() argument 2 must be str, not %s",
                        sa_tname(args[1]));
    if (nargs > 2 && !kv_is_str(args[2]))
        return kr_raise(rt, &kt_TypeError, "maketrans() argument 3 must be str, not %s",
                        sa_tname(args[2]));
    kr_str *x = kstr_of(args[0]), *y = kstr_of(args[1]);
    if (x->len != y->len)
        return kr_raise(rt, &kt_ValueError, "the first two maketrans arguments must have equal length");
    size_t i = 0, j = 0;
    while (i < (size_t)x->nbytes) {
        uint32_t a = so_next_cp(x->data, (size_t)x->nbytes, &i);
        uint32_t b = so_next_cp(y->data, (size_t)y->nbytes, &j);
        if (kdict_set(rt, d, kv_int(a), kv_int(b)) != KR_OK) return KR_ERR;
    }
    if (nargs > 2) {
        kr_str *z = kstr_of(args[2]);
        i = 0;
        while (i < (size_t)z->nbytes) {
            uint32_t a = so_next_cp(z->data, (size_t)z->nbytes, &i);
            if (kdict_set(rt, d, kv_int(a), kv_none()) != KR_OK) return KR_ERR;
        }
    }
    *out = kdict_val(d);
    return KR_OK;
}

/* ---- encode ------------------------------------------------------------------------ */

M(str_encode)
{
    kr_val a[2];
    if (sa_kw(rt, "encode", "encoding,errors", 0, 0, args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    const char *enc = "utf-8", *errors = NULL;
    if (!kv_is_undef(a[0])) {
        if (!kv_is_str(a[0]))
            return kr_raise(rt, &kt_TypeError, "encode() argument 'encoding' must be str, not %s",
                            sa_tname(a[0]));
        enc = kstr_of(a[0])->data;
    }
    if (!kv_is_undef(a[1])) {
        if (!kv_is_str(a[1]))
            return kr_raise(rt, &kt_TypeError, "encode() argument 'errors' must be str, not %s",
                            sa_tname(a[1]));
        errors = kstr_of(a[1])->data;
    }
    int codec = kcodec_lookup(rt, enc, strlen(enc));
    if (codec < 0) return KR_ERR;
    return kcodec_encode(rt, SELF, codec, enc, errors, out);
}

/* ---- the table ---------------------------------------------------------------------- */

int kstr_format_method(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames,
                       kr_val *out);
int kstr_format_map_method(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                           kr_obj *kwnames, kr_val *out);
int kstr_dunder_format(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames,
                       kr_val *out);

#define ENTRY(var, name, fn) static KR_CFUNC(var, name, fn, KF_METHOD);
ENTRY(f_capitalize, "capitalize", str_capitalize)
ENTRY(f_casefold, "casefold", str_casefold)
ENTRY(f_center, "center", str_center)
ENTRY(f_count, "count", str_count)
ENTRY(f_encode, "encode", str_encode)
ENTRY(f_endswith, "endswith", str_endswith)
ENTRY(f_expandtabs, "expandtabs", str_expandtabs)
ENTRY(f_find, "find", str_find)
ENTRY(f_format, "format", kstr_format_method)
ENTRY(f_format_map, "format_map", kstr_format_map_method)
ENTRY(f_index, "index", str_index)
ENTRY(f_isalnum, "isalnum", str_isalnum)
ENTRY(f_isalpha, "isalpha", str_isalpha)
ENTRY(f_isascii, "isascii", str_isascii)
ENTRY(f_isdecimal, "isdecimal", str_isdecimal)
ENTRY(f_isdigit, "isdigit", str_isdigit)
ENTRY(f_isidentifier, "isidentifier", str_isidentifier)
ENTRY(f_islower, "islower", str_islower)
ENTRY(f_isnumeric, "isnumeric", str_isnumeric)
ENTRY(f_isprintable, "isprintable", str_isprintable)
ENTRY(f_isspace, "isspace", str_isspace)
ENTRY(f_istitle, "istitle", str_istitle)
ENTRY(f_isupper, "isupper", str_isupper)
ENTRY(f_join, "join", str_join)
ENTRY(f_ljust, "ljust", str_ljust)
ENTRY(f_lower, "lower", str_lower)
ENTRY(f_lstrip, "lstrip", str_lstrip)
ENTRY(f_partition, "partition", str_partition)
ENTRY(f_removeprefix, "removeprefix", str_removeprefix)
ENTRY(f_removesuffix, "removesuffix", str_removesuffix)
ENTRY(f_replace, "replace", str_replace)
ENTRY(f_rfind, "rfind", str_rfind)
ENTRY(f_rindex, "rindex", str_rindex)
ENTRY(f_rjust, "rjust", str_rjust)
ENTRY(f_rpartition, "rpartition", str_rpartition)
ENTRY(f_rsplit, "rsplit", str_rsplit)
ENTRY(f_rstrip, "rstrip", str_rstrip)
ENTRY(f_split, "split", str_split)
ENTRY(f_splitlines, "splitlines", str_splitlines)
ENTRY(f_startswith, "startswith", str_startswith)
ENTRY(f_strip, "strip", str_strip)
ENTRY(f_swapcase, "swapcase", str_swapcase)
ENTRY(f_title, "title", str_title)
ENTRY(f_translate, "translate", str_translate)
ENTRY(f_upper, "upper", str_upper)
ENTRY(f_zfill, "zfill", str_zfill)
ENTRY(f_dformat, "__format__", kstr_dunder_format)
static KR_CFUNC(f_maketrans, "maketrans", str_maketrans, KF_STATIC);

const kr_cfunc *const kstr_methods[] = {
    &f_capitalize, &f_casefold, &f_center, &f_count, &f_encode, &f_endswith, &f_expandtabs,
    &f_find, &f_format, &f_format_map, &f_index, &f_isalnum, &f_isalpha, &f_isascii,
    &f_isdecimal, &f_isdigit, &f_isidentifier, &f_islower, &f_isnumeric, &f_isprintable,
    &f_isspace, &f_istitle, &f_isupper, &f_join, &f_ljust, &f_lower, &f_lstrip, &f_maketrans,
    &f_partition, &f_removeprefix, &f_removesuffix, &f_replace, &f_rfind, &f_rindex, &f_rjust,
    &f_rpartition, &f_rsplit, &f_rstrip, &f_split, &f_splitlines, &f_startswith, &f_strip,
    &f_swapcase, &f_title, &f_translate, &f_upper, &f_zfill, &f_dformat, NULL,
};
