/* UTF-8 encoding and decoding of single code points.  Strings inside krait
 * are UTF-8, except that lone surrogates (which Python str may hold) are
 * stored as their 3-byte generalized UTF-8 form; utf8_decode accepts those
 * only when asked to. */
#ifndef KR_UTIL_UTF8_H
#define KR_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Writes CP (<= 0x10FFFF, surrogates included) to OUT; returns 1-4. */
static inline int utf8_encode(uint32_t cp, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (cp < 0x80) { o[0] = (unsigned char)cp; return 1; }
    if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (unsigned char)(0xF0 | (cp >> 18));
    o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (unsigned char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decodes one code point from S[0..n) (n >= 1) into *CP and returns its
 * length, or returns 0 for an invalid or truncated sequence.  Overlong forms
 * are invalid; surrogates are valid only when ALLOW_SURROGATES. */
static inline int utf8_decode(const char *s, size_t n, uint32_t *cp,
                              int allow_surrogates)
{
    const unsigned char *u = (const unsigned char *)s;
    unsigned char c = u[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c < 0xC2) return 0;
    if (c < 0xE0) {
        if (n < 2 || (u[1] & 0xC0) != 0x80) return 0;
        *cp = ((uint32_t)(c & 0x1F) << 6) | (u[1] & 0x3F);
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80) return 0;
        uint32_t v = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
        if (v < 0x800) return 0;
        if (v >= 0xD800 && v <= 0xDFFF && !allow_surrogates) return 0;
        *cp = v;
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (u[1] & 0xC0) != 0x80 || (u[2] & 0xC0) != 0x80 || (u[3] & 0xC0) != 0x80)
            return 0;
        uint32_t v = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(u[1] & 0x3F) << 12)
                   | ((uint32_t)(u[2] & 0x3F) << 6) | (u[3] & 0x3F);
        if (v < 0x10000 || v > 0x10FFFF) return 0;
        *cp = v;
        return 4;
    }
    return 0;
}

#endif
