/* The methods bytes and bytearray share (each returns a result of its
 * receiver's kind), plus bytes.fromhex / hex / maketrans / decode.  Bytes
 * semantics are ASCII-only: whitespace is " \t\n\r\v\f", case and the
 * predicates look at ASCII letters and digits only. */
#include "bytes_int.h"

#include <ctype.h>

#include "../vm/call.h"
#include "dict.h"
#include "num.h"
#include "seq.h"

static inline bool kb_is_buf(kr_val v)
{
    const unsigned char *p;
    size_t n;
    return kbytes_buffer(v, &p, &n);
}
#define M(name) SA_METHOD(name, kb_is_buf, "bytes", #name + 2)
#define MS(name) static int name(kr_rt *rt, kr_val self, const kr_val *args, int nargs, \
                                 kr_obj *kwnames, kr_val *out)
#define SELFBUF const unsigned char *sp = NULL; size_t sn = 0; kbytes_buffer(self, &sp, &sn)
#define TN kb_tname(self)

/* ---- search ------------------------------------------------------------ */

/* The "sub" argument of find/count/index: bytes-like or an int byte. */
static int sub_arg(kr_rt *rt, kr_val v, const unsigned char **p, size_t *n, unsigned char *one)
{
    if (kbytes_buffer(v, p, n)) return KR_OK;
    if (kv_is_int(v) || kv_is_bool(v) || kv_is_anyint(v)
        || !kv_is_undef(vm_lookup_special(rt, v, "__index__"))) {
        int c;
        if (kb_byte_value(rt, v, &c) != KR_OK) return KR_ERR;
        *one = (unsigned char)c;
        *p = one;
        *n = 1;
        return KR_OK;
    }
    return kr_raise(rt, &kt_TypeError, "argument should be integer or bytes-like object, not '%s'",
                    kr_type_name(v));
}

static int range_args(kr_rt *rt, const char *tname, const char *name, const kr_val *args,
                      int nargs, kr_obj *kwnames, int64_t *start, int64_t *end)
{
    if (sa_pos(rt, tname, name, nargs, kwnames, 1, 3) != KR_OK) return KR_ERR;
    *start = 0;
    *end = INT64_MAX;
    if (nargs > 1 && !kv_is_none(args[1]) && sa_slice_index(rt, args[1], start) != KR_OK)
        return KR_ERR;
    if (nargs > 2 && !kv_is_none(args[2]) && sa_slice_index(rt, args[2], end) != KR_OK)
        return KR_ERR;
    return KR_OK;
}

static so_view bview(const unsigned char *p, size_t n)
{
    so_view v = { (const char *)p, n, n, 1 };
    return v;
}

static int find_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args, int nargs,
                     kr_obj *kwnames, int rev, int raise, kr_val *out)
{
    int64_t start, end;
    if (range_args(rt, TN, name, args, nargs, kwnames, &start, &end) != KR_OK) return KR_ERR;
    SELFBUF;
    const unsigned char *q;
    size_t qn;
    unsigned char one;
    if (sub_arg(rt, args[0], &q, &qn, &one) != KR_OK) return KR_ERR;
    int64_t r = rev ? so_rfind(bview(sp, sn), bview(q, qn), start, end)
                    : so_find(bview(sp, sn), bview(q, qn), start, end);
    if (r < 0 && raise) return kr_raise(rt, &kt_ValueError, "subsection not found");
    *out = kv_int(r);
    return KR_OK;
}

M(b_find) { return find_impl(rt, self, "find", args, nargs, kwnames, 0, 0, out); }
M(b_rfind) { return find_impl(rt, self, "rfind", args, nargs, kwnames, 1, 0, out); }
M(b_index) { return find_impl(rt, self, "index", args, nargs, kwnames, 0, 1, out); }
M(b_rindex) { return find_impl(rt, self, "rindex", args, nargs, kwnames, 1, 1, out); }

M(b_count)
{
    int64_t start, end;
    if (range_args(rt, TN, "count", args, nargs, kwnames, &start, &end) != KR_OK) return KR_ERR;
    SELFBUF;
    const unsigned char *q;
    size_t qn;
    unsigned char one;
    if (sub_arg(rt, args[0], &q, &qn, &one) != KR_OK) return KR_ERR;
    *out = kv_int(so_count(bview(sp, sn), bview(q, qn), start, end));
    return KR_OK;
}

static int xwith(kr_rt *rt, kr_val self, const char *name, const kr_val *args, int nargs,
                 kr_obj *kwnames, int ends, kr_val *out)
{
    int64_t start, end;
    if (range_args(rt, TN, name, args, nargs, kwnames, &start, &end) != KR_OK) return KR_ERR;
    SELFBUF;
    const unsigned char *q;
    size_t qn;
    if (kbytes_buffer(args[0], &q, &qn)) {
        *out = kv_bool(ends ? so_endswith(bview(sp, sn), bview(q, qn), start, end)
                            : so_startswith(bview(sp, sn), bview(q, qn), start, end));
        return KR_OK;
    }
    if (kr_isinstance(args[0], &kt_tuple)) {
        kr_tuple *t = KR_AS(kr_tuple, args[0]);
        for (int64_t i = 0; i < t->len; i++) {
            if (kb_need_buffer(rt, t->items[i], &q, &qn) != KR_OK) return KR_ERR;
            if (ends ? so_endswith(bview(sp, sn), bview(q, qn), start, end)
                     : so_startswith(bview(sp, sn), bview(q, qn), start, end)) {
                *out = kv_bool(1);
                return KR_OK;
            }
        }
        *out = kv_bool(0);
        return KR_OK;
    }
    return kr_raise(rt, &kt_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s",
                    name, kr_type_name(args[0]));
}

M(b_startswith) { return xwith(rt, self, "startswith", args, nargs, kwnames, 0, out); }
M(b_endswith) { return xwith(rt, self, "endswith", args, nargs, kwnames, 1, out); }

/* ---- split family ---------------------------------------------------------- */

static int add_piece(kr_rt *rt, kr_val self, kr_list *l, const unsigned char *p, size_t n)
{
    kr_val v;
    if (kb_result(rt, self, p, n, &v) != KR_OK) return KR_ERR;
    return klist_append(rt, l, v);
}

static int split_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args, int nargs,
                      kr_obj *kwnames, int right, kr_val *out)
{
    kr_val a[2];
    if (sa_kw(rt, name, "sep,maxsplit", 0, 0, args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    int64_t maxsplit = -1;
    if (!kv_is_undef(a[1]) && sa_index(rt, a[1], &maxsplit, false) != KR_OK) return KR_ERR;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    SELFBUF;
    kr_list *l = klist_new(rt, 0);
    if (!l) return KR_ERR;
    if (kv_is_undef(a[0]) || kv_is_none(a[0])) {
        if (!right) {
            size_t i = 0;
            while (i < sn) {
                while (i < sn && kb_isspace(sp[i])) i++;
                if (i == sn) break;
                if (maxsplit == 0) {
                    if (add_piece(rt, self, l, sp + i, sn - i) != KR_OK) return KR_ERR;
                    break;
                }
                size_t j = i;
                while (j < sn && !kb_isspace(sp[j])) j++;
                if (add_piece(rt, self, l, sp + i, j - i) != KR_OK) return KR_ERR;
                maxsplit--;
                i = j;
            }
        } else {
            size_t i = sn;
            while (i > 0) {
                while (i > 0 && kb_isspace(sp[i - 1])) i--;
                if (i == 0) break;
                if (maxsplit == 0) {
                    if (add_piece(rt, self, l, sp, i) != KR_OK) return KR_ERR;
                    break;
                }
                size_t j = i;
                while (j > 0 && !kb_isspace(sp[j - 1])) j--;
                if (add_piece(rt, self, l, sp + j, i - j) != KR_OK) return KR_ERR;
                maxsplit--;
                i = j;
            }
            /* reverse into order */
            for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
                kr_val t = l->items[x]; l->items[x] = l->items[y]; l->items[y] = t;
            }
        }
        *out = klist_val(l);
        return KR_OK;
    }
    const unsigned char *q;
    size_t qn;
    if (kb_need_buffer(rt, a[0], &q, &qn) != KR_OK) return KR_ERR;
    if (qn == 0) return kr_raise(rt, &kt_ValueError, "empty separator");
    if (!right) {
        size_t i = 0;
        for (;;) {
            int64_t r = maxsplit > 0 ? so_mem_find((const char *)sp + i, sn - i, (const char *)q, qn) : -1;
            if (r < 0) break;
            if (add_piece(rt, self, l, sp + i, (size_t)r) != KR_OK) return KR_ERR;
            i += (size_t)r + qn;
            maxsplit--;
        }
        if (add_piece(rt, self, l, sp + i, sn - i) != KR_OK) return KR_ERR;
    } else {
        size_t e = sn;
        for (;;) {
            int64_t r = maxsplit > 0 ? so_mem_rfind((const char *)sp, e, (const char *)q, qn) : -1;
            if (r < 0) break;
            if (add_piece(rt, self, l, sp + r + qn, e - (size_t)r - qn) != KR_OK) return KR_ERR;
            e = (size_t)r;
            maxsplit--;
        }
        if (add_piece(rt, self, l, sp, e) != KR_OK) return KR_ERR;
        for (int64_t x = 0, y = l->len - 1; x < y; x++, y--) {
            kr_val t = l->items[x]; l->items[x] = l->items[y]; l->items[y] = t;
        }
    }
    *out = klist_val(l);
    return KR_OK;
}

M(b_split) { return split_impl(rt, self, "split", args, nargs, kwnames, 0, out); }
M(b_rsplit) { return split_impl(rt, self, "rsplit", args, nargs, kwnames, 1, out); }

M(b_splitlines)
{
    kr_val a[1];
    if (sa_kw(rt, "splitlines", "keepends", 0, 0, args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    int keep = 0;
    if (!kv_is_undef(a[0]) && kr_truth(rt, a[0], &keep) != KR_OK) return KR_ERR;
    SELFBUF;
    kr_list *l = klist_new(rt, 0);
    if (!l) return KR_ERR;
    size_t i = 0;
    while (i < sn) {
        size_t j = i;
        while (j < sn && sp[j] != '\n' && sp[j] != '\r') j++;
        size_t eol = j;
        if (j < sn) {
            if (sp[j] == '\r' && j + 1 < sn && sp[j + 1] == '\n') j += 2;
            else j++;
        }
        if (add_piece(rt, self, l, sp + i, (keep ? j : eol) - i) != KR_OK) return KR_ERR;
        i = j;
    }
    *out = klist_val(l);
    return KR_OK;
}

static int partition_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args,
                          int nargs, kr_obj *kwnames, int right, kr_val *out)
{
    if (sa_onearg(rt, TN, name, nargs, kwnames) != KR_OK) return KR_ERR;
    SELFBUF;
    const unsigned char *q;
    size_t qn;
    if (kb_need_buffer(rt, args[0], &q, &qn) != KR_OK) return KR_ERR;
    if (qn == 0) return kr_raise(rt, &kt_ValueError, "empty separator");
    int64_t r = right ? so_mem_rfind((const char *)sp, sn, (const char *)q, qn)
                      : so_mem_find((const char *)sp, sn, (const char *)q, qn);
    kr_val parts[3];
    int rc;
    if (r < 0) {
        if (right) {
            rc = kb_result(rt, self, "", 0, &parts[0]);
            if (rc == KR_OK) rc = kb_result(rt, self, "", 0, &parts[1]);
            if (rc == KR_OK) rc = kb_result(rt, self, sp, sn, &parts[2]);
        } else {
            rc = kb_result(rt, self, sp, sn, &parts[0]);
            if (rc == KR_OK) rc = kb_result(rt, self, "", 0, &parts[1]);
            if (rc == KR_OK) rc = kb_result(rt, self, "", 0, &parts[2]);
        }
    } else {
        rc = kb_result(rt, self, sp, (size_t)r, &parts[0]);
        /* bytes gives back the separator object itself, as CPython */
        if (!kv_is_bytearray(self)) parts[1] = args[0];
        else if (rc == KR_OK) rc = kb_result(rt, self, q, qn, &parts[1]);
        if (rc == KR_OK) rc = kb_result(rt, self, sp + r + qn, sn - (size_t)r - qn, &parts[2]);
    }
    if (rc != KR_OK) return KR_ERR;
    kr_tuple *t = ktuple_from(rt, parts, 3);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

M(b_partition) { return partition_impl(rt, self, "partition", args, nargs, kwnames, 0, out); }
M(b_rpartition) { return partition_impl(rt, self, "rpartition", args, nargs, kwnames, 1, out); }

/* ---- strip, prefixes ------------------------------------------------------ */

static int strip_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args, int nargs,
                      kr_obj *kwnames, int which, kr_val *out)
{
    if (sa_pos(rt, TN, name, nargs, kwnames, 0, 1) != KR_OK) return KR_ERR;
    SELFBUF;
    unsigned char set[256] = { 0 };
    if (nargs && !kv_is_none(args[0])) {
        const unsigned char *q;
        size_t qn;
        if (kb_need_buffer(rt, args[0], &q, &qn) != KR_OK) return KR_ERR;
        for (size_t k = 0; k < qn; k++) set[q[k]] = 1;
    } else {
        for (int c = 0; c < 256; c++) set[c] = (unsigned char)kb_isspace((unsigned char)c);
    }
    size_t i = 0, j = sn;
    if (which & SO_LEFT) while (i < j && set[sp[i]]) i++;
    if (which & SO_RIGHT) while (j > i && set[sp[j - 1]]) j--;
    return kb_result(rt, self, sp + i, j - i, out);
}

M(b_strip) { return strip_impl(rt, self, "strip", args, nargs, kwnames, SO_BOTH, out); }
M(b_lstrip) { return strip_impl(rt, self, "lstrip", args, nargs, kwnames, SO_LEFT, out); }
M(b_rstrip) { return strip_impl(rt, self, "rstrip", args, nargs, kwnames, SO_RIGHT, out); }

static int remove_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args, int nargs,
                       kr_obj *kwnames, int suffix, kr_val *out)
{
    if (sa_onearg(rt, TN, name, nargs, kwnames) != KR_OK) return KR_ERR;
    SELFBUF;
    const unsigned char *q;
    size_t qn;
    if (kb_need_buffer(rt, args[0], &q, &qn) != KR_OK) return KR_ERR;
    if (qn <= sn) {
        if (!suffix && !memcmp(sp, q, qn)) return kb_result(rt, self, sp + qn, sn - qn, out);
        if (suffix && qn && !memcmp(sp + sn - qn, q, qn)) return kb_result(rt, self, sp, sn - qn, out);
    }
    return kb_result(rt, self, sp, sn, out);
}

M(b_removeprefix) { return remove_impl(rt, self, "removeprefix", args, nargs, kwnames, 0, out); }
M(b_removesuffix) { return remove_impl(rt, self, "removesuffix", args, nargs, kwnames, 1, out); }

/* ---- replace, padding, tabs ----------------------------------------------- */

static int ret_sb(kr_rt *rt, kr_val self, strbuf *sb, kr_val *out)
{
    if (sb->oom) { sb_free(sb); return kr_nomem(rt); }
    int r = kb_result(rt, self, sb->p ? sb->p : "", sb->len, out);
    sb_free(sb);
    return r;
}

M(b_replace)
{
    if (sa_pos(rt, TN, "replace", nargs, kwnames, 2, 3) != KR_OK) return KR_ERR;
    SELFBUF;
    const unsigned char *o, *nw;
    size_t on, nn;
    if (kb_need_buffer(rt, args[0], &o, &on) != KR_OK || kb_need_buffer(rt, args[1], &nw, &nn) != KR_OK)
        return KR_ERR;
    int64_t count = -1;
    if (nargs > 2 && sa_index(rt, args[2], &count, false) != KR_OK) return KR_ERR;
    if (count < 0) count = INT64_MAX;
    strbuf sb = STRBUF_INIT;
    size_t cap = kstr_cap(rt);
    if (on == 0) {
        int64_t k = 0;
        for (size_t i = 0; i <= sn; i++) {
            if (k < count) { sb_append(&sb, (const char *)nw, nn); k++; }
            if (i < sn) sb_append(&sb, (const char *)sp + i, 1);
            if (sb.len > cap) { sb_free(&sb); return kr_nomem(rt); }
        }
        return ret_sb(rt, self, &sb, out);
    }
    so_status st = so_replace(&sb, bview(sp, sn), bview(o, on), bview(nw, nn), count, cap);
    if (st != SO_OK) { sb_free(&sb); return kstr_so_status(rt, st, "replace bytes are too long"); }
    return ret_sb(rt, self, &sb, out);
}

static int fill_arg(kr_rt *rt, const char *name, const kr_val *args, int nargs, char *fill)
{
    *fill = ' ';
    if (nargs < 2) return KR_OK;
    const unsigned char *q;
    size_t qn;
    if (!kbytes_buffer(args[1], &q, &qn))
        return kr_raise(rt, &kt_TypeError, "%s() argument 2 must be a byte string of length 1, not %s",
                        name, kr_type_name(args[1]));
    if (qn != 1)
        return kr_raise(rt, &kt_TypeError,
                        "%s(): argument 2 must be a byte string of length 1, not a %s object of length %zu",
                        name, kr_type_name(args[1]), qn);
    *fill = (char)q[0];
    return KR_OK;
}

static int pad_impl(kr_rt *rt, kr_val self, const char *name, const kr_val *args, int nargs,
                    kr_obj *kwnames, int kind, kr_val *out)
{
    if (sa_pos(rt, TN, name, nargs, kwnames, 1, 2) != KR_OK) return KR_ERR;
    int64_t width;
    char fill;
    if (sa_index(rt, args[0], &width, false) != KR_OK) return KR_ERR;
    if (fill_arg(rt, name, args, nargs, &fill) != KR_OK) return KR_ERR;
    SELFBUF;
    if (width <= (int64_t)sn) return kb_result(rt, self, sp, sn, out);
    size_t total = (size_t)width, padn = total - sn, left;
    if (!mem_would_fit(&rt->heap.mem, total)) return kr_nomem(rt);
    if (kind == 0) left = padn / 2 + (padn & (size_t)width & 1);   /* center, as CPython */
    else if (kind == 1) left = 0;                                   /* ljust */
    else left = padn;                                               /* rjust */
    strbuf sb = STRBUF_INIT;
    char *w = sb_reserve(&sb, total);
    if (!w) return kr_nomem(rt);
    memset(w, fill, left);
    memcpy(w + left, sp, sn);
    memset(w + left + sn, fill, padn - left);
    sb_commit(&sb, total);
    return ret_sb(rt, self, &sb, out);
}

M(b_center) { return pad_impl(rt, self, "center", args, nargs, kwnames, 0, out); }
M(b_ljust) { return pad_impl(rt, self, "ljust", args, nargs, kwnames, 1, out); }
M(b_rjust) { return pad_impl(rt, self, "rjust", args, nargs, kwnames, 2, out); }

M(b_zfill)
{
    if (sa_onearg(rt, TN, "zfill", nargs, kwnames) != KR_OK) return KR_ERR;
    int64_t width;
    if (sa_index(rt, args[0], &width, false) != KR_OK) return KR_ERR;
    SELFBUF;
    if (width <= (int64_t)sn) return kb_result(rt, self, sp, sn, out);
    if (!mem_would_fit(&rt->heap.mem, (size_t)width)) return kr_nomem(rt);
    size_t fill = (size_t)width - sn;
    strbuf sb = STRBUF_INIT;
    char *w = sb_reserve(&sb, (size_t)width);
    if (!w) return kr_nomem(rt);
    memset(w, '0', fill);
    memcpy(w + fill, sp, sn);
    if (sn && (sp[0] == '+' || sp[0] == '-')) { w[0] = (char)sp[0]; w[fill] = '0'; }
    sb_commit(&sb, (size_t)width);
    return ret_sb(rt, self, &sb, out);
}

M(b_expandtabs)
{
    kr_val a[1];
    if (sa_kw(rt, "expandtabs", "tabsize", 0, 0, args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    int64_t tabsize = 8;
    if (!kv_is_undef(a[0]) && sa_index(rt, a[0], &tabsize, false) != KR_OK) return KR_ERR;
    SELFBUF;
    strbuf sb = STRBUF_INIT;
    int64_t col = 0;
    size_t cap = kstr_cap(rt);
    for (size_t i = 0; i < sn; i++) {
        if (sp[i] == '\t') {
            if (tabsize > 0) {
                int64_t k = tabsize - col % tabsize;
                if ((uint64_t)k > cap) { sb_free(&sb); return kr_nomem(rt); }
                for (int64_t j = 0; j < k; j++) sb_putc(&sb, ' ');
                col += k;
            }
        } else {
            sb_putc(&sb, (char)sp[i]);
            col++;
            if (sp[i] == '\n' || sp[i] == '\r') col = 0;
        }
        if (sb.len > cap) { sb_free(&sb); return kr_nomem(rt); }
    }
    return ret_sb(rt, self, &sb, out);
}

/* ---- case and predicates -------------------------------------------------- */

enum { BC_LOWER, BC_UPPER, BC_SWAP, BC_CAP, BC_TITLE };

static int case_impl(kr_rt *rt, kr_val self, const char *name, int nargs, kr_obj *kwnames,
                     int op, kr_val *out)
{
    if (sa_noargs(rt, TN, name, nargs, kwnames) != KR_OK) return KR_ERR;
    SELFBUF;
    strbuf sb = STRBUF_INIT;
    char *w = sb_reserve(&sb, sn);
    if (!w) return kr_nomem(rt);
    int prev_cased = 0;
    for (size_t i = 0; i < sn; i++) {
        unsigned char c = sp[i];
        int up = c >= 'A' && c <= 'Z', lo = c >= 'a' && c <= 'z';
        switch (op) {
        case BC_LOWER: if (up) c += 32; break;
        case BC_UPPER: if (lo) c -= 32; break;
        case BC_SWAP: if (up) c += 32; else if (lo) c -= 32; break;
        case BC_CAP:
            if (i == 0) { if (lo) c -= 32; }
            else if (up) c += 32;
            break;
        default:
            if (prev_cased) { if (up) c += 32; }
            else if (lo) c -= 32;
            prev_cased = up || lo;
            break;
        }
        w[i] = (char)c;
    }
    sb_commit(&sb, sn);
    return ret_sb(rt, self, &sb, out);
}

M(b_lower) { return case_impl(rt, self, "lower", nargs, kwnames, BC_LOWER, out); }
M(b_upper) { return case_impl(rt, self, "upper", nargs, kwnames, BC_UPPER, out); }
M(b_swapcase) { return case_impl(rt, self, "swapcase", nargs, kwnames, BC_SWAP, out); }
M(b_capitalize) { return case_impl(rt, self, "capitalize", nargs, kwnames, BC_CAP, out); }
M(b_title) { return case_impl(rt, self, "title", nargs, kwnames, BC_TITLE, out); }

static int all_of(const unsigned char *p, size_t n, int (*f)(int))
{
    if (!n) return 0;
    for (size_t i = 0; i < n; i++)
        if (p[i] >= 0x80 || !f(p[i])) return 0;
    return 1;
}
static int is_space_c(int c) { return kb_isspace((unsigned char)c); }

#define BPRED(fn, pyname, expr) \
    M(fn) { \
        if (sa_noargs(rt, TN, pyname, nargs, kwnames) != KR_OK) return KR_ERR; \
        SELFBUF; \
        *out = kv_bool(expr); \
        return KR_OK; \
    }
BPRED(b_isalnum, "isalnum", all_of(sp, sn, isalnum))
BPRED(b_isalpha, "isalpha", all_of(sp, sn, isalpha))
BPRED(b_isdigit, "isdigit", all_of(sp, sn, isdigit))
BPRED(b_isspace, "isspace", all_of(sp, sn, is_space_c))
BPRED(b_isascii, "isascii", so_is_ascii((const char *)sp, sn))

static int b_case_pred(const unsigned char *p, size_t n, int want_lower)
{
    int cased = 0;
    for (size_t i = 0; i < n; i++) {
        int up = p[i] >= 'A' && p[i] <= 'Z', lo = p[i] >= 'a' && p[i] <= 'z';
        if (want_lower ? up : lo) return 0;
        if (want_lower ? lo : up) cased = 1;
    }
    return cased;
}

static int b_istitle_impl(const unsigned char *p, size_t n)
{
    int cased = 0, prev = 0;
    for (size_t i = 0; i < n; i++) {
        int up = p[i] >= 'A' && p[i] <= 'Z', lo = p[i] >= 'a' && p[i] <= 'z';
        if (up) { if (prev) return 0; prev = 1; cased = 1; }
        else if (lo) { if (!prev) return 0; prev = 1; cased = 1; }
        else prev = 0;
    }
    return cased;
}

BPRED(b_islower, "islower", b_case_pred(sp, sn, 1))
BPRED(b_isupper, "isupper", b_case_pred(sp, sn, 0))
BPRED(b_istitle, "istitle", b_istitle_impl(sp, sn))

/* ---- join ------------------------------------------------------------------ */

M(b_join)
{
    if (sa_onearg(rt, TN, "join", nargs, kwnames) != KR_OK) return KR_ERR;
    SELFBUF;
    kr_val src = args[0];
    const kr_val *items;
    int64_t n;
    kr_list *tmp = NULL;
    if (kr_isinstance(src, &kt_list)) { items = KR_AS(kr_list, src)->items; n = KR_AS(kr_list, src)->len; }
    else if (kr_isinstance(src, &kt_tuple)) { items = KR_AS(kr_tuple, src)->items; n = KR_AS(kr_tuple, src)->len; }
    else {
        kr_val it, v;
        rt->in_gc_unsafe++;
        int r = kr_iter(rt, src, &it);
        if (r != KR_OK) {
            rt->in_gc_unsafe--;
            if (kr_exc_matches(rt, &kt_TypeError)) {
                kr_exc_clear(rt);
                return kr_raise(rt, &kt_TypeError, "can only join an iterable");
            }
            return KR_ERR;
        }
        tmp = klist_new(rt, 0);
        if (!tmp) { rt->in_gc_unsafe--; return KR_ERR; }
        while ((r = kr_next(rt, it, &v)) == KR_OK)
            if (klist_append(rt, tmp, v) != KR_OK) { r = KR_ERR; break; }
        rt->in_gc_unsafe--;
        if (r != KR_STOP) return KR_ERR;
        items = tmp->items;
        n = tmp->len;
    }
    size_t total = 0;
    for (int64_t i = 0; i < n; i++) {
        const unsigned char *q;
        size_t qn;
        if (!kbytes_buffer(items[i], &q, &qn))
            return kr_raise(rt, &kt_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                            (long long)i, kr_type_name(items[i]));
        total += qn + (i ? sn : 0);
    }
    if (!mem_would_fit(&rt->heap.mem, total)) return kr_nomem(rt);
    strbuf sb = STRBUF_INIT;
    if (!sb_reserve(&sb, total)) return kr_nomem(rt);
    for (int64_t i = 0; i < n; i++) {
        const unsigned char *q;
        size_t qn;
        kbytes_buffer(items[i], &q, &qn);
        if (i) sb_append(&sb, (const char *)sp, sn);
        sb_append(&sb, (const char *)q, qn);
    }
    return ret_sb(rt, self, &sb, out);
}

/* ---- hex / fromhex ---------------------------------------------------------- */

M(b_hex)
{
    kr_val a[2];
    if (sa_kw(rt, "hex", "sep,bytes_per_sep", 0, 0, args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    SELFBUF;
    char sep = 0;
    int64_t per = 1;
    /* CPython's order: bytes_per_sep, then len(sep), then its type */
    if (!kv_is_undef(a[1]) && sa_index(rt, a[1], &per, false) != KR_OK) return KR_ERR;
    if (!kv_is_undef(a[0])) {
        int64_t seplen;
        if (kr_len(rt, a[0], &seplen) != KR_OK) return KR_ERR;
        if (seplen != 1) return kr_raise(rt, &kt_ValueError, "sep must be length 1.");
        if (kv_is_str(a[0])) {
            kr_str *s = kstr_of(a[0]);
            if (!kstr_is_ascii(s)) return kr_raise(rt, &kt_ValueError, "sep must be ASCII.");
            sep = s->data[0];
        } else if (kr_isinstance(a[0], &kt_bytes)) {
            sep = (char)KR_AS(kr_bytes, a[0])->data[0];
            if ((unsigned char)sep >= 0x80) return kr_raise(rt, &kt_ValueError, "sep must be ASCII.");
        } else {
            return kr_raise(rt, &kt_TypeError, "sep must be str or bytes.");
        }
    }
    static const char digits[] = "0123456789abcdef";
    strbuf sb = STRBUF_INIT;
    int64_t ap = per < 0 ? -per : per;
    if (ap == 0) sep = 0;
    for (size_t i = 0; i < sn; i++) {
        if (sep && i) {
            /* groups of AP bytes counted from the right (per > 0) or left */
            size_t pos = per > 0 ? sn - i : i;
            if (pos % (size_t)ap == 0) sb_putc(&sb, sep);
        }
        char h[2] = { digits[sp[i] >> 4], digits[sp[i] & 15] };
        sb_append(&sb, h, 2);
    }
    kr_str *r = kstr_from_sb(rt, &sb);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

static int hexval(unsigned char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

MS(b_fromhex)
{
    /* a classmethod: SELF is the type */
    if (sa_onearg(rt, "bytes", "fromhex", nargs, kwnames) != KR_OK) return KR_ERR;
    const unsigned char *p;
    size_t n;
    if (kv_is_str(args[0])) {
        p = (const unsigned char *)kstr_of(args[0])->data;
        n = (size_t)kstr_of(args[0])->nbytes;
    } else if (!kbytes_buffer(args[0], &p, &n)) {
        return kr_raise(rt, &kt_TypeError, "fromhex() argument must be str or bytes-like, not %s",
                        kr_type_name(args[0]));
    }
    strbuf sb = STRBUF_INIT;
    size_t i = 0;
    int64_t ci = 0;     /* character position for messages */
    while (i < n) {
        if (kb_isspace(p[i])) { i++; ci++; continue; }
        int hi = hexval(p[i]);
        if (hi < 0) {
            sb_free(&sb);
            return kr_raise(rt, &kt_ValueError,
                            "non-hexadecimal number found in fromhex() arg at position %lld",
                            (long long)ci);
        }
        if (i + 1 >= n) {
            sb_free(&sb);
            return kr_raise(rt, &kt_ValueError,
                            "fromhex() arg must contain an even number of hexadecimal digits");
        }
        int lo = hexval(p[i + 1]);
        if (lo < 0) {
            sb_free(&sb);
            if (kb_isspace(p[i + 1]))
                return kr_raise(rt, &kt_ValueError,
                                "fromhex() arg must contain an even number of hexadecimal digits");
            return kr_raise(rt, &kt_ValueError,
                            "non-hexadecimal number found in fromhex() arg at position %lld",
                            (long long)ci + 1);
        }
        sb_putc(&sb, (char)(hi * 16 + lo));
        i += 2;
        ci += 2;
    }
    if (sb.oom) { sb_free(&sb); return kr_nomem(rt); }
    kr_type *t = kv_is_obj(self) && kr_isinstance(self, &kt_type) ? (kr_type *)(void *)kv_as_obj(self)
                                                                 : &kt_bytes;
    int r;
    if (kr_is_subtype(t, &kt_bytearray)) {
        kr_bytearray *b = kbytearray_new(rt, sb.p, sb.len);
        r = b ? KR_OK : KR_ERR;
        if (b) *out = kv_obj(&b->obj);
    } else {
        kr_bytes *b = kbytes_new(rt, sb.p, sb.len);
        r = b ? KR_OK : KR_ERR;
        if (b) *out = kbytes_val(b);
    }
    sb_free(&sb);
    return r;
}

/* ---- translate / maketrans / decode ------------------------------------------ */

M(b_translate)
{
    kr_val a[2];
    if (sa_kw(rt, "translate", "table,delete", 1, 1, args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    SELFBUF;
    const unsigned char *table = NULL, *del = NULL;
    size_t tn = 0, dn = 0;
    if (!kv_is_none(a[0])) {
        if (kb_need_buffer(rt, a[0], &table, &tn) != KR_OK) return KR_ERR;
        if (tn != 256)
            return kr_raise(rt, &kt_ValueError, "translation table must be 256 characters long");
    }
    if (!kv_is_undef(a[1]) && kb_need_buffer(rt, a[1], &del, &dn) != KR_OK) return KR_ERR;
    unsigned char drop[256] = { 0 };
    for (size_t i = 0; i < dn; i++) drop[del[i]] = 1;
    strbuf sb = STRBUF_INIT;
    for (size_t i = 0; i < sn; i++) {
        if (drop[sp[i]]) continue;
        sb_putc(&sb, (char)(table ? table[sp[i]] : sp[i]));
    }
    return ret_sb(rt, self, &sb, out);
}

MS(b_maketrans)
{
    if (sa_pos(rt, "bytes", "maketrans", nargs, kwnames, 2, 2) != KR_OK) return KR_ERR;
    const unsigned char *f, *t;
    size_t fn, tn;
    if (kb_need_buffer(rt, args[0], &f, &fn) != KR_OK || kb_need_buffer(rt, args[1], &t, &tn) != KR_OK)
        return KR_ERR;
    if (fn != tn) return kr_raise(rt, &kt_ValueError, "maketrans arguments must have same length");
    unsigned char tab[256];
    for (int i = 0; i < 256; i++) tab[i] = (unsigned char)i;
    for (size_t i = 0; i < fn; i++) tab[f[i]] = t[i];
    kr_bytes *b = kbytes_new(rt, tab, 256);
    if (!b) return KR_ERR;
    *out = kbytes_val(b);
    return KR_OK;
}

M(b_decode)
{
    kr_val a[2];
    if (sa_kw(rt, "decode", "encoding,errors", 0, 0, args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    const char *enc = "utf-8", *errors = NULL;
    if (!kv_is_undef(a[0])) {
        if (!kv_is_str(a[0]))
            return kr_raise(rt, &kt_TypeError, "decode() argument 'encoding' must be str, not %s",
                            sa_tname(a[0]));
        enc = kstr_of(a[0])->data;
    }
    if (!kv_is_undef(a[1])) {
        if (!kv_is_str(a[1]))
            return kr_raise(rt, &kt_TypeError, "decode() argument 'errors' must be str, not %s",
                            sa_tname(a[1]));
        errors = kstr_of(a[1])->data;
    }
    SELFBUF;
    if (sn == 0) {
        /* CPython returns '' before looking the codec up */
        kr_str *e = kstr_empty(rt);
        if (!e) return KR_ERR;
        *out = kstr_val(e);
        return KR_OK;
    }
    int codec = kcodec_lookup(rt, enc, strlen(enc));
    if (codec < 0) return KR_ERR;
    return kcodec_decode(rt, sp, sn, codec, enc, errors, out);
}

M(b_bytes)
{
    if (sa_noargs(rt, "bytes", "__bytes__", nargs, kwnames) != KR_OK) return KR_ERR;
    SELFBUF;
    kr_bytes *b = kv_is_type(self, &kt_bytes) ? KR_AS(kr_bytes, self) : kbytes_new(rt, sp, sn);
    if (!b) return KR_ERR;
    *out = kbytes_val(b);
    return KR_OK;
}

/* ---- the tables ---------------------------------------------------------------- */

#define E(var, name, fn) static KR_CFUNC(var, name, fn, KF_METHOD);
E(f_capitalize, "capitalize", b_capitalize) E(f_center, "center", b_center)
E(f_count, "count", b_count) E(f_decode, "decode", b_decode) E(f_endswith, "endswith", b_endswith)
E(f_expandtabs, "expandtabs", b_expandtabs) E(f_find, "find", b_find) E(f_hex, "hex", b_hex)
E(f_index, "index", b_index) E(f_isalnum, "isalnum", b_isalnum) E(f_isalpha, "isalpha", b_isalpha)
E(f_isascii, "isascii", b_isascii) E(f_isdigit, "isdigit", b_isdigit) E(f_islower, "islower", b_islower)
E(f_isspace, "isspace", b_isspace) E(f_istitle, "istitle", b_istitle) E(f_isupper, "isupper", b_isupper)
E(f_join, "join", b_join) E(f_ljust, "ljust", b_ljust) E(f_lower, "lower", b_lower)
E(f_lstrip, "lstrip", b_lstrip) E(f_partition, "partition", b_partition)
E(f_removeprefix, "removeprefix", b_removeprefix) E(f_removesuffix, "removesuffix", b_removesuffix)
E(f_replace, "replace", b_replace) E(f_rfind, "rfind", b_rfind) E(f_rindex, "rindex", b_rindex)
E(f_rjust, "rjust", b_rjust) E(f_rpartition, "rpartition", b_rpartition) E(f_rsplit, "rsplit", b_rsplit)
E(f_rstrip, "rstrip", b_rstrip) E(f_split, "split", b_split) E(f_splitlines, "splitlines", b_splitlines)
E(f_startswith, "startswith", b_startswith) E(f_strip, "strip", b_strip) E(f_swapcase, "swapcase", b_swapcase)
E(f_title, "title", b_title) E(f_translate, "translate", b_translate) E(f_upper, "upper", b_upper)
E(f_zfill, "zfill", b_zfill) E(f_bytes, "__bytes__", b_bytes)
static KR_CFUNC(f_fromhex, "fromhex", b_fromhex, KF_CLASS);
static KR_CFUNC(f_maketrans, "maketrans", b_maketrans, KF_STATIC);

#define SHARED_METHODS \
    &f_capitalize, &f_center, &f_count, &f_decode, &f_endswith, &f_expandtabs, &f_find, \
    &f_fromhex, &f_hex, &f_index, &f_isalnum, &f_isalpha, &f_isascii, &f_isdigit, &f_islower, \
    &f_isspace, &f_istitle, &f_isupper, &f_join, &f_ljust, &f_lower, &f_lstrip, &f_maketrans, \
    &f_partition, &f_removeprefix, &f_removesuffix, &f_replace, &f_rfind, &f_rindex, &f_rjust, \
    &f_rpartition, &f_rsplit, &f_rstrip, &f_split, &f_splitlines, &f_startswith, &f_strip, \
    &f_swapcase, &f_title, &f_translate, &f_upper, &f_zfill

const kr_cfunc *const kbytes_methods[] = { SHARED_METHODS, &f_bytes, NULL };

extern const kr_cfunc kba_append_f, kba_clear_f, kba_copy_f, kba_extend_f, kba_insert_f,
    kba_pop_f, kba_remove_f, kba_reverse_f;
const kr_cfunc *const kbytearray_methods[] = {
    SHARED_METHODS, &kba_append_f, &kba_clear_f, &kba_copy_f, &kba_extend_f, &kba_insert_f,
    &kba_pop_f, &kba_remove_f, &kba_reverse_f, NULL,
};
