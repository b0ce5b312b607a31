/* The sys module: interpreter facts (version, limits, platform), the
 * standard streams, sys.modules, the exception being handled, recursion
 * limit and exit. */
#include "structseq.h"

#include <float.h>

#include "krait.h"

/* ---- the standard streams ----
 * sys.stdin/stdout/stderr are per-runtime objects of one static type;
 * writes go to rt_write (the host's output), stdin reads are refused (the
 * sandbox grants no input). */
typedef struct lb_stream {
    kr_obj obj;
    int stream;                 /* 0 stdin, 1 stdout, 2 stderr */
} lb_stream;

static const heap_class stream_cls = { "TextIOWrapper", NULL, NULL, sizeof(lb_stream) };
extern kr_type lb_stream_type;

bool lb_is_std_stream(kr_val v, int *stream)
{
    if (!kv_is_type(v, &lb_stream_type)) return false;
    *stream = KR_AS(lb_stream, v)->stream;
    return *stream != 0;
}

static const char *const stream_names[] = { "<stdin>", "<stdout>", "<stderr>" };

static int stream_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    lb_stream *s = KR_AS(lb_stream, v);
    kr_str *r = kstr_fmt(rt, "<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>",
                         stream_names[s->stream], s->stream ? "w" : "r");
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

static int stream_write(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_onearg(rt, "TextIOWrapper.write", nargs, kw) != KR_OK) return KR_ERR;
    lb_stream *s = KR_AS(lb_stream, self);
    if (!kv_is_str(args[0]))
        return kr_raise(rt, &kt_TypeError, "write() argument must be str, not %s", kr_type_name(args[0]));
    if (s->stream == 0) return kr_raise(rt, &kt_OSError, "not writable");
    kr_str *str = KR_AS(kr_str, args[0]);
    rt_write(rt, s->stream, str->data, (size_t)str->nbytes);
    *out = kv_int(str->len);
    return KR_OK;
}

static int stream_noop(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_noargs(rt, "flush", nargs, kw) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static int stream_false(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_noargs(rt, "isatty", nargs, kw) != KR_OK) return KR_ERR;
    *out = kv_bool(0);
    return KR_OK;
}

static int stream_writable(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_noargs(rt, "writable", nargs, kw) != KR_OK) return KR_ERR;
    *out = kv_bool(KR_AS(lb_stream, self)->stream != 0);
    return KR_OK;
}

static int stream_readable(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_noargs(rt, "readable", nargs, kw) != KR_OK) return KR_ERR;
    *out = kv_bool(KR_AS(lb_stream, self)->stream == 0);
    return KR_OK;
}

static int stream_read(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (KR_AS(lb_stream, self)->stream != 0) return kr_raise(rt, &kt_OSError, "not readable");
    return kr_raise(rt, &kt_RuntimeError,
                    "sys.stdin is not available in the krait sandbox (no standard input was granted)");
}

static int stream_fileno(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    return kr_raise(rt, &kt_OSError, "fileno() is not available in the krait sandbox");
}

static int stream_get_name(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    const char *n = stream_names[KR_AS(lb_stream, self)->stream];
    return lb_str_new(rt, n, strlen(n), out);
}

static int stream_get_mode(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    return lb_str_new(rt, KR_AS(lb_stream, self)->stream ? "w" : "r", 1, out);
}

static int stream_get_encoding(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    return lb_str_new(rt, "utf-8", 5, out);
}

static int stream_get_errors(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    const char *e = KR_AS(lb_stream, self)->stream == 2 ? "backslashreplace" : "strict";
    return lb_str_new(rt, e, strlen(e), out);
}

static int stream_get_closed(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    *out = kv_bool(0);
    return KR_OK;
}

static KR_CFUNC(stream_write_f, "write", stream_write, KF_METHOD);
static KR_CFUNC(stream_flush_f, "flush", stream_noop, KF_METHOD);
static KR_CFUNC(stream_isatty_f, "isatty", stream_false, KF_METHOD);
static KR_CFUNC(stream_writable_f, "writable", stream_writable, KF_METHOD);
static KR_CFUNC(stream_readable_f, "readable", stream_readable, KF_METHOD);
static KR_CFUNC(stream_seekable_f, "seekable", stream_false, KF_METHOD);
static KR_CFUNC(stream_read_f, "read", stream_read, KF_METHOD);
static KR_CFUNC(stream_readline_f, "readline", stream_read, KF_METHOD);
static KR_CFUNC(stream_readlines_f, "readlines", stream_read, KF_METHOD);
static KR_CFUNC(stream_fileno_f, "fileno", stream_fileno, KF_METHOD);
static KR_CFUNC(stream_name_f, "name", stream_get_name, KF_GETTER);
static KR_CFUNC(stream_mode_f, "mode", stream_get_mode, KF_GETTER);
static KR_CFUNC(stream_encoding_f, "encoding", stream_get_encoding, KF_GETTER);
static KR_CFUNC(stream_errors_f, "errors", stream_get_errors, KF_GETTER);
static KR_CFUNC(stream_closed_f, "closed", stream_get_closed, KF_GETTER);

static const kr_cfunc *const stream_methods[] = {
    &stream_write_f, &stream_flush_f, &stream_isatty_f, &stream_writable_f, &stream_readable_f,
    &stream_seekable_f, &stream_read_f, &stream_readline_f, &stream_readlines_f, &stream_fileno_f,
    &stream_name_f, &stream_mode_f, &stream_encoding_f, &stream_errors_f, &stream_closed_f, NULL,
};

kr_type lb_stream_type = {
    .head = { KR_STATIC_HDR(&kt_type), &stream_cls },
    .name = "_io.TextIOWrapper", .base = &kt_object,
    .slots = { .repr = stream_repr },
    .basicsize = sizeof(lb_stream), .methods = stream_methods,
};

/* ---- struct sequences ---- */

LB_SS_FIELD(vi_major, "major", 0);
LB_SS_FIELD(vi_minor, "minor", 1);
LB_SS_FIELD(vi_micro, "micro", 2);
LB_SS_FIELD(vi_level, "releaselevel", 3);
LB_SS_FIELD(vi_serial, "serial", 4);
static const kr_cfunc *const version_info_fields[] = {
    &vi_major, &vi_minor, &vi_micro, &vi_level, &vi_serial, NULL,
};
static kr_type version_info_type = {
    .head = { KR_STATIC_HDR(&kt_type), &lb_structseq_cls },
    .name = "sys.version_info", .flags = KT_TUPLE_SUB, .base = &kt_tuple,
    .slots = LB_SS_SLOTS, .basicsize = sizeof(kr_tuple), .methods = version_info_fields,
};

LB_SS_FIELD(fi_max, "max", 0);
LB_SS_FIELD(fi_max_exp, "max_exp", 1);
LB_SS_FIELD(fi_max_10_exp, "max_10_exp", 2);
LB_SS_FIELD(fi_min, "min", 3);
LB_SS_FIELD(fi_min_exp, "min_exp", 4);
LB_SS_FIELD(fi_min_10_exp, "min_10_exp", 5);
LB_SS_FIELD(fi_dig, "dig", 6);
LB_SS_FIELD(fi_mant_dig, "mant_dig", 7);
LB_SS_FIELD(fi_epsilon, "epsilon", 8);
LB_SS_FIELD(fi_radix, "radix", 9);
LB_SS_FIELD(fi_rounds, "rounds", 10);
static const kr_cfunc *const float_info_fields[] = {
    &fi_max, &fi_max_exp, &fi_max_10_exp, &fi_min, &fi_min_exp, &fi_min_10_exp, &fi_dig,
    &fi_mant_dig, &fi_epsilon, &fi_radix, &fi_rounds, NULL,
};
static kr_type float_info_type = {
    .head = { KR_STATIC_HDR(&kt_type), &lb_structseq_cls },
    .name = "sys.float_info", .flags = KT_TUPLE_SUB, .base = &kt_tuple,
    .slots = LB_SS_SLOTS, .basicsize = sizeof(kr_tuple), .methods = float_info_fields,
};

LB_SS_FIELD(ii_bits, "bits_per_digit", 0);
LB_SS_FIELD(ii_sizeof, "sizeof_digit", 1);
LB_SS_FIELD(ii_default, "default_max_str_digits", 2);
LB_SS_FIELD(ii_threshold, "str_digits_check_threshold", 3);
static const kr_cfunc *const int_info_fields[] = {
    &ii_bits, &ii_sizeof, &ii_default, &ii_threshold, NULL,
};
static kr_type int_info_type = {
    .head = { KR_STATIC_HDR(&kt_type), &lb_structseq_cls },
    .name = "sys.int_info", .flags = KT_TUPLE_SUB, .base = &kt_tuple,
    .slots = LB_SS_SLOTS, .basicsize = sizeof(kr_tuple), .methods = int_info_fields,
};

LB_SS_FIELD(hi_width, "width", 0);
LB_SS_FIELD(hi_modulus, "modulus", 1);
LB_SS_FIELD(hi_inf, "inf", 2);
LB_SS_FIELD(hi_nan, "nan", 3);
LB_SS_FIELD(hi_imag, "imag", 4);
LB_SS_FIELD(hi_algorithm, "algorithm", 5);
LB_SS_FIELD(hi_hash_bits, "hash_bits", 6);
LB_SS_FIELD(hi_seed_bits, "seed_bits", 7);
LB_SS_FIELD(hi_cutoff, "cutoff", 8);
static const kr_cfunc *const hash_info_fields[] = {
    &hi_width, &hi_modulus, &hi_inf, &hi_nan, &hi_imag, &hi_algorithm, &hi_hash_bits,
    &hi_seed_bits, &hi_cutoff, NULL,
};
static kr_type hash_info_type = {
    .head = { KR_STATIC_HDR(&kt_type), &lb_structseq_cls },
    .name = "sys.hash_info", .flags = KT_TUPLE_SUB, .base = &kt_tuple,
    .slots = LB_SS_SLOTS, .basicsize = sizeof(kr_tuple), .methods = hash_info_fields,
};

/* ---- sys.implementation: a SimpleNamespace ---- */

typedef struct lb_namespace {
    kr_obj obj;
    kr_obj *dict;
} lb_namespace;

static void ns_trace(kr_obj *o, heap_tracer *t) { heap_visit_obj(t, ((lb_namespace *)o)->dict); }
static const heap_class ns_cls = { "SimpleNamespace", ns_trace, NULL, sizeof(lb_namespace) };

static int ns_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_dict *d = (kr_dict *)KR_AS(lb_namespace, v)->dict;
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, "namespace(");
    dk_entry *e = d ? dk_entries(&d->t) : NULL;
    bool first = true;
    for (int64_t i = 0; d && i < d->t.nentries; i++) {
        if (!dk_entry_live(&e[i]) || !kv_is_str(e[i].key)) continue;
        kr_val r;
        if (lb_repr(rt, e[i].value, &r) != KR_OK) { sb_free(&sb); return KR_ERR; }
        if (!first) sb_puts(&sb, ", ");
        first = false;
        sb_append(&sb, kstr_data(kv_as_obj(e[i].key)), (size_t)kstr_nbytes(kv_as_obj(e[i].key)));
        sb_putc(&sb, '=');
        sb_append(&sb, kstr_data(kv_as_obj(r)), (size_t)kstr_nbytes(kv_as_obj(r)));
    }
    sb_putc(&sb, ')');
    return lb_sb_str(rt, &sb, out);
}

static kr_type namespace_type = {
    .head = { KR_STATIC_HDR(&kt_type), &ns_cls },
    .name = "types.SimpleNamespace", .flags = KT_HAS_DICT, .base = &kt_object,
    .slots = { .repr = ns_repr },
    .basicsize = sizeof(lb_namespace), .dict_offset = offsetof(lb_namespace, dict),
};

/* ---- functions ---- */

static int sys_exit(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_nargs(rt, "exit", nargs, 0, 1, kw) != KR_OK) return KR_ERR;
    /* made by calling the type, so that its `code` attribute is set */
    kr_val e;
    if (vm_call(rt, lb_type_val(&kt_SystemExit), args, nargs, NULL, &e) != KR_OK) return KR_ERR;
    return kr_raise_obj(rt, e);
}

static int sys_getrecursionlimit(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_noargs(rt, "getrecursionlimit", nargs, kw) != KR_OK) return KR_ERR;
    *out = kv_int(rt->lim.max_depth);
    return KR_OK;
}

static int sys_setrecursionlimit(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_onearg(rt, "setrecursionlimit", nargs, kw) != KR_OK) return KR_ERR;
    kr_val v;
    int64_t n;
    if (lb_index(rt, args[0], &v) != KR_OK || kint_as_i64(rt, v, &n) != KR_OK) return KR_ERR;
    if (n < 1) return kr_raise(rt, &kt_ValueError, "recursion limit must be greater or equal than 1");
    if (n > INT32_MAX) return kr_raise(rt, &kt_OverflowError, "Python int too large to convert to C int");
    if (n <= rt->lim.depth)
        return kr_raise(rt, &kt_RecursionError,
                        "cannot set the recursion limit to %lld at the recursion depth %lld: the limit is too low",
                        (long long)n, (long long)rt->lim.depth);
    rt->lim.max_depth = n;
    *out = kv_none();
    return KR_OK;
}

static int sys_exception(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_noargs(rt, "exception", nargs, kw) != KR_OK) return KR_ERR;
    *out = kv_is_undef(rt->handled) ? kv_none() : rt->handled;
    return KR_OK;
}

static int sys_exc_info(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_noargs(rt, "exc_info", nargs, kw) != KR_OK) return KR_ERR;
    kr_val items[3] = { kv_none(), kv_none(), kv_none() };
    kr_val e = rt->handled;
    if (!kv_is_undef(e) && !kv_is_none(e)) {
        items[0] = lb_type_val(kr_type_of(e));
        items[1] = e;
        if (kv_is_obj(e) && kr_isinstance(e, &kt_BaseException) && KR_AS(kr_exc, e)->traceback)
            items[2] = kv_obj(KR_AS(kr_exc, e)->traceback);
    }
    kr_tuple *t = ktuple_from(rt, items, 3);
    if (!t) return KR_ERR;
    *out = ktuple_val(t);
    return KR_OK;
}

static int sys_intern(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_onearg(rt, "intern", nargs, kw) != KR_OK) return KR_ERR;
    if (!kv_is_str(args[0]))
        return kr_raise(rt, &kt_TypeError, "intern() argument must be str, not %s", kr_type_name(args[0]));
    if (!kv_is_exact_str(args[0]))
        return kr_raise(rt, &kt_TypeError, "can't intern %s", kr_type_name(args[0]));
    kr_obj *o = kv_as_obj(args[0]);
    kr_str *s = kstr_intern(rt, kstr_data(o), (size_t)kstr_nbytes(o));
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

static int sys_utf8(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_noargs(rt, "getdefaultencoding", nargs, kw) != KR_OK) return KR_ERR;
    return lb_str_new(rt, "utf-8", 5, out);
}

static int sys_get_int_max_str_digits(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw,
                                      kr_val *out)
{
    if (lb_noargs(rt, "get_int_max_str_digits", nargs, kw) != KR_OK) return KR_ERR;
    *out = kv_int((int64_t)rt->bi.max_str_digits);
    return KR_OK;
}

static int sys_set_int_max_str_digits(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw,
                                      kr_val *out)
{
    kr_val a[1];
    if (vm_parse_args(rt, "set_int_max_str_digits", "maxdigits", args, nargs, kw, a) != KR_OK)
        return KR_ERR;
    kr_val v;
    int64_t n;
    if (lb_index(rt, a[0], &v) != KR_OK || kint_as_i64(rt, v, &n) != KR_OK) return KR_ERR;
    if (n != 0 && n < 640)
        return kr_raise(rt, &kt_ValueError, "maxdigits must be >= 640 or 0 for unlimited");
    rt->bi.max_str_digits = (size_t)n;
    *out = kv_none();
    return KR_OK;
}

static KR_CFUNC(exit_f, "exit", sys_exit, 0);
static KR_CFUNC(getrecursionlimit_f, "getrecursionlimit", sys_getrecursionlimit, 0);
static KR_CFUNC(setrecursionlimit_f, "setrecursionlimit", sys_setrecursionlimit, 0);
static KR_CFUNC(exception_f, "exception", sys_exception, 0);
static KR_CFUNC(exc_info_f, "exc_info", sys_exc_info, 0);
static KR_CFUNC(intern_f, "intern", sys_intern, 0);
static KR_CFUNC(getdefaultencoding_f, "getdefaultencoding", sys_utf8, 0);
static KR_CFUNC(getfilesystemencoding_f, "getfilesystemencoding", sys_utf8, 0);
static KR_CFUNC(get_int_max_str_digits_f, "get_int_max_str_digits", sys_get_int_max_str_digits, 0);
static KR_CFUNC(set_int_max_str_digits_f, "set_int_max_str_digits", sys_set_int_max_str_digits, 0);

static const kr_cfunc *const sys_funcs[] = {
    &exit_f, &getrecursionlimit_f, &setrecursionlimit_f, &exception_f, &exc_info_f, &intern_f,
    &getdefaultencoding_f, &getfilesystemencoding_f, &get_int_max_str_digits_f,
    &set_int_max_str_digits_f, NULL,
};

/* ---- the module ---- */

#define SYS_MAJOR 3
#define SYS_MINOR 14
#define SYS_MICRO 0

static int set(kr_rt *rt, kr_dict *d, const char *name, kr_val v)
{
    return kdict_set_cstr(rt, d, name, v);
}

static int set_str(kr_rt *rt, kr_dict *d, const char *name, const char *s)
{
    kr_val v;
    if (lb_str_new(rt, s, strlen(s), &v) != KR_OK) return KR_ERR;
    return set(rt, d, name, v);
}

static int new_stream(kr_rt *rt, int n, kr_val *out)
{
    lb_stream *s = (lb_stream *)heap_alloc(&rt->heap, &lb_stream_type, sizeof(lb_stream));
    if (!s) return kr_nomem(rt);
    s->stream = n;
    *out = kv_obj(&s->obj);
    return KR_OK;
}

static int sys_streams(kr_rt *rt, kr_dict *d)
{
    static const char *const names[] = { "stdin", "stdout", "stderr" };
    static const char *const dunder[] = { "__stdin__", "__stdout__", "__stderr__" };
    for (int i = 0; i < 3; i++) {
        kr_val s;
        if (new_stream(rt, i, &s) != KR_OK || set(rt, d, names[i], s) != KR_OK
            || set(rt, d, dunder[i], s) != KR_OK)
            return KR_ERR;
    }
    return KR_OK;
}

static int sys_infos(kr_rt *rt, kr_dict *d, kr_val *version_info)
{
    kr_val lvl, v;
    if (lb_str_new(rt, "final", 5, &lvl) != KR_OK) return KR_ERR;
    kr_val vi[5] = { kv_int(SYS_MAJOR), kv_int(SYS_MINOR), kv_int(SYS_MICRO), lvl, kv_int(0) };
    if (lb_structseq_new(rt, &version_info_type, vi, 5, version_info) != KR_OK
        || set(rt, d, "version_info", *version_info) != KR_OK)
        return KR_ERR;
    kr_val fi[11] = {
        kv_float(DBL_MAX), kv_int(DBL_MAX_EXP), kv_int(DBL_MAX_10_EXP), kv_float(DBL_MIN),
        kv_int(DBL_MIN_EXP), kv_int(DBL_MIN_10_EXP), kv_int(DBL_DIG), kv_int(DBL_MANT_DIG),
        kv_float(DBL_EPSILON), kv_int(FLT_RADIX), kv_int(1),
    };
    if (lb_structseq_new(rt, &float_info_type, fi, 11, &v) != KR_OK
        || set(rt, d, "float_info", v) != KR_OK)
        return KR_ERR;
    /* ints: CPython 64-bit's digits (the limits are krait's own) */
    kr_val ii[4] = { kv_int(30), kv_int(4), kv_int(BI_DEFAULT_MAX_STR_DIGITS), kv_int(640) };
    if (lb_structseq_new(rt, &int_info_type, ii, 4, &v) != KR_OK
        || set(rt, d, "int_info", v) != KR_OK)
        return KR_ERR;
    kr_val alg;
    if (lb_str_new(rt, "siphash13", 9, &alg) != KR_OK) return KR_ERR;
    kr_val hi[9] = {
        kv_int(64), kv_int(((int64_t)1 << 61) - 1), kv_int(314159), kv_int(0), kv_int(1000003),
        alg, kv_int(64), kv_int(128), kv_int(0),
    };
    if (lb_structseq_new(rt, &hash_info_type, hi, 9, &v) != KR_OK
        || set(rt, d, "hash_info", v) != KR_OK)
        return KR_ERR;
    return KR_OK;
}

static int sys_implementation(kr_rt *rt, kr_dict *d, kr_val version_info)
{
    lb_namespace *ns = (lb_namespace *)heap_alloc(&rt->heap, &namespace_type, sizeof(lb_namespace));
    if (!ns) return kr_nomem(rt);
    kr_dict *nd = kdict_new(rt);
    if (!nd) return KR_ERR;
    ns->dict = &nd->obj;
    if (set_str(rt, nd, "name", "krait") != KR_OK
        || set(rt, nd, "cache_tag", kv_none()) != KR_OK
        || set(rt, nd, "version", version_info) != KR_OK
        || set(rt, nd, "hexversion", kv_int(0x030e00f0)) != KR_OK
        || set(rt, nd, "_multiarch", kv_none()) != KR_OK)
        return KR_ERR;
    return set(rt, d, "implementation", kv_obj(&ns->obj));
}

/* sys.argv: the script's name, as the main module knows it. */
static int sys_argv(kr_rt *rt, kr_dict *d)
{
    kr_val name = kv_undef();
    if (rt->main_module && kv_is_type(kv_obj(rt->main_module), &kt_module)) {
        kr_module *m = (kr_module *)rt->main_module;
        if (m->dict) name = kdict_get_cstr(rt, (kr_dict *)m->dict, "__file__");
    }
    if (!kv_is_str(name) && lb_str_new(rt, "", 0, &name) != KR_OK) return KR_ERR;
    kr_list *argv = klist_from(rt, &name, 1);
    if (!argv) return KR_ERR;
    for (int i = 0; i < rt->script_argc; i++) {
        kr_val a;
        if (lb_str_new(rt, rt->script_argv[i], strlen(rt->script_argv[i]), &a) != KR_OK) return KR_ERR;
        if (klist_append(rt, argv, a) != KR_OK) return KR_ERR;
    }
    return set(rt, d, "argv", klist_val(argv));
}

int lib_sys_init(kr_rt *rt, kr_module *m)
{
    kr_dict *d = (kr_dict *)m->dict;
    for (const kr_cfunc *const *f = sys_funcs; *f; f++)
        if (set(rt, d, (*f)->name, kv_obj((kr_obj *)&(*f)->obj)) != KR_OK) return KR_ERR;
    kr_val vi;
    char version[96];
    snprintf(version, sizeof version, "%d.%d.%d (krait %s)", SYS_MAJOR, SYS_MINOR, SYS_MICRO,
             kr_version());
    const union { uint16_t u; uint8_t b[2]; } probe = { 1 };
    kr_list *path = klist_new(rt, 0);
    if (!path) return KR_ERR;
    kr_val names[3];
    if (lb_str_new(rt, "builtins", 8, &names[0]) != KR_OK || lb_str_new(rt, "sys", 3, &names[1]) != KR_OK
        || lb_str_new(rt, "typing", 6, &names[2]) != KR_OK)
        return KR_ERR;
    kr_tuple *bnames = ktuple_from(rt, names, 3);
    if (!bnames) return KR_ERR;
    if (sys_streams(rt, d) != KR_OK || sys_infos(rt, d, &vi) != KR_OK
        || sys_implementation(rt, d, vi) != KR_OK || sys_argv(rt, d) != KR_OK
        || set_str(rt, d, "version", version) != KR_OK
        || set(rt, d, "hexversion", kv_int(0x030e00f0)) != KR_OK
        || set(rt, d, "api_version", kv_int(1013)) != KR_OK
        || set(rt, d, "maxsize", kv_int(INT64_MAX)) != KR_OK
        || set(rt, d, "maxunicode", kv_int(0x10FFFF)) != KR_OK
        || set_str(rt, d, "byteorder", probe.b[0] ? "little" : "big") != KR_OK
        || set_str(rt, d, "platform", "krait") != KR_OK
        || set_str(rt, d, "float_repr_style", "short") != KR_OK
        || set_str(rt, d, "executable", "") != KR_OK
        || set_str(rt, d, "prefix", "") != KR_OK
        || set_str(rt, d, "exec_prefix", "") != KR_OK
        || set(rt, d, "dont_write_bytecode", kv_bool(1)) != KR_OK
        || set(rt, d, "path", klist_val(path)) != KR_OK
        || set(rt, d, "builtin_module_names", ktuple_val(bnames)) != KR_OK
        || set(rt, d, "modules", kv_obj(rt->modules)) != KR_OK)
        return KR_ERR;
    return KR_OK;
}
