/* format(value, spec), str.format, str.format_map, str.__format__ and
 * ascii().  Built-in numbers and strs are formatted natively by the
 * num/fmt.h kernel; other objects through their __format__.  Field names
 * are resolved with getattr/getitem as CPython's string.Formatter does. */
#include "str_int.h"

#include <stdio.h>
#include <stdlib.h>

#include "../num/fmt.h"
#include "../util/utf8.h"
#include "../vm/call.h"
#include "dict.h"
#include "num.h"
#include "seq.h"

int kstr_tostr(kr_rt *rt, kr_val v, kr_val *out);

static int fmt_fail(kr_rt *rt, fmt_status st, strbuf *err)
{
    int r;
    const char *msg = err->p ? err->p : "";
    if (st == FMT_VALUE_ERROR) r = kr_raise(rt, &kt_ValueError, "%s", msg);
    else if (st == FMT_OVERFLOW_ERROR) r = kr_raise(rt, &kt_OverflowError, "%s", msg);
    else r = kr_nomem(rt);
    sb_free(err);
    return r;
}

/* format(big int, spec) */
static fmt_status fmt_bigint(kr_rt *rt, strbuf *out, const bi_t *b, const char *spec, size_t n,
                             const char *tname, strbuf *err, int *status)
{
    fmt_spec fs;
    *status = KR_OK;
    fmt_status st = fmt_parse_spec(spec, n, 'd', '>', tname, &fs, err);
    if (st != FMT_OK) return st;
    int base = fmt_int_base(&fs);
    if (base == 0) {
        double d;
        bi_status bs = bi_to_double(b, &d);
        if (bs != BI_OK) { *status = kint_status(rt, bs); return FMT_OK; }
        return fmt_float(out, d, &fs, tname, kstr_cap(rt), err);
    }
    char *digits;
    size_t len;
    bi_status bs = bi_to_str(&rt->bi, b, base < 0 ? 10 : base, &digits, &len);
    if (bs != BI_OK) { *status = kint_status(rt, bs); return FMT_OK; }
    int neg = digits[0] == '-';
    st = fmt_int_digits(out, neg, digits + neg, len - (size_t)neg, &fs, tname, kstr_cap(rt), err);
    rt->bi.a.free(rt->bi.a.ud, digits, len + 1);
    return st;
}

/* The natively formattable part of V: 1 when done (*out or an error in
 * *rc), 0 when V needs its __format__. */
static int format_native(kr_rt *rt, kr_val v, const char *spec, size_t n, kr_val *out, int *rc)
{
    kr_type *t = kr_type_of(v);
    const char *tname = t->name;
    strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
    fmt_status st;
    *rc = KR_OK;
    if (kv_is_bool(v) && n == 0) {
        kr_str *s = kstr_cstr(rt, kv_as_bool(v) ? "True" : "False");
        if (!s) { *rc = KR_ERR; return 1; }
        *out = kstr_val(s);
        return 1;
    }
    if (kv_is_int(v) || kv_is_bool(v)) {
        int64_t x = kv_is_int(v) ? kv_as_int(v) : kv_as_bool(v);
        st = fmt_format_int64(&sb, x, spec, n, tname, kstr_cap(rt), &err);
    } else if (kv_is_float(v)) {
        st = fmt_format_float(&sb, kv_as_float(v), spec, n, tname, kstr_cap(rt), &err);
    } else if (t == &kt_str) {
        kr_str *s = kstr_of(v);
        if (n == 0) { *out = v; return 1; }
        st = fmt_format_str(&sb, s->data, (size_t)s->nbytes, spec, n, tname, kstr_cap(rt), &err);
    } else if (t == &kt_int) {
        int status;
        st = fmt_bigint(rt, &sb, KR_AS(kr_bigint, v)->b, spec, n, tname, &err, &status);
        if (status != KR_OK) { sb_free(&sb); sb_free(&err); *rc = status; return 1; }
    } else if (t == &kt_complex) {
        kr_complex *c = KR_AS(kr_complex, v);
        st = fmt_format_complex(&sb, c->re, c->im, spec, n, tname, kstr_cap(rt), &err);
    } else {
        return 0;
    }
    if (st != FMT_OK) { sb_free(&sb); *rc = fmt_fail(rt, st, &err); return 1; }
    sb_free(&err);
    kr_str *r = kstr_from_sb(rt, &sb);
    if (!r) { *rc = KR_ERR; return 1; }
    *out = kstr_val(r);
    return 1;
}

/* format(v, spec[0..n)) */
static int format_value(kr_rt *rt, kr_val v, const char *spec, size_t n, kr_str *spec_obj,
                        kr_val *out)
{
    int rc;
    if (format_native(rt, v, spec, n, out, &rc)) return rc;
    kr_type *t = kr_type_of(v);
    kr_val f = kv_undef();
    if (t->flags & KT_HEAPTYPE) f = vm_lookup_special(rt, v, "__format__");
    if (!kv_is_undef(f) && kv_is_type(f, &kt_function)) {
        if (!spec_obj && !(spec_obj = kstr_new(rt, spec, n))) return KR_ERR;
        kr_val a = kstr_val(spec_obj);
        rt->in_gc_unsafe++;
        int r = vm_call_special(rt, v, "__format__", &a, 1, out);
        rt->in_gc_unsafe--;
        if (r != KR_OK) return r;
        if (!kv_is_str(*out))
            return kr_raise(rt, &kt_TypeError, "__format__ must return a str, not %s",
                            kr_type_name(*out));
        return KR_OK;
    }
    /* a subclass of a built-in type that does not override __format__ */
    kr_val base = v;
    int conv = 0;
    if (kr_isinstance(v, &kt_str)) {
        kr_str *s = kstr_exact(rt, kstr_of(v));
        if (!s) return KR_ERR;
        base = kstr_val(s);
        conv = 1;
    } else if (kr_isinstance(v, &kt_float) && kv_is_float(v)) {
        conv = 1;
    } else if (kv_is_anyint(v)) {
        kr_val iv;
        if (kint_index(rt, v, &iv) != KR_OK) return KR_ERR;
        base = iv;
        conv = !kv_is_obj(iv) || kv_as_obj(iv)->type == &kt_int;
    }
    if (conv && format_native(rt, base, spec, n, out, &rc)) return rc;
    if (!kv_is_undef(f) && !kv_is_type(f, &kt_function)) {
        /* a built-in __format__ of another type */
        if (!spec_obj && !(spec_obj = kstr_new(rt, spec, n))) return KR_ERR;
        kr_val a = kstr_val(spec_obj);
        rt->in_gc_unsafe++;
        int r = vm_call_special(rt, v, "__format__", &a, 1, out);
        rt->in_gc_unsafe--;
        if (r != KR_STOP) return r;
    }
    /* object.__format__ */
    if (n)
        return kr_raise(rt, &kt_TypeError, "unsupported format string passed to %s.__format__",
                        t->name);
    rt->in_gc_unsafe++;
    int r = kstr_tostr(rt, v, out);
    rt->in_gc_unsafe--;
    return r;
}

int kstr_format_value(kr_rt *rt, kr_val v, kr_str *spec, kr_val *out)
{
    if (!spec) return format_value(rt, v, "", 0, NULL, out);
    return format_value(rt, v, spec->data, (size_t)spec->nbytes, spec, out);
}

int kstr_dunder_format(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames,
                       kr_val *out)
{
    if (!kv_is_str(self)) return sa_bad_self(rt, "str", "__format__", self);
    if (sa_onearg(rt, "str", "__format__", nargs, kwnames) != KR_OK) return KR_ERR;
    if (!kv_is_str(args[0]))
        return kr_raise(rt, &kt_TypeError, "__format__() argument must be str, not %s",
                        sa_tname(args[0]));
    kr_str *s = kstr_of(self), *spec = kstr_of(args[0]);
    if (spec->nbytes == 0) {
        kr_str *r = kstr_exact(rt, s);
        if (!r) return KR_ERR;
        *out = kstr_val(r);
        return KR_OK;
    }
    strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
    fmt_status st = fmt_format_str(&sb, s->data, (size_t)s->nbytes, spec->data,
                                   (size_t)spec->nbytes, kr_type_of(self)->name, kstr_cap(rt), &err);
    if (st != FMT_OK) { sb_free(&sb); return fmt_fail(rt, st, &err); }
    sb_free(&err);
    kr_str *r = kstr_from_sb(rt, &sb);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

/* ---- ascii() ---------------------------------------------------------------- */

int kstr_ascii(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_val r;
    rt->in_gc_unsafe++;
    int rc = kr_repr(rt, v, &r);
    rt->in_gc_unsafe--;
    if (rc != KR_OK) return rc;
    kr_str *s = kstr_of(r);
    if (kstr_is_ascii(s)) { *out = r; return KR_OK; }
    strbuf sb = STRBUF_INIT;
    size_t i = 0, n = (size_t)s->nbytes;
    while (i < n) {
        size_t at = i;
        uint32_t c = so_next_cp(s->data, n, &i);
        if (c < 0x80) sb_append(&sb, s->data + at, 1);
        else if (c <= 0xff) sb_printf(&sb, "\\x%02x", c);
        else if (c <= 0xffff) sb_printf(&sb, "\\u%04x", c);
        else sb_printf(&sb, "\\U%08x", c);
    }
    kr_str *a = kstr_from_sb(rt, &sb);
    if (!a) return KR_ERR;
    *out = kstr_val(a);
    return KR_OK;
}

/* ---- str.format / format_map ------------------------------------------------- */

typedef struct fmt_ctx {
    const kr_val *args;      /* positional arguments */
    int64_t nargs;
    const kr_val *kwvals;    /* keyword values, by KWNAMES */
    kr_tuple *kwnames;
    kr_val mapping;          /* format_map's mapping (UNDEF for format) */
} fmt_ctx;

static int value_error(kr_rt *rt, strbuf *err)
{
    int r = kr_raise(rt, &kt_ValueError, "%s", err->p ? err->p : "");
    sb_free(err);
    return r;
}

/* The object a field name designates. */
static int fmt_field(kr_rt *rt, fmt_ctx *c, so_fmt_iter *it, const char *name, size_t n,
                     kr_val *out)
{
    strbuf err = STRBUF_INIT;
    int is_int;
    int64_t index;
    size_t key_n, rest;
    if (so_fmt_field_first(it, name, n, &is_int, &index, &key_n, &rest, &err) < 0)
        return value_error(rt, &err);
    kr_val v;
    if (is_int) {
        if (!kv_is_undef(c->mapping))
            return kr_raise(rt, &kt_ValueError, "Format string contains positional fields");
        if (index >= c->nargs)
            return kr_raise(rt, &kt_IndexError,
                            "Replacement index %lld out of range for positional args tuple",
                            (long long)index);
        v = c->args[index];
    } else {
        kr_str *key = kstr_new(rt, name, key_n);
        if (!key) return KR_ERR;
        if (!kv_is_undef(c->mapping)) {
            if (kr_getitem(rt, c->mapping, kstr_val(key), &v) != KR_OK) return KR_ERR;
        } else {
            int64_t nk = c->kwnames ? c->kwnames->len : 0, k;
            for (k = 0; k < nk; k++)
                if (kstr_eq(kstr_of(c->kwnames->items[k]), key)) break;
            if (k == nk) return kr_raise_val(rt, &kt_KeyError, kstr_val(key));
            v = c->kwvals[k];
        }
    }
    size_t pos = rest;
    for (;;) {
        int is_attr;
        const char *key;
        int r = so_fmt_field_next(name, n, &pos, &is_attr, &key, &key_n, &is_int, &index, &err);
        if (r < 0) return value_error(rt, &err);
        if (r == 0) break;
        kr_val nv;
        if (is_attr) {
            kr_str *an = kstr_intern(rt, key, key_n);
            if (!an || kr_getattr(rt, v, &an->obj, &nv) != KR_OK) return KR_ERR;
        } else {
            kr_val k;
            if (is_int) {
                k = kv_int(index);
            } else {
                kr_str *ks = kstr_new(rt, key, key_n);
                if (!ks) return KR_ERR;
                k = kstr_val(ks);
            }
            if (kr_getitem(rt, v, k, &nv) != KR_OK) return KR_ERR;
        }
        v = nv;
    }
    sb_free(&err);
    *out = v;
    return KR_OK;
}

static int fmt_render(kr_rt *rt, fmt_ctx *c, so_fmt_iter *it, strbuf *out)
{
    strbuf err = STRBUF_INIT;
    so_fmt_item item;
    for (;;) {
        int r = so_fmt_next(it, &item, &err);
        if (r < 0) return value_error(rt, &err);
        if (r == 0) break;
        sb_append(out, item.lit, item.lit_n);
        if (!item.has_field) continue;
        kr_val v;
        if (fmt_field(rt, c, it, item.name, item.name_n, &v) != KR_OK) { sb_free(&err); return KR_ERR; }
        if (item.conv) {
            int rc;
            if (item.conv == 'r') rc = kr_repr(rt, v, &v);
            else if (item.conv == 's') rc = kstr_tostr(rt, v, &v);
            else if (item.conv == 'a') rc = kstr_ascii(rt, v, &v);
            else {
                so_fmt_bad_conversion(item.conv, &err);
                return value_error(rt, &err);
            }
            if (rc != KR_OK) { sb_free(&err); return KR_ERR; }
        }
        const char *spec = item.spec;
        size_t spec_n = item.spec_n;
        strbuf nested = STRBUF_INIT;
        if (item.spec_nested) {
            so_fmt_iter sub;
            if (so_fmt_init_nested(&sub, it, item.spec, item.spec_n, &err) < 0)
                return value_error(rt, &err);
            if (fmt_render(rt, c, &sub, &nested) != KR_OK) {
                sb_free(&nested);
                sb_free(&err);
                return KR_ERR;
            }
            if (nested.oom) { sb_free(&nested); sb_free(&err); return kr_nomem(rt); }
            spec = nested.p ? nested.p : "";
            spec_n = nested.len;
        }
        kr_val s;
        int rc = format_value(rt, v, spec, spec_n, NULL, &s);
        sb_free(&nested);
        if (rc != KR_OK) { sb_free(&err); return KR_ERR; }
        sb_append(out, kstr_of(s)->data, (size_t)kstr_of(s)->nbytes);
        if (out->len > kstr_cap(rt)) { sb_free(&err); return kr_nomem(rt); }
    }
    sb_free(&err);
    if (out->oom) return kr_nomem(rt);
    return KR_OK;
}

static int fmt_run(kr_rt *rt, kr_str *s, fmt_ctx *c, kr_val *out)
{
    so_fmt_iter it;
    so_fmt_init(&it, s->data, (size_t)s->nbytes);
    strbuf sb = STRBUF_INIT;
    rt->in_gc_unsafe++;
    int r = fmt_render(rt, c, &it, &sb);
    rt->in_gc_unsafe--;
    if (r != KR_OK) { sb_free(&sb); return r; }
    kr_str *res = kstr_from_sb(rt, &sb);
    if (!res) return KR_ERR;
    *out = kstr_val(res);
    return KR_OK;
}

int kstr_format_method(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames,
                       kr_val *out)
{
    if (!kv_is_str(self)) return sa_bad_self(rt, "str", "format", self);
    fmt_ctx c = { args, nargs, args + nargs, (kr_tuple *)(void *)kwnames, kv_undef() };
    return fmt_run(rt, kstr_of(self), &c, out);
}

int kstr_format_map_method(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                           kr_obj *kwnames, kr_val *out)
{
    if (!kv_is_str(self)) return sa_bad_self(rt, "str", "format_map", self);
    if (sa_onearg(rt, "str", "format_map", nargs, kwnames) != KR_OK) return KR_ERR;
    fmt_ctx c = { NULL, 0, NULL, NULL, args[0] };
    return fmt_run(rt, kstr_of(self), &c, out);
}
