/* Exception objects and raising from C.
 *
 * Every exception type shares kr_exc's layout.  Attributes particular to
 * some types (StopIteration.value, OSError.errno, NameError.name ...) are
 * stored in the instance dict when the exception is initialised, so one
 * layout and one trace function serve the whole hierarchy. */
#include "exc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../compile/code.h"
#include "../vm/call.h"
#include "../vm/rt.h"
#include "bytes.h"
#include "dict.h"
#include "exc_int.h"
#include "seq.h"
#include "str.h"

void kx_exc_trace(kr_obj *o, heap_tracer *t)
{
    kr_exc *e = (kr_exc *)o;
    heap_visit_obj(t, e->dict);
    heap_visit_obj(t, e->args);
    heap_visit_obj(t, e->traceback);
    heap_visit_val(t, e->cause);
    heap_visit_val(t, e->context);
    heap_visit_obj(t, e->notes);
}

static int unicode_args(kr_rt *rt, kr_exc *e, const kr_val *args, int nargs);
static kr_type *oserror_subtype(kr_type *t, const kr_val *args, int nargs);

static const heap_class exc_cls = { "BaseException", kx_exc_trace, NULL, sizeof(kr_exc) };

static void nameexc_trace(kr_obj *o, heap_tracer *t)
{
    kr_nameexc *e = (kr_nameexc *)o;
    kx_exc_trace(o, t);
    heap_visit_obj(t, e->sg_globals);
    heap_visit_obj(t, e->sg_builtins);
    heap_visit_obj(t, e->sg_locals);
    heap_visit_val(t, e->sg_self);
}

static const heap_class nameexc_cls = { "NameError", nameexc_trace, NULL, sizeof(kr_nameexc) };

const char *kr_type_name(kr_val v)
{
    return kr_type_of(v)->name;
}

kr_exc *kexc_new(kr_rt *rt, kr_type *t, kr_obj *args)
{
    kr_exc *e = (kr_exc *)heap_alloc(&rt->heap, t, t->basicsize ? t->basicsize : sizeof(kr_exc));
    if (!e) { kr_nomem(rt); return NULL; }
    e->args = args ? args : rt->empty_tuple;
    e->cause = kv_undef();
    e->context = kv_undef();
    return e;
}

static int exc_set_attr(kr_rt *rt, kr_exc *e, const char *name, kr_val v)
{
    if (!e->dict) {
        kr_dict *d = kdict_new(rt);
        if (!d) return KR_ERR;
        e->dict = &d->obj;
    }
    return kdict_set_cstr(rt, (kr_dict *)e->dict, name, v);
}

/* What a NameError's suggestion needs of the running Python frame (see
 * kr_nameexc).  Best effort: without memory the suggestion is skipped. */
static void capture_frame(kr_rt *rt, kr_exc *e)
{
    kr_nameexc *n = (kr_nameexc *)e;
    kr_frame *f = rt->frame;
    n->sg_self = kv_undef();
    n->sg_globals = n->sg_builtins = n->sg_locals = NULL;
    if (!f || f->kind != KF_PY || !f->code) return;
    n->sg_globals = f->globals;
    n->sg_builtins = f->builtins;
    if (f->locals) { n->sg_locals = f->locals; return; }
    kr_code *co = f->code;
    int64_t cnt = 0;
    for (int32_t i = 0; i < co->nlocalsplus; i++) {
        kr_val v = f->vals[i];
        if ((co->localspluskinds[i] & (CC_FAST_CELL | CC_FAST_FREE)) && kv_is_type(v, &kt_cell))
            v = ((kr_cell *)kv_as_obj(v))->v;
        if (kv_is_undef(v)) continue;
        cnt++;
        if (!strcmp(kstr_data(co->localsplusnames[i]), "self")) n->sg_self = v;
    }
    kr_tuple *names = ktuple_new(rt, cnt);
    if (!names) { kr_exc_clear(rt); return; }
    int64_t k = 0;
    for (int32_t i = 0; i < co->nlocalsplus && k < cnt; i++) {
        kr_val v = f->vals[i];
        if ((co->localspluskinds[i] & (CC_FAST_CELL | CC_FAST_FREE)) && kv_is_type(v, &kt_cell))
            v = ((kr_cell *)kv_as_obj(v))->v;
        if (!kv_is_undef(v)) names->items[k++] = kv_obj(co->localsplusnames[i]);
    }
    n->sg_locals = &names->obj;
}

/* The type-specific attributes, from the arguments (BaseException_init and
 * the inits of the subclasses that define attributes). */
static int exc_init_attrs(kr_rt *rt, kr_exc *e)
{
    kr_type *t = e->obj.type;
    kr_tuple *a = (kr_tuple *)e->args;
    kr_val first = a->len > 0 ? a->items[0] : kv_none();
    if (kr_is_subtype(t, &kt_StopIteration) || kr_is_subtype(t, &kt_StopAsyncIteration))
        return exc_set_attr(rt, e, "value", first);
    if (kr_is_subtype(t, &kt_SystemExit))
        return exc_set_attr(rt, e, "code", a->len == 1 ? first : a->len == 0 ? kv_none() : ktuple_val(a));
    if (kr_is_subtype(t, &kt_NameError)) {
        capture_frame(rt, e);
        return exc_set_attr(rt, e, "name", kv_none());
    }
    if (kr_is_subtype(t, &kt_AttributeError)) {
        if (exc_set_attr(rt, e, "name", kv_none()) != KR_OK) return KR_ERR;
        return exc_set_attr(rt, e, "obj", kv_none());
    }
    if (kr_is_subtype(t, &kt_ImportError)) {
        if (exc_set_attr(rt, e, "msg", a->len == 1 ? first : kv_none()) != KR_OK) return KR_ERR;
        if (exc_set_attr(rt, e, "name", kv_none()) != KR_OK) return KR_ERR;
        return exc_set_attr(rt, e, "path", kv_none());
    }
    if (kr_is_subtype(t, &kt_OSError)) {
        /* OSError(errno, strerror[, filename[, winerror[, filename2]]]) */
        kr_val no = kv_none(), se = kv_none(), fn = kv_none(), fn2 = kv_none();
        bool full = a->len >= 2 && a->len <= 5;
        if (full) { no = a->items[0]; se = a->items[1]; }
        if (full && a->len >= 3 && !kv_is_none(a->items[2])) {
            if (t == &kt_BlockingIOError && (kv_is_int(a->items[2]) || kv_is_bool(a->items[2]))) {
                if (exc_set_attr(rt, e, "characters_written", a->items[2]) != KR_OK) return KR_ERR;
            } else {
                fn = a->items[2];
                if (a->len == 5) fn2 = a->items[4];
                /* filename(s) and winerror leave args */
                kr_tuple *two = ktuple_from(rt, a->items, 2);
                if (!two) return KR_ERR;
                e->args = &two->obj;
            }
        }
        if (exc_set_attr(rt, e, "errno", no) != KR_OK) return KR_ERR;
        if (exc_set_attr(rt, e, "strerror", se) != KR_OK) return KR_ERR;
        if (exc_set_attr(rt, e, "filename", fn) != KR_OK) return KR_ERR;
        return exc_set_attr(rt, e, "filename2", fn2);
    }
    if (kr_is_subtype(t, &kt_SyntaxError)) {
        kr_val f[6] = { kv_none(), kv_none(), kv_none(), kv_none(), kv_none(), kv_none() };
        static const char *const names[] = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
        if (exc_set_attr(rt, e, "msg", a->len >= 1 ? first : kv_none()) != KR_OK) return KR_ERR;
        if (a->len == 2 && kv_is_obj(a->items[1])
            && (kr_isinstance(a->items[1], &kt_tuple) || kr_isinstance(a->items[1], &kt_list))) {
            bool tu = kr_isinstance(a->items[1], &kt_tuple);
            int64_t n = tu ? KR_AS(kr_tuple, a->items[1])->len : KR_AS(kr_list, a->items[1])->len;
            const kr_val *items = tu ? KR_AS(kr_tuple, a->items[1])->items : KR_AS(kr_list, a->items[1])->items;
            for (int i = 0; i < 6 && i < n; i++) f[i] = items[i];
        }
        for (int i = 0; i < 6; i++)
            if (exc_set_attr(rt, e, names[i], f[i]) != KR_OK) return KR_ERR;
        return exc_set_attr(rt, e, "print_file_and_line", kv_none());
    }
    return KR_OK;
}

int kr_raise_obj(kr_rt *rt, kr_val exc)
{
    rt->exc = exc;
    return KR_ERR;
}

int kr_nomem(kr_rt *rt)
{
    if (rt->memerr) {
        kr_exc *e = (kr_exc *)rt->memerr;
        e->traceback = NULL;
        e->context = kv_undef();
        e->cause = kv_undef();
        rt->exc = kv_obj(rt->memerr);
    }
    rt->heap.mem.failed = 1;
    return KR_ERR;
}

int kr_raise_val(kr_rt *rt, kr_type *t, kr_val arg)
{
    kr_tuple *args = ktuple_from(rt, &arg, 1);
    if (!args) return KR_ERR;
    kr_exc *e = kexc_new(rt, t, &args->obj);
    if (!e) return KR_ERR;
    if (exc_init_attrs(rt, e) != KR_OK) return KR_ERR;
    return kr_raise_obj(rt, kv_obj(&e->obj));
}

int kr_raise(kr_rt *rt, kr_type *t, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    kr_str *msg;
    if ((size_t)n < sizeof small) {
        msg = kstr_new(rt, small, (size_t)n);
    } else {
        char *big = mem_alloc(&rt->heap.mem, (size_t)n + 1);
        if (!big) return kr_nomem(rt);
        va_start(ap, fmt);
        vsnprintf(big, (size_t)n + 1, fmt, ap);
        va_end(ap);
        msg = kstr_new(rt, big, (size_t)n);
        mem_free(&rt->heap.mem, big, (size_t)n + 1);
    }
    if (!msg) return KR_ERR;
    return kr_raise_val(rt, t, kstr_val(msg));
}

int kr_type_error(kr_rt *rt, const char *fmt_with_one_s, kr_val v)
{
    return kr_raise(rt, &kt_TypeError, fmt_with_one_s, kr_type_name(v));
}

kr_val kr_exc_current(kr_rt *rt) { return rt->exc; }
void kr_exc_clear(kr_rt *rt) { rt->exc = kv_undef(); }

bool kr_exc_matches(kr_rt *rt, kr_type *t)
{
    return !kv_is_undef(rt->exc) && kr_isinstance(rt->exc, t);
}

/* ---- the Python-visible behaviour ---- */

/* OSError(errno, ...) makes the subclass for errno (Linux values). */
static kr_type *oserror_subtype(kr_type *t, const kr_val *args, int nargs)
{
    if (t != &kt_OSError || nargs < 2 || nargs > 5 || !kv_is_int(args[0])) return t;
    switch (kv_as_int(args[0])) {
    case 11: case 114: case 115: return &kt_BlockingIOError;   /* EAGAIN EALREADY EINPROGRESS */
    case 10: return &kt_ChildProcessError;                      /* ECHILD */
    case 32: case 108: return &kt_BrokenPipeError;              /* EPIPE ESHUTDOWN */
    case 103: return &kt_ConnectionAbortedError;
    case 111: return &kt_ConnectionRefusedError;
    case 104: return &kt_ConnectionResetError;
    case 17: return &kt_FileExistsError;
    case 2: return &kt_FileNotFoundError;
    case 21: return &kt_IsADirectoryError;
    case 20: return &kt_NotADirectoryError;
    case 4: return &kt_InterruptedError;
    case 1: case 13: return &kt_PermissionError;                /* EPERM EACCES */
    case 3: return &kt_ProcessLookupError;                      /* ESRCH */
    case 110: return &kt_TimeoutError;
    default: return t;
    }
}

int kx_exc_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                   kr_obj *kwnames, kr_val *out)
{
    kr_tuple *a = ktuple_from(rt, args, nargs);
    if (!a) return KR_ERR;
    kr_exc *e = kexc_new(rt, oserror_subtype(t, args, nargs), &a->obj);
    if (!e) return KR_ERR;
    if (exc_init_attrs(rt, e) != KR_OK) return KR_ERR;
    if (unicode_args(rt, e, args, nargs) != KR_OK) return KR_ERR;
    *out = kv_obj(&e->obj);
    return KR_OK;
}

int kx_exc_init(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames)
{
    kr_exc *e = KR_AS(kr_exc, self);
    if (kwnames && KR_OBJ_AS(kr_tuple, kwnames)->len) {
        kr_type *t = e->obj.type;
        /* a few types take keywords (name=, obj=, path=); others refuse */
        kr_tuple *kw = KR_OBJ_AS(kr_tuple, kwnames);
        for (int64_t i = 0; i < kw->len; i++) {
            kr_obj *k = kv_as_obj(kw->items[i]);
            const char *ks = kstr_data(k);
            /* NameError, AttributeError and ImportError take keyword-only
             * attributes; others refuse keywords */
            const char *owner = kr_is_subtype(t, &kt_NameError) ? "NameError"
                : kr_is_subtype(t, &kt_AttributeError) ? "AttributeError"
                : kr_is_subtype(t, &kt_ImportError) ? "ImportError" : NULL;
            bool ok = (owner && owner[0] == 'N' && !strcmp(ks, "name"))
                || (owner && owner[0] == 'A' && (!strcmp(ks, "name") || !strcmp(ks, "obj")))
                || (owner && owner[0] == 'I' && (!strcmp(ks, "name") || !strcmp(ks, "path") || !strcmp(ks, "name_from")));
            if (!ok) {
                if (t->flags & KT_HEAPTYPE) continue; /* a subclass's __init__ took them */
                if (owner)
                    return kr_raise(rt, &kt_TypeError, "%s() got an unexpected keyword argument '%s'", owner, ks);
                return kr_raise(rt, &kt_TypeError, "%s() takes no keyword arguments", t->name);
            }
        }
    }
    kr_tuple *a = ktuple_from(rt, args, nargs);
    if (!a) return KR_ERR;
    e->args = &a->obj;
    if (exc_init_attrs(rt, e) != KR_OK) return KR_ERR;
    if (unicode_args(rt, e, args, nargs) != KR_OK) return KR_ERR;
    if (kwnames) {
        kr_tuple *kw = KR_OBJ_AS(kr_tuple, kwnames);
        for (int64_t i = 0; i < kw->len; i++)
            if (exc_set_attr(rt, e, kstr_data(kv_as_obj(kw->items[i])), args[nargs + i]) != KR_OK)
                return KR_ERR;
    }
    return KR_OK;
}

/* UnicodeTranslateError.__str__ */
static int translate_str(kr_rt *rt, kr_exc *e, kr_val *out)
{
    kr_dict *d = (kr_dict *)e->dict;
    kr_val obj = kdict_get_cstr(rt, d, "object"), st = kdict_get_cstr(rt, d, "start");
    kr_val en = kdict_get_cstr(rt, d, "end"), rs = kdict_get_cstr(rt, d, "reason");
    kr_str *r;
    if (!kv_is_str(obj) || !kv_is_int(st) || !kv_is_int(en) || !kv_is_str(rs)) {
        r = kstr_new(rt, "", 0);
    } else {
        int64_t start = kv_as_int(st), end = kv_as_int(en);
        kr_str *o = (kr_str *)kv_as_obj(obj);
        const char *reason = kstr_data(kv_as_obj(rs));
        if (start >= 0 && start < o->len && end == start + 1) {
            kr_val ch;
            if (kr_getitem(rt, obj, kv_int(start), &ch) != KR_OK) return KR_ERR;
            const char *cs = kstr_data(kv_as_obj(ch));
            uint32_t cp = 0;
            size_t i = 0, n = (size_t)kstr_nbytes(kv_as_obj(ch));
            if (n) {
                unsigned char c0 = (unsigned char)cs[0];
                int len = c0 < 0x80 ? 1 : c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4;
                cp = len == 1 ? c0 : (uint32_t)(c0 & (0x7F >> len));
                for (i = 1; i < (size_t)len && i < n; i++) cp = (cp << 6) | ((unsigned char)cs[i] & 0x3F);
            }
            const char *fmt = cp <= 0xff ? "can't translate character '\\x%02x' in position %lld: %s"
                            : cp <= 0xffff ? "can't translate character '\\u%04x' in position %lld: %s"
                                           : "can't translate character '\\U%08x' in position %lld: %s";
            r = kstr_fmt(rt, fmt, cp, (long long)start, reason);
        } else {
            r = kstr_fmt(rt, "can't translate characters in position %lld-%lld: %s",
                         (long long)start, (long long)(end - 1), reason);
        }
    }
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

/* The argument checks of UnicodeEncodeError / DecodeError ("UOnnU") and
 * UnicodeTranslateError ("UnnU") when made from Python; then the
 * attributes.  Exceptions raised from C with other arguments skip this. */
static int unicode_args(kr_rt *rt, kr_exc *e, const kr_val *args, int nargs)
{
    kr_type *t = e->obj.type;
    if (kr_is_subtype(t, &kt_SyntaxError) && nargs == 2) {
        /* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])) */
        int64_t n;
        if (kv_is_obj(args[1]) && kr_isinstance(args[1], &kt_tuple)) n = KR_AS(kr_tuple, args[1])->len;
        else if (kv_is_obj(args[1]) && kr_isinstance(args[1], &kt_list)) n = KR_AS(kr_list, args[1])->len;
        else return kr_raise(rt, &kt_TypeError, "'%s' object is not iterable", kr_type_name(args[1]));
        if (n < 4) return kr_raise(rt, &kt_TypeError, "function takes at least 4 arguments (%lld given)", (long long)n);
        if (n > 6) return kr_raise(rt, &kt_TypeError, "function takes at most 6 arguments (%lld given)", (long long)n);
        return KR_OK;
    }
    bool tr = kr_is_subtype(t, &kt_UnicodeTranslateError);
    bool dec = kr_is_subtype(t, &kt_UnicodeDecodeError);
    if (!tr && !dec && !kr_is_subtype(t, &kt_UnicodeEncodeError)) return KR_OK;
    int want = tr ? 4 : 5;
    if (nargs != want)
        return kr_raise(rt, &kt_TypeError, "function takes exactly %d arguments (%d given)", want, nargs);
    const kr_val *a = tr ? args - 1 : args;    /* a[1..4]: object, start, end, reason */
    if (!tr && !kv_is_str(a[0]))
        return kr_raise(rt, &kt_TypeError, "argument 1 must be str, not %s", kr_type_name(a[0]));
    kr_val obj = a[1];
    if (dec) {
        const unsigned char *p;
        size_t n;
        if (!kbytes_buffer(obj, &p, &n))
            return kr_raise(rt, &kt_TypeError, "a bytes-like object is required, not '%s'", kr_type_name(obj));
        if (!kv_is_type(obj, &kt_bytes)) {
            kr_bytes *b = kbytes_new(rt, p, n);
            if (!b) return KR_ERR;
            obj = kv_obj(&b->obj);
        }
    } else if (!kv_is_str(obj)) {
        return kr_raise(rt, &kt_TypeError, "argument %d must be str, not %s", tr ? 1 : 2, kr_type_name(obj));
    }
    for (int i = 2; i <= 3; i++)
        if (!kv_is_int(a[i]) && !kv_is_bool(a[i]))
            return kr_raise(rt, &kt_TypeError, "'%s' object cannot be interpreted as an integer", kr_type_name(a[i]));
    if (!kv_is_str(a[4]))
        return kr_raise(rt, &kt_TypeError, "argument %d must be str, not %s", tr ? 4 : 5, kr_type_name(a[4]));
    if (exc_set_attr(rt, e, "encoding", tr ? kv_none() : a[0]) != KR_OK) return KR_ERR;
    if (exc_set_attr(rt, e, "object", obj) != KR_OK) return KR_ERR;
    for (int i = 2; i <= 3; i++) {
        kr_val v = kv_is_bool(a[i]) ? kv_int(kv_as_bool(a[i])) : a[i];
        if (exc_set_attr(rt, e, i == 2 ? "start" : "end", v) != KR_OK) return KR_ERR;
    }
    return exc_set_attr(rt, e, "reason", a[4]);
}

int kx_exc_str(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_exc *e = KR_AS(kr_exc, v);
    kr_tuple *a = (kr_tuple *)e->args;
    kr_type *t = e->obj.type;
    if (kr_is_subtype(t, &kt_KeyError) && a->len == 1)
        return kx_repr(rt, a->items[0], out);
    if (kr_is_subtype(t, &kt_OSError) && e->dict) {
        kr_val no = kdict_get_cstr(rt, (kr_dict *)e->dict, "errno");
        kr_val se = kdict_get_cstr(rt, (kr_dict *)e->dict, "strerror");
        kr_val fn = kdict_get_cstr(rt, (kr_dict *)e->dict, "filename");
        kr_val fn2 = kdict_get_cstr(rt, (kr_dict *)e->dict, "filename2");
        bool have_fn = !kv_is_undef(fn) && !kv_is_none(fn);
        if (have_fn || (!kv_is_undef(se) && !kv_is_none(se) && !kv_is_undef(no) && !kv_is_none(no))) {
            kr_val ns, ss, fs, fs2;
            if (kx_str(rt, no, &ns) != KR_OK || kx_str(rt, se, &ss) != KR_OK) return KR_ERR;
            kr_str *r;
            if (have_fn && !kv_is_undef(fn2) && !kv_is_none(fn2)) {
                if (kx_repr(rt, fn, &fs) != KR_OK || kx_repr(rt, fn2, &fs2) != KR_OK) return KR_ERR;
                r = kstr_fmt(rt, "[Errno %s] %s: %s -> %s", kstr_data(kv_as_obj(ns)),
                             kstr_data(kv_as_obj(ss)), kstr_data(kv_as_obj(fs)), kstr_data(kv_as_obj(fs2)));
            } else if (have_fn) {
                if (kx_repr(rt, fn, &fs) != KR_OK) return KR_ERR;
                r = kstr_fmt(rt, "[Errno %s] %s: %s", kstr_data(kv_as_obj(ns)),
                             kstr_data(kv_as_obj(ss)), kstr_data(kv_as_obj(fs)));
            } else {
                r = kstr_fmt(rt, "[Errno %s] %s", kstr_data(kv_as_obj(ns)), kstr_data(kv_as_obj(ss)));
            }
            if (!r) return KR_ERR;
            *out = kstr_val(r);
            return KR_OK;
        }
    }
    if ((kr_is_subtype(t, &kt_UnicodeEncodeError) || kr_is_subtype(t, &kt_UnicodeDecodeError)) && e->dict)
        return kcodec_exc_str(rt, e, out);
    if (kr_is_subtype(t, &kt_UnicodeTranslateError) && e->dict)
        return translate_str(rt, e, out);
    if (kr_is_subtype(t, &kt_SyntaxError) && e->dict) {
        kr_val msg = kdict_get_cstr(rt, (kr_dict *)e->dict, "msg");
        kr_val ln = kdict_get_cstr(rt, (kr_dict *)e->dict, "lineno");
        kr_val fn = kdict_get_cstr(rt, (kr_dict *)e->dict, "filename");
        if (!kv_is_undef(msg) && !kv_is_none(msg)) {
            kr_val ms;
            if (kx_str(rt, msg, &ms) != KR_OK) return KR_ERR;
            const char *base = NULL;
            if (kv_is_str(fn)) {
                base = kstr_data(kv_as_obj(fn));
                const char *sl = strrchr(base, '/');
                if (sl) base = sl + 1;
            }
            kr_str *r;
            if (base && kv_is_int(ln))
                r = kstr_fmt(rt, "%s (%s, line %lld)", kstr_data(kv_as_obj(ms)), base, (long long)kv_as_int(ln));
            else if (base)
                r = kstr_fmt(rt, "%s (%s)", kstr_data(kv_as_obj(ms)), base);
            else if (kv_is_int(ln))
                r = kstr_fmt(rt, "%s (line %lld)", kstr_data(kv_as_obj(ms)), (long long)kv_as_int(ln));
            else
                r = (kr_str *)kv_as_obj(ms);
            if (!r) return KR_ERR;
            *out = kstr_val(r);
            return KR_OK;
        }
    }
    if (a->len == 0) {
        kr_str *r = kstr_new(rt, "", 0);
        if (!r) return KR_ERR;
        *out = kstr_val(r);
        return KR_OK;
    }
    if (a->len == 1) return kx_str(rt, a->items[0], out);
    return kx_str(rt, ktuple_val(a), out);
}

int kx_exc_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    kr_exc *e = KR_AS(kr_exc, v);
    kr_tuple *a = (kr_tuple *)e->args;
    kr_val r;
    const char *name = e->obj.type->name;
    if (a->len == 1) {
        if (kx_repr(rt, a->items[0], &r) != KR_OK) return KR_ERR;
        kr_str *s = kstr_fmt(rt, "%s(%s)", name, kstr_data(kv_as_obj(r)));
        if (!s) return KR_ERR;
        *out = kstr_val(s);
        return KR_OK;
    }
    if (kx_repr(rt, ktuple_val(a), &r) != KR_OK) return KR_ERR;
    /* the tuple's repr is "(a, b)" or "()" */
    kr_str *s = kstr_fmt(rt, "%s%s", name, kstr_data(kv_as_obj(r)));
    if (!s) return KR_ERR;
    *out = kstr_val(s);
    return KR_OK;
}

/* Attributes with storage in the struct. */
int kx_exc_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_exc *e = KR_AS(kr_exc, o);
    const char *n = kstr_data(name);
    if (n[0] == 'a' && !strcmp(n, "args")) { *out = kv_obj(e->args); return KR_OK; }
    if (n[0] == '_' && n[1] == '_') {
        if (!strcmp(n, "__traceback__")) { *out = e->traceback ? kv_obj(e->traceback) : kv_none(); return KR_OK; }
        if (!strcmp(n, "__cause__")) { *out = kv_is_undef(e->cause) ? kv_none() : e->cause; return KR_OK; }
        if (!strcmp(n, "__context__")) { *out = kv_is_undef(e->context) ? kv_none() : e->context; return KR_OK; }
        if (!strcmp(n, "__suppress_context__")) { *out = kv_bool(e->suppress_context); return KR_OK; }
    }
    return kr_generic_getattr(rt, o, name, out);
}

int kx_exc_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val v)
{
    kr_exc *e = KR_AS(kr_exc, o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "args")) {
        if (kv_is_undef(v)) return kr_raise(rt, &kt_TypeError, "args may not be deleted");
        if (kv_is_exact_tuple(v)) { e->args = kv_as_obj(v); return KR_OK; }
        kr_val t;
        if (vm_call(rt, kv_obj(&kt_tuple.head.obj), &v, 1, NULL, &t) != KR_OK) return KR_ERR;
        e->args = kv_as_obj(t);
        return KR_OK;
    }
    if (!strcmp(n, "__traceback__")) {
        if (kv_is_none(v)) e->traceback = NULL;
        else if (kv_is_type(v, &kt_traceback)) e->traceback = kv_as_obj(v);
        else return kr_raise(rt, &kt_TypeError, "__traceback__ must be a traceback or None");
        return KR_OK;
    }
    if (!strcmp(n, "__cause__") || !strcmp(n, "__context__")) {
        bool cause = n[2] == 'c' && n[3] == 'a';
        if (kv_is_undef(v)) return kr_raise(rt, &kt_TypeError, "%s may not be deleted", cause ? "__cause__" : "__context__");
        if (!kv_is_none(v) && !kr_isinstance(v, &kt_BaseException))
            return kr_raise(rt, &kt_TypeError, "exception %s must be None or derive from BaseException",
                            cause ? "cause" : "context");
        if (cause) { e->cause = kv_is_none(v) ? kv_undef() : v; e->suppress_context = true; }
        else e->context = kv_is_none(v) ? kv_undef() : v;
        return KR_OK;
    }
    if (!strcmp(n, "__suppress_context__")) {
        int b;
        if (kx_truth(rt, v, &b) != KR_OK) return KR_ERR;
        e->suppress_context = b;
        return KR_OK;
    }
    return kr_generic_setattr(rt, o, name, v);
}

static int exc_with_traceback(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                              kr_obj *kwnames, kr_val *out)
{
    if (nargs != 1) return kr_raise(rt, &kt_TypeError, "BaseException.with_traceback() takes exactly one argument (%d given)", nargs);
    kr_str *n = kstr_intern_cstr(rt, "__traceback__");
    if (!n || kx_exc_setattr(rt, self, &n->obj, args[0]) != KR_OK) return KR_ERR;
    *out = self;
    return KR_OK;
}

static int exc_add_note(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                        kr_obj *kwnames, kr_val *out)
{
    if (nargs != 1) return kr_raise(rt, &kt_TypeError, "BaseException.add_note() takes exactly one argument (%d given)", nargs);
    if (!kv_is_str(args[0]))
        return kr_raise(rt, &kt_TypeError, "add_note() argument must be str, not %s", kr_type_name(args[0]));
    /* __notes__ is an ordinary attribute (the instance dict) */
    kr_val notes;
    if (kx_getattr(rt, self, "__notes__", &notes) != KR_OK) {
        if (!kr_exc_matches(rt, &kt_AttributeError)) return KR_ERR;
        kr_exc_clear(rt);
        kr_list *l = klist_new(rt, 1);
        if (!l) return KR_ERR;
        notes = klist_val(l);
        kr_str *nm = kstr_intern_cstr(rt, "__notes__");
        kr_val ignored;
        if (!nm || kx_sync(rt, kr_setattr(rt, self, &nm->obj, notes), &ignored) != KR_OK) return KR_ERR;
    } else if (!kv_is_obj(notes) || !kr_isinstance(notes, &kt_list)) {
        return kr_raise(rt, &kt_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (klist_append(rt, KR_AS(kr_list, notes), args[0]) != KR_OK) return KR_ERR;
    *out = kv_none();
    return KR_OK;
}

static KR_CFUNC(exc_with_traceback_f, "with_traceback", exc_with_traceback, KF_METHOD);
static KR_CFUNC(exc_add_note_f, "add_note", exc_add_note, KF_METHOD);
static const kr_cfunc *const exc_methods[] = { &exc_with_traceback_f, &exc_add_note_f, NULL };

#define EXC_SLOTS { .repr = kx_exc_repr, .str = kx_exc_str, .getattr = kx_exc_getattr, \
                    .setattr = kx_exc_setattr, .new_ = kx_exc_new, .init = kx_exc_init }

kr_type kt_BaseException = {
    .head = { KR_STATIC_HDR(&kt_type), &exc_cls },
    .name = "BaseException",
    .flags = KT_BASETYPE | KT_EXCEPTION | KT_HAS_DICT,
    .base = &kt_object,
    .slots = EXC_SLOTS,
    .basicsize = sizeof(kr_exc),
    .dict_offset = offsetof(kr_exc, dict),
    .methods = exc_methods,
};

/* The X-macro defines every type but those with a layout of their own:
 * NameError and UnboundLocalError (here, below), the groups (excgroup.c).
 * EXC_SKIPPED(n) is 1 for them: a probe macro EXC_SKIP_<n> expands to a
 * comma, shifting the 1 into second place. */
#define EXC_SKIP_NameError ~,
#define EXC_SKIP_UnboundLocalError ~,
#define EXC_SKIP_BaseExceptionGroup ~,
#define EXC_SKIP_ExceptionGroup ~,
#define EXC_SECOND(a, b, ...) b
#define EXC_SECOND_(...) EXC_SECOND(__VA_ARGS__)
#define EXC_SKIPPED(n) EXC_SECOND_(EXC_SKIP_##n 1, 0, ~)
#define EXC_CAT(a, b) EXC_CAT_(a, b)
#define EXC_CAT_(a, b) a##b
#define EXC_DEFINE(n, b) EXC_CAT(EXC_DEFINE_, EXC_SKIPPED(n))(n, b)
#define EXC_DEFINE_1(n, b)
#define EXC_DEFINE_0(n, b) \
    kr_type kt_##n = { \
        .head = { KR_STATIC_HDR(&kt_type), &exc_cls }, \
        .name = #n, \
        .flags = KT_BASETYPE | KT_EXCEPTION | KT_HAS_DICT, \
        .base = &kt_##b, \
        .slots = EXC_SLOTS, \
        .basicsize = sizeof(kr_exc), \
        .dict_offset = offsetof(kr_exc, dict), \
    };
KR_EXC_TYPES_REST(EXC_DEFINE)

#define NAMEEXC_DEFINE(n, b) \
    kr_type kt_##n = { \
        .head = { KR_STATIC_HDR(&kt_type), &nameexc_cls }, \
        .name = #n, \
        .flags = KT_BASETYPE | KT_EXCEPTION | KT_HAS_DICT, \
        .base = &kt_##b, \
        .slots = EXC_SLOTS, \
        .basicsize = sizeof(kr_nameexc), \
        .dict_offset = offsetof(kr_exc, dict), \
    };
NAMEEXC_DEFINE(NameError, Exception)
NAMEEXC_DEFINE(UnboundLocalError, NameError)

/* ---- the protocol run to completion ---- */

int kx_sync(kr_rt *rt, int st, kr_val *out)
{
    while (st == KR_CALL) {
        kr_callreq req = rt->req;
        kr_val res = kv_none();
        rt->in_gc_unsafe++;
        int s = vm_call(rt, req.fn, req.args, req.nargs, req.kwnames, &res);
        if (!req.cont) {
            rt->in_gc_unsafe--;
            if (s == KR_OK) *out = res;
            return s;
        }
        st = req.cont(rt, req.st, s, res, out);
        rt->in_gc_unsafe--;
    }
    return st;
}

int kx_str(kr_rt *rt, kr_val v, kr_val *out) { return kx_sync(rt, kr_to_str(rt, v, out), out); }
int kx_repr(kr_rt *rt, kr_val v, kr_val *out) { return kx_sync(rt, kr_repr(rt, v, out), out); }

int kx_truth(kr_rt *rt, kr_val v, int *out)
{
    kr_val r;
    int st = kr_truth(rt, v, out);
    if (st != KR_CALL) return st;
    if ((st = kx_sync(rt, st, &r)) != KR_OK) return st;
    if (kv_is_bool(r)) { *out = kv_as_bool(r); return KR_OK; }
    return kr_truth(rt, r, out);
}

int kx_getattr(kr_rt *rt, kr_val o, const char *name, kr_val *out)
{
    return kx_sync(rt, kr_getattr_cstr(rt, o, name, out), out);
}
