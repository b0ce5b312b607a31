/* printf-style formatting: str % args and bytes % args, over the kernel's
 * parser (so_pct_*) and conversions (fmt_percent_*), with CPython's
 * argument fetching (a tuple, a single value, or a mapping for %(key)s). */
#include "str_int.h"

#include <math.h>

#include "../num/fmt.h"
#include "../vm/call.h"
#include "bytes.h"
#include "num.h"
#include "seq.h"

int kstr_tostr(kr_rt *rt, kr_val v, kr_val *out);

typedef struct pct_ctx {
    kr_rt *rt;
    kr_val args;             /* the current argument source */
    const kr_val *items;     /* tuple items when ARGLEN >= 0 */
    int64_t arglen, argidx;  /* CPython's: -1 / -2 for a single value */
    kr_val dict;             /* UNDEF: no mapping */
    int bytes;               /* formatting bytes */
} pct_ctx;

static int pct_getnext(pct_ctx *c, kr_val *out)
{
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        *out = c->arglen < 0 ? c->args : c->items[i];
        return KR_OK;
    }
    return kr_raise(c->rt, &kt_TypeError, "not enough arguments for format string");
}

static int pct_key(void *ctx, const char *key, size_t n)
{
    pct_ctx *c = ctx;
    kr_val k, v;
    if (c->bytes) {
        kr_bytes *b = kbytes_new(c->rt, key, n);
        if (!b) return -1;
        k = kbytes_val(b);
    } else {
        kr_str *s = kstr_new(c->rt, key, n);
        if (!s) return -1;
        k = kstr_val(s);
    }
    if (kr_getitem(c->rt, c->dict, k, &v) != KR_OK) return -1;
    c->args = v;
    c->arglen = -1;
    c->argidx = -2;
    return 0;
}

static int pct_star(void *ctx, int64_t *value)
{
    pct_ctx *c = ctx;
    kr_val v;
    if (pct_getnext(c, &v) != KR_OK) return -1;
    if (kv_is_int(v)) { *value = kv_as_int(v); return 0; }
    if (kv_is_bool(v)) { *value = kv_as_bool(v); return 0; }
    if (kv_is_anyint(v)) {
        kr_val iv;
        if (kint_index(c->rt, v, &iv) != KR_OK) return -1;
        if (kv_is_int(iv)) { *value = kv_as_int(iv); return 0; }
        kr_raise(c->rt, &kt_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    kr_raise(c->rt, &kt_TypeError, "* wants int");
    return -1;
}

static int fmt_err(kr_rt *rt, fmt_status st, strbuf *err)
{
    int r;
    if (st == FMT_VALUE_ERROR) r = kr_raise(rt, &kt_ValueError, "%s", err->p ? err->p : "");
    else if (st == FMT_OVERFLOW_ERROR) r = kr_raise(rt, &kt_OverflowError, "%s", err->p ? err->p : "");
    else r = kr_nomem(rt);
    sb_free(err);
    return r;
}

/* An integer conversion (d i u o x X) of V. */
static int pct_int(kr_rt *rt, strbuf *out, kr_val v, const so_pct_item *it, int bytes)
{
    char conv = (char)it->conv;
    int decimal = conv == 'd' || conv == 'i' || conv == 'u';
    kr_val iv = v;
    if (kv_is_float(v) && decimal) {
        double d = kv_as_float(v);
        if (isnan(d)) return kr_raise(rt, &kt_ValueError, "cannot convert float NaN to integer");
        if (isinf(d)) return kr_raise(rt, &kt_OverflowError, "cannot convert float infinity to integer");
        if (d >= -9.2e18 && d <= 9.2e18) {
            iv = kv_int((int64_t)d);
        } else {
            bi_t *b;
            bi_status bs = bi_from_double(&rt->bi, &b, d);
            if (bs != BI_OK) return kint_status(rt, bs);
            if (kint_from_bi(rt, b, &iv) != KR_OK) return KR_ERR;
        }
    } else if (!kv_is_int(v) && !kv_is_bool(v) && !kv_is_bigint(v)) {
        bool has_index = kv_is_anyint(v) || !kv_is_undef(vm_lookup_special(rt, v, "__index__"));
        if (has_index) {
            if (kint_index(rt, v, &iv) != KR_OK) return KR_ERR;
        } else if (decimal && !kv_is_undef(vm_lookup_special(rt, v, "__int__"))) {
            if (vm_call_special(rt, v, "__int__", NULL, 0, &iv) != KR_OK) return KR_ERR;
            if (!kv_is_anyint(iv))
                return kr_raise(rt, &kt_TypeError, "__int__ returned non-int (type %s)",
                                kr_type_name(iv));
        } else if (decimal) {
            return kr_raise(rt, &kt_TypeError, "%%%c format: a real number is required, not %s",
                            conv, kr_type_name(v));
        } else {
            return kr_raise(rt, &kt_TypeError, "%%%c format: an integer is required, not %s",
                            conv, kr_type_name(v));
        }
    }
    strbuf err = STRBUF_INIT;
    fmt_status st;
    size_t cap = kstr_cap(rt);
    if (kv_is_int(iv) || kv_is_bool(iv)) {
        int64_t x = kv_is_int(iv) ? kv_as_int(iv) : kv_as_bool(iv);
        st = fmt_percent_int64(out, x, conv, it->flags, it->width, it->prec, cap, &err);
    } else {
        int base = decimal ? 10 : conv == 'o' ? 8 : 16;
        char *digits;
        size_t len;
        bi_status bs = bi_to_str(&rt->bi, KR_AS(kr_bigint, iv)->b, base, &digits, &len);
        if (bs != BI_OK) { sb_free(&err); return kint_status(rt, bs); }
        int neg = digits[0] == '-';
        st = fmt_percent_int(out, neg, digits + neg, len - (size_t)neg, conv, it->flags, it->width,
                             it->prec, cap, &err);
        rt->bi.a.free(rt->bi.a.ud, digits, len + 1);
    }
    if (st != FMT_OK) return fmt_err(rt, st, &err);
    sb_free(&err);
    (void)bytes;
    return KR_OK;
}

/* float(v) for %e %f %g */
static int pct_to_double(kr_rt *rt, kr_val v, double *d)
{
    if (kv_is_float(v)) { *d = kv_as_float(v); return KR_OK; }
    if (kv_is_int(v)) { *d = (double)kv_as_int(v); return KR_OK; }
    if (kv_is_bool(v)) { *d = kv_as_bool(v); return KR_OK; }
    if (kv_is_bigint(v)) {
        bi_status bs = bi_to_double(KR_AS(kr_bigint, v)->b, d);
        return bs == BI_OK ? KR_OK : kint_status(rt, bs);
    }
    kr_val f;
    if (!kv_is_undef(vm_lookup_special(rt, v, "__float__"))) {
        if (vm_call_special(rt, v, "__float__", NULL, 0, &f) != KR_OK) return KR_ERR;
        if (!kv_is_float(f))
            return kr_raise(rt, &kt_TypeError, "%s.__float__ returned non-float (type %s)",
                            kr_type_name(v), kr_type_name(f));
        *d = kv_as_float(f);
        return KR_OK;
    }
    if (kv_is_anyint(v) || !kv_is_undef(vm_lookup_special(rt, v, "__index__"))) {
        kr_val iv;
        if (kint_index(rt, v, &iv) != KR_OK) return KR_ERR;
        return pct_to_double(rt, iv, d);
    }
    return kr_raise(rt, &kt_TypeError, "must be real number, not %s", kr_type_name(v));
}

/* The text for %s/%r/%a/%c/%b into *S (a str or bytes value) */
static int pct_text(kr_rt *rt, kr_val v, const so_pct_item *it, int bytes, const char **p,
                    size_t *n, kr_val *keep, char *cbuf)
{
    uint32_t conv = it->conv;
    int rc = KR_OK;
    if (bytes) {
        if (conv == 's' || conv == 'b') {
            const unsigned char *bp;
            size_t bn;
            if (kbytes_buffer(v, &bp, &bn)) { *p = (const char *)bp; *n = bn; *keep = v; return KR_OK; }
            kr_val r;
            if (!kv_is_undef(vm_lookup_special(rt, v, "__bytes__"))) {
                if (vm_call_special(rt, v, "__bytes__", NULL, 0, &r) != KR_OK) return KR_ERR;
                if (!kbytes_buffer(r, &bp, &bn))
                    return kr_raise(rt, &kt_TypeError, "__bytes__ returned non-bytes (type %s)",
                                    kr_type_name(r));
                *p = (const char *)bp; *n = bn; *keep = r;
                return KR_OK;
            }
            return kr_raise(rt, &kt_TypeError,
                            "%%b requires a bytes-like object, or an object that implements "
                            "__bytes__, not '%s'", kr_type_name(v));
        }
        if (conv == 'r' || conv == 'a') {
            kr_val r;
            if (kstr_ascii(rt, v, &r) != KR_OK) return KR_ERR;
            *p = kstr_of(r)->data; *n = (size_t)kstr_of(r)->nbytes; *keep = r;
            return KR_OK;
        }
        /* 'c' */
        if (kv_is_int(v) || kv_is_bool(v) || kv_is_anyint(v)) {
            int64_t x;
            if (sa_index(rt, v, &x, true) != KR_OK) return KR_ERR;
            if (x < 0 || x > 255)
                return kr_raise(rt, &kt_OverflowError, "%%c arg not in range(256)");
            cbuf[0] = (char)x;
            *p = cbuf; *n = 1; *keep = kv_undef();
            return KR_OK;
        }
        const unsigned char *bp;
        size_t bn;
        if (kbytes_buffer(v, &bp, &bn) && bn == 1) { *p = (const char *)bp; *n = 1; *keep = v; return KR_OK; }
        if (kbytes_buffer(v, &bp, &bn))
            return kr_raise(rt, &kt_TypeError,
                            "%%c requires an integer in range(256) or a single byte, not a %s object "
                            "of length %zu", kr_type_name(v), bn);
        return kr_raise(rt, &kt_TypeError,
                        "%%c requires an integer in range(256) or a single byte, not %s",
                        kr_type_name(v));
    }
    kr_val r;
    if (conv == 's') rc = kstr_tostr(rt, v, &r);
    else if (conv == 'r') rc = kr_repr(rt, v, &r);
    else if (conv == 'a') rc = kstr_ascii(rt, v, &r);
    else {
        /* 'c' */
        if (kv_is_str(v)) {
            kr_str *s = kstr_of(v);
            if (s->len != 1)
                return kr_raise(rt, &kt_TypeError,
                                "%%c requires an int or a unicode character, not a string of length %lld",
                                (long long)s->len);
            r = v;
        } else if (kv_is_int(v) || kv_is_bool(v) || kv_is_anyint(v)
                   || !kv_is_undef(vm_lookup_special(rt, v, "__index__"))) {
            int64_t x;
            if (sa_index(rt, v, &x, true) != KR_OK) return KR_ERR;
            if (x < 0 || x > 0x10FFFF)
                return kr_raise(rt, &kt_OverflowError, "%%c arg not in range(0x110000)");
            kr_str *c = kstr_from_cp(rt, (uint32_t)x);
            if (!c) return KR_ERR;
            r = kstr_val(c);
        } else {
            return kr_raise(rt, &kt_TypeError, "%%c requires an int or a unicode character, not %s",
                            kr_type_name(v));
        }
    }
    if (rc != KR_OK) return rc;
    *p = kstr_of(r)->data;
    *n = (size_t)kstr_of(r)->nbytes;
    *keep = r;
    return KR_OK;
}

/* Formats FMT[0..n) with ARGS into OUT. */
static int pct_run(kr_rt *rt, const char *fmt, size_t n, kr_val args, int bytes, strbuf *out)
{
    pct_ctx c = { rt, args, NULL, -1, -2, kv_undef(), bytes };
    if (kr_isinstance(args, &kt_tuple)) {
        kr_tuple *t = KR_AS(kr_tuple, args);
        c.items = t->items;
        c.arglen = t->len;
        c.argidx = 0;
    }
    kr_type *at = kr_type_of(args);
    if (at->slots.getitem && !kr_isinstance(args, &kt_tuple) && !kv_is_str(args)
        && !(bytes && (kr_isinstance(args, &kt_bytes) || kr_isinstance(args, &kt_bytearray))))
        c.dict = args;
    so_pct_iter it;
    so_pct_init(&it, fmt, n, !kv_is_undef(c.dict), pct_key, pct_star, &c);
    strbuf err = STRBUF_INIT;
    so_pct_item item;
    size_t cap = kstr_cap(rt);
    for (;;) {
        int kind;
        int r = so_pct_next(&it, &item, &err, &kind);
        if (r == 0) break;
        if (r < 0) {
            if (kind == SO_PCT_ERR_CALLER) { sb_free(&err); return KR_ERR; }
            int rc = kr_raise(rt, kind == SO_PCT_ERR_TYPE ? &kt_TypeError : &kt_ValueError, "%s",
                              err.p ? err.p : "");
            sb_free(&err);
            return rc;
        }
        if (!item.has_conv) {
            sb_append(out, item.lit, item.lit_n);
            continue;
        }
        kr_val v;
        if (pct_getnext(&c, &v) != KR_OK) { sb_free(&err); return KR_ERR; }
        int ok = item.conv_ok || (bytes && item.conv == 'b');
        if (!ok) {
            so_pct_unsupported(&item, &err);
            int rc = kr_raise(rt, &kt_ValueError, "%s", err.p ? err.p : "");
            sb_free(&err);
            return rc;
        }
        uint32_t cv = item.conv;
        int rc = KR_OK;
        if (cv == 'd' || cv == 'i' || cv == 'u' || cv == 'o' || cv == 'x' || cv == 'X') {
            rc = pct_int(rt, out, v, &item, bytes);
        } else if (cv == 'e' || cv == 'E' || cv == 'f' || cv == 'F' || cv == 'g' || cv == 'G') {
            double d;
            rc = pct_to_double(rt, v, &d);
            if (rc == KR_OK) {
                fmt_status st = fmt_percent_float(out, d, (char)cv, item.flags, item.width, item.prec,
                                                  cap, &err);
                if (st != FMT_OK) return fmt_err(rt, st, &err);
            }
        } else {
            const char *p = "";
            size_t pn = 0;
            kr_val keep;
            char cbuf[1];
            rc = pct_text(rt, v, &item, bytes, &p, &pn, &keep, cbuf);
            if (rc == KR_OK) {
                int64_t prec = cv == 'c' ? -1 : item.prec;
                fmt_status st;
                if (bytes) {
                    /* byte widths: pad by bytes, truncate by bytes */
                    size_t take = prec >= 0 && (size_t)prec < pn ? (size_t)prec : pn;
                    size_t pad = item.width > 0 && (uint64_t)item.width > take ? (size_t)item.width - take : 0;
                    if (pad > cap) { sb_free(&err); return kr_nomem(rt); }
                    if (!(item.flags & SO_F_LJUST)) for (size_t k = 0; k < pad; k++) sb_putc(out, ' ');
                    sb_append(out, p, take);
                    if (item.flags & SO_F_LJUST) for (size_t k = 0; k < pad; k++) sb_putc(out, ' ');
                    st = FMT_OK;
                } else {
                    st = fmt_percent_str(out, p, pn, item.flags, item.width, prec, cap);
                }
                if (st != FMT_OK) return fmt_err(rt, st, &err);
            }
        }
        if (rc != KR_OK) { sb_free(&err); return rc; }
        if (out->oom || out->len > cap) { sb_free(&err); return kr_nomem(rt); }
    }
    sb_free(&err);
    if (c.argidx < c.arglen && kv_is_undef(c.dict))
        return kr_raise(rt, &kt_TypeError, bytes ? "not all arguments converted during bytes formatting"
                                                 : "not all arguments converted during string formatting");
    if (out->oom) return kr_nomem(rt);
    return KR_OK;
}

int kstr_percent(kr_rt *rt, kr_str *fmt, kr_val args, kr_val *out)
{
    strbuf sb = STRBUF_INIT;
    rt->in_gc_unsafe++;
    int r = pct_run(rt, fmt->data, (size_t)fmt->nbytes, args, 0, &sb);
    rt->in_gc_unsafe--;
    if (r != KR_OK) { sb_free(&sb); return r; }
    kr_str *s = kstr_from_sb(rt, &sb);
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

int kbytes_percent(kr_rt *rt, const unsigned char *fmt, size_t n, kr_val args, strbuf *out)
{
    rt->in_gc_unsafe++;
    int r = pct_run(rt, (const char *)fmt, n, args, 1, out);
    rt->in_gc_unsafe--;
    return r;
}
