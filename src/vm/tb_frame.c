/* One traceback frame as CPython 3.14's traceback module prints it
 * (StackSummary.format_frame_summary): the "File" line, then the source
 * line(s) of the instruction's position, dedented, with a caret line under
 * each shown line when the highlighted range does not cover the whole
 * statement.  Binary operators, subscripts and calls get "anchors": the
 * operator / bracketed part is drawn with '^' and the rest with '~'.
 *
 * Text is handled as arrays of code points, since CPython's offsets are
 * str indices; positions from the compiler and the parser are UTF-8 byte
 * columns and are converted as traceback.py does.  Scratch buffers use
 * malloc: this runs once, while printing, outside the object heap. */
#include <stdlib.h>
#include <string.h>

#include "../parse/parser.h"
#include "../unicode/unicode.h"
#include "../util/utf8.h"
#include "tb_int.h"

typedef struct ustr {
    const uint32_t *c;
    size_t n;
} ustr;

/* Decodes UTF-8 (invalid bytes become U+FFFD); NULL when out of memory. */
static uint32_t *u_decode(const char *s, size_t n, size_t *outn)
{
    uint32_t *c = malloc((n + 1) * sizeof *c);
    size_t k = 0;
    if (!c) return NULL;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int l = utf8_decode(s + i, n - i, &cp, 1);
        if (l <= 0) { cp = 0xFFFD; l = 1; }
        c[k++] = cp;
        i += (size_t)l;
    }
    *outn = k;
    return c;
}

static void u_put(strbuf *sb, const uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char b[4];
        int l = utf8_encode(c[i], b);
        sb_append(sb, b, (size_t)l);
    }
}

static size_t u_utf8_len(uint32_t c)
{
    return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

/* len(s.encode()[:off].decode(errors="replace")) */
static size_t b2c(ustr s, int64_t off)
{
    size_t count = 0, acc = 0;
    if (off <= 0) return 0;
    for (size_t i = 0; i < s.n; i++) {
        size_t l = u_utf8_len(s.c[i]);
        if ((int64_t)(acc + l) <= off) { count++; acc += l; continue; }
        if ((int64_t)acc < off) count++;   /* a cut sequence decodes to U+FFFD */
        break;
    }
    return count;
}

static size_t lead_ws(ustr s)
{
    size_t i = 0;
    while (i < s.n && uc_is_space(s.c[i])) i++;
    return i;
}

static bool has_non_ws(const uint32_t *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!uc_is_space(c[i])) return true;
    return false;
}

/* East Asian Width W or F (unicodedata.east_asian_width), the main ranges. */
static int wide(uint32_t c)
{
    static const uint32_t r[][2] = {
        {0x1100, 0x115F}, {0x231A, 0x231B}, {0x2329, 0x232A}, {0x23E9, 0x23EC},
        {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615},
        {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1},
        {0x26AA, 0x26AB}, {0x26BD, 0x26BE}, {0x26C4, 0x26C5}, {0x26CE, 0x26CE},
        {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
        {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B},
        {0x2728, 0x2728}, {0x274C, 0x274C}, {0x274E, 0x274E}, {0x2753, 0x2755},
        {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}, {0x2E80, 0x303E},
        {0x3041, 0x33FF}, {0x3400, 0x4DBF}, {0x4E00, 0xA4CF}, {0xA960, 0xA97F},
        {0xAC00, 0xD7A3}, {0xF900, 0xFAFF}, {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},
        {0xFF00, 0xFF60}, {0xFFE0, 0xFFE6}, {0x16FE0, 0x16FE4}, {0x17000, 0x18CFF},
        {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
        {0x1F191, 0x1F19A}, {0x1F200, 0x1F202}, {0x1F210, 0x1F23B}, {0x1F240, 0x1F248},
        {0x1F250, 0x1F251}, {0x1F260, 0x1F265}, {0x1F300, 0x1F320}, {0x1F32D, 0x1F335},
        {0x1F337, 0x1F37C}, {0x1F37E, 0x1F393}, {0x1F3A0, 0x1F3CA}, {0x1F3CF, 0x1F3D3},
        {0x1F3E0, 0x1F3F0}, {0x1F3F4, 0x1F3F4}, {0x1F3F8, 0x1F43E}, {0x1F440, 0x1F440},
        {0x1F442, 0x1F4FC}, {0x1F4FF, 0x1F53D}, {0x1F54B, 0x1F54E}, {0x1F550, 0x1F567},
        {0x1F57A, 0x1F57A}, {0x1F595, 0x1F596}, {0x1F5A4, 0x1F5A4}, {0x1F5FB, 0x1F64F},
        {0x1F680, 0x1F6C5}, {0x1F6CC, 0x1F6CC}, {0x1F6D0, 0x1F6D2}, {0x1F6D5, 0x1F6D7},
        {0x1F6DC, 0x1F6DF}, {0x1F6EB, 0x1F6EC}, {0x1F6F4, 0x1F6FC}, {0x1F7E0, 0x1F7EB},
        {0x1F7F0, 0x1F7F0}, {0x1F90C, 0x1F93A}, {0x1F93C, 0x1F945}, {0x1F947, 0x1F9FF},
        {0x1FA70, 0x1FAFF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
    };
    if (c < 0x1100) return 0;
    size_t lo = 0, hi = sizeof r / sizeof r[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0]) hi = mid;
        else if (c > r[mid][1]) lo = mid + 1;
        else return 1;
    }
    return 0;
}

/* _display_width(line, offset) */
static size_t dwidth(ustr s, size_t off)
{
    bool ascii = true;
    for (size_t i = 0; i < s.n && ascii; i++) ascii = s.c[i] < 0x80;
    if (ascii) return off;
    size_t w = 0;
    for (size_t i = 0; i < s.n && i < off; i++) w += 1 + (size_t)wide(s.c[i]);
    return w;
}

/* Line LINENO of FILENAME as read, without its newline ("" if missing). */
static void src_line(const char *filename, int64_t lineno, const char **s, size_t *n)
{
    const char *text;
    size_t len;
    *s = "";
    *n = 0;
    if (lineno < 1 || !tb_source_of(filename, &text, &len)) return;
    const char *p = text, *end = text + len;
    for (int64_t l = 1; l < lineno; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl) return;
        p = nl + 1;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    *s = p;
    *n = (size_t)(e - p);
}

/* ---- anchors: _extract_caret_anchors_from_line_segment ---- */

typedef struct anchors {
    int lel, leo, rsl, rso;     /* left end / right start: segment line, column */
    char primary, secondary;
} anchors;

typedef struct seglines {
    ustr *l;
    int n;
} seglines;

/* str.splitlines() on '\n' only. */
static int split_lines(const uint32_t *c, size_t n, seglines *out)
{
    int cnt = 0;
    for (size_t i = 0; i < n; i++) if (c[i] == '\n') cnt++;
    out->l = malloc(((size_t)cnt + 1) * sizeof *out->l);
    if (!out->l) return -1;
    out->n = 0;
    size_t st = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || c[i] == '\n') {
            if (i == n && st == n) break;   /* no empty last line */
            out->l[out->n].c = c + st;
            out->l[out->n].n = i - st;
            out->n++;
            st = i + 1;
        }
    }
    return 0;
}

/* The walk fails (traceback.py's assert or IndexError) by longjmp-free
 * early return: every step reports false. */
static bool next_valid(const seglines *L, int *ln, int *col)
{
    while (*ln < L->n && *col >= (int)L->l[*ln].n) { *col = 0; (*ln)++; }
    return *ln >= 0 && *ln < L->n && *col >= 0 && *col < (int)L->l[*ln].n;
}

static bool char_at(const seglines *L, int ln, int col, uint32_t *ch)
{
    if (ln < 0 || ln >= L->n || col < 0 || col >= (int)L->l[ln].n) return false;
    *ch = L->l[ln].c[col];
    return true;
}

enum { STOP_OP, STOP_LBRACKET, STOP_LPAREN };

static bool increment_until(const seglines *L, int *ln, int *col, int stop)
{
    for (;;) {
        uint32_t ch;
        if (!char_at(L, *ln, *col, &ch)) return false;
        if (ch == '\\' || ch == '#') {
            (*ln)++;
            *col = 0;
            if (!next_valid(L, ln, col)) return false;
            continue;
        }
        bool done = stop == STOP_OP ? (!uc_is_space(ch) && ch != ')')
                  : stop == STOP_LBRACKET ? ch == '[' : ch == '(';
        if (done) return true;
        (*col)++;
        if (!next_valid(L, ln, col)) return false;
    }
}

static bool normalize(const seglines *L, int ln, int64_t off, int *col)
{
    if (ln < 0 || ln >= L->n) return false;
    *col = (int)b2c(L->l[ln], off);
    return true;
}

/* setup_positions: the end of EXPR as a segment position. */
static bool end_of(const seglines *L, const ast_node *e, bool force_valid, int *ln, int *col)
{
    *ln = e->end_lineno - 2;
    if (!normalize(L, *ln, e->end_col_offset, col)) return false;
    return force_valid ? next_valid(L, ln, col) : true;
}

static bool find_anchors(const uint32_t *seg, size_t segn, anchors *a)
{
    strbuf src = STRBUF_INIT;
    sb_puts(&src, "(\n");
    u_put(&src, seg, segn);
    sb_puts(&src, "\n)");
    if (src.oom) { sb_free(&src); return false; }
    seglines L = { NULL, 0 };
    ps_result res;
    memset(&res, 0, sizeof res);
    bool ok = false;
    if (split_lines(seg, segn, &L) < 0) goto done;
    if (ps_parse_prepared(src.p, src.len, PS_EXEC, NULL, &res) < 0) goto done;
    const ast_seq *body = res.mod->v.Module.body;
    if (ast_seq_len(body) != 1) goto done;
    const ast_node *st = body->items[0];
    if (st->kind != AST_Expr) goto done;
    const ast_node *e = st->v.Expr.value;
    a->primary = '~';
    a->secondary = '^';
    int ln, col;
    if (e->kind == AST_BinOp) {
        if (!end_of(&L, e->v.BinOp.left, true, &ln, &col)) goto done;
        if (!increment_until(&L, &ln, &col, STOP_OP)) goto done;
        int right_col = col + 1;
        const ast_node *r = e->v.BinOp.right;
        if (right_col < (int)L.l[ln].n) {
            bool before_right = r->lineno - 2 > ln;
            if (!before_right) {
                int rc;
                if (!normalize(&L, r->lineno - 2, r->col_offset, &rc)) goto done;
                before_right = right_col < rc;
            }
            uint32_t ch = L.l[ln].c[right_col];
            if (before_right && !uc_is_space(ch) && ch != '\\' && ch != '#') right_col++;
        }
        a->lel = ln; a->leo = col; a->rsl = ln; a->rso = right_col;
        ok = true;
    } else if (e->kind == AST_Subscript || e->kind == AST_Call) {
        bool sub = e->kind == AST_Subscript;
        if (!end_of(&L, sub ? e->v.Subscript.value : e->v.Call.func, true, &ln, &col)) goto done;
        if (!increment_until(&L, &ln, &col, sub ? STOP_LBRACKET : STOP_LPAREN)) goto done;
        a->lel = ln; a->leo = col;
        if (!end_of(&L, e, false, &ln, &col)) goto done;
        a->rsl = ln; a->rso = col;
        ok = true;
    }
done:
    ar_free(res.arena);
    free(L.l);
    sb_free(&src);
    return ok;
}

/* _should_show_carets */
static bool show_carets(const ustr *lines, int n, size_t start, size_t end, bool have_anchors)
{
    strbuf src = STRBUF_INIT;
    for (int i = 0; i < n; i++) {
        if (i) sb_putc(&src, '\n');
        u_put(&src, lines[i].c, lines[i].n);
    }
    if (!src.oom) {
        ps_result res;
        memset(&res, 0, sizeof res);
        if (ps_parse_prepared(src.p ? src.p : "", src.len, PS_EXEC, NULL, &res) == 0) {
            const ast_seq *body = res.mod->v.Module.body;
            if (ast_seq_len(body) == 0) {
                ar_free(res.arena);
                sb_free(&src);
                return false;
            }
            const ast_node *st = body->items[0], *v = NULL;
            if (st->kind == AST_Return && st->v.Return.value && st->v.Return.value->kind == AST_Call
                && st->v.Return.value->v.Call.func->kind == AST_Name)
                v = st->v.Return.value;
            else if (st->kind == AST_Assign && st->v.Assign.value->kind == AST_Call
                     && ast_seq_len(st->v.Assign.targets) == 1
                     && ((const ast_node *)st->v.Assign.targets->items[0])->kind == AST_Name)
                v = st->v.Assign.value;
            /* traceback.py compares the AST's byte columns with str indices */
            bool full = v && v->lineno == 1 && v->end_lineno == n
                && v->col_offset == (int64_t)start && v->end_col_offset == (int64_t)end;
            ar_free(res.arena);
            if (full) { sb_free(&src); return false; }
        } else {
            ar_free(res.arena);
        }
    }
    sb_free(&src);
    if (have_anchors) return true;
    if (start > lines[0].n) start = lines[0].n;
    if (has_non_ws(lines[0].c, start)) return true;
    ustr last = lines[n - 1];
    if (end < last.n && has_non_ws(last.c + end, last.n - end)) return true;
    return false;
}

/* textwrap.indent(textwrap.dedent(TEXT), '    ', lambda line: True) for a
 * TEXT of '\n'-terminated lines. */
static void dedent_indent(strbuf *out, const char *t, size_t n)
{
    /* margin: the common run of ' '/'\t' of the non-blank lines */
    const char *l1 = NULL, *l2 = NULL;
    size_t n1 = 0, n2 = 0;
    for (size_t i = 0; i < n;) {
        const char *e = memchr(t + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (t + i)) : n - i;
        size_t cn;
        uint32_t *c = u_decode(t + i, len, &cn);
        bool blank = !c || !has_non_ws(c, cn);
        free(c);
        if (!blank) {
            if (!l1) { l1 = l2 = t + i; n1 = n2 = len; }
            else {
                /* lexicographic min and max by bytes = by code points */
                size_t m = len < n1 ? len : n1;
                int cmp = memcmp(t + i, l1, m);
                if (cmp < 0 || (cmp == 0 && len < n1)) { l1 = t + i; n1 = len; }
                m = len < n2 ? len : n2;
                cmp = memcmp(t + i, l2, m);
                if (cmp > 0 || (cmp == 0 && len > n2)) { l2 = t + i; n2 = len; }
            }
        }
        i += len + 1;
    }
    size_t margin = 0;
    if (l1) {
        for (margin = 0; margin < n1; margin++)
            if (margin >= n2 || l1[margin] != l2[margin] || (l1[margin] != ' ' && l1[margin] != '\t')) break;
    }
    for (size_t i = 0; i < n;) {
        const char *e = memchr(t + i, '\n', n - i);
        size_t len = e ? (size_t)(e - (t + i)) : n - i;
        size_t cn;
        uint32_t *c = u_decode(t + i, len, &cn);
        bool blank = !c || !has_non_ws(c, cn);
        free(c);
        sb_puts(out, "    ");
        if (!blank) sb_append(out, t + i + margin, len - margin);
        sb_putc(out, '\n');
        i += len + 1;
    }
}

static void emit_line(strbuf *res, const ustr *all, int n, int i, bool carets,
                      const anchors *a, size_t dp_start, size_t dp_end,
                      size_t aleo, size_t arso)
{
    u_put(res, all[i].c, all[i].n);
    sb_putc(res, '\n');
    if (!carets) return;
    size_t nsp = lead_ws(all[i]);
    size_t ncar = i == n - 1 ? dp_end : dwidth(all[i], all[i].n);
    for (size_t col = 0; col < ncar; col++) {
        char ch;
        if (col < nsp || (i == 0 && col < dp_start)) ch = ' ';
        else if (a && (i > a->lel || (i == a->lel && col >= aleo))
                 && (i < a->rsl || (i == a->rsl && col < arso)))
            ch = a->secondary;
        else
            ch = a ? a->primary : '^';
        sb_putc(res, ch);
    }
    sb_putc(res, '\n');
}

void tb_format_frame(strbuf *out, const char *filename, const char *name,
                     int lineno, cc_pos pos)
{
    int64_t ln = pos.lineno >= 0 ? pos.lineno : lineno;
    int64_t eln = pos.end_lineno >= 0 ? pos.end_lineno : ln;
    if (ln >= 0) sb_printf(out, "  File \"%s\", line %lld, in %s\n", filename, (long long)ln, name);
    else sb_printf(out, "  File \"%s\", line None, in %s\n", filename, name);
    if (ln < 0 || eln < ln) return;
    int n = (int)(eln - ln + 1);
    if (eln - ln > 100000) return;
    ustr *orig = calloc((size_t)n, sizeof *orig);
    ustr *all = calloc((size_t)n, sizeof *all);
    if (!orig || !all) goto out;
    for (int i = 0; i < n; i++) {
        const char *s;
        size_t sn, cn;
        src_line(filename, ln + i, &s, &sn);
        uint32_t *c = u_decode(s, sn, &cn);
        if (!c) goto out;
        while (cn && uc_is_space(c[cn - 1])) cn--;      /* .rstrip() */
        orig[i].c = c;
        orig[i].n = cn;
    }
    /* textwrap.dedent of the lines */
    const ustr *l1 = NULL, *l2 = NULL;
    for (int i = 0; i < n; i++) {
        if (!has_non_ws(orig[i].c, orig[i].n)) continue;
        if (!l1) { l1 = l2 = &orig[i]; continue; }
        for (int k = 0; k < 2; k++) {
            const ustr *o = k ? l2 : l1;
            size_t j = 0;
            while (j < o->n && j < orig[i].n && o->c[j] == orig[i].c[j]) j++;
            int cmp = j < o->n && j < orig[i].n ? (orig[i].c[j] < o->c[j] ? -1 : 1)
                    : orig[i].n < o->n ? -1 : orig[i].n > o->n ? 1 : 0;
            if (!k && cmp < 0) l1 = &orig[i];
            if (k && cmp > 0) l2 = &orig[i];
        }
    }
    if (!l1) goto out;                  /* nothing but blank lines: no source shown */
    size_t margin = 0;
    for (margin = 0; margin < l1->n; margin++)
        if (margin >= l2->n || l1->c[margin] != l2->c[margin]
            || (l1->c[margin] != ' ' && l1->c[margin] != '\t')) break;
    for (int i = 0; i < n; i++) {
        bool blank = !has_non_ws(orig[i].c, orig[i].n);
        all[i].c = orig[i].c + (blank ? orig[i].n : margin);
        all[i].n = blank ? 0 : orig[i].n - margin;
    }

    if (pos.col < 0 || pos.end_col < 0) {
        /* only the first line, stripped */
        size_t a = lead_ws(orig[0]);
        if (a < orig[0].n) {
            sb_puts(out, "    ");
            u_put(out, orig[0].c + a, orig[0].n - a);
        }
        sb_putc(out, '\n');
        goto out;
    }

    size_t start = b2c(orig[0], pos.col), end = b2c(orig[n - 1], pos.end_col);
    size_t dedent = orig[0].n - all[0].n;
    start = start > dedent ? start - dedent : 0;
    end = end > dedent ? end - dedent : 0;
    size_t dp_start = dwidth(all[0], start), dp_end = dwidth(all[n - 1], end);

    /* the segment: "\n".join(all)[start : total - (len(last) - end)] */
    size_t total = (size_t)n - 1;
    for (int i = 0; i < n; i++) total += all[i].n;
    int64_t stop = (int64_t)total - ((int64_t)all[n - 1].n - (int64_t)end);
    if (stop > (int64_t)total) stop = (int64_t)total;
    size_t s0 = start < total ? start : total;
    size_t segn = stop > (int64_t)s0 ? (size_t)stop - s0 : 0;
    uint32_t *seg = malloc((total + 1) * sizeof *seg);
    if (!seg) goto out;
    {
        size_t k = 0;
        for (int i = 0; i < n; i++) {
            if (i) seg[k++] = '\n';
            memcpy(seg + k, all[i].c, all[i].n * sizeof *seg);
            k += all[i].n;
        }
    }
    anchors anc;
    bool have = find_anchors(seg + s0, segn, &anc);
    free(seg);
    bool carets = show_carets(all, n, start, end, have);

    size_t aleo = 0, arso = 0;
    bool *sig = calloc((size_t)n, sizeof *sig);
    if (!sig) goto out;
    sig[0] = sig[n - 1] = true;
    if (have) {
        if (anc.lel < 0 || anc.lel >= n || anc.rsl < 0 || anc.rsl >= n) have = false;
    }
    if (have) {
        size_t lo = (size_t)anc.leo + (anc.lel == 0 ? start : 0);
        size_t ro = (size_t)anc.rso + (anc.rsl == 0 ? start : 0);
        aleo = dwidth(all[anc.lel], lo);
        arso = dwidth(all[anc.rsl], ro);
        for (int d = -1; d <= 1; d++) {
            if (anc.lel + d >= 0 && anc.lel + d < n) sig[anc.lel + d] = true;
            if (anc.rsl + d >= 0 && anc.rsl + d < n) sig[anc.rsl + d] = true;
        }
    }
    strbuf res = STRBUF_INIT;
    int prev = -1;
    for (int i = 0; i < n; i++) {
        if (!sig[i]) continue;
        if (prev >= 0) {
            int diff = i - prev;
            if (diff == 2)
                emit_line(&res, all, n, i - 1, carets, have ? &anc : NULL, dp_start, dp_end, aleo, arso);
            else if (diff > 2)
                sb_printf(&res, "...<%d lines>...\n", diff - 1);
        }
        emit_line(&res, all, n, i, carets, have ? &anc : NULL, dp_start, dp_end, aleo, arso);
        prev = i;
    }
    free(sig);
    if (res.p) dedent_indent(out, res.p, res.len);
    sb_free(&res);
out:
    if (orig)
        for (int i = 0; i < n; i++) free((void *)orig[i].c);
    free(orig);
    free(all);
}
