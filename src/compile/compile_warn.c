/* Compile-time warnings CPython 3.14 emits before code generation (its
 * AST preprocessing pass): PEP 765's "'return' in a 'finally' block" and
 * the same for break and continue.  Only the innermost context counts: a
 * finally body, a function body or a loop body. */
#include "compile_int.h"

#include <stdio.h>

typedef enum { CF_NONE, CF_FINALLY, CF_FUNC, CF_LOOP } cf_kind;

static void warn(const diag_sink *sink, ast_node *s, const char *kw)
{
    char msg[64];
    snprintf(msg, sizeof msg, "'%s' in a 'finally' block", kw);
    sink->warn(sink->ctx, s->lineno, s->col_offset, "SyntaxWarning", msg);
}

static void walk(const diag_sink *sink, ast_seq *body, cf_kind top);

static void walk_stmt(const diag_sink *sink, ast_node *s, cf_kind top)
{
    switch ((ast_kind)s->kind) {
    case AST_Return:
        if (top == CF_FINALLY) warn(sink, s, "return");
        break;
    case AST_Break:
        if (top == CF_FINALLY) warn(sink, s, "break");
        break;
    case AST_Continue:
        if (top == CF_FINALLY) warn(sink, s, "continue");
        break;
    case AST_FunctionDef: walk(sink, s->v.FunctionDef.body, CF_FUNC); break;
    case AST_AsyncFunctionDef: walk(sink, s->v.AsyncFunctionDef.body, CF_FUNC); break;
    case AST_ClassDef: walk(sink, s->v.ClassDef.body, top); break;
    case AST_For:
        walk(sink, s->v.For.body, CF_LOOP);
        walk(sink, s->v.For.orelse, top);
        break;
    case AST_AsyncFor:
        walk(sink, s->v.AsyncFor.body, CF_LOOP);
        walk(sink, s->v.AsyncFor.orelse, top);
        break;
    case AST_While:
        walk(sink, s->v.While.body, CF_LOOP);
        walk(sink, s->v.While.orelse, top);
        break;
    case AST_If:
        walk(sink, s->v.If.body, top);
        walk(sink, s->v.If.orelse, top);
        break;
    case AST_With: walk(sink, s->v.With.body, top); break;
    case AST_AsyncWith: walk(sink, s->v.AsyncWith.body, top); break;
    case AST_Match:
        for (int32_t i = 0; i < ast_seq_len(s->v.Match.cases); i++)
            walk(sink, ((ast_node *)s->v.Match.cases->items[i])->v.match_case.body, top);
        break;
    case AST_Try: case AST_TryStar: {
        bool star = s->kind == AST_TryStar;
        walk(sink, star ? s->v.TryStar.body : s->v.Try.body, top);
        ast_seq *h = star ? s->v.TryStar.handlers : s->v.Try.handlers;
        for (int32_t i = 0; i < ast_seq_len(h); i++)
            walk(sink, ((ast_node *)h->items[i])->v.ExceptHandler.body, top);
        walk(sink, star ? s->v.TryStar.orelse : s->v.Try.orelse, top);
        walk(sink, star ? s->v.TryStar.finalbody : s->v.Try.finalbody, CF_FINALLY);
        break;
    }
    default:
        break;
    }
}

static void walk(const diag_sink *sink, ast_seq *body, cf_kind top)
{
    for (int32_t i = 0; i < ast_seq_len(body); i++) walk_stmt(sink, body->items[i], top);
}

void cc_preprocess_warnings(ast_node *mod, const diag_sink *sink);
void cc_preprocess_warnings(ast_node *mod, const diag_sink *sink)
{
    if (!sink || !sink->warn) return;
    if (mod->kind == AST_Module) walk(sink, mod->v.Module.body, CF_NONE);
    else if (mod->kind == AST_Interactive) walk(sink, mod->v.Interactive.body, CF_NONE);
}
