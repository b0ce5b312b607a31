/* The dispatch loop.
 *
 * One C activation runs any number of Python frames: a call of a Python
 * function pushes a frame and continues here, a return pops it.  Native code
 * that calls back into Python starts a nested activation (vm_call), which
 * returns when its entry frame does.  Garbage is collected only at the safe
 * points of the outermost activation (calls and backward jumps), where every
 * live value is in a frame. */
#include "interp.h"

#include <math.h>
#include <string.h>
#include <sys/resource.h>

#include "../compile/opcodes.h"
#include "../lib/lib.h"
#include "../obj/dict.h"
#include "../obj/exc.h"
#include "../obj/num.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "../obj/typeobj.h"
#include "call.h"
#include "frame.h"


kr_val vm_gen_frame_owner(kr_frame *f);
int vm_gen_start_inline(kr_rt *rt, kr_obj *g, kr_val v, int kind, kr_frame **out);
void vm_gen_finished(kr_rt *rt, kr_obj *g);
void vm_gen_suspended(kr_rt *rt, kr_obj *g);
int vm_build_class(kr_rt *rt, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out);
int vm_import(kr_rt *rt, kr_frame *f, kr_obj *name, kr_val fromlist, kr_val level, kr_val *out);
int vm_import_from(kr_rt *rt, kr_val mod, kr_obj *name, kr_val *out);
int vm_import_star(kr_rt *rt, kr_frame *f, kr_val mod);
int vm_format_value(kr_rt *rt, kr_val v, kr_val spec, kr_val *out);
int vm_match_class(kr_rt *rt, kr_val subject, kr_val cls, kr_val names, int nargs, kr_val *out);
int vm_match_keys(kr_rt *rt, kr_val subject, kr_val keys, kr_val *out);

static int add_traceback(kr_rt *rt, kr_frame *f)
{
    if (!kv_is_obj(rt->exc) || !kr_isinstance(rt->exc, &kt_BaseException)) return KR_OK;
    kr_exc *e = KR_AS(kr_exc, rt->exc);
    if (&e->obj == rt->memerr) return KR_OK;
    kr_traceback *tb = (kr_traceback *)heap_alloc(&rt->heap, &kt_traceback, sizeof(kr_traceback));
    if (!tb) return KR_ERR;
    tb->next = e->traceback;
    tb->code = f->code;
    tb->lasti = f->lasti;
    tb->lineno = code_line_of(f->code, f->lasti);
    e->traceback = &tb->obj;
    return KR_OK;
}

/* __context__ of a new exception: the one being handled. */
static void set_context(kr_rt *rt)
{
    if (kv_is_undef(rt->handled) || !kv_is_obj(rt->exc)) return;
    kr_exc *e = KR_AS(kr_exc, rt->exc);
    if (kv_same(rt->handled, rt->exc) || !kv_is_undef(e->context)) return;
    /* avoid a cycle: cut the chain where it would come back to E */
    kr_exc *c = KR_AS(kr_exc, rt->handled);
    for (int guard = 0; guard < 10000; guard++) {
        if (kv_is_undef(c->context) || !kv_is_obj(c->context)) break;
        if (kv_as_obj(c->context) == &e->obj) { c->context = kv_undef(); break; }
        c = KR_AS(kr_exc, c->context);
    }
    e->context = rt->handled;
}

/* Looks up the handler of unit LASTI in F's exception table. */
static const cc_exc_entry *find_handler(kr_code *co, int32_t lasti)
{
    for (int32_t i = 0; i < co->nexc; i++) {
        const cc_exc_entry *e = &co->exctable[i];
        if ((uint32_t)lasti >= e->start && (uint32_t)lasti < e->end) return e;
    }
    return NULL;
}

static int name_error(kr_rt *rt, kr_obj *name);

/* LOAD_GLOBAL's slow path: the lookup, remembered in the code's cache. */
static int global_lookup(kr_rt *rt, kr_code *code, kr_frame *f, uint32_t ni, kr_val *out)
{
    kr_obj *name = code->names[ni];
    kr_dict *g = (kr_dict *)f->globals, *b = (kr_dict *)f->builtins;
    if (!code->gcache) {
        code->gcache = mem_alloc(&rt->heap.mem, (size_t)code->nnames * sizeof(kr_gcache));
        if (code->gcache) memset(code->gcache, 0, (size_t)code->nnames * sizeof(kr_gcache));
    }
    int64_t gix = kdict_index_str(g, (kr_str *)name), bix = -1;
    if (gix < 0) {
        bix = kdict_index_str(b, (kr_str *)name);
        if (bix < 0) return name_error(rt, name);
        *out = dk_entries(&b->t)[bix].value;
    } else {
        *out = dk_entries(&g->t)[gix].value;
    }
    if (code->gcache) {
        kr_gcache *c = &code->gcache[ni];
        c->gt = &g->t;
        c->gver = g->t.version;
        c->gix = gix;
        c->bt = &b->t;
        c->bver = b->t.version;
        c->bix = bix;
    }
    return KR_OK;
}

static int name_error(kr_rt *rt, kr_obj *name)
{
    int r = kr_raise(rt, &kt_NameError, "name '%s' is not defined", kstr_data(name));
    kr_exc *e = KR_AS(kr_exc, rt->exc);
    if (e->dict) kdict_set_cstr(rt, (kr_dict *)e->dict, "name", kv_obj(name));
    return r;
}

static int unbound_local(kr_rt *rt, kr_code *co, int i)
{
    kr_obj *name = co->localsplusnames[i];
    if (co->localspluskinds[i] & (CC_FAST_CELL | CC_FAST_FREE)) {
        if (co->localspluskinds[i] & CC_FAST_FREE)
            return kr_raise(rt, &kt_NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", kstr_data(name));
    }
    int r = kr_raise(rt, &kt_UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", kstr_data(name));
    kr_exc *e = KR_AS(kr_exc, rt->exc);
    if (e->dict) kdict_set_cstr(rt, (kr_dict *)e->dict, "name", kv_obj(name));
    return r;
}

/* Pushes a frame for FN called with ARGS; returns it or NULL (error). */
static kr_frame *push_call(kr_rt *rt, kr_func *fn, const kr_val *args, int nargs, kr_obj *kwnames)
{
    if (rt->lim.depth >= rt->lim.max_depth) {
        kr_raise(rt, &kt_RecursionError, "maximum recursion depth exceeded");
        return NULL;
    }
    kr_code *co = fn->code;
    kr_frame *f = frame_push(rt, co, fn, fn->globals, fn->builtins, NULL);
    if (!f) return NULL;
    kr_val *slots = f->vals;
    /* the common case: positional arguments matching exactly */
    if (!kwnames && nargs == co->argcount && !(co->flags & (CC_VARARGS | CC_VARKEYWORDS)) && !co->kwonlyargcount) {
        for (int i = 0; i < nargs; i++) slots[i] = args[i];
    } else if (vm_bind(rt, fn, slots, args, nargs, kwnames) != KR_OK) {
        frame_pop(rt);
        return NULL;
    }
    if (fn->closure) {
        kr_tuple *cl = (kr_tuple *)fn->closure;
        int base = co->nlocalsplus - co->nfreevars;
        for (int64_t i = 0; i < cl->len && i < co->nfreevars; i++) slots[base + i] = cl->items[i];
    }
    rt->lim.depth++;
    return f;
}

int vm_call_python(kr_rt *rt, kr_func *fn, kr_val self, const kr_val *args,
                   int nargs, kr_obj *kwnames, kr_val *out)
{
    if (rt->nested >= VM_MAX_NESTED)
        return kr_raise(rt, &kt_RecursionError, "maximum recursion depth exceeded");
    if (vm_stack_check(rt) != KR_OK) return KR_ERR;
    kr_val small[16], *a = (kr_val *)args;
    int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
    size_t n = (size_t)(nargs + nkw + 1);
    kr_val *big = NULL;
    if (!kv_is_undef(self)) {
        a = small;
        if (n > 16) {
            big = mem_alloc(&rt->heap.mem, n * sizeof(kr_val));
            if (!big) return kr_nomem(rt);
            a = big;
        }
        a[0] = self;
        if (nargs + nkw) memcpy(a + 1, args, (size_t)(nargs + nkw) * sizeof(kr_val));
        nargs++;
    }
    kr_frame *f = push_call(rt, fn, a, nargs, kwnames);
    if (big) mem_free(&rt->heap.mem, big, n * sizeof(kr_val));
    if (!f) return KR_ERR;
    f->is_entry = 1;
    rt->nested++;
    rt->in_gc_unsafe++;
    int r = vm_run(rt, out, false);
    rt->in_gc_unsafe--;
    rt->nested--;
    return r;
}

int vm_run_module(kr_rt *rt, kr_code *code, kr_obj *globals, kr_val *result)
{
    char base;
    if (rt->nested == 0) {
        rt->stack_base = &base;
        /* a main thread with a small stack gets a smaller budget */
        struct rlimit rl;
        if (getrlimit(RLIMIT_STACK, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY
            && rl.rlim_cur / 2 < rt->stack_limit)
            rt->stack_limit = rl.rlim_cur / 2;
    }
    kr_frame *f = frame_push(rt, code, NULL, globals, rt->builtins, globals);
    if (!f) return KR_ERR;
    f->is_entry = 1;
    rt->lim.depth++;
    return vm_run(rt, result, false);
}

static kr_val make_exc_instance(kr_rt *rt, kr_val v, int *st)
{
    *st = KR_OK;
    if (kv_is_obj(v) && kr_is_subtype(kv_as_obj(v)->type, &kt_type)
        && kr_is_subtype((kr_type *)kv_as_obj(v), &kt_BaseException)) {
        kr_val inst;
        if (vm_call(rt, v, NULL, 0, NULL, &inst) != KR_OK) { *st = KR_ERR; return kv_undef(); }
        if (!kr_isinstance(inst, &kt_BaseException)) {
            *st = kr_raise(rt, &kt_TypeError, "calling %s should have returned an instance of BaseException, not %s",
                           ((kr_type *)kv_as_obj(v))->name, kr_type_name(inst));
            return kv_undef();
        }
        return inst;
    }
    if (kr_isinstance(v, &kt_BaseException)) return v;
    *st = kr_raise(rt, &kt_TypeError, "exceptions must derive from BaseException");
    return kv_undef();
}

static int do_raise(kr_rt *rt, kr_val exc, kr_val cause, bool has_cause)
{
    int st;
    kr_val inst = make_exc_instance(rt, exc, &st);
    if (st != KR_OK) return KR_ERR;
    if (has_cause) {
        kr_val c;
        if (kv_is_none(cause)) c = kv_undef();
        else {
            c = make_exc_instance(rt, cause, &st);
            if (st != KR_OK) {
                if (kr_exc_matches(rt, &kt_TypeError))
                    return kr_raise(rt, &kt_TypeError, "exception causes must derive from BaseException");
                return KR_ERR;
            }
        }
        KR_AS(kr_exc, inst)->cause = c;
        KR_AS(kr_exc, inst)->suppress_context = true;
    }
    rt->exc = inst;
    set_context(rt);
    return KR_ERR;
}

static inline int int_binop_fast(int op, int64_t a, int64_t b, kr_val *out)
{
    int64_t r;
    switch (op) {
    case OPB_ADD: case OPB_INPLACE_ADD:
        if (__builtin_add_overflow(a, b, &r)) return 0;
        break;
    case OPB_SUBTRACT: case OPB_INPLACE_SUBTRACT:
        if (__builtin_sub_overflow(a, b, &r)) return 0;
        break;
    case OPB_MULTIPLY: case OPB_INPLACE_MULTIPLY:
        if (__builtin_mul_overflow(a, b, &r)) return 0;
        break;
    case OPB_AND: case OPB_INPLACE_AND: r = a & b; break;
    case OPB_OR: case OPB_INPLACE_OR: r = a | b; break;
    case OPB_XOR: case OPB_INPLACE_XOR: r = a ^ b; break;
    case OPB_FLOOR_DIVIDE: case OPB_INPLACE_FLOOR_DIVIDE:
        if (b == 0 || (a == INT64_MIN && b == -1)) return 0;
        r = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) r--;
        break;
    case OPB_REMAINDER: case OPB_INPLACE_REMAINDER:
        if (b == 0 || b == -1) return 0;
        r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        break;
    default: return 0;
    }
    *out = kv_int(r);
    return 1;
}

static inline int float_binop_fast(int op, double a, double b, kr_val *out)
{
    switch (op) {
    case OPB_ADD: case OPB_INPLACE_ADD: *out = kv_float(a + b); return 1;
    case OPB_SUBTRACT: case OPB_INPLACE_SUBTRACT: *out = kv_float(a - b); return 1;
    case OPB_MULTIPLY: case OPB_INPLACE_MULTIPLY: *out = kv_float(a * b); return 1;
    case OPB_TRUE_DIVIDE: case OPB_INPLACE_TRUE_DIVIDE:
        if (b == 0.0) return 0;
        *out = kv_float(a / b);
        return 1;
    default: return 0;
    }
}

static inline int cmp_i64(int op, int64_t a, int64_t b)
{
    switch (op) {
    case OPC_LT: return a < b;
    case OPC_LE: return a <= b;
    case OPC_EQ: return a == b;
    case OPC_NE: return a != b;
    case OPC_GT: return a > b;
    default: return a >= b;
    }
}

static inline int cmp_f64(int op, double a, double b)
{
    switch (op) {
    case OPC_LT: return a < b;
    case OPC_LE: return a <= b;
    case OPC_EQ: return a == b;
    case OPC_NE: return a != b;
    case OPC_GT: return a > b;
    default: return a >= b;
    }
}

/* The cache entry of the attribute instruction at unit OFF for instances
 * of T, or NULL. */
static inline kr_attric *ic_find(kr_code *code, int32_t off, kr_type *t, uint64_t version)
{
    int32_t k = code->ic_index[off];
    if (k < 0) return NULL;
    kr_attric *ic = &code->attric[IC_WAYS * k];
    for (int w = 0; w < IC_WAYS; w++)
        if (ic[w].type == t && ic[w].version == version) return &ic[w];
    return NULL;
}

/* The value of NAME in instance dict D, trying first the entry index where
 * the cache last found it (instances built by the same code put their
 * attributes in the same order; the key is checked, so a wrong guess only
 * costs the ordinary lookup). */
static inline kr_val ic_dict_get(kr_attric *ic, kr_dict *d, kr_obj *name)
{
    dk_table *t = &d->t;
    if (t->block && ic->ix < t->nentries) {
        dk_entry *e = &dk_entries(t)[ic->ix];
        if (e->key.tag == KV_OBJ && e->key.u.o == name) return e->value;
    }
    int64_t ix = kdict_index_str(d, (kr_str *)name);
    if (ix < 0) return kv_undef();
    ic->ix = ix;
    return dk_entries(t)[ix].value;
}

/* Fills the attribute cache of the LOAD_ATTR / STORE_ATTR at unit OFF for
 * OWNER's type (see kr_attric in rt.h); leaves it alone for anything but a
 * class with an instance dict and the default attribute protocol. */
static void attr_learn(kr_rt *rt, kr_code *code, int32_t off, kr_val owner, kr_obj *name, int method)
{
    if (!kv_is_obj(owner)) return;
    kr_type *t = kv_as_obj(owner)->type;
    if (!(t->flags & KT_HEAPTYPE) || !(t->flags & KT_HAS_DICT) || !t->dict_offset) return;
    if ((t->slots.getattr && t->slots.getattr != kr_generic_getattr)
        || (t->slots.setattr && t->slots.setattr != kr_generic_setattr)) return;
    const char *n = kstr_data(name);
    if (n[0] == '_' && n[1] == '_') return;     /* __class__, __dict__, ... */
    if (!code->attric) {
        /* a pair of entries for each LOAD_ATTR / STORE_ATTR of the code */
        int32_t n = 0;
        for (int32_t i = 0; i < code->ncode; i++) {
            int op = code->code[i] & 0xff;
            if (op == OP_LOAD_ATTR || op == OP_STORE_ATTR) n++;
        }
        size_t mapb = (size_t)code->ncode * sizeof(int32_t), icb = (size_t)n * IC_WAYS * sizeof(kr_attric);
        int32_t *map = mem_alloc(&rt->heap.mem, mapb);
        kr_attric *ics = n ? mem_alloc(&rt->heap.mem, icb) : NULL;
        if (!map || (n && !ics)) {
            if (map) mem_free(&rt->heap.mem, map, mapb);
            rt->heap.mem.failed = 0;
            return;
        }
        memset(ics, 0, icb);
        for (int32_t i = 0, k = 0; i < code->ncode; i++) {
            int op = code->code[i] & 0xff;
            map[i] = (op == OP_LOAD_ATTR || op == OP_STORE_ATTR) ? k++ : -1;
        }
        code->ic_index = map;
        code->nattric = n;
        code->attric = ics;
    }
    int32_t k = code->ic_index[off];
    if (k < 0) return;
    kr_attric *ic = &code->attric[IC_WAYS * k];
    /* known already (say, a class attribute that is not a method: the
     * slow path it is) */
    for (int w = 0; w < IC_WAYS; w++)
        if (ic[w].type == t && ic[w].version == rt->type_version) return;
    /* the newest type goes first, the oldest falls out */
    memmove(&ic[1], &ic[0], (IC_WAYS - 1) * sizeof *ic);
    kr_val d = kr_type_lookup(rt, t, name);
    ic->kind = IC_NONE;
    if (kv_is_undef(d)) {
        ic->kind = IC_INSTANCE;
    } else if (method && kv_is_type(d, &kt_function)) {
        ic->kind = IC_METHOD;
        ic->func = d;
    }
    ic->type = t;
    ic->version = rt->type_version;
}

/* Unpacks iterable V into N values at DST (in order), or with a star:
 * BEFORE values, a list, AFTER values. */
static int unpack(kr_rt *rt, kr_val v, kr_val *dst, int before, int after, bool star)
{
    int n = before + after;
    if (!star && (kv_is_exact_tuple(v) || kv_is_exact_list(v))) {
        int64_t len = kv_is_exact_tuple(v) ? KR_AS(kr_tuple, v)->len : KR_AS(kr_list, v)->len;
        kr_val *items = kv_is_exact_tuple(v) ? KR_AS(kr_tuple, v)->items : KR_AS(kr_list, v)->items;
        if (len == n) { memcpy(dst, items, (size_t)n * sizeof(kr_val)); return KR_OK; }
        if (len < n)
            return kr_raise(rt, &kt_ValueError, "not enough values to unpack (expected %d, got %lld)", n, (long long)len);
        return kr_raise(rt, &kt_ValueError, "too many values to unpack (expected %d, got %lld)", n, (long long)len);
    }
    kr_val it, x;
    if (kr_iter(rt, v, &it) != KR_OK) {
        if (kr_exc_matches(rt, &kt_TypeError) && !kr_type_of(v)->slots.iter && !kr_type_of(v)->slots.getitem) {
            kr_exc_clear(rt);
            return kr_raise(rt, &kt_TypeError, "cannot unpack non-iterable %s object", kr_type_name(v));
        }
        return KR_ERR;
    }
    for (int i = 0; i < before; i++) {
        int st = kr_next(rt, it, &x);
        if (st == KR_STOP) {
            if (star)
                return kr_raise(rt, &kt_ValueError, "not enough values to unpack (expected at least %d, got %d)", n, i);
            return kr_raise(rt, &kt_ValueError, "not enough values to unpack (expected %d, got %d)", n, i);
        }
        if (st != KR_OK) return KR_ERR;
        dst[i] = x;
    }
    if (!star) {
        int st = kr_next(rt, it, &x);
        if (st == KR_STOP) return KR_OK;
        if (st != KR_OK) return KR_ERR;
        int64_t len;
        if (kr_type_of(v)->slots.len && kr_len(rt, v, &len) == KR_OK)
            return kr_raise(rt, &kt_ValueError, "too many values to unpack (expected %d, got %lld)", n, (long long)len);
        kr_exc_clear(rt);
        return kr_raise(rt, &kt_ValueError, "too many values to unpack (expected %d)", n);
    }
    kr_list *rest = klist_new(rt, 0);
    if (!rest) return KR_ERR;
    for (;;) {
        int st = kr_next(rt, it, &x);
        if (st == KR_STOP) break;
        if (st != KR_OK) return KR_ERR;
        if (klist_append(rt, rest, x) != KR_OK) return KR_ERR;
    }
    if (rest->len < after)
        return kr_raise(rt, &kt_ValueError, "not enough values to unpack (expected at least %d, got %lld)",
                        n, (long long)(before + rest->len));
    for (int i = 0; i < after; i++) dst[before + 1 + i] = rest->items[rest->len - after + i];
    rest->len -= after;
    dst[before] = klist_val(rest);
    return KR_OK;
}

static int check_except_type(kr_rt *rt, kr_val t)
{
    if (kv_is_obj(t) && kr_is_subtype(kv_as_obj(t)->type, &kt_type)
        && kr_is_subtype((kr_type *)kv_as_obj(t), &kt_BaseException))
        return KR_OK;
    if (kv_is_exact_tuple(t)) {
        kr_tuple *tu = KR_AS(kr_tuple, t);
        for (int64_t i = 0; i < tu->len; i++)
            if (check_except_type(rt, tu->items[i]) != KR_OK) return KR_ERR;
        return KR_OK;
    }
    return kr_raise(rt, &kt_TypeError, "catching classes that do not inherit from BaseException is not allowed");
}

static bool exc_matches(kr_val exc, kr_val t)
{
    if (kv_is_exact_tuple(t)) {
        kr_tuple *tu = KR_AS(kr_tuple, t);
        for (int64_t i = 0; i < tu->len; i++)
            if (exc_matches(exc, tu->items[i])) return true;
        return false;
    }
    return kr_isinstance(exc, (kr_type *)kv_as_obj(t));
}

static int load_special(kr_rt *rt, kr_val owner, int which, kr_val *attr, kr_val *self)
{
    static const char *const names[] = { "__enter__", "__exit__", "__aenter__", "__aexit__" };
    kr_val m = vm_lookup_special(rt, owner, names[which]);
    if (kv_is_undef(m)) {
        bool async = which >= 2;
        /* CPython 3.14 suggests the other kind of with when the object
         * has both of its methods */
        int o = async ? 0 : 2;
        bool other = !kv_is_undef(vm_lookup_special(rt, owner, names[o]))
                  && !kv_is_undef(vm_lookup_special(rt, owner, names[o + 1]));
        return kr_raise(rt, &kt_TypeError, "'%s' object does not support the %scontext manager protocol (missed %s method)%s",
                        kr_type_name(owner), async ? "asynchronous " : "", names[which],
                        !other ? "" : async ? " but it supports the context manager protocol. Did you mean to use 'with'?"
                                            : " but it supports the asynchronous context manager protocol. Did you mean to use 'async with'?");
    }
    kr_obj *mo = kv_is_obj(m) ? kv_as_obj(m) : NULL;
    if (mo && (mo->type == &kt_function || mo->type == &kt_method_wrapper
               || (mo->type == &kt_builtin_function && mo->aux == 0 && (((kr_cfunc *)mo)->flags & KF_METHOD)))) {
        *attr = m;
        *self = owner;
        return KR_OK;
    }
    if (kr_descr_get(rt, m, owner, kr_type_of(owner), attr) != KR_OK) return KR_ERR;
    *self = kv_undef();
    return KR_OK;
}

static int make_function(kr_rt *rt, kr_frame *f, kr_code *co, kr_val *out)
{
    kr_func *fn = (kr_func *)heap_alloc(&rt->heap, &kt_function, sizeof(kr_func));
    if (!fn) return kr_nomem(rt);
    fn->code = co;
    fn->globals = f->globals;
    fn->builtins = f->builtins;
    fn->name = co->name;
    fn->qualname = co->qualname;
    fn->doc = kv_none();
    if ((co->flags & CC_HAS_DOCSTRING) && co->nconsts > 0) fn->doc = co->consts[0];
    fn->module = kdict_get_cstr(rt, (kr_dict *)f->globals, "__name__");
    if (kv_is_undef(fn->module)) fn->module = kv_none();
    fn->annotate = kv_none();
    fn->annotations = kv_undef();
    *out = kv_obj(&fn->obj);
    return KR_OK;
}

static int build_map_from(kr_rt *rt, kr_val *items, int n, kr_val *out)
{
    kr_dict *d = kdict_new(rt);
    if (!d) return KR_ERR;
    for (int i = 0; i < n; i++)
        if (kdict_set(rt, d, items[2 * i], items[2 * i + 1]) != KR_OK) return KR_ERR;
    *out = kdict_val(d);
    return KR_OK;
}

/* How call errors name a callable (CPython's _PyObject_FunctionStr):
 * "module.qualname" for functions of other modules than builtins,
 * "qualname" otherwise. */
static void func_str(kr_rt *rt, kr_val func, char *buf, size_t cap)
{
    kr_val f = kv_is_type(func, &kt_method) ? KR_AS(kr_method, func)->func : func;
    kr_val qn, mod = kv_undef();
    if (kr_getattr_cstr(rt, f, "__qualname__", &qn) != KR_OK || !kv_is_str(qn)) {
        kr_exc_clear(rt);
        if (kr_getattr_cstr(rt, f, "__name__", &qn) != KR_OK || !kv_is_str(qn)) {
            kr_exc_clear(rt);
            snprintf(buf, cap, "%s object", kr_type_name(f));
            return;
        }
    }
    if (kv_is_type(f, &kt_function)) mod = KR_AS(kr_func, f)->module;
    if (kv_is_str(mod) && strcmp(kstr_data(kv_as_obj(mod)), "builtins"))
        snprintf(buf, cap, "%s.%s()", kstr_data(kv_as_obj(mod)), kstr_data(kv_as_obj(qn)));
    else
        snprintf(buf, cap, "%s()", kstr_data(kv_as_obj(qn)));
}

static int dict_merge(kr_rt *rt, kr_val dict, kr_val other, kr_val func, bool check_dups)
{
    kr_dict *d = KR_AS(kr_dict, dict);
    char fname[512];
    if (!check_dups) {
        int r = kdict_update(rt, d, other);
        if (r == KR_ERR && kr_exc_matches(rt, &kt_TypeError) && !kr_isinstance(other, &kt_dict)
            && kv_is_undef(vm_lookup_special(rt, other, "keys"))) {
            kr_exc_clear(rt);
            return kr_raise(rt, &kt_TypeError, "'%s' object is not a mapping", kr_type_name(other));
        }
        return r;
    }
    /* f(**m): keys must be str and not repeated */
    kr_val keys, it, k, v;
    if (!kr_isinstance(other, &kt_dict) && kv_is_undef(vm_lookup_special(rt, other, "keys"))) {
        func_str(rt, func, fname, sizeof fname);
        return kr_raise(rt, &kt_TypeError, "%s argument after ** must be a mapping, not %s",
                        fname, kr_type_name(other));
    }
    if (vm_call_method(rt, other, "keys", NULL, 0, &keys) != KR_OK) return KR_ERR;
    if (kr_iter(rt, keys, &it) != KR_OK) return KR_ERR;
    for (;;) {
        int st = kr_next(rt, it, &k);
        if (st == KR_STOP) break;
        if (st != KR_OK) return KR_ERR;
        if (!kv_is_str(k)) return kr_raise(rt, &kt_TypeError, "keywords must be strings");
        kr_val old;
        int g = kdict_get(rt, d, k, &old);
        if (g == KR_ERR) return KR_ERR;
        if (g == KR_OK) {
            func_str(rt, func, fname, sizeof fname);
            return kr_raise(rt, &kt_TypeError, "%s got multiple values for keyword argument '%s'",
                            fname, kstr_data(kv_as_obj(k)));
        }
        if (kr_getitem(rt, other, k, &v) != KR_OK) return KR_ERR;
        if (kdict_set(rt, d, k, v) != KR_OK) return KR_ERR;
    }
    return KR_OK;
}

/* The argument of the instruction starting at unit LASTI. */
static uint32_t instr_arg(kr_code *co, int32_t lasti)
{
    const uint16_t *p = co->code + lasti;
    uint32_t arg = *p >> 8;
    while ((*p & 0xff) == OP_EXTENDED_ARG) {
        p++;
        arg = (arg << 8) | (*p >> 8);
    }
    return arg;
}

/* CALL_FUNCTION_EX's work, out of line to keep vm_run's C frame small (it
 * recurses once per nested activation): a Python function gets a frame
 * (*NF), anything else is called (*OUT, *NF NULL). */
static __attribute__((noinline)) int call_ex(kr_rt *rt, kr_val callable, kr_val self, kr_val pargs,
                                             kr_val kw, kr_frame **nf, kr_val *out)
{
    *nf = NULL;
    if (!kv_is_exact_tuple(pargs)) {
        kr_val t;
        if (!kr_type_of(pargs)->slots.iter && !kr_type_of(pargs)->slots.getitem) {
            char fname[512];
            func_str(rt, callable, fname, sizeof fname);
            return kr_raise(rt, &kt_TypeError, "%s argument after * must be an iterable, not %s",
                            fname, kr_type_name(pargs));
        }
        if (vm_call(rt, kv_obj(&kt_tuple.head.obj), &pargs, 1, NULL, &t) != KR_OK) return KR_ERR;
        pargs = t;
    }
    kr_tuple *pt = KR_AS(kr_tuple, pargs);
    int np = (int)pt->len + (kv_is_undef(self) ? 0 : 1);
    int nk = 0;
    kr_tuple *kwn = NULL;
    if (!kv_is_undef(kw) && !kv_is_none(kw)) {
        kr_dict *d = KR_AS(kr_dict, kw);
        nk = (int)d->t.used;
        if (nk) {
            kwn = ktuple_new(rt, nk);
            if (!kwn) return KR_ERR;
        }
    }
    size_t n = (size_t)(np + nk);
    kr_val small[16], *a = small;
    if (n > 16) {
        a = mem_alloc(&rt->heap.mem, n * sizeof(kr_val));
        if (!a) return kr_nomem(rt);
    }
    int i = 0;
    if (!kv_is_undef(self)) a[i++] = self;
    if (pt->len) memcpy(a + i, pt->items, (size_t)pt->len * sizeof(kr_val));
    i += (int)pt->len;
    if (nk) {
        int64_t pos = 0;
        dk_entry *e;
        int k = 0;
        while (dk_next(&KR_AS(kr_dict, kw)->t, &pos, &e)) {
            kwn->items[k++] = e->key;
            a[i++] = e->value;
        }
    }
    int st = KR_OK;
    if (kv_is_type(callable, &kt_function)) {
        *nf = push_call(rt, KR_AS(kr_func, callable), a, np, kwn ? &kwn->obj : NULL);
        if (!*nf) st = KR_ERR;
    } else {
        st = vm_call(rt, callable, a, np, kwn ? &kwn->obj : NULL, out);
    }
    if (a != small) mem_free(&rt->heap.mem, a, n * sizeof(kr_val));
    return st;
}

/* BUILD_STRING's work (out of line, as call_ex). */
static __attribute__((noinline)) int build_string(kr_rt *rt, const kr_val *items, uint32_t n, kr_val *out)
{
    size_t total = 0;
    for (uint32_t i = 0; i < n; i++) total += (size_t)kstr_nbytes(kv_as_obj(items[i]));
    char small[256];
    small[0] = 0;
    char *buf = small;
    if (total + 1 > sizeof small) {
        buf = mem_alloc(&rt->heap.mem, total + 1);
        if (!buf) return kr_nomem(rt);
    }
    size_t pos = 0;
    for (uint32_t i = 0; i < n; i++) {
        kr_obj *s = kv_as_obj(items[i]);
        memcpy(buf + pos, kstr_data(s), (size_t)kstr_nbytes(s));
        pos += (size_t)kstr_nbytes(s);
    }
    kr_str *r = kstr_new(rt, buf, total);
    if (buf != small) mem_free(&rt->heap.mem, buf, total + 1);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

/* UNPACK_SEQUENCE / UNPACK_EX: the values, in order, at DST (the value
 * stack, which has room for them), then reversed as the stack wants. */
static __attribute__((noinline)) int unpack_to_stack(kr_rt *rt, kr_val v, kr_val *dst, int before, int after, bool star)
{
    int n = before + after + (star ? 1 : 0);
    if (unpack(rt, v, dst, before, after, star) != KR_OK) return KR_ERR;
    for (int i = 0, j = n - 1; i < j; i++, j--) {
        kr_val t = dst[i];
        dst[i] = dst[j];
        dst[j] = t;
    }
    return KR_OK;
}

void vm_superinstructions(uint16_t *code, int32_t n)
{
    _Static_assert((int)OP__COUNT <= (int)OPX_LOAD_FAST_LOAD_FAST, "superinstructions collide with opcodes");
    for (int32_t i = 0; i + 1 < n; i++) {
        int op = code[i] & 0xff, next = code[i + 1] & 0xff;
        /* a prefixed instruction keeps its plain form */
        if (i > 0 && (code[i - 1] & 0xff) == OP_EXTENDED_ARG) continue;
        int x = -1;
        if (op == OP_LOAD_FAST && next == OP_LOAD_FAST) x = OPX_LOAD_FAST_LOAD_FAST;
        else if (op == OP_LOAD_FAST && next == OP_LOAD_CONST) x = OPX_LOAD_FAST_LOAD_CONST;
        else if (op == OP_LOAD_FAST && next == OP_LOAD_SMALL_INT) x = OPX_LOAD_FAST_LOAD_SMALL_INT;
        else if (op == OP_STORE_FAST && next == OP_LOAD_FAST) x = OPX_STORE_FAST_LOAD_FAST;
        if (x >= 0) code[i] = (uint16_t)((code[i] & 0xff00) | x);
    }
}

/* Dispatch.  With GCC or clang every instruction ends by decoding the next
 * and jumping straight to its code (one indirect branch per instruction
 * site predicts far better than the switch's single one); elsewhere, the
 * switch. */
#if defined(__GNUC__) && !defined(KR_NO_COMPUTED_GOTO)
#define VM_THREADED 1
#endif

/* One unit; an EXTENDED_ARG prefix is an instruction of its own that
 * widens the next one's argument (keeping the common decode branch-free). */
#define DECODE() do { \
        uint16_t u_ = *ip++; \
        op = u_ & 0xff; \
        oparg = u_ >> 8; \
    } while (0)

#ifdef VM_THREADED
#define TARGET(name) case OP_##name: L_##name:
#define XLABEL(l) l:
#define DISPATCH_START() goto *dispatch_table[op]; switch (op)
#define DISPATCH() do { instr = ip; DECODE(); goto *dispatch_table[op]; } while (0)
#else
#define TARGET(name) case OP_##name:
#define XLABEL(l)
#define DISPATCH_START() switch (op)
#define DISPATCH() continue
#endif

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(ptrdiff_t)(n)])

#define SAVE() do { f->sp = sp; f->next_i = (int32_t)(ip - f->code->code); } while (0)
#define LOAD() do { code = f->code; ip = code->code + f->next_i; sp = f->sp; \
                    locals = f->vals; consts = code->consts; names = code->names; } while (0)

int vm_run(kr_rt *rt, kr_val *result, bool throwing)
{
    kr_frame *f = rt->frame;
    kr_code *code;
    const uint16_t *ip, *instr;
    kr_val *sp, *locals, *consts;
    kr_obj **names;
    uint32_t oparg;
    int op;
    kr_val retval;
    int cmp_res;                /* COMPARE_OP's fast result (compare_done) */
    kr_val binop_res;           /* BINARY_OP's fast result (binop_done) */

    LOAD();
    if (throwing) {
        instr = code->code + (f->lasti >= 0 ? f->lasti : 0);
        goto exception_unwind_here;
    }

#ifdef VM_THREADED
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Woverride-init"
#pragma GCC diagnostic ignored "-Winitializer-overrides"
    static const void *const dispatch_table[256] = {
        [0 ... 255] = &&L_default,
        [OP_EXTENDED_ARG] = &&L_EXTENDED_ARG,
        [OPX_LOAD_FAST_LOAD_FAST] = &&L_X_LFLF,
        [OPX_LOAD_FAST_LOAD_CONST] = &&L_X_LFLC,
        [OPX_LOAD_FAST_LOAD_SMALL_INT] = &&L_X_LFLS,
        [OPX_STORE_FAST_LOAD_FAST] = &&L_X_SFLF,
        [OP_BUILD_INTERPOLATION] = &&L_BUILD_INTERPOLATION,
        [OP_BUILD_TEMPLATE] = &&L_BUILD_TEMPLATE,
        [OP_BINARY_OP] = &&L_BINARY_OP,
        [OP_BINARY_SLICE] = &&L_BINARY_SLICE,
        [OP_BINARY_SUBSCR] = &&L_BINARY_SUBSCR,
        [OP_BUILD_LIST] = &&L_BUILD_LIST,
        [OP_BUILD_MAP] = &&L_BUILD_MAP,
        [OP_BUILD_SET] = &&L_BUILD_SET,
        [OP_BUILD_SLICE] = &&L_BUILD_SLICE,
        [OP_BUILD_STRING] = &&L_BUILD_STRING,
        [OP_BUILD_TUPLE] = &&L_BUILD_TUPLE,
        [OP_CALL] = &&L_CALL,
        [OP_CALL_FUNCTION_EX] = &&L_CALL_FUNCTION_EX,
        [OP_CALL_INTRINSIC_1] = &&L_CALL_INTRINSIC_1,
        [OP_CALL_INTRINSIC_2] = &&L_CALL_INTRINSIC_2,
        [OP_CALL_KW] = &&L_CALL_KW,
        [OP_CHECK_EG_MATCH] = &&L_CHECK_EG_MATCH,
        [OP_CHECK_EXC_MATCH] = &&L_CHECK_EXC_MATCH,
        [OP_CLEANUP_THROW] = &&L_CLEANUP_THROW,
        [OP_COMPARE_OP] = &&L_COMPARE_OP,
        [OP_CONTAINS_OP] = &&L_CONTAINS_OP,
        [OP_CONVERT_VALUE] = &&L_CONVERT_VALUE,
        [OP_COPY] = &&L_COPY,
        [OP_COPY_FREE_VARS] = &&L_COPY_FREE_VARS,
        [OP_DELETE_ATTR] = &&L_DELETE_ATTR,
        [OP_DELETE_DEREF] = &&L_DELETE_DEREF,
        [OP_DELETE_FAST] = &&L_DELETE_FAST,
        [OP_DELETE_GLOBAL] = &&L_DELETE_GLOBAL,
        [OP_DELETE_NAME] = &&L_DELETE_NAME,
        [OP_DELETE_SUBSCR] = &&L_DELETE_SUBSCR,
        [OP_DICT_MERGE] = &&L_DICT_MERGE,
        [OP_DICT_UPDATE] = &&L_DICT_UPDATE,
        [OP_END_ASYNC_FOR] = &&L_END_ASYNC_FOR,
        [OP_END_SEND] = &&L_END_SEND,
        [OP_FORMAT_SIMPLE] = &&L_FORMAT_SIMPLE,
        [OP_FORMAT_WITH_SPEC] = &&L_FORMAT_WITH_SPEC,
        [OP_FOR_ITER] = &&L_FOR_ITER,
        [OP_GET_AITER] = &&L_GET_AITER,
        [OP_GET_ANEXT] = &&L_GET_ANEXT,
        [OP_GET_AWAITABLE] = &&L_GET_AWAITABLE,
        [OP_GET_ITER] = &&L_GET_ITER,
        [OP_GET_LEN] = &&L_GET_LEN,
        [OP_GET_YIELD_FROM_ITER] = &&L_GET_YIELD_FROM_ITER,
        [OP_IMPORT_FROM] = &&L_IMPORT_FROM,
        [OP_IMPORT_NAME] = &&L_IMPORT_NAME,
        [OP_IS_OP] = &&L_IS_OP,
        [OP_JUMP_BACKWARD] = &&L_JUMP_BACKWARD,
        [OP_JUMP_BACKWARD_NO_INTERRUPT] = &&L_JUMP_BACKWARD_NO_INTERRUPT,
        [OP_JUMP_FORWARD] = &&L_JUMP_FORWARD,
        [OP_LIST_APPEND] = &&L_LIST_APPEND,
        [OP_LIST_EXTEND] = &&L_LIST_EXTEND,
        [OP_LOAD_ATTR] = &&L_LOAD_ATTR,
        [OP_LOAD_BUILD_CLASS] = &&L_LOAD_BUILD_CLASS,
        [OP_LOAD_COMMON_CONSTANT] = &&L_LOAD_COMMON_CONSTANT,
        [OP_LOAD_CONST] = &&L_LOAD_CONST,
        [OP_LOAD_DEREF] = &&L_LOAD_DEREF,
        [OP_LOAD_FAST] = &&L_LOAD_FAST,
        [OP_LOAD_FAST_AND_CLEAR] = &&L_LOAD_FAST_AND_CLEAR,
        [OP_LOAD_FAST_AUG] = &&L_LOAD_FAST_AUG,
        [OP_LOAD_FROM_DICT_OR_DEREF] = &&L_LOAD_FROM_DICT_OR_DEREF,
        [OP_LOAD_FROM_DICT_OR_GLOBALS] = &&L_LOAD_FROM_DICT_OR_GLOBALS,
        [OP_LOAD_GLOBAL] = &&L_LOAD_GLOBAL,
        [OP_LOAD_LOCALS] = &&L_LOAD_LOCALS,
        [OP_LOAD_NAME] = &&L_LOAD_NAME,
        [OP_LOAD_SMALL_INT] = &&L_LOAD_SMALL_INT,
        [OP_LOAD_SPECIAL] = &&L_LOAD_SPECIAL,
        [OP_LOAD_SUPER_ATTR] = &&L_LOAD_SUPER_ATTR,
        [OP_MAKE_CELL] = &&L_MAKE_CELL,
        [OP_MAKE_FUNCTION] = &&L_MAKE_FUNCTION,
        [OP_MAP_ADD] = &&L_MAP_ADD,
        [OP_MATCH_CLASS] = &&L_MATCH_CLASS,
        [OP_MATCH_KEYS] = &&L_MATCH_KEYS,
        [OP_MATCH_MAPPING] = &&L_MATCH_MAPPING,
        [OP_MATCH_SEQUENCE] = &&L_MATCH_SEQUENCE,
        [OP_NOP] = &&L_NOP,
        [OP_POP_EXCEPT] = &&L_POP_EXCEPT,
        [OP_POP_JUMP_IF_FALSE] = &&L_POP_JUMP_IF_FALSE,
        [OP_POP_JUMP_IF_NONE] = &&L_POP_JUMP_IF_NONE,
        [OP_POP_JUMP_IF_NOT_NONE] = &&L_POP_JUMP_IF_NOT_NONE,
        [OP_POP_JUMP_IF_TRUE] = &&L_POP_JUMP_IF_TRUE,
        [OP_POP_TOP] = &&L_POP_TOP,
        [OP_PUSH_EXC_INFO] = &&L_PUSH_EXC_INFO,
        [OP_PUSH_NULL] = &&L_PUSH_NULL,
        [OP_RAISE_VARARGS] = &&L_RAISE_VARARGS,
        [OP_RERAISE] = &&L_RERAISE,
        [OP_RESUME] = &&L_RESUME,
        [OP_RETURN_GENERATOR] = &&L_RETURN_GENERATOR,
        [OP_RETURN_VALUE] = &&L_RETURN_VALUE,
        [OP_SEND] = &&L_SEND,
        [OP_SETUP_ANNOTATIONS] = &&L_SETUP_ANNOTATIONS,
        [OP_SET_ADD] = &&L_SET_ADD,
        [OP_SET_FUNCTION_ATTRIBUTE] = &&L_SET_FUNCTION_ATTRIBUTE,
        [OP_SET_UPDATE] = &&L_SET_UPDATE,
        [OP_STORE_ATTR] = &&L_STORE_ATTR,
        [OP_STORE_DEREF] = &&L_STORE_DEREF,
        [OP_STORE_FAST] = &&L_STORE_FAST,
        [OP_STORE_GLOBAL] = &&L_STORE_GLOBAL,
        [OP_STORE_NAME] = &&L_STORE_NAME,
        [OP_STORE_SLICE] = &&L_STORE_SLICE,
        [OP_STORE_SUBSCR] = &&L_STORE_SUBSCR,
        [OP_SWAP] = &&L_SWAP,
        [OP_TO_BOOL] = &&L_TO_BOOL,
        [OP_UNARY_INVERT] = &&L_UNARY_INVERT,
        [OP_UNARY_NEGATIVE] = &&L_UNARY_NEGATIVE,
        [OP_UNARY_NOT] = &&L_UNARY_NOT,
        [OP_UNPACK_EX] = &&L_UNPACK_EX,
        [OP_UNPACK_SEQUENCE] = &&L_UNPACK_SEQUENCE,
        [OP_WITH_EXCEPT_START] = &&L_WITH_EXCEPT_START,
        [OP_YIELD_VALUE] = &&L_YIELD_VALUE,
    };
#pragma GCC diagnostic pop
#endif

    for (;;) {
        instr = ip;
        DECODE();
    dispatch_op:
        DISPATCH_START() {
        TARGET(EXTENDED_ARG) {
            /* INSTR stays at the prefix: the whole instruction's start */
            uint16_t u_ = *ip++;
            op = u_ & 0xff;
            oparg = (oparg << 8) | (u_ >> 8);
            goto dispatch_op;
        }
        TARGET(NOP)
        TARGET(RESUME)
            DISPATCH();

        TARGET(POP_TOP) sp--; DISPATCH();
        TARGET(PUSH_NULL) PUSH(kv_undef()); DISPATCH();
        TARGET(COPY) { kr_val v = PEEK(oparg); PUSH(v); DISPATCH(); }
        TARGET(SWAP) { kr_val t = TOP(); sp[-1] = PEEK(oparg); sp[-(int)oparg] = t; DISPATCH(); }
        TARGET(LOAD_CONST) PUSH(consts[oparg]); DISPATCH();
        TARGET(LOAD_SMALL_INT) PUSH(kv_int((int64_t)oparg)); DISPATCH();
        TARGET(LOAD_FAST) {
            kr_val v = locals[oparg];
            if (kv_is_undef(v)) { f->lasti = (int32_t)(instr - code->code); unbound_local(rt, code, (int)oparg); goto error; }
            if (v.tag == KV_OBJ && kv_as_obj(v)->type == &kt_str) kv_as_obj(v)->aux &= ~KS_FRESH;
            PUSH(v);
            DISPATCH();
        }
        TARGET(LOAD_FAST_AUG) {
            kr_val v = locals[oparg];
            if (kv_is_undef(v)) { f->lasti = (int32_t)(instr - code->code); unbound_local(rt, code, (int)oparg); goto error; }
            PUSH(v);
            DISPATCH();
        }
        TARGET(LOAD_FAST_AND_CLEAR) {
            kr_val v = locals[oparg];
            if (v.tag == KV_OBJ && kv_as_obj(v)->type == &kt_str) kv_as_obj(v)->aux &= ~KS_FRESH;
            PUSH(v);
            locals[oparg] = kv_undef();
            DISPATCH();
        }
        TARGET(STORE_FAST) locals[oparg] = POP(); DISPATCH();
        case OPX_LOAD_FAST_LOAD_FAST: XLABEL(L_X_LFLF) {
            kr_val v = locals[oparg];
            if (kv_is_undef(v)) goto xload_unbound;
            if (v.tag == KV_OBJ && kv_as_obj(v)->type == &kt_str) kv_as_obj(v)->aux &= ~KS_FRESH;
            kr_val w = locals[*ip >> 8];
            if (kv_is_undef(w)) goto xload_plain;   /* the second load raises itself */
            if (w.tag == KV_OBJ && kv_as_obj(w)->type == &kt_str) kv_as_obj(w)->aux &= ~KS_FRESH;
            ip++;
            PUSH(v);
            PUSH(w);
            DISPATCH();
        xload_plain:
            PUSH(v);
            DISPATCH();
        xload_unbound:
            f->lasti = (int32_t)(instr - code->code);
            unbound_local(rt, code, (int)oparg);
            goto error;
        }
        case OPX_LOAD_FAST_LOAD_CONST: XLABEL(L_X_LFLC) {
            kr_val v = locals[oparg];
            if (kv_is_undef(v)) goto xload_unbound;
            if (v.tag == KV_OBJ && kv_as_obj(v)->type == &kt_str) kv_as_obj(v)->aux &= ~KS_FRESH;
            PUSH(v);
            PUSH(consts[*ip++ >> 8]);
            DISPATCH();
        }
        case OPX_LOAD_FAST_LOAD_SMALL_INT: XLABEL(L_X_LFLS) {
            kr_val v = locals[oparg];
            if (kv_is_undef(v)) goto xload_unbound;
            PUSH(v);
            PUSH(kv_int((int64_t)(*ip++ >> 8)));
            DISPATCH();
        }
        case OPX_STORE_FAST_LOAD_FAST: XLABEL(L_X_SFLF) {
            locals[oparg] = POP();
            kr_val w = locals[*ip >> 8];
            if (kv_is_undef(w)) DISPATCH();         /* the load raises itself */
            if (w.tag == KV_OBJ && kv_as_obj(w)->type == &kt_str) kv_as_obj(w)->aux &= ~KS_FRESH;
            ip++;
            PUSH(w);
            DISPATCH();
        }
        TARGET(DELETE_FAST)
            if (kv_is_undef(locals[oparg])) { unbound_local(rt, code, (int)oparg); goto error; }
            locals[oparg] = kv_undef();
            DISPATCH();
        TARGET(MAKE_CELL) {
            kr_cell *c = (kr_cell *)heap_alloc(&rt->heap, &kt_cell, sizeof(kr_cell));
            if (!c) { kr_nomem(rt); goto error; }
            c->v = locals[oparg];
            locals[oparg] = kv_obj(&c->obj);
            DISPATCH();
        }
        TARGET(COPY_FREE_VARS) DISPATCH();   /* done when the frame is made */
        TARGET(LOAD_DEREF) {
            kr_cell *c = KR_AS(kr_cell, locals[oparg]);
            if (kv_is_undef(c->v)) { unbound_local(rt, code, (int)oparg); goto error; }
            PUSH(c->v);
            DISPATCH();
        }
        TARGET(STORE_DEREF) KR_AS(kr_cell, locals[oparg])->v = POP(); DISPATCH();
        TARGET(DELETE_DEREF) {
            kr_cell *c = KR_AS(kr_cell, locals[oparg]);
            if (kv_is_undef(c->v)) { unbound_local(rt, code, (int)oparg); goto error; }
            c->v = kv_undef();
            DISPATCH();
        }
        TARGET(LOAD_FROM_DICT_OR_DEREF) {
            kr_val d = POP(), v;
            kr_obj *name = code->localsplusnames[oparg];
            int st = kv_is_exact_dict(d) ? (v = kdict_get_str(KR_AS(kr_dict, d), (kr_str *)name), kv_is_undef(v) ? KR_STOP : KR_OK)
                                         : kr_getitem(rt, d, kv_obj(name), &v);
            if (st == KR_ERR) {
                if (!kr_exc_matches(rt, &kt_KeyError)) goto error;
                kr_exc_clear(rt);
                st = KR_STOP;
            }
            if (st == KR_STOP) {
                kr_cell *c = KR_AS(kr_cell, locals[oparg]);
                if (kv_is_undef(c->v)) { unbound_local(rt, code, (int)oparg); goto error; }
                v = c->v;
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(LOAD_GLOBAL) {
            kr_val v;
            const dk_table *gt = &((kr_dict *)f->globals)->t, *bt = &((kr_dict *)f->builtins)->t;
            kr_gcache *gc = code->gcache ? &code->gcache[oparg >> 1] : NULL;
            if (gc && gc->gt == gt && gc->gver == gt->version) {
                if (gc->gix >= 0) { v = dk_entries(gt)[gc->gix].value; goto global_found; }
                if (gc->bt == bt && gc->bver == bt->version) { v = dk_entries(bt)[gc->bix].value; goto global_found; }
            }
            if (global_lookup(rt, code, f, oparg >> 1, &v) != KR_OK) {
                f->lasti = (int32_t)(instr - code->code);
                goto error;
            }
        global_found:
            PUSH(v);
            if (oparg & 1) PUSH(kv_undef());
            DISPATCH();
        }
        TARGET(STORE_GLOBAL)
            if (kdict_set_str(rt, (kr_dict *)f->globals, (kr_str *)names[oparg], POP()) != KR_OK) goto error;
            DISPATCH();
        TARGET(DELETE_GLOBAL) {
            int st = kdict_del_str(rt, (kr_dict *)f->globals, (kr_str *)names[oparg]);
            if (st == KR_STOP) { name_error(rt, names[oparg]); goto error; }
            if (st != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(LOAD_NAME)
        TARGET(LOAD_FROM_DICT_OR_GLOBALS) {
            kr_obj *name = names[oparg];
            kr_val v = kv_undef();
            kr_val ld = op == OP_LOAD_NAME ? (f->locals ? kv_obj(f->locals) : kv_undef()) : POP();
            if (op == OP_LOAD_NAME && !f->locals) {
                kr_raise(rt, &kt_SystemError, "no locals when loading '%s'", kstr_data(name));
                goto error;
            }
            if (kv_is_exact_dict(ld)) v = kdict_get_str(KR_AS(kr_dict, ld), (kr_str *)name);
            else {
                int st = kr_getitem(rt, ld, kv_obj(name), &v);
                if (st != KR_OK) {
                    if (!kr_exc_matches(rt, &kt_KeyError)) goto error;
                    kr_exc_clear(rt);
                    v = kv_undef();
                }
            }
            if (kv_is_undef(v)) v = kdict_get_str((kr_dict *)f->globals, (kr_str *)name);
            if (kv_is_undef(v)) v = kdict_get_str((kr_dict *)f->builtins, (kr_str *)name);
            if (kv_is_undef(v)) { name_error(rt, name); goto error; }
            PUSH(v);
            DISPATCH();
        }
        TARGET(STORE_NAME) {
            kr_val v = POP();
            kr_val ld = kv_obj(f->locals);
            int st = kv_is_exact_dict(ld) ? kdict_set_str(rt, KR_AS(kr_dict, ld), (kr_str *)names[oparg], v)
                                          : kr_setitem(rt, ld, kv_obj(names[oparg]), v);
            if (st != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(DELETE_NAME) {
            kr_val ld = kv_obj(f->locals);
            int st = kv_is_exact_dict(ld) ? kdict_del_str(rt, KR_AS(kr_dict, ld), (kr_str *)names[oparg])
                                          : kr_delitem(rt, ld, kv_obj(names[oparg]));
            if (st == KR_STOP) { name_error(rt, names[oparg]); goto error; }
            if (st != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(LOAD_LOCALS)
            if (!f->locals) { kr_raise(rt, &kt_SystemError, "no locals found"); goto error; }
            PUSH(kv_obj(f->locals));
            DISPATCH();
        TARGET(LOAD_COMMON_CONSTANT) {
            kr_val v;
            switch (oparg) {
            case CC_CONST_ASSERTIONERROR: v = kv_obj(&kt_AssertionError.head.obj); break;
            case CC_CONST_NOTIMPLEMENTEDERROR: v = kv_obj(&kt_NotImplementedError.head.obj); break;
            case CC_CONST_BUILTIN_TUPLE: v = kv_obj(&kt_tuple.head.obj); break;
            case CC_CONST_BUILTIN_ALL: v = kdict_get_cstr(rt, (kr_dict *)rt->builtins, "all"); break;
            default: v = kdict_get_cstr(rt, (kr_dict *)rt->builtins, "any"); break;
            }
            PUSH(v);
            DISPATCH();
        }
        TARGET(SETUP_ANNOTATIONS) {
            kr_dict *ld = (kr_dict *)f->locals;
            if (kv_is_undef(kdict_get_cstr(rt, ld, "__annotations__"))) {
                kr_dict *d = kdict_new(rt);
                if (!d || kdict_set_cstr(rt, ld, "__annotations__", kdict_val(d)) != KR_OK) goto error;
            }
            DISPATCH();
        }

        TARGET(LOAD_ATTR) {
            kr_obj *name = names[oparg >> 1];
            kr_val owner = TOP(), v;
            if (code->attric && kv_is_obj(owner)) {
                kr_attric *ic = ic_find(code, (int32_t)(instr - code->code), kv_as_obj(owner)->type, rt->type_version);
                kr_obj *o = kv_as_obj(owner);
                if (ic) {
                    kr_obj *d = *(kr_obj **)(void *)((char *)o + ic->type->dict_offset);
                    if (ic->kind == IC_INSTANCE) {
                        v = d ? ic_dict_get(ic, (kr_dict *)d, name) : kv_undef();
                        if (!kv_is_undef(v)) {
                            sp[-1] = v;
                            if (oparg & 1) PUSH(kv_undef());
                            DISPATCH();
                        }
                    } else if (ic->kind == IC_METHOD
                               && (!d || kv_is_undef(kdict_get_str((kr_dict *)d, (kr_str *)name)))) {
                        sp[-1] = ic->func;
                        PUSH(owner);
                        DISPATCH();
                    }
                }
            }
            f->lasti = (int32_t)(instr - code->code);
            SAVE();
            attr_learn(rt, code, (int32_t)(instr - code->code), owner, name, oparg & 1);
            if (oparg & 1) {
                /* method load: avoid a bound method for plain functions */
                kr_type *t = kr_type_of(owner);
                if (!t->slots.getattr || t->slots.getattr == kr_generic_getattr) {
                    kr_val d = kr_type_lookup(rt, t, name);
                    if (kv_is_obj(d) && (kv_as_obj(d)->type == &kt_function
                        || (kv_as_obj(d)->type == &kt_builtin_function && kv_as_obj(d)->aux == 0
                            && (((kr_cfunc *)kv_as_obj(d))->flags & KF_METHOD)))) {
                        kr_obj *dict = kr_instance_dict(rt, owner, false);
                        if (!dict || kv_is_undef(kdict_get_str((kr_dict *)dict, (kr_str *)name))) {
                            sp[-1] = d;
                            PUSH(owner);
                            DISPATCH();
                        }
                    }
                }
                if (kr_getattr(rt, owner, name, &v) != KR_OK) goto error;
                sp[-1] = v;
                PUSH(kv_undef());
                DISPATCH();
            }
            if (kr_getattr(rt, owner, name, &v) != KR_OK) goto error;
            sp[-1] = v;
            DISPATCH();
        }
        TARGET(STORE_ATTR) {
            kr_val owner = POP(), v = POP();
            if (code->attric && kv_is_obj(owner)) {
                kr_attric *ic = ic_find(code, (int32_t)(instr - code->code), kv_as_obj(owner)->type, rt->type_version);
                if (ic && ic->kind == IC_INSTANCE) {
                    kr_obj *d = kr_instance_dict(rt, owner, true);
                    if (!d) goto error;
                    dk_table *t = &((kr_dict *)d)->t;
                    if (t->block && ic->ix < t->nentries) {
                        dk_entry *e = &dk_entries(t)[ic->ix];
                        if (e->key.tag == KV_OBJ && e->key.u.o == names[oparg]) {
                            e->value = v;
                            DISPATCH();
                        }
                    }
                    if (kdict_set_str(rt, (kr_dict *)d, (kr_str *)names[oparg], v) != KR_OK) goto error;
                    ic->ix = kdict_index_str((kr_dict *)d, (kr_str *)names[oparg]);
                    DISPATCH();
                }
            }
            SAVE();
            attr_learn(rt, code, (int32_t)(instr - code->code), owner, names[oparg], 0);
            if (kr_setattr(rt, owner, names[oparg], v) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(DELETE_ATTR) {
            kr_val owner = POP();
            SAVE();
            if (kr_delattr(rt, owner, names[oparg]) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(LOAD_SUPER_ATTR) {
            /* global super, class, self -> attr [, self or NULL] */
            kr_val self = POP(), cls = POP(), gsuper = POP(), sup, v;
            kr_obj *name = names[oparg >> 2];
            SAVE();
            if (!kv_is_obj(gsuper) || kv_as_obj(gsuper) != &kt_super.head.obj) {
                /* `super` rebound to something else: call it as written */
                kr_val args[2] = { cls, self };
                if (vm_call(rt, gsuper, args, (oparg & 2) ? 2 : 0, NULL, &sup) != KR_OK) goto error;
            } else if (ksuper_make(rt, cls, self, &sup) != KR_OK) goto error;
            if (kr_getattr(rt, sup, name, &v) != KR_OK) goto error;
            PUSH(v);
            if (oparg & 1) PUSH(kv_undef());
            DISPATCH();
        }

        TARGET(UNARY_NEGATIVE) {
            kr_val a = TOP(), r;
            if (kv_is_int(a) && kv_as_int(a) != INT64_MIN) { sp[-1] = kv_int(-kv_as_int(a)); DISPATCH(); }
            if (kv_is_float(a)) { sp[-1] = kv_float(-kv_as_float(a)); DISPATCH(); }
            SAVE();
            if (kr_unop(rt, KR_UNOP_NEG, a, &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(UNARY_INVERT) {
            kr_val a = TOP(), r;
            if (kv_is_int(a)) { sp[-1] = kv_int(~kv_as_int(a)); DISPATCH(); }
            SAVE();
            if (kr_unop(rt, KR_UNOP_INVERT, a, &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(UNARY_NOT) sp[-1] = kv_bool(!kv_as_bool(TOP())); DISPATCH();
        TARGET(TO_BOOL) {
            kr_val a = TOP();
            if (kv_is_bool(a)) DISPATCH();
            int b;
            SAVE();
            if (kr_truth(rt, a, &b) != KR_OK) goto error;
            sp[-1] = kv_bool(b);
            DISPATCH();
        }
        TARGET(BINARY_OP) {
            kr_val b = POP(), a = TOP(), r;
            if (kv_is_int(a) && kv_is_int(b)) {
                if (int_binop_fast((int)oparg, kv_as_int(a), kv_as_int(b), &binop_res)) goto binop_done;
                SAVE();
                if (kint_binop_i64(rt, (int)oparg, kv_as_int(a), kv_as_int(b), &r) != KR_OK) goto error;
                if (!kr_is_notimpl(r)) { sp[-1] = r; DISPATCH(); }
            }
            if (kv_is_float(a) && kv_is_float(b)) {
                if (float_binop_fast((int)oparg, kv_as_float(a), kv_as_float(b), &binop_res)) goto binop_done;
                SAVE();
                if (kfloat_binop_d(rt, (int)oparg, kv_as_float(a), kv_as_float(b), &r) != KR_OK) goto error;
                if (!kr_is_notimpl(r)) { sp[-1] = r; DISPATCH(); }
            }
            if ((kv_is_float(a) && kv_is_int(b)) || (kv_is_int(a) && kv_is_float(b))) {
                double x = kv_is_float(a) ? kv_as_float(a) : (double)kv_as_int(a);
                double y = kv_is_float(b) ? kv_as_float(b) : (double)kv_as_int(b);
                /* an int beyond 2**53 converts inexactly: the exact path */
                if ((kv_is_float(a) || (kv_as_int(a) <= (1LL << 53) && kv_as_int(a) >= -(1LL << 53)))
                    && (kv_is_float(b) || (kv_as_int(b) <= (1LL << 53) && kv_as_int(b) >= -(1LL << 53)))) {
                    if (float_binop_fast((int)oparg, x, y, &r)) { sp[-1] = r; DISPATCH(); }
                    SAVE();
                    if (kfloat_binop_d(rt, (int)oparg, x, y, &r) != KR_OK) goto error;
                    if (!kr_is_notimpl(r)) { sp[-1] = r; DISPATCH(); }
                }
            }
            SAVE();
            if (oparg == OPB_INPLACE_ADD && kv_is_exact_str(a) && kv_is_exact_str(b)
                && ((*ip & 0xff) == OP_STORE_FAST || (*ip & 0xff) == OPX_STORE_FAST_LOAD_FAST)
                && kv_same(locals[*ip >> 8], a)) {
                /* `x += y` where x holds the only reference: append in place */
                kr_str *as = KR_AS(kr_str, a);
                if (as->obj.aux & KS_FRESH) {
                    int st = kstr_append_inplace(rt, as, KR_AS(kr_str, b));
                    if (st == KR_OK) DISPATCH();
                    if (st == KR_ERR) goto error;
                }
                kr_str *s = kstr_concat(rt, as, KR_AS(kr_str, b));
                if (!s) goto error;
                if (s != as && s != KR_AS(kr_str, b) && s->obj.type == &kt_str && !(s->obj.aux & KS_INTERNED))
                    s->obj.aux |= KS_FRESH;
                sp[-1] = kstr_val(s);
                DISPATCH();
            }
            if ((oparg == OPB_INPLACE_ADD || oparg == OPB_ADD) && kv_is_exact_str(a) && kv_is_exact_str(b)) {
                kr_str *s = kstr_concat(rt, KR_AS(kr_str, a), KR_AS(kr_str, b));
                if (!s) goto error;
                sp[-1] = kstr_val(s);
                DISPATCH();
            }
            if (kr_binop(rt, (int)oparg, a, b, &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        binop_done:
            /* a number result stored straight into a local: the STORE_FAST
             * that follows is done here (its unit may carry the
             * STORE_FAST+LOAD_FAST superinstruction; the load then runs as
             * the next unit) */
            if ((*ip & 0xff) == OP_STORE_FAST || (*ip & 0xff) == OPX_STORE_FAST_LOAD_FAST) {
                locals[*ip >> 8] = binop_res;
                ip++;
                sp--;
                DISPATCH();
            }
            sp[-1] = binop_res;
            DISPATCH();
        TARGET(BINARY_SUBSCR) {
            kr_val key = POP(), o = TOP(), r;
            if (kv_is_exact_list(o) && kv_is_int(key)) {
                kr_list *l = KR_AS(kr_list, o);
                int64_t i = kv_as_int(key);
                if (i < 0) i += l->len;
                if (i >= 0 && i < l->len) { sp[-1] = l->items[i]; DISPATCH(); }
            }
            SAVE();
            if (kr_getitem(rt, o, key, &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(STORE_SUBSCR) {
            kr_val key = POP(), o = POP(), v = POP();
            if (kv_is_exact_list(o) && kv_is_int(key)) {
                kr_list *l = KR_AS(kr_list, o);
                int64_t i = kv_as_int(key);
                if (i < 0) i += l->len;
                if (i >= 0 && i < l->len) { l->items[i] = v; DISPATCH(); }
            }
            SAVE();
            if (kr_setitem(rt, o, key, v) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(DELETE_SUBSCR) {
            kr_val key = POP(), o = POP();
            SAVE();
            if (kr_delitem(rt, o, key) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(BUILD_SLICE) {
            kr_val step = oparg == 3 ? POP() : kv_none();
            kr_val stop = POP(), start = POP();
            kr_obj *s = kslice_new(rt, start, stop, step);
            if (!s) goto error;
            PUSH(kv_obj(s));
            DISPATCH();
        }
        TARGET(BINARY_SLICE) {
            kr_val stop = POP(), start = POP(), o = TOP(), r;
            kr_obj *s = kslice_new(rt, start, stop, kv_none());
            if (!s) goto error;
            SAVE();
            if (kr_getitem(rt, o, kv_obj(s), &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(STORE_SLICE) {
            kr_val stop = POP(), start = POP(), o = POP(), v = POP();
            kr_obj *s = kslice_new(rt, start, stop, kv_none());
            if (!s) goto error;
            SAVE();
            if (kr_setitem(rt, o, kv_obj(s), v) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(COMPARE_OP) {
            kr_val b = POP(), a = TOP(), r;
            int cop = (int)(oparg & 0xf);
            if (kv_is_int(a) && kv_is_int(b)) { cmp_res = cmp_i64(cop, kv_as_int(a), kv_as_int(b)); goto compare_done; }
            if (kv_is_float(a) && kv_is_float(b)) { cmp_res = cmp_f64(cop, kv_as_float(a), kv_as_float(b)); goto compare_done; }
            SAVE();
            if (kr_richcmp(rt, a, b, cop, &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        compare_done:
            /* a comparison of numbers feeding a branch: the TO_BOOL and the
             * POP_JUMP_IF that follow are done here, saving two dispatches
             * (a jump whose distance needs EXTENDED_ARG runs as usual) */
            if ((*ip & 0xff) == OP_TO_BOOL) ip++;
            if ((*ip & 0xff) == OP_POP_JUMP_IF_FALSE) {
                uint32_t d = *ip++ >> 8;
                sp--;
                if (!cmp_res) ip += d;
                DISPATCH();
            }
            if ((*ip & 0xff) == OP_POP_JUMP_IF_TRUE) {
                uint32_t d = *ip++ >> 8;
                sp--;
                if (cmp_res) ip += d;
                DISPATCH();
            }
            sp[-1] = kv_bool(cmp_res);
            DISPATCH();
        TARGET(IS_OP) {
            kr_val b = POP(), a = TOP();
            bool same = kv_same(a, b);
            sp[-1] = kv_bool(oparg ? !same : same);
            DISPATCH();
        }
        TARGET(CONTAINS_OP) {
            kr_val container = POP(), x = TOP();
            int in;
            SAVE();
            if (kr_contains(rt, container, x, &in) != KR_OK) goto error;
            sp[-1] = kv_bool(oparg ? !in : in);
            DISPATCH();
        }

        TARGET(BUILD_TUPLE) {
            kr_tuple *t = ktuple_from(rt, sp - oparg, (int64_t)oparg);
            if (!t) goto error;
            sp -= oparg;
            PUSH(ktuple_val(t));
            DISPATCH();
        }
        TARGET(BUILD_LIST) {
            kr_list *l = klist_from(rt, sp - oparg, (int64_t)oparg);
            if (!l) goto error;
            sp -= oparg;
            PUSH(klist_val(l));
            DISPATCH();
        }
        TARGET(BUILD_SET) {
            kr_set *s = kset_new(rt, &kt_set);
            if (!s) goto error;
            SAVE();
            for (uint32_t i = 0; i < oparg; i++)
                if (kset_add(rt, s, sp[-(int)oparg + (int)i]) != KR_OK) goto error;
            sp -= oparg;
            PUSH(kv_obj(&s->obj));
            DISPATCH();
        }
        TARGET(BUILD_MAP) {
            kr_val r;
            SAVE();
            if (build_map_from(rt, sp - 2 * oparg, (int)oparg, &r) != KR_OK) goto error;
            sp -= 2 * oparg;
            PUSH(r);
            DISPATCH();
        }
        TARGET(BUILD_STRING) {
            kr_val r;
            if (build_string(rt, sp - oparg, oparg, &r) != KR_OK) goto error;
            sp -= oparg;
            PUSH(r);
            DISPATCH();
        }
        TARGET(LIST_APPEND) {
            kr_val v = POP();
            if (klist_append(rt, KR_AS(kr_list, PEEK(oparg)), v) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(SET_ADD) {
            kr_val v = POP();
            SAVE();
            if (kset_add(rt, KR_AS(kr_set, PEEK(oparg)), v) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(MAP_ADD) {
            kr_val v = POP(), k = POP();
            SAVE();
            if (kdict_set(rt, KR_AS(kr_dict, PEEK(oparg)), k, v) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(LIST_EXTEND) {
            kr_val it = POP();
            SAVE();
            if (klist_extend(rt, KR_AS(kr_list, PEEK(oparg)), it) != KR_OK) {
                if (kr_exc_matches(rt, &kt_TypeError) && !kr_type_of(it)->slots.iter && !kr_type_of(it)->slots.getitem) {
                    kr_exc_clear(rt);
                    kr_raise(rt, &kt_TypeError, "Value after * must be an iterable, not %s", kr_type_name(it));
                }
                goto error;
            }
            DISPATCH();
        }
        TARGET(SET_UPDATE) {
            kr_val it = POP();
            SAVE();
            if (kset_update(rt, KR_AS(kr_set, PEEK(oparg)), it) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(DICT_UPDATE) {
            kr_val other = POP();
            SAVE();
            if (dict_merge(rt, PEEK(oparg), other, kv_undef(), false) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(DICT_MERGE) {
            kr_val other = POP();
            SAVE();
            /* the callable is below: callable, NULL, args tuple, kwargs dict */
            if (dict_merge(rt, PEEK(oparg), other, PEEK(oparg + 3), true) != KR_OK) goto error;
            DISPATCH();
        }
        TARGET(UNPACK_SEQUENCE) {
            kr_val v = POP();
            SAVE();
            if (unpack_to_stack(rt, v, sp, (int)oparg, 0, false) != KR_OK) goto error;
            sp += oparg;
            DISPATCH();
        }
        TARGET(UNPACK_EX) {
            kr_val v = POP();
            int before = (int)(oparg & 0xff), after = (int)(oparg >> 8);
            SAVE();
            if (unpack_to_stack(rt, v, sp, before, after, true) != KR_OK) goto error;
            sp += before + after + 1;
            DISPATCH();
        }

        TARGET(CONVERT_VALUE) {
            kr_val v = TOP(), r;
            SAVE();
            int st = oparg == FVC_STR ? kr_to_str(rt, v, &r) : kr_repr(rt, v, &r);
            if (st != KR_OK) goto error;
            if (oparg == FVC_ASCII) {
                kr_val a;
                kr_val fn = kdict_get_cstr(rt, (kr_dict *)rt->builtins, "ascii");
                if (vm_call(rt, fn, &v, 1, NULL, &a) != KR_OK) goto error;
                r = a;
            }
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(FORMAT_SIMPLE) {
            kr_val v = TOP(), r;
            if (kv_is_exact_str(v)) DISPATCH();
            SAVE();
            if (vm_format_value(rt, v, kv_undef(), &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(FORMAT_WITH_SPEC) {
            kr_val spec = POP(), v = TOP(), r;
            SAVE();
            if (vm_format_value(rt, v, spec, &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }

        TARGET(JUMP_FORWARD) ip += oparg; DISPATCH();
        TARGET(JUMP_BACKWARD)
            ip -= oparg;
            if (rt->nested == 0 && !rt->in_gc_unsafe && heap_should_collect(&rt->heap)) {
                SAVE();
                heap_collect(&rt->heap);
            }
            DISPATCH();
        TARGET(JUMP_BACKWARD_NO_INTERRUPT) ip -= oparg; DISPATCH();
        TARGET(POP_JUMP_IF_FALSE) if (!kv_as_bool(POP())) ip += oparg; DISPATCH();
        TARGET(POP_JUMP_IF_TRUE) if (kv_as_bool(POP())) ip += oparg; DISPATCH();
        TARGET(POP_JUMP_IF_NONE) if (kv_is_none(POP())) ip += oparg; DISPATCH();
        TARGET(POP_JUMP_IF_NOT_NONE) if (!kv_is_none(POP())) ip += oparg; DISPATCH();

        TARGET(GET_ITER) {
            kr_val v = TOP(), it;
            SAVE();
            if (kr_iter(rt, v, &it) != KR_OK) goto error;
            sp[-1] = it;
            DISPATCH();
        }
        TARGET(FOR_ITER) {
            kr_val it = TOP(), v;
            if (kv_is_type(it, &kt_list_iterator)) {
                kr_seqiter *li = KR_AS(kr_seqiter, it);
                if (!kv_is_undef(li->seq)) {
                    kr_list *l = KR_AS(kr_list, li->seq);
                    if (li->pos < l->len) { PUSH(l->items[li->pos++]); DISPATCH(); }
                    li->seq = kv_undef();
                }
                sp--;
                ip += oparg;
                DISPATCH();
            }
            if (kv_is_type(it, &kt_range_iterator)) {
                kr_rangeiter *ri = KR_AS(kr_rangeiter, it);
                if (ri->left > 0) { ri->left--; PUSH(kv_int(ri->next)); ri->next += ri->step; DISPATCH(); }
                sp--;
                ip += oparg;
                DISPATCH();
            }
            f->lasti = (int32_t)(instr - code->code);
            SAVE();
            if (vm_is_gen(it)) {
                kr_frame *gf;
                int st = vm_gen_start_inline(rt, kv_as_obj(it), kv_none(), RK_FORITER, &gf);
                if (st == KR_ERR) goto error;
                if (st == KR_STOP) { sp--; ip += oparg; DISPATCH(); }
                f = gf;
                LOAD();
                DISPATCH();
            }
            int st = kr_next(rt, it, &v);
            if (st == KR_STOP) { sp--; ip += oparg; DISPATCH(); }
            if (st != KR_OK) goto error;
            PUSH(v);
            DISPATCH();
        }
        TARGET(GET_AITER) {
            kr_val r;
            SAVE();
            if (vm_get_aiter(rt, TOP(), &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(GET_ANEXT) {
            kr_val r;
            SAVE();
            if (vm_get_anext(rt, TOP(), &r) != KR_OK) goto error;
            PUSH(r);
            DISPATCH();
        }
        TARGET(END_ASYNC_FOR) {
            kr_val exc = POP();
            sp--;
            if (kr_isinstance(exc, &kt_StopAsyncIteration)) DISPATCH();
            rt->exc = exc;
            goto exception_unwind;
        }
        TARGET(GET_YIELD_FROM_ITER) {
            kr_val v = TOP(), it;
            if (vm_is_gen(v)) {
                if (kv_is_type(v, &kt_coroutine) && !(code->flags & (CC_COROUTINE | CC_ITERABLE_COROUTINE))) {
                    kr_raise(rt, &kt_TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
                    goto error;
                }
                DISPATCH();
            }
            SAVE();
            if (kr_iter(rt, v, &it) != KR_OK) goto error;
            sp[-1] = it;
            DISPATCH();
        }
        TARGET(GET_AWAITABLE) {
            kr_val v = TOP(), it;
            SAVE();
            if (kv_is_type(v, &kt_coroutine)) DISPATCH();
            int st = vm_call_special(rt, v, "__await__", NULL, 0, &it);
            if (st == KR_STOP) {
                if (oparg == 1)
                    kr_raise(rt, &kt_TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", kr_type_name(v));
                else if (oparg == 2)
                    kr_raise(rt, &kt_TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", kr_type_name(v));
                else
                    kr_raise(rt, &kt_TypeError, "'%s' object can't be awaited", kr_type_name(v));
                goto error;
            }
            if (st != KR_OK) goto error;
            if (vm_is_gen(it) && kv_is_type(it, &kt_coroutine)) {
                kr_raise(rt, &kt_TypeError, "__await__() returned a coroutine");
                goto error;
            }
            if (!kr_type_of(it)->slots.next) {
                kr_raise(rt, &kt_TypeError, "__await__() returned non-iterator of type '%s'", kr_type_name(it));
                goto error;
            }
            sp[-1] = it;
            DISPATCH();
        }
        TARGET(SEND) {
            kr_val v = POP(), recv = TOP(), r;
            f->lasti = (int32_t)(instr - code->code);
            SAVE();
            if (vm_is_gen(recv)) {
                kr_frame *gf;
                int st = vm_gen_start_inline(rt, kv_as_obj(recv), v, RK_SEND, &gf);
                if (st == KR_ERR) goto error;
                if (st == KR_STOP) { PUSH(rt->req.st[0]); rt->req.st[0] = kv_undef(); ip += oparg; DISPATCH(); }
                f = gf;
                LOAD();
                DISPATCH();
            }
            int st;
            if (kv_is_none(v)) st = kr_next(rt, recv, &r);
            else st = vm_call_method(rt, recv, "send", &v, 1, &r);
            if (st == KR_STOP) { PUSH(kv_none()); ip += oparg; DISPATCH(); }
            if (st == KR_ERR && kr_exc_matches(rt, &kt_StopIteration)) {
                kr_exc *e = KR_AS(kr_exc, rt->exc);
                kr_val val = e->dict ? kdict_get_cstr(rt, (kr_dict *)e->dict, "value") : kv_none();
                kr_exc_clear(rt);
                PUSH(kv_is_undef(val) ? kv_none() : val);
                ip += oparg;
                DISPATCH();
            }
            if (st != KR_OK) goto error;
            PUSH(r);
            DISPATCH();
        }
        TARGET(END_SEND) { kr_val v = POP(); sp[-1] = v; DISPATCH(); }
        TARGET(YIELD_VALUE) {
            retval = POP();
            SAVE();
            f->lasti = (int32_t)(instr - code->code);
            kr_frame *gf = f;
            kr_obj *g = gf->gen;
            rt->frame = gf->prev;
            gf->prev = NULL;
            rt->lim.depth--;
            vm_gen_suspended(rt, g);
            if (gf->is_entry) { gf->is_entry = 0; *result = retval; return KR_YIELD; }
            f = rt->frame;
            LOAD();
            PUSH(retval);
            DISPATCH();
        }
        TARGET(RETURN_VALUE)
            retval = POP();
            goto do_return;
        TARGET(RETURN_GENERATOR) {
            SAVE();
            kr_obj *g = vm_gen_new(rt, f, f->func);
            if (!g) goto error;
            retval = kv_obj(g);
            /* the generator's copy resumes after this instruction; this
             * frame returns the generator */
            goto do_return_plain;
        }
        TARGET(CLEANUP_THROW) {
            /* sub_iter, last_sent_val, exc_value -> none, value */
            kr_val exc = POP();
            sp -= 2;
            if (kr_isinstance(exc, &kt_StopIteration)) {
                kr_exc *e = KR_AS(kr_exc, exc);
                kr_val val = e->dict ? kdict_get_cstr(rt, (kr_dict *)e->dict, "value") : kv_none();
                PUSH(kv_none());
                PUSH(kv_is_undef(val) ? kv_none() : val);
                DISPATCH();
            }
            rt->exc = exc;
            goto exception_unwind;
        }

        TARGET(CALL)
        TARGET(CALL_KW) {
            kr_obj *kwnames = NULL;
            if (op == OP_CALL_KW) kwnames = kv_as_obj(POP());
            int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
            kr_val *base = sp - oparg - 2;      /* the callable's slot */
            kr_val callable = base[0];
            kr_val *args = base + 2;
            int nargs = (int)oparg - nkw;
            if (!kv_is_undef(base[1])) { args--; nargs++; }
            else if (kv_is_type(callable, &kt_method)) {
                kr_method *m = KR_AS(kr_method, callable);
                base[1] = m->self;
                callable = m->func;
                args--;
                nargs++;
            }
            f->lasti = (int32_t)(instr - code->code);
            if (kv_is_type(callable, &kt_function)) {
                f->sp = sp;
                f->next_i = (int32_t)(ip - code->code);
                if (rt->nested == 0 && !rt->in_gc_unsafe && heap_should_collect(&rt->heap))
                    heap_collect(&rt->heap);
                kr_frame *nf = push_call(rt, KR_AS(kr_func, callable), args, nargs, kwnames);
                if (!nf) goto error;
                f->sp = base;
                f = nf;
                LOAD();
                DISPATCH();
            }
            kr_val r;
            SAVE();
            if (vm_call(rt, callable, args, nargs, kwnames, &r) != KR_OK) goto error;
            sp = base;
            PUSH(r);
            DISPATCH();
        }
        TARGET(CALL_FUNCTION_EX) {
            /* callable, NULL, args tuple, kwargs or NULL */
            kr_val kw = POP(), pargs = POP(), self = POP(), callable = POP(), r;
            f->lasti = (int32_t)(instr - code->code);
            SAVE();
            kr_frame *nf;
            if (call_ex(rt, callable, self, pargs, kw, &nf, &r) != KR_OK) goto error;
            if (nf) {
                f = nf;
                LOAD();
                DISPATCH();
            }
            PUSH(r);
            DISPATCH();
        }
        TARGET(CALL_INTRINSIC_1) {
            kr_val v = TOP(), r;
            SAVE();
            switch (oparg) {
            case INTRINSIC_PRINT:
                if (!kv_is_none(v)) {
                    kr_val rep;
                    if (kr_repr(rt, v, &rep) != KR_OK) goto error;
                    rt_write(rt, 1, kstr_data(kv_as_obj(rep)), (size_t)kstr_nbytes(kv_as_obj(rep)));
                    rt_write(rt, 1, "\n", 1);
                    kdict_set_cstr(rt, (kr_dict *)rt->builtins, "_", v);
                }
                r = kv_none();
                break;
            case INTRINSIC_IMPORT_STAR:
                if (vm_import_star(rt, f, v) != KR_OK) goto error;
                r = kv_none();
                break;
            case INTRINSIC_STOPITERATION_ERROR: {
                if (kr_isinstance(v, &kt_StopIteration)) {
                    const char *what = (code->flags & CC_COROUTINE) ? "coroutine" : "generator";
                    kr_raise(rt, &kt_RuntimeError, "%s raised StopIteration", what);
                    KR_AS(kr_exc, rt->exc)->cause = v;
                    KR_AS(kr_exc, rt->exc)->context = v;
                    r = rt->exc;
                    rt->exc = kv_undef();
                } else if (kr_isinstance(v, &kt_StopAsyncIteration) && (code->flags & CC_ASYNC_GENERATOR)) {
                    kr_raise(rt, &kt_RuntimeError, "async generator raised StopAsyncIteration");
                    KR_AS(kr_exc, rt->exc)->cause = v;
                    KR_AS(kr_exc, rt->exc)->context = v;
                    r = rt->exc;
                    rt->exc = kv_undef();
                } else {
                    r = v;
                }
                break;
            }
            case INTRINSIC_ASYNC_GEN_WRAP:
                if (vm_asyncgen_wrap(rt, v, &r) != KR_OK) goto error;
                break;
            case INTRINSIC_UNARY_POSITIVE:
                if (kv_is_int(v) || kv_is_float(v)) { r = v; break; }
                if (kr_unop(rt, KR_UNOP_POS, v, &r) != KR_OK) goto error;
                break;
            case INTRINSIC_LIST_TO_TUPLE: {
                kr_list *l = KR_AS(kr_list, v);
                kr_tuple *t = ktuple_from(rt, l->items, l->len);
                if (!t) goto error;
                r = ktuple_val(t);
                break;
            }
            case INTRINSIC_TYPEVAR:
            case INTRINSIC_PARAMSPEC:
            case INTRINSIC_TYPEVARTUPLE:
            case INTRINSIC_SUBSCRIPT_GENERIC:
            case INTRINSIC_TYPEALIAS:
                if (vm_typeparam_intrinsic1(rt, (int)oparg, v, &r) != KR_OK) goto error;
                break;
            default:
                kr_raise(rt, &kt_NotImplementedError, "krait does not support %s yet",
                         op_intrinsic1_name((int)oparg) ? op_intrinsic1_name((int)oparg) : "this intrinsic");
                goto error;
            }
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(CALL_INTRINSIC_2) {
            kr_val v1 = POP(), v2 = TOP(), r;
            SAVE();
            if (oparg == INTRINSIC_PREP_RERAISE_STAR) {
                if (vm_prep_reraise_star(rt, v2, v1, &r) != KR_OK) goto error;
                sp[-1] = r;
                DISPATCH();
            }
            if (oparg == INTRINSIC_TYPEVAR_WITH_BOUND || oparg == INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                || oparg == INTRINSIC_SET_FUNCTION_TYPE_PARAMS || oparg == INTRINSIC_SET_TYPEPARAM_DEFAULT) {
                if (vm_typeparam_intrinsic2(rt, (int)oparg, v2, v1, &r) != KR_OK) goto error;
                sp[-1] = r;
                DISPATCH();
            }
            kr_raise(rt, &kt_NotImplementedError, "krait does not support %s yet",
                     op_intrinsic2_name((int)oparg) ? op_intrinsic2_name((int)oparg) : "this intrinsic");
            goto error;
        }
        TARGET(MAKE_FUNCTION) {
            kr_val r;
            if (make_function(rt, f, (kr_code *)kv_as_obj(TOP()), &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(SET_FUNCTION_ATTRIBUTE) {
            kr_val fv = POP(), attr = TOP();
            kr_func *fn = KR_AS(kr_func, fv);
            switch (oparg) {
            case MAKE_FUNCTION_DEFAULTS: fn->defaults = kv_as_obj(attr); break;
            case MAKE_FUNCTION_KWDEFAULTS: fn->kwdefaults = kv_as_obj(attr); break;
            case MAKE_FUNCTION_CLOSURE: fn->closure = kv_as_obj(attr); break;
            case MAKE_FUNCTION_ANNOTATE: fn->annotate = attr; break;
            case MAKE_FUNCTION_ANNOTATIONS: fn->annotations = attr; break;
            default: break;
            }
            sp[-1] = fv;
            DISPATCH();
        }
        TARGET(LOAD_BUILD_CLASS)
            PUSH(kdict_get_cstr(rt, (kr_dict *)f->builtins, "__build_class__"));
            if (kv_is_undef(TOP())) { sp--; kr_raise(rt, &kt_NameError, "__build_class__ not found"); goto error; }
            DISPATCH();

        TARGET(RAISE_VARARGS) {
            SAVE();
            f->lasti = (int32_t)(instr - code->code);
            if (oparg == 0) {
                if (kv_is_undef(rt->handled)) {
                    kr_raise(rt, &kt_RuntimeError, "No active exception to reraise");
                    goto error;
                }
                rt->exc = rt->handled;
                goto exception_unwind;
            }
            kr_val cause = oparg == 2 ? POP() : kv_undef();
            kr_val exc = POP();
            do_raise(rt, exc, cause, oparg == 2);
            goto error;
        }
        TARGET(RERAISE) {
            kr_val exc = POP();
            if (oparg) {
                kr_val li = POP();
                if (kv_is_int(li)) f->lasti = (int32_t)kv_as_int(li);
            } else {
                f->lasti = (int32_t)(instr - code->code);
            }
            rt->exc = exc;
            goto exception_unwind;
        }
        TARGET(PUSH_EXC_INFO) {
            kr_val exc = POP();
            PUSH(kv_is_undef(rt->handled) ? kv_none() : rt->handled);
            PUSH(exc);
            rt->handled = exc;
            DISPATCH();
        }
        TARGET(POP_EXCEPT) {
            kr_val v = POP();
            rt->handled = kv_is_none(v) ? kv_undef() : v;
            DISPATCH();
        }
        TARGET(CHECK_EXC_MATCH) {
            kr_val t = POP(), exc = TOP();
            SAVE();
            if (check_except_type(rt, t) != KR_OK) goto error;
            PUSH(kv_bool(exc_matches(exc, t)));
            DISPATCH();
        }
        TARGET(CHECK_EG_MATCH) {
            /* exc, type -> rest, match */
            kr_val t = POP(), exc = TOP(), match, rest;
            SAVE();
            if (vm_check_eg_match(rt, exc, t, &match, &rest) != KR_OK) goto error;
            sp[-1] = rest;
            PUSH(match);
            if (!kv_is_none(match)) rt->handled = match;
            DISPATCH();
        }
        TARGET(WITH_EXCEPT_START) {
            /* exit_func, exit_self, lasti, prev_exc, val -> ..., res */
            kr_val val = TOP(), exit_func = PEEK(5), exit_self = PEEK(4), r;
            kr_val tb = KR_AS(kr_exc, val)->traceback ? kv_obj(KR_AS(kr_exc, val)->traceback) : kv_none();
            kr_val args[4] = { exit_self, kv_obj(&kr_type_of(val)->head.obj), val, tb };
            SAVE();
            int st = kv_is_undef(exit_self) ? vm_call(rt, exit_func, args + 1, 3, NULL, &r)
                                            : vm_call(rt, exit_func, args, 4, NULL, &r);
            if (st != KR_OK) goto error;
            PUSH(r);
            DISPATCH();
        }
        TARGET(LOAD_SPECIAL) {
            kr_val owner = TOP(), attr, self;
            SAVE();
            if (load_special(rt, owner, (int)oparg, &attr, &self) != KR_OK) goto error;
            sp[-1] = attr;
            PUSH(self);
            DISPATCH();
        }

        TARGET(IMPORT_NAME) {
            kr_val fromlist = POP(), level = TOP(), r;
            SAVE();
            if (vm_import(rt, f, names[oparg], fromlist, level, &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(IMPORT_FROM) {
            kr_val r;
            SAVE();
            if (vm_import_from(rt, TOP(), names[oparg], &r) != KR_OK) goto error;
            PUSH(r);
            DISPATCH();
        }

        TARGET(GET_LEN) {
            int64_t n;
            SAVE();
            if (kr_len(rt, TOP(), &n) != KR_OK) goto error;
            PUSH(kv_int(n));
            DISPATCH();
        }
        TARGET(MATCH_MAPPING) {
            kr_type *t = kr_type_of(TOP());
            PUSH(kv_bool((t->flags & KT_MATCH_MAP) != 0));
            DISPATCH();
        }
        TARGET(MATCH_SEQUENCE) {
            kr_type *t = kr_type_of(TOP());
            PUSH(kv_bool((t->flags & KT_MATCH_SEQ) != 0));
            DISPATCH();
        }
        TARGET(MATCH_KEYS) {
            kr_val r;
            SAVE();
            if (vm_match_keys(rt, PEEK(2), TOP(), &r) != KR_OK) goto error;
            PUSH(r);
            DISPATCH();
        }
        TARGET(MATCH_CLASS) {
            kr_val names_t = POP(), cls = POP(), subject = TOP(), r;
            SAVE();
            if (vm_match_class(rt, subject, cls, names_t, (int)oparg, &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }

        TARGET(BUILD_INTERPOLATION) {
            /* value, str[, format spec] -> Interpolation */
            kr_val spec = (oparg & 1) ? POP() : kv_undef();
            kr_val str = POP(), value = TOP(), r;
            SAVE();
            if (vm_build_interpolation(rt, value, str, spec, (int)(oparg >> 2), &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        TARGET(BUILD_TEMPLATE) {
            /* strings tuple, interpolations tuple -> Template */
            kr_val interps = POP(), strings = TOP(), r;
            SAVE();
            if (vm_build_template(rt, strings, interps, &r) != KR_OK) goto error;
            sp[-1] = r;
            DISPATCH();
        }
        default:
        XLABEL(L_default)
            SAVE();
            kr_raise(rt, &kt_NotImplementedError, "krait does not support the %s instruction yet",
                     op < OP__COUNT ? op_table[op].name : "?");
            goto error;
        }
        continue;

    do_return: {
            kr_frame *done = f;
            bool entry = done->is_entry;
            kr_obj *g = done->gen;
            int kind = done->resume_kind;
            rt->lim.depth--;
            if (g) {
                rt->frame = done->prev;
                done->prev = NULL;
                vm_gen_finished(rt, g);
            } else {
                frame_pop(rt);
            }
            if (entry) { *result = retval; return KR_OK; }
            f = rt->frame;
            LOAD();
            if (g && kind == RK_FORITER) {
                sp--;
                ip = code->code + f->next_i + instr_arg(code, f->lasti);
            } else if (g && kind == RK_SEND) {
                PUSH(retval);
                ip = code->code + f->next_i + instr_arg(code, f->lasti);
            } else {
                PUSH(retval);
            }
            continue;
        }
    do_return_plain: {
            bool entry = f->is_entry;
            rt->lim.depth--;
            frame_pop(rt);
            if (entry) { *result = retval; return KR_OK; }
            f = rt->frame;
            LOAD();
            PUSH(retval);
            continue;
        }

    error:
        f->lasti = (int32_t)(instr - code->code);
        set_context(rt);
    exception_unwind_add:
        if (add_traceback(rt, f) != KR_OK) kr_nomem(rt);
    exception_unwind: {
            /* the handler of the instruction running (for RERAISE, itself:
             * the lasti it restores only names the line) */
            const cc_exc_entry *h = find_handler(code, (int32_t)(instr - code->code));
            if (h) {
                sp = locals + code->nlocalsplus + h->depth;
                if (h->lasti) PUSH(kv_int(f->lasti));
                PUSH(rt->exc);
                rt->exc = kv_undef();
                ip = code->code + h->target;
                f->lasti = (int32_t)h->target;
                continue;
            }
            kr_frame *done = f;
            bool entry = done->is_entry;
            kr_obj *g = done->gen;
            rt->lim.depth--;
            if (g) {
                rt->frame = done->prev;
                done->prev = NULL;
                vm_gen_finished(rt, g);
            } else {
                frame_pop(rt);
            }
            if (entry) return KR_ERR;
            f = rt->frame;
            LOAD();
            instr = code->code + f->lasti;
            goto error;
        }
    exception_unwind_here:
        f->lasti = (int32_t)(instr - code->code);
        goto exception_unwind_add;
    }
}
