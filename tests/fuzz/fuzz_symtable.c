/* libFuzzer target: the symbol table over every tree the parser accepts.
 * Whatever the source, scope analysis ends in a table or a reported error,
 * without crashes, leaks or sanitizer reports. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "compile/symtable.h"
#include "parse/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ps_result res;
    if (ps_parse_file((const char *)data, size, "fuzz.py", PS_EXEC, NULL, &res) == 0) {
        diag_error err;
        st_table *t = st_build(res.arena, res.mod, &err);
        if (t) {
            FILE *devnull = fopen("/dev/null", "w");
            if (devnull) { st_dump(t, devnull); fclose(devnull); }
        } else if (err.kind == DIAG_NONE) {
            abort();        /* failure must say why */
        }
    }
    ar_free(res.arena);
    return 0;
}
