/* The krait command-line tool: shared helpers of its subcommands. */
#ifndef KR_CLI_H
#define KR_CLI_H

#include <stddef.h>
#include <stdint.h>

/* Reads all of PATH ("-" for standard input) into a malloc'd buffer with a
 * NUL after the data.  Returns 0, or -1 after printing an error in
 * CPython's words ("krait: can't open file 'x.py': [Errno 2] No such file
 * or directory"). */
int cli_read_file(const char *path, char **data, size_t *len);

struct ps_result;
struct diag_error;
/* Prints a failed parse / a compile-time error of file FILENAME (raw bytes
 * RAW) as CPython reports a syntax error in a script (cmd_parse.c). */
void parse_report(const struct ps_result *res, const char *filename,
                  const char *raw, size_t rawlen);
void diag_report(const struct diag_error *e, const char *filename,
                 const char *raw, size_t rawlen);

/* Compile-time warnings (a diag_sink callback with a warn_ctx), printed as
 * CPython's warnings module prints them for a script: "FILE:LINE:
 * Category: message" and the source line (cmd_dis.c). */
typedef struct warn_ctx {
    const char *filename, *raw;
    size_t rawlen;
} warn_ctx;
void cli_print_warning(void *ctx, int32_t lineno, int32_t col, const char *category,
                       const char *msg);

int cmd_parse(int argc, char **argv);
int cmd_tokenize(int argc, char **argv);
int cmd_symtable(int argc, char **argv);
int cmd_run(int argc, char **argv);

#endif
