/* libFuzzer target: the code generator over every tree the parser accepts.
 * Whatever the source, compiling ends in code that passes cc_verify (stack
 * depths consistent, jumps and table indexes in range) and disassembles,
 * or in a reported error; no crashes, leaks or sanitizer reports. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "compile/code.h"
#include "parse/parser.h"

static void verify_all(const cc_code *co)
{
    char msg[256];
    if (cc_verify(co, msg, sizeof msg) != 0) {
        fprintf(stderr, "cc_verify: %s\n", msg);
        abort();
    }
    for (int32_t i = 0; i < co->nconsts; i++)
        if (co->consts[i].kind == CC_CODE) verify_all(co->consts[i].v.code);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ps_result res;
    if (ps_parse_file((const char *)data, size, "fuzz.py", PS_EXEC, NULL, &res) == 0) {
        diag_error err;
        cc_unit *u = cc_compile(res.mod, "fuzz.py", CC_MODE_EXEC, &err);
        if (u) {
            verify_all(u->top);
            FILE *devnull = fopen("/dev/null", "w");
            if (devnull) { cc_dis(u->top, devnull); fclose(devnull); }
            cc_unit_free(u);
        } else if (err.kind == DIAG_NONE) {
            abort();        /* failure must say why */
        }
    }
    ar_free(res.arena);
    return 0;
}
