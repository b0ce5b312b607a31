/* Parsers for str.format's replacement fields and printf-style '%'
 * conversions, following CPython 3.14's Objects/stringlib/unicode_format.h
 * and PyUnicode_Format's parser: same scanning order, so the same error
 * wins when a string has several. */
#include <string.h>

#include "str/str_ops.h"
#include "unicode/unicode.h"
#include "util/utf8.h"

/* ---- str.format -------------------------------------------------------- */

void so_fmt_init(so_fmt_iter *it, const char *s, size_t n)
{
    it->s = s ? s : "";
    it->n = n;
    it->pos = 0;
    it->depth = 2;
    it->own.state = 0;
    it->own.next = 0;
    it->autonum = &it->own;
}

int so_fmt_init_nested(so_fmt_iter *it, const so_fmt_iter *parent,
                       const char *spec, size_t n, strbuf *err)
{
    so_fmt_init(it, spec, n);
    it->depth = parent->depth - 1;
    it->autonum = parent->autonum;
    if (it->depth <= 0) {
        sb_puts(err, "Max string recursion exceeded");
        return -1;
    }
    return 0;
}

static int fail(strbuf *err, const char *msg)
{
    sb_puts(err, msg);
    return -1;
}

/* The field after a '{': name, then "!c" and/or ":spec", up to the '}'. */
static int parse_field(so_fmt_iter *it, so_fmt_item *item, strbuf *err)
{
    const char *s = it->s;
    size_t n = it->n;
    unsigned char c = 0;
    item->has_field = 1;
    item->name = s + it->pos;
    size_t name_start = it->pos;
    while (it->pos < n) {
        c = (unsigned char)s[it->pos++];
        if (c == '{') return fail(err, "unexpected '{' in field name");
        if (c == '[') {
            /* brackets may hold ':' '!' '}' */
            while (it->pos < n && s[it->pos] != ']') it->pos++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    item->name_n = it->pos - 1 - name_start;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (it->pos >= n)
                return fail(err, "end of string while looking for conversion specifier");
            uint32_t cp;
            int k = utf8_decode(s + it->pos, n - it->pos, &cp, 1);
            if (k <= 0) { cp = (unsigned char)s[it->pos]; k = 1; }
            item->conv = cp;
            it->pos += (size_t)k;
            if (it->pos < n) {
                c = (unsigned char)s[it->pos++];
                if (c == '}') { item->spec = s + it->pos; return 1; }
                if (c != ':') return fail(err, "expected ':' after conversion specifier");
            }
        }
        size_t spec_start = it->pos;
        int count = 1;
        while (it->pos < n) {
            c = (unsigned char)s[it->pos++];
            if (c == '{') { item->spec_nested = 1; count++; }
            else if (c == '}' && --count == 0) {
                item->spec = s + spec_start;
                item->spec_n = it->pos - 1 - spec_start;
                return 1;
            }
        }
        return fail(err, "unmatched '{' in format spec");
    }
    if (c != '}') return fail(err, "expected '}' before end of string");
    item->spec = s + it->pos;
    return 1;
}

int so_fmt_next(so_fmt_iter *it, so_fmt_item *item, strbuf *err)
{
    memset(item, 0, sizeof *item);
    const char *s = it->s;
    size_t n = it->n;
    if (it->pos >= n) return 0;
    size_t start = it->pos;
    unsigned char c = 0;
    int markup = 0;
    while (it->pos < n) {
        c = (unsigned char)s[it->pos++];
        if (c == '{' || c == '}') { markup = 1; break; }
    }
    int at_end = it->pos >= n;
    size_t len = it->pos - start;
    if (markup && c == '}' && (at_end || (unsigned char)s[it->pos] != c))
        return fail(err, "Single '}' encountered in format string");
    if (markup && at_end && c == '{')
        return fail(err, "Single '{' encountered in format string");
    if (markup) {
        if ((unsigned char)s[it->pos] == c) { it->pos++; markup = 0; }   /* {{ or }} */
        else len--;
    }
    item->lit = s + start;
    item->lit_n = len;
    if (!markup) return 1;
    return parse_field(it, item, err) < 0 ? -1 : 1;
}

/* CPython's get_integer: -1 when TEXT is empty or holds a non-decimal
 * character (Unicode decimals count), -2 with ERR set on overflow. */
static int64_t get_integer(const char *t, size_t n, strbuf *err)
{
    if (n == 0) return -1;
    int64_t acc = 0;
    for (size_t i = 0; i < n;) {
        uint32_t cp;
        int k = utf8_decode(t + i, n - i, &cp, 1);
        if (k <= 0) return -1;
        i += (size_t)k;
        int d = uc_decimal_value(cp);
        if (d < 0) return -1;
        if (acc > (INT64_MAX - d) / 10) {
            sb_puts(err, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

int so_fmt_field_first(so_fmt_iter *it, const char *name, size_t n, int *is_int,
                       int64_t *index, size_t *key_n, size_t *rest, strbuf *err)
{
    size_t i = 0;
    while (i < n && name[i] != '.' && name[i] != '[') i++;
    *key_n = i;
    *rest = i;
    int64_t v = get_integer(name, i, err);
    if (v == -2) return -1;
    int empty = i == 0;
    int numeric = empty || v >= 0;
    so_fmt_auto *a = it->autonum;
    if (a->state == 0 && numeric) a->state = empty ? 1 : 2;
    if (numeric) {
        if (a->state == 2 && empty)
            return fail(err, "cannot switch from manual field specification to automatic field numbering");
        if (a->state == 1 && !empty)
            return fail(err, "cannot switch from automatic field numbering to manual field specification");
    }
    if (empty) v = a->next++;
    *is_int = numeric;
    *index = numeric ? v : -1;
    return 0;
}

int so_fmt_field_next(const char *name, size_t n, size_t *pos, int *is_attr,
                      const char **key, size_t *key_n, int *is_int, int64_t *index,
                      strbuf *err)
{
    size_t p = *pos;
    if (p >= n) return 0;
    char c = name[p++];
    size_t start = p;
    *is_int = 0;
    *index = -1;
    if (c == '.') {
        *is_attr = 1;
        while (p < n && name[p] != '.' && name[p] != '[') p++;
        *key = name + start;
        *key_n = p - start;
    } else if (c == '[') {
        *is_attr = 0;
        while (p < n && name[p] != ']') p++;
        if (p >= n) return fail(err, "Missing ']' in format string");
        *key = name + start;
        *key_n = p - start;
        p++;
        int64_t v = get_integer(*key, *key_n, err);
        if (v == -2) return -1;
        if (v >= 0) { *is_int = 1; *index = v; }
    } else {
        return fail(err, "Only '.' or '[' may follow ']' in format field specifier");
    }
    *pos = p;
    if (*key_n == 0) return fail(err, "Empty attribute in format string");
    return 1;
}

void so_fmt_bad_conversion(uint32_t conv, strbuf *err)
{
    if (conv > 32 && conv < 127) sb_printf(err, "Unknown conversion specifier %c", (int)conv);
    else sb_printf(err, "Unknown conversion specifier \\x%x", (unsigned)conv);
}

/* ---- printf-style '%' --------------------------------------------------
 * Mirrors PyUnicode_Format's counters: CNT is the number of characters left
 * after the current one, and reading a character first decrements it (the
 * "--fmtcnt >= 0" idiom); a read past the end leaves CH stale, as there. */

void so_pct_init(so_pct_iter *it, const char *s, size_t n, int have_mapping,
                 so_pct_key_fn key, so_pct_star_fn star, void *ctx)
{
    it->s = s ? s : "";
    it->n = n;
    it->pos = it->cpos = 0;
    it->have_mapping = have_mapping;
    it->key = key;
    it->star = star;
    it->ctx = ctx;
}

static uint32_t pct_read(so_pct_iter *it)
{
    uint32_t cp;
    int k = utf8_decode(it->s + it->pos, it->n - it->pos, &cp, 1);
    if (k <= 0) { cp = (unsigned char)it->s[it->pos]; k = 1; }
    it->pos += (size_t)k;
    it->cpos++;
    return cp;
}

/* Reads the next character into *CH when one is left ("if (--fmtcnt >= 0)");
 * returns 0 (and sets *EXHAUSTED) when none is. */
static int pct_more(so_pct_iter *it, uint32_t *ch, int *exhausted)
{
    if (it->pos >= it->n) { *exhausted = 1; return 0; }
    *ch = pct_read(it);
    return 1;
}

int so_pct_next(so_pct_iter *it, so_pct_item *item, strbuf *err, int *err_kind)
{
    memset(item, 0, sizeof *item);
    item->width = -1;
    item->prec = -1;
    *err_kind = 0;
    const char *s = it->s;
    size_t n = it->n;
    if (it->pos >= n) return 0;
    if (s[it->pos] != '%') {
        const char *p = memchr(s + it->pos, '%', n - it->pos);
        size_t e = p ? (size_t)(p - s) : n;
        item->lit = s + it->pos;
        item->lit_n = e - it->pos;
        it->cpos += so_char_count(item->lit, item->lit_n);
        it->pos = e;
        return 1;
    }
    it->pos++;
    it->cpos++;
    if (it->pos < n && s[it->pos] == '%') {          /* "%%" */
        item->lit = s + it->pos;
        item->lit_n = 1;
        it->pos++;
        it->cpos++;
        return 1;
    }
    item->has_conv = 1;
    int exhausted = 0;
    uint32_t ch = it->pos < n ? (unsigned char)s[it->pos] : 0;

    if (it->pos < n && s[it->pos] == '(') {
        if (!it->have_mapping) {
            *err_kind = SO_PCT_ERR_TYPE;
            return fail(err, "format requires a mapping");
        }
        it->pos++;
        it->cpos++;
        size_t keystart = it->pos;
        int pcount = 1;
        while (pcount > 0 && pct_more(it, &ch, &exhausted)) {
            if (ch == ')') pcount--;
            else if (ch == '(') pcount++;
        }
        if (exhausted || pcount > 0) return fail(err, "incomplete format key");
        item->has_key = 1;
        item->key = s + keystart;
        item->key_n = it->pos - 1 - keystart;
        if (it->key && it->key(it->ctx, item->key, item->key_n) < 0) {
            *err_kind = SO_PCT_ERR_CALLER;
            return -1;
        }
    }
    /* flags */
    while (pct_more(it, &ch, &exhausted)) {
        unsigned f = ch == '-' ? SO_F_LJUST : ch == '+' ? SO_F_SIGN : ch == ' ' ? SO_F_BLANK
                   : ch == '#' ? SO_F_ALT : ch == '0' ? SO_F_ZERO : 0;
        if (!f) break;
        item->flags |= f;
    }
    /* width */
    if (ch == '*') {
        int64_t v;
        if (!it->star || it->star(it->ctx, &v) < 0) { *err_kind = SO_PCT_ERR_CALLER; return -1; }
        if (v < 0) {
            item->flags |= SO_F_LJUST;
            v = v == INT64_MIN ? INT64_MAX : -v;
        }
        item->width = v;
        pct_more(it, &ch, &exhausted);
    } else if (ch >= '0' && ch <= '9') {
        item->width = ch - '0';
        while (pct_more(it, &ch, &exhausted)) {
            if (ch < '0' || ch > '9') break;
            if (item->width > (INT64_MAX - (int64_t)(ch - '0')) / 10)
                return fail(err, "width too big");
            item->width = item->width * 10 + (ch - '0');
        }
    }
    /* precision */
    if (ch == '.') {
        item->prec = 0;
        pct_more(it, &ch, &exhausted);
        if (ch == '*') {
            int64_t v;
            if (!it->star || it->star(it->ctx, &v) < 0) { *err_kind = SO_PCT_ERR_CALLER; return -1; }
            /* the caller raises OverflowError beyond INT_MAX (PyLong_AsInt) */
            item->prec = v < 0 ? 0 : v;
            pct_more(it, &ch, &exhausted);
        } else if (ch >= '0' && ch <= '9') {
            item->prec = ch - '0';
            while (pct_more(it, &ch, &exhausted)) {
                if (ch < '0' || ch > '9') break;
                if (item->prec > (INT32_MAX - (int64_t)(ch - '0')) / 10)
                    return fail(err, "precision too big");
                item->prec = item->prec * 10 + (ch - '0');
            }
        }
    }
    /* length modifiers are ignored */
    if (!exhausted && (ch == 'h' || ch == 'l' || ch == 'L'))
        pct_more(it, &ch, &exhausted);
    if (exhausted) return fail(err, "incomplete format");
    item->conv = ch;
    item->conv_index = it->cpos - 1;
    item->conv_ok = ch < 128 && ch && strchr("sradiuoxXeEfFgGc", (int)ch) != NULL;
    return 1;
}

void so_pct_unsupported(const so_pct_item *item, strbuf *err)
{
    uint32_t c = item->conv;
    sb_printf(err, "unsupported format character '%c' (0x%x) at index %zu",
              (c >= 32 && c <= 126) ? (int)c : '?', (unsigned)c, item->conv_index);
}
