#include "diag.h"

#include <stdio.h>
#include <string.h>

int diag_vset(diag_error *e, diag_kind kind, int32_t lineno, int32_t col,
              int32_t end_lineno, int32_t end_col, const char *fmt, va_list ap)
{
    memset(e, 0, sizeof *e);
    e->kind = kind;
    e->lineno = lineno;
    e->col = col;
    e->end_lineno = end_lineno;
    e->end_col = end_col;
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    return -1;
}

int diag_set(diag_error *e, diag_kind kind, int32_t lineno, int32_t col,
             int32_t end_lineno, int32_t end_col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vset(e, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return -1;
}
