/* The codecs str.encode and bytes.decode support: UTF-8, ASCII, Latin-1,
 * UTF-16 and UTF-32 (with or without byte order), with the error handlers
 * strict, ignore, replace, backslashreplace, xmlcharrefreplace,
 * namereplace, surrogateescape and surrogatepass, and CPython's
 * UnicodeEncodeError / UnicodeDecodeError (attributes encoding, object,
 * start, end, reason). */
#include "str_int.h"

#include <ctype.h>
#include <stdio.h>

#include "../unicode/unicode.h"
#include "../util/utf8.h"
#include "bytes.h"
#include "dict.h"
#include "seq.h"

/* Codec ids beyond the public ones: byte orders of UTF-16/32. */
enum { KC_UTF16LE = 10, KC_UTF16BE, KC_UTF32LE, KC_UTF32BE };

int kcodec_lookup(kr_rt *rt, const char *name, size_t n)
{
    char b[32];
    size_t k = 0;
    if (n >= sizeof b) goto unknown;
    for (size_t i = 0; i < n; i++) {
        char c = (char)tolower((unsigned char)name[i]);
        if (c == '_' || c == ' ') c = '-';
        b[k++] = c;
    }
    b[k] = 0;
    static const struct { const char *name; int id; } names[] = {
        { "utf-8", KC_UTF8 }, { "utf8", KC_UTF8 }, { "u8", KC_UTF8 }, { "utf", KC_UTF8 },
        { "cp65001", KC_UTF8 },
        { "ascii", KC_ASCII }, { "us-ascii", KC_ASCII }, { "646", KC_ASCII },
        { "latin-1", KC_LATIN1 }, { "latin1", KC_LATIN1 }, { "latin", KC_LATIN1 },
        { "l1", KC_LATIN1 }, { "iso-8859-1", KC_LATIN1 }, { "iso8859-1", KC_LATIN1 },
        { "8859", KC_LATIN1 }, { "cp819", KC_LATIN1 }, { "iso-ir-100", KC_LATIN1 },
        { "utf-16", KC_UTF16 }, { "utf16", KC_UTF16 }, { "u16", KC_UTF16 },
        { "utf-16-le", KC_UTF16LE }, { "utf-16le", KC_UTF16LE },
        { "utf-16-be", KC_UTF16BE }, { "utf-16be", KC_UTF16BE },
        { "utf-32", KC_UTF32 }, { "utf32", KC_UTF32 }, { "u32", KC_UTF32 },
        { "utf-32-le", KC_UTF32LE }, { "utf-32le", KC_UTF32LE },
        { "utf-32-be", KC_UTF32BE }, { "utf-32be", KC_UTF32BE },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (!strcmp(b, names[i].name)) return names[i].id;
unknown:
    kr_raise(rt, &kt_LookupError, "unknown encoding: %.*s", (int)n, name);
    return -1;
}

/* CPython's codec names, as error messages give them. */
static const char *codec_name(int codec)
{
    switch (codec) {
    case KC_UTF8: return "utf-8";
    case KC_ASCII: return "ascii";
    case KC_LATIN1: return "latin-1";
    case KC_UTF16: return "utf-16";
    case KC_UTF16LE: return "utf-16-le";
    case KC_UTF16BE: return "utf-16-be";
    case KC_UTF32: return "utf-32";
    case KC_UTF32LE: return "utf-32-le";
    default: return "utf-32-be";
    }
}

enum { EH_STRICT, EH_IGNORE, EH_REPLACE, EH_BACKSLASH, EH_XMLREF, EH_NAME, EH_SURROGATEESCAPE,
       EH_SURROGATEPASS };

static int error_handler(kr_rt *rt, const char *errors)
{
    if (!errors || !strcmp(errors, "strict")) return EH_STRICT;
    if (!strcmp(errors, "ignore")) return EH_IGNORE;
    if (!strcmp(errors, "replace")) return EH_REPLACE;
    if (!strcmp(errors, "backslashreplace")) return EH_BACKSLASH;
    if (!strcmp(errors, "xmlcharrefreplace")) return EH_XMLREF;
    if (!strcmp(errors, "namereplace")) return EH_NAME;
    if (!strcmp(errors, "surrogateescape")) return EH_SURROGATEESCAPE;
    if (!strcmp(errors, "surrogatepass")) return EH_SURROGATEPASS;
    return kr_raise(rt, &kt_LookupError, "unknown error handler name '%s'", errors);
}

/* Raises a UnicodeEncodeError/DecodeError with CPython's arguments. */
static int codec_raise(kr_rt *rt, kr_type *t, const char *enc, kr_val obj, int64_t start,
                       int64_t end, const char *reason)
{
    kr_str *es = kstr_cstr(rt, enc), *rs = kstr_cstr(rt, reason);
    if (!es || !rs) return KR_ERR;
    kr_val items[5] = { kstr_val(es), obj, kv_int(start), kv_int(end), kstr_val(rs) };
    kr_tuple *args = ktuple_from(rt, items, 5);
    if (!args) return KR_ERR;
    kr_exc *e = kexc_new(rt, t, &args->obj);
    if (!e) return KR_ERR;
    kr_dict *d = e->dict ? (kr_dict *)(void *)e->dict : kdict_new(rt);
    if (!d) return KR_ERR;
    e->dict = &d->obj;
    static const char *const names[5] = { "encoding", "object", "start", "end", "reason" };
    for (int i = 0; i < 5; i++)
        if (kdict_set_cstr(rt, d, names[i], items[i]) != KR_OK) return KR_ERR;
    return kr_raise_obj(rt, kv_obj(&e->obj));
}

int kcodec_exc_str(kr_rt *rt, kr_exc *e, kr_val *out)
{
    kr_tuple *a = (kr_tuple *)(void *)e->args;
    kr_val f[5];
    static const char *const names[5] = { "encoding", "object", "start", "end", "reason" };
    for (int i = 0; i < 5; i++) {
        f[i] = e->dict ? kdict_get_cstr(rt, (kr_dict *)(void *)e->dict, names[i]) : kv_undef();
        if (kv_is_undef(f[i]) && a && a->len == 5) f[i] = a->items[i];
    }
    if (kv_is_undef(f[0]) || !kv_is_str(f[0]) || !kv_is_str(f[4]) || !kv_is_int(f[2])
        || !kv_is_int(f[3])) {
        kr_str *r = kstr_empty(rt);
        if (!r) return KR_ERR;
        *out = kstr_val(r);
        return KR_OK;
    }
    const char *enc = kstr_of(f[0])->data, *reason = kstr_of(f[4])->data;
    int64_t start = kv_as_int(f[2]), end = kv_as_int(f[3]);
    kr_str *r;
    if (kv_is_str(f[1])) {
        kr_str *o = kstr_of(f[1]);
        if (start < o->len && end == start + 1) {
            size_t off = kstr_byte_offset(rt, o, start);
            size_t i = off;
            uint32_t ch = so_next_cp(o->data, (size_t)o->nbytes, &i);
            const char *fmt = ch <= 0xff ? "'%s' codec can't %s character '\\x%02x' in position %lld: %s"
                            : ch <= 0xffff ? "'%s' codec can't %s character '\\u%04x' in position %lld: %s"
                                           : "'%s' codec can't %s character '\\U%08x' in position %lld: %s";
            const char *verb = e->obj.type == &kt_UnicodeTranslateError ? "translate" : "encode";
            r = kstr_fmt(rt, fmt, enc, verb, ch, (long long)start, reason);
        } else {
            const char *verb = e->obj.type == &kt_UnicodeTranslateError ? "translate" : "encode";
            r = kstr_fmt(rt, "'%s' codec can't %s characters in position %lld-%lld: %s", enc, verb,
                         (long long)start, (long long)(end - 1), reason);
        }
    } else {
        const unsigned char *p;
        size_t n;
        if (kbytes_buffer(f[1], &p, &n) && start >= 0 && (uint64_t)start < n && end == start + 1)
            r = kstr_fmt(rt, "'%s' codec can't decode byte 0x%02x in position %lld: %s", enc,
                         p[start], (long long)start, reason);
        else
            r = kstr_fmt(rt, "'%s' codec can't decode bytes in position %lld-%lld: %s", enc,
                         (long long)start, (long long)(end - 1), reason);
    }
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

/* ---- encoding ----------------------------------------------------------- */

static void put_unit(strbuf *sb, int codec, uint32_t cp)
{
    unsigned char b[8];
    size_t n = 0;
    switch (codec) {
    case KC_UTF8: n = (size_t)utf8_encode(cp, (char *)b); break;
    case KC_ASCII: case KC_LATIN1: b[0] = (unsigned char)cp; n = 1; break;
    case KC_UTF16LE: case KC_UTF16BE: {
        uint16_t u[2];
        size_t k = 0;
        if (cp >= 0x10000) {
            u[k++] = (uint16_t)(0xD800 | ((cp - 0x10000) >> 10));
            u[k++] = (uint16_t)(0xDC00 | ((cp - 0x10000) & 0x3FF));
        } else {
            u[k++] = (uint16_t)cp;
        }
        for (size_t i = 0; i < k; i++) {
            if (codec == KC_UTF16LE) { b[n++] = (unsigned char)u[i]; b[n++] = (unsigned char)(u[i] >> 8); }
            else { b[n++] = (unsigned char)(u[i] >> 8); b[n++] = (unsigned char)u[i]; }
        }
        break;
    }
    default:
        for (int i = 0; i < 4; i++)
            b[n++] = (unsigned char)(codec == KC_UTF32LE ? cp >> (8 * i) : cp >> (8 * (3 - i)));
        break;
    }
    sb_append(sb, (const char *)b, n);
}

static int encodable(int codec, uint32_t cp)
{
    switch (codec) {
    case KC_ASCII: return cp < 0x80;
    case KC_LATIN1: return cp < 0x100;
    default: return cp < 0xD800 || cp > 0xDFFF;
    }
}

int kcodec_encode(kr_rt *rt, kr_str *s, int codec, const char *encname, const char *errors,
                  kr_val *out)
{
    (void)encname;
    size_t n = (size_t)s->nbytes;
    int bom = 0;
    if (codec == KC_UTF16) { codec = KC_UTF16LE; bom = 2; }
    if (codec == KC_UTF32) { codec = KC_UTF32LE; bom = 4; }
    const char *name = codec_name(bom == 2 ? KC_UTF16 : bom == 4 ? KC_UTF32 : codec);
    /* fast paths: the bytes are already right */
    if ((codec == KC_UTF8 || codec == KC_ASCII || codec == KC_LATIN1) && kstr_is_ascii(s)) {
        kr_bytes *b = kbytes_new(rt, s->data, n);
        if (!b) return KR_ERR;
        *out = kbytes_val(b);
        return KR_OK;
    }
    if (codec == KC_UTF8) {
        int sur = 0;
        for (size_t i = 0; i + 1 < n; i++)
            if ((unsigned char)s->data[i] == 0xED && (unsigned char)s->data[i + 1] >= 0xA0) { sur = 1; break; }
        if (!sur) {
            kr_bytes *b = kbytes_new(rt, s->data, n);
            if (!b) return KR_ERR;
            *out = kbytes_val(b);
            return KR_OK;
        }
    }
    int eh = -1;
    strbuf sb = STRBUF_INIT;
    if (bom == 2) sb_append(&sb, "\xff\xfe", 2);
    if (bom == 4) sb_append(&sb, "\xff\xfe\0\0", 4);
    size_t i = 0;
    int64_t ci = 0;
    while (i < n) {
        size_t at = i;
        uint32_t cp = so_next_cp(s->data, n, &i);
        if (encodable(codec, cp)) {
            put_unit(&sb, codec, cp);
            ci++;
            continue;
        }
        /* a run of unencodable characters: [ci, cend) */
        if (eh < 0 && (eh = error_handler(rt, errors)) < 0) { sb_free(&sb); return KR_ERR; }
        size_t j = i;
        int64_t cend = ci + 1;
        while (j < n) {
            size_t k = j;
            uint32_t c2 = so_next_cp(s->data, n, &k);
            if (encodable(codec, c2)) break;
            j = k;
            cend++;
        }
        const char *reason = codec == KC_ASCII ? "ordinal not in range(128)"
                           : codec == KC_LATIN1 ? "ordinal not in range(256)"
                                                : "surrogates not allowed";
        int ok = 1;
        size_t p = at;
        switch (eh) {
        case EH_IGNORE: break;
        case EH_REPLACE:
            for (int64_t c = ci; c < cend; c++) put_unit(&sb, codec, '?');
            break;
        case EH_BACKSLASH: case EH_XMLREF: case EH_NAME:
            while (p < j) {
                uint32_t c = so_next_cp(s->data, n, &p);
                char buf[UC_NAME_BUFSIZE + 16];
                char nm[UC_NAME_BUFSIZE];
                if (eh == EH_XMLREF) snprintf(buf, sizeof buf, "&#%u;", c);
                else if (eh == EH_NAME && uc_name(c, nm, sizeof nm) > 0)
                    snprintf(buf, sizeof buf, "\\N{%s}", nm);
                else if (c <= 0xff) snprintf(buf, sizeof buf, "\\x%02x", c);
                else if (c <= 0xffff) snprintf(buf, sizeof buf, "\\u%04x", c);
                else snprintf(buf, sizeof buf, "\\U%08x", c);
                for (const char *q = buf; *q; q++) put_unit(&sb, codec, (unsigned char)*q);
            }
            break;
        case EH_SURROGATEESCAPE:
            for (size_t q = p; q < j;) {
                uint32_t c = so_next_cp(s->data, n, &q);
                if (c < 0xDC80 || c > 0xDCFF) { ok = 0; break; }
            }
            if (ok) {
                while (p < j) {
                    uint32_t c = so_next_cp(s->data, n, &p);
                    unsigned char byte = (unsigned char)(c - 0xDC00);
                    sb_append(&sb, (const char *)&byte, 1);
                }
            }
            break;
        case EH_SURROGATEPASS:
            if (codec == KC_ASCII || codec == KC_LATIN1) { ok = 0; break; }
            while (p < j) {
                uint32_t c = so_next_cp(s->data, n, &p);
                if (codec == KC_UTF16LE || codec == KC_UTF16BE) {
                    unsigned char b[2] = { (unsigned char)(c & 0xff), (unsigned char)(c >> 8) };
                    if (codec == KC_UTF16BE) { b[0] = (unsigned char)(c >> 8); b[1] = (unsigned char)c; }
                    sb_append(&sb, (const char *)b, 2);
                } else {
                    put_unit(&sb, codec == KC_UTF8 ? KC_UTF8 : codec, c);
                }
            }
            break;
        default:
            ok = 0;
        }
        if (!ok) {
            sb_free(&sb);
            return codec_raise(rt, &kt_UnicodeEncodeError, name, kstr_val(s), ci, cend, reason);
        }
        i = j;
        ci = cend;
    }
    if (sb.oom) { sb_free(&sb); return kr_nomem(rt); }
    kr_bytes *b = kbytes_new(rt, sb.p ? sb.p : "", sb.len);
    sb_free(&sb);
    if (!b) return KR_ERR;
    *out = kbytes_val(b);
    return KR_OK;
}

/* ---- decoding ----------------------------------------------------------- */

/* The length of the invalid UTF-8 sequence at P[0..n) (n >= 1) and its
 * reason, as CPython reports it: the maximal valid prefix of a sequence,
 * at least one byte. */
static size_t utf8_bad_len(const unsigned char *p, size_t n, const char **reason, int surrogatepass)
{
    unsigned char c = p[0];
    if (c < 0xC2 || c > 0xF4) { *reason = "invalid start byte"; return 1; }
    size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (size_t k = 1; k < need; k++) {
        if (k >= n) { *reason = "unexpected end of data"; return k; }
        unsigned char d = p[k];
        unsigned lo = 0x80, hi = 0xBF;
        if (k == 1) {
            if (c == 0xE0) lo = 0xA0;
            else if (c == 0xED && !surrogatepass) hi = 0x9F;
            else if (c == 0xF0) lo = 0x90;
            else if (c == 0xF4) hi = 0x8F;
        }
        if (d < lo || d > hi) { *reason = "invalid continuation byte"; return k; }
    }
    *reason = NULL;
    return need;
}

static void put_cp(strbuf *sb, uint32_t cp)
{
    char b[4];
    sb_append(sb, b, (size_t)utf8_encode(cp, b));
}

/* Applies handler EH to the bad bytes P[start..end): 0 done, -1 strict. */
static int decode_error(strbuf *sb, int eh, const unsigned char *p, size_t start, size_t end)
{
    switch (eh) {
    case EH_IGNORE: return 0;
    case EH_REPLACE: put_cp(sb, 0xFFFD); return 0;
    case EH_BACKSLASH:
        for (size_t i = start; i < end; i++) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\x%02x", p[i]);
            sb_append(sb, buf, 4);
        }
        return 0;
    case EH_SURROGATEESCAPE:
        for (size_t i = start; i < end; i++) {
            if (p[i] < 0x80) return -1;
            put_cp(sb, 0xDC00 + p[i]);
        }
        return 0;
    default:
        return -1;
    }
}

int kcodec_decode(kr_rt *rt, const unsigned char *p, size_t n, int codec, const char *encname,
                  const char *errors, kr_val *out)
{
    (void)encname;
    int eh = -1;
    strbuf sb = STRBUF_INIT;
    const char *name = codec_name(codec);
    size_t i = 0;
    if (codec == KC_UTF8 || codec == KC_ASCII) {
        /* fast path: valid text is copied as is */
        size_t j = 0;
        if (codec == KC_ASCII) {
            while (j < n && p[j] < 0x80) j++;
        } else {
            while (j < n) {
                if (p[j] < 0x80) { j++; continue; }
                uint32_t cp;
                int l = utf8_decode((const char *)p + j, n - j, &cp, 0);
                if (!l) break;
                j += (size_t)l;
            }
        }
        if (j == n) {
            kr_str *r = kstr_new_hint(rt, (const char *)p, n, 0);
            if (!r) return KR_ERR;
            *out = kstr_val(r);
            return KR_OK;
        }
        sb_append(&sb, (const char *)p, j);
        i = j;
    }
    if ((codec == KC_UTF8 || codec == KC_ASCII) && (eh = error_handler(rt, errors)) < 0) {
        sb_free(&sb);
        return KR_ERR;
    }
    switch (codec) {
    case KC_UTF8:
        while (i < n) {
            if (p[i] < 0x80) { sb_append(&sb, (const char *)p + i, 1); i++; continue; }
            uint32_t cp;
            int l = utf8_decode((const char *)p + i, n - i, &cp, eh == EH_SURROGATEPASS);
            if (l) { sb_append(&sb, (const char *)p + i, (size_t)l); i += (size_t)l; continue; }
            const char *reason;
            size_t bad = utf8_bad_len(p + i, n - i, &reason, eh == EH_SURROGATEPASS);
            if (decode_error(&sb, eh, p, i, i + bad) < 0) goto strict;
            i += bad;
            continue;
        strict:
            sb_free(&sb);
            {
                kr_bytes *b = kbytes_new(rt, p, n);
                if (!b) return KR_ERR;
                return codec_raise(rt, &kt_UnicodeDecodeError, name, kbytes_val(b), (int64_t)i,
                                   (int64_t)(i + bad), reason);
            }
        }
        break;
    case KC_ASCII:
        while (i < n) {
            if (p[i] < 0x80) { sb_append(&sb, (const char *)p + i, 1); i++; continue; }
            if (decode_error(&sb, eh, p, i, i + 1) < 0) {
                sb_free(&sb);
                kr_bytes *b = kbytes_new(rt, p, n);
                if (!b) return KR_ERR;
                return codec_raise(rt, &kt_UnicodeDecodeError, name, kbytes_val(b), (int64_t)i,
                                   (int64_t)i + 1, "ordinal not in range(128)");
            }
            i++;
        }
        break;
    case KC_LATIN1:
        for (; i < n; i++) put_cp(&sb, p[i]);
        break;
    default: {
        /* UTF-16 / UTF-32 */
        int w = (codec == KC_UTF16 || codec == KC_UTF16LE || codec == KC_UTF16BE) ? 2 : 4;
        int be = codec == KC_UTF16BE || codec == KC_UTF32BE;
        if (codec == KC_UTF16 || codec == KC_UTF32) {
            if (w == 2 && n >= 2 && p[0] == 0xFE && p[1] == 0xFF) { be = 1; i = 2; }
            else if (w == 2 && n >= 2 && p[0] == 0xFF && p[1] == 0xFE) i = 2;
            else if (w == 4 && n >= 4 && !memcmp(p, "\0\0\xfe\xff", 4)) { be = 1; i = 4; }
            else if (w == 4 && n >= 4 && !memcmp(p, "\xff\xfe\0\0", 4)) i = 4;
        }
        while (i < n) {
            const char *reason = NULL;
            size_t bad = 0;
            if (n - i < (size_t)w) {
                reason = "truncated data";
                bad = n - i;
            } else if (w == 4) {
                uint32_t cp = be ? (uint32_t)p[i] << 24 | (uint32_t)p[i + 1] << 16 | (uint32_t)p[i + 2] << 8 | p[i + 3]
                                 : (uint32_t)p[i + 3] << 24 | (uint32_t)p[i + 2] << 16 | (uint32_t)p[i + 1] << 8 | p[i];
                if (cp > 0x10FFFF) { reason = "code point not in range(0x110000)"; bad = 4; }
                else if (cp >= 0xD800 && cp <= 0xDFFF) { reason = "code point in surrogate code point range(0xd800, 0xe000)"; bad = 4; }
                else { put_cp(&sb, cp); i += 4; continue; }
            } else {
                uint32_t u = be ? (uint32_t)p[i] << 8 | p[i + 1] : (uint32_t)p[i + 1] << 8 | p[i];
                if (u < 0xD800 || u > 0xDFFF) { put_cp(&sb, u); i += 2; continue; }
                if (u >= 0xDC00) { reason = "illegal encoding"; bad = 2; }
                else if (n - i < 4) { reason = "unexpected end of data"; bad = n - i; }
                else {
                    uint32_t u2 = be ? (uint32_t)p[i + 2] << 8 | p[i + 3] : (uint32_t)p[i + 3] << 8 | p[i + 2];
                    if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                        put_cp(&sb, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                        i += 4;
                        continue;
                    }
                    reason = "illegal UTF-16 surrogate";
                    bad = 2;
                }
            }
            if (eh < 0 && (eh = error_handler(rt, errors)) < 0) { sb_free(&sb); return KR_ERR; }
            if (decode_error(&sb, eh, p, i, i + bad) < 0) {
                sb_free(&sb);
                kr_bytes *b = kbytes_new(rt, p, n);
                if (!b) return KR_ERR;
                return codec_raise(rt, &kt_UnicodeDecodeError, name, kbytes_val(b), (int64_t)i,
                                   (int64_t)(i + bad), reason);
            }
            i += bad;
        }
        break;
    }
    }
    kr_str *r = kstr_from_sb(rt, &sb);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}
