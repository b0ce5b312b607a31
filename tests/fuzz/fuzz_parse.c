/* libFuzzer target: source preparation, tokenizer, parser, AST dump and
 * error formatting on arbitrary bytes.  Any crash, leak, sanitizer report or
 * hang is a bug; every input must end in an AST or a reported error. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "parse/ast_dump.h"
#include "parse/diag_format.h"
#include "parse/parser.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ps_result res;
    strbuf sb = STRBUF_INIT;
    if (ps_parse_file((const char *)data, size, "fuzz.py", PS_EXEC, NULL, &res) == 0) {
        char msg[200];
        ast_dump(&sb, res.mod, msg);
    } else {
        if (res.err.kind == DIAG_NONE) abort();     /* failure must say why */
        ps_report(&sb, &res, "fuzz.py", (const char *)data, size);
    }
    sb_free(&sb);
    ar_free(res.arena);
    return 0;
}
