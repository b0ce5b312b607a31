/* Statements: CPython 3.14's codegen_visit_stmt and the control flow it
 * builds (loops, try / except / except* / finally, with, async for/with,
 * return / break / continue unwinding through frame blocks, imports,
 * assignments, annotations). */
#include "compile_int.h"

int cc_addop_inplace(cc_c *c, cc_pos loc, ast_operator op);
int cc_addcompare(cc_c *c, cc_pos loc, ast_cmpop op);
bool cc_two_element_slice(ast_node *s);
int cc_slice_two_parts(cc_c *c, ast_node *s);
int cc_annotation_text(cc_c *c, ast_node *e, cc_pos loc);

int cc_stmts(cc_c *c, ast_seq *s)
{
    for (int32_t i = 0; i < ast_seq_len(s); i++) TRY(cc_stmt(c, s->items[i]));
    return 0;
}

int cc_call_exit_with_nones(cc_c *c, cc_pos loc)
{
    TRY(cc_load_none(c, loc));
    TRY(cc_load_none(c, loc));
    TRY(cc_load_none(c, loc));
    return cc_emit(c, OP_CALL, 3, loc);
}

static int pop_except_and_reraise(cc_c *c, cc_pos loc)
{
    TRY(cc_emit(c, OP_COPY, 3, loc));
    TRY(cc_emit(c, OP_POP_EXCEPT, 0, loc));
    return cc_emit(c, OP_RERAISE, 1, loc);
}

/* ------------------------------------------------------------------ */
/* Unwinding frame blocks (return, break, continue) */

static int unwind_fblock(cc_c *c, cc_pos *ploc, cc_fblock *info, int preserve_tos)
{
    switch (info->type) {
    case FB_WHILE_LOOP: case FB_EXCEPTION_HANDLER: case FB_EXCEPTION_GROUP_HANDLER:
    case FB_ASYNC_COMPREHENSION_GENERATOR: case FB_STOP_ITERATION:
        return 0;
    case FB_FOR_LOOP:
        if (preserve_tos) TRY(cc_emit(c, OP_SWAP, 2, *ploc));
        return cc_emit(c, OP_POP_TOP, 0, *ploc);
    case FB_TRY_EXCEPT:
        return cc_emit(c, PS_POP_BLOCK, 0, *ploc);
    case FB_FINALLY_TRY:
        TRY(cc_emit(c, PS_POP_BLOCK, 0, *ploc));
        if (preserve_tos) TRY(cc_push_fblock(c, *ploc, FB_POP_VALUE, -1, -1, NULL));
        TRY(cc_stmts(c, (ast_seq *)info->datum));
        if (preserve_tos) cc_pop_fblock(c);
        *ploc = CC_NO_LOCATION;
        return 0;
    case FB_FINALLY_END:
        if (preserve_tos) TRY(cc_emit(c, OP_SWAP, 2, *ploc));
        TRY(cc_emit(c, OP_POP_TOP, 0, *ploc));
        if (preserve_tos) TRY(cc_emit(c, OP_SWAP, 2, *ploc));
        TRY(cc_emit(c, PS_POP_BLOCK, 0, *ploc));
        return cc_emit(c, OP_POP_EXCEPT, 0, *ploc);
    case FB_WITH: case FB_ASYNC_WITH:
        *ploc = info->loc;
        TRY(cc_emit(c, PS_POP_BLOCK, 0, *ploc));
        if (preserve_tos) {
            TRY(cc_emit(c, OP_SWAP, 3, *ploc));
            TRY(cc_emit(c, OP_SWAP, 2, *ploc));
        }
        TRY(cc_call_exit_with_nones(c, *ploc));
        if (info->type == FB_ASYNC_WITH) {
            TRY(cc_emit(c, OP_GET_AWAITABLE, 2, *ploc));
            TRY(cc_load_none(c, *ploc));
            TRY(cc_add_yield_from(c, *ploc, 1));
        }
        TRY(cc_emit(c, OP_POP_TOP, 0, *ploc));
        *ploc = CC_NO_LOCATION;
        return 0;
    case FB_HANDLER_CLEANUP:
        if (info->datum) TRY(cc_emit(c, PS_POP_BLOCK, 0, *ploc));
        if (preserve_tos) TRY(cc_emit(c, OP_SWAP, 2, *ploc));
        TRY(cc_emit(c, PS_POP_BLOCK, 0, *ploc));
        TRY(cc_emit(c, OP_POP_EXCEPT, 0, *ploc));
        if (info->datum) {
            TRY(cc_load_none(c, *ploc));
            TRY(cc_nameop(c, *ploc, info->datum, AST_Store));
            TRY(cc_nameop(c, *ploc, info->datum, AST_Del));
        }
        return 0;
    case FB_POP_VALUE:
        if (preserve_tos) TRY(cc_emit(c, OP_SWAP, 2, *ploc));
        return cc_emit(c, OP_POP_TOP, 0, *ploc);
    }
    return 0;
}

static int unwind_fblock_stack(cc_c *c, cc_pos *ploc, int preserve_tos, cc_fblock **loop)
{
    cc_u *u = c->u;
    if (!u->nfblocks) return 0;
    cc_fblock *top = &u->fblocks[u->nfblocks - 1];
    if (top->type == FB_EXCEPTION_GROUP_HANDLER)
        return cc_error(c, *ploc, "'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top->type == FB_WHILE_LOOP || top->type == FB_FOR_LOOP)) {
        *loop = top;
        return 0;
    }
    cc_fblock copy = *top;
    u->nfblocks--;
    TRY(unwind_fblock(c, ploc, &copy, preserve_tos));
    TRY(unwind_fblock_stack(c, ploc, preserve_tos, loop));
    u->fblocks[u->nfblocks++] = copy;
    return 0;
}

static int return_stmt(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    ast_node *v = s->v.Return.value;
    int preserve_tos = v && v->kind != AST_Constant;
    st_block *ste = c->u->ste;
    if (!st_is_function_like(ste)) return cc_error(c, loc, "'return' outside function");
    if (v && ste->coroutine && ste->generator)
        return cc_error(c, loc, "'return' with value in async generator");
    if (preserve_tos) {
        TRY(cc_expr(c, v));
    } else if (v) {
        loc = cc_loc(v);
        TRY(cc_emit(c, OP_NOP, 0, loc));
    }
    if (!v || v->lineno != s->lineno) {
        loc = cc_loc(s);
        TRY(cc_emit(c, OP_NOP, 0, loc));
    }
    TRY(unwind_fblock_stack(c, &loc, preserve_tos, NULL));
    if (!v) {
        TRY(cc_load_none(c, loc));
    } else if (!preserve_tos) {
        cc_const k;
        int r = cc_const_of(c, v, &k);
        if (r < 0) return -1;
        TRY(cc_load_const(c, &k, loc));
    }
    return cc_emit(c, OP_RETURN_VALUE, 0, loc);
}

static int break_stmt(cc_c *c, cc_pos loc)
{
    cc_fblock *loop = NULL;
    cc_pos origin = loc;
    TRY(cc_emit(c, OP_NOP, 0, loc));
    TRY(unwind_fblock_stack(c, &loc, 0, &loop));
    if (!loop) return cc_error(c, origin, "'break' outside loop");
    cc_fblock copy = *loop;
    TRY(unwind_fblock(c, &loc, &copy, 0));
    return cc_emit_jump(c, PS_JUMP, copy.exit, loc);
}

static int continue_stmt(cc_c *c, cc_pos loc)
{
    cc_fblock *loop = NULL;
    cc_pos origin = loc;
    TRY(cc_emit(c, OP_NOP, 0, loc));
    TRY(unwind_fblock_stack(c, &loc, 0, &loop));
    if (!loop) return cc_error(c, origin, "'continue' not properly in loop");
    return cc_emit_jump(c, PS_JUMP, loop->block, loc);
}

/* ------------------------------------------------------------------ */
/* Loops and conditionals */

static int if_stmt(cc_c *c, ast_node *s)
{
    int32_t end = cc_new_block(c), next = end;
    if (end < 0) return -1;
    if (ast_seq_len(s->v.If.orelse)) {
        next = cc_new_block(c);
        if (next < 0) return -1;
    }
    TRY(cc_jump_if(c, cc_loc(s), s->v.If.test, next, 0));
    TRY(cc_stmts(c, s->v.If.body));
    if (ast_seq_len(s->v.If.orelse)) {
        TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
        cc_use_block(c, next);
        TRY(cc_stmts(c, s->v.If.orelse));
    }
    cc_use_block(c, end);
    return 0;
}

static int for_stmt(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    int32_t start = cc_new_block(c), body = cc_new_block(c), cleanup = cc_new_block(c),
            end = cc_new_block(c);
    if (start < 0 || body < 0 || cleanup < 0 || end < 0) return -1;
    TRY(cc_push_fblock(c, loc, FB_FOR_LOOP, start, end, NULL));
    TRY(cc_expr(c, s->v.For.iter));
    loc = cc_loc(s->v.For.iter);
    TRY(cc_emit(c, OP_GET_ITER, 0, loc));
    cc_use_block(c, start);
    TRY(cc_emit_jump(c, OP_FOR_ITER, cleanup, loc));
    TRY(cc_emit(c, OP_NOP, 0, cc_loc(s->v.For.target)));
    cc_use_block(c, body);
    TRY(cc_expr(c, s->v.For.target));
    TRY(cc_stmts(c, s->v.For.body));
    TRY(cc_emit_jump(c, PS_JUMP, start, CC_NO_LOCATION));
    cc_use_block(c, cleanup);
    cc_pop_fblock(c);
    TRY(cc_stmts(c, s->v.For.orelse));
    cc_use_block(c, end);
    return 0;
}

static int async_for_stmt(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    int32_t start = cc_new_block(c), send = cc_new_block(c), except = cc_new_block(c),
            end = cc_new_block(c);
    if (start < 0 || send < 0 || except < 0 || end < 0) return -1;
    TRY(cc_expr(c, s->v.AsyncFor.iter));
    TRY(cc_emit(c, OP_GET_AITER, 0, cc_loc(s->v.AsyncFor.iter)));
    cc_use_block(c, start);
    TRY(cc_push_fblock(c, loc, FB_FOR_LOOP, start, end, NULL));
    TRY(cc_emit_jump(c, PS_SETUP_FINALLY, except, loc));
    TRY(cc_emit(c, OP_GET_ANEXT, 0, loc));
    TRY(cc_load_none(c, loc));
    cc_use_block(c, send);
    TRY(cc_add_yield_from(c, loc, 1));
    TRY(cc_emit(c, PS_POP_BLOCK, 0, loc));
    TRY(cc_expr(c, s->v.AsyncFor.target));
    TRY(cc_stmts(c, s->v.AsyncFor.body));
    TRY(cc_emit_jump(c, PS_JUMP, start, CC_NO_LOCATION));
    cc_pop_fblock(c);
    cc_use_block(c, except);
    TRY(cc_emit(c, OP_END_ASYNC_FOR, 0, cc_loc(s->v.AsyncFor.iter)));
    TRY(cc_stmts(c, s->v.AsyncFor.orelse));
    cc_use_block(c, end);
    return 0;
}

static int while_stmt(cc_c *c, ast_node *s)
{
    int32_t loop = cc_new_block(c), end = cc_new_block(c), anchor = cc_new_block(c);
    if (loop < 0 || end < 0 || anchor < 0) return -1;
    cc_use_block(c, loop);
    TRY(cc_push_fblock(c, cc_loc(s), FB_WHILE_LOOP, loop, end, NULL));
    TRY(cc_jump_if(c, cc_loc(s), s->v.While.test, anchor, 0));
    TRY(cc_stmts(c, s->v.While.body));
    TRY(cc_emit_jump(c, PS_JUMP, loop, CC_NO_LOCATION));
    cc_pop_fblock(c);
    cc_use_block(c, anchor);
    TRY(cc_stmts(c, s->v.While.orelse));
    cc_use_block(c, end);
    return 0;
}

/* ------------------------------------------------------------------ */
/* try */

static int try_except(cc_c *c, ast_node *s);

static int try_finally(cc_c *c, ast_node *s, bool star)
{
    cc_pos loc = cc_loc(s);
    ast_seq *handlers = star ? s->v.TryStar.handlers : s->v.Try.handlers;
    ast_seq *body = star ? s->v.TryStar.body : s->v.Try.body;
    ast_seq *finalbody = star ? s->v.TryStar.finalbody : s->v.Try.finalbody;
    int32_t bodyb = cc_new_block(c), end = cc_new_block(c), exit = cc_new_block(c),
            cleanup = cc_new_block(c);
    if (bodyb < 0 || end < 0 || exit < 0 || cleanup < 0) return -1;
    TRY(cc_emit_jump(c, PS_SETUP_FINALLY, end, loc));
    cc_use_block(c, bodyb);
    TRY(cc_push_fblock(c, loc, FB_FINALLY_TRY, bodyb, end, finalbody));
    if (ast_seq_len(handlers)) TRY(try_except(c, s));
    else TRY(cc_stmts(c, body));
    TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
    cc_pop_fblock(c);
    TRY(cc_stmts(c, finalbody));
    TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, exit, CC_NO_LOCATION));
    cc_use_block(c, end);
    loc = CC_NO_LOCATION;
    TRY(cc_emit_jump(c, PS_SETUP_CLEANUP, cleanup, loc));
    TRY(cc_emit(c, OP_PUSH_EXC_INFO, 0, loc));
    TRY(cc_push_fblock(c, loc, FB_FINALLY_END, end, -1, NULL));
    TRY(cc_stmts(c, finalbody));
    cc_pop_fblock(c);
    TRY(cc_emit(c, OP_RERAISE, 0, loc));
    cc_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c, loc));
    cc_use_block(c, exit);
    return 0;
}

static int try_except_plain(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    int32_t body = cc_new_block(c), except = cc_new_block(c), end = cc_new_block(c),
            cleanup = cc_new_block(c);
    if (body < 0 || except < 0 || end < 0 || cleanup < 0) return -1;
    TRY(cc_emit_jump(c, PS_SETUP_FINALLY, except, loc));
    cc_use_block(c, body);
    TRY(cc_push_fblock(c, loc, FB_TRY_EXCEPT, body, -1, NULL));
    TRY(cc_stmts(c, s->v.Try.body));
    cc_pop_fblock(c);
    TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
    TRY(cc_stmts(c, s->v.Try.orelse));
    TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
    int32_t n = ast_seq_len(s->v.Try.handlers);
    cc_use_block(c, except);
    TRY(cc_emit_jump(c, PS_SETUP_CLEANUP, cleanup, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_PUSH_EXC_INFO, 0, CC_NO_LOCATION));
    TRY(cc_push_fblock(c, loc, FB_EXCEPTION_HANDLER, -1, -1, NULL));
    for (int32_t i = 0; i < n; i++) {
        ast_node *h = s->v.Try.handlers->items[i];
        cc_pos hl = cc_loc(h);
        if (!h->v.ExceptHandler.type && i < n - 1)
            return cc_error(c, hl, "default 'except:' must be last");
        except = cc_new_block(c);
        if (except < 0) return -1;
        if (h->v.ExceptHandler.type) {
            TRY(cc_expr(c, h->v.ExceptHandler.type));
            TRY(cc_emit(c, OP_CHECK_EXC_MATCH, 0, hl));
            TRY(cc_emit_jump(c, OP_POP_JUMP_IF_FALSE, except, hl));
        }
        const char *name = h->v.ExceptHandler.name;
        if (name) {
            int32_t cleanup_end = cc_new_block(c), cleanup_body = cc_new_block(c);
            if (cleanup_end < 0 || cleanup_body < 0) return -1;
            TRY(cc_nameop(c, hl, name, AST_Store));
            TRY(cc_emit_jump(c, PS_SETUP_CLEANUP, cleanup_end, hl));
            cc_use_block(c, cleanup_body);
            TRY(cc_push_fblock(c, hl, FB_HANDLER_CLEANUP, cleanup_body, -1, name));
            TRY(cc_stmts(c, h->v.ExceptHandler.body));
            cc_pop_fblock(c);
            TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
            TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
            TRY(cc_emit(c, OP_POP_EXCEPT, 0, CC_NO_LOCATION));
            TRY(cc_load_none(c, CC_NO_LOCATION));
            TRY(cc_nameop(c, CC_NO_LOCATION, name, AST_Store));
            TRY(cc_nameop(c, CC_NO_LOCATION, name, AST_Del));
            TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
            cc_use_block(c, cleanup_end);
            TRY(cc_load_none(c, CC_NO_LOCATION));
            TRY(cc_nameop(c, CC_NO_LOCATION, name, AST_Store));
            TRY(cc_nameop(c, CC_NO_LOCATION, name, AST_Del));
            TRY(cc_emit(c, OP_RERAISE, 1, CC_NO_LOCATION));
        } else {
            int32_t cleanup_body = cc_new_block(c);
            if (cleanup_body < 0) return -1;
            TRY(cc_emit(c, OP_POP_TOP, 0, hl));
            cc_use_block(c, cleanup_body);
            TRY(cc_push_fblock(c, hl, FB_HANDLER_CLEANUP, cleanup_body, -1, NULL));
            TRY(cc_stmts(c, h->v.ExceptHandler.body));
            cc_pop_fblock(c);
            TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
            TRY(cc_emit(c, OP_POP_EXCEPT, 0, CC_NO_LOCATION));
            TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
        }
        cc_use_block(c, except);
    }
    cc_pop_fblock(c);
    TRY(cc_emit(c, OP_RERAISE, 0, CC_NO_LOCATION));
    cc_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c, CC_NO_LOCATION));
    cc_use_block(c, end);
    return 0;
}

static int try_star_except(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    int32_t body = cc_new_block(c), except = cc_new_block(c), orelse = cc_new_block(c),
            end = cc_new_block(c), cleanup = cc_new_block(c), reraise_star = cc_new_block(c);
    if (body < 0 || except < 0 || orelse < 0 || end < 0 || cleanup < 0 || reraise_star < 0)
        return -1;
    TRY(cc_emit_jump(c, PS_SETUP_FINALLY, except, loc));
    cc_use_block(c, body);
    TRY(cc_push_fblock(c, loc, FB_TRY_EXCEPT, body, -1, NULL));
    TRY(cc_stmts(c, s->v.TryStar.body));
    cc_pop_fblock(c);
    TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
    TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, orelse, CC_NO_LOCATION));
    int32_t n = ast_seq_len(s->v.TryStar.handlers);
    cc_use_block(c, except);
    TRY(cc_emit_jump(c, PS_SETUP_CLEANUP, cleanup, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_PUSH_EXC_INFO, 0, CC_NO_LOCATION));
    TRY(cc_push_fblock(c, loc, FB_EXCEPTION_GROUP_HANDLER, -1, -1, "except handler"));
    for (int32_t i = 0; i < n; i++) {
        ast_node *h = s->v.TryStar.handlers->items[i];
        cc_pos hl = cc_loc(h);
        except = cc_new_block(c);
        int32_t except_with_error = cc_new_block(c), no_match = cc_new_block(c);
        if (except < 0 || except_with_error < 0 || no_match < 0) return -1;
        if (i == 0) {
            TRY(cc_emit(c, OP_BUILD_LIST, 0, hl));
            TRY(cc_emit(c, OP_COPY, 2, hl));
        }
        if (h->v.ExceptHandler.type) {
            TRY(cc_expr(c, h->v.ExceptHandler.type));
            TRY(cc_emit(c, OP_CHECK_EG_MATCH, 0, hl));
            TRY(cc_emit(c, OP_COPY, 1, hl));
            TRY(cc_emit_jump(c, OP_POP_JUMP_IF_NONE, no_match, hl));
        }
        int32_t cleanup_end = cc_new_block(c), cleanup_body = cc_new_block(c);
        if (cleanup_end < 0 || cleanup_body < 0) return -1;
        const char *name = h->v.ExceptHandler.name;
        if (name) TRY(cc_nameop(c, hl, name, AST_Store));
        else TRY(cc_emit(c, OP_POP_TOP, 0, hl));
        TRY(cc_emit_jump(c, PS_SETUP_CLEANUP, cleanup_end, hl));
        cc_use_block(c, cleanup_body);
        TRY(cc_push_fblock(c, hl, FB_HANDLER_CLEANUP, cleanup_body, -1, name));
        TRY(cc_stmts(c, h->v.ExceptHandler.body));
        cc_pop_fblock(c);
        TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
        if (name) {
            TRY(cc_load_none(c, CC_NO_LOCATION));
            TRY(cc_nameop(c, CC_NO_LOCATION, name, AST_Store));
            TRY(cc_nameop(c, CC_NO_LOCATION, name, AST_Del));
        }
        TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, except, CC_NO_LOCATION));
        cc_use_block(c, cleanup_end);
        if (name) {
            TRY(cc_load_none(c, CC_NO_LOCATION));
            TRY(cc_nameop(c, CC_NO_LOCATION, name, AST_Store));
            TRY(cc_nameop(c, CC_NO_LOCATION, name, AST_Del));
        }
        TRY(cc_emit(c, OP_LIST_APPEND, 3, CC_NO_LOCATION));
        TRY(cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION));
        TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, except_with_error, CC_NO_LOCATION));
        cc_use_block(c, except);
        TRY(cc_emit(c, OP_NOP, 0, CC_NO_LOCATION));
        TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, except_with_error, CC_NO_LOCATION));
        cc_use_block(c, no_match);
        TRY(cc_emit(c, OP_POP_TOP, 0, hl));
        cc_use_block(c, except_with_error);
        if (i == n - 1) {
            TRY(cc_emit(c, OP_LIST_APPEND, 1, CC_NO_LOCATION));
            TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, reraise_star, CC_NO_LOCATION));
        }
    }
    cc_pop_fblock(c);
    int32_t reraise = cc_new_block(c);
    if (reraise < 0) return -1;
    cc_use_block(c, reraise_star);
    TRY(cc_emit(c, OP_CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_COPY, 1, CC_NO_LOCATION));
    TRY(cc_emit_jump(c, OP_POP_JUMP_IF_NOT_NONE, reraise, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_POP_EXCEPT, 0, CC_NO_LOCATION));
    TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, end, CC_NO_LOCATION));
    cc_use_block(c, reraise);
    TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_SWAP, 2, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_POP_EXCEPT, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_RERAISE, 0, CC_NO_LOCATION));
    cc_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c, CC_NO_LOCATION));
    cc_use_block(c, orelse);
    TRY(cc_stmts(c, s->v.TryStar.orelse));
    cc_use_block(c, end);
    return 0;
}

static int try_except(cc_c *c, ast_node *s)
{
    if (s->kind == AST_TryStar) return try_star_except(c, s);
    return try_except_plain(c, s);
}

/* ------------------------------------------------------------------ */
/* with */

static int with_except_finish(cc_c *c, int32_t cleanup)
{
    int32_t suppress = cc_new_block(c), exit = cc_new_block(c);
    if (suppress < 0 || exit < 0) return -1;
    TRY(cc_emit(c, OP_TO_BOOL, 0, CC_NO_LOCATION));
    TRY(cc_emit_jump(c, OP_POP_JUMP_IF_TRUE, suppress, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_RERAISE, 2, CC_NO_LOCATION));
    cc_use_block(c, suppress);
    TRY(cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, PS_POP_BLOCK, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_POP_EXCEPT, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION));
    TRY(cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION));
    TRY(cc_emit_jump(c, PS_JUMP_NO_INTERRUPT, exit, CC_NO_LOCATION));
    cc_use_block(c, cleanup);
    TRY(pop_except_and_reraise(c, CC_NO_LOCATION));
    cc_use_block(c, exit);
    return 0;
}

static int with_inner(cc_c *c, ast_node *s, int32_t pos, bool is_async)
{
    ast_seq *items = is_async ? s->v.AsyncWith.items : s->v.With.items;
    ast_seq *body = is_async ? s->v.AsyncWith.body : s->v.With.body;
    ast_node *item = items->items[pos];
    int32_t block = cc_new_block(c), final = cc_new_block(c), exit = cc_new_block(c),
            cleanup = cc_new_block(c);
    if (block < 0 || final < 0 || exit < 0 || cleanup < 0) return -1;
    TRY(cc_expr(c, item->v.withitem.context_expr));
    cc_pos loc = cc_loc(item->v.withitem.context_expr);
    TRY(cc_emit(c, OP_COPY, 1, loc));
    TRY(cc_emit(c, OP_LOAD_SPECIAL, is_async ? SPECIAL___AEXIT__ : SPECIAL___EXIT__, loc));
    TRY(cc_emit(c, OP_SWAP, 2, loc));
    TRY(cc_emit(c, OP_SWAP, 3, loc));
    TRY(cc_emit(c, OP_LOAD_SPECIAL, is_async ? SPECIAL___AENTER__ : SPECIAL___ENTER__, loc));
    TRY(cc_emit(c, OP_CALL, 0, loc));
    if (is_async) {
        TRY(cc_emit(c, OP_GET_AWAITABLE, 1, loc));
        TRY(cc_load_none(c, loc));
        TRY(cc_add_yield_from(c, loc, 1));
    }
    TRY(cc_emit_jump(c, PS_SETUP_WITH, final, loc));
    cc_use_block(c, block);
    TRY(cc_push_fblock(c, loc, is_async ? FB_ASYNC_WITH : FB_WITH, block, final, s));
    if (item->v.withitem.optional_vars) TRY(cc_expr(c, item->v.withitem.optional_vars));
    else TRY(cc_emit(c, OP_POP_TOP, 0, loc));
    pos++;
    if (pos == ast_seq_len(items)) TRY(cc_stmts(c, body));
    else TRY(with_inner(c, s, pos, is_async));
    cc_pop_fblock(c);
    TRY(cc_emit(c, PS_POP_BLOCK, 0, is_async ? loc : CC_NO_LOCATION));
    TRY(cc_call_exit_with_nones(c, loc));
    if (is_async) {
        TRY(cc_emit(c, OP_GET_AWAITABLE, 2, loc));
        TRY(cc_load_none(c, loc));
        TRY(cc_add_yield_from(c, loc, 1));
    }
    TRY(cc_emit(c, OP_POP_TOP, 0, loc));
    TRY(cc_emit_jump(c, PS_JUMP, exit, loc));
    cc_use_block(c, final);
    TRY(cc_emit_jump(c, PS_SETUP_CLEANUP, cleanup, loc));
    TRY(cc_emit(c, OP_PUSH_EXC_INFO, 0, loc));
    TRY(cc_emit(c, OP_WITH_EXCEPT_START, 0, loc));
    if (is_async) {
        TRY(cc_emit(c, OP_GET_AWAITABLE, 2, loc));
        TRY(cc_load_none(c, loc));
        TRY(cc_add_yield_from(c, loc, 1));
    }
    TRY(with_except_finish(c, cleanup));
    cc_use_block(c, exit);
    return 0;
}

/* ------------------------------------------------------------------ */
/* Imports */

static int import_as(cc_c *c, cc_pos loc, const char *name, const char *asname)
{
    const char *dot = strchr(name, '.');
    if (dot) {
        const char *p = dot + 1;
        for (;;) {
            const char *q = strchr(p, '.');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            char *attr = ar_strndup(c->tmp, p, n);
            if (!attr) return cc_oom(c);
            int32_t i = cc_name_index(c, attr);
            if (i < 0) return -1;
            TRY(cc_emit(c, OP_IMPORT_FROM, i, loc));
            if (!q) break;
            TRY(cc_emit(c, OP_SWAP, 2, loc));
            TRY(cc_emit(c, OP_POP_TOP, 0, loc));
            p = q + 1;
        }
        TRY(cc_nameop(c, loc, asname, AST_Store));
        return cc_emit(c, OP_POP_TOP, 0, loc);
    }
    return cc_nameop(c, loc, asname, AST_Store);
}

static int import_stmt(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    for (int32_t i = 0; i < ast_seq_len(s->v.Import.names); i++) {
        ast_node *a = s->v.Import.names->items[i];
        TRY(cc_load_int(c, 0, loc));
        TRY(cc_load_none(c, loc));
        const char *m = cc_mangle(c, a->v.alias.name);
        if (!m) return -1;
        int32_t ni = cc_name_index(c, m);
        if (ni < 0) return -1;
        TRY(cc_emit(c, OP_IMPORT_NAME, ni, loc));
        if (a->v.alias.asname) {
            TRY(import_as(c, loc, a->v.alias.name, a->v.alias.asname));
        } else {
            const char *dot = strchr(a->v.alias.name, '.');
            const char *store = a->v.alias.name;
            if (dot) {
                store = ar_strndup(c->tmp, a->v.alias.name, (size_t)(dot - a->v.alias.name));
                if (!store) return cc_oom(c);
            }
            TRY(cc_nameop(c, loc, store, AST_Store));
        }
    }
    return 0;
}

static int from_import(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    int32_t n = ast_seq_len(s->v.ImportFrom.names);
    TRY(cc_load_int(c, s->v.ImportFrom.level, loc));
    cc_const *items = ar_alloc(c->out, (size_t)(n ? n : 1) * sizeof *items);
    if (!items) return cc_oom(c);
    for (int32_t i = 0; i < n; i++) {
        ast_node *a = s->v.ImportFrom.names->items[i];
        const char *nm = cc_strdup_out(c, a->v.alias.name);
        if (!nm) return -1;
        items[i] = cc_k_str(nm);
    }
    cc_const t;
    memset(&t, 0, sizeof t);
    t.kind = CC_TUPLE;
    t.v.seq.items = items;
    t.v.seq.nitems = n;
    TRY(cc_load_const(c, &t, loc));
    const char *mod = s->v.ImportFrom.module ? s->v.ImportFrom.module : "";
    const char *m = cc_mangle(c, mod);
    if (!m) return -1;
    int32_t mi = cc_name_index(c, m);
    if (mi < 0) return -1;
    TRY(cc_emit(c, OP_IMPORT_NAME, mi, loc));
    for (int32_t i = 0; i < n; i++) {
        ast_node *a = s->v.ImportFrom.names->items[i];
        if (i == 0 && a->v.alias.name[0] == '*') {
            TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc));
            return cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION);
        }
        const char *am = cc_mangle(c, a->v.alias.name);
        if (!am) return -1;
        int32_t ai = cc_name_index(c, am);
        if (ai < 0) return -1;
        TRY(cc_emit(c, OP_IMPORT_FROM, ai, loc));
        TRY(cc_nameop(c, loc, a->v.alias.asname ? a->v.alias.asname : a->v.alias.name, AST_Store));
    }
    return cc_emit(c, OP_POP_TOP, 0, loc);
}

/* ------------------------------------------------------------------ */
/* Assignments */

static int augassign(cc_c *c, ast_node *s)
{
    ast_node *e = s->v.AugAssign.target;
    cc_pos loc = cc_loc(e);
    switch (e->kind) {
    case AST_Attribute: {
        TRY(cc_expr(c, e->v.Attribute.value));
        TRY(cc_emit(c, OP_COPY, 1, loc));
        cc_pos al = loc;
        if (al.lineno != e->end_lineno) {
            al.lineno = e->end_lineno;
            al.col = e->end_col_offset - (int32_t)strlen(e->v.Attribute.attr);
        }
        const char *m = cc_mangle(c, e->v.Attribute.attr);
        if (!m) return -1;
        int32_t i = cc_name_index(c, m);
        if (i < 0) return -1;
        TRY(cc_emit(c, OP_LOAD_ATTR, i << 1, al));
        break;
    }
    case AST_Subscript:
        TRY(cc_expr(c, e->v.Subscript.value));
        if (cc_two_element_slice(e->v.Subscript.slice)) {
            TRY(cc_slice_two_parts(c, e->v.Subscript.slice));
            TRY(cc_emit(c, OP_COPY, 3, loc));
            TRY(cc_emit(c, OP_COPY, 3, loc));
            TRY(cc_emit(c, OP_COPY, 3, loc));
            TRY(cc_emit(c, OP_BINARY_SLICE, 0, loc));
        } else {
            TRY(cc_expr(c, e->v.Subscript.slice));
            TRY(cc_emit(c, OP_COPY, 2, loc));
            TRY(cc_emit(c, OP_COPY, 2, loc));
            TRY(cc_emit(c, OP_BINARY_SUBSCR, 0, loc));
        }
        break;
    case AST_Name: {
        TRY(cc_nameop(c, loc, e->v.Name.id, AST_Load));
        /* `s += x` on a fast local: the load may leave a string the VM
         * appends to in place (see LOAD_FAST_AUG in opcodes.def) */
        cc_block *b = &c->u->blocks[c->u->cur];
        if (s->v.AugAssign.op == AST_Add && b->n && b->ins[b->n - 1].op == OP_LOAD_FAST)
            b->ins[b->n - 1].op = OP_LOAD_FAST_AUG;
        break;
    }
    default:
        return cc_error(c, loc, "internal error: invalid augmented assignment target");
    }
    TRY(cc_expr(c, s->v.AugAssign.value));
    TRY(cc_addop_inplace(c, cc_loc(s), s->v.AugAssign.op));
    switch (e->kind) {
    case AST_Attribute: {
        cc_pos al = loc;
        if (al.lineno != e->end_lineno) {
            al.lineno = e->end_lineno;
            al.col = e->end_col_offset - (int32_t)strlen(e->v.Attribute.attr);
        }
        TRY(cc_emit(c, OP_SWAP, 2, al));
        const char *m = cc_mangle(c, e->v.Attribute.attr);
        if (!m) return -1;
        int32_t i = cc_name_index(c, m);
        if (i < 0) return -1;
        return cc_emit(c, OP_STORE_ATTR, i, al);
    }
    case AST_Subscript:
        if (cc_two_element_slice(e->v.Subscript.slice)) {
            TRY(cc_emit(c, OP_SWAP, 4, loc));
            TRY(cc_emit(c, OP_SWAP, 3, loc));
            TRY(cc_emit(c, OP_SWAP, 2, loc));
            return cc_emit(c, OP_STORE_SLICE, 0, loc);
        }
        TRY(cc_emit(c, OP_SWAP, 3, loc));
        TRY(cc_emit(c, OP_SWAP, 2, loc));
        return cc_emit(c, OP_STORE_SUBSCR, 0, loc);
    default:
        return cc_nameop(c, loc, e->v.Name.id, AST_Store);
    }
}

static int check_ann_expr(cc_c *c, ast_node *e)
{
    TRY(cc_expr(c, e));
    return cc_emit(c, OP_POP_TOP, 0, cc_loc(e));
}

static int check_ann_subscr(cc_c *c, ast_node *e)
{
    switch (e->kind) {
    case AST_Slice:
        if (e->v.Slice.lower) TRY(check_ann_expr(c, e->v.Slice.lower));
        if (e->v.Slice.upper) TRY(check_ann_expr(c, e->v.Slice.upper));
        if (e->v.Slice.step) TRY(check_ann_expr(c, e->v.Slice.step));
        return 0;
    case AST_Tuple:
        for (int32_t i = 0; i < ast_seq_len(e->v.Tuple.elts); i++)
            TRY(check_ann_subscr(c, e->v.Tuple.elts->items[i]));
        return 0;
    default:
        return check_ann_expr(c, e);
    }
}

static int add_deferred_annotation(cc_c *c, ast_node *s, int32_t *cond_index)
{
    cc_u *u = c->u;
    if (u->ndeferred + 1 > u->capdeferred) {
        int32_t cap = u->capdeferred;
        if (cc_grow(c, (void **)&u->deferred, &cap, u->ndeferred + 1, sizeof *u->deferred) < 0)
            return -1;
        cap = u->capdeferred;
        if (cc_grow(c, (void **)&u->deferred_cond, &cap, u->ndeferred + 1,
                    sizeof *u->deferred_cond) < 0)
            return -1;
        u->capdeferred = cap;
    }
    u->deferred[u->ndeferred] = s;
    int32_t idx = -1;
    if (u->scope_type == SCOPE_MODULE || u->in_conditional_block) idx = u->next_cond_index++;
    u->deferred_cond[u->ndeferred++] = idx;
    *cond_index = idx;
    return 0;
}

static int annassign(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    ast_node *targ = s->v.AnnAssign.target;
    bool future = (c->features & ST_FUTURE_ANNOTATIONS) != 0;
    cc_u *u = c->u;
    if (s->v.AnnAssign.value) {
        TRY(cc_expr(c, s->v.AnnAssign.value));
        TRY(cc_expr(c, targ));
    }
    switch (targ->kind) {
    case AST_Name:
        if (s->v.AnnAssign.simple &&
            (u->scope_type == SCOPE_MODULE || u->scope_type == SCOPE_CLASS)) {
            if (future) {
                TRY(cc_annotation_text(c, s->v.AnnAssign.annotation, loc));
                int32_t ni = cc_name_index(c, "__annotations__");
                if (ni < 0) return -1;
                TRY(cc_emit(c, OP_LOAD_NAME, ni, loc));
                const char *m = cc_mangle(c, targ->v.Name.id);
                if (!m) return -1;
                TRY(cc_load_str(c, cc_strdup_out(c, m), loc));
                TRY(cc_emit(c, OP_STORE_SUBSCR, 0, loc));
            } else {
                int32_t idx;
                TRY(add_deferred_annotation(c, s, &idx));
                if (idx != -1) {
                    if (u->scope_type == SCOPE_CLASS) {
                        int32_t ci = cc_cell_index(u, "__conditional_annotations__");
                        if (ci < 0) return cc_error(c, loc, "internal error: no __conditional_annotations__ cell");
                        TRY(cc_emit(c, OP_LOAD_DEREF, ci, loc));
                    } else {
                        int32_t ni = cc_name_index(c, "__conditional_annotations__");
                        if (ni < 0) return -1;
                        TRY(cc_emit(c, OP_LOAD_NAME, ni, loc));
                    }
                    TRY(cc_load_int(c, idx, loc));
                    TRY(cc_emit(c, OP_SET_ADD, 1, loc));
                    TRY(cc_emit(c, OP_POP_TOP, 0, loc));
                }
            }
        }
        break;
    case AST_Attribute:
        if (!s->v.AnnAssign.value) TRY(check_ann_expr(c, targ->v.Attribute.value));
        break;
    case AST_Subscript:
        if (!s->v.AnnAssign.value) {
            TRY(check_ann_expr(c, targ->v.Subscript.value));
            TRY(check_ann_subscr(c, targ->v.Subscript.slice));
        }
        break;
    default:
        return cc_error(c, loc, "internal error: invalid annotated assignment target");
    }
    if (future && !s->v.AnnAssign.simple &&
        (u->scope_type == SCOPE_MODULE || u->scope_type == SCOPE_CLASS))
        TRY(check_ann_expr(c, s->v.AnnAssign.annotation));
    return 0;
}

/* ------------------------------------------------------------------ */
/* The dispatcher */

static int assert_stmt(cc_c *c, ast_node *s)
{
    int32_t end = cc_new_block(c);
    if (end < 0) return -1;
    cc_pos loc = cc_loc(s);
    TRY(cc_jump_if(c, loc, s->v.Assert.test, end, 1));
    TRY(cc_emit(c, OP_LOAD_COMMON_CONSTANT, CC_CONST_ASSERTIONERROR, loc));
    if (s->v.Assert.msg) {
        TRY(cc_expr(c, s->v.Assert.msg));
        TRY(cc_emit(c, OP_CALL, 0, loc));
    }
    TRY(cc_emit(c, OP_RAISE_VARARGS, 1, cc_loc(s->v.Assert.test)));
    cc_use_block(c, end);
    return 0;
}

static int stmt_expr(cc_c *c, cc_pos loc, ast_node *value)
{
    if (c->interactive && c->u->parent == NULL) {
        TRY(cc_expr(c, value));
        TRY(cc_emit(c, OP_CALL_INTRINSIC_1, INTRINSIC_PRINT, loc));
        return cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION);
    }
    if (value->kind == AST_Constant) return cc_emit(c, OP_NOP, 0, loc);
    TRY(cc_expr(c, value));
    return cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION);
}

static int cond_block(cc_c *c, int (*fn)(cc_c *, ast_node *), ast_node *s)
{
    c->u->in_conditional_block++;
    int r = fn(c, s);
    c->u->in_conditional_block--;
    return r;
}

static int with_stmt(cc_c *c, ast_node *s) { return with_inner(c, s, 0, false); }
static int async_with_stmt(cc_c *c, ast_node *s) { return with_inner(c, s, 0, true); }
static int try_stmt(cc_c *c, ast_node *s)
{
    if (ast_seq_len(s->v.Try.finalbody)) return try_finally(c, s, false);
    return try_except_plain(c, s);
}
static int try_star_stmt(cc_c *c, ast_node *s)
{
    if (ast_seq_len(s->v.TryStar.finalbody)) return try_finally(c, s, true);
    return try_star_except(c, s);
}

int cc_stmt(cc_c *c, ast_node *s)
{
    cc_pos loc = cc_loc(s);
    switch ((ast_kind)s->kind) {
    case AST_FunctionDef: return cc_function(c, s, false);
    case AST_AsyncFunctionDef: return cc_function(c, s, true);
    case AST_ClassDef: return cc_class(c, s);
    case AST_TypeAlias: return cc_typealias(c, s);
    case AST_Return: return return_stmt(c, s);
    case AST_Delete:
        for (int32_t i = 0; i < ast_seq_len(s->v.Delete.targets); i++)
            TRY(cc_expr(c, s->v.Delete.targets->items[i]));
        return 0;
    case AST_Assign: {
        int32_t n = ast_seq_len(s->v.Assign.targets);
        TRY(cc_expr(c, s->v.Assign.value));
        for (int32_t i = 0; i < n; i++) {
            if (i < n - 1) TRY(cc_emit(c, OP_COPY, 1, loc));
            TRY(cc_expr(c, s->v.Assign.targets->items[i]));
        }
        return 0;
    }
    case AST_AugAssign: return augassign(c, s);
    case AST_AnnAssign: return annassign(c, s);
    case AST_For: return cond_block(c, for_stmt, s);
    case AST_While: return cond_block(c, while_stmt, s);
    case AST_If: return cond_block(c, if_stmt, s);
    case AST_Match: return cond_block(c, cc_match, s);
    case AST_Raise: {
        int n = 0;
        if (s->v.Raise.exc) {
            TRY(cc_expr(c, s->v.Raise.exc));
            n++;
            if (s->v.Raise.cause) {
                TRY(cc_expr(c, s->v.Raise.cause));
                n++;
            }
        }
        return cc_emit(c, OP_RAISE_VARARGS, n, loc);
    }
    case AST_Try: return cond_block(c, try_stmt, s);
    case AST_TryStar: return cond_block(c, try_star_stmt, s);
    case AST_Assert: return assert_stmt(c, s);
    case AST_Import: return import_stmt(c, s);
    case AST_ImportFrom: return from_import(c, s);
    case AST_Global: case AST_Nonlocal: return 0;
    case AST_Expr: return stmt_expr(c, loc, s->v.Expr.value);
    case AST_Pass: return cc_emit(c, OP_NOP, 0, loc);
    case AST_Break: return break_stmt(c, loc);
    case AST_Continue: return continue_stmt(c, loc);
    case AST_With: return cond_block(c, with_stmt, s);
    case AST_AsyncWith: return cond_block(c, async_with_stmt, s);
    case AST_AsyncFor: return cond_block(c, async_for_stmt, s);
    default:
        return cc_error(c, loc, "internal error: unexpected statement node");
    }
}
