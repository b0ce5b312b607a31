/* Source preparation: bytes of a file to the UTF-8 text the tokenizer
 * reads, with CPython 3.14's checks and messages (those of compile() on
 * bytes; src_prepare_file adds the file name where CPython's file reader
 * does).
 *
 * Order of checks, as CPython: NUL bytes; BOM and PEP 263 coding
 * declaration (line 1, or line 2 when line 1 is blank or only a comment);
 * decoding (UTF-8 validation, or transcoding from latin-1 / cp1252 /
 * iso-8859-15 / ascii); then "\r\n" and "\r" become "\n", which keeps the
 * line numbering. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "source.h"

typedef enum {
    SRC_ENC_UTF8, SRC_ENC_LATIN1, SRC_ENC_ASCII, SRC_ENC_CP1252,
    SRC_ENC_LATIN9, SRC_ENC_UNKNOWN,
    SRC_ENC_UNSUPPORTED     /* a codec CPython has and krait does not */
} src_enc;

static int src_fail(diag_error *err, diag_kind kind, int32_t lineno,
                    int32_t col, int32_t end_lineno, int32_t end_col,
                    const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_vset(err, kind, lineno, col, end_lineno, end_col, fmt, ap);
    va_end(ap);
    return -1;
}

static int src_nomem(diag_error *err)
{
    return src_fail(err, DIAG_MEMORY, 0, 0, 0, 0,
                    "out of memory reading the source");
}

/* ---------------------------------------------------------------------- */
/* PEP 263 */

static int src_isalnum(int c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* CPython's get_coding_spec on the line S[0..n) (its '\n' included):
 * finds "coding[:=]NAME" in a comment that is alone on the line.  Sets
 * *NAME / *NLEN (0 when there is none) and *CODE when the line holds
 * anything but whitespace and a comment. */
static void src_coding_spec(const char *s, size_t n, const char **name,
                            size_t *nlen, int *code)
{
    size_t i = 0;
    *nlen = 0;
    *code = 0;
    /* CPython scans while i < size - 6 */
    size_t lim = n > 6 ? n - 6 : 0;
    for (; i < lim; i++) {
        if (s[i] == '#') break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') {
            *code = 1;
            return;
        }
    }
    for (; i < lim; i++) {
        if (memcmp(s + i, "coding", 6) != 0) continue;
        const char *t = s + i + 6, *e = s + n;      /* i + 6 < n here */
        if (*t != ':' && *t != '=') continue;
        do t++; while (t < e && (*t == ' ' || *t == '\t'));
        const char *b = t;
        while (t < e && (src_isalnum((unsigned char)*t) || *t == '-' ||
                             *t == '_' || *t == '.'))
            t++;
        if (t > b) {
            *name = b;
            *nlen = (size_t)(t - b);
            return;
        }
    }
    /* no declaration: does the line hold code? */
    for (i = 0; i < n; i++) {
        if (s[i] == '#' || s[i] == '\n' || s[i] == '\r') break;
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') {
            *code = 1;
            break;
        }
    }
}

/* CPython's get_normal_name, then Python's codec alias lookup for the few
 * codecs we implement.  NORMAL receives the name CPython reports in
 * "encoding problem: NAME with BOM" (its normalised utf-8 / latin-1 names,
 * or the name as written). */
static src_enc src_lookup_encoding(const char *name, size_t n, char *normal,
                                   size_t normal_size)
{
    char buf[13];
    size_t i;
    for (i = 0; i < 12 && i < n; i++) {
        char c = name[i];
        buf[i] = c == '_' ? '-' : (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
    }
    buf[i] = 0;
    int whole = n <= 12;
    if ((whole && strcmp(buf, "utf-8") == 0) || strncmp(buf, "utf-8-", 6) == 0) {
        snprintf(normal, normal_size, "utf-8");
        return SRC_ENC_UTF8;
    }
    if ((whole && (strcmp(buf, "latin-1") == 0 || strcmp(buf, "iso-8859-1") == 0 ||
                   strcmp(buf, "iso-latin-1") == 0)) ||
        strncmp(buf, "latin-1-", 8) == 0 || strncmp(buf, "iso-8859-1-", 11) == 0 ||
        strncmp(buf, "iso-latin-1-", 12) == 0) {
        snprintf(normal, normal_size, "iso-8859-1");
        return SRC_ENC_LATIN1;
    }
    snprintf(normal, normal_size, "%.*s", (int)(n > 200 ? 200 : n), name);

    /* encodings.normalize_encoding + lower(): runs of characters other
     * than alphanumerics and '.' become one '_' */
    char key[64];
    size_t k = 0;
    int pend = 0;
    for (i = 0; i < n && k < sizeof key - 2; i++) {
        unsigned char c = (unsigned char)name[i];
        if (src_isalnum(c) || c == '.') {
            if (pend && k > 0) key[k++] = '_';
            pend = 0;
            key[k++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
        } else {
            pend = 1;
        }
    }
    key[k] = 0;
    if (i < n) return SRC_ENC_UNKNOWN;

    static const char *const utf8[] = {
        "utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001",
        NULL};
    static const char *const latin1[] = {
        "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859",
        "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "iso_ir_100", "l1",
        "latin", "latin1", NULL};
    static const char *const ascii[] = {
        "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
        "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991",
        "iso_ir_6", "us", "us_ascii", NULL};
    static const char *const cp1252[] = {"cp1252", "windows_1252", NULL};
    static const char *const latin9[] = {
        "iso8859_15", "iso_8859_15", "l9", "latin9", "latin_9", NULL};
    static const struct { const char *const *names; src_enc enc; } tabs[] = {
        {utf8, SRC_ENC_UTF8}, {latin1, SRC_ENC_LATIN1}, {ascii, SRC_ENC_ASCII},
        {cp1252, SRC_ENC_CP1252}, {latin9, SRC_ENC_LATIN9},
    };
    for (size_t t = 0; t < sizeof tabs / sizeof tabs[0]; t++)
        for (const char *const *nm = tabs[t].names; *nm; nm++)
            if (strcmp(key, *nm) == 0) return tabs[t].enc;
    /* the alias table is also tried with '.' as '_' */
    for (char *q = key; *q; q++)
        if (*q == '.') *q = '_';
    for (size_t t = 0; t < sizeof tabs / sizeof tabs[0]; t++)
        for (const char *const *nm = tabs[t].names; *nm; nm++)
            if (strcmp(key, *nm) == 0) return tabs[t].enc;
    /* Codecs CPython would decode the file with, which krait does not
     * carry: reported as such rather than as unknown. */
    static const char *const other[] = {
        "utf_16", "utf16", "utf_16_le", "utf_16_be", "utf_16le", "utf_16be",
        "utf_32", "utf32", "utf_32_le", "utf_32_be", "utf_7", "utf7",
        "euc_jp", "eucjp", "euc_jis_2004", "euc_jisx0213", "euc_kr", "euckr",
        "shift_jis", "sjis", "s_jis", "shift_jis_2004", "shift_jisx0213",
        "cp932", "ms932", "mskanji", "gbk", "gb2312", "gb18030", "cp936",
        "ms936", "big5", "big5hkscs", "cp950", "ms950", "cp949", "ms949",
        "uhc", "johab", "hz", "iso2022_jp", "iso2022_kr", "koi8_r", "koi8_u",
        "koi8_t", "cp437", "cp850", "cp852", "cp855", "cp866", "cp1250",
        "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
        "windows_1250", "windows_1251", "windows_1253", "windows_1254",
        "windows_1255", "windows_1256", "windows_1257", "windows_1258",
        "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_5", "iso8859_6",
        "iso8859_7", "iso8859_8", "iso8859_9", "iso8859_10", "iso8859_11",
        "iso8859_13", "iso8859_14", "iso8859_16", "iso_8859_2", "iso_8859_5",
        "iso_8859_7", "iso_8859_9", "mac_roman", "macroman", "mac_cyrillic",
        "tis_620", "cp874", NULL};
    for (const char *const *nm = other; *nm; nm++)
        if (strcmp(key, *nm) == 0) return SRC_ENC_UNSUPPORTED;
    return SRC_ENC_UNKNOWN;
}

/* ---------------------------------------------------------------------- */
/* Decoding */

/* cp1252 0x80-0x9F (0 = undefined) */
static const uint16_t src_cp1252[32] = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

static uint32_t src_latin9(unsigned char c)
{
    switch (c) {
    case 0xA4: return 0x20AC;
    case 0xA6: return 0x0160;
    case 0xA8: return 0x0161;
    case 0xB4: return 0x017D;
    case 0xB8: return 0x017E;
    case 0xBC: return 0x0152;
    case 0xBD: return 0x0153;
    case 0xBE: return 0x0178;
    }
    return c;
}

/* Length of the valid UTF-8 sequence at S (S[n] readable as NUL), or 0:
 * no overlongs, surrogates or code points past U+10FFFF. */
static int src_utf8_len(const unsigned char *s, const unsigned char *end)
{
    unsigned char c = s[0];
    if (c < 0x80) return 1;
    if (c < 0xC2) return 0;
    size_t avail = (size_t)(end - s);
    if (c < 0xE0) {
        return avail >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
    }
    if (c < 0xF0) {
        if (avail < 3) return 0;
        if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
        if (c == 0xE0 && s[1] < 0xA0) return 0;
        if (c == 0xED && s[1] >= 0xA0) return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (avail < 4) return 0;
        if ((s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 ||
            (s[3] & 0xC0) != 0x80)
            return 0;
        if (c == 0xF0 && s[1] < 0x90) return 0;
        if (c == 0xF4 && s[1] >= 0x90) return 0;
        return 4;
    }
    return 0;
}

/* Appends code point CP as UTF-8. */
static char *src_put(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        *o++ = (char)cp;
    } else if (cp < 0x800) {
        *o++ = (char)(0xC0 | (cp >> 6));
        *o++ = (char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (char)(0xE0 | (cp >> 12));
        *o++ = (char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (char)(0x80 | (cp & 0x3F));
    }
    return o;
}

/* Copies S[0..n) to OUT translating "\r\n" and "\r" to "\n"; returns the
 * output length. */
static size_t src_copy_newlines(char *out, const char *s, size_t n)
{
    char *o = out;
    const char *end = s + n;
    while (s < end) {
        const char *cr = memchr(s, '\r', (size_t)(end - s));
        if (!cr) {
            memcpy(o, s, (size_t)(end - s));
            o += end - s;
            break;
        }
        memcpy(o, s, (size_t)(cr - s));
        o += cr - s;
        *o++ = '\n';
        s = cr + 1;
        if (s < end && *s == '\n') s++;
    }
    return (size_t)(o - out);
}

/* Offset of the first byte of S[0..n) that does not start a valid UTF-8
 * sequence (a UTF-8 BOM at 0 is valid), or n. */
static size_t src_first_bad_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s, *ue = u + n;
    while (u < ue) {
        if (*u < 0x80) { u++; continue; }
        int l = src_utf8_len(u, ue);
        if (l == 0) return (size_t)(u - (const unsigned char *)s);
        u += l;
    }
    return n;
}

/* Python's reason for failing to decode the UTF-8 sequence at U: its
 * codec's words, and how many bytes it names. */
static const char *src_utf8_reason(const unsigned char *u, const unsigned char *ue, int *nbytes)
{
    unsigned char c = *u;
    *nbytes = 1;
    if (c < 0xC2 || c > 0xF4) return "invalid start byte";
    int need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    int have = 1;
    while (have < need && u + have < ue && (u[have] & 0xC0) == 0x80) {
        /* the second byte's range depends on the first (no overlongs,
         * surrogates or code points past U+10FFFF) */
        if (have == 1) {
            unsigned char d = u[1];
            if ((c == 0xE0 && d < 0xA0) || (c == 0xED && d > 0x9F)
                || (c == 0xF0 && d < 0x90) || (c == 0xF4 && d > 0x8F))
                break;
        }
        have++;
    }
    if (u + have == ue && have < need) { *nbytes = have; return "unexpected end of data"; }
    return "invalid continuation byte";
}

int src_prepare_file(const char *bytes, size_t n, const char *filename,
                     src_text *out, diag_error *err)
{
    memset(out, 0, sizeof *out);
    memset(err, 0, sizeof *err);
    const char *s = bytes;

    const char *nul = memchr(s, '\0', n);
    /* A file is decoded before the tokenizer sees a NUL, so in file mode an
     * undecodable byte earlier in the file is reported instead. */
    if (nul && filename && src_first_bad_utf8(s, (size_t)(nul - s)) < (size_t)(nul - s))
        nul = NULL;
    if (nul) {
        if (!filename)
            return src_fail(err, DIAG_SYNTAX, 0, 0, 0, 0,
                            "source code string cannot contain null bytes");
        int32_t line = 1;
        for (const char *q = s; q < nul; q++)
            if (*q == '\n' || (*q == '\r' && !(q + 1 < nul && q[1] == '\n')))
                line++;
        /* the file reader raises it with its cursor at the line start */
        return src_fail(err, DIAG_SYNTAX, line, -1, line, -1,
                        "source code cannot contain null bytes");
    }

    int bom = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0) {
        bom = 1;
        s += 3;
        n -= 3;
    }

    /* the coding declaration: line 1, or line 2 after a blank/comment line */
    src_enc enc = SRC_ENC_UTF8;
    int declared = bom;
    const char *p = s, *end = s + n;
    for (int line = 1; line <= 2 && p < end; line++) {
        const char *nl = p;
        while (nl < end && *nl != '\n' && *nl != '\r') nl++;
        size_t len = (size_t)(nl - p) + (nl < end ? 1 : 0);
        const char *name;
        size_t nlen;
        int code;
        src_coding_spec(p, len, &name, &nlen, &code);
        if (nlen) {
            char normal[256];
            src_enc e = src_lookup_encoding(name, nlen, normal, sizeof normal);
            if (bom && e != SRC_ENC_UTF8) {
                /* CPython reports the line (offset 0 to its end) */
                int32_t chars = 0;
                for (const char *q = p; q < nl; q++)
                    if (((unsigned char)*q & 0xC0) != 0x80) chars++;
                return src_fail(err, DIAG_SYNTAX, line, -1, line, chars - 1,
                                "encoding problem: %s with BOM", normal);
            }
            if (e == SRC_ENC_UNSUPPORTED)
                return src_fail(err, DIAG_SYNTAX, 0, -2, 0, 0,
                                "encoding problem: %s is not supported by krait "
                                "(source files may be utf-8, latin-1, ascii, "
                                "cp1252 or iso-8859-15)", normal);
            if (e == SRC_ENC_UNKNOWN)
                return src_fail(err, DIAG_SYNTAX, 0, -2, 0, 0,
                                filename ? "encoding problem: %s" : "unknown encoding: %s",
                                normal);
            enc = e;
            declared = 1;
            break;
        }
        if (code) break;
        p = nl;
        if (p < end && *p == '\r') p++;
        if (p < end && *p == '\n') p++;
    }

    /* decode into a UTF-8 buffer (not yet newline-translated) */
    const char *text = s;
    size_t tlen = n;
    char *dec = NULL;
    if (enc == SRC_ENC_UTF8) {
        const unsigned char *u = (const unsigned char *)s;
        const unsigned char *ue = u + n;
        int32_t line = 1;
        const unsigned char *ls = u;
        while (u < ue) {
            /* ASCII fast path, 8 bytes at a time */
            while (ue - u >= 8) {
                uint64_t w;
                memcpy(&w, u, 8);
                if (w & 0x8080808080808080ull) break;
                u += 8;
            }
            if (u >= ue) break;
            unsigned char c = *u;
            if (c < 0x80) {
                u++;
                continue;
            }
            int l = src_utf8_len(u, ue);
            if (l == 0) {
                /* count lines up to here ("\r\n" and "\r" end lines too) */
                for (const unsigned char *q = (const unsigned char *)s; q < u; q++) {
                    if (*q == '\n' || (*q == '\r' && !(q + 1 < u && q[1] == '\n'))) {
                        line++;
                        ls = q + 1;
                    }
                }
                int32_t col = (int32_t)(u - ls);
                if (filename && declared) {
                    /* a declared (or BOM-marked) UTF-8 file is decoded by
                     * the codec, whose error names the byte's position in
                     * its line and is shown without a caret */
                    int nb;
                    const char *why = src_utf8_reason(u, ue, &nb);
                    if (nb > 1)
                        return src_fail(err, DIAG_SYNTAX, line, -1, line, -1,
                                        "(unicode error) 'utf-8' codec can't decode bytes "
                                        "in position %d-%d: %s", (int)col, (int)col + nb - 1, why);
                    return src_fail(err, DIAG_SYNTAX, line, -1, line, -1,
                                    "(unicode error) 'utf-8' codec can't decode byte 0x%.2x "
                                    "in position %d: %s", c, (int)col, why);
                }
                if (filename && line == 2) {
                    /* CPython reads the first two lines together while it
                     * looks for a coding declaration, and reports a bad
                     * byte on the second as line 1, showing line 2's text */
                    int r = src_fail(err, DIAG_SYNTAX, 1, col, 1, col,
                                     "Non-UTF-8 code starting with '\\x%.2x' in "
                                     "file %s on line 1, but no encoding "
                                     "declared; see https://peps.python.org/"
                                     "pep-0263/ for details", c, filename);
                    err->text_lineno = 2;
                    return r;
                }
                if (filename)
                    return src_fail(err, DIAG_SYNTAX, line, col, line, col,
                                    "Non-UTF-8 code starting with '\\x%.2x' in "
                                    "file %s on line %d, but no encoding "
                                    "declared; see https://peps.python.org/"
                                    "pep-0263/ for details", c, filename,
                                    (int)line);
                return src_fail(err, DIAG_SYNTAX, line, col, line, col,
                                "Non-UTF-8 code starting with '\\x%.2x' on "
                                "line %d, but no encoding declared; see "
                                "https://peps.python.org/pep-0263/ for "
                                "details", c, (int)line);
            }
            u += l;
        }
    } else {
        if (n > (SIZE_MAX - 1) / 3) return src_nomem(err);
        dec = malloc(n * 3 + 1);
        if (!dec) return src_nomem(err);
        char *o = dec;
        for (size_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80) {
                *o++ = (char)c;
                continue;
            }
            uint32_t cp = c;
            if (enc == SRC_ENC_ASCII) {
                free(dec);
                if (filename)
                    return src_fail(err, DIAG_SYNTAX, 0, -2, 0, 0, "encoding problem: ascii");
                return src_fail(err, DIAG_SYNTAX, 0, -2, 0, 0,
                                "'ascii' codec can't decode byte 0x%02x in "
                                "position %zu: ordinal not in range(128)", c,
                                i + (size_t)(bom ? 3 : 0));
            }
            if (enc == SRC_ENC_CP1252 && c < 0xA0) {
                cp = src_cp1252[c - 0x80];
                if (!cp) {
                    free(dec);
                    return src_fail(err, DIAG_SYNTAX, 0, -2, 0, 0,
                                    "'charmap' codec can't decode byte 0x%02x "
                                    "in position %zu: character maps to "
                                    "<undefined>", c, i);
                }
            } else if (enc == SRC_ENC_LATIN9) {
                cp = src_latin9(c);
            }
            o = src_put(o, cp);
        }
        text = dec;
        tlen = (size_t)(o - dec);
    }

    char *res = malloc(tlen + 1);
    if (!res) {
        free(dec);
        return src_nomem(err);
    }
    size_t rlen = src_copy_newlines(res, text, tlen);
    res[rlen] = '\0';
    free(dec);
    out->text = res;
    out->len = rlen;
    return 0;
}

int src_prepare(const char *bytes, size_t n, src_text *out, diag_error *err)
{
    return src_prepare_file(bytes, n, NULL, out, err);
}

void src_free(src_text *t)
{
    free(t->text);
    t->text = NULL;
    t->len = 0;
}
