/* float(x) and the float coercion other modules use (PyFloat_AsDouble). */
#include "num_impl.h"

#include "../util/dtoa.h"
#include "../util/repr.h"
#include "bytes.h"

/* "could not convert string to float: %R" of the str or bytes V. */
static int float_bad_string(kr_rt *rt, kr_val v)
{
    strbuf sb = STRBUF_INIT;
    const unsigned char *p;
    size_t n;
    if (kv_is_str(v)) repr_str(&sb, kstr_data(kv_as_obj(v)), (size_t)kstr_nbytes(kv_as_obj(v)));
    else if (kbytes_buffer(v, &p, &n)) repr_bytes(&sb, (const char *)p, n);
    if (sb.oom) { sb_free(&sb); return kr_nomem(rt); }
    int r = kr_raise(rt, &kt_ValueError, "could not convert string to float: %s", sb.p ? sb.p : "");
    sb_free(&sb);
    return r;
}

/* float() of a str or bytes-like V; false when V is neither. */
static bool float_from_text(kr_rt *rt, kr_val v, double *out, int *st)
{
    const unsigned char *p;
    size_t n;
    int r;
    if (kv_is_str(v)) {
        kr_obj *o = kv_as_obj(v);
        size_t sn = (size_t)kstr_nbytes(o);
        char *buf;
        size_t blen;
        if (knum_ascii_number(rt, kstr_data(o), sn, &buf, &blen) != KR_OK) { *st = KR_ERR; return true; }
        r = dtoa_parse(buf ? buf : kstr_data(o), blen, out);
        if (buf) mem_free(&rt->heap.mem, buf, sn + 1);
    } else if (kbytes_buffer(v, &p, &n)) {
        r = dtoa_parse((const char *)p, n, out);
    } else {
        return false;
    }
    if (r == DTOA_PARSE_OK) *st = KR_OK;
    else if (r == DTOA_PARSE_NOMEM) *st = kr_nomem(rt);
    else *st = float_bad_string(rt, v);
    return true;
}

/* The double of a __float__ result. */
static int float_result(kr_rt *rt, kr_val obj, kr_val r, double *out)
{
    if (kfloat_value(r, out)) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "%.50s.__float__ returned non-float (type %.50s)",
                    kr_type_name(obj), kr_type_name(r));
}

/* The number protocol part of float(x) and PyFloat_AsDouble: floats,
 * ints, __float__, __index__.  KR_STOP when V has none of them. */
static int float_from_number(kr_rt *rt, kr_val v, double *out)
{
    if (kv_is_float(v)) { *out = kv_as_float(v); return KR_OK; }
    int64_t x;
    const bi_t *b;
    if (kv_is_int(v) || kv_is_bool(v) || kv_is_bigint(v)) {
        kint_value(v, &x, &b);
        if (!b) { *out = (double)x; return KR_OK; }
        bi_status st = bi_to_double(b, out);
        return st == BI_OK ? KR_OK : kint_status(rt, st);
    }
    kr_val r;
    int st = vm_call_special(rt, v, "__float__", NULL, 0, &r);
    if (st == KR_OK) return float_result(rt, v, r, out);
    if (st != KR_STOP) return st;
    st = vm_call_special(rt, v, "__index__", NULL, 0, &r);
    if (st == KR_OK) {
        if (!kint_value(r, &x, &b))
            return kr_type_error(rt, "__index__ returned non-int (type %s)", r);
        return kint_to_double(rt, r, out);
    }
    return st;
}

int kfloat_coerce(kr_rt *rt, kr_val v, double *out)
{
    int st = float_from_number(rt, v, out);
    if (st == KR_STOP) return kr_type_error(rt, "must be real number, not %s", v);
    return st;
}

int kfloat_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    if (kwnames && ((kr_tuple *)(void *)kwnames)->len)
        return kr_raise(rt, &kt_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return kr_raise(rt, &kt_TypeError, "float expected at most 1 argument, got %d", nargs);
    double d = 0.0;
    if (nargs == 1) {
        int st = kv_is_exact_str(args[0]) ? KR_STOP : float_from_number(rt, args[0], &d);
        if (st == KR_STOP) {
            if (!float_from_text(rt, args[0], &d, &st))
                return kr_type_error(rt, "float() argument must be a string or a real number, not '%s'", args[0]);
        }
        if (st != KR_OK) return st;
    }
    return kfloat_make(rt, t, d, out);
}
