/* krait: entry point and subcommand dispatch. */
#include <stdio.h>
#include <string.h>

#include "krait.h"
#include "cli.h"

static void usage(FILE *out)
{
    fputs("usage: krait COMMAND [ARGS]\n"
          "\n"
          "commands:\n"
          "  parse [--dump] FILE     check FILE's syntax; --dump prints its AST as\n"
          "                          Python's ast.dump() does; --positions adds\n"
          "                          each node's position (include_attributes)\n"
          "  tokenize FILE           print FILE's tokens, one per line\n"
          "  symtable FILE           print FILE's scopes and how each name resolves\n"
          "  dis FILE                print FILE's bytecode\n"
          "  compile FILE            check that FILE compiles; errors as CPython reports them\n"
          "  run FILE                run a Python script in the sandbox\n"
          "  version                 print krait's version\n", out);
}

int main(int argc, char **argv)
{
    if (argc < 2) { usage(stderr); return 2; }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "parse")) return cmd_parse(argc - 1, argv + 1);
    if (!strcmp(cmd, "tokenize")) return cmd_tokenize(argc - 1, argv + 1);
    if (!strcmp(cmd, "symtable")) return cmd_symtable(argc - 1, argv + 1);
    if (!strcmp(cmd, "dis") || !strcmp(cmd, "compile")) { extern int cmd_dis(int, char **), cmd_compile(int, char **); return (cmd[0] == 'd' ? cmd_dis : cmd_compile)(argc - 1, argv + 1); }
    if (!strcmp(cmd, "run")) return cmd_run(argc - 1, argv + 1);
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("krait %s\n", kr_version());
        return 0;
    }
    if (!strcmp(cmd, "help") || !strcmp(cmd, "--help") || !strcmp(cmd, "-h")) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "krait: unknown command '%s'\n", cmd);
    usage(stderr);
    return 2;
}
