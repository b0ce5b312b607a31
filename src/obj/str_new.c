/* The str() constructor: str(object=''), str(bytes, encoding, errors), and
 * the same for str subclasses. */
#include "str_int.h"

#include "bytes.h"

int kstr_tostr(kr_rt *rt, kr_val v, kr_val *out)
{
    if (kv_is_exact_str(v)) { *out = v; return KR_OK; }
    kr_type *t = kr_type_of(v);
    /* as CPython's object.__str__: the repr slot unchecked, then this check */
    int r = t->slots.str ? t->slots.str(rt, v, out)
          : t->slots.repr ? t->slots.repr(rt, v, out) : kr_repr(rt, v, out);
    if (r == KR_OK && !kv_is_str(*out))
        return kr_raise(rt, &kt_TypeError, "__str__ returned non-string (type %s)",
                        kr_type_name(*out));
    return r;
}

int kstr_type_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs, kr_obj *kwnames,
                  kr_val *out)
{
    if (nargs > 3)
        return kr_raise(rt, &kt_TypeError, "str expected at most 3 arguments, got %d", nargs);
    kr_val a[3];
    if (sa_kw(rt, "str", "object,encoding,errors", 0, 0, args, nargs, kwnames, a) != KR_OK)
        return KR_ERR;
    const char *enc = NULL, *errors = NULL;
    if (!kv_is_undef(a[1])) {
        if (!kv_is_str(a[1]))
            return kr_raise(rt, &kt_TypeError, "str() argument 'encoding' must be str, not %s",
                            sa_tname(a[1]));
        enc = kstr_of(a[1])->data;
    }
    if (!kv_is_undef(a[2])) {
        if (!kv_is_str(a[2]))
            return kr_raise(rt, &kt_TypeError, "str() argument 'errors' must be str, not %s",
                            sa_tname(a[2]));
        errors = kstr_of(a[2])->data;
    }
    kr_val r;
    if (kv_is_undef(a[0])) {
        kr_str *e = kstr_empty(rt);
        if (!e) return KR_ERR;
        r = kstr_val(e);
    } else if (!enc && !errors) {
        if (kstr_tostr(rt, a[0], &r) != KR_OK) return KR_ERR;
    } else {
        const unsigned char *p;
        size_t n;
        if (kv_is_str(a[0])) return kr_raise(rt, &kt_TypeError, "decoding str is not supported");
        if (!kbytes_buffer(a[0], &p, &n))
            return kr_raise(rt, &kt_TypeError, "decoding to str: need a bytes-like object, %s found",
                            kr_type_name(a[0]));
        if (!enc) enc = "utf-8";
        if (n == 0) {
            /* CPython returns '' before looking the codec up */
            kr_str *e = kstr_empty(rt);
            if (!e) return KR_ERR;
            r = kstr_val(e);
            goto done;
        }
        int codec = kcodec_lookup(rt, enc, strlen(enc));
        if (codec < 0) return KR_ERR;
        if (kcodec_decode(rt, p, n, codec, enc, errors, &r) != KR_OK) return KR_ERR;
    }
done:
    if (t == &kt_str) {
        /* a str subclass instance a __str__ returned stays what it is */
        *out = r;
        return KR_OK;
    }
    kr_str *src = kstr_of(r);
    kr_str *s = kstr_alloc_type(rt, t, (size_t)src->nbytes);
    if (!s) return KR_ERR;
    memcpy(s->data, src->data, (size_t)src->nbytes);
    kstr_finish(s, src->len, kstr_is_ascii(src));
    *out = kstr_val(s);
    return KR_OK;
}
