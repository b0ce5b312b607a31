/* The tokenizer: Python 3.14's lexical grammar over a whole prepared source,
 * behaving like CPython's C tokenizer (Parser/lexer/) as the parser sees
 * it: same tokens, same positions, same errors at the same places.
 *
 * Structure.  One call of lex_normal or lex_fmiddle produces one token (or
 * an error), as CPython's tok_get does; tok_tokenize calls them until
 * ENDMARKER or an error.  The cursor is a pointer into a buffer that ends
 * with a NUL sentinel, so the scanners never need a bounds check besides
 * "at the sentinel?".  For exec input the buffer also ends in '\n' (a copy
 * of the source when the source does not: CPython appends that newline
 * too); with TOK_NO_FINAL_NEWLINE the end of input may come mid-line.
 *
 * Lines.  t->lineno and t->line_start describe the line the cursor is on;
 * passing a '\n' advances them.  CPython instead advances when it fetches
 * the next line, i.e. when it reads the character after '\n'; the only
 * tokens where that shows are NEWLINE (end column = column of '\n' + 1,
 * built explicitly) and the positions at end of file (see eof_pos). */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../unicode/unicode.h"
#include "../util/utf8.h"
#include "tokenizer.h"

enum {
    TOK_MAXINDENT = 100,        /* CPython's MAXINDENT */
    TOK_MAXLEVEL = 200,         /* MAXLEVEL: bracket nesting */
    TOK_MAXFSTRINGLEVEL = 150,  /* MAXFSTRINGLEVEL: f-string nesting */
    TOK_MAX_EXPR_NESTING = 3,   /* replacement fields nested in format specs */
    TOK_TABSIZE = 8,
    TOK_MAXWARNINGS = 10000,
};

/* One f-string or t-string being tokenized (CPython's tokenizer_mode). */
typedef struct tok_fmode {
    uint8_t in_expr;        /* tokenizing a replacement field, not literal text */
    uint8_t quote;          /* ' or " */
    uint8_t quote_size;     /* 1 or 3 */
    uint8_t raw;
    uint8_t is_t;           /* t-string */
    uint8_t in_format_spec;
    int32_t curly_depth;    /* brackets open inside this string's fields */
    int32_t expr_depth;     /* curly_depth of the innermost field's '{',
                               -1 when outside any field */
    const char *start;      /* first byte of the FSTRING_START token */
    const char *line_start; /* start of the line it begins on */
    int32_t first_line;
} tok_fmode;

typedef struct tok_state {
    tok_stream *ts;
    const char *buf;        /* what we scan: ts->src or a copy */
    const char *end;        /* buf + scanned length; *end == '\0' */
    size_t len;             /* of the source: token offsets are clamped to it */
    int nul;                /* the buffer was cut at an embedded NUL's line */
    const char *p;          /* the cursor */
    const char *line_start; /* start of the cursor's line */
    const char *chain_start;/* CPython's tok->buf: start of the line where
                               the current run of backslash-continued (or
                               token-spanning) lines began */
    int32_t lineno;
    size_t cap;             /* of ts->toks */
    size_t wcap;            /* of ts->warnings */
    int atbol;              /* at the beginning of a line */
    int pendin;             /* pending INDENTs (> 0) or DEDENTs (< 0) */
    int indent;             /* top of indstack */
    int level;              /* bracket nesting */
    int nmodes;             /* f-strings open: modes[0..nmodes) */
    int32_t indstack[TOK_MAXINDENT];
    int32_t altindstack[TOK_MAXINDENT];
    char parenstack[TOK_MAXLEVEL];
    int32_t parenline[TOK_MAXLEVEL];
    int32_t parencol[TOK_MAXLEVEL];
    tok_fmode modes[TOK_MAXFSTRINGLEVEL];
} tok_state;

/* ---------------------------------------------------------------------- */
/* Character tables */

/* Identifier characters: 1 for [A-Za-z0-9_], 2 for bytes >= 0x80 (which
 * CPython treats as potential identifier characters and verifies later). */
static const uint8_t tok_idchar[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
    ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
    ['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
    ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
    ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
    ['Y'] = 1, ['Z'] = 1, ['_'] = 1,
    ['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
    ['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
    ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
    ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
    ['y'] = 1, ['z'] = 1,
    [0x80 ... 0xFF] = 2,
};

/* Characters that stop the scan of a string body: both quotes, backslash,
 * newline and the NUL sentinel. */
static const uint8_t tok_strstop[256] = {
    ['\0'] = 1, ['\n'] = 1, ['"'] = 1, ['\''] = 1, ['\\'] = 1,
};

/* The same for f-string literal text, which also stops at braces. */
static const uint8_t tok_fstop[256] = {
    ['\0'] = 1, ['\n'] = 1, ['"'] = 1, ['\''] = 1, ['\\'] = 1,
    ['{'] = 1, ['}'] = 1,
};

#define IS_DIGIT(c) ((unsigned)((c) - '0') < 10u)
#define IS_XDIGIT(c) (IS_DIGIT(c) || (unsigned)(((c) | 0x20) - 'a') < 6u)

static const char *const tok_spellings[TK__COUNT] = {
#define X(name, spelling) [TK_##name] = spelling,
#include "tokens.def"
#undef X
};

const char *tok_kind_spelling(tok_kind kind)
{
    if ((unsigned)kind >= TK__COUNT) return "<?>";
    return tok_spellings[kind];
}

/* ---------------------------------------------------------------------- */
/* Keywords: a switch on the length, then on the first letter. */

static int tok_keyword(const char *s, size_t n)
{
#define KW(str, kind) if (memcmp(s, str, sizeof str - 1) == 0) return kind
    switch (n) {
    case 2:
        switch (s[0]) {
        case 'a': KW("as", TK_KW_AS); break;
        case 'i':
            if (s[1] == 'f') return TK_KW_IF;
            if (s[1] == 'n') return TK_KW_IN;
            if (s[1] == 's') return TK_KW_IS;
            break;
        case 'o': KW("or", TK_KW_OR); break;
        }
        break;
    case 3:
        switch (s[0]) {
        case 'a': KW("and", TK_KW_AND); break;
        case 'd': KW("def", TK_KW_DEF); KW("del", TK_KW_DEL); break;
        case 'f': KW("for", TK_KW_FOR); break;
        case 'n': KW("not", TK_KW_NOT); break;
        case 't': KW("try", TK_KW_TRY); break;
        }
        break;
    case 4:
        switch (s[0]) {
        case 'N': KW("None", TK_KW_NONE); break;
        case 'T': KW("True", TK_KW_TRUE); break;
        case 'e': KW("elif", TK_KW_ELIF); KW("else", TK_KW_ELSE); break;
        case 'f': KW("from", TK_KW_FROM); break;
        case 'p': KW("pass", TK_KW_PASS); break;
        case 'w': KW("with", TK_KW_WITH); break;
        }
        break;
    case 5:
        switch (s[0]) {
        case 'F': KW("False", TK_KW_FALSE); break;
        case 'a': KW("async", TK_KW_ASYNC); KW("await", TK_KW_AWAIT); break;
        case 'b': KW("break", TK_KW_BREAK); break;
        case 'c': KW("class", TK_KW_CLASS); break;
        case 'r': KW("raise", TK_KW_RAISE); break;
        case 'w': KW("while", TK_KW_WHILE); break;
        case 'y': KW("yield", TK_KW_YIELD); break;
        }
        break;
    case 6:
        switch (s[0]) {
        case 'a': KW("assert", TK_KW_ASSERT); break;
        case 'e': KW("except", TK_KW_EXCEPT); break;
        case 'g': KW("global", TK_KW_GLOBAL); break;
        case 'i': KW("import", TK_KW_IMPORT); break;
        case 'l': KW("lambda", TK_KW_LAMBDA); break;
        case 'r': KW("return", TK_KW_RETURN); break;
        }
        break;
    case 7:
        if (s[0] == 'f') KW("finally", TK_KW_FINALLY);
        break;
    case 8:
        if (s[0] == 'c') KW("continue", TK_KW_CONTINUE);
        if (s[0] == 'n') KW("nonlocal", TK_KW_NONLOCAL);
        break;
    }
#undef KW
    return TK_NAME;
}

/* ---------------------------------------------------------------------- */
/* Token array, warnings and errors */

static int tok_grow(tok_state *t)
{
    size_t ncap = t->cap ? t->cap + t->cap / 2 + 16 : 64;
    if (ncap > SIZE_MAX / sizeof(tok_token)) return -1;
    tok_token *nt = realloc(t->ts->toks, ncap * sizeof(tok_token));
    if (!nt) return -1;
    t->ts->toks = nt;
    t->cap = ncap;
    return 0;
}

static void tok_nomem(tok_state *t)
{
    diag_error *e = &t->ts->err;
    memset(e, 0, sizeof *e);
    e->kind = DIAG_MEMORY;
    snprintf(e->msg, sizeof e->msg, "out of memory while tokenizing");
    t->ts->err_raised = 1;
}

/* Appends a token; returns -1 (with a MemoryError) when out of memory. */
static inline int tok_emit(tok_state *t, int kind, const char *s, const char *e,
                           int32_t line, int32_t col, int32_t eline,
                           int32_t ecol)
{
    tok_stream *ts = t->ts;
    if (__builtin_expect(ts->n == t->cap, 0) && tok_grow(t) < 0) {
        tok_nomem(t);
        return -1;
    }
    tok_token *tk = &ts->toks[ts->n++];
    tk->kind = (uint8_t)kind;
    tk->flags = 0;
    /* callers at the end of the buffer pass pointers clamped by tok_eofp */
    tk->start = (uint32_t)(s - t->buf);
    tk->end = (uint32_t)(e - t->buf);
    tk->lineno = line;
    tk->col = col;
    tk->end_lineno = eline;
    tk->end_col = ecol;
    return 0;
}

/* P, or the end of the source when P is past it: after the implicit final
 * newline of a copied buffer (offset len + 1). */
static inline const char *tok_eofp(const tok_state *t, const char *p)
{
    return (size_t)(p - t->buf) > t->len ? t->buf + t->len : p;
}

/* Emits a token that starts and ends on the cursor's line. */
static inline int tok_emit_line(tok_state *t, int kind, const char *s,
                                const char *e)
{
    int32_t col = (int32_t)(s - t->line_start);
    return tok_emit(t, kind, s, e, t->lineno, col, t->lineno,
                    (int32_t)(e - t->line_start));
}

static void tok_warn(tok_state *t, int32_t lineno, int32_t col,
                     const char *fmt, ...)
{
    tok_stream *ts = t->ts;
    /* bounded: adversarial input could otherwise store a warning every
     * few bytes */
    if (ts->nwarnings >= TOK_MAXWARNINGS) return;
    if (ts->nwarnings == t->wcap) {
        size_t ncap = t->wcap ? t->wcap * 2 : 8;
        tok_warning *nw = realloc(ts->warnings, ncap * sizeof *nw);
        if (!nw) return;    /* a lost warning is not worth failing over */
        ts->warnings = nw;
        t->wcap = ncap;
    }
    tok_warning *w = &ts->warnings[ts->nwarnings++];
    w->tok_index = ts->n;
    w->lineno = lineno;
    w->col = col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(w->msg, sizeof w->msg, fmt, ap);
    va_end(ap);
}

/* The byte column CPython's error reporter ends up pointing at when its
 * cursor is CUR on the line starting at LS: it counts the characters before
 * the cursor, so it designates the character just before CUR.  -1 when CUR
 * is at the start of the line (CPython's offset 0). */
static int32_t tok_cursor_col(const char *ls, const char *cur)
{
    if (cur <= ls) return -1;
    const char *q = cur - 1;
    while (q > ls && ((unsigned char)*q & 0xC0) == 0x80) q--;
    return (int32_t)(q - ls);
}

/* Records error MSG and ends the stream with an ERRORTOKEN at the cursor.
 * RAISED and positions as described in tokenizer.h and diag.h.  Always
 * returns -1. */
static int tok_fail(tok_state *t, diag_kind kind, int raised, int32_t lineno,
                    int32_t col, int32_t end_lineno, int32_t end_col,
                    const char *fmt, ...)
{
    tok_stream *ts = t->ts;
    va_list ap;
    va_start(ap, fmt);
    diag_vset(&ts->err, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    /* CPython lets a tokenizer error found after a parser error replace
     * it only when the tokenizer is not inside an f-string */
    ts->err_raised = (uint8_t)(raised && t->nmodes == 0);
    if (t->level > 0) {
        ts->unclosed = t->parenstack[t->level - 1];
        ts->unclosed_lineno = t->parenline[t->level - 1];
        ts->unclosed_col = t->parencol[t->level - 1];
    }
    const char *p = t->p;
    if (p < t->line_start) p = t->line_start;
    if (p > t->end) p = t->end;
    p = tok_eofp(t, p);
    /* out of memory here leaves a MemoryError and no ERRORTOKEN */
    tok_emit(t, TK_ERRORTOKEN, p, p, lineno, col < 0 ? 0 : col, lineno,
             col < 0 ? 0 : col);
    return -1;
}

/* A SyntaxError raised from inside CPython's tokenizer with its cursor at
 * CUR (on the current line): offset and end offset both designate the
 * character before CUR. */
#define tok_syntax_at(t, cur, ...)                                           \
    tok_fail((t), DIAG_SYNTAX, 1, (t)->lineno,                               \
             tok_cursor_col((t)->line_start, (cur)), (t)->lineno,            \
             tok_cursor_col((t)->line_start, (cur)), __VA_ARGS__)

/* CPython's lineno and cursor column at P, where P == t->end (end of file)
 * is still on the last line: CPython never fetches the line after the
 * final '\n'. */
static void tok_eof_pos(tok_state *t, const char *p, int32_t *line,
                        const char **ls)
{
    if (p == t->end && p > t->buf && p == t->line_start) {
        const char *q = p - 1;          /* the final '\n' */
        while (q > t->buf && q[-1] != '\n') q--;
        *line = t->lineno - 1;
        *ls = q;
    } else {
        *line = t->lineno;
        *ls = t->line_start;
    }
}

/* End of input reached at the cursor.  When it is the line of an embedded
 * NUL byte standing in for the end, reports CPython's error for it and
 * returns -1; otherwise 0. */
static int tok_check_nul(tok_state *t)
{
    if (!t->nul) return 0;
    return tok_fail(t, DIAG_SYNTAX, 1, t->lineno, -1, t->lineno, -1,
                    "source code cannot contain null bytes");
}

/* The lazy "EOF" error (CPython's E_EOF): "'(' was never closed" when a
 * bracket is open, else "unexpected EOF while parsing" at the cursor. */
static int tok_eof_error(tok_state *t, const char *cur)
{
    if (tok_check_nul(t)) return -1;
    if (t->level > 0) {
        int32_t l = t->parenline[t->level - 1];
        return tok_fail(t, DIAG_SYNTAX, 0, l, t->parencol[t->level - 1], l,
                        -1, "'%c' was never closed",
                        t->parenstack[t->level - 1]);
    }
    int32_t line;
    const char *ls;
    tok_eof_pos(t, cur, &line, &ls);
    return tok_fail(t, DIAG_SYNTAX, 0, line, tok_cursor_col(ls, cur), line,
                    -2, "unexpected EOF while parsing");
}

static inline void tok_newline(tok_state *t, const char *after)
{
    t->lineno++;
    t->line_start = after;
}

/* A new line started between tokens: CPython (re)fills its buffer from
 * there, unless inside an f-string. */
static inline void tok_newline_between(tok_state *t, const char *after)
{
    tok_newline(t, after);
    if (t->nmodes == 0) t->chain_start = after;
}

/* ---------------------------------------------------------------------- */
/* Line continuation */

/* P is at a backslash outside any string.  Consumes backslash-newline and
 * returns the cursor after it, or NULL after reporting an error.  BETWEEN:
 * no token has started (the backslash is in the indentation). */
static const char *tok_continuation(tok_state *t, const char *p, int between)
{
    if (p[1] != '\n') {
        /* E_LINECONT.  CPython has read one byte after the backslash (if
         * any), and reports as offset (cursor - tok->buf), tok->buf being
         * the start of the chain of continued lines, applied to the current
         * line's text and clamped to its length + 1; end offset 0. */
        const char *cur = p + 1 < t->end ? p + 2 : p + 1;
        const char *ls = t->line_start;
        const char *nl = memchr(ls, '\n', (size_t)(t->end - ls));
        size_t linelen = nl ? (size_t)(nl - ls) + 1 : (size_t)(t->end - ls);
        size_t b = (size_t)(cur - t->chain_start);
        int32_t col;
        if (b > linelen) {
            /* past the '\n': CPython counts the NUL after it too */
            col = (int32_t)linelen;
        } else {
            col = tok_cursor_col(ls, ls + b);
        }
        t->p = cur;
        return tok_fail(t, DIAG_SYNTAX, 0, t->lineno, col, t->lineno, -1,
                        "unexpected character after line continuation "
                        "character"),
               NULL;
    }
    p += 2;
    if (between)
        tok_newline_between(t, p);
    else
        tok_newline(t, p);
    if (p == t->end) {
        t->p = p;
        tok_eof_error(t, p);
        return NULL;
    }
    return p;
}

/* ---------------------------------------------------------------------- */
/* Identifiers */

/* Checks the non-ASCII name S..E against PEP 3131.  Returns 0, or -1 after
 * reporting the first character that may not appear where it is. */
static int tok_verify_name(tok_state *t, const char *s, const char *e)
{
    const char *q = s;
    while (q < e) {
        uint32_t cp;
        int n = utf8_decode(q, (size_t)(e - q), &cp, 0);
        int ok;
        if (n == 0) {
            /* not UTF-8: only possible with unprepared input */
            cp = (unsigned char)*q;
            n = 1;
            ok = 0;
        } else if (cp < 0x80) {
            ok = q == s ? (tok_idchar[cp] == 1 && !IS_DIGIT(cp))
                        : tok_idchar[cp] == 1;
        } else {
            ok = q == s ? uc_is_id_start(cp) : uc_is_id_continue(cp);
        }
        if (!ok) {
            const char *after = q + n;
            if (uc_is_printable(cp)) {
                char ch[5];
                int l = utf8_encode(cp, ch);
                ch[l] = 0;
                return tok_syntax_at(t, after, "invalid character '%s' (U+%04X)",
                                     ch, (unsigned)cp);
            }
            return tok_syntax_at(t, after,
                                 "invalid non-printable character U+%04X",
                                 (unsigned)cp);
        }
        q += n;
    }
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Numbers */

/* Scans digits and single underscores between digits from P (just after a
 * digit).  Returns the cursor at the first character that is neither, or
 * NULL after reporting "invalid decimal literal". */
static const char *tok_decimal_tail(tok_state *t, const char *p)
{
    for (;;) {
        while (IS_DIGIT(*p)) p++;
        if (*p != '_') return p;
        if (!IS_DIGIT(p[1]))
            return tok_syntax_at(t, p + 1, "invalid decimal literal"), NULL;
        p++;
    }
}

/* Does the name-like text at P continue with TEST and then a character that
 * cannot continue a name?  (CPython's lookahead.) */
static int tok_lookahead(const char *p, const char *test)
{
    size_t n = strlen(test);
    return strncmp(p, test, n) == 0 && !tok_idchar[(unsigned char)p[n]];
}

/* CPython's verify_end_of_number: P is the character after a number of
 * KIND.  A keyword that may follow a number directly ("1if x else y") gets
 * a SyntaxWarning; another name character is an error.  Returns 0 or -1. */
static int tok_end_of_number(tok_state *t, const char *p, const char *kind)
{
    int r = 0;
    unsigned char c = (unsigned char)*p;
    switch (c) {
    case 'a': r = tok_lookahead(p + 1, "nd"); break;
    case 'e': r = tok_lookahead(p + 1, "lse"); break;
    case 'f': r = tok_lookahead(p + 1, "or"); break;
    case 'i': r = p[1] == 'f' || p[1] == 'n' || p[1] == 's'; break;
    case 'o': r = tok_lookahead(p + 1, "r"); break;
    case 'n': r = tok_lookahead(p + 1, "ot"); break;
    }
    if (r) {
        tok_warn(t, t->lineno, (int32_t)(p - t->line_start),
                 "invalid %s literal", kind);
        return 0;
    }
    if (c < 128 && tok_idchar[c])
        return tok_syntax_at(t, p, "invalid %s literal", kind);
    return 0;
}

/* Scans a number starting at S.  P is after its first character when that
 * is a digit, or at the digit after the '.' of ".5".  Emits NUMBER. */
static int tok_number(tok_state *t, const char *s, const char *p, int fraction)
{
    unsigned char c;
    if (fraction) goto fraction;
    if (s[0] == '0') {
        c = (unsigned char)*p;
        if (c == 'x' || c == 'X') {
            p++;
            do {
                if (*p == '_') p++;
                if (!IS_XDIGIT(*p))
                    return tok_syntax_at(t, p, "invalid hexadecimal literal");
                do p++; while (IS_XDIGIT(*p));
            } while (*p == '_');
            if (tok_end_of_number(t, p, "hexadecimal")) return -1;
            goto done;
        }
        if (c == 'o' || c == 'O' || c == 'b' || c == 'B') {
            int octal = c == 'o' || c == 'O';
            const char *kind = octal ? "octal" : "binary";
            char top = octal ? '7' : '1';
            p++;
            do {
                if (*p == '_') p++;
                if (*p < '0' || *p > top) {
                    if (IS_DIGIT(*p))
                        return tok_syntax_at(t, p + 1,
                                             "invalid digit '%c' in %s literal",
                                             *p, kind);
                    return tok_syntax_at(t, p, "invalid %s literal", kind);
                }
                do p++; while (*p >= '0' && *p <= top);
            } while (*p == '_');
            if (IS_DIGIT(*p))
                return tok_syntax_at(t, p + 1, "invalid digit '%c' in %s literal",
                                     *p, kind);
            if (tok_end_of_number(t, p, kind)) return -1;
            goto done;
        }
        /* "0", "00", "0_0", or the start of a float; "0777" is an error */
        int nonzero = 0;
        for (;;) {
            if (*p == '_') {
                if (!IS_DIGIT(p[1]))
                    return tok_syntax_at(t, p + 1, "invalid decimal literal");
                p++;
            }
            if (*p != '0') break;
            p++;
        }
        /* CPython's zeros_end: just after the first character that is not a
         * zero (it has been read) */
        const char *zeros_end = p + 1;
        if (IS_DIGIT(*p)) {
            nonzero = 1;
            p = tok_decimal_tail(t, p + 1);
            if (!p) return -1;
        }
        c = (unsigned char)*p;
        if (c == '.') {
            p++;
            goto fraction;
        }
        if (c == 'e' || c == 'E') goto exponent;
        if (c == 'j' || c == 'J') goto imaginary;
        if (nonzero) {
            int32_t col = (int32_t)(s - t->line_start);
            return tok_fail(t, DIAG_SYNTAX, 1, t->lineno, col, t->lineno,
                            (int32_t)(zeros_end - t->line_start) - 1,
                            "leading zeros in decimal integer literals are "
                            "not permitted; use an 0o prefix for octal "
                            "integers");
        }
        if (tok_end_of_number(t, p, "decimal")) return -1;
        goto done;
    }
    /* decimal */
    p = tok_decimal_tail(t, p);
    if (!p) return -1;
    if (*p == '.') {
        p++;
    fraction:
        if (IS_DIGIT(*p)) {
            p = tok_decimal_tail(t, p + 1);
            if (!p) return -1;
        }
    }
    c = (unsigned char)*p;
    if (c == 'e' || c == 'E') {
    exponent:;
        const char *e = p;
        p++;
        if (*p == '+' || *p == '-') {
            p++;
            if (!IS_DIGIT(*p))
                return tok_syntax_at(t, p, "invalid decimal literal");
        } else if (!IS_DIGIT(*p)) {
            /* "1else": the number ends before the 'e' */
            if (tok_end_of_number(t, e, "decimal")) return -1;
            p = e;
            goto done;
        }
        p = tok_decimal_tail(t, p + 1);
        if (!p) return -1;
        c = (unsigned char)*p;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
        p++;
        if (tok_end_of_number(t, p, "imaginary")) return -1;
    } else if (tok_end_of_number(t, p, "decimal")) {
        return -1;
    }
done:
    t->p = p;
    return tok_emit_line(t, TK_NUMBER, s, p);
}

/* ---------------------------------------------------------------------- */
/* Strings */

static char tok_prefix_letter(const tok_state *t)
{
    return t->nmodes > 0 && t->modes[t->nmodes - 1].is_t ? 't' : 'f';
}

/* A string literal (not f/t) starting at S (its prefix), quote at Q. */
static int tok_string(tok_state *t, const char *s, const char *q)
{
    const unsigned char quote = (unsigned char)*q;
    int quote_size = 1, has_escaped_quote = 0;
    int32_t first_line = t->lineno;
    const char *first_ls = t->line_start;
    const unsigned char *p = (const unsigned char *)q + 1;

    if (*p == quote) {
        if (p[1] != quote) {            /* empty string */
            p++;
            goto done;
        }
        quote_size = 3;
        p += 2;
    }
    for (;;) {
        while (!tok_strstop[*p]) p++;
        unsigned char c = *p;
        if (c == quote) {
            p++;
            if (quote_size == 1) break;
            if (p[0] == quote && p[1] == quote) {
                p += 2;
                break;
            }
            continue;
        }
        if (c == '\\') {
            c = p[1];
            if (c == '\n') {
                p += 2;
                tok_newline(t, (const char *)p);
                continue;
            }
            if (c == '\0' && (const char *)p + 1 == t->end) {
                p++;
                continue;               /* reported as EOF next round */
            }
            if (c == quote) has_escaped_quote = 1;
            p += 2;
            continue;
        }
        if (c == '\n') {
            if (quote_size == 1) goto unterminated;
            p++;
            tok_newline(t, (const char *)p);
            continue;
        }
        if (c == '\0') {
            if ((const char *)p == t->end) goto unterminated;
            p++;
            continue;
        }
        p++;                            /* the other quote */
    }
done:
    t->p = (const char *)p;
    return tok_emit(t, TK_STRING, s, (const char *)p, first_line,
                    (int32_t)(s - first_ls), t->lineno,
                    (int32_t)((const char *)p - t->line_start));

unterminated:;
    t->p = (const char *)p;
    int32_t detected = t->lineno;
    if ((const char *)p == t->end) {
        if (tok_check_nul(t)) return -1;
        if (p > (const unsigned char *)t->buf && p[-1] == '\n')
            detected--;     /* CPython is still on the last line */
    }
    int32_t col = (int32_t)(s - first_ls);
    if (t->nmodes > 0) {
        const tok_fmode *m = &t->modes[t->nmodes - 1];
        if (m->quote == quote && m->quote_size == quote_size)
            return tok_fail(t, DIAG_SYNTAX, 1, first_line, col, first_line,
                            col, "%c-string: expecting '}'",
                            tok_prefix_letter(t));
    }
    if (quote_size == 3)
        return tok_fail(t, DIAG_SYNTAX, 1, first_line, col, first_line, col,
                        "unterminated triple-quoted string literal (detected "
                        "at line %d)", (int)detected);
    return tok_fail(t, DIAG_SYNTAX, 1, first_line, col, first_line, col,
                    "unterminated string literal (detected at line %d)%s",
                    (int)detected,
                    has_escaped_quote ? "; perhaps you escaped the end quote?"
                                      : "");
}

/* FSTRING_START / TSTRING_START: S is the prefix, Q the quote. */
static int tok_fstring_start(tok_state *t, const char *s, const char *q,
                             int raw, int is_t)
{
    int quote_size = (q[1] == q[0] && q[2] == q[0]) ? 3 : 1;
    const char *p = q + quote_size;
    if (t->nmodes + 1 >= TOK_MAXFSTRINGLEVEL)
        return tok_syntax_at(t, p, "too many nested f-strings or t-strings");
    tok_fmode *m = &t->modes[t->nmodes++];
    m->in_expr = 0;
    m->quote = (uint8_t)*q;
    m->quote_size = (uint8_t)quote_size;
    m->raw = (uint8_t)raw;
    m->is_t = (uint8_t)is_t;
    m->in_format_spec = 0;
    m->curly_depth = 0;
    m->expr_depth = -1;
    m->start = s;
    m->line_start = t->line_start;
    m->first_line = t->lineno;
    t->p = p;
    return tok_emit_line(t, is_t ? TK_TSTRING_START : TK_FSTRING_START, s, p);
}

/* Emits an f-string MIDDLE whose text is S..E, which began at FIRST_LINE /
 * FIRST_LS and whose end position is the cursor P (which is after E when a
 * doubled brace was reduced to one). */
static int tok_emit_middle(tok_state *t, const tok_fmode *m, const char *s,
                           const char *e, const char *p, int32_t first_line,
                           const char *first_ls)
{
    t->p = p;
    return tok_emit(t, m->is_t ? TK_TSTRING_MIDDLE : TK_FSTRING_MIDDLE, s, e,
                    first_line, (int32_t)(s - first_ls), t->lineno,
                    (int32_t)(p - t->line_start));
}

static int lex_normal(tok_state *t, tok_fmode *m);

/* Literal text of an f-string (CPython's tok_get_fstring_mode): a MIDDLE,
 * the END, or the start of a replacement field. */
static int lex_fmiddle(tok_state *t, tok_fmode *m)
{
    const char *s = t->p;
    const char *p = s;
    int32_t first_line = t->lineno;
    const char *first_ls = t->line_start;
    const char pre = m->is_t ? 't' : 'f';

    if (p[0] == '{' && p[1] != '{') {
        m->expr_depth++;
        if (m->expr_depth >= TOK_MAX_EXPR_NESTING)
            return tok_syntax_at(t, p, "%c-string: expressions nested too deeply",
                                 pre);
        m->in_expr = 1;
        return lex_normal(t, m);
    }
    if (p[0] == m->quote &&
        (m->quote_size == 1 || (p[1] == m->quote && p[2] == m->quote))) {
        p += m->quote_size;
        t->p = p;
        t->nmodes--;
        return tok_emit_line(t, m->is_t ? TK_TSTRING_END : TK_FSTRING_END, s, p);
    }

    int end_quote_size = 0, unicode_escape = 0;
    for (;;) {
        if (end_quote_size == m->quote_size) {
            p -= m->quote_size;
            return tok_emit_middle(t, m, s, p, p, first_line, first_ls);
        }
        /* plain text runs are the common case */
        if (!tok_fstop[(unsigned char)*p]) {
            end_quote_size = 0;
            do p++; while (!tok_fstop[(unsigned char)*p]);
        }
        int in_fs = m->in_format_spec && m->expr_depth >= 0;
        unsigned char c = (unsigned char)*p;
        if ((c == '\0' && p == t->end) || (c == '\n' && m->quote_size == 1)) {
            if (c == '\n' && in_fs) {
                t->p = p + 1;
                return tok_syntax_at(t, p + 1,
                                     "%c-string: newlines are not allowed in "
                                     "format specifiers for single quoted "
                                     "%c-strings", pre, pre);
            }
            t->p = p;
            int32_t detected = t->lineno;
            if (c == '\0') {
                if (tok_check_nul(t)) return -1;
                if (p > t->buf && p[-1] == '\n') detected--;
            }
            int32_t col = (int32_t)(m->start - m->line_start);
            if (m->quote_size == 3)
                return tok_fail(t, DIAG_SYNTAX, 1, m->first_line, col,
                                m->first_line, col,
                                "unterminated triple-quoted %c-string literal "
                                "(detected at line %d)", pre, (int)detected);
            return tok_fail(t, DIAG_SYNTAX, 1, m->first_line, col,
                            m->first_line, col,
                            "unterminated %c-string literal (detected at "
                            "line %d)", pre, (int)detected);
        }
        p++;
        if (c == m->quote) {
            end_quote_size++;
            continue;
        }
        end_quote_size = 0;
        if (c == '\n') {
            tok_newline(t, p);
        } else if (c == '{') {
            if (*p != '{' || in_fs) {
                p--;
                m->expr_depth++;
                if (m->expr_depth >= TOK_MAX_EXPR_NESTING) {
                    t->p = p;
                    return tok_syntax_at(t, p, "%c-string: expressions nested "
                                         "too deeply", pre);
                }
                m->in_expr = 1;
                m->in_format_spec = 0;
                return tok_emit_middle(t, m, s, p, p, first_line, first_ls);
            }
            /* "{{": the text keeps one brace, the token spans both */
            return tok_emit_middle(t, m, s, p, p + 1, first_line, first_ls);
        } else if (c == '}') {
            if (unicode_escape)
                return tok_emit_middle(t, m, s, p, p, first_line, first_ls);
            if (*p == '}' && !in_fs && m->curly_depth == 0)
                return tok_emit_middle(t, m, s, p, p + 1, first_line, first_ls);
            p--;
            m->in_expr = 1;
            m->in_format_spec = 0;
            return tok_emit_middle(t, m, s, p, p, first_line, first_ls);
        } else if (c == '\\') {
            unsigned char peek = (unsigned char)*p;
            if (peek == '{' || peek == '}') {
                if (!m->raw)
                    tok_warn(t, t->lineno, (int32_t)(p - 1 - t->line_start),
                             "\"\\%c\" is an invalid escape sequence. Such "
                             "sequences will not work in the future. Did you "
                             "mean \"\\\\%c\"? A raw string is also an option.",
                             peek, peek);
                continue;
            }
            if (peek == '\0' && p == t->end) continue;
            p++;
            if (peek == '\n') {
                tok_newline(t, p);
            } else if (!m->raw && peek == 'N' && *p == '{') {
                p++;
                unicode_escape = 1;
            }
        }
        /* else: the other quote character, or an embedded NUL */
    }
}

/* ---------------------------------------------------------------------- */
/* Operators */

/* Two- and three-character operators starting at P; 0 if none.  Sets *LEN. */
static int tok_op2(const char *p, int *len)
{
    char c1 = p[1];
    *len = 2;
    switch (p[0]) {
    case '!': if (c1 == '=') return TK_NOTEQUAL; break;
    case '%': if (c1 == '=') return TK_PERCENTEQUAL; break;
    case '&': if (c1 == '=') return TK_AMPEREQUAL; break;
    case '*':
        if (c1 == '*') {
            if (p[2] == '=') { *len = 3; return TK_DOUBLESTAREQUAL; }
            return TK_DOUBLESTAR;
        }
        if (c1 == '=') return TK_STAREQUAL;
        break;
    case '+': if (c1 == '=') return TK_PLUSEQUAL; break;
    case '-':
        if (c1 == '=') return TK_MINEQUAL;
        if (c1 == '>') return TK_RARROW;
        break;
    case '/':
        if (c1 == '/') {
            if (p[2] == '=') { *len = 3; return TK_DOUBLESLASHEQUAL; }
            return TK_DOUBLESLASH;
        }
        if (c1 == '=') return TK_SLASHEQUAL;
        break;
    case ':': if (c1 == '=') return TK_COLONEQUAL; break;
    case '<':
        if (c1 == '<') {
            if (p[2] == '=') { *len = 3; return TK_LEFTSHIFTEQUAL; }
            return TK_LEFTSHIFT;
        }
        if (c1 == '=') return TK_LESSEQUAL;
        if (c1 == '>') return TK_NOTEQUAL;      /* "<>": the parser rejects it */
        break;
    case '=': if (c1 == '=') return TK_EQEQUAL; break;
    case '>':
        if (c1 == '>') {
            if (p[2] == '=') { *len = 3; return TK_RIGHTSHIFTEQUAL; }
            return TK_RIGHTSHIFT;
        }
        if (c1 == '=') return TK_GREATEREQUAL;
        break;
    case '@': if (c1 == '=') return TK_ATEQUAL; break;
    case '^': if (c1 == '=') return TK_CIRCUMFLEXEQUAL; break;
    case '|': if (c1 == '=') return TK_VBAREQUAL; break;
    }
    return 0;
}

static const uint8_t tok_op1[128] = {
    ['('] = TK_LPAR, [')'] = TK_RPAR, ['['] = TK_LSQB, [']'] = TK_RSQB,
    ['{'] = TK_LBRACE, ['}'] = TK_RBRACE, [':'] = TK_COLON, [','] = TK_COMMA,
    [';'] = TK_SEMI, ['+'] = TK_PLUS, ['-'] = TK_MINUS, ['*'] = TK_STAR,
    ['/'] = TK_SLASH, ['|'] = TK_VBAR, ['&'] = TK_AMPER, ['<'] = TK_LESS,
    ['>'] = TK_GREATER, ['='] = TK_EQUAL, ['.'] = TK_DOT, ['%'] = TK_PERCENT,
    ['~'] = TK_TILDE, ['^'] = TK_CIRCUMFLEX, ['@'] = TK_AT,
    ['!'] = TK_EXCLAMATION, ['$'] = TK_OP, ['?'] = TK_OP, ['`'] = TK_OP,
};

/* One-character operators and brackets, with the bracket bookkeeping. */
static int tok_operator(tok_state *t, tok_fmode *m, const char *s)
{
    unsigned char c = (unsigned char)*s;
    const char *p = s + 1;
#define pre (m && m->is_t ? 't' : 'f')

    if (m && m->expr_depth >= 0 && c == ':' &&
        m->curly_depth - 1 == m->expr_depth) {
        /* the ':' that starts a format spec */
        m->in_expr = 0;
        m->in_format_spec = 1;
        t->p = p;
        return tok_emit_line(t, TK_COLON, s, p);
    }
    int len, kind = tok_op2(s, &len);
    if (kind) {
        t->p = s + len;
        return tok_emit_line(t, kind, s, s + len);
    }
    switch (c) {
    case '(': case '[': case '{':
        if (t->level >= TOK_MAXLEVEL)
            return tok_syntax_at(t, p, "too many nested parentheses");
        t->parenstack[t->level] = (char)c;
        t->parenline[t->level] = t->lineno;
        t->parencol[t->level] = (int32_t)(s - t->line_start);
        t->level++;
        if (m) m->curly_depth++;
        break;
    case ')': case ']': case '}':
        if (m && m->curly_depth == 0 && c == '}')
            return tok_syntax_at(t, p, "%c-string: single '}' is not allowed",
                                 pre);
        if (t->level == 0)
            return tok_syntax_at(t, p, "unmatched '%c'", c);
        t->level--;
        {
            char open = t->parenstack[t->level];
            if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
                  (open == '{' && c == '}'))) {
                if (m && open == '{' && m->curly_depth - 1 == m->expr_depth)
                    return tok_syntax_at(t, p, "%c-string: unmatched '%c'",
                                         pre, c);
                if (t->parenline[t->level] != t->lineno)
                    return tok_syntax_at(t, p,
                                         "closing parenthesis '%c' does not "
                                         "match opening parenthesis '%c' on "
                                         "line %d", c, open,
                                         (int)t->parenline[t->level]);
                return tok_syntax_at(t, p,
                                     "closing parenthesis '%c' does not match "
                                     "opening parenthesis '%c'", c, open);
            }
        }
        if (m) {
            m->curly_depth--;
            if (m->curly_depth < 0)
                return tok_syntax_at(t, p, "%c-string: unmatched '%c'", pre, c);
            if (c == '}' && m->curly_depth == m->expr_depth) {
                m->expr_depth--;
                m->in_expr = 0;
                m->in_format_spec = 0;
            }
        }
        break;
    default:
        break;
    }
    if (c >= 128 || !tok_op1[c]) {
        /* control characters (printable ASCII all have a kind) */
        return tok_syntax_at(t, p, "invalid non-printable character U+%04X",
                             (unsigned)c);
    }
    t->p = p;
    return tok_emit_line(t, tok_op1[c], s, p);
#undef pre
}

/* ---------------------------------------------------------------------- */
/* The regular tokenizer (CPython's tok_get_normal_mode).  M is the
 * innermost f-string when tokenizing one of its replacement fields. */

static int tok_indentation(tok_state *t, int *blankline);

static int lex_normal(tok_state *t, tok_fmode *m)
{
    const char *p;
    int blankline;

nextline:
    blankline = 0;
    if (t->atbol) {
        if (tok_indentation(t, &blankline) < 0) return -1;
    }
    p = t->p;
    if (t->pendin != 0) {
        int32_t line = t->lineno;
        const char *ls = t->line_start;
        if (p == t->end) tok_eof_pos(t, p, &line, &ls);
        int32_t col = (int32_t)(p - ls);
        int kind;
        if (t->pendin < 0) {
            t->pendin++;
            kind = TK_DEDENT;
        } else {
            t->pendin--;
            kind = TK_INDENT;
        }
        const char *q = tok_eofp(t, p);
        return tok_emit(t, kind, q, q, line, col, line, col);
    }

again:
    while (*p == ' ' || *p == '\t' || *p == '\f') p++;
    const char *s = p;
    unsigned char c = (unsigned char)*p;

    switch (c) {
    case '#': {
        const char *nl = memchr(p, '\n', (size_t)(t->end - p));
        p = nl ? nl : t->end;
        c = (unsigned char)*p;
        if (c == '\n') goto newline;
        goto eof;
    }
    case '\n':
    newline:
        t->atbol = 1;
        if (blankline || t->level > 0) {
            t->p = p + 1;
            tok_newline_between(t, p + 1);
            goto nextline;
        }
        {
            /* CPython's NEWLINE token starts at a comment before it */
            int32_t col = (int32_t)(s - t->line_start);
            int r = tok_emit(t, TK_NEWLINE, s, p, t->lineno, col, t->lineno,
                             (int32_t)(p - t->line_start) + 1);
            t->p = p + 1;
            tok_newline_between(t, p + 1);
            return r;
        }
    case '\0':
        if (p != t->end) {
            t->p = p + 1;
            return tok_syntax_at(t, p + 1,
                                 "invalid non-printable character U+0000");
        }
    eof:
        t->p = p;
        if (tok_check_nul(t)) return -1;
        if (t->level > 0) return tok_eof_error(t, p);
        {
            int32_t line;
            const char *ls;
            tok_eof_pos(t, p, &line, &ls);
            if (t->end == t->buf && !t->nul) line = 0;  /* no line at all */
            int32_t col = (int32_t)(p - ls);
            const char *q = tok_eofp(t, p);
            if (tok_emit(t, TK_ENDMARKER, q, q, line, col, line, col) < 0)
                return -1;
            return 1;
        }

    case 'a' ... 'z':
    case 'A' ... 'Z':
    case '_':
    case 0x80 ... 0xFF: {
        /* string prefixes: each of b r u f t at most once, any order */
        int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0, saw_t = 0;
        for (;;) {
            switch (c) {
            case 'b': case 'B': if (saw_b) goto name; saw_b = 1; break;
            case 'r': case 'R': if (saw_r) goto name; saw_r = 1; break;
            case 'u': case 'U': if (saw_u) goto name; saw_u = 1; break;
            case 'f': case 'F': if (saw_f) goto name; saw_f = 1; break;
            case 't': case 'T': if (saw_t) goto name; saw_t = 1; break;
            default: goto name;
            }
            c = (unsigned char)*++p;
            if (c == '"' || c == '\'') {
                const char *bad1 = NULL, *bad2 = NULL;
                if (saw_u && saw_b) bad1 = "u", bad2 = "b";
                else if (saw_u && saw_r) bad1 = "u", bad2 = "r";
                else if (saw_u && saw_f) bad1 = "u", bad2 = "f";
                else if (saw_u && saw_t) bad1 = "u", bad2 = "t";
                else if (saw_b && saw_f) bad1 = "b", bad2 = "f";
                else if (saw_b && saw_t) bad1 = "b", bad2 = "t";
                else if (saw_f && saw_t) bad1 = "f", bad2 = "t";
                if (bad1) {
                    t->p = p + 1;
                    return tok_fail(t, DIAG_SYNTAX, 1, t->lineno,
                                    (int32_t)(s - t->line_start), t->lineno,
                                    (int32_t)(p - t->line_start),
                                    "'%s' and '%s' prefixes are incompatible",
                                    bad1, bad2);
                }
                if (saw_f || saw_t)
                    return tok_fstring_start(t, s, p, saw_r, saw_t);
                return tok_string(t, s, p);
            }
        }
    name:;
        int nonascii = 0;
        uint8_t k;
        while ((k = tok_idchar[(unsigned char)*p]) != 0) {
            nonascii |= k;
            p++;
        }
        if (nonascii & 2) {
            if (tok_verify_name(t, s, p) < 0) return -1;
            t->p = p;
            if (tok_emit_line(t, TK_NAME, s, p) < 0) return -1;
            t->ts->toks[t->ts->n - 1].flags = TOKF_NONASCII;
            return 0;
        }
        t->p = p;
        return tok_emit_line(t, (size_t)(p - s) <= 8 ? tok_keyword(s, (size_t)(p - s))
                                                     : TK_NAME, s, p);
    }

    case '0' ... '9':
        return tok_number(t, s, p + 1, 0);

    case '.':
        if (IS_DIGIT(p[1])) return tok_number(t, s, p + 1, 1);
        if (p[1] == '.' && p[2] == '.') {
            t->p = p + 3;
            return tok_emit_line(t, TK_ELLIPSIS, s, p + 3);
        }
        t->p = p + 1;
        return tok_emit_line(t, TK_DOT, s, p + 1);

    case '"': case '\'':
        return tok_string(t, s, p);

    case '\\':
        p = tok_continuation(t, p, 0);
        if (!p) return -1;
        goto again;

    default:
        t->p = p;
        return tok_operator(t, m, s);
    }
}

/* Measures the indentation at the start of a line and queues INDENT or
 * DEDENT tokens.  Sets *BLANKLINE for lines holding only whitespace and a
 * comment (which do not affect indentation). */
static int tok_indentation(tok_state *t, int *blankline)
{
    const char *p = t->p;
    int32_t col = 0, altcol = 0, cont_line_col = 0;
    t->atbol = 0;
    /* runs of 8 spaces at a time (the buffer's end is never crossed: the
     * final "\n\0" stops the run) */
    while ((size_t)(t->end - p) >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        if (w != 0x2020202020202020ull) break;
        p += 8;
        col += 8;
        altcol += 8;
    }
    for (;;) {
        char c = *p;
        if (c == ' ') {
            col++, altcol++, p++;
        } else if (c == '\t') {
            col = (col / TOK_TABSIZE + 1) * TOK_TABSIZE;
            altcol++;
            p++;
        } else if (c == '\f') {
            col = altcol = 0;
            p++;
        } else if (c == '\\') {
            /* the first backslash's column is the line's indentation */
            cont_line_col = cont_line_col ? cont_line_col : col;
            p = tok_continuation(t, p, 1);
            if (!p) return -1;
        } else {
            break;
        }
    }
    t->p = p;
    if (*p == '#' || *p == '\n') {
        *blankline = 1;
        return 0;
    }
    if (t->level != 0) return 0;
    if (cont_line_col) col = altcol = cont_line_col;

    int32_t line = t->lineno;
    const char *ls = t->line_start;
    if (p == t->end) tok_eof_pos(t, p, &line, &ls);
    if (col == t->indstack[t->indent]) {
        if (altcol != t->altindstack[t->indent]) goto tab_error;
    } else if (col > t->indstack[t->indent]) {
        if (t->indent + 1 >= TOK_MAXINDENT) {
            /* E_TOODEEP: offset 1, end offset 0 */
            return tok_fail(t, DIAG_INDENTATION, 0, line, 0, line, -1,
                            "too many levels of indentation");
        }
        if (altcol <= t->altindstack[t->indent]) goto tab_error;
        t->pendin++;
        t->indent++;
        t->indstack[t->indent] = col;
        t->altindstack[t->indent] = altcol;
    } else {
        while (t->indent > 0 && col < t->indstack[t->indent]) {
            t->pendin--;
            t->indent--;
        }
        if (col != t->indstack[t->indent]) {
            /* E_DEDENT: CPython's cursor is at the end of the line */
            const char *nl = memchr(p, '\n', (size_t)(t->end - p));
            const char *cur = nl ? nl + 1 : t->end;
            return tok_fail(t, DIAG_INDENTATION, 0, line,
                            tok_cursor_col(ls, cur), line, -2,
                            "unindent does not match any outer indentation "
                            "level");
        }
        if (altcol != t->altindstack[t->indent]) goto tab_error;
    }
    return 0;

tab_error:
    /* E_TABSPACE: offset 1, end offset 0 */
    return tok_fail(t, DIAG_TAB, 0, line, 0, line, -1,
                    "inconsistent use of tabs and spaces in indentation");
}

/* ---------------------------------------------------------------------- */

int tok_tokenize(tok_stream *ts, const char *src, size_t len)
{
    return tok_tokenize_ex(ts, src, len, 0);
}

int tok_tokenize_ex(tok_stream *ts, const char *src, size_t len,
                    unsigned flags)
{
    memset(ts, 0, sizeof *ts);
    ts->src = src;
    ts->len = len;

    tok_state *t = malloc(sizeof *t);
    if (!t) {
        memset(&ts->err, 0, sizeof ts->err);
        ts->err.kind = DIAG_MEMORY;
        snprintf(ts->err.msg, sizeof ts->err.msg,
                 "out of memory while tokenizing");
        ts->err_raised = 1;
        return -1;
    }
    memset(t, 0, offsetof(tok_state, indstack));
    t->ts = ts;
    t->indstack[0] = t->altindstack[0] = 0;

    if (len >= (size_t)INT32_MAX - 2) {
        ts->err.kind = DIAG_MEMORY;
        snprintf(ts->err.msg, sizeof ts->err.msg, "source too large");
        ts->err_raised = 1;
        free(t);
        return -1;
    }

    /* The scanned buffer must end in '\n' + NUL: copy when it does not.
     * With an embedded NUL byte, we scan up to the start of its line, where
     * CPython (which reads line by line) reports it. */
    char *copy = NULL;
    size_t scan = len;
    const char *nul = memchr(src, '\0', len);
    if (nul) {
        while (nul > src && nul[-1] != '\n') nul--;
        scan = (size_t)(nul - src);
        t->nul = 1;
    }
    t->len = len;
    int add_nl = !(flags & TOK_NO_FINAL_NEWLINE) && scan > 0 &&
                 src[scan - 1] != '\n';
    if (nul || add_nl) {
        copy = malloc(scan + 2);
        if (!copy) {
            tok_nomem(t);
            free(t);
            return -1;
        }
        memcpy(copy, src, scan);
        if (add_nl) copy[scan++] = '\n';
        copy[scan] = '\0';
        t->buf = copy;
    } else {
        t->buf = src;
    }
    t->end = t->buf + scan;
    t->p = t->line_start = t->chain_start = t->buf;
    t->lineno = 1;
    t->atbol = 1;

    /* About one token per 5 bytes of typical code. */
    t->cap = len / 5 + 64;
    ts->toks = malloc(t->cap * sizeof(tok_token));
    int r = 0;
    if (!ts->toks) {
        t->cap = 0;
        tok_nomem(t);
        r = -1;
    }
    while (r == 0) {
        tok_fmode *m = t->nmodes ? &t->modes[t->nmodes - 1] : NULL;
        if (m && !m->in_expr)
            r = lex_fmiddle(t, m);
        else
            r = lex_normal(t, m);
    }
    /* the token byte ranges index ts->src, which the copy mirrors; only
     * the implicit final newline (offset len) lies beyond it, and NEWLINE
     * tokens are empty there */
    free(copy);
    free(t);
    return r < 0 ? -1 : 0;
}

void tok_unclosed_error(const tok_stream *ts, diag_error *out)
{
    memset(out, 0, sizeof *out);
    out->kind = DIAG_SYNTAX;
    out->lineno = out->end_lineno = ts->unclosed_lineno;
    out->col = ts->unclosed_col;
    out->end_col = -1;
    snprintf(out->msg, sizeof out->msg, "'%c' was never closed", ts->unclosed);
}

void tok_free(tok_stream *ts)
{
    free(ts->toks);
    free(ts->warnings);
    ts->toks = NULL;
    ts->warnings = NULL;
    ts->n = ts->nwarnings = 0;
}

/* CPython 3.14's _PyLexer_set_ftstring_expr: comments are found outside
 * string literals (quotes tracked naively, backslash skipping the next
 * character), and when there is one, each comment is removed up to (not
 * including) its newline, tracking quotes without the backslash rule. */
size_t tok_fstring_expr_text(const char *s, size_t n, char *out)
{
    int in_string = 0, hash = 0;
    char quote = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '\\') {
            i++;
            continue;
        }
        if (ch == '"' || ch == '\'') {
            if (!in_string) {
                in_string = 1;
                quote = ch;
            } else if (ch == quote) {
                in_string = 0;
            }
            continue;
        }
        if (ch == '#' && !in_string) {
            hash = 1;
            break;
        }
    }
    if (!hash) {
        memcpy(out, s, n);
        return n;
    }
    size_t j = 0;
    in_string = 0;
    quote = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch == '"' || ch == '\'') {
            if (!in_string) {
                in_string = 1;
                quote = ch;
            } else if (ch == quote) {
                in_string = 0;
            }
            out[j++] = ch;
        } else if (ch == '#' && !in_string) {
            while (i < n && s[i] != '\n') i++;
            if (i < n) out[j++] = '\n';
        } else {
            out[j++] = ch;
        }
    }
    return j;
}
