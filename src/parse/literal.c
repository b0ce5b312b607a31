/* Literal values: NUMBER, STRING and f/t-string MIDDLE token text to AST
 * constants, with CPython 3.14's values, errors and warnings.
 *
 * Strings are decoded straight from the source text.  CPython decodes str
 * escapes after rewriting every non-ASCII character as "\UXXXXXXXX" (and a
 * backslash before one as "\u005c"), so the "position X-Y" in its
 * unicode-escape errors counts bytes of that rewritten text; lit_conv_pos
 * recomputes those numbers when an error needs them.  The decoded value is
 * never longer than the literal's body, which sizes the output buffer. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../unicode/unicode.h"
#include "../util/dtoa.h"
#include "../util/utf8.h"
#include "literal.h"

/* CPython's default sys.get_int_max_str_digits() */
#define LIT_MAX_STR_DIGITS 4300

static int lit_fail(diag_error *err, const tok_token *t, const char *fmt, ...)
{
    /* CPython reports these on the literal's token */
    va_list ap;
    va_start(ap, fmt);
    diag_vset(err, DIAG_SYNTAX, t->lineno, t->col, t->end_lineno, t->end_col, fmt, ap);
    va_end(ap);
    return -1;
}

static int lit_nomem(diag_error *err)
{
    memset(err, 0, sizeof *err);
    err->kind = DIAG_MEMORY;
    snprintf(err->msg, sizeof err->msg, "out of memory decoding a literal");
    return -1;
}

static int lit_hexval(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    c |= 0x20;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* ---------------------------------------------------------------------- */
/* Numbers */

int lit_number(ar_arena *a, const char *src, const tok_token *t,
               ast_constant *out, diag_error *err)
{
    const char *s = src + t->start;
    size_t n = t->end - t->start;
    memset(out, 0, sizeof *out);
    if (n == 0) return lit_fail(err, t, "invalid number literal");

    char last = s[n - 1];
    int imag = last == 'j' || last == 'J';
    int base = 10;
    size_t i = 0;
    if (n >= 2 && s[0] == '0') {
        char b = (char)(s[1] | 0x20);
        if (b == 'x') base = 16;
        else if (b == 'o') base = 8;
        else if (b == 'b') base = 2;
        if (base != 10) i = 2;
    }
    int is_float = imag;
    if (base == 10 && !imag) {
        for (size_t k = 0; k < n; k++) {
            char c = s[k];
            if (c == '.' || c == 'e' || c == 'E') {
                is_float = 1;
                break;
            }
        }
    }

    /* digits without underscores (and without the 'j') */
    size_t dn = n - (imag ? 1 : 0);
    char small[64];
    char *digits = dn < sizeof small ? small : malloc(dn + 1);
    if (!digits) return lit_nomem(err);
    size_t m = 0;
    for (size_t k = i; k < dn; k++)
        if (s[k] != '_') digits[m++] = s[k];
    digits[m] = 0;

    if (is_float) {
        /* dtoa_parse rounds correctly whatever locale the host set */
        double v;
        int st = dtoa_parse(digits, m, &v);
        if (digits != small) free(digits);
        if (st == DTOA_PARSE_NOMEM) return lit_nomem(err);
        if (st != DTOA_PARSE_OK)        /* the tokenizer checked the syntax */
            return lit_fail(err, t, "invalid float literal");
        out->kind = imag ? CONST_IMAG : CONST_FLOAT;
        out->v.f = v;
        return 0;
    }

    /* integer: skip leading zeros */
    size_t z = 0;
    while (z + 1 < m && digits[z] == '0') z++;
    const char *d = digits + z;
    size_t dl = m - z;
    uint64_t v = 0;
    int fits = 1;
    for (size_t k = 0; k < dl; k++) {
        int dv = lit_hexval((unsigned char)d[k]);
        if (v > (UINT64_MAX - (uint64_t)dv) / (uint64_t)base) {
            fits = 0;
            break;
        }
        v = v * (uint64_t)base + (uint64_t)dv;
    }
    if (fits && v <= (uint64_t)INT64_MAX) {
        if (digits != small) free(digits);
        out->kind = CONST_INT;
        out->v.i = (int64_t)v;
        return 0;
    }
    if (base == 10 && dl > LIT_MAX_STR_DIGITS) {
        if (digits != small) free(digits);
        int r = lit_fail(err, t,
                         "Exceeds the limit (%d digits) for integer string "
                         "conversion: value has %zu digits; use "
                         "sys.set_int_max_str_digits() to increase the limit "
                         "- Consider hexadecimal for huge integer literals to "
                         "avoid decimal conversion limits.",
                         LIT_MAX_STR_DIGITS, dl);
        /* CPython: RAISE_ERROR_KNOWN_LOCATION(t->lineno, -1, ..., -1) */
        err->col = -1;
        err->end_lineno = t->end_lineno;
        err->end_col = -1;
        return r;
    }
    char *keep = ar_strndup(a, d, dl);
    if (digits != small) free(digits);
    if (!keep) return lit_nomem(err);
    out->kind = CONST_BIGINT;
    out->v.big.digits = keep;
    out->v.big.n = dl;
    out->v.big.base = base;
    return 0;
}

/* ---------------------------------------------------------------------- */
/* Escape decoding */

/* Where CPython's decoder sees byte I of BODY[0..n): the offset in the
 * text rewritten with non-ASCII characters as 10-byte "\UXXXXXXXX" and a
 * backslash before one (or at the very end) as "\u005c". */
static size_t lit_conv_pos(const char *body, size_t n, size_t i)
{
    size_t j = 0, k = 0;
    while (k < i && k < n) {
        unsigned char c = (unsigned char)body[k];
        if (c == '\\') {
            j++;
            k++;
            if (k >= n || ((unsigned char)body[k] & 0x80)) {
                j += 5;
            } else if (k < i) {
                j++;
                k++;
            }
        } else if (c & 0x80) {
            k++;
            while (k < n && ((unsigned char)body[k] & 0xC0) == 0x80) k++;
            j += 10;
        } else {
            j++;
            k++;
        }
    }
    return j;
}

typedef struct lit_ctx {
    const tok_token *t;     /* the token, for positions */
    const char *text;       /* its text */
    size_t text_len;
    const char *body;       /* the part being decoded */
    size_t n;
    int fmiddle;            /* an f/t-string MIDDLE token */
    const diag_sink *sink;
    diag_error *err;
} lit_ctx;

/* Emits CPython's SyntaxWarning for the first invalid escape, whose
 * backslash is at BODY[bs]. */
static void lit_warn_escape(const lit_ctx *c, size_t bs, int octal)
{
    if (!c->sink || !c->sink->warn) return;
    const char *e = c->body + bs + 1;
    char msg[300];
    if (octal)
        snprintf(msg, sizeof msg,
                 "\"\\%.3s\" is an invalid octal escape sequence. Such "
                 "sequences will not work in the future. Did you mean "
                 "\"\\\\%.3s\"? A raw string is also an option.", e, e);
    else
        snprintf(msg, sizeof msg,
                 "\"\\%c\" is an invalid escape sequence. Such sequences "
                 "will not work in the future. Did you mean \"\\\\%c\"? A "
                 "raw string is also an option.", *e, *e);
    /* CPython's position: lines counted in the body; on the token's first
     * line the column is the token's plus the offset in the body plus the
     * number of leading quote characters of the token text */
    int32_t lineno = c->t->lineno, col = c->t->col;
    size_t from = 0;
    for (size_t k = 0; k < bs; k++) {
        if (c->body[k] == '\n') {
            lineno++;
            col = 0;
            from = k + 1;
        }
    }
    if (lineno == c->t->lineno) {
        col += (int32_t)lit_conv_pos(c->body, c->n, bs);
        int q = 0;
        char first = 0;
        for (size_t k = 0; k < c->text_len; k++) {
            char ch = c->text[k];
            if (ch != '\'' && ch != '"') break;
            if (!first) first = ch;
            if (ch == first) q++;
        }
        col += q;
    } else {
        col = (int32_t)(lit_conv_pos(c->body, c->n, bs) -
                        lit_conv_pos(c->body, c->n, from));
    }
    c->sink->warn(c->sink->ctx, lineno, col, "SyntaxWarning", msg);
}

/* A unicode-escape decoding error for the escape at BODY[bs] that the
 * decoder gave up on at BODY[stop] (n when it ran out). */
static int lit_unicode_error(const lit_ctx *c, size_t bs, size_t stop,
                             const char *reason)
{
    size_t a = lit_conv_pos(c->body, c->n, bs);
    size_t b = lit_conv_pos(c->body, c->n, stop);
    return lit_fail(c->err, c->t,
                    "(unicode error) 'unicodeescape' codec can't decode bytes "
                    "in position %zu-%zu: %s", a, b - 1, reason);
}

/* Decodes escapes of a str (BYTES false) or bytes literal body into OUT
 * (room for n bytes).  Returns the length, or -1 with the error set. */
static long lit_decode(const lit_ctx *c, char *out, int bytes)
{
    const char *s = c->body;
    const size_t n = c->n;
    char *o = out;
    size_t i = 0;
    int warned = 0;
    while (i < n) {
        const char *bsl = memchr(s + i, '\\', n - i);
        size_t run = bsl ? (size_t)(bsl - (s + i)) : n - i;
        memcpy(o, s + i, run);
        o += run;
        i += run;
        if (i >= n) break;
        size_t bs = i++;                /* at the backslash */
        if (i >= n) {
            /* a lone backslash at the end: only f-string text, whose
             * next part is a replacement field; CPython keeps it */
            *o++ = '\\';
            break;
        }
        unsigned char e = (unsigned char)s[i++];
        switch (e) {
        case '\n': break;
        case '\\': *o++ = '\\'; break;
        case '\'': *o++ = '\''; break;
        case '"': *o++ = '"'; break;
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 't': *o++ = '\t'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 'v': *o++ = '\v'; break;
        case 'a': *o++ = '\a'; break;
        case '0': case '1': case '2': case '3':
        case '4': case '5': case '6': case '7': {
            unsigned x = e - '0';
            if (i < n && s[i] >= '0' && s[i] <= '7') {
                x = (x << 3) + (unsigned)(s[i++] - '0');
                if (i < n && s[i] >= '0' && s[i] <= '7')
                    x = (x << 3) + (unsigned)(s[i++] - '0');
            }
            if (x > 0377 && !warned) {
                warned = 1;
                lit_warn_escape(c, bs, 1);
            }
            if (bytes)
                *o++ = (char)(x & 0xFF);
            else
                o += utf8_encode(x, o);
            break;
        }
        case 'x': {
            int h1 = i < n ? lit_hexval((unsigned char)s[i]) : -1;
            int h2 = h1 >= 0 && i + 1 < n ? lit_hexval((unsigned char)s[i + 1]) : -1;
            if (h1 < 0 || h2 < 0) {
                if (bytes)
                    return lit_fail(c->err, c->t,
                                    "(value error) invalid \\x escape at "
                                    "position %zu", bs), -1;
                size_t stop = h1 < 0 ? i : (i + 1 < n ? i + 1 : n);
                return lit_unicode_error(c, bs, stop,
                                         "truncated \\xXX escape"), -1;
            }
            i += 2;
            unsigned x = (unsigned)(h1 * 16 + h2);
            if (bytes)
                *o++ = (char)x;
            else
                o += utf8_encode(x, o);
            break;
        }
        case 'u': case 'U':
            if (!bytes) {
                int count = e == 'u' ? 4 : 8;
                uint32_t x = 0;
                for (int k = 0; k < count; k++, i++) {
                    int h = i < n ? lit_hexval((unsigned char)s[i]) : -1;
                    if (h < 0)
                        return lit_unicode_error(c, bs, i < n ? i : n,
                                                 e == 'u'
                                                     ? "truncated \\uXXXX escape"
                                                     : "truncated \\UXXXXXXXX "
                                                       "escape"), -1;
                    x = (x << 4) | (uint32_t)h;
                }
                if (x > 0x10FFFF)
                    return lit_unicode_error(c, bs, i,
                                             "illegal Unicode character"), -1;
                o += utf8_encode(x, o);
                break;
            }
            goto invalid;
        case 'N':
            if (!bytes) {
                const char *msg = "malformed \\N character escape";
                if (i >= n) return lit_unicode_error(c, bs, n, msg), -1;
                if (s[i] == '{') {
                    size_t name = ++i;
                    while (i < n && s[i] != '}') i++;
                    if (i >= n) return lit_unicode_error(c, bs, n, msg), -1;
                    size_t nlen = i - name;
                    if (nlen) {
                        i++;
                        uint32_t cp;
                        if (uc_lookup_name(s + name, nlen, &cp)) {
                            o += utf8_encode(cp, o);
                            break;
                        }
                        return lit_unicode_error(c, bs, i,
                                                 "unknown Unicode character "
                                                 "name"), -1;
                    }
                }
                return lit_unicode_error(c, bs, i, msg), -1;
            }
            goto invalid;
        default:
        invalid:
            /* kept as written; a multibyte character after the backslash
             * is copied by the next run */
            *o++ = '\\';
            if (e < 0x80) {
                *o++ = (char)e;
                /* in f-string text "\{" and "\}" were already reported by
                 * the tokenizer */
                if (!warned && !(c->fmiddle && (e == '{' || e == '}'))) {
                    warned = 1;
                    lit_warn_escape(c, bs, 0);
                }
            } else {
                i--;
            }
            break;
        }
    }
    return (long)(o - out);
}

/* ---------------------------------------------------------------------- */
/* Strings */

int lit_string(ar_arena *a, const char *src, const tok_token *t,
               ast_constant *out, int *is_u, const diag_sink *sink,
               diag_error *err)
{
    const char *s = src + t->start;
    size_t n = t->end - t->start;
    int bytes = 0, raw = 0;
    size_t k = 0;
    memset(out, 0, sizeof *out);
    *is_u = 0;
    for (; k < n && s[k] != '\'' && s[k] != '"'; k++) {
        switch (s[k] | 0x20) {
        case 'b': bytes = 1; break;
        case 'r': raw = 1; break;
        case 'u': *is_u = 1; break;
        default: break;
        }
    }
    if (k >= n) return lit_fail(err, t, "invalid string literal");
    size_t q = (n - k >= 6 && s[k + 1] == s[k] && s[k + 2] == s[k]) ? 3 : 1;
    if (n < k + 2 * q) return lit_fail(err, t, "invalid string literal");
    const char *body = s + k + q;
    size_t blen = n - k - 2 * q;

    if (bytes) {
        for (size_t i = 0; i < blen; i++)
            if ((unsigned char)body[i] >= 0x80)
                return lit_fail(err, t,
                                "bytes can only contain ASCII literal "
                                "characters");
    }
    out->kind = bytes ? CONST_BYTES : CONST_STR;
    if (raw || !memchr(body, '\\', blen)) {
        char *v = ar_strndup(a, body, blen);
        if (!v) return lit_nomem(err);
        out->v.str.s = v;
        out->v.str.n = blen;
        return 0;
    }
    char *buf = ar_alloc(a, blen + 1);
    if (!buf) return lit_nomem(err);
    lit_ctx c = {t, s, n, body, blen, 0, sink, err};
    long len = lit_decode(&c, buf, bytes);
    if (len < 0) return -1;
    buf[len] = 0;
    out->v.str.s = buf;
    out->v.str.n = (size_t)len;
    return 0;
}

int lit_fstring_middle(ar_arena *a, const char *src, const tok_token *t,
                       int raw, ast_constant *out, const diag_sink *sink,
                       diag_error *err)
{
    const char *s = src + t->start;
    size_t n = t->end - t->start;
    memset(out, 0, sizeof *out);
    out->kind = CONST_STR;
    /* the tokenizer already reduced "{{" / "}}" to one brace by ending the
     * token's text after the first */
    if (raw || !memchr(s, '\\', n)) {
        char *v = ar_strndup(a, s, n);
        if (!v) return lit_nomem(err);
        out->v.str.s = v;
        out->v.str.n = n;
        return 0;
    }
    char *buf = ar_alloc(a, n + 1);
    if (!buf) return lit_nomem(err);
    lit_ctx c = {t, s, n, s, n, 1, sink, err};
    long len = lit_decode(&c, buf, 0);
    if (len < 0) return -1;
    buf[len] = 0;
    out->v.str.s = buf;
    out->v.str.n = (size_t)len;
    return 0;
}
