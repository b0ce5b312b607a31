/* Parse-time diagnostics: the one error a failed parse reports, in the
 * terms CPython's SyntaxError uses, and warnings collected on the side. */
#ifndef KR_PARSE_DIAG_H
#define KR_PARSE_DIAG_H

#include <stdarg.h>
#include <stdint.h>

typedef enum {
    DIAG_NONE = 0,
    DIAG_SYNTAX,        /* SyntaxError */
    DIAG_INDENTATION,   /* IndentationError */
    DIAG_TAB,           /* TabError */
    DIAG_MEMORY,        /* MemoryError (source too large or too complex) */
    DIAG_VALUE,         /* ValueError, e.g. source contains null bytes */
} diag_kind;

/* Positions are CPython's: 1-based lines; columns here are 0-based byte
 * offsets into the line's UTF-8 text (the printer converts to the 1-based
 * character offsets CPython shows).  end_lineno/end_col of 0 mean "same as
 * start + 1 character".
 *
 * Precisely, CPython's SyntaxError.offset is (characters in the line before
 * byte COL) + 1, and end_offset the same for END_COL; a negative column
 * stands for itself minus one, which is how the tokenizer and source
 * preparation express CPython's odd offsets: col -1 is offset 0, end_col
 * -1 is end_offset 0 ("'(' was never closed"), end_col -2 is end_offset -1
 * ("unexpected EOF while parsing").  A column may also be one past the
 * line's '\n' where CPython's offset counts it.  lineno 0 means CPython
 * gives lineno 0 ("unknown encoding: NAME"). */
typedef struct diag_error {
    diag_kind kind;
    int32_t lineno, col;
    int32_t end_lineno, end_col;
    char msg[480];
    /* Syntax errors from the parser: the line of the last compound
     * statement it completed before failing (CPython's SyntaxError
     * _metadata, which traceback's keyword-typo suggestion starts from;
     * see ps_keyword_typo); 0 otherwise. */
    int32_t stmt_lineno;
    /* The line whose text the report shows, when CPython shows another line
     * than LINENO (a bad byte on line 2 is reported as line 1); 0: LINENO. */
    int32_t text_lineno;
    /* CPython's compiler and symbol table put byte offsets where its
     * SyntaxError wants characters, and traceback shows them as they are:
     * when set, COL and END_COL are shown as offsets unconverted. */
    uint8_t byte_offsets;
} diag_error;



/* Where compile-time warnings go (SyntaxWarning for invalid escape
 * sequences, "is" with a literal, ...).  CATEGORY is the warning class name.
 * May be NULL in a diag_sink: warnings are then dropped. */
typedef void (*diag_warn_fn)(void *ctx, int32_t lineno, int32_t col,
                             const char *category, const char *msg);

typedef struct diag_sink {
    diag_warn_fn warn;
    void *ctx;
} diag_sink;
/* Fills E: everything cleared, then the kind, positions and the message
 * formatted from FMT.  Returns -1, so a failing function can end with
 * "return diag_set(...)". */
int diag_set(diag_error *e, diag_kind kind, int32_t lineno, int32_t col,
             int32_t end_lineno, int32_t end_col, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));
int diag_vset(diag_error *e, diag_kind kind, int32_t lineno, int32_t col,
              int32_t end_lineno, int32_t end_col, const char *fmt, va_list ap);

#endif
