/* Traceback objects, and printing an uncaught exception as CPython does:
 * the chain of causes and contexts, one "File ..., line N, in NAME" entry
 * per frame with its source line, then "Type: message". */
#include <stdio.h>
#include <string.h>

#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "../util/strbuf.h"
#include "frame.h"
#include "interp.h"

static void tb_trace(kr_obj *o, heap_tracer *t)
{
    kr_traceback *tb = (kr_traceback *)o;
    heap_visit_obj(t, tb->next);
    heap_visit_obj(t, (kr_obj *)tb->code);
}

static int tb_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out)
{
    kr_traceback *tb = (kr_traceback *)kv_as_obj(o);
    const char *n = kstr_data(name);
    if (!strcmp(n, "tb_lineno")) { *out = kv_int(tb->lineno); return KR_OK; }
    if (!strcmp(n, "tb_next")) { *out = tb->next ? kv_obj(tb->next) : kv_none(); return KR_OK; }
    if (!strcmp(n, "tb_lasti")) { *out = kv_int((int64_t)tb->lasti * 2); return KR_OK; }
    return kr_generic_getattr(rt, o, name, out);
}

static const heap_class tb_cls = { "traceback", tb_trace, NULL, sizeof(kr_traceback) };

kr_type kt_traceback = {
    .head = { KR_STATIC_HDR(&kt_type), &tb_cls },
    .name = "traceback", .base = &kt_object,
    .slots = { .getattr = tb_getattr },
    .basicsize = sizeof(kr_traceback),
};

/* Source files are read once per print; the CLI registers the script's
 * text so tracebacks can show lines. */
typedef struct tb_source {
    const char *filename;
    const char *text;
    size_t len;
} tb_source;

static tb_source tb_sources[8];
static int tb_nsources;

void vm_register_source(const char *filename, const char *text, size_t len)
{
    if (tb_nsources < 8) {
        tb_sources[tb_nsources].filename = filename;
        tb_sources[tb_nsources].text = text;
        tb_sources[tb_nsources].len = len;
        tb_nsources++;
    }
}

/* Line LINENO of FILENAME, stripped of leading and trailing whitespace. */
static bool tb_line(const char *filename, int lineno, const char **s, size_t *n)
{
    for (int i = 0; i < tb_nsources; i++) {
        if (strcmp(tb_sources[i].filename, filename)) continue;
        const char *p = tb_sources[i].text, *end = p + tb_sources[i].len;
        for (int l = 1; l < lineno && p < end; l++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            if (!nl) return false;
            p = nl + 1;
        }
        if (p >= end) return false;
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e) e = end;
        while (p < e && (*p == ' ' || *p == '\t' || *p == '\f')) p++;
        while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\f')) e--;
        if (p == e) return false;
        *s = p;
        *n = (size_t)(e - p);
        return true;
    }
    return false;
}

static void print_tb(kr_rt *rt, strbuf *sb, kr_obj *tbo)
{
    sb_puts(sb, "Traceback (most recent call last):\n");
    const char *last_file = NULL;
    int last_line = -1;
    const char *last_name = NULL;
    int repeat = 0;
    for (kr_traceback *tb = (kr_traceback *)tbo; tb; tb = (kr_traceback *)tb->next) {
        const char *file = kstr_data(tb->code->filename);
        const char *name = kstr_data(tb->code->name);
        if (last_file && !strcmp(file, last_file) && tb->lineno == last_line && !strcmp(name, last_name)) {
            repeat++;
            if (repeat >= 3) continue;
        } else {
            if (repeat >= 3)
                sb_printf(sb, "  [Previous line repeated %d more time%s]\n", repeat - 2, repeat - 2 == 1 ? "" : "s");
            repeat = 0;
        }
        last_file = file;
        last_line = tb->lineno;
        last_name = name;
        sb_printf(sb, "  File \"%s\", line %d, in %s\n", file, tb->lineno, name);
        const char *s;
        size_t n;
        if (tb->lineno > 0 && tb_line(file, tb->lineno, &s, &n)) {
            sb_puts(sb, "    ");
            sb_append(sb, s, n);
            sb_putc(sb, '\n');
        }
    }
    if (repeat >= 3)
        sb_printf(sb, "  [Previous line repeated %d more time%s]\n", repeat - 2, repeat - 2 == 1 ? "" : "s");
}

static void print_one(kr_rt *rt, strbuf *sb, kr_val exc)
{
    kr_exc *e = KR_AS(kr_exc, exc);
    if (e->traceback) print_tb(rt, sb, e->traceback);
    kr_type *t = kr_type_of(exc);
    kr_val mod = kv_undef();
    if ((t->flags & KT_HEAPTYPE) && t->dict) mod = kdict_get_cstr(rt, (kr_dict *)t->dict, "__module__");
    const char *qn = t->qualname ? kstr_data(t->qualname) : t->name;
    if (kv_is_str(mod) && strcmp(kstr_data(kv_as_obj(mod)), "builtins") && strcmp(kstr_data(kv_as_obj(mod)), "__main__"))
        sb_printf(sb, "%s.%s", kstr_data(kv_as_obj(mod)), qn);
    else
        sb_puts(sb, qn);
    kr_val msg;
    if (kr_to_str(rt, exc, &msg) != KR_OK) {
        kr_exc_clear(rt);
        sb_puts(sb, ": <exception str() failed>\n");
    } else {
        if (kstr_nbytes(kv_as_obj(msg))) {
            sb_puts(sb, ": ");
            sb_append(sb, kstr_data(kv_as_obj(msg)), (size_t)kstr_nbytes(kv_as_obj(msg)));
        }
        sb_putc(sb, '\n');
    }
    if (e->notes && kv_is_exact_list(kv_obj(e->notes))) {
        kr_list *l = (kr_list *)e->notes;
        for (int64_t i = 0; i < l->len; i++) {
            kr_val s;
            if (kr_to_str(rt, l->items[i], &s) != KR_OK) { kr_exc_clear(rt); continue; }
            sb_append(sb, kstr_data(kv_as_obj(s)), (size_t)kstr_nbytes(kv_as_obj(s)));
            sb_putc(sb, '\n');
        }
    }
}

static void print_chain(kr_rt *rt, strbuf *sb, kr_val exc, int depth)
{
    kr_exc *e = KR_AS(kr_exc, exc);
    if (depth < 100) {
        if (!kv_is_undef(e->cause) && kv_is_obj(e->cause)) {
            print_chain(rt, sb, e->cause, depth + 1);
            sb_puts(sb, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (!e->suppress_context && !kv_is_undef(e->context) && kv_is_obj(e->context)) {
            print_chain(rt, sb, e->context, depth + 1);
            sb_puts(sb, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    print_one(rt, sb, exc);
}

void vm_print_exception(kr_rt *rt, kr_val exc)
{
    strbuf sb = STRBUF_INIT;
    if (kv_is_obj(exc) && kr_isinstance(exc, &kt_BaseException)) print_chain(rt, &sb, exc, 0);
    else sb_puts(&sb, "SystemError: a non-exception was raised\n");
    if (sb.p) rt_write(rt, 2, sb.p, sb.len);
    sb_free(&sb);
}
