/* The typing module: written in Python (typing.py, embedded as
 * typing_py.h), compiled and run in the module's namespace on import, with
 * two native helpers for unions (union.c). */
#include "lib_int.h"

#include "../compile/code.h"
#include "../parse/parser.h"
#include "../vm/interp.h"
#include "typing_py.h"

int lib_union_of(kr_rt *rt, const kr_val *args, int64_t n, kr_val *out);

/* _union(*args): the union of ARGS, as `a | b | ...` builds it. */
static int ty_union(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_nokw(rt, "_union", kw) != KR_OK) return KR_ERR;
    rt->in_gc_unsafe++;
    int st = lib_union_of(rt, args, nargs, out);
    rt->in_gc_unsafe--;
    return st;
}

/* _union_members(u): u.__args__ for a union, None otherwise. */
static int ty_union_members(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    if (lb_onearg(rt, "_union_members", nargs, kw) != KR_OK) return KR_ERR;
    kr_obj *a = lib_union_args(args[0]);
    *out = a ? kv_obj(a) : kv_none();
    return KR_OK;
}

static KR_CFUNC(union_f, "_union", ty_union, 0);
static KR_CFUNC(union_members_f, "_union_members", ty_union_members, 0);

int lib_typing_init(kr_rt *rt, kr_module *m)
{
    kr_dict *d = (kr_dict *)m->dict;
    if (kdict_set_cstr(rt, d, "_union", kv_obj((kr_obj *)&union_f.obj)) != KR_OK
        || kdict_set_cstr(rt, d, "_union_members", kv_obj((kr_obj *)&union_members_f.obj)) != KR_OK)
        return KR_ERR;
    static const char filename[] = "<frozen typing>";
    ps_result res;
    if (ps_parse_file(typing_py_src, sizeof typing_py_src - 1, filename, PS_EXEC, NULL, &res) < 0) {
        ar_free(res.arena);
        return kr_raise(rt, &kt_SystemError, "typing: the embedded source does not parse");
    }
    diag_error err;
    cc_unit *unit = cc_compile(res.mod, filename, CC_MODE_EXEC, &err);
    if (!unit) {
        ar_free(res.arena);
        return kr_raise(rt, &kt_SystemError, "typing: the embedded source does not compile");
    }
    /* the compiled unit may point into the parse's arena: both live until
     * the code is loaded (which copies everything) */
    kr_code *code = vm_load_code(rt, unit->top);
    cc_unit_free(unit);
    ar_free(res.arena);
    if (!code) return KR_ERR;
    /* the module is not in sys.modules yet: nothing roots it (nor CODE)
     * while its body runs, so collection waits */
    rt->in_gc_unsafe++;
    kr_val result;
    int st = vm_run_module(rt, code, m->dict, &result);
    rt->in_gc_unsafe--;
    return st;
}
