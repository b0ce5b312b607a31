/* Floating-point to text and back, as CPython does it: repr() and str() of
 * float and complex (the shortest digit string that reads back as the same
 * double), the correctly rounded digits behind format() and %-formatting,
 * and float(str). */
#ifndef KR_UTIL_DTOA_H
#define KR_UTIL_DTOA_H

#include <stddef.h>
#include <stdint.h>

/* The shortest decimal digits of |X| (finite, nonzero) that round-trip:
 * writes 1-17 ASCII digits and a NUL to DIGITS (>= 18 bytes) and sets
 * *DECPT so that |X| = 0.DIGITS * 10^DECPT.  Returns the digit count.  When
 * several digit strings of that length round-trip, the one nearest X (David
 * Gay's mode 0, which CPython uses). */
int dtoa_shortest(double x, char *digits, int *decpt);

/* repr(float) into BUF (>= 32 bytes): "1.5", "1e+16", "inf", "-0.0".
 * ADD_DOT_0 adds ".0" to integral values in fixed notation (float repr
 * does; complex repr does not).  Returns the length. */
int dtoa_repr(double x, char *buf, int add_dot_0);

/* An exact double has at most 767 significant decimal digits. */
#define DTOA_FIXED_BUFSIZE 800

/* Correctly rounded digits of |X| (finite) as David Gay's dtoa modes 2 and
 * 3 give them, which CPython's format() and %-formatting use:
 *   MODE 2: max(NDIGITS, 1) significant digits;
 *   MODE 3: the digits up to NDIGITS places after the decimal point.
 * Ties (on the exact binary value) round half to even.  Writes the digits
 * without trailing zeros, NUL-terminated, to DIGITS (DTOA_FIXED_BUFSIZE
 * bytes) with |X| ~= 0.DIGITS * 10^DECPT, and returns their count.  Zero
 * gives "0" with *DECPT = 1; a mode-3 result that rounds to zero gives ""
 * with *DECPT = -NDIGITS.  Any 0 <= NDIGITS <= INT_MAX is fine: digits
 * past the exact expansion are zeros and are simply not written. */
int dtoa_fixed(double x, int mode, int64_t ndigits, char *digits, int64_t *decpt);

/* float(str) on the ASCII text S[0..N): optional whitespace around an
 * optional sign and either a decimal number (digits with an optional point
 * and exponent; single underscores allowed between digits, as PEP 515 lets
 * float() take them) or "inf", "infinity", "nan" in any case.  Correctly
 * rounded whatever the host's locale; overflow gives +-inf and underflow
 * +-0.0, as in CPython.  Whitespace is \t \n \v \f \r and space (not
 * 0x1c-0x1f, as in CPython); for a str the caller first maps non-ASCII
 * whitespace (U+0085, U+00A0, U+2000...) to ' ' and non-ASCII decimal
 * digits to ASCII, as CPython's _PyUnicode_TransformDecimalAndSpaceToASCII
 * does, and any other non-ASCII character to something invalid.  The caller
 * raises "ValueError: could not convert string to float: %R" on
 * DTOA_PARSE_INVALID and MemoryError on DTOA_PARSE_NOMEM. */
enum { DTOA_PARSE_OK = 0, DTOA_PARSE_INVALID = 1, DTOA_PARSE_NOMEM = 2 };
int dtoa_parse(const char *s, size_t n, double *out);

#endif
