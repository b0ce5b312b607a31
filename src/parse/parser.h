/* The parser: Python 3.14 source to CPython 3.14's AST, with CPython's
 * syntax errors (messages and positions).
 *
 * A file's bytes go through src_prepare (source.h) and tok_tokenize
 * (tokenizer.h), then through a recursive-descent parser that follows
 * CPython's PEG grammar (Grammar/python.gram) rule for rule, so that when a
 * program is invalid it fails in the same place and, in a second pass with
 * CPython's invalid_* rules switched on, finds the same targeted message. */
#ifndef KR_PARSE_PARSER_H
#define KR_PARSE_PARSER_H

#include <stddef.h>

#include "../util/arena.h"
#include "ast.h"
#include "diag.h"
#include "../util/strbuf.h"

/* ast.parse modes 'exec', 'eval', 'single', 'func_type'. */
typedef enum { PS_EXEC, PS_EVAL, PS_SINGLE, PS_FUNC_TYPE } ps_mode;

typedef struct ps_result {
    ar_arena *arena;    /* owns everything below; free with ar_free */
    ast_node *mod;      /* Module / Expression / Interactive / FunctionType */
    diag_error err;     /* when ps_parse returned -1 */
    /* The prepared source (UTF-8, '\n' line ends, NUL-terminated; a copy in
     * ARENA) the positions in MOD and ERR refer to, for printing the error
     * line.  NULL when preparing the source failed (bad encoding, null
     * bytes): then ERR has no line to show. */
    const char *src;
    size_t src_len;
} ps_result;

/* Parses BYTES[0..n) (a file's raw bytes: src_prepare, tok_tokenize, then
 * the grammar) as compile(BYTES, name, mode) / ast.parse(BYTES) would.
 * Returns 0 with res->mod set, or -1 with res->err set.  Either way free
 * res->arena with ar_free (it may be NULL).  Warnings (SyntaxWarning for
 * invalid escapes, ...) go to SINK, which may be NULL.
 *
 * Error positions are CPython's SyntaxError attributes converted to diag.h's
 * form: err.col is offset-1 and err.end_col is end_offset-1, both counted in
 * bytes of the line (CPython counts characters; diag_format converts back),
 * with diag.h's negative columns for CPython's offsets <= 0. */
int ps_parse(const char *bytes, size_t n, ps_mode mode, const diag_sink *sink,
             ps_result *res);

/* ps_parse as `python FILENAME` reads and reports a script (use this for
 * running files; ps_parse is compile() of bytes).  The tree is the same;
 * the errors differ in details only:
 *  - source-preparation errors use the messages of CPython's file reader
 *    (src_prepare_file: the file name in "Non-UTF-8 code ..." errors,
 *    "source code cannot contain null bytes" with the NUL's line);
 *  - errors at the end of the file have the positions CPython's file
 *    tokenizer gives them: offset 0 (col -1) for "expected an indented
 *    block" and the like after a last line "if x:" (CPython then prints no
 *    caret line), and errors on the NEWLINE added to a last line that lacks
 *    one end where they start;
 *  - columns are clamped to the length of the error line as read from the
 *    file (with its newline).
 * Only exec mode is meaningful for files, but MODE is honoured. */
int ps_parse_file(const char *bytes, size_t n, const char *filename,
                  ps_mode mode, const diag_sink *sink, ps_result *res);

/* ps_parse and ps_parse_file on an already prepared source SRC[0..len)
 * (UTF-8 with '\n' line ends, NUL-terminated, as src_prepare makes it);
 * res->src is SRC itself. */
int ps_parse_prepared(const char *src, size_t len, ps_mode mode,
                      const diag_sink *sink, ps_result *res);
int ps_parse_prepared_file(const char *src, size_t len, ps_mode mode,
                           const diag_sink *sink, ps_result *res);

/* CPython 3.14's traceback module turns a plain "invalid syntax" error into
 * "invalid syntax. Did you mean 'for'?" when replacing one word of the
 * error's line(s) with a close keyword makes them parse (traceback.py,
 * TracebackException._find_keyword_typos).  Given the prepared source
 * SRC[0..len) and the error ERR that ps_parse reported for it, returns 1
 * and writes the suggested keyword (NUL-terminated) to KW[0..kwsize) when
 * CPython would make that suggestion, else 0.  The caller then prints the
 * message "invalid syntax. Did you mean 'KW'?". */
int ps_keyword_typo(const char *src, size_t len, const diag_error *err,
                    char *kw, size_t kwsize);

/* The same, giving the whole error as CPython then shows it: the message
 * "invalid syntax. Did you mean 'KW'?" and the position of the misspelt
 * word (CPython moves the caret to it).  Returns 1 and fills OUT, or 0. */
int ps_keyword_typo_error(const char *src, size_t len, const diag_error *err,
                          diag_error *out);

/* Appends to SB the report CPython prints for the failed parse RES:
 * "  File ..., line N", the source line, the carets and "SyntaxError: ...",
 * with traceback's keyword-typo suggestion applied.  For a file parsed
 * with ps_parse_file, RAW[0..rawlen) are its bytes: CPython shows the line
 * as re-read from the file; pass RAW NULL for a source string. */
void ps_report(strbuf *sb, const ps_result *res, const char *filename,
               const char *raw, size_t rawlen);

/* Interactive input (repl_input.c).  How CPython's interactive console
 * (code.InteractiveConsole.push, i.e. codeop.compile_command(SRC,
 * '<input>', 'single'), which the 3.14 REPL also uses) judges the input
 * SRC[0..n) typed so far -- the lines joined with '\n', no trailing '\n'
 * unless the last line typed was blank:
 *  - PS_INPUT_COMPLETE: run it (a source of only blank lines and comments
 *    is complete: codeop compiles it as "pass");
 *  - PS_INPUT_INCOMPLETE: show the continuation prompt and read more;
 *  - PS_INPUT_INVALID: report ERR, the error compile(SRC, '<input>',
 *    'single') raises (print it with diag_format / ps_report on a
 *    ps_parse of SRC).
 * Only the parser's errors make input invalid here: errors that compile()
 * finds after parsing (symbol table, 'return' outside function, ...) come
 * from compiling the complete input, as they do in CPython's console. */
typedef enum { PS_INPUT_COMPLETE, PS_INPUT_INCOMPLETE, PS_INPUT_INVALID } ps_input_status;
ps_input_status ps_input_status_of(const char *src, size_t n, diag_error *err);

#endif
