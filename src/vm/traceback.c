/* Traceback objects, the registry of source texts, and printing an
 * uncaught exception exactly as CPython 3.14 does (traceback.py's
 * TracebackException with compact=True, as sys.excepthook uses it): the
 * chain of causes and contexts, exception groups in their box-drawing
 * layout, notes, SyntaxError's source line and carets, and "Did you mean"
 * suggestions.  One frame's text is made by tb_frame.c.
 *
 * The exceptions to print are first gathered into a tree (te nodes) in the
 * order traceback.py visits them, since which cause/context links are
 * followed depends on that order (an exception already seen is not shown
 * twice); str() of each is taken at that point too.  Collection is held off
 * meanwhile: the tree holds objects only in C memory. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../obj/dict.h"
#include "../obj/exc_int.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "../unicode/unicode.h"
#include "../util/strbuf.h"
#include "../util/utf8.h"
#include "frame.h"
#include "interp.h"
#include "tb_int.h"

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

/* ---- source texts ----
 * The CLI registers each script's prepared text; the caller keeps the text
 * alive while the runtime may print tracebacks.  Registering a file again
 * replaces its text. */
typedef struct tb_source {
    char *filename;
    const char *text;
    size_t len;
} tb_source;

static tb_source *tb_sources;
static size_t tb_nsources, tb_capsources;

void vm_register_source(const char *filename, const char *text, size_t len)
{
    for (size_t i = 0; i < tb_nsources; i++) {
        if (!strcmp(tb_sources[i].filename, filename)) {
            tb_sources[i].text = text;
            tb_sources[i].len = len;
            return;
        }
    }
    if (tb_nsources == tb_capsources) {
        size_t nc = tb_capsources ? tb_capsources * 2 : 8;
        tb_source *ns = realloc(tb_sources, nc * sizeof *ns);
        if (!ns) return;
        tb_sources = ns;
        tb_capsources = nc;
    }
    char *fn = strdup(filename);
    if (!fn) return;
    tb_sources[tb_nsources].filename = fn;
    tb_sources[tb_nsources].text = text;
    tb_sources[tb_nsources].len = len;
    tb_nsources++;
}

bool tb_source_of(const char *filename, const char **text, size_t *len)
{
    for (size_t i = 0; i < tb_nsources; i++) {
        if (!strcmp(tb_sources[i].filename, filename)) {
            *text = tb_sources[i].text;
            *len = tb_sources[i].len;
            return true;
        }
    }
    return false;
}

/* ---- the tree of exceptions to print ---- */

typedef struct te {
    kr_val exc;
    struct te *cause, *context;
    struct te **excs;           /* a group's members (nexcs >= 0) */
    int64_t nexcs;              /* -1: not a group */
    bool suppress_context;
    strbuf only;                /* format_exception_only's text */
    struct te *all_next;        /* every node of a tree, for freeing */
} te;

typedef struct ptrset {
    kr_obj **slot;
    size_t cap, n;
} ptrset;

static size_t ps_hash(kr_obj *p, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 17) & (cap - 1);
}

static bool ps_has(const ptrset *s, kr_obj *p)
{
    if (!s->cap) return false;
    for (size_t i = ps_hash(p, s->cap);; i = (i + 1) & (s->cap - 1)) {
        if (!s->slot[i]) return false;
        if (s->slot[i] == p) return true;
    }
}

static void ps_add(ptrset *s, kr_obj *p)
{
    if ((s->n + 1) * 2 > s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 64;
        kr_obj **ns = calloc(nc, sizeof *ns);
        if (!ns) return;
        for (size_t i = 0; i < s->cap; i++) {
            if (!s->slot[i]) continue;
            size_t j = ps_hash(s->slot[i], nc);
            while (ns[j]) j = (j + 1) & (nc - 1);
            ns[j] = s->slot[i];
        }
        free(s->slot);
        s->slot = ns;
        s->cap = nc;
    }
    size_t i = ps_hash(p, s->cap);
    while (s->slot[i]) {
        if (s->slot[i] == p) return;
        i = (i + 1) & (s->cap - 1);
    }
    s->slot[i] = p;
    s->n++;
}

/* _safe_string: str()/repr() of V, or "<WHAT str() failed>". */
static void put_safe(kr_rt *rt, strbuf *sb, kr_val v, const char *what, bool repr)
{
    kr_val s;
    int st = repr ? kx_repr(rt, v, &s) : kx_str(rt, v, &s);
    if (st != KR_OK || !kv_is_str(s)) {
        kr_exc_clear(rt);
        sb_printf(sb, "<%s %s() failed>", what, repr ? "repr" : "str");
        return;
    }
    sb_append(sb, kstr_data(kv_as_obj(s)), (size_t)kstr_nbytes(kv_as_obj(s)));
}

/* exc_type_str: "module.qualname" unless the module is builtins / __main__. */
static void put_type_name(kr_rt *rt, strbuf *sb, kr_type *t)
{
    kr_val q, m;
    const char *qn = t->name;
    if (kx_getattr(rt, kv_obj(&t->head.obj), "__qualname__", &q) == KR_OK && kv_is_str(q))
        qn = kstr_data(kv_as_obj(q));
    else
        kr_exc_clear(rt);
    if (kx_getattr(rt, kv_obj(&t->head.obj), "__module__", &m) != KR_OK) {
        kr_exc_clear(rt);
        m = kv_none();
    }
    if (kv_is_str(m)) {
        const char *ms = kstr_data(kv_as_obj(m));
        if (strcmp(ms, "builtins") && strcmp(ms, "__main__")) sb_printf(sb, "%s.", ms);
    } else {
        sb_puts(sb, "<unknown>.");
    }
    sb_puts(sb, qn);
}

static bool attr_or_none(kr_rt *rt, kr_val o, const char *name, kr_val *out)
{
    if (kx_getattr(rt, o, name, out) != KR_OK) {
        kr_exc_clear(rt);
        *out = kv_none();
    }
    return !kv_is_none(*out);
}

/* Code points of UTF-8 S[0..n) ... minimal helpers for SyntaxError. */
static size_t cp_count(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Byte index of code point K of S[0..n) (n when past the end). */
static size_t cp_index(const char *s, size_t n, size_t k)
{
    size_t i = 0;
    while (i < n && k) {
        i++;
        while (i < n && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
        k--;
    }
    return i;
}

/* TracebackException._format_syntax_error */
static void format_syntax_error(kr_rt *rt, strbuf *sb, kr_val exc, const char *stype)
{
    kr_val filename, lineno, end_lineno, text, offset, end_offset, msg;
    attr_or_none(rt, exc, "filename", &filename);
    attr_or_none(rt, exc, "lineno", &lineno);
    attr_or_none(rt, exc, "end_lineno", &end_lineno);
    attr_or_none(rt, exc, "text", &text);
    attr_or_none(rt, exc, "offset", &offset);
    attr_or_none(rt, exc, "end_offset", &end_offset);
    attr_or_none(rt, exc, "msg", &msg);
    strbuf suffix = STRBUF_INIT, ls = STRBUF_INIT, els = STRBUF_INIT;
    if (!kv_is_none(lineno)) put_safe(rt, &ls, lineno, "lineno", false);
    if (!kv_is_none(end_lineno)) put_safe(rt, &els, end_lineno, "end_lineno", false);
    if (!kv_is_none(lineno)) {
        sb_puts(sb, "  File \"");
        int fn_true = 0;
        if (!kv_is_none(filename) && kx_truth(rt, filename, &fn_true) != KR_OK) { kr_exc_clear(rt); fn_true = 1; }
        if (fn_true) put_safe(rt, sb, filename, "filename", false);
        else sb_puts(sb, "<string>");
        sb_printf(sb, "\", line %s\n", ls.p ? ls.p : "");
    } else if (!kv_is_none(filename)) {
        sb_puts(&suffix, " (");
        put_safe(rt, &suffix, filename, "filename", false);
        sb_putc(&suffix, ')');
    }
    if (kv_is_str(text)) {
        const char *t = kstr_data(kv_as_obj(text));
        size_t tn = (size_t)kstr_nbytes(kv_as_obj(text));
        size_t tlen = cp_count(t, tn);                 /* len(self.text) */
        size_t rn = tn;
        while (rn && t[rn - 1] == '\n') rn--;           /* rstrip('\n') */
        size_t lb = 0;
        while (lb < rn && (t[lb] == ' ' || t[lb] == '\n' || t[lb] == '\f')) lb++;
        const char *lt = t + lb;
        size_t ltn = rn - lb;
        int64_t rlen = (int64_t)cp_count(t, rn), spaces = (int64_t)lb;
        bool off_int = kv_is_int(offset) || kv_is_bool(offset);
        if (kv_is_none(offset)) {
            sb_puts(sb, "    ");
            sb_append(sb, lt, ltn);
            sb_putc(sb, '\n');
        } else if (off_int) {
            int64_t off = kv_is_int(offset) ? kv_as_int(offset) : kv_as_bool(offset), eoff;
            bool same = (ls.p == NULL) == (els.p == NULL) && (!ls.p || !strcmp(ls.p, els.p));
            if (same) {
                bool eint = kv_is_int(end_offset) || kv_is_bool(end_offset);
                int64_t ev = kv_is_int(end_offset) ? kv_as_int(end_offset) : eint ? kv_as_bool(end_offset) : 0;
                eoff = eint && ev != 0 ? ev : off;
            } else {
                eoff = rlen + 1;
            }
            if (tn && off > (int64_t)tlen) off = rlen + 1;
            if (tn && eoff > (int64_t)tlen) eoff = rlen + 1;
            if (off >= eoff || eoff < 0) eoff = off + 1;
            int64_t colno = off - 1 - spaces, end_colno = eoff - 1 - spaces;
            sb_puts(sb, "    ");
            sb_append(sb, lt, ltn);
            sb_putc(sb, '\n');
            if (colno >= 0) {
                sb_puts(sb, "    ");
                size_t end = cp_index(lt, ltn, (size_t)colno);
                for (size_t i = 0; i < end;) {
                    uint32_t cp;
                    int l = utf8_decode(lt + i, end - i, &cp, 1);
                    if (l <= 0) { l = 1; cp = '?'; }
                    if (uc_is_space(cp)) sb_append(sb, lt + i, (size_t)l);
                    else sb_putc(sb, ' ');
                    i += (size_t)l;
                }
                for (int64_t i = colno; i < end_colno; i++) sb_putc(sb, '^');
                sb_putc(sb, '\n');
            }
        }
    }
    sb_puts(sb, stype);
    sb_puts(sb, ": ");
    int mt = 0;
    if (!kv_is_none(msg) && kx_truth(rt, msg, &mt) != KR_OK) { kr_exc_clear(rt); mt = 1; }
    if (mt) put_safe(rt, sb, msg, "msg", false);
    else sb_puts(sb, "<no detail available>");
    if (suffix.p) sb_append(sb, suffix.p, suffix.len);
    sb_putc(sb, '\n');
    sb_free(&suffix);
    sb_free(&ls);
    sb_free(&els);
}

static bool is_note_sequence(kr_val v)
{
    return kv_is_obj(v) && (kr_isinstance(v, &kt_list) || kr_isinstance(v, &kt_tuple)
                            || kr_isinstance(v, &kt_range));
}

/* format_exception_only (at depth 0): "Type: message" (or a SyntaxError's
 * report), then the notes. */
static void format_only(kr_rt *rt, strbuf *sb, kr_val exc)
{
    kr_type *t = kr_type_of(exc);
    strbuf stype = STRBUF_INIT;
    put_type_name(rt, &stype, t);
    const char *ts = stype.p ? stype.p : "";
    if (kr_is_subtype(t, &kt_SyntaxError)) {
        format_syntax_error(rt, sb, exc, ts);
    } else {
        strbuf msg = STRBUF_INIT;
        put_safe(rt, &msg, exc, "exception", false);
        tb_suggestion(rt, &msg, exc);
        sb_puts(sb, ts);
        if (msg.len) {
            sb_puts(sb, ": ");
            sb_append(sb, msg.p, msg.len);
        }
        sb_putc(sb, '\n');
        sb_free(&msg);
    }
    sb_free(&stype);
    kr_val notes;
    if (kx_getattr(rt, exc, "__notes__", &notes) != KR_OK) {
        bool attr_err = kr_exc_matches(rt, &kt_AttributeError);
        kr_val err = kr_exc_current(rt);
        kr_exc_clear(rt);
        if (attr_err) return;
        sb_puts(sb, "Ignored error getting __notes__: ");
        put_safe(rt, sb, err, "__notes__", true);
        sb_putc(sb, '\n');
        return;
    }
    if (kv_is_none(notes)) return;
    if (is_note_sequence(notes)) {
        kr_val it;
        if (kx_sync(rt, kr_iter(rt, notes, &it), &it) != KR_OK) { kr_exc_clear(rt); return; }
        for (;;) {
            kr_val note;
            int st = kx_sync(rt, kr_next(rt, it, &note), &note);
            if (st == KR_STOP) break;
            if (st != KR_OK) { kr_exc_clear(rt); break; }
            put_safe(rt, sb, note, "note", false);
            sb_putc(sb, '\n');
        }
    } else {
        put_safe(rt, sb, notes, "__notes__", true);
        sb_putc(sb, '\n');
    }
}

static te *te_new(kr_rt *rt, kr_val exc, ptrset *seen, te **all)
{
    te *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    t->all_next = *all;
    *all = t;
    t->exc = exc;
    t->nexcs = -1;
    t->suppress_context = KR_AS(kr_exc, exc)->suppress_context;
    ps_add(seen, kv_as_obj(exc));
    format_only(rt, &t->only, exc);
    return t;
}

/* Frees every node of a tree (iteratively: chains can be long). */
static void te_free_all(te *all)
{
    while (all) {
        te *next = all->all_next;
        free(all->excs);
        sb_free(&all->only);
        free(all);
        all = next;
    }
}

static bool is_exc(kr_val v)
{
    return kv_is_obj(v) && kr_isinstance(v, &kt_BaseException);
}

/* TracebackException.__init__'s queue, compact=True. */
static te *te_build(kr_rt *rt, kr_val exc, te **all)
{
    ptrset seen = { NULL, 0, 0 };
    te *root = te_new(rt, exc, &seen, all);
    if (!root) return NULL;
    size_t qn = 0, qcap = 16;
    te **queue = malloc(qcap * sizeof *queue);
    if (!queue) { free(seen.slot); return root; }
    queue[qn++] = root;
    while (qn) {
        te *t = queue[--qn];
        kr_exc *e = KR_AS(kr_exc, t->exc);
        if (is_exc(e->cause) && !ps_has(&seen, kv_as_obj(e->cause)))
            t->cause = te_new(rt, e->cause, &seen, all);
        bool need_context = !t->cause && !e->suppress_context;
        if (need_context && is_exc(e->context) && !ps_has(&seen, kv_as_obj(e->context)))
            t->context = te_new(rt, e->context, &seen, all);
        if (kx_is_group(t->exc)) {
            kr_tuple *m = KR_OBJ_AS(kr_tuple, KR_AS(kr_excgroup, t->exc)->excs);
            t->excs = calloc((size_t)m->len + 1, sizeof *t->excs);
            if (t->excs) {
                t->nexcs = 0;
                for (int64_t i = 0; i < m->len; i++) {
                    if (!is_exc(m->items[i])) continue;
                    te *c = te_new(rt, m->items[i], &seen, all);
                    if (c) t->excs[t->nexcs++] = c;
                }
            }
        }
        size_t need = qn + 2 + (size_t)(t->nexcs > 0 ? t->nexcs : 0);
        if (need > qcap) {
            while (qcap < need) qcap *= 2;
            te **nq = realloc(queue, qcap * sizeof *nq);
            if (!nq) break;
            queue = nq;
        }
        if (t->cause) queue[qn++] = t->cause;
        if (t->context) queue[qn++] = t->context;
        for (int64_t i = 0; i < t->nexcs; i++) queue[qn++] = t->excs[i];
    }
    free(queue);
    free(seen.slot);
    return root;
}

/* ---- formatting ---- */

enum { MAX_GROUP_WIDTH = 15, MAX_GROUP_DEPTH = 10, RECURSIVE_CUTOFF = 3 };

typedef struct pctx {
    kr_rt *rt;
    strbuf *out;
    int depth;                  /* exception_group_depth */
    bool need_close;
} pctx;

static void put_indent(pctx *c)
{
    for (int i = 0; i < c->depth; i++) sb_puts(c->out, "  ");
}

/* Length of the line starting at S[0..n) with its end, as
 * str.splitlines(keepends=True) cuts it. */
static size_t line_len(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\n' || ch == 0x0b || ch == 0x0c || (ch >= 0x1c && ch <= 0x1e)) return i + 1;
        if (ch == '\r') return i + 1 < n && s[i + 1] == '\n' ? i + 2 : i + 1;
        if (ch == 0xc2 && i + 1 < n && (unsigned char)s[i + 1] == 0x85) return i + 2;
        if (ch == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80
            && ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9))
            return i + 3;
    }
    return n;
}

/* _ExceptionPrintContext.emit: TEXT with every line indented (by
 * textwrap.indent, which cuts lines as str.splitlines does). */
static void emit(pctx *c, const char *text, size_t n, char margin)
{
    for (size_t i = 0; i < n;) {
        size_t len = line_len(text + i, n - i);
        put_indent(c);
        if (c->depth) { sb_putc(c->out, margin); sb_putc(c->out, ' '); }
        sb_append(c->out, text + i, len);
        i += len;
    }
}

static void emit_str(pctx *c, const char *s, char margin)
{
    emit(c, s, strlen(s), margin);
}

static cc_pos tb_pos(const kr_traceback *tb)
{
    cc_pos p = { -1, -1, -1, -1 };
    const kr_code *co = tb->code;
    if (co->positions && tb->lasti >= 0 && tb->lasti < co->ncode) p = co->positions[tb->lasti];
    return p;
}

/* sys.tracebacklimit when set to an int (negative: 0), else -1. */
static int64_t traceback_limit(kr_rt *rt)
{
    if (!rt->modules) return -1;
    kr_val sys = kdict_get_cstr(rt, (kr_dict *)rt->modules, "sys");
    if (!kv_is_type(sys, &kt_module)) return -1;
    kr_obj *d = ((kr_module *)kv_as_obj(sys))->dict;
    if (!d) return -1;
    kr_val lim = kdict_get_cstr(rt, (kr_dict *)d, "tracebacklimit");
    if (kv_is_bool(lim)) return kv_as_bool(lim);
    if (!kv_is_int(lim)) return -1;
    return kv_as_int(lim) < 0 ? 0 : kv_as_int(lim);
}

/* StackSummary.format, each frame emitted. */
static void emit_stack(pctx *c, kr_obj *tbo, int64_t skip)
{
    for (; tbo && skip > 0; skip--) tbo = ((kr_traceback *)tbo)->next;
    const char *last_file = NULL, *last_name = NULL;
    int64_t last_line = 0;
    int count = 0;
    strbuf fr = STRBUF_INIT;
    for (kr_traceback *tb = (kr_traceback *)tbo; tb; tb = (kr_traceback *)tb->next) {
        const char *file = kstr_data(tb->code->filename);
        const char *name = kstr_data(tb->code->name);
        cc_pos pos = tb_pos(tb);
        int64_t line = pos.lineno >= 0 ? pos.lineno : tb->lineno;
        if (!last_file || strcmp(last_file, file) || last_line != line || strcmp(last_name, name)) {
            if (count > RECURSIVE_CUTOFF) {
                char msg[96];
                count -= RECURSIVE_CUTOFF;
                snprintf(msg, sizeof msg, "  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
                emit_str(c, msg, '|');
            }
            last_file = file;
            last_line = line;
            last_name = name;
            count = 0;
        }
        count++;
        if (count > RECURSIVE_CUTOFF) continue;
        fr.len = 0;
        tb_format_frame(&fr, file, name, tb->lineno, pos);
        if (fr.p) emit(c, fr.p, fr.len, '|');
    }
    if (count > RECURSIVE_CUTOFF) {
        char msg[96];
        count -= RECURSIVE_CUTOFF;
        snprintf(msg, sizeof msg, "  [Previous line repeated %d more time%s]\n", count, count > 1 ? "s" : "");
        emit_str(c, msg, '|');
    }
    sb_free(&fr);
}

/* How many of the oldest frames sys.tracebacklimit hides (as traceback.py
 * slices them: frames[len - limit:], a negative start counting from the
 * end); -1 when none is left. */
static int64_t stack_skip(kr_rt *rt, kr_obj *tbo)
{
    int64_t limit = traceback_limit(rt), n = 0;
    if (limit < 0 || !tbo) return 0;
    for (kr_obj *t = tbo; t; t = ((kr_traceback *)t)->next) n++;
    int64_t start = n - limit;
    if (start < 0) start += n;
    if (start < 0) start = 0;
    return start >= n ? -1 : start;
}

static void te_format(pctx *c, te *root)
{
    /* the chain, oldest first */
    size_t n = 0, cap = 8;
    te **chain = malloc(cap * sizeof *chain);
    int *msgs = malloc(cap * sizeof *msgs);
    if (!chain || !msgs) { free(chain); free(msgs); return; }
    for (te *t = root; t;) {
        int msg = 0;
        te *next = NULL;
        if (t->cause) { msg = 1; next = t->cause; }
        else if (t->context && !t->suppress_context) { msg = 2; next = t->context; }
        if (n == cap) {
            cap *= 2;
            te **nc = realloc(chain, cap * sizeof *nc);
            if (nc) chain = nc;
            int *nm = realloc(msgs, cap * sizeof *nm);
            if (nm) msgs = nm;
            if (!nc || !nm) break;
        }
        chain[n] = t;
        msgs[n] = msg;
        n++;
        t = next;
    }
    for (size_t k = n; k-- > 0;) {
        te *t = chain[k];
        if (msgs[k] == 1)
            emit_str(c, "\nThe above exception was the direct cause of the following exception:\n\n", '|');
        else if (msgs[k] == 2)
            emit_str(c, "\nDuring handling of the above exception, another exception occurred:\n\n", '|');
        kr_obj *stack = KR_AS(kr_exc, t->exc)->traceback;
        int64_t skip = stack_skip(c->rt, stack);
        if (stack && skip < 0) stack = NULL;     /* limited to no frame at all */
        if (t->nexcs < 0) {
            if (stack) {
                emit_str(c, "Traceback (most recent call last):\n", '|');
                emit_stack(c, stack, skip);
            }
            if (t->only.p) emit(c, t->only.p, t->only.len, '|');
            continue;
        }
        if (c->depth > MAX_GROUP_DEPTH) {
            char msg[64];
            snprintf(msg, sizeof msg, "... (max_group_depth is %d)\n", MAX_GROUP_DEPTH);
            emit_str(c, msg, '|');
            continue;
        }
        bool top = c->depth == 0;
        if (top) c->depth++;
        if (stack) {
            emit_str(c, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            emit_stack(c, stack, skip);
        }
        if (t->only.p) emit(c, t->only.p, t->only.len, '|');
        int64_t num = t->nexcs, shown = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
        c->need_close = false;
        for (int64_t i = 0; i < shown; i++) {
            bool last = i == shown - 1;
            if (last) c->need_close = true;
            bool truncated = i >= MAX_GROUP_WIDTH;
            put_indent(c);
            sb_puts(c->out, i == 0 ? "+-" : "  ");
            if (truncated) sb_puts(c->out, "+---------------- ... ----------------\n");
            else sb_printf(c->out, "+---------------- %lld ----------------\n", (long long)i + 1);
            c->depth++;
            if (!truncated) {
                te_format(c, t->excs[i]);
            } else {
                char msg[80];
                int64_t rem = num - MAX_GROUP_WIDTH;
                snprintf(msg, sizeof msg, "and %lld more exception%s\n", (long long)rem, rem > 1 ? "s" : "");
                emit_str(c, msg, '|');
            }
            if (last && c->need_close) {
                put_indent(c);
                sb_puts(c->out, "+------------------------------------\n");
                c->need_close = false;
            }
            c->depth--;
        }
        if (top) c->depth = 0;
    }
    free(chain);
    free(msgs);
}

void vm_print_exception(kr_rt *rt, kr_val exc)
{
    strbuf sb = STRBUF_INIT;
    kr_val saved = rt->exc;
    rt->exc = kv_undef();
    rt->in_gc_unsafe++;
    if (is_exc(exc)) {
        te *all = NULL;
        te *root = te_build(rt, exc, &all);
        if (root) {
            pctx c = { rt, &sb, 0, false };
            te_format(&c, root);
        }
        te_free_all(all);
    } else {
        sb_puts(&sb, "SystemError: a non-exception was raised\n");
    }
    rt->in_gc_unsafe--;
    rt->exc = saved;
    if (sb.p) rt_write(rt, 2, sb.p, sb.len);
    sb_free(&sb);
}
