/* krait run FILE: parse, compile and run a script; an uncaught exception
 * prints a traceback and exits 1, as `python FILE` does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "compile/code.h"
#include "obj/dict.h"
#include "obj/exc.h"
#include "obj/str.h"
#include "obj/typeobj.h"
#include "parse/parser.h"
#include "vm/interp.h"
#include "vm/rt.h"

void vm_register_source(const char *filename, const char *text, size_t len);
int vm_setup_main(kr_rt *rt, const char *filename, kr_obj **globals);

/* SystemExit's exit status and message, as CPython's handling of it. */
static int run_system_exit(kr_rt *rt, kr_val exc)
{
    kr_exc *e = KR_AS(kr_exc, exc);
    kr_val code = e->dict ? kdict_get_cstr(rt, (kr_dict *)e->dict, "code") : kv_none();
    if (kv_is_undef(code) || kv_is_none(code)) return 0;
    if (kv_is_int(code)) return (int)(kv_as_int(code) & 0xff);
    if (kv_is_bool(code)) return kv_as_bool(code);
    kr_val s;
    if (kr_to_str(rt, code, &s) == KR_OK) {
        rt_write(rt, 2, kstr_data(kv_as_obj(s)), (size_t)kstr_nbytes(kv_as_obj(s)));
        rt_write(rt, 2, "\n", 1);
    }
    return 1;
}

/* Program output through stdio: buffered like CPython's when not a tty. */
static void run_write(void *ud, int stream, const char *s, size_t n)
{
    (void)ud;
    fwrite(s, 1, n, stream == 2 ? stderr : stdout);
}

int cmd_run(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: krait run FILE [ARG...]\n");
        return 2;
    }
    const char *path = argv[1];
    char *data;
    size_t len;
    if (cli_read_file(path, &data, &len) < 0) return 2;
    ps_result res;
    warn_ctx wc = { path, data, len };
    diag_sink sink = { cli_print_warning, &wc };
    if (ps_parse_file(data, len, path, PS_EXEC, &sink, &res) < 0) {
        parse_report(&res, path, data, len);
        ar_free(res.arena);
        free(data);
        return 1;
    }
    diag_error err;
    cc_unit *unit = cc_compile_ex(res.mod, path, CC_MODE_EXEC, &sink, &err);
    if (!unit) {
        diag_report(&err, path, data, len);
        ar_free(res.arena);
        free(data);
        return 1;
    }
    vm_register_source(path, res.src, res.src_len);
    kr_rt *rt = rt_new(0);
    if (!rt) {
        fprintf(stderr, "MemoryError\n");
        return 1;
    }
    rt->write = run_write;
    rt->script_argc = argc - 2;
    rt->script_argv = argv + 2;
    int rc = 0;
    kr_obj *globals;
    kr_code *code = NULL;
    if (vm_setup_main(rt, path, &globals) == KR_OK) code = vm_load_code(rt, unit->top);
    if (!code) {
        vm_print_exception(rt, rt->exc);
        rc = 1;
    } else {
        kr_val result;
        if (vm_run_module(rt, code, globals, &result) != KR_OK) {
            kr_val exc = rt->exc;
            rt->exc = kv_undef();
            if (kr_isinstance(exc, &kt_SystemExit)) rc = run_system_exit(rt, exc);
            else {
                vm_print_exception(rt, exc);
                rc = 1;
            }
        }
    }
    fflush(stdout);
    rt_free(rt);
    cc_unit_free(unit);
    ar_free(res.arena);
    free(data);
    return rc;
}
