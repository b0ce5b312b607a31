/* Floating-point to text, as CPython's repr() and str() of float and
 * complex do it: the shortest digit string that reads back as the same
 * double. */
#ifndef KR_UTIL_DTOA_H
#define KR_UTIL_DTOA_H

#include <stddef.h>

/* The shortest decimal digits of |X| (finite, nonzero) that round-trip:
 * writes 1-17 ASCII digits and a NUL to DIGITS (>= 18 bytes) and sets
 * *DECPT so that |X| = 0.DIGITS * 10^DECPT.  Returns the digit count. */
int dtoa_shortest(double x, char *digits, int *decpt);

/* repr(float) into BUF (>= 32 bytes): "1.5", "1e+16", "inf", "-0.0".
 * ADD_DOT_0 adds ".0" to integral values in fixed notation (float repr
 * does; complex repr does not).  Returns the length. */
int dtoa_repr(double x, char *buf, int add_dot_0);

#endif
