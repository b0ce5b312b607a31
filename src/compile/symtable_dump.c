/* st_dump: the symbol table as text, in the format tools/symtable_dump.py
 * prints from CPython's `symtable` module, so the two can be compared
 * byte for byte:
 *
 *   KIND NAME line=N[ nested]          one line per block, 2 spaces/level
 *     params: A B ...                  parameters in order, if any
 *     NAME SCOPE FLAGS                 one line per symbol, sorted by name
 *
 * FLAGS are the ST_DEF_* bits as letters (see symtable_dump.py), "-" for
 * none.  Children follow their parent's symbols, in CPython's order. */
#include "symtable.h"

#include <stdlib.h>
#include <string.h>

const char *st_block_kind_name(st_block_kind k)
{
    switch (k) {
    case ST_FUNCTION_BLOCK: return "FUNCTION";
    case ST_CLASS_BLOCK: return "CLASS";
    case ST_MODULE_BLOCK: return "MODULE";
    case ST_ANNOTATION_BLOCK: return "ANNOTATION";
    case ST_TYPE_ALIAS_BLOCK: return "TYPE_ALIAS";
    case ST_TYPE_PARAMETERS_BLOCK: return "TYPE_PARAMETERS";
    case ST_TYPE_VARIABLE_BLOCK: return "TYPE_VARIABLE";
    }
    return "?";
}

const char *st_scope_name(int scope)
{
    switch (scope) {
    case ST_LOCAL: return "LOCAL";
    case ST_GLOBAL_EXPLICIT: return "GLOBAL_EXPLICIT";
    case ST_GLOBAL_IMPLICIT: return "GLOBAL_IMPLICIT";
    case ST_FREE: return "FREE";
    case ST_CELL: return "CELL";
    default: return "0";
    }
}

static int cmp_sym(const void *a, const void *b)
{
    const st_symbol *x = *(const st_symbol *const *)a;
    const st_symbol *y = *(const st_symbol *const *)b;
    return strcmp(x->name, y->name);
}

static void indent(FILE *out, int depth)
{
    for (int i = 0; i < depth; i++) fputs("  ", out);
}

/* Recursion: one frame per block level, which the parser bounds. */
static void dump_block(const st_block *b, FILE *out, int depth)
{
    static const struct { uint32_t bit; char c; } letters[] = {
        { ST_DEF_GLOBAL, 'g' }, { ST_DEF_LOCAL, 'l' }, { ST_DEF_PARAM, 'p' },
        { ST_DEF_NONLOCAL, 'n' }, { ST_USE, 'u' }, { ST_DEF_FREE_CLASS, 'F' },
        { ST_DEF_IMPORT, 'i' }, { ST_DEF_ANNOT, 'a' }, { ST_DEF_COMP_ITER, 'c' },
        { ST_DEF_TYPE_PARAM, 't' }, { ST_DEF_COMP_CELL, 'C' },
    };
    indent(out, depth);
    fprintf(out, "%s %s line=%d%s\n", st_block_kind_name(b->kind), b->name,
            (int)b->lineno, b->nested ? " nested" : "");
    if (b->nvarnames) {
        indent(out, depth + 1);
        fputs("params:", out);
        for (int32_t i = 0; i < b->nvarnames; i++) fprintf(out, " %s", b->varnames[i]);
        fputc('\n', out);
    }
    if (b->nsymbols) {
        const st_symbol **syms = malloc((size_t)b->nsymbols * sizeof *syms);
        if (!syms) return;
        for (int32_t i = 0; i < b->nsymbols; i++) syms[i] = &b->symbols[i];
        qsort(syms, (size_t)b->nsymbols, sizeof *syms, cmp_sym);
        for (int32_t i = 0; i < b->nsymbols; i++) {
            char fl[16];
            size_t n = 0;
            for (size_t k = 0; k < sizeof letters / sizeof *letters; k++)
                if (syms[i]->flags & letters[k].bit) fl[n++] = letters[k].c;
            if (!n) fl[n++] = '-';
            fl[n] = '\0';
            indent(out, depth + 1);
            fprintf(out, "%s %s %s\n", syms[i]->name, st_scope_name((int)syms[i]->scope), fl);
        }
        free(syms);
    }
    for (int32_t i = 0; i < b->nchildren; i++) dump_block(b->children[i], out, depth + 1);
}

void st_dump(const st_table *t, FILE *out)
{
    dump_block(st_top(t), out, 0);
}
