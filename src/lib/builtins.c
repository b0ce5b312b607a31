/* The builtins module: fills its dict, and dispatches the native modules.
 * The functions themselves live in builtins_io.c (print), builtins_num.c,
 * builtins_seq.c and builtins_obj.c; the lazy iterator types in
 * obj/iterfuncs.c. */
#include "lib_int.h"
#include "../vm/interp.h"

/* ---- what the sandbox refuses ----
 * These reach the host (files, the terminal, the debugger) or run code made
 * from strings.  krait's choice: each exists, so programs that only mention
 * it still load, and calling it raises at once: open() PermissionError (an
 * OSError, what file-handling code already catches), the others
 * RuntimeError; each message names the built-in and says why. */

static int refuse(kr_rt *rt, kr_type *t, const char *name, const char *why)
{
    return kr_raise(rt, t, "%s() is not available in the krait sandbox (%s)", name, why);
}

static int bt_open(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return refuse(rt, &kt_PermissionError, "open", "no file access was granted");
}
static int bt_input(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return refuse(rt, &kt_RuntimeError, "input", "no standard input was granted");
}
static int bt_eval(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return refuse(rt, &kt_RuntimeError, "eval", "running code from strings is disabled");
}
static int bt_exec(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return refuse(rt, &kt_RuntimeError, "exec", "running code from strings is disabled");
}
static int bt_compile(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return refuse(rt, &kt_RuntimeError, "compile", "running code from strings is disabled");
}
static int bt_import(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return refuse(rt, &kt_RuntimeError, "__import__", "use the import statement");
}
static int bt_breakpoint(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return refuse(rt, &kt_RuntimeError, "breakpoint", "there is no debugger");
}
static int bt_help(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    return refuse(rt, &kt_RuntimeError, "help", "there is no interactive help");
}

/* exit() / quit(), as the site module gives scripts: SystemExit(code). */
static int bt_exit(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (lb_nargs(rt, "exit", nargs, 0, 1, kwnames) != KR_OK) return KR_ERR;
    /* made by calling the type, so that its `code` attribute is set */
    kr_val e;
    if (vm_call(rt, lb_type_val(&kt_SystemExit), args, nargs, NULL, &e) != KR_OK) return KR_ERR;
    return kr_raise_obj(rt, e);
}

/* ---- aiter / anext ---- */

LB_GUARDED(bt_aiter)
{
    if (lb_onearg(rt, "aiter", nargs, kwnames) != KR_OK) return KR_ERR;
    kr_val r;
    int st = lb_call_special(rt, args[0], "__aiter__", NULL, 0, &r);
    if (st == KR_STOP)
        return kr_raise(rt, &kt_TypeError, "'%s' object is not an async iterable", kr_type_name(args[0]));
    if (st != KR_OK) return st;
    if (kv_is_undef(vm_lookup_special(rt, r, "__anext__")))
        return kr_raise(rt, &kt_TypeError, "aiter() returned not an async iterator of type '%s'",
                        kr_type_name(r));
    *out = r;
    return KR_OK;
}

LB_GUARDED(bt_anext)
{
    if (lb_nargs(rt, "anext", nargs, 1, 2, kwnames) != KR_OK) return KR_ERR;
    if (kv_is_undef(vm_lookup_special(rt, args[0], "__anext__")))
        return kr_raise(rt, &kt_TypeError, "'%s' object is not an async iterator", kr_type_name(args[0]));
    if (nargs == 2)
        return vm_anext_default(rt, args[0], args[1], out);
    return lb_call_special(rt, args[0], "__anext__", NULL, 0, out);
}

static KR_CFUNC(open_f, "open", bt_open, 0);
static KR_CFUNC(input_f, "input", bt_input, 0);
static KR_CFUNC(eval_f, "eval", bt_eval, 0);
static KR_CFUNC(exec_f, "exec", bt_exec, 0);
static KR_CFUNC(compile_f, "compile", bt_compile, 0);
static KR_CFUNC(import_f, "__import__", bt_import, 0);
static KR_CFUNC(breakpoint_f, "breakpoint", bt_breakpoint, 0);
static KR_CFUNC(help_f, "help", bt_help, 0);
static KR_CFUNC(exit_f, "exit", bt_exit, 0);
static KR_CFUNC(quit_f, "quit", bt_exit, 0);
static KR_CFUNC(aiter_f, "aiter", bt_aiter, 0);
static KR_CFUNC(anext_f, "anext", bt_anext, 0);

const kr_cfunc *const lb_sandbox_funcs[] = {
    &open_f, &input_f, &eval_f, &exec_f, &compile_f, &import_f, &breakpoint_f, &help_f,
    &exit_f, &quit_f, &aiter_f, &anext_f, NULL,
};

/* ---- the module dict ---- */

/* Built-in types under their Python names. */
static kr_type *const builtin_types[] = {
    &kt_object, &kt_type, &kt_bool, &kt_int, &kt_float, &kt_complex, &kt_str, &kt_bytes,
    &kt_bytearray, &kt_tuple, &kt_list, &kt_dict, &kt_set, &kt_frozenset, &kt_range,
    &kt_slice, &kt_property, &kt_staticmethod, &kt_classmethod, &kt_super, &kt_enumerate,
    &kt_zip, &kt_map, &kt_filter, &kt_reversed, &kt_memoryview, NULL,
};

#define LB_EXC_ENTRY(n, b) &kt_##n,
static kr_type *const exc_types[] = { KR_EXC_TYPES(LB_EXC_ENTRY) NULL };
#undef LB_EXC_ENTRY

static int add(kr_rt *rt, kr_dict *d, const char *name, kr_val v)
{
    kr_str *k = kstr_intern_cstr(rt, name);
    if (!k) return KR_ERR;
    return kdict_set_str(rt, d, k, v);
}

static int add_funcs(kr_rt *rt, kr_dict *d, const kr_cfunc *const *fs)
{
    for (; *fs; fs++)
        if (add(rt, d, (*fs)->name, kv_obj((kr_obj *)&(*fs)->obj)) != KR_OK) return KR_ERR;
    return KR_OK;
}

int lib_builtins_init(kr_rt *rt, kr_dict *d)
{
    static const kr_cfunc *const *const tables[] = {
        lb_io_funcs, lb_num_funcs, lb_seq_funcs, lb_obj_funcs, lb_sandbox_funcs,
    };
    for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
        if (add_funcs(rt, d, tables[i]) != KR_OK) return KR_ERR;
    for (kr_type *const *t = builtin_types; *t; t++)
        if (add(rt, d, (*t)->name, lb_type_val(*t)) != KR_OK) return KR_ERR;
    for (kr_type *const *t = exc_types; *t; t++)
        if (add(rt, d, (*t)->name, lb_type_val(*t)) != KR_OK) return KR_ERR;
    /* CPython's aliases of OSError */
    if (add(rt, d, "EnvironmentError", lb_type_val(&kt_OSError)) != KR_OK
        || add(rt, d, "IOError", lb_type_val(&kt_OSError)) != KR_OK)
        return KR_ERR;
    kr_val name;
    if (lb_str_new(rt, "builtins", 8, &name) != KR_OK) return KR_ERR;
    if (add(rt, d, "None", kv_none()) != KR_OK
        || add(rt, d, "Ellipsis", kr_ellipsis()) != KR_OK
        || add(rt, d, "NotImplemented", kr_notimpl()) != KR_OK
        || add(rt, d, "True", kv_bool(1)) != KR_OK
        || add(rt, d, "False", kv_bool(0)) != KR_OK
        || add(rt, d, "__debug__", kv_bool(1)) != KR_OK
        || add(rt, d, "__name__", name) != KR_OK
        || add(rt, d, "__doc__", kv_none()) != KR_OK)
        return KR_ERR;
    return KR_OK;
}

int lib_module_init(kr_rt *rt, const char *name, kr_module *m)
{
    if (!strcmp(name, "sys")) return lib_sys_init(rt, m);
    if (!strcmp(name, "typing")) return lib_typing_init(rt, m);
    if (!strcmp(name, "string.templatelib")) return lib_templatelib_init(rt, m);
    return KR_STOP;
}
