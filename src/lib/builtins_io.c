/* print(*args, sep=' ', end='\n', file=None, flush=False). */
#include "lib_int.h"

/* Writes V (a str, or an object to convert with str()) through FILE's
 * write method, as PyFile_WriteObject with Py_PRINT_RAW: the method is
 * looked up before the conversion, on every call. */
static int print_piece(kr_rt *rt, kr_val file, kr_val v)
{
    kr_val write, s, r;
    if (lb_getattr(rt, file, "write", &write) != KR_OK) return KR_ERR;
    if (lb_str(rt, v, &s) != KR_OK) return KR_ERR;
    return lb_call(rt, write, &s, 1, NULL, &r);
}

static int print_cstr(kr_rt *rt, kr_val file, const char *text)
{
    kr_val s;
    if (lb_str_new(rt, text, strlen(text), &s) != KR_OK) return KR_ERR;
    return print_piece(rt, file, s);
}

/* Appends str(v) to SB. */
static int print_append(kr_rt *rt, strbuf *sb, kr_val v)
{
    kr_val s;
    if (lb_str(rt, v, &s) != KR_OK) return KR_ERR;
    if (!kv_is_str(s))
        return kr_raise(rt, &kt_TypeError, "__str__ returned non-string (type %s)", kr_type_name(s));
    sb_append(sb, kstr_data(kv_as_obj(s)), (size_t)kstr_nbytes(kv_as_obj(s)));
    if (sb->oom) return kr_nomem(rt);
    return KR_OK;
}

/* One of sys's streams: the whole line is built, then written at once
 * (what was built before an error is still written, as CPython's buffered
 * stdout would show it). */
static int print_stream(kr_rt *rt, int stream, const kr_val *args, int nargs,
                        kr_val sep, kr_val end)
{
    strbuf sb = STRBUF_INIT;
    int st = KR_OK;
    for (int i = 0; i < nargs && st == KR_OK; i++) {
        if (i > 0) {
            if (kv_is_none(sep)) sb_putc(&sb, ' ');
            else st = print_append(rt, &sb, sep);
        }
        if (st == KR_OK) st = print_append(rt, &sb, args[i]);
    }
    if (st == KR_OK) {
        if (kv_is_none(end)) sb_putc(&sb, '\n');
        else st = print_append(rt, &sb, end);
    }
    if (sb.oom && st == KR_OK) st = kr_nomem(rt);
    if (sb.len) rt_write(rt, stream, sb.p, sb.len);
    sb_free(&sb);
    return st;
}

LB_GUARDED(bt_print)
{
    kr_val sep = kv_none(), end = kv_none(), file = kv_none(), flush = kv_none();
    int nkw = lb_nkw(kwnames);
    for (int i = 0; i < nkw; i++) {
        const char *k = lb_kwname(kwnames, i);
        kr_val v = args[nargs + i];
        if (!strcmp(k, "sep")) sep = v;
        else if (!strcmp(k, "end")) end = v;
        else if (!strcmp(k, "file")) file = v;
        else if (!strcmp(k, "flush")) flush = v;
        else return lb_badkw(rt, "print", k);
    }
    int stream = 1;
    bool direct;
    if (kv_is_none(file)) {
        file = lb_sys_attr(rt, "stdout");
        if (kv_is_none(file)) { *out = kv_none(); return KR_OK; }
    }
    if (kv_is_undef(file)) direct = true;           /* sys not imported yet */
    else direct = lb_is_std_stream(file, &stream);
    if (!kv_is_none(sep) && !kv_is_str(sep))
        return kr_raise(rt, &kt_TypeError, "sep must be None or a string, not %s", kr_type_name(sep));
    if (!kv_is_none(end) && !kv_is_str(end))
        return kr_raise(rt, &kt_TypeError, "end must be None or a string, not %s", kr_type_name(end));

    if (direct) {
        if (print_stream(rt, stream, args, nargs, sep, end) != KR_OK) return KR_ERR;
    } else {
        for (int i = 0; i < nargs; i++) {
            if (i > 0) {
                int st = kv_is_none(sep) ? print_cstr(rt, file, " ") : print_piece(rt, file, sep);
                if (st != KR_OK) return KR_ERR;
            }
            if (print_piece(rt, file, args[i]) != KR_OK) return KR_ERR;
        }
        int st = kv_is_none(end) ? print_cstr(rt, file, "\n") : print_piece(rt, file, end);
        if (st != KR_OK) return KR_ERR;
    }
    int fl;
    if (lb_truth(rt, flush, &fl) != KR_OK) return KR_ERR;
    if (fl && !direct) {
        kr_val f, r;
        if (lb_getattr(rt, file, "flush", &f) != KR_OK) return KR_ERR;
        if (lb_call(rt, f, NULL, 0, NULL, &r) != KR_OK) return KR_ERR;
    }
    *out = kv_none();
    return KR_OK;
}

static KR_CFUNC(print_f, "print", bt_print, 0);

const kr_cfunc *const lb_io_funcs[] = { &print_f, NULL };
