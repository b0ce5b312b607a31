/* Symbol table tests against CPython 3.14.
 *
 *   test_symtable DIR     for every DIR/NAME.py and DIR/SUBDIR/NAME.py with
 *                         a NAME.py.symtable beside it: parse, build the
 *                         symbol table, print it with st_dump (or, when
 *                         building fails, "LINE: MESSAGE" and "range:
 *                         LINE:OFFSET-END_LINE:END_OFFSET" with the 1-based
 *                         offsets CPython's SyntaxError has, which for
 *                         symtable errors count UTF-8 bytes), and compare
 *                         with the
 *                         expected text, which tools/symtable_dump.py made
 *                         under CPython 3.14 (tests/symtable/gen_expected.sh).
 *   test_symtable FILE    prints that text for one file.
 *
 * With a DIR it also checks the API the code generator uses (block lookup
 * by node, mangling, cell and free variable lists) on a few sources.
 *
 * The last line is "N passed, N failed"; the exit status is nonzero on
 * any failure. */
#define _GNU_SOURCE
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compile/symtable.h"
#include "parse/parser.h"

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap + 1);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) { free(buf); buf = NULL; break; }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (!buf) return NULL;
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* The test's text for one source file, malloc'd. */
static char *run_one(const char *bytes, size_t n)
{
    char *out = NULL;
    size_t outlen = 0;
    FILE *f = open_memstream(&out, &outlen);
    if (!f) return NULL;
    ps_result res;
    memset(&res, 0, sizeof res);
    if (ps_parse(bytes, n, PS_EXEC, NULL, &res) < 0) {
        fprintf(f, "parse error: %d: %s\n", (int)res.err.lineno, res.err.msg);
    } else {
        diag_error err;
        st_table *t = st_build(res.arena, res.mod, &err);
        if (!t) {
            fprintf(f, "%d: %s\n", (int)err.lineno, err.msg);
            /* CPython's symtable errors give SyntaxError byte offsets
             * (col_offset + 1), unlike the parser's character offsets. */
            fprintf(f, "range: %d:%d-%d:%d\n", (int)err.lineno, (int)err.col + 1,
                    (int)err.end_lineno, (int)err.end_col + 1);
        } else {
            st_dump(t, f);
        }
    }
    if (res.arena) ar_free(res.arena);
    fclose(f);
    return out;
}

static int passed, failed;

static void report_diff(const char *name, const char *want, const char *got)
{
    int line = 1;
    const char *w = want, *g = got;
    while (*w && *g && *w == *g) {
        if (*w == '\n') line++;
        w++;
        g++;
    }
    const char *wl = w, *gl = g;
    while (wl > want && wl[-1] != '\n') wl--;
    while (gl > got && gl[-1] != '\n') gl--;
    printf("FAIL %s (line %d)\n  want: %.*s\n  got:  %.*s\n", name, line,
           (int)strcspn(wl, "\n"), wl, (int)strcspn(gl, "\n"), gl);
}

static void test_file(const char *path)
{
    char *exp_path = NULL;
    if (asprintf(&exp_path, "%s.symtable", path) < 0) exit(2);
    size_t n, en;
    char *want = read_file(exp_path, &en);
    free(exp_path);
    if (!want) return;  /* no expected output: not a test */
    char *src = read_file(path, &n);
    char *got = src ? run_one(src, n) : NULL;
    if (got && strcmp(got, want) == 0) {
        passed++;
    } else {
        failed++;
        report_diff(path, want, got ? got : "(no output)");
    }
    free(want);
    free(src);
    free(got);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_dir(const char *dir, int depth)
{
    DIR *d = opendir(dir);
    if (!d) {
        printf("cannot open %s\n", dir);
        failed++;
        return;
    }
    char **names = NULL;
    size_t count = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.') continue;
        if (count == cap) {
            cap = cap ? cap * 2 : 64;
            names = realloc(names, cap * sizeof *names);
            if (!names) exit(2);
        }
        names[count++] = strdup(de->d_name);
    }
    closedir(d);
    qsort(names, count, sizeof *names, cmp_str);
    for (size_t i = 0; i < count; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        struct stat st;
        size_t len = strlen(names[i]);
        if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            if (depth < 2) test_dir(path, depth + 1);
        } else if (len > 3 && strcmp(names[i] + len - 3, ".py") == 0) {
            test_file(path);
        }
        free(names[i]);
    }
    free(names);
}

/* ---- checks of the API the code generator uses ---- */

static void check(int ok, const char *what)
{
    if (ok) {
        passed++;
    } else {
        failed++;
        printf("FAIL api: %s\n", what);
    }
}

static int streq(const char *a, const char *b) { return a && b && strcmp(a, b) == 0; }

static void api_checks(void)
{
    static const char src[] =
        "class C[T: int = str]:\n"
        "    def m[U](self, __x: U) -> T:\n"
        "        return super().m(__x)\n"
        "    r = [lambda: y for y in z]\n"
        "def f(a, b=1, *c, d, **e):\n"
        "    g = 1\n"
        "    return lambda: g\n"
        "type A[K] = list[K]\n"
        "x: int\n";
    ps_result res;
    memset(&res, 0, sizeof res);
    if (ps_parse(src, sizeof src - 1, PS_EXEC, NULL, &res) < 0) {
        check(0, "parse");
        if (res.arena) ar_free(res.arena);
        return;
    }
    diag_error err;
    st_table *t = st_build(res.arena, res.mod, &err);
    check(t != NULL, "build");
    if (!t) {
        ar_free(res.arena);
        return;
    }
    ast_seq *body = res.mod->v.Module.body;
    ast_node *cls = body->items[0], *fdef = body->items[1], *alias = body->items[2];
    ast_node *meth = cls->v.ClassDef.body->items[0];
    ast_node *tpT = cls->v.ClassDef.type_params->items[0];
    ast_node *comp = ((ast_node *)cls->v.ClassDef.body->items[1])->v.Assign.value;

    st_block *top = st_top(t);
    check(top->kind == ST_MODULE_BLOCK && streq(top->name, "top"), "top block");
    check(st_block_of(t, res.mod) == top, "block of the module node");
    check(top->has_conditional_annotations && top->annotation_block
          && top->annotation_block->kind == ST_ANNOTATION_BLOCK, "module annotations");
    check(top->ncellvars == 1 && streq(top->cellvars[0], "__conditional_annotations__"),
          "module cellvars");

    st_block *c = st_block_of(t, cls), *ctp = st_type_params_block(t, cls);
    check(c && c->kind == ST_CLASS_BLOCK && streq(c->name, "C"), "class block");
    check(ctp && ctp->kind == ST_TYPE_PARAMETERS_BLOCK && c->parent == ctp, "generic class");
    check(st_scope(ctp, ".type_params") == ST_CELL && st_scope(ctp, "T") == ST_CELL,
          "type params cells");
    st_block *bound = st_type_param_block(t, tpT, 0), *def = st_type_param_block(t, tpT, 1);
    check(bound && bound->kind == ST_TYPE_VARIABLE_BLOCK
          && streq(bound->scope_info, "a TypeVar bound"), "TypeVar bound block");
    check(def && def != bound && streq(def->scope_info, "a TypeVar default"),
          "TypeVar default block");
    check(c->needs_class_closure && c->needs_classdict, "class implicit cells");
    check(c->ncellvars == 3 && streq(c->cellvars[0], "y") && streq(c->cellvars[1], "__class__")
          && streq(c->cellvars[2], "__classdict__"), "class cellvars order");
    check(c->nfreevars == 2 && streq(c->freevars[0], ".type_params")
          && streq(c->freevars[1], "T"), "class freevars");

    st_block *m = st_block_of(t, meth), *msig = st_signature_block(t, meth);
    /* Built inside its type-parameter block, not the class: not a "method"
     * (CO_METHOD), as in CPython. */
    check(m && m->kind == ST_FUNCTION_BLOCK && !m->method && m->nested, "method block");
    check(msig && msig->kind == ST_ANNOTATION_BLOCK && streq(msig->function_name, "m")
          && m->signature_annotations == msig && msig->can_see_class_scope,
          "method signature annotations");
    check(m->nvarnames == 2 && streq(m->varnames[0], "self")
          && streq(m->varnames[1], "_C__x"), "method params mangled");
    const char *mx = st_maybe_mangle(t, "C", m, "__x");
    check(streq(mx, "_C__x") && st_scope(m, mx) == ST_LOCAL
          && (st_flags(m, mx) & ST_DEF_PARAM), "mangled lookup");
    check(streq(st_mangle(t, "_C", "__y"), "_C__y") && streq(st_mangle(t, "C", "__y__"), "__y__")
          && streq(st_mangle(t, "__", "__y"), "__y") && streq(st_mangle(t, NULL, "__y"), "__y"),
          "mangling rules");
    check(st_scope(m, "__class__") == ST_FREE && m->nfreevars == 1, "super() uses __class__");
    check(st_find(m, "nonexistent") == NULL && st_scope(m, "nonexistent") == ST_SCOPE_NONE,
          "absent name");

    st_block *lc = st_block_of(t, comp);
    check(lc && lc->comprehension == ST_COMP_LIST && lc->comp_inlined, "inlined listcomp");
    check(st_scope(c, "y") == ST_CELL && (st_flags(c, "y") & ST_DEF_COMP_CELL),
          "inlined comprehension cell");

    st_block *f = st_block_of(t, fdef);
    check(f && f->varargs && f->varkeywords && f->nvarnames == 5, "function params");
    check(f->ncellvars == 1 && streq(f->cellvars[0], "g") && f->nchildren == 1
          && f->children[0]->nfreevars == 1 && streq(f->children[0]->freevars[0], "g"),
          "closure cell and free");

    st_block *a = st_block_of(t, alias), *atp = st_type_params_block(t, alias);
    check(a && a->kind == ST_TYPE_ALIAS_BLOCK && atp && a->parent == atp
          && st_scope(a, "K") == ST_FREE, "type alias blocks");
    check(st_features(t) == 0, "no future features");

    /* Out of memory at every point: a clean DIAG_MEMORY failure, until
     * the arena is large enough. */
    int oom_ok = 1;
    for (size_t limit = 16;; limit += 48) {  /* 0 would mean no limit */
        ar_arena *small = ar_new(limit);
        if (!small) {
            oom_ok = 0;
            break;
        }
        st_table *t2 = st_build(small, res.mod, &err);
        int done = t2 != NULL;
        if (!done && err.kind != DIAG_MEMORY) oom_ok = 0;
        ar_free(small);
        if (done || !oom_ok || limit > (1u << 22)) break;
    }
    check(oom_ok, "out-of-memory handling");
    ar_free(res.arena);

    /* from __future__ import annotations: annotation blocks stay out. */
    static const char src2[] = "from __future__ import annotations\nx: int\n";
    memset(&res, 0, sizeof res);
    if (ps_parse(src2, sizeof src2 - 1, PS_EXEC, NULL, &res) == 0
        && (t = st_build(res.arena, res.mod, &err)) != NULL) {
        check(st_features(t) & ST_FUTURE_ANNOTATIONS, "future annotations feature");
        check(st_top(t)->nchildren == 0 && st_top(t)->annotation_block != NULL,
              "future annotations: block built but not a child");
    } else {
        check(0, "future source");
    }
    if (res.arena) ar_free(res.arena);

    /* Top-level await (asyncio REPL) only with the flag. */
    static const char src3[] = "await x\n";
    memset(&res, 0, sizeof res);
    if (ps_parse(src3, sizeof src3 - 1, PS_EXEC, NULL, &res) == 0) {
        check(st_build(res.arena, res.mod, &err) == NULL && err.kind == DIAG_SYNTAX
              && streq(err.msg, "'await' outside function") && err.lineno == 1
              && err.col == 0 && err.end_col == 7, "await outside function");
        t = st_build_ex(res.arena, res.mod, ST_CF_ALLOW_TOP_LEVEL_AWAIT, &err);
        check(t && st_top(t)->coroutine, "top-level await allowed");
    } else {
        check(0, "await source");
    }
    if (res.arena) ar_free(res.arena);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: test_symtable DIR | FILE.py\n");
        return 2;
    }
    struct stat st;
    if (stat(argv[1], &st) == 0 && !S_ISDIR(st.st_mode)) {
        size_t n;
        char *src = read_file(argv[1], &n);
        char *out = src ? run_one(src, n) : NULL;
        if (out) fputs(out, stdout);
        free(src);
        free(out);
        return out ? 0 : 1;
    }
    test_dir(argv[1], 0);
    api_checks();
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
