/* complex(real, imag), complex(str), and complex's methods. */
#include "num_impl.h"

#include "../num/fmt.h"
#include "../util/dtoa.h"
#include "../util/repr.h"

static bool c_isspace(int c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static bool c_isdigit(int c) { return c >= '0' && c <= '9'; }

static size_t match_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (n < k) return 0;
    for (size_t i = 0; i < k; i++)
        if ((s[i] | 0x20) != w[i]) return 0;
    return k;
}

/* Length of the longest float at the start of S[0..n) (0: none), as
 * PyOS_string_to_double's end pointer: sign, then inf / infinity / nan or
 * digits with an optional point and exponent. */
static size_t float_prefix(const char *s, size_t n)
{
    size_t i = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    size_t k;
    if ((k = match_word(s + i, n - i, "infinity")) || (k = match_word(s + i, n - i, "inf"))
        || (k = match_word(s + i, n - i, "nan")))
        return i + k;
    size_t d = 0;
    while (i < n && c_isdigit((unsigned char)s[i])) i++, d++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && c_isdigit((unsigned char)s[i])) i++, d++;
    }
    if (!d) return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (s[j] == '+' || s[j] == '-')) j++;
        if (j < n && c_isdigit((unsigned char)s[j])) {
            while (j < n && c_isdigit((unsigned char)s[j])) j++;
            i = j;
        }
    }
    return i;
}

/* Reads a float prefix at *S: false (S unchanged) when there is none. */
static bool read_float(const char **s, const char *end, double *out)
{
    size_t k = float_prefix(*s, (size_t)(end - *s));
    if (!k || dtoa_parse(*s, k, out) != DTOA_PARSE_OK) return false;
    *s += k;
    return true;
}

/* CPython's complex_from_string_inner on underscore-free ASCII text. */
static bool parse_complex(const char *s, size_t n, double *re, double *im)
{
    const char *end = s + n;
    double x = 0.0, y = 0.0, z;
    bool bracket = false;
    while (s < end && c_isspace((unsigned char)*s)) s++;
    if (s < end && *s == '(') {
        bracket = true;
        s++;
        while (s < end && c_isspace((unsigned char)*s)) s++;
    }
    if (read_float(&s, end, &z)) {
        if (s < end && (*s == '+' || *s == '-')) {
            x = z;
            if (!read_float(&s, end, &y)) { y = *s == '+' ? 1.0 : -1.0; s++; }
            if (s == end || (*s != 'j' && *s != 'J')) return false;
            s++;
        } else if (s < end && (*s == 'j' || *s == 'J')) {
            s++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (s < end && (*s == '+' || *s == '-')) { y = *s == '+' ? 1.0 : -1.0; s++; }
        else y = 1.0;
        if (s == end || (*s != 'j' && *s != 'J')) return false;
        s++;
    }
    while (s < end && c_isspace((unsigned char)*s)) s++;
    if (bracket) {
        if (s == end || *s != ')') return false;
        s++;
        while (s < end && c_isspace((unsigned char)*s)) s++;
    }
    if (s != end) return false;
    *re = x;
    *im = y;
    return true;
}

static int bad_string(kr_rt *rt, kr_val v)
{
    strbuf sb = STRBUF_INIT;
    repr_str(&sb, kstr_data(kv_as_obj(v)), (size_t)kstr_nbytes(kv_as_obj(v)));
    if (sb.oom) { sb_free(&sb); return kr_nomem(rt); }
    int r = kr_raise(rt, &kt_ValueError, "could not convert string to complex: %s", sb.p ? sb.p : "");
    sb_free(&sb);
    return r;
}

/* complex(str): digits and spaces mapped to ASCII, underscores checked
 * and removed (_Py_string_to_number_with_underscores), then parsed. */
static int complex_from_str(kr_rt *rt, kr_val v, double *re, double *im)
{
    kr_obj *o = kv_as_obj(v);
    size_t sn = (size_t)kstr_nbytes(o);
    char *buf;
    size_t n;
    if (knum_ascii_number(rt, kstr_data(o), sn, &buf, &n) != KR_OK) return KR_ERR;
    char *own = buf;
    if (!buf) {
        own = mem_alloc(&rt->heap.mem, sn + 1);
        if (!own) return kr_nomem(rt);
        memcpy(own, kstr_data(o), sn);
        own[sn] = 0;
    }
    int r = KR_OK;
    if (memchr(own, '_', n)) {
        size_t k = 0;
        char prev = 0;
        bool ok = true;
        for (size_t i = 0; i < n && ok; i++) {
            char c = own[i];
            if (c == '_') ok = c_isdigit((unsigned char)prev);
            else {
                if (prev == '_' && !c_isdigit((unsigned char)c)) ok = false;
                own[k++] = c;
            }
            prev = c;
        }
        if (prev == '_' || memchr(own, 0, k)) ok = false;
        if (!ok) { r = bad_string(rt, v); goto done; }
        n = k;
    }
    if (!parse_complex(own, n, re, im))
        r = kr_raise(rt, &kt_ValueError, "complex() arg is a malformed string");
done:
    mem_free(&rt->heap.mem, own, sn + 1);
    return r;
}

/* A real number as a double (float protocol: floats, ints, __float__,
 * __index__): KR_STOP when V is not one. */
static int real_part(kr_rt *rt, kr_val v, double *out)
{
    bool is_real;
    if (knum_real(rt, v, out, &is_real) != KR_OK) return KR_ERR;
    if (is_real) return KR_OK;
    if (kv_is_undef(vm_lookup_special(rt, v, "__float__"))
        && kv_is_undef(vm_lookup_special(rt, v, "__index__")))
        return KR_STOP;
    return kfloat_coerce(rt, v, out);
}

/* __complex__ of V: KR_STOP when it has none. */
static int complex_special(kr_rt *rt, kr_val v, double *re, double *im)
{
    if (kv_is_type(v, &kt_complex)) return kcomplex_value(v, re, im) ? KR_OK : KR_STOP;
    kr_val r;
    int st = vm_call_special(rt, v, "__complex__", NULL, 0, &r);
    if (st != KR_OK) return st;
    if (!kcomplex_value(r, re, im))
        return kr_raise(rt, &kt_TypeError, "__complex__ returned non-complex (type %s)", kr_type_name(r));
    return KR_OK;
}

static int complex_make(kr_rt *rt, kr_type *t, double re, double im, kr_val *out)
{
    kr_complex *c = (kr_complex *)(void *)heap_alloc(&rt->heap, t, t == &kt_complex ? sizeof(kr_complex) : t->basicsize);
    if (!c) return kr_nomem(rt);
    c->re = re;
    c->im = im;
    *out = kv_obj(&c->obj);
    return KR_OK;
}

int kcomplex_new_slot(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                      kr_obj *kwnames, kr_val *out)
{
    int nkw = kwnames ? (int)((kr_tuple *)(void *)kwnames)->len : 0;
    if (nargs + nkw > 2)
        return kr_raise(rt, &kt_TypeError, "complex() takes at most 2 arguments (%d given)", nargs + nkw);
    kr_val a[2];
    if (vm_parse_args(rt, "complex", "|real,imag", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    kr_val r = a[0], i = a[1];
    double cr_re = 0.0, cr_im = 0.0, ci_re = 0.0, ci_im = 0.0;
    bool cr_complex = false, ci_complex = false;
    int st;
    if (kv_is_undef(r)) r = kv_int(0);
    /* a single positional str is parsed */
    if (nargs == 1 && !nkw && kv_is_str(r)) {
        if (complex_from_str(rt, r, &cr_re, &cr_im) != KR_OK) return KR_ERR;
        return complex_make(rt, t, cr_re, cr_im, out);
    }
    if (kv_is_type(r, &kt_complex) && kv_is_undef(i) && t == &kt_complex) { *out = r; return KR_OK; }
    if (kv_is_str(r))
        return kr_type_error(rt, "complex() argument 'real' must be a real number, not %s", r);
    st = complex_special(rt, r, &cr_re, &cr_im);
    if (st == KR_OK) cr_complex = true;
    else if (st != KR_STOP) return st;
    else if (kcomplex_value(r, &cr_re, &cr_im)) cr_complex = true;
    else {
        st = real_part(rt, r, &cr_re);
        if (st == KR_STOP) {
            if (kv_is_undef(i))
                return kr_type_error(rt, "complex() argument must be a string or a number, not %s", r);
            return kr_type_error(rt, "complex() argument 'real' must be a real number, not %s", r);
        }
        if (st != KR_OK) return st;
    }
    if (kv_is_undef(i)) ci_re = cr_im;
    else if (kcomplex_value(i, &ci_re, &ci_im)) ci_complex = true;
    else {
        st = kv_is_str(i) ? KR_STOP : real_part(rt, i, &ci_re);
        if (st == KR_STOP) return kr_type_error(rt, "complex() argument 'imag' must be a real number, not %s", i);
        if (st != KR_OK) return st;
    }
    if (ci_complex) cr_re -= ci_im;
    if (cr_complex && !kv_is_undef(i)) ci_re += cr_im;
    return complex_make(rt, t, cr_re, ci_re, out);
}

/* ---- methods ------------------------------------------------------------- */

static int self_complex(kr_rt *rt, const char *name, kr_val self, double *re, double *im)
{
    if (kcomplex_value(self, re, im)) return KR_OK;
    return kr_raise(rt, &kt_TypeError, "descriptor '%s' for 'complex' objects doesn't apply to a '%s' object",
                    name, kr_type_name(self));
}

static int no_args(kr_rt *rt, const char *name, int nargs, kr_obj *kwnames)
{
    if (kwnames && ((kr_tuple *)(void *)kwnames)->len)
        return kr_raise(rt, &kt_TypeError, "%s() takes no keyword arguments", name);
    if (nargs)
        return kr_raise(rt, &kt_TypeError, "%s() takes no arguments (%d given)", name, nargs);
    return KR_OK;
}

#define SELF_COMPLEX(name) \
    double re, im; \
    if (self_complex(rt, name, self, &re, &im) != KR_OK || no_args(rt, name, nargs, kwnames) != KR_OK) \
        return KR_ERR

static int complex_conjugate(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_COMPLEX("conjugate");
    return complex_make(rt, &kt_complex, re, -im, out);
}

static int complex_complex(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_COMPLEX("__complex__");
    if (kv_is_type(self, &kt_complex)) { *out = self; return KR_OK; }
    return complex_make(rt, &kt_complex, re, im, out);
}

static int complex_real(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_COMPLEX("real");
    *out = kv_float(re);
    return KR_OK;
}

static int complex_imag(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_COMPLEX("imag");
    *out = kv_float(im);
    return KR_OK;
}

static int complex_getnewargs(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    SELF_COMPLEX("__getnewargs__");
    kr_val items[2] = { kv_float(re), kv_float(im) };
    kr_tuple *t = ktuple_from(rt, items, 2);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

static int complex_format(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    double re, im;
    if (self_complex(rt, "__format__", self, &re, &im) != KR_OK) return KR_ERR;
    kr_val a[1];
    if (vm_parse_args(rt, "__format__", "format_spec,/", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    if (!kv_is_str(a[0]))
        return kr_raise(rt, &kt_TypeError, "__format__() argument must be str, not %s", kr_type_name(a[0]));
    size_t n = (size_t)kstr_nbytes(kv_as_obj(a[0]));
    if (n == 0) return knum_str_of(rt, self, out);
    strbuf sb = STRBUF_INIT, err = STRBUF_INIT;
    fmt_status st = fmt_format_complex(&sb, re, im, kstr_data(kv_as_obj(a[0])), n, kr_type_name(self),
                                       knum_max_bytes(rt), &err);
    return knum_fmt_finish(rt, st, &sb, &err, out);
}

/* complex.from_number(x): a number, never a string. */
static int complex_from_number(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    kr_val a[1];
    if (vm_parse_args(rt, "from_number", "number,/", args, nargs, kwnames, a) != KR_OK) return KR_ERR;
    double re = 0.0, im = 0.0;
    int st = complex_special(rt, a[0], &re, &im);
    if (st == KR_STOP) {
        im = 0.0;
        if (kcomplex_value(a[0], &re, &im)) st = KR_OK;
        else st = kfloat_coerce(rt, a[0], &re);
    }
    if (st != KR_OK) return st;
    kr_val v;
    if (complex_make(rt, &kt_complex, re, im, &v) != KR_OK) return KR_ERR;
    if (kv_is_obj(self) && kv_as_obj(self) != &kt_complex.head.obj)
        return vm_call(rt, self, &v, 1, NULL, out);
    *out = v;
    return KR_OK;
}

static KR_CFUNC(complex_conjugate_f, "conjugate", complex_conjugate, KF_METHOD);
static KR_CFUNC(complex_complex_f, "__complex__", complex_complex, KF_METHOD);
static KR_CFUNC(complex_format_f, "__format__", complex_format, KF_METHOD);
static KR_CFUNC(complex_getnewargs_f, "__getnewargs__", complex_getnewargs, KF_METHOD);
static KR_CFUNC(complex_from_number_f, "from_number", complex_from_number, KF_CLASS);
static KR_CFUNC(complex_real_f, "real", complex_real, KF_GETTER);
static KR_CFUNC(complex_imag_f, "imag", complex_imag, KF_GETTER);

const kr_cfunc *const kcomplex_methods[] = {
    &complex_conjugate_f, &complex_complex_f, &complex_format_f, &complex_getnewargs_f,
    &complex_from_number_f, &complex_real_f, &complex_imag_f,
    NULL,
};
