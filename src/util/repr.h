/* repr() of str and bytes values, exactly as CPython writes them. */
#ifndef KR_UTIL_REPR_H
#define KR_UTIL_REPR_H

#include <stddef.h>

#include "strbuf.h"

/* repr of the str S[0..n) (UTF-8, lone surrogates as 3-byte sequences):
 * quotes chosen as CPython chooses them, non-printable characters escaped
 * as \xhh, \uhhhh or \Uhhhhhhhh. */
void repr_str(strbuf *sb, const char *s, size_t n);

/* repr of the bytes S[0..n): b'...' with \xhh for non-ASCII and controls. */
void repr_bytes(strbuf *sb, const char *s, size_t n);

/* Appends the decimal digits of the unsigned integer written in BASE (2, 8,
 * 10 or 16) by DIGITS[0..n) (no prefix, no underscores).  Returns 0, or -1
 * when the result would exceed MAX_DIGITS decimal digits (CPython's
 * int-to-str limit; 0 for none) -- nothing is appended then. */
int repr_int_digits(strbuf *sb, const char *digits, size_t n, int base,
                    size_t max_digits);

#endif
