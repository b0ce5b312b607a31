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
#include "parse/source.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ps_result res;
    strbuf sb = STRBUF_INIT;
    if (ps_parse((const char *)data, size, PS_EXEC, NULL, &res) == 0) {
        char msg[200];
        ast_dump(&sb, res.mod, msg);
    } else {
        src_text text = { 0 };
        diag_error ignored;
        int have = src_prepare((const char *)data, size, &text, &ignored) == 0;
        if (res.err.kind == DIAG_NONE) abort();     /* failure must say why */
        diag_error shown = res.err;
        if (have) ps_keyword_typo(&shown, text.text, text.len);
        diag_format(&sb, &shown, "fuzz.py", have ? text.text : NULL, have ? text.len : 0);
        if (have) src_free(&text);
    }
    sb_free(&sb);
    ar_free(res.arena);
    return 0;
}
