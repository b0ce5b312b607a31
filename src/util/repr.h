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

#endif
