/* Pattern matching (match statements): CPython 3.14's codegen_match and
 * codegen_pattern_*.  Every pattern routine consumes the subject on top
 * of the stack and jumps to a fail_pop block on failure; captured values
 * are kept on the stack under the items a pattern still needs (on_top)
 * and stored only when the whole pattern has matched. */
#include "compile_int.h"

int cc_addcompare(cc_c *c, cc_pos loc, ast_cmpop op);

typedef struct pattern_ctx {
    const char **stores;        /* names captured so far, in stack order */
    int32_t nstores, capstores;
    bool allow_irrefutable;
    int32_t *fail_pop;          /* blocks: fail_pop[i] pops i items */
    int32_t nfail_pop, capfail_pop;
    int32_t on_top;
} pattern_ctx;

#define WILDCARD_CHECK(p) ((p)->kind == AST_MatchAs && !(p)->v.MatchAs.name)
#define WILDCARD_STAR_CHECK(p) ((p)->kind == AST_MatchStar && !(p)->v.MatchStar.name)

static int pattern(cc_c *c, ast_node *p, pattern_ctx *pc);

/* The constant of a literal pattern value: CPython's AST optimizer folds
 * -1, 1+2j, -1-2j before the code generator sees them. 1: folded. */
static int fold_match_value(cc_c *c, ast_node *e, cc_const *k)
{
    if (e->kind == AST_Constant || e->kind == AST_UnaryOp) return cc_const_of(c, e, k);
    if (e->kind != AST_BinOp || (e->v.BinOp.op != AST_Add && e->v.BinOp.op != AST_Sub)) return 0;
    cc_const l, r;
    int a = cc_const_of(c, e->v.BinOp.left, &l);
    if (a <= 0) return a;
    int b = cc_const_of(c, e->v.BinOp.right, &r);
    if (b <= 0) return b;
    double re;
    if (l.kind == CC_INT) re = (double)l.v.i;
    else if (l.kind == CC_FLOAT) re = l.v.f;
    else return 0;
    if (r.kind != CC_COMPLEX) return 0;
    memset(k, 0, sizeof *k);
    k->kind = CC_COMPLEX;
    k->v.cx.re = re + (e->v.BinOp.op == AST_Add ? r.v.cx.re : -r.v.cx.re);
    k->v.cx.im = e->v.BinOp.op == AST_Add ? r.v.cx.im : -r.v.cx.im;
    return 1;
}

static int ensure_fail_pop(cc_c *c, pattern_ctx *pc, int32_t n)
{
    int32_t size = n + 1;
    if (size <= pc->nfail_pop) return 0;
    if (cc_grow(c, (void **)&pc->fail_pop, &pc->capfail_pop, size, sizeof *pc->fail_pop) < 0)
        return -1;
    while (pc->nfail_pop < size) {
        int32_t b = cc_new_block(c);
        if (b < 0) return -1;
        pc->fail_pop[pc->nfail_pop++] = b;
    }
    return 0;
}

static int jump_to_fail_pop(cc_c *c, cc_pos loc, pattern_ctx *pc, int op)
{
    int32_t pops = pc->on_top + pc->nstores;
    TRY(ensure_fail_pop(c, pc, pops));
    return cc_emit_jump(c, op, pc->fail_pop[pops], loc);
}

static int emit_and_reset_fail_pop(cc_c *c, cc_pos loc, pattern_ctx *pc)
{
    if (!pc->nfail_pop) return 0;
    while (--pc->nfail_pop) {
        cc_use_block(c, pc->fail_pop[pc->nfail_pop]);
        TRY(cc_emit(c, OP_POP_TOP, 0, loc));
    }
    cc_use_block(c, pc->fail_pop[0]);
    pc->nfail_pop = 0;
    pc->fail_pop = NULL;
    pc->capfail_pop = 0;
    return 0;
}

static int rotate(cc_c *c, cc_pos loc, int32_t count)
{
    while (1 < count) TRY(cc_emit(c, OP_SWAP, count--, loc));
    return 0;
}

static bool stores_has(pattern_ctx *pc, const char *n)
{
    for (int32_t i = 0; i < pc->nstores; i++)
        if (!strcmp(pc->stores[i], n)) return true;
    return false;
}

static int stores_append(cc_c *c, pattern_ctx *pc, const char *n)
{
    if (cc_grow(c, (void **)&pc->stores, &pc->capstores, pc->nstores + 1, sizeof *pc->stores) < 0)
        return -1;
    pc->stores[pc->nstores++] = n;
    return 0;
}

static int store_name(cc_c *c, cc_pos loc, const char *n, pattern_ctx *pc)
{
    if (!n) return cc_emit(c, OP_POP_TOP, 0, loc);
    if (stores_has(pc, n)) return cc_error(c, loc, "multiple assignments to name '%s' in pattern", n);
    TRY(rotate(c, loc, pc->on_top + pc->nstores + 1));
    return stores_append(c, pc, n);
}

static int unpack_helper(cc_c *c, cc_pos loc, ast_seq *elts)
{
    int32_t n = ast_seq_len(elts);
    bool seen_star = false;
    for (int32_t i = 0; i < n; i++) {
        ast_node *elt = elts->items[i];
        if (elt->kind == AST_MatchStar && !seen_star) {
            if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
                return cc_error(c, loc, "too many expressions in star-unpacking sequence pattern");
            TRY(cc_emit(c, OP_UNPACK_EX, i + ((n - i - 1) << 8), loc));
            seen_star = true;
        } else if (elt->kind == AST_MatchStar) {
            return cc_error(c, loc, "multiple starred expressions in sequence pattern");
        }
    }
    if (!seen_star) TRY(cc_emit(c, OP_UNPACK_SEQUENCE, n, loc));
    return 0;
}

static int subpattern(cc_c *c, ast_node *p, pattern_ctx *pc)
{
    bool allow = pc->allow_irrefutable;
    pc->allow_irrefutable = true;
    TRY(pattern(c, p, pc));
    pc->allow_irrefutable = allow;
    return 0;
}

static int sequence_unpack(cc_c *c, cc_pos loc, ast_seq *patterns, pattern_ctx *pc)
{
    TRY(unpack_helper(c, loc, patterns));
    int32_t size = ast_seq_len(patterns);
    pc->on_top += size;
    for (int32_t i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, patterns->items[i], pc));
    }
    return 0;
}

static int sequence_subscr(cc_c *c, cc_pos loc, ast_seq *patterns, int32_t star, pattern_ctx *pc)
{
    pc->on_top++;
    int32_t size = ast_seq_len(patterns);
    for (int32_t i = 0; i < size; i++) {
        ast_node *p = patterns->items[i];
        if (WILDCARD_CHECK(p) || i == star) continue;
        TRY(cc_emit(c, OP_COPY, 1, loc));
        if (i < star) {
            TRY(cc_load_int(c, i, loc));
        } else {
            TRY(cc_emit(c, OP_GET_LEN, 0, loc));
            TRY(cc_load_int(c, size - i, loc));
            TRY(cc_emit(c, OP_BINARY_OP, OPB_SUBTRACT, loc));
        }
        TRY(cc_emit(c, OP_BINARY_SUBSCR, 0, loc));
        TRY(subpattern(c, p, pc));
    }
    pc->on_top--;
    return cc_emit(c, OP_POP_TOP, 0, loc);
}

static int pattern_as(cc_c *c, ast_node *p, pattern_ctx *pc)
{
    cc_pos loc = cc_loc(p);
    if (!p->v.MatchAs.pattern) {
        if (!pc->allow_irrefutable) {
            if (p->v.MatchAs.name)
                return cc_error(c, loc, "name capture '%s' makes remaining patterns unreachable",
                                p->v.MatchAs.name);
            return cc_error(c, loc, "wildcard makes remaining patterns unreachable");
        }
        return store_name(c, loc, p->v.MatchAs.name, pc);
    }
    pc->on_top++;
    TRY(cc_emit(c, OP_COPY, 1, loc));
    TRY(pattern(c, p->v.MatchAs.pattern, pc));
    pc->on_top--;
    return store_name(c, loc, p->v.MatchAs.name, pc);
}

static int pattern_class(cc_c *c, ast_node *p, pattern_ctx *pc)
{
    cc_pos loc = cc_loc(p);
    ast_seq *patterns = p->v.MatchClass.patterns;
    ast_seq *kwd_attrs = p->v.MatchClass.kwd_attrs;
    ast_seq *kwd_patterns = p->v.MatchClass.kwd_patterns;
    int32_t nargs = ast_seq_len(patterns), nattrs = ast_seq_len(kwd_attrs);
    if (nattrs != ast_seq_len(kwd_patterns))
        return cc_error(c, loc, "kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern",
                        (int)nattrs, (int)ast_seq_len(kwd_patterns));
    for (int32_t i = 0; i < nattrs; i++) {
        const char *a = kwd_attrs->items[i];
        for (int32_t j = i + 1; j < nattrs; j++)
            if (!strcmp(a, (const char *)kwd_attrs->items[j]))
                return cc_error(c, cc_loc(kwd_patterns->items[j]),
                                "attribute name repeated in class pattern: %s", a);
    }
    TRY(cc_expr(c, p->v.MatchClass.cls));
    cc_const *items = ar_alloc(c->out, (size_t)(nattrs ? nattrs : 1) * sizeof *items);
    if (!items) return cc_oom(c);
    for (int32_t i = 0; i < nattrs; i++) {
        const char *s = cc_strdup_out(c, kwd_attrs->items[i]);
        if (!s) return -1;
        items[i] = cc_k_str(s);
    }
    cc_const t;
    memset(&t, 0, sizeof t);
    t.kind = CC_TUPLE;
    t.v.seq.items = items;
    t.v.seq.nitems = nattrs;
    TRY(cc_load_const(c, &t, loc));
    TRY(cc_emit(c, OP_MATCH_CLASS, nargs, loc));
    TRY(cc_emit(c, OP_COPY, 1, loc));
    TRY(cc_load_none(c, loc));
    TRY(cc_emit(c, OP_IS_OP, 1, loc));
    pc->on_top++;
    TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    TRY(cc_emit(c, OP_UNPACK_SEQUENCE, nargs + nattrs, loc));
    pc->on_top += nargs + nattrs - 1;
    for (int32_t i = 0; i < nargs + nattrs; i++) {
        pc->on_top--;
        ast_node *sp = i < nargs ? patterns->items[i] : kwd_patterns->items[i - nargs];
        if (WILDCARD_CHECK(sp)) {
            TRY(cc_emit(c, OP_POP_TOP, 0, loc));
            continue;
        }
        TRY(subpattern(c, sp, pc));
    }
    return 0;
}

static int pattern_mapping(cc_c *c, ast_node *p, pattern_ctx *pc)
{
    cc_pos loc = cc_loc(p);
    ast_seq *keys = p->v.MatchMapping.keys, *patterns = p->v.MatchMapping.patterns;
    int32_t size = ast_seq_len(keys);
    if (size != ast_seq_len(patterns))
        return cc_error(c, loc, "keys (%d) / patterns (%d) length mismatch in mapping pattern",
                        (int)size, (int)ast_seq_len(patterns));
    const char *star = p->v.MatchMapping.rest;
    pc->on_top++;
    TRY(cc_emit(c, OP_MATCH_MAPPING, 0, loc));
    TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    if (!size && !star) {
        pc->on_top--;
        return cc_emit(c, OP_POP_TOP, 0, loc);
    }
    if (size) {
        TRY(cc_emit(c, OP_GET_LEN, 0, loc));
        TRY(cc_load_int(c, size, loc));
        TRY(cc_addcompare(c, loc, AST_GtE));
        TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    }
    cc_const *seen = cc_alloc(c, (size_t)(size ? size : 1) * sizeof *seen);
    if (!seen) return -1;
    int32_t nseen = 0;
    for (int32_t i = 0; i < size; i++) {
        ast_node *key = keys->items[i];
        if (!key)
            return cc_error(c, cc_loc(patterns->items[i]),
                            "can't use NULL keys in MatchMapping (set 'rest' parameter instead)");
        cc_const k;
        int folded = fold_match_value(c, key, &k);
        if (folded < 0) return -1;
        if (folded) {
            /* equal keys as Python's set sees them (1 == 1.0 == True) */
            for (int32_t j = 0; j < nseen; j++) {
                bool eq = cc_const_eq(&seen[j], &k);
                double a, b;
                bool na = false, nb = false;
                const cc_const *x = &seen[j];
                if (x->kind == CC_INT) { a = (double)x->v.i; na = true; }
                else if (x->kind == CC_FLOAT) { a = x->v.f; na = true; }
                else if (x->kind == CC_TRUE || x->kind == CC_FALSE) { a = x->kind == CC_TRUE; na = true; }
                if (k.kind == CC_INT) { b = (double)k.v.i; nb = true; }
                else if (k.kind == CC_FLOAT) { b = k.v.f; nb = true; }
                else if (k.kind == CC_TRUE || k.kind == CC_FALSE) { b = k.kind == CC_TRUE; nb = true; }
                if (na && nb && a == b) eq = true;
                if (eq) {
                    strbuf sb = STRBUF_INIT;
                    /* the repr of the key as written */
                    cc_const_repr(&sb, &k);
                    int r = cc_error(c, loc, "mapping pattern checks duplicate key (%s)",
                                     sb.p ? sb.p : "");
                    sb_free(&sb);
                    return r;
                }
            }
            seen[nseen++] = k;
            TRY(cc_load_const(c, &k, cc_loc(key)));
        } else if (key->kind != AST_Attribute) {
            return cc_error(c, loc, "mapping pattern keys may only match literals and attribute lookups");
        } else {
            TRY(cc_expr(c, key));
        }
    }
    TRY(cc_emit(c, OP_BUILD_TUPLE, size, loc));
    TRY(cc_emit(c, OP_MATCH_KEYS, 0, loc));
    pc->on_top += 2;
    TRY(cc_emit(c, OP_COPY, 1, loc));
    TRY(cc_load_none(c, loc));
    TRY(cc_emit(c, OP_IS_OP, 1, loc));
    TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    TRY(cc_emit(c, OP_UNPACK_SEQUENCE, size, loc));
    pc->on_top += size - 1;
    for (int32_t i = 0; i < size; i++) {
        pc->on_top--;
        TRY(subpattern(c, patterns->items[i], pc));
    }
    pc->on_top -= 2;
    if (star) {
        TRY(cc_emit(c, OP_BUILD_MAP, 0, loc));
        TRY(cc_emit(c, OP_SWAP, 3, loc));
        TRY(cc_emit(c, OP_DICT_UPDATE, 2, loc));
        TRY(cc_emit(c, OP_UNPACK_SEQUENCE, size, loc));
        while (size) {
            TRY(cc_emit(c, OP_COPY, 1 + size--, loc));
            TRY(cc_emit(c, OP_SWAP, 2, loc));
            TRY(cc_emit(c, OP_DELETE_SUBSCR, 0, loc));
        }
        return store_name(c, loc, star, pc);
    }
    TRY(cc_emit(c, OP_POP_TOP, 0, loc));
    return cc_emit(c, OP_POP_TOP, 0, loc);
}

static int pattern_or(cc_c *c, ast_node *p, pattern_ctx *pc)
{
    cc_pos loc = cc_loc(p);
    int32_t end = cc_new_block(c);
    if (end < 0) return -1;
    ast_seq *alts = p->v.MatchOr.patterns;
    int32_t size = ast_seq_len(alts);
    pattern_ctx old = *pc;
    const char **control = NULL;
    int32_t ncontrol = 0;
    for (int32_t i = 0; i < size; i++) {
        ast_node *alt = alts->items[i];
        pc->stores = NULL;
        pc->nstores = pc->capstores = 0;
        pc->allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
        pc->fail_pop = NULL;
        pc->nfail_pop = pc->capfail_pop = 0;
        pc->on_top = 0;
        TRY(cc_emit(c, OP_COPY, 1, cc_loc(alt)));
        TRY(pattern(c, alt, pc));
        int32_t nstores = pc->nstores;
        if (!i) {
            control = pc->stores;
            ncontrol = nstores;
        } else if (nstores != ncontrol) {
            return cc_error(c, loc, "alternative patterns bind different names");
        } else if (nstores) {
            int32_t icontrol = nstores;
            while (icontrol--) {
                const char *name = control[icontrol];
                int32_t istores = -1;
                for (int32_t k = 0; k < pc->nstores; k++)
                    if (!strcmp(pc->stores[k], name)) { istores = k; break; }
                if (istores < 0) return cc_error(c, loc, "alternative patterns bind different names");
                if (icontrol != istores) {
                    int32_t rotations = istores + 1;
                    /* rotated = stores[:rotations]; del stores[:rotations];
                     * stores[icontrol-istores:icontrol-istores] = rotated */
                    const char **tmp = cc_alloc(c, (size_t)pc->nstores * sizeof *tmp);
                    if (!tmp) return -1;
                    int32_t rest = pc->nstores - rotations, at = icontrol - istores, w = 0;
                    for (int32_t k = 0; k < at; k++) tmp[w++] = pc->stores[rotations + k];
                    for (int32_t k = 0; k < rotations; k++) tmp[w++] = pc->stores[k];
                    for (int32_t k = at; k < rest; k++) tmp[w++] = pc->stores[rotations + k];
                    memcpy(pc->stores, tmp, (size_t)pc->nstores * sizeof *tmp);
                    while (rotations--) TRY(rotate(c, cc_loc(alt), icontrol + 1));
                }
            }
        }
        TRY(cc_emit_jump(c, PS_JUMP, end, cc_loc(alt)));
        TRY(emit_and_reset_fail_pop(c, cc_loc(alt), pc));
    }
    *pc = old;
    TRY(cc_emit(c, OP_POP_TOP, 0, loc));
    TRY(jump_to_fail_pop(c, loc, pc, PS_JUMP));
    cc_use_block(c, end);
    int32_t nrots = ncontrol + 1 + pc->on_top + pc->nstores;
    for (int32_t i = 0; i < ncontrol; i++) {
        TRY(rotate(c, loc, nrots));
        const char *name = control[i];
        if (stores_has(pc, name))
            return cc_error(c, loc, "multiple assignments to name '%s' in pattern", name);
        TRY(stores_append(c, pc, name));
    }
    return cc_emit(c, OP_POP_TOP, 0, loc);
}

static int pattern_sequence(cc_c *c, ast_node *p, pattern_ctx *pc)
{
    cc_pos loc = cc_loc(p);
    ast_seq *patterns = p->v.MatchSequence.patterns;
    int32_t size = ast_seq_len(patterns), star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int32_t i = 0; i < size; i++) {
        ast_node *sp = patterns->items[i];
        if (sp->kind == AST_MatchStar) {
            if (star >= 0) return cc_error(c, loc, "multiple starred names in sequence pattern");
            star_wildcard = WILDCARD_STAR_CHECK(sp);
            only_wildcard &= star_wildcard;
            star = i;
            continue;
        }
        only_wildcard &= WILDCARD_CHECK(sp);
    }
    pc->on_top++;
    TRY(cc_emit(c, OP_MATCH_SEQUENCE, 0, loc));
    TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    if (star < 0) {
        TRY(cc_emit(c, OP_GET_LEN, 0, loc));
        TRY(cc_load_int(c, size, loc));
        TRY(cc_addcompare(c, loc, AST_Eq));
        TRY(cc_emit(c, OP_TO_BOOL, 0, loc));
        TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    } else if (size > 1) {
        TRY(cc_emit(c, OP_GET_LEN, 0, loc));
        TRY(cc_load_int(c, size - 1, loc));
        TRY(cc_addcompare(c, loc, AST_GtE));
        TRY(cc_emit(c, OP_TO_BOOL, 0, loc));
        TRY(jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE));
    }
    pc->on_top--;
    if (only_wildcard) return cc_emit(c, OP_POP_TOP, 0, loc);
    if (star_wildcard) return sequence_subscr(c, loc, patterns, star, pc);
    return sequence_unpack(c, loc, patterns, pc);
}

static int pattern_value(cc_c *c, ast_node *p, pattern_ctx *pc)
{
    cc_pos loc = cc_loc(p);
    ast_node *v = p->v.MatchValue.value;
    cc_const k;
    int folded = fold_match_value(c, v, &k);
    if (folded < 0) return -1;
    if (folded) TRY(cc_load_const(c, &k, cc_loc(v)));
    else if (v->kind != AST_Attribute)
        return cc_error(c, loc, "patterns may only match literals and attribute lookups");
    else TRY(cc_expr(c, v));
    TRY(cc_addcompare(c, loc, AST_Eq));
    TRY(cc_emit(c, OP_TO_BOOL, 0, loc));
    return jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE);
}

static int pattern_singleton(cc_c *c, ast_node *p, pattern_ctx *pc)
{
    cc_pos loc = cc_loc(p);
    cc_const k;
    memset(&k, 0, sizeof k);
    switch (p->v.MatchSingleton.value.kind) {
    case CONST_TRUE: k.kind = CC_TRUE; break;
    case CONST_FALSE: k.kind = CC_FALSE; break;
    default: k.kind = CC_NONE; break;
    }
    TRY(cc_load_const(c, &k, loc));
    TRY(cc_emit(c, OP_IS_OP, 0, loc));
    return jump_to_fail_pop(c, loc, pc, OP_POP_JUMP_IF_FALSE);
}

static int pattern(cc_c *c, ast_node *p, pattern_ctx *pc)
{
    if (++c->depth > 2000) {
        c->depth--;
        return cc_error(c, cc_loc(p), "too deeply nested pattern");
    }
    int r;
    switch (p->kind) {
    case AST_MatchValue: r = pattern_value(c, p, pc); break;
    case AST_MatchSingleton: r = pattern_singleton(c, p, pc); break;
    case AST_MatchSequence: r = pattern_sequence(c, p, pc); break;
    case AST_MatchMapping: r = pattern_mapping(c, p, pc); break;
    case AST_MatchClass: r = pattern_class(c, p, pc); break;
    case AST_MatchStar: r = store_name(c, cc_loc(p), p->v.MatchStar.name, pc); break;
    case AST_MatchAs: r = pattern_as(c, p, pc); break;
    case AST_MatchOr: r = pattern_or(c, p, pc); break;
    default: r = cc_error(c, cc_loc(p), "invalid match pattern node in AST (kind=%d)", p->kind);
    }
    c->depth--;
    return r;
}

int cc_match(cc_c *c, ast_node *s)
{
    TRY(cc_expr(c, s->v.Match.subject));
    int32_t end = cc_new_block(c);
    if (end < 0) return -1;
    ast_seq *cases = s->v.Match.cases;
    int32_t n = ast_seq_len(cases);
    ast_node *m = cases->items[n - 1];
    int has_default = WILDCARD_CHECK(m->v.match_case.pattern) && 1 < n;
    pattern_ctx pc;
    memset(&pc, 0, sizeof pc);
    for (int32_t i = 0; i < n - has_default; i++) {
        m = cases->items[i];
        ast_node *pat = m->v.match_case.pattern;
        if (i != n - has_default - 1) TRY(cc_emit(c, OP_COPY, 1, cc_loc(pat)));
        pc.stores = NULL;
        pc.nstores = pc.capstores = 0;
        pc.allow_irrefutable = m->v.match_case.guard != NULL || i == n - 1;
        pc.fail_pop = NULL;
        pc.nfail_pop = pc.capfail_pop = 0;
        pc.on_top = 0;
        TRY(pattern(c, pat, &pc));
        for (int32_t k = 0; k < pc.nstores; k++)
            TRY(cc_nameop(c, cc_loc(pat), pc.stores[k], AST_Store));
        if (m->v.match_case.guard) {
            TRY(ensure_fail_pop(c, &pc, 0));
            TRY(cc_jump_if(c, cc_loc(pat), m->v.match_case.guard, pc.fail_pop[0], 0));
        }
        if (i != n - has_default - 1) TRY(cc_emit(c, OP_POP_TOP, 0, CC_NO_LOCATION));
        TRY(cc_stmts(c, m->v.match_case.body));
        TRY(cc_emit_jump(c, PS_JUMP, end, CC_NO_LOCATION));
        TRY(emit_and_reset_fail_pop(c, cc_loc(pat), &pc));
    }
    if (has_default) {
        m = cases->items[n - 1];
        ast_node *pat = m->v.match_case.pattern;
        if (n == 1) TRY(cc_emit(c, OP_POP_TOP, 0, cc_loc(pat)));
        else TRY(cc_emit(c, OP_NOP, 0, cc_loc(pat)));
        if (m->v.match_case.guard) TRY(cc_jump_if(c, cc_loc(pat), m->v.match_case.guard, end, 0));
        TRY(cc_stmts(c, m->v.match_case.body));
    }
    cc_use_block(c, end);
    return 0;
}
