/* Tokenizer, source preparation and literal decoding tests.
 *
 * The expectations were checked against CPython 3.14 (its C tokenizer via
 * _tokenize.TokenizerIter(extra_tokens=False), compile() and ast.parse):
 * token kinds, texts and positions, each error's message and position, and
 * literal values.  Run with --gen to print what this build produces in the
 * tables' syntax (for adding cases).
 *
 * Rendering: tokens are separated by spaces; operators and keywords are
 * shown by spelling, other kinds by name, with their text in quotes when
 * they have any.  Error positions use diag.h's convention (0-based byte
 * columns; CPython's offset is col + 1 for ASCII lines). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/literal.h"
#include "parse/source.h"
#include "parse/tokenizer.h"

static int passed, failed, gen;

static const char *const kind_names[TK__COUNT] = {
#define X(name, spelling) [TK_##name] = #name,
#include "parse/tokens.def"
#undef X
};

typedef struct sbuf {
    char *s;
    size_t n, cap;
} sbuf;

static void sb_add(sbuf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
    }
    memcpy(b->s + b->n, s, n);
    b->n += n;
    b->s[b->n] = 0;
}

static void sb_str(sbuf *b, const char *s) { sb_add(b, s, strlen(s)); }

static void sb_fmt(sbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
#include <stdarg.h>
static void sb_fmt(sbuf *b, const char *fmt, ...)
{
    char tmp[600];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    sb_add(b, tmp, (size_t)n);
}

/* text with \n and \\ and ' escaped */
static void sb_text(sbuf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\n') sb_str(b, "\\n");
        else if (s[i] == '\t') sb_str(b, "\\t");
        else if (s[i] == '\\') sb_str(b, "\\\\");
        else sb_add(b, s + i, 1);
    }
}

static char *render(const tok_stream *ts, int positions)
{
    sbuf b = {0};
    sb_str(&b, "");
    for (size_t i = 0; i < ts->n; i++) {
        const tok_token *t = &ts->toks[i];
        if (i) sb_str(&b, " ");
        int k = t->kind;
        if (k >= TK_LPAR && k != TK_OP) {
            sb_str(&b, tok_kind_spelling((tok_kind)k));
            if (k == TK_NOTEQUAL && ts->src[t->start] == '<') sb_str(&b, "'<>'");
        } else {
            sb_str(&b, kind_names[k]);
            if (t->end > t->start && k != TK_NEWLINE) {
                sb_str(&b, "'");
                sb_text(&b, ts->src + t->start, t->end - t->start);
                sb_str(&b, "'");
            }
        }
        if (positions)
            sb_fmt(&b, "@%d,%d-%d,%d", (int)t->lineno, (int)t->col,
                   (int)t->end_lineno, (int)t->end_col);
    }
    return b.s;
}

static void print_c_string(const char *s, size_t n)
{
    putchar('"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\') printf("\\%c", c);
        else if (c == '\n') printf("\\n");
        else if (c == '\t') printf("\\t");
        else if (c < 0x20 || c >= 0x7F) printf("\\x%02x\"\"", c);
        else putchar(c);
    }
    putchar('"');
}

static void check(int ok, const char *what, const char *src, const char *got,
                  const char *want)
{
    if (ok) {
        passed++;
        return;
    }
    failed++;
    printf("FAIL %s: ", what);
    print_c_string(src, strlen(src));
    printf("\n  got:  %s\n  want: %s\n", got, want);
}

/* ---------------------------------------------------------------------- */
/* Token sequences */

typedef struct { const char *src, *want; } seq_case;

static const seq_case seq_cases[] = {
    {"x = 1\n", "NAME'x' = NUMBER'1' NEWLINE ENDMARKER"},
    {"", "ENDMARKER"},      /* on line 0: see test_eval_mode */
    {"\n\n# comment only\n   \n", "ENDMARKER"},
    {"if x:\n    y\n  # c\n\n    z\nw", "if NAME'x' : NEWLINE INDENT NAME'y' NEWLINE NAME'z' NEWLINE DEDENT NAME'w' NEWLINE ENDMARKER"},
    {"class A:\n  def f(self):\n    pass\n\n\n", "class NAME'A' : NEWLINE INDENT def NAME'f' ( NAME'self' ) : NEWLINE INDENT pass NEWLINE DEDENT DEDENT ENDMARKER"},
    {"x = (1,\n  2)\n", "NAME'x' = ( NUMBER'1' , NUMBER'2' ) NEWLINE ENDMARKER"},
    {"x = 1 + \\\n  2\n", "NAME'x' = NUMBER'1' + NUMBER'2' NEWLINE ENDMARKER"},
    {"match x:\n case _: type = await", "NAME'match' NAME'x' : NEWLINE INDENT NAME'case' NAME'_' : NAME'type' = await NEWLINE DEDENT ENDMARKER"},
    {"False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield",
     "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield NEWLINE ENDMARKER"},
    {"a.b...c->d:=e!f", "NAME'a' . NAME'b' ... NAME'c' -> NAME'd' := NAME'e' ! NAME'f' NEWLINE ENDMARKER"},
    {"x **= 2 // 3 //= 4 >>= 5 <<= 6 @= 7 != 8 ~ ^ |= &= %= <> == <= >=",
     "NAME'x' **= NUMBER'2' // NUMBER'3' //= NUMBER'4' >>= NUMBER'5' <<= NUMBER'6' @= NUMBER'7' != NUMBER'8' ~ ^ |= &= %= !='<>' == <= >= NEWLINE ENDMARKER"},
    {"x = $ ? `", "NAME'x' = OP'$' OP'?' OP'`' NEWLINE ENDMARKER"},
    {"0xfor 1_000.000_1e1_0j .5 .5j 5. 5.e-3 0b1or 0o17and 00 0_0 1if x else y",
     "NUMBER'0xf' or NUMBER'1_000.000_1e1_0j' NUMBER'.5' NUMBER'.5j' NUMBER'5.' NUMBER'5.e-3' NUMBER'0b1' or NUMBER'0o17' and NUMBER'00' NUMBER'0_0' NUMBER'1' if NAME'x' else NAME'y' NEWLINE ENDMARKER"},
    {"1else 1.0else 0else", "NUMBER'1' else NUMBER'1.0' else NUMBER'0' else NEWLINE ENDMARKER"},
    {"'a' \"b\" '''c\nd''' rb'e' Rb'f' bR'g' u'h' U'i' b'''j'''",
     "STRING''a'' STRING'\"b\"' STRING''''c\\nd'''' STRING'rb'e'' STRING'Rb'f'' STRING'bR'g'' STRING'u'h'' STRING'U'i'' STRING'b'''j'''' NEWLINE ENDMARKER"},
    {"x = 'a\\\nb'\n", "NAME'x' = STRING''a\\\\\\nb'' NEWLINE ENDMARKER"},
    {"\xc3\xa9t\xc3\xa9 = \xf0\x9d\x94\x98", "NAME'\xc3\xa9t\xc3\xa9' = NAME'\xf0\x9d\x94\x98' NEWLINE ENDMARKER"},
    /* f-strings */
    {"x = f\"a{b!r:>{w}}c{{d}}\" + 1",
     "NAME'x' = FSTRING_START'f\"' FSTRING_MIDDLE'a' { NAME'b' ! NAME'r' : FSTRING_MIDDLE'>' { NAME'w' } FSTRING_MIDDLE } FSTRING_MIDDLE'c{' FSTRING_MIDDLE'd}' FSTRING_END'\"' + NUMBER'1' NEWLINE ENDMARKER"},
    {"f'{x:}'", "FSTRING_START'f'' { NAME'x' : FSTRING_MIDDLE } FSTRING_END''' NEWLINE ENDMARKER"},
    {"f'{x=}' f'{x = !r:>10}'",
     "FSTRING_START'f'' { NAME'x' = } FSTRING_END''' FSTRING_START'f'' { NAME'x' = ! NAME'r' : FSTRING_MIDDLE'>10' } FSTRING_END''' NEWLINE ENDMARKER"},
    {"f'{x:=1}' f'{(x:=1)}' f'{x!=y}'",
     "FSTRING_START'f'' { NAME'x' : FSTRING_MIDDLE'=1' } FSTRING_END''' FSTRING_START'f'' { ( NAME'x' := NUMBER'1' ) } FSTRING_END''' FSTRING_START'f'' { NAME'x' != NAME'y' } FSTRING_END''' NEWLINE ENDMARKER"},
    {"f'{{}}' f'{{{x}}}'",
     "FSTRING_START'f'' FSTRING_MIDDLE'{' FSTRING_MIDDLE'}' FSTRING_END''' FSTRING_START'f'' FSTRING_MIDDLE'{' { NAME'x' } FSTRING_MIDDLE'}' FSTRING_END''' NEWLINE ENDMARKER"},
    {"f'{x:{y:{z}}}'",
     "FSTRING_START'f'' { NAME'x' : { NAME'y' : { NAME'z' } FSTRING_MIDDLE } FSTRING_MIDDLE } FSTRING_END''' NEWLINE ENDMARKER"},
    {"f'{x:a{b}c{d}e}'",
     "FSTRING_START'f'' { NAME'x' : FSTRING_MIDDLE'a' { NAME'b' } FSTRING_MIDDLE'c' { NAME'd' } FSTRING_MIDDLE'e' } FSTRING_END''' NEWLINE ENDMARKER"},
    {"f\"{f'{f\"{x}\"}'}\"",
     "FSTRING_START'f\"' { FSTRING_START'f'' { FSTRING_START'f\"' { NAME'x' } FSTRING_END'\"' } FSTRING_END''' } FSTRING_END'\"' NEWLINE ENDMARKER"},
    {"f'{f'{x}'}' f\"{\"a\"}\"",
     "FSTRING_START'f'' { FSTRING_START'f'' { NAME'x' } FSTRING_END''' } FSTRING_END''' FSTRING_START'f\"' { STRING'\"a\"' } FSTRING_END'\"' NEWLINE ENDMARKER"},
    {"f'''{\nx # comment\n!r\n:\n>{y\n}\n}'''",
     "FSTRING_START'f'''' { NAME'x' ! NAME'r' : FSTRING_MIDDLE'\\n>' { NAME'y' } FSTRING_MIDDLE'\\n' } FSTRING_END''''' NEWLINE ENDMARKER"},
    {"f'\\N{BULLET} {x}\\n' rf'\\N{x}' f'\\{6}'",
     "FSTRING_START'f'' FSTRING_MIDDLE'\\\\N{BULLET}' FSTRING_MIDDLE' ' { NAME'x' } FSTRING_MIDDLE'\\\\n' FSTRING_END''' FSTRING_START'rf'' FSTRING_MIDDLE'\\\\N' { NAME'x' } FSTRING_END''' FSTRING_START'f'' FSTRING_MIDDLE'\\\\' { NUMBER'6' } FSTRING_END''' NEWLINE ENDMARKER"},
    {"f'{x:a'", "FSTRING_START'f'' { NAME'x' : FSTRING_MIDDLE'a' FSTRING_END''' ERRORTOKEN"},
    {"t'{x!s:{y}}' Rt'a' tr\"b\" T'''c'''",
     "TSTRING_START't'' { NAME'x' ! NAME's' : { NAME'y' } TSTRING_MIDDLE } TSTRING_END''' TSTRING_START'Rt'' TSTRING_MIDDLE'a' TSTRING_END''' TSTRING_START'tr\"' TSTRING_MIDDLE'b' TSTRING_END'\"' TSTRING_START'T'''' TSTRING_MIDDLE'c' TSTRING_END''''' NEWLINE ENDMARKER"},
};

/* The t-string case above is fixed up at run time: see test_sequences. */

static void test_sequences(void)
{
    for (size_t i = 0; i < sizeof seq_cases / sizeof seq_cases[0]; i++) {
        const seq_case *c = &seq_cases[i];
        tok_stream ts;
        tok_tokenize(&ts, c->src, strlen(c->src));
        char *got = render(&ts, 0);
        if (gen) {
            printf("    {");
            print_c_string(c->src, strlen(c->src));
            printf(", ");
            print_c_string(got, strlen(got));
            printf("},\n");
        } else {
            check(strcmp(got, c->want) == 0, "tokens", c->src, got, c->want);
        }
        free(got);
        tok_free(&ts);
    }
}

/* ---------------------------------------------------------------------- */
/* Positions */

static const seq_case pos_cases[] = {
    {"x = 1 # c\ny", "NAME'x'@1,0-1,1 =@1,2-1,3 NUMBER'1'@1,4-1,5 NEWLINE@1,6-1,10 NAME'y'@2,0-2,1 NEWLINE@2,1-2,2 ENDMARKER@2,2-2,2"},
    {"if x:\n\ty\n", "if@1,0-1,2 NAME'x'@1,3-1,4 :@1,4-1,5 NEWLINE@1,5-1,6 INDENT@2,1-2,1 NAME'y'@2,1-2,2 NEWLINE@2,2-2,3 DEDENT@2,3-2,3 ENDMARKER@2,3-2,3"},
    {"s = '''a\nbc''' + 1", "NAME's'@1,0-1,1 =@1,2-1,3 STRING''''a\\nbc''''@1,4-2,5 +@2,6-2,7 NUMBER'1'@2,8-2,9 NEWLINE@2,9-2,10 ENDMARKER@2,10-2,10"},
    {"f'a{{b}}c{x}'", "FSTRING_START'f''@1,0-1,2 FSTRING_MIDDLE'a{'@1,2-1,5 FSTRING_MIDDLE'b}'@1,5-1,8 FSTRING_MIDDLE'c'@1,8-1,9 {@1,9-1,10 NAME'x'@1,10-1,11 }@1,11-1,12 FSTRING_END'''@1,12-1,13 NEWLINE@1,13-1,14 ENDMARKER@1,14-1,14"},
    {"f'''ab\n{x}\ncd'''", "FSTRING_START'f''''@1,0-1,4 FSTRING_MIDDLE'ab\\n'@1,4-2,0 {@2,0-2,1 NAME'x'@2,1-2,2 }@2,2-2,3 FSTRING_MIDDLE'\\ncd'@2,3-3,2 FSTRING_END'''''@3,2-3,5 NEWLINE@3,5-3,6 ENDMARKER@3,6-3,6"},
    {"\xc3\xa9 = '\xc3\xa9'", "NAME'\xc3\xa9'@1,0-1,2 =@1,3-1,4 STRING''\xc3\xa9''@1,5-1,9 NEWLINE@1,9-1,10 ENDMARKER@1,10-1,10"},
};

static void test_positions(void)
{
    for (size_t i = 0; i < sizeof pos_cases / sizeof pos_cases[0]; i++) {
        const seq_case *c = &pos_cases[i];
        tok_stream ts;
        tok_tokenize(&ts, c->src, strlen(c->src));
        char *got = render(&ts, 1);
        if (gen) {
            printf("    {");
            print_c_string(c->src, strlen(c->src));
            printf(", ");
            print_c_string(got, strlen(got));
            printf("},\n");
        } else {
            check(strcmp(got, c->want) == 0, "positions", c->src, got, c->want);
        }
        free(got);
        tok_free(&ts);
    }
    /* NAME tokens with non-ASCII text are flagged for NFKC */
    tok_stream ts;
    const char *s = "a \xef\xac\x81 b";
    tok_tokenize(&ts, s, strlen(s));
    check(ts.n > 2 && !(ts.toks[0].flags & TOKF_NONASCII) &&
              (ts.toks[1].flags & TOKF_NONASCII) && ts.toks[1].kind == TK_NAME,
          "TOKF_NONASCII", s, "flags", "set on the second NAME only");
    tok_free(&ts);
}

/* ---------------------------------------------------------------------- */
/* Errors */

typedef struct {
    const char *src;
    diag_kind kind;
    const char *msg;
    int line, col, end_line, end_col, raised;
} err_case;

static const err_case err_cases[] = {
    {"x = 'abc\ny", DIAG_SYNTAX, "unterminated string literal (detected at line 1)", 1, 4, 1, 4, 1},
    {"x = 'ab\\'\n", DIAG_SYNTAX, "unterminated string literal (detected at line 1); perhaps you escaped the end quote?", 1, 4, 1, 4, 1},
    {"x = '''abc\n\ndef", DIAG_SYNTAX, "unterminated triple-quoted string literal (detected at line 3)", 1, 4, 1, 4, 1},
    {"x = 'a\\\nb", DIAG_SYNTAX, "unterminated string literal (detected at line 2)", 1, 4, 1, 4, 1},
    {"x = 1\x01", DIAG_SYNTAX, "invalid non-printable character U+0001", 1, 5, 1, 5, 1},
    {"x = a\xc2\xa0" "b", DIAG_SYNTAX, "invalid non-printable character U+00A0", 1, 5, 1, 5, 1},
    {"x = a\xe2\x82\xac" "b", DIAG_SYNTAX, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 5, 1, 5, 1},
    {"\xe2\x82\xac = 1", DIAG_SYNTAX, "invalid character '\xe2\x82\xac' (U+20AC)", 1, 0, 1, 0, 1},
    {"x = a\xe2\x80\x8b" "b", DIAG_SYNTAX, "invalid non-printable character U+200B", 1, 5, 1, 5, 1},
    {"x = 0777", DIAG_SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4, 1, 5, 1},
    {"x = 0_7", DIAG_SYNTAX, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4, 1, 6, 1},
    {"x = 0o78", DIAG_SYNTAX, "invalid digit '8' in octal literal", 1, 7, 1, 7, 1},
    {"x = 0o", DIAG_SYNTAX, "invalid octal literal", 1, 5, 1, 5, 1},
    {"x = 0b12", DIAG_SYNTAX, "invalid digit '2' in binary literal", 1, 7, 1, 7, 1},
    {"x = 0b1_", DIAG_SYNTAX, "invalid binary literal", 1, 7, 1, 7, 1},
    {"x = 0x", DIAG_SYNTAX, "invalid hexadecimal literal", 1, 5, 1, 5, 1},
    {"x = 0xg", DIAG_SYNTAX, "invalid hexadecimal literal", 1, 5, 1, 5, 1},
    {"x = 1__0", DIAG_SYNTAX, "invalid decimal literal", 1, 5, 1, 5, 1},
    {"x = 1_", DIAG_SYNTAX, "invalid decimal literal", 1, 5, 1, 5, 1},
    {"x = 1e+", DIAG_SYNTAX, "invalid decimal literal", 1, 6, 1, 6, 1},
    {"x = 5.x", DIAG_SYNTAX, "invalid decimal literal", 1, 5, 1, 5, 1},
    {"x = 1ex", DIAG_SYNTAX, "invalid decimal literal", 1, 4, 1, 4, 1},
    {"x = 1jx", DIAG_SYNTAX, "invalid imaginary literal", 1, 5, 1, 5, 1},
    {"x = 0x1g", DIAG_SYNTAX, "invalid hexadecimal literal", 1, 6, 1, 6, 1},
    {"ub''", DIAG_SYNTAX, "'u' and 'b' prefixes are incompatible", 1, 0, 1, 2, 1},
    {"ur''", DIAG_SYNTAX, "'u' and 'r' prefixes are incompatible", 1, 0, 1, 2, 1},
    {"bf''", DIAG_SYNTAX, "'b' and 'f' prefixes are incompatible", 1, 0, 1, 2, 1},
    {"bt''", DIAG_SYNTAX, "'b' and 't' prefixes are incompatible", 1, 0, 1, 2, 1},
    {"ft''", DIAG_SYNTAX, "'f' and 't' prefixes are incompatible", 1, 0, 1, 2, 1},
    {")", DIAG_SYNTAX, "unmatched ')'", 1, 0, 1, 0, 1},
    {"x = [1, 2)", DIAG_SYNTAX, "closing parenthesis ')' does not match opening parenthesis '['", 1, 9, 1, 9, 1},
    {"x = (\n1]", DIAG_SYNTAX, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 1, 2, 1, 1},
    {"PARENS201", DIAG_SYNTAX, "too many nested parentheses", 1, 204, 1, 204, 1},
    {"f(\n", DIAG_SYNTAX, "'(' was never closed", 1, 1, 1, -1, 0},
    {"x = [\n1,\n", DIAG_SYNTAX, "'[' was never closed", 1, 4, 1, -1, 0},
    {"x = \\", DIAG_SYNTAX, "unexpected EOF while parsing", 1, 5, 1, -2, 0},
    {"x = 1 \\z", DIAG_SYNTAX, "unexpected character after line continuation character", 1, 7, 1, -1, 0},
    {"x = 1 + \\\n 2 \\ z", DIAG_SYNTAX, "unexpected character after line continuation character", 2, 7, 2, -1, 0},
    {"if 1:\n  x\n y\n", DIAG_INDENTATION, "unindent does not match any outer indentation level", 3, 2, 3, -2, 0},
    {"if 1:\n        x\n\ty\n", DIAG_TAB, "inconsistent use of tabs and spaces in indentation", 3, 0, 3, -1, 0},
    {"if 1:\n\tx\n        y\n", DIAG_TAB, "inconsistent use of tabs and spaces in indentation", 3, 0, 3, -1, 0},
    /* f-strings */
    {"f'}'", DIAG_SYNTAX, "f-string: single '}' is not allowed", 1, 2, 1, 2, 0},
    {"t'}'", DIAG_SYNTAX, "t-string: single '}' is not allowed", 1, 2, 1, 2, 0},
    {"f'{)}'", DIAG_SYNTAX, "f-string: unmatched ')'", 1, 3, 1, 3, 0},
    {"f'{x)}'", DIAG_SYNTAX, "f-string: unmatched ')'", 1, 4, 1, 4, 0},
    {"f'{x'", DIAG_SYNTAX, "f-string: expecting '}'", 1, 4, 1, 4, 0},
    {"f'abc", DIAG_SYNTAX, "unterminated f-string literal (detected at line 1)", 1, 0, 1, 0, 0},
    {"x = t'''abc\n", DIAG_SYNTAX, "unterminated triple-quoted t-string literal (detected at line 1)", 1, 4, 1, 4, 0},
    {"f'{x:a\n'", DIAG_SYNTAX, "f-string: newlines are not allowed in format specifiers for single quoted f-strings", 1, 6, 1, 6, 0},
    {"f'{x:{y:{z:{w}}}}'", DIAG_SYNTAX, "f-string: expressions nested too deeply", 1, 10, 1, 10, 0},
    {"f'{x", DIAG_SYNTAX, "'{' was never closed", 1, 2, 1, -1, 0},
    {"x = 1\ny = 2\x00\n", DIAG_SYNTAX, "source code cannot contain null bytes", 2, -1, 2, -1, 1},
};

static void test_errors(void)
{
    for (size_t i = 0; i < sizeof err_cases / sizeof err_cases[0]; i++) {
        const err_case *c = &err_cases[i];
        /* the NUL case needs the explicit length */
        const char *src = c->src;
        char parens[300];
        size_t len = strlen(src);
        if (strstr(c->msg, "null bytes")) len = strlen(src) + 1 + strlen(src + strlen(src) + 1);
        if (strcmp(src, "PARENS201") == 0) {
            /* "x = " and 201 '(': the 201st is one too many */
            strcpy(parens, "x = ");
            memset(parens + 4, '(', 201);
            parens[205] = 0;
            src = parens;
            len = strlen(src);
        }
        tok_stream ts;
        int r = tok_tokenize(&ts, src, len);
        const diag_error *e = &ts.err;
        char got[700], want[700];
        snprintf(got, sizeof got, "%d %s %d,%d-%d,%d raised=%d r=%d last=%s", e->kind,
                 e->msg, e->lineno, e->col, e->end_lineno, e->end_col,
                 ts.err_raised, r,
                 ts.n ? kind_names[ts.toks[ts.n - 1].kind] : "-");
        snprintf(want, sizeof want, "%d %s %d,%d-%d,%d raised=%d r=-1 last=ERRORTOKEN",
                 c->kind, c->msg, c->line, c->col, c->end_line, c->end_col,
                 c->raised);
        if (gen) {
            printf("    {");
            print_c_string(src, len);
            printf(", %s, ", e->kind == DIAG_TAB ? "DIAG_TAB" : e->kind == DIAG_INDENTATION ? "DIAG_INDENTATION" : "DIAG_SYNTAX");
            print_c_string(e->msg, strlen(e->msg));
            printf(", %d, %d, %d, %d, %d},\n", e->lineno, e->col, e->end_lineno, e->end_col, ts.err_raised);
        } else {
            check(strcmp(got, want) == 0, "error", c->src, got, want);
        }
        tok_free(&ts);
    }

    /* warnings: "1if" and "\{" in f-strings */
    tok_stream ts;
    const char *s = "x = 1if y else 0x1for\nf'\\{x}'";
    tok_tokenize(&ts, s, strlen(s));
    check(ts.nwarnings == 3 &&
              strcmp(ts.warnings[0].msg, "invalid decimal literal") == 0 &&
              strcmp(ts.warnings[1].msg, "invalid hexadecimal literal") == 0 &&
              ts.warnings[2].lineno == 2 &&
              strcmp(ts.warnings[2].msg,
                     "\"\\{\" is an invalid escape sequence. Such sequences "
                     "will not work in the future. Did you mean \"\\\\{\"? A "
                     "raw string is also an option.") == 0,
          "warnings", s, ts.nwarnings ? ts.warnings[0].msg : "none", "3 warnings");
    tok_free(&ts);

    /* 100 levels of indentation are too many, 99 are fine */
    for (int depth = 99; depth <= 100; depth++) {
        sbuf b = {0};
        for (int i = 0; i < depth; i++) {
            for (int k = 0; k < i; k++) sb_str(&b, " ");
            sb_str(&b, "if 1:\n");
        }
        for (int k = 0; k < depth; k++) sb_str(&b, " ");
        sb_str(&b, "pass\n");
        tok_tokenize(&ts, b.s, b.n);
        int ok = depth == 99 ? ts.err.kind == DIAG_NONE
                             : ts.err.kind == DIAG_INDENTATION &&
                                   strcmp(ts.err.msg, "too many levels of indentation") == 0 &&
                                   ts.err.lineno == 101 && ts.err.col == 0 &&
                                   ts.err.end_col == -1;
        check(ok, "indent depth", depth == 99 ? "99 levels" : "100 levels",
              ts.err.msg, depth == 99 ? "" : "too many levels of indentation");
        tok_free(&ts);
        free(b.s);
    }

    /* f-string nesting: 149 levels tokenize, 150 do not */
    for (int depth = 149; depth <= 150; depth++) {
        char *e = malloc(8);
        strcpy(e, "x");
        for (int i = 0; i < depth; i++) {
            char *n = malloc(strlen(e) + 8);
            sprintf(n, "f'{%s}'", e);
            free(e);
            e = n;
        }
        tok_tokenize(&ts, e, strlen(e));
        int ok = depth == 149 ? ts.err.kind == DIAG_NONE
                              : strcmp(ts.err.msg, "too many nested f-strings or t-strings") == 0 &&
                                    ts.err.col == 448;
        check(ok, "f-string depth", depth == 149 ? "149" : "150", ts.err.msg, "");
        tok_free(&ts);
        free(e);
    }

    /* the unclosed bracket recorded with a lazy error */
    s = "foo(a,\n  b \\ c)";
    tok_tokenize(&ts, s, strlen(s));
    check(!ts.err_raised && ts.unclosed == '(' && ts.unclosed_lineno == 1 &&
              ts.unclosed_col == 3,
          "unclosed", s, ts.err.msg, "'(' at 1,3");
    diag_error ue;
    tok_unclosed_error(&ts, &ue);
    check(strcmp(ue.msg, "'(' was never closed") == 0 && ue.lineno == 1 &&
              ue.col == 3 && ue.end_col == -1,
          "tok_unclosed_error", s, ue.msg, "'(' was never closed");
    tok_free(&ts);
}

/* ---------------------------------------------------------------------- */
/* Source preparation */

typedef struct {
    const char *bytes;
    size_t n;
    const char *want;   /* prepared text, or "ERR msg line,col" */
} src_case;

#define S(lit) lit, sizeof(lit) - 1

static const src_case src_cases[] = {
    {S("x = 1\r\ny = 2\rz\n"), "x = 1\ny = 2\nz\n"},
    {S("\xef\xbb\xbfx = 1\n"), "x = 1\n"},
    {S("# coding: latin-1\nx = '\xe9'\n"), "# coding: latin-1\nx = '\xc3\xa9'\n"},
    {S("#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\nx = '\xe9'\n"), "#!/usr/bin/python\n# vim: set fileencoding=iso-8859-1 :\nx = '\xc3\xa9'\n"},
    {S("# -*- coding: cp1252 -*-\nx = '\x80'\n"), "# -*- coding: cp1252 -*-\nx = '\xe2\x82\xac'\n"},
    {S("# coding=utf8\nx = 1\n"), "# coding=utf8\nx = 1\n"},
    {S("# coding: ascii\nx = 1\n"), "# coding: ascii\nx = 1\n"},
    {S("x = 1\n# coding: latin-1\nx = '\xe9'\n"), "ERR Non-UTF-8 code starting with '\\xe9' on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details 3,5"},
    {S("x = 'ok'\ny = '\xc3'\n"), "ERR Non-UTF-8 code starting with '\\xc3' on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details 2,5"},
    {S("x = '\xed\xa0\x80'\n"), "ERR Non-UTF-8 code starting with '\\xed' on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details 1,5"},
    {S("# coding: foo\nx = 1\n"), "ERR unknown encoding: foo 0,-2"},
    {S("\xef\xbb\xbf# coding: latin-1\nx = 1\n"), "ERR encoding problem: iso-8859-1 with BOM 1,-1"},
    {S("# coding: ascii\nx = '\xe9'\n"), "ERR 'ascii' codec can't decode byte 0xe9 in position 21: ordinal not in range(128) 0,-2"},
    {S("x = 1\x00\n"), "ERR source code string cannot contain null bytes 0,0"},
};

static void test_source(void)
{
    for (size_t i = 0; i < sizeof src_cases / sizeof src_cases[0]; i++) {
        const src_case *c = &src_cases[i];
        src_text t;
        diag_error e;
        char got[800];
        if (src_prepare(c->bytes, c->n, &t, &e) == 0) {
            snprintf(got, sizeof got, "%s", t.text);
            src_free(&t);
        } else {
            snprintf(got, sizeof got, "ERR %s %d,%d", e.msg, e.lineno, e.col);
        }
        check(strcmp(got, c->want) == 0, "source", c->bytes, got, c->want);
    }
    src_text t;
    diag_error e;
    int r = src_prepare_file(S("x = '\xff'\n"), "x.py", &t, &e);
    check(r < 0 && strcmp(e.msg, "Non-UTF-8 code starting with '\\xff' in file x.py on line 1, but no encoding declared; see https://peps.python.org/pep-0263/ for details") == 0,
          "source file", "x = '\\xff'", e.msg, "in file x.py");
    r = src_prepare_file(S("x = 1\ny = 2\x00\n"), "x.py", &t, &e);
    check(r < 0 && strcmp(e.msg, "source code cannot contain null bytes") == 0 &&
              e.lineno == 2,
          "source file NUL", "x = 1\\ny = 2\\0", e.msg, "line 2");
}

/* ---------------------------------------------------------------------- */
/* Literals */

typedef struct { const char *src, *want; } lit_case;

static const lit_case lit_cases[] = {
    {"1", "INT 1"}, {"0", "INT 0"}, {"00", "INT 0"}, {"1_000_000", "INT 1000000"},
    {"9223372036854775807", "INT 9223372036854775807"},
    {"9223372036854775808", "BIG 10 9223372036854775808"},
    {"0x7fffffffffffffff", "INT 9223372036854775807"},
    {"0x8000_0000_0000_0000", "BIG 16 8000000000000000"},
    {"0XdeadBEEF", "INT 3735928559"}, {"0o777_777", "INT 262143"}, {"0b1_0", "INT 2"},
    {"0x0000000000000000000001", "INT 1"},
    {"1e400", "FLOAT inf"}, {"1e-400", "FLOAT 0"}, {"0.1e1_0", "FLOAT 1000000000"},
    {"1.5J", "IMAG 1.5"}, {"1_000j", "IMAG 1000"}, {".5e+3", "FLOAT 500"}, {"5.", "FLOAT 5"},
    {"0.1", "FLOAT 0.10000000000000001"},
    {"'abc'", "STR 'abc'"}, {"u'x'", "STR(u) 'x'"}, {"b'x'", "BYTES 'x'"}, {"r'\\d'", "STR '\\\\d'"},
    {"'\\a\\b\\f\\n\\r\\t\\v\\\\\\'\\\"'", "STR '\\x07\\x08\\x0c\\x0a\\x0d\\x09\\x0b\\\\'\"'"},
    {"'\\0\\08\\1234\\x41\\u00e9\\U0001F600\\N{BULLET}\\N{latin small letter a}'", "STR '\\x00\\x008S4A\\xc3\\xa9\\xf0\\x9f\\x98\\x80\\xe2\\x80\\xa2a'"},
    {"'\\ud800\\udc00'", "STR '\\xed\\xa0\\x80\\xed\\xb0\\x80'"},
    {"'a\\\nb'", "STR 'ab'"},
    {"'\\d'", "STR '\\\\d' W\"\\d\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\d\"? A raw string is also an option."},
    {"'\\777\\d'", "STR '\\xc7\\xbf\\\\d' W\"\\777\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\777\"? A raw string is also an option."},
    {"b'\\777'", "BYTES '\\xff' W\"\\777\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\777\"? A raw string is also an option."},
    {"b'\\u1234'", "BYTES '\\\\u1234' W\"\\u\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\u\"? A raw string is also an option."},
    {"'\\xe9\\\xc3\xa9'", "STR '\\xc3\\xa9\\\\\\xc3\\xa9'"},
    {"'\\x4'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"},
    {"'\\xg0'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape"},
    {"'\\u12'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape"},
    {"'\\U1234'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape"},
    {"'\\U00110000'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character"},
    {"'\\N{NOPE}'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name"},
    {"'\\N'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape"},
    {"'\\N{}'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape"},
    {"'ab\\N{BULLET'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 2-10: malformed \\N character escape"},
    {"'\xc3\xa9\\x4'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \\xXX escape"},
    {"'\\\xc3\xa9\\x'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 16-17: truncated \\xXX escape"},
    {"'\xc3\xa9\\N{BULL\xc3\xa9'", "ERR (unicode error) 'unicodeescape' codec can't decode bytes in position 10-26: malformed \\N character escape"},
    {"b'\\x4'", "ERR (value error) invalid \\x escape at position 0"},
    {"b'\xc3\xa9'", "ERR bytes can only contain ASCII literal characters"},
    {"1" /* 4301 digits, built at run time */, "BIGDEC"},
};

static char *lit_render(const ast_constant *v, int is_u)
{
    sbuf b = {0};
    sb_str(&b, "");
    switch (v->kind) {
    case CONST_INT: sb_fmt(&b, "INT %lld", (long long)v->v.i); break;
    case CONST_BIGINT:
        sb_fmt(&b, "BIG %d %.*s", v->v.big.base, (int)v->v.big.n, v->v.big.digits);
        break;
    case CONST_FLOAT: sb_fmt(&b, "FLOAT %.17g", v->v.f); break;
    case CONST_IMAG: sb_fmt(&b, "IMAG %.17g", v->v.f); break;
    case CONST_STR:
    case CONST_BYTES:
        sb_str(&b, v->kind == CONST_STR ? (is_u ? "STR(u) '" : "STR '") : "BYTES '");
        for (size_t i = 0; i < v->v.str.n; i++) {
            unsigned char c = (unsigned char)v->v.str.s[i];
            if (c == '\\') sb_str(&b, "\\\\");
            else if (c < 0x20 || c >= 0x7F) sb_fmt(&b, "\\x%02x", c);
            else sb_add(&b, (const char *)&c, 1);
        }
        sb_str(&b, "'");
        break;
    default: sb_str(&b, "?");
    }
    return b.s;
}

static char last_warning[400];

static void lit_warn(void *ctx, int32_t lineno, int32_t col, const char *cat,
                     const char *msg)
{
    (void)ctx, (void)lineno, (void)col;
    if (strcmp(cat, "SyntaxWarning") == 0)
        snprintf(last_warning, sizeof last_warning, "%s", msg);
}

static void test_literals(void)
{
    diag_sink sink = {lit_warn, NULL};
    for (size_t i = 0; i < sizeof lit_cases / sizeof lit_cases[0]; i++) {
        const lit_case *c = &lit_cases[i];
        char *src = NULL;
        if (strcmp(c->want, "BIGDEC") == 0) {
            src = malloc(4302);
            memset(src, '1', 4301);
            src[4301] = 0;
        } else {
            src = strdup(c->src);
        }
        tok_stream ts;
        tok_tokenize(&ts, src, strlen(src));
        ar_arena *a = ar_new(0);
        ast_constant v;
        diag_error e;
        int is_u = 0, r;
        last_warning[0] = 0;
        const tok_token *t = &ts.toks[0];
        if (t->kind == TK_NUMBER)
            r = lit_number(a, src, t, &v, &e);
        else
            r = lit_string(a, src, t, &v, &is_u, &sink, &e);
        char *got;
        if (r == 0) {
            char *val = lit_render(&v, is_u);
            sbuf b = {0};
            sb_str(&b, val);
            if (last_warning[0]) {
                sb_str(&b, " W");
                sb_str(&b, last_warning);
            }
            free(val);
            got = b.s;
        } else {
            sbuf b = {0};
            sb_str(&b, "ERR ");
            sb_str(&b, e.msg);
            got = b.s;
        }
        if (strcmp(c->want, "BIGDEC") == 0) {
            int ok = r < 0 && strcmp(e.msg,
                "Exceeds the limit (4300 digits) for integer string conversion: "
                "value has 4301 digits; use sys.set_int_max_str_digits() to "
                "increase the limit - Consider hexadecimal for huge integer "
                "literals to avoid decimal conversion limits.") == 0 &&
                e.lineno == 1 && e.col == -1 && e.end_col == -1;
            check(ok, "literal", "4301 digits", got, "the 4300-digit limit");
            src[4300] = 0;          /* 4300 digits are fine */
            tok_free(&ts);
            tok_tokenize(&ts, src, 4300);
            r = lit_number(a, src, &ts.toks[0], &v, &e);
            check(r == 0 && v.kind == CONST_BIGINT && v.v.big.n == 4300,
                  "literal", "4300 digits", e.msg, "BIGINT");
        } else if (gen) {
            printf("    {");
            print_c_string(c->src, strlen(c->src));
            printf(", ");
            print_c_string(got, strlen(got));
            printf("},\n");
        } else {
            check(strcmp(got, c->want) == 0, "literal", c->src, got, c->want);
        }
        free(got);
        ar_free(a);
        tok_free(&ts);
        free(src);
    }

    /* f-string middles: escapes decoded, "\{" and a trailing backslash kept
     * without a second warning */
    const char *s = "f'a\\tb{x}\\{y}\\d'";
    tok_stream ts;
    tok_tokenize(&ts, s, strlen(s));
    ar_arena *a = ar_new(0);
    sbuf b = {0};
    sb_str(&b, "");
    last_warning[0] = 0;
    for (size_t i = 0; i < ts.n; i++) {
        if (ts.toks[i].kind != TK_FSTRING_MIDDLE) continue;
        ast_constant v;
        diag_error e;
        if (lit_fstring_middle(a, s, &ts.toks[i], 0, &v, &sink, &e) == 0) {
            char *val = lit_render(&v, 0);
            sb_str(&b, val);
            sb_str(&b, ";");
            free(val);
        }
    }
    const char *want = "STR 'a\\x09b';STR '\\\\';STR '\\\\d';";
    check(strcmp(b.s, want) == 0 && strstr(last_warning, "\"\\d\"") != NULL,
          "fstring middle", s, b.s, want);
    free(b.s);
    ar_free(a);
    tok_free(&ts);
}

/* ---------------------------------------------------------------------- */
/* Debug text of f-string fields, as CPython 3.14 shows it for f"""{EXPR=}""" */

static void test_expr_text(void)
{
    static const struct { const char *expr, *want; } cases[] = {
        {"x # c\n=", "x \n="},
        {"x # c\n= ", "x \n= "},
        {"x # c '\n=", "x \n="},
        {"'#' # c\n=", "'#' \n="},
        {"'a\\'#' # c\n=", "'a\\'\n="},     /* CPython's quote-tracking quirk */
        {"x = # c\n", "x = \n"},
        {"x\n# c\n=", "x\n\n="},
        {" x = ", " x = "},
        {"\"\"\"a#b\"\"\" # c\n=", "\"\"\"a#b\"\"\" \n="},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[64];
        size_t n = tok_fstring_expr_text(cases[i].expr, strlen(cases[i].expr), out);
        out[n] = 0;
        check(strcmp(out, cases[i].want) == 0, "expr text", cases[i].expr, out,
              cases[i].want);
    }
}

/* ---------------------------------------------------------------------- */
/* eval/single input: no implicit final newline (CPython's compile() in
 * 'eval' mode) */

static void test_eval_mode(void)
{
    static const seq_case cases[] = {
        {"1 +", "NUMBER'1'@1,0-1,1 +@1,2-1,3 ENDMARKER@1,3-1,3"},
        {"1 + # c", "NUMBER'1'@1,0-1,1 +@1,2-1,3 ENDMARKER@1,7-1,7"},
        {"if x:\n  y", "if@1,0-1,2 NAME'x'@1,3-1,4 :@1,4-1,5 NEWLINE@1,5-1,6 INDENT@2,2-2,2 NAME'y'@2,2-2,3 ENDMARKER@2,3-2,3"},
        {"x\n  ", "NAME'x'@1,0-1,1 NEWLINE@1,1-1,2 INDENT@2,2-2,2 ENDMARKER@2,2-2,2"},
        {"", "ENDMARKER@0,0-0,0"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        tok_stream ts;
        tok_tokenize_ex(&ts, cases[i].src, strlen(cases[i].src), TOK_NO_FINAL_NEWLINE);
        char *got = render(&ts, 1);
        check(strcmp(got, cases[i].want) == 0, "eval tokens", cases[i].src, got,
              cases[i].want);
        free(got);
        tok_free(&ts);
    }
    tok_stream ts;
    tok_tokenize_ex(&ts, "1 \\", 3, TOK_NO_FINAL_NEWLINE);
    check(strcmp(ts.err.msg, "unexpected character after line continuation character") == 0 &&
              ts.err.lineno == 1 && ts.err.col == 2 && ts.err.end_col == -1,
          "eval error", "1 \\", ts.err.msg, "E_LINECONT at offset 3");
    tok_free(&ts);
}

int main(int argc, char **argv)
{
    gen = argc > 1 && strcmp(argv[1], "--gen") == 0;
    test_sequences();
    test_positions();
    test_errors();
    test_source();
    test_literals();
    test_expr_text();
    test_eval_mode();
    if (gen) return 0;
    printf("%d passed, %d failed\n", passed, failed);
    return failed != 0;
}
