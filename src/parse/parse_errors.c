/* Helpers of the invalid_* rules (CPython's action_helpers.c error
 * helpers) and the keyword-typo suggestion of CPython's traceback module. */
#include "parser_int.h"

#include <stdio.h>

#include "../compile/symtable.h"
#include <stdlib.h>

/* _PyPegen_get_expr_name: how messages name an expression */
const char *ps_expr_name(const ast_node *e)
{
    switch (e->kind) {
    case AST_Attribute: return "attribute";
    case AST_Subscript: return "subscript";
    case AST_Starred: return "starred";
    case AST_Name: return "name";
    case AST_List: return "list";
    case AST_Tuple: return "tuple";
    case AST_Lambda: return "lambda";
    case AST_Call: return "function call";
    case AST_BoolOp: case AST_BinOp: case AST_UnaryOp: return "expression";
    case AST_GeneratorExp: return "generator expression";
    case AST_Yield: case AST_YieldFrom: return "yield expression";
    case AST_Await: return "await expression";
    case AST_ListComp: return "list comprehension";
    case AST_SetComp: return "set comprehension";
    case AST_DictComp: return "dict comprehension";
    case AST_Dict: return "dict literal";
    case AST_Set: return "set display";
    case AST_JoinedStr: case AST_FormattedValue: return "f-string expression";
    case AST_TemplateStr: case AST_Interpolation: return "t-string expression";
    case AST_Constant:
        switch (e->v.Constant.value.kind) {
        case CONST_NONE: return "None";
        case CONST_FALSE: return "False";
        case CONST_TRUE: return "True";
        case CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    case AST_Compare: return "comparison";
    case AST_IfExp: return "conditional expression";
    case AST_NamedExpr: return "named expression";
    default: return "expression";
    }
}

/* _PyPegen_get_invalid_target: the first sub-expression of E that cannot
 * be a target of kind T, or NULL. */
const ast_node *ps_invalid_target(const ast_node *e, ps_targets_type t)
{
    if (!e) return NULL;
    switch (e->kind) {
    case AST_List:
    case AST_Tuple: {
        const ast_seq *elts = e->kind == AST_List ? e->v.List.elts : e->v.Tuple.elts;
        for (int32_t i = 0; i < ast_seq_len(elts); i++) {
            const ast_node *c = ps_invalid_target(elts->items[i], t);
            if (c) return c;
        }
        return NULL;
    }
    case AST_Starred:
        if (t == PS_DEL_TARGETS) return e;
        return ps_invalid_target(e->v.Starred.value, t);
    case AST_Compare:
        /* `for a in b`: the `a in b` parses as a comparison */
        if (t == PS_FOR_TARGETS) {
            if ((ast_cmpop)(intptr_t)e->v.Compare.ops->items[0] == AST_In)
                return ps_invalid_target(e->v.Compare.left, t);
            return NULL;
        }
        return e;
    case AST_Name:
    case AST_Subscript:
    case AST_Attribute:
        return NULL;
    default:
        return e;
    }
}

void *ps_raise_invalid_target(ps_parser *p, ps_targets_type t, const ast_node *e)
{
    const ast_node *bad = ps_invalid_target(e, t);
    if (!bad) return NULL;
    return ps_raise_node(p, bad, t == PS_DEL_TARGETS ? "cannot delete %s" : "cannot assign to %s",
                         ps_expr_name(bad));
}

/* _PyPegen_check_legacy_stmt: print and exec, the Python 2 statements */
int ps_is_legacy_stmt(ps_parser *p, const ast_node *name)
{
    (void)p;
    return name->kind == AST_Name
        && (!strcmp(name->v.Name.id, "print") || !strcmp(name->v.Name.id, "exec"));
}

void *ps_arguments_parsing_error(ps_parser *p, const ast_node *call)
{
    int unpack = 0;
    for (int32_t i = 0; i < ast_seq_len(call->v.Call.keywords); i++)
        if (!((ast_node *)call->v.Call.keywords->items[i])->v.keyword.arg) unpack = 1;
    return ps_raise(p, DIAG_SYNTAX, 0, unpack ? "positional argument follows keyword argument unpacking"
                                              : "positional argument follows keyword argument");
}

const ast_node *ps_last_comprehension_item(const ast_node *comp)
{
    const ast_seq *ifs = comp->v.comprehension.ifs;
    if (ast_seq_len(ifs) == 0) return comp->v.comprehension.iter;
    return ifs->items[ifs->n - 1];
}

/* _PyPegen_nonparen_genexp_in_call: f(a, x for x in y) */
void *ps_nonparen_genexp_in_call(ps_parser *p, const ast_node *call, const ast_seq *comps)
{
    int32_t len = ast_seq_len(call->v.Call.args);
    if (len <= 1) return NULL;
    return ps_raise_range(p, call->v.Call.args->items[len - 1],
                          ps_last_comprehension_item(comps->items[comps->n - 1]),
                          "Generator expression must be parenthesized");
}

/* ------------------------------------------------------------------ */
/* Compile-time checks, for codeop.compile_command's verdict */

enum { CC_MODULE, CC_CLASS, CC_FUNC, CC_ASYNC_FUNC };

typedef struct cc_ctx { int scope, loop, comp; } cc_ctx;

static int cc_node(const ast_node *n, cc_ctx c);

static int cc_seq(const ast_seq *s, cc_ctx c)
{
    for (int32_t i = 0; i < ast_seq_len(s); i++)
        if (s->items[i] && cc_node(s->items[i], c) < 0) return -1;
    return 0;
}

/* All children of N in context C. */
static int cc_children(const ast_node *n, cc_ctx c)
{
    const ast_kind_desc *k = &ast_kinds[n->kind];
    for (int i = 0; i < k->nfields; i++) {
        const ast_field_desc *f = &k->fields[i];
        const void *fp = (const char *)n + f->offset;
        if (f->type == ASTF_NODE || f->type == ASTF_OPT) {
            const ast_node *ch = *(ast_node *const *)fp;
            if (ch && cc_node(ch, c) < 0) return -1;
        } else if (f->type == ASTF_SEQ) {
            if (cc_seq(*(ast_seq *const *)fp, c) < 0) return -1;
        }
    }
    return 0;
}

static int cc_node(const ast_node *n, cc_ctx c)
{
    cc_ctx in = c;
    int fn = c.scope == CC_FUNC || c.scope == CC_ASYNC_FUNC;
    switch (n->kind) {
    case AST_FunctionDef: case AST_AsyncFunctionDef:
        if (cc_seq(n->v.FunctionDef.decorator_list, c) < 0 || cc_node(n->v.FunctionDef.args, c) < 0
            || (n->v.FunctionDef.returns && cc_node(n->v.FunctionDef.returns, c) < 0))
            return -1;
        in.scope = n->kind == AST_AsyncFunctionDef ? CC_ASYNC_FUNC : CC_FUNC;
        in.loop = in.comp = 0;
        return cc_seq(n->v.FunctionDef.body, in);
    case AST_Lambda:
        if (cc_node(n->v.Lambda.args, c) < 0) return -1;
        in.scope = CC_FUNC;
        in.loop = in.comp = 0;
        return cc_node(n->v.Lambda.body, in);
    case AST_ClassDef:
        if (cc_seq(n->v.ClassDef.decorator_list, c) < 0 || cc_seq(n->v.ClassDef.bases, c) < 0
            || cc_seq(n->v.ClassDef.keywords, c) < 0)
            return -1;
        in.scope = CC_CLASS;
        in.loop = in.comp = 0;
        return cc_seq(n->v.ClassDef.body, in);
    case AST_For: case AST_AsyncFor: case AST_While: {
        if (n->kind == AST_AsyncFor && c.scope != CC_ASYNC_FUNC) return -1;
        const ast_seq *body = n->kind == AST_While ? n->v.While.body : n->v.For.body;
        const ast_seq *orelse = n->kind == AST_While ? n->v.While.orelse : n->v.For.orelse;
        if (n->kind == AST_While) {
            if (cc_node(n->v.While.test, c) < 0) return -1;
        } else if (cc_node(n->v.For.target, c) < 0 || cc_node(n->v.For.iter, c) < 0) {
            return -1;
        }
        in.loop = 1;
        return cc_seq(body, in) < 0 || cc_seq(orelse, c) < 0 ? -1 : 0;
    }
    case AST_AsyncWith:
        if (c.scope != CC_ASYNC_FUNC) return -1;
        break;
    case AST_Return:
        if (!fn) return -1;
        break;
    case AST_Break: case AST_Continue:
        if (!c.loop) return -1;
        break;
    case AST_Yield: case AST_YieldFrom:
        if (!fn || c.comp) return -1;
        break;
    case AST_Await:
        if (c.scope != CC_ASYNC_FUNC) return -1;
        break;
    case AST_Nonlocal:
        if (c.scope == CC_MODULE) return -1;
        break;
    case AST_ImportFrom: {
        const ast_seq *names = n->v.ImportFrom.names;
        if (c.scope != CC_MODULE && ast_seq_len(names) == 1
            && !strcmp(((ast_node *)names->items[0])->v.alias.name, "*"))
            return -1;
        break;
    }
    case AST_ListComp: case AST_SetComp: case AST_DictComp: case AST_GeneratorExp: {
        const ast_seq *gens = n->kind == AST_DictComp ? n->v.DictComp.generators : n->v.ListComp.generators;
        for (int32_t i = 0; i < ast_seq_len(gens); i++) {
            const ast_node *g = gens->items[i];
            if (g->v.comprehension.is_async && n->kind != AST_GeneratorExp && c.scope != CC_ASYNC_FUNC)
                return -1;
        }
        in.comp = 1;
        break;
    }
    default:
        break;
    }
    return cc_children(n, in);
}

int ps_compile_check(ar_arena *arena, ast_node *mod)
{
    diag_error e;
    if (!st_build(arena, mod, &e)) return -1;
    cc_ctx c = { CC_MODULE, 0, 0 };
    return cc_node(mod, c);
}

/* ------------------------------------------------------------------ */
/* Keyword typos: traceback.TracebackException._find_keyword_typos */

static const char *const ps_kwlist[] = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break",
    "class", "continue", "def", "del", "elif", "else", "except", "finally",
    "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
};
enum { PS_NKW = sizeof ps_kwlist / sizeof *ps_kwlist };

/* Python/suggestions.c: Levenshtein distance with case changes cheaper */
enum { SG_MOVE = 2, SG_CASE = 1, SG_MAX_STRING = 40 };

static int sg_subst(char a, char b)
{
    if ((a & 31) != (b & 31)) return SG_MOVE;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += 'a' - 'A';
    if ('A' <= b && b <= 'Z') b += 'a' - 'A';
    return a == b ? SG_CASE : SG_MOVE;
}

static size_t sg_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    size_t buf[SG_MAX_STRING];
    while (na && nb && a[0] == b[0]) { a++; na--; b++; nb--; }
    while (na && nb && a[na - 1] == b[nb - 1]) { na--; nb--; }
    if (na == 0 || nb == 0) return (na + nb) * SG_MOVE;
    if (na > SG_MAX_STRING || nb > SG_MAX_STRING) return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t tn = na; na = nb; nb = tn;
    }
    if ((nb - na) * SG_MOVE > max_cost) return max_cost + 1;
    size_t tmp = SG_MOVE;
    for (size_t i = 0; i < na; i++) { buf[i] = tmp; tmp += SG_MOVE; }
    size_t result = 0;
    for (size_t bi = 0; bi < nb; bi++) {
        char code = b[bi];
        size_t distance = result = bi * SG_MOVE;
        size_t minimum = (size_t)-1;
        for (size_t i = 0; i < na; i++) {
            size_t substitute = distance + (size_t)sg_subst(code, a[i]);
            distance = buf[i];
            size_t insdel = (result < distance ? result : distance) + SG_MOVE;
            result = insdel < substitute ? insdel : substitute;
            buf[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* _suggestions._generate_suggestions(keyword.kwlist, name) */
static const char *sg_suggest(const char *name, size_t n)
{
    size_t best = (size_t)-1;
    const char *sugg = NULL;
    for (int i = 0; i < PS_NKW; i++) {
        const char *k = ps_kwlist[i];
        size_t kn = strlen(k);
        if (kn == n && !memcmp(k, name, n)) continue;
        size_t max = (n + kn + 3) * SG_MOVE / 6;
        if (best - 1 < max) max = best - 1;
        size_t d = sg_distance(name, n, k, kn, max);
        if (d > max) continue;
        if (!sugg || d < best) { sugg = k; best = d; }
    }
    return sugg;
}

/* difflib.SequenceMatcher(None, a, b).ratio() for short strings */
static size_t dl_matches(const char *a, size_t alo, size_t ahi, const char *b, size_t blo, size_t bhi)
{
    /* find_longest_match: the longest block, the earliest in a, then in b */
    size_t besti = alo, bestj = blo, bestsize = 0;
    size_t j2len[64] = {0}, newj2len[64];
    if (bhi > 63) bhi = 63;
    for (size_t i = alo; i < ahi; i++) {
        memset(newj2len, 0, sizeof newj2len);
        for (size_t j = blo; j < bhi; j++) {
            if (a[i] != b[j]) continue;
            size_t k = newj2len[j + 1] = j2len[j] + 1;
            if (k > bestsize) { besti = i + 1 - k; bestj = j + 1 - k; bestsize = k; }
        }
        memcpy(j2len, newj2len, sizeof j2len);
    }
    if (!bestsize) return 0;
    size_t m = bestsize;
    if (alo < besti && blo < bestj) m += dl_matches(a, alo, besti, b, blo, bestj);
    if (besti + bestsize < ahi && bestj + bestsize < bhi)
        m += dl_matches(a, besti + bestsize, ahi, b, bestj + bestsize, bhi);
    return m;
}

/* difflib.get_close_matches(word, keyword.kwlist, n=3, cutoff=0.5) */
static int dl_close_matches(const char *word, size_t n, const char **out)
{
    double score[PS_NKW];
    int idx[PS_NKW], cnt = 0;
    for (int i = 0; i < PS_NKW; i++) {
        const char *x = ps_kwlist[i];
        size_t xn = strlen(x), total = xn + n;
        if (!total) continue;
        size_t mn = xn < n ? xn : n;
        if (2.0 * (double)mn / (double)total < 0.5) continue;      /* real_quick_ratio */
        int ca[256] = {0};
        size_t inter = 0;
        for (size_t k = 0; k < n; k++) ca[(unsigned char)word[k]]++;
        for (size_t k = 0; k < xn; k++)
            if (ca[(unsigned char)x[k]]-- > 0) inter++;
        if (2.0 * (double)inter / (double)total < 0.5) continue;   /* quick_ratio */
        double r = 2.0 * (double)dl_matches(x, 0, xn, word, 0, n < 63 ? n : 63) / (double)total;
        if (r < 0.5) continue;
        score[cnt] = r;
        idx[cnt++] = i;
    }
    /* heapq.nlargest on (score, keyword): ties go to the larger string */
    int nout = 0;
    for (; nout < 3 && nout < cnt; nout++) {
        int best = nout;
        for (int k = nout + 1; k < cnt; k++) {
            if (score[k] > score[best]
                || (score[k] == score[best] && strcmp(ps_kwlist[idx[k]], ps_kwlist[idx[best]]) > 0))
                best = k;
        }
        double ts = score[nout]; score[nout] = score[best]; score[best] = ts;
        int ti = idx[nout]; idx[nout] = idx[best]; idx[best] = ti;
        out[nout] = ps_kwlist[idx[nout]];
    }
    return nout;
}

/* textwrap.dedent of LINES[0..n): blank-only lines emptied, the common
 * leading whitespace removed; each line's removed prefix length goes to
 * CUT. */
static void dedent_lines(char **lines, size_t *lens, size_t n, size_t *cut)
{
    const char *margin = NULL;
    size_t mlen = 0;
    for (size_t i = 0; i < n; i++) {
        size_t k = 0;
        while (k < lens[i] && (lines[i][k] == ' ' || lines[i][k] == '\t')) k++;
        if (k == lens[i]) { lens[i] = 0; continue; }       /* whitespace only */
        if (!margin) { margin = lines[i]; mlen = k; continue; }
        size_t c = 0;
        while (c < mlen && c < k && margin[c] == lines[i][c]) c++;
        mlen = c;
    }
    for (size_t i = 0; i < n; i++) {
        cut[i] = lens[i] >= mlen && margin && !memcmp(lines[i], margin, mlen) ? mlen : 0;
        lines[i] += cut[i];
        lens[i] -= cut[i];
    }
}

int ps_keyword_typo_error(const char *src, size_t len, const diag_error *err, diag_error *out)
{
    if (err->kind != DIAG_SYNTAX && err->kind != DIAG_INDENTATION && err->kind != DIAG_TAB) return 0;
    if (strcmp(err->msg, "invalid syntax") && !strstr(err->msg, "Perhaps you forgot a comma")) return 0;
    int32_t line = err->stmt_lineno, end_line = err->lineno;
    int32_t first = line > 0 ? line : 1;
    if (end_line < first) return 0;
    size_t n = (size_t)(end_line - first + 1);
    char **lines = calloc(n, sizeof *lines);
    size_t *lens = calloc(n, sizeof *lens), *cut = calloc(n, sizeof *cut);
    char *code = NULL, *alt = NULL;
    int found = 0;
    tok_stream ts;
    memset(&ts, 0, sizeof ts);
    if (!lines || !lens || !cut) goto out;
    {
        /* lines[line-1 : end_line] of the file */
        const char *p = src, *end = src + len;
        for (int32_t l = 1; l < first && p < end; l++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            p = nl ? nl + 1 : end;
        }
        size_t got = 0;
        for (; got < n && p < end; got++) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            lines[got] = (char *)p;
            lens[got] = (size_t)((nl ? nl : end) - p);
            p = nl ? nl + 1 : end;
        }
        n = got;
    }
    if (!n) goto out;
    dedent_lines(lines, lens, n, cut);
    size_t clen = 0, chars = 0;
    for (size_t i = 0; i < n; i++) clen += lens[i] + 1;
    code = malloc(clen + 1);
    alt = malloc(clen + 64);
    if (!code || !alt) goto out;
    size_t off = 0;
    for (size_t i = 0; i < n; i++) {
        memcpy(code + off, lines[i], lens[i]);
        off += lens[i];
        if (i + 1 < n) code[off++] = '\n';
    }
    code[off] = 0;
    clen = off;
    for (size_t i = 0; i < clen; i++) chars += ((unsigned char)code[i] & 0xC0) != 0x80;
    if (chars > 1024) goto out;

    /* tokenize.generate_tokens over it; a lexical error ends the search */
    tok_tokenize(&ts, code, clen);
    int left = 10;
    int32_t want = line == 0 ? end_line : end_line + 1;
    for (size_t i = 0; i < ts.n && !found; i++) {
        const tok_token *t = &ts.toks[i];
        if (t->kind == TK_ERRORTOKEN) break;
        if (t->kind != TK_NAME) continue;           /* keywords have kinds of their own */
        if (t->lineno + line != want) continue;
        if (--left < 0) break;
        const char *name = code + t->start;
        size_t nn = t->end - t->start;
        const char *matches[4];
        int nm = 0;
        const char *sg = sg_suggest(name, nn);
        if (sg) matches[nm++] = sg;
        const char *close[3];
        int nc = dl_close_matches(name, nn, close);
        for (int k = 0; k < nc && nm < 3; k++) matches[nm++] = close[k];
        for (int k = 0; k < nm && !found; k++) {
            const char *kw = matches[k];
            size_t kl = strlen(kw);
            if (kl == nn && !memcmp(kw, name, nn)) continue;
            /* the token replaced by the keyword */
            memcpy(alt, code, t->start);
            memcpy(alt + t->start, kw, kl);
            memcpy(alt + t->start + kl, code + t->end, clen - t->end);
            size_t alen = t->start + kl + clen - t->end;
            alt[alen] = 0;
            if (!ps_compiles(alt, alen)) continue;
            found = 1;
            size_t li = (size_t)(t->lineno - 1);
            *out = *err;
            out->lineno = first + t->lineno - 1;
            out->end_lineno = first + t->end_lineno - 1;
            out->col = (int32_t)(cut[li] + (size_t)t->col);
            out->end_col = (int32_t)(cut[li] + (size_t)t->end_col);
            snprintf(out->msg, sizeof out->msg, "invalid syntax. Did you mean '%s'?", kw);
        }
    }
out:
    tok_free(&ts);
    free(lines);
    free(lens);
    free(cut);
    free(code);
    free(alt);
    return found;
}

int ps_keyword_typo(const char *src, size_t len, const diag_error *err, char *kw, size_t kwsize)
{
    diag_error e;
    if (!ps_keyword_typo_error(src, len, err, &e)) return 0;
    const char *q = strchr(e.msg, '\'');
    const char *r = q ? strchr(q + 1, '\'') : NULL;
    if (!q || !r || (size_t)(r - q - 1) >= kwsize) return 0;
    memcpy(kw, q + 1, (size_t)(r - q - 1));
    kw[r - q - 1] = 0;
    return 1;
}
