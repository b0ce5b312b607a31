/* Number and string formatting kernels: format() / str.format() / f-string
 * format specs and printf-style %-formatting for int, float, complex and
 * str, with exactly CPython 3.14's results and error messages (as on a
 * 64-bit build: Py_ssize_t is 64 bits, so widths and precisions up to
 * 2^63-1 parse, and precisions above INT_MAX are "precision too big").
 *
 * These work on C values and UTF-8 text, not Python objects.  Output is
 * appended to a caller-provided strbuf.  Every formatting call takes
 * MAX_BYTES, the most bytes it may append: a result that would be longer is
 * refused with FMT_MEMORY_ERROR before anything is allocated, so the VM's
 * memory limit holds whatever width or precision a spec asks for.
 *
 * Errors: a call returns FMT_OK or the exception to raise; the message (the
 * text after "ValueError: ") is appended to ERR when ERR is not NULL.
 * Nothing is appended to OUT on error.
 *
 * Layers:
 *   fmt_parse_spec          spec text -> fmt_spec (the errors CPython's
 *                           parse_internal_render_format_spec raises)
 *   fmt_int64 / fmt_int_digits / fmt_float / fmt_complex / fmt_str
 *                           a parsed spec applied to a value
 *   fmt_format_*            both, for a spec string, including the empty
 *                           spec meaning str(value)
 *   fmt_percent_*           one printf-style conversion, flags already parsed
 *   fmt_double              PyOS_double_to_string
 *   fmt_i64_base            int64 -> digits in base 2, 8, 10, 16
 */
#ifndef KR_NUM_FMT_H
#define KR_NUM_FMT_H

#include <stddef.h>
#include <stdint.h>

#include "util/strbuf.h"

typedef enum fmt_status {
    FMT_OK = 0,
    FMT_VALUE_ERROR,      /* ValueError */
    FMT_OVERFLOW_ERROR,   /* OverflowError */
    FMT_MEMORY_ERROR,     /* MemoryError: longer than max_bytes, or out of memory */
} fmt_status;

/* A parsed format spec:
 * [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type]
 * Width and precision digits may be any Unicode decimal digits, as in
 * CPython. */
typedef struct fmt_spec {
    uint32_t fill;          /* code point (' ' by default, '0' for the "0" flag) */
    char align;             /* '<' '>' '^' '=' (the caller's default when not given) */
    char sign;              /* 0, '+', '-' or ' ' */
    unsigned char no_neg_0; /* "z" */
    unsigned char alternate;/* "#" */
    int64_t width;          /* -1: not given */
    char thousands;         /* 0, ',' or '_' */
    unsigned char group4;   /* '_' with b o x X: groups of four */
    int64_t precision;      /* -1: not given */
    char frac_thousands;    /* 0, ',' or '_' (3.14: grouping of the fraction) */
    uint32_t type;          /* presentation type code point; 0: none */
} fmt_spec;

/* Parses SPEC[0..n) (UTF-8).  DEFAULT_TYPE and DEFAULT_ALIGN are CPython's
 * per type: int 'd' '>', float and complex 0 '>', str 's' '<'.  TYPE_NAME
 * (the object's type name, e.g. "float" or "bool") goes into "Invalid format
 * specifier" messages.  Only ValueError. */
fmt_status fmt_parse_spec(const char *spec, size_t n, uint32_t default_type,
                          char default_align, const char *type_name,
                          fmt_spec *out, strbuf *err);

/* ---- int ---------------------------------------------------------------
 * int.__format__ with a parsed spec.  Types b c d o x X n (and none) format
 * the integer; e E f F g G % convert it to float first and then format it
 * like float (the caller converts a big int, raising OverflowError "int too
 * large to convert to float" if it must; fmt_int64 converts itself).  Other
 * types: "Unknown format code 'y' for object of type '<type_name>'". */
fmt_status fmt_int64(strbuf *out, int64_t v, const fmt_spec *spec,
                     const char *type_name, size_t max_bytes, strbuf *err);

/* For a big int: the base whose digits fmt_int_digits needs for SPEC (2, 8,
 * 10 or 16; 10 for 'c'), 0 when SPEC's type converts to float (call
 * fmt_float with the converted value), or -1 for an unknown type (call
 * fmt_int_digits anyway to get the error). */
int fmt_int_base(const fmt_spec *spec);

/* Formats the integer whose magnitude is DIGITS[0..n) in the base
 * fmt_int_base() gave (lowercase, no prefix, no leading zeros: "0" for
 * zero), negative if NEGATIVE.  For 'c' the digits are decimal and the value
 * is checked here (OverflowError "%c arg not in range(0x110000)", or
 * "Python int too large to convert to C long" beyond 64 bits). */
fmt_status fmt_int_digits(strbuf *out, int negative, const char *digits, size_t n,
                          const fmt_spec *spec, const char *type_name,
                          size_t max_bytes, strbuf *err);

/* ---- float and complex ------------------------------------------------ */
fmt_status fmt_float(strbuf *out, double x, const fmt_spec *spec,
                     const char *type_name, size_t max_bytes, strbuf *err);
fmt_status fmt_complex(strbuf *out, double re, double im, const fmt_spec *spec,
                       const char *type_name, size_t max_bytes, strbuf *err);

/* ---- str: S[0..n) is UTF-8 (krait's; lone surrogates in 3-byte form);
 * widths and precisions count code points. */
fmt_status fmt_str(strbuf *out, const char *s, size_t n, const fmt_spec *spec,
                   const char *type_name, size_t max_bytes, strbuf *err);

/* ---- spec string -> result, as format(value, spec) for the exact types;
 * an empty spec gives str(value). */
fmt_status fmt_format_int64(strbuf *out, int64_t v, const char *spec, size_t n,
                            const char *type_name, size_t max_bytes, strbuf *err);
fmt_status fmt_format_float(strbuf *out, double x, const char *spec, size_t n,
                            const char *type_name, size_t max_bytes, strbuf *err);
fmt_status fmt_format_complex(strbuf *out, double re, double im, const char *spec,
                              size_t n, const char *type_name, size_t max_bytes,
                              strbuf *err);
fmt_status fmt_format_str(strbuf *out, const char *s, size_t sn, const char *spec,
                          size_t n, const char *type_name, size_t max_bytes,
                          strbuf *err);

/* repr() / str() of a complex: "(1+2j)", "2j", "(nan-infj)". */
fmt_status fmt_complex_repr(strbuf *out, double re, double im, size_t max_bytes);

/* ---- PyOS_double_to_string -----------------------------------------------
 * CODE is e E f F g G or r (repr; PRECISION ignored); 0 <= PRECISION <=
 * INT_MAX.  Never '-' for a nan; '-' for negative values unless NO_NEG_0
 * and the result is zero.  Like Gay's dtoa, refuses (FMT_MEMORY_ERROR) a
 * nonzero X when PRECISION alone exceeds MAX_BYTES, even if the text would
 * be short ('.2147483647g' of 1.0 is a MemoryError in CPython too). */
enum {
    FMT_DTSF_SIGN = 1,       /* '+' for non-negative values */
    FMT_DTSF_ADD_DOT_0 = 2,  /* ".0" on integral fixed-notation results */
    FMT_DTSF_ALT = 4,        /* '#': keep the point, and g's zeros */
    FMT_DTSF_NO_NEG_0 = 8,   /* 'z' */
};
fmt_status fmt_double(strbuf *out, double x, char code, int64_t precision,
                      unsigned flags, size_t max_bytes);

/* ---- printf-style: one %-conversion ------------------------------------
 * The caller parses "%(key)flags width .prec conv", fetches '*' values and
 * checks argument types, raising what CPython raises there:
 *   - "width too big" / "precision too big" (ValueError) when the digits
 *     exceed Py_ssize_t / INT_MAX, "* wants int" (TypeError);
 *   - for d i u: the argument's __index__ or int() (a float is truncated,
 *     '%d' % 3.7 == '3'); for o x X: __index__ only ("%x format: an
 *     integer is required, not float");
 *   - for e E f F g G: float(arg) ("must be real number, not str");
 *   - for c: an int in range(0x110000) or a 1-character str ("%c requires
 *     an int or a unicode character, not ...", "%c arg not in
 *     range(0x110000)"); then fmt_percent_str with the character;
 *   - s r a: str(), repr(), ascii(), then fmt_percent_str.
 * A negative '*' width means the '-' flag and its absolute value; a
 * negative '*' precision means none (-1). */
enum {
    FMT_F_LJUST = 1,   /* '-' */
    FMT_F_SIGN = 2,    /* '+' */
    FMT_F_BLANK = 4,   /* ' ' */
    FMT_F_ALT = 8,     /* '#' */
    FMT_F_ZERO = 16,   /* '0' */
};
/* CONV is d i u o x X; the magnitude DIGITS[0..n) is in base 10 (d i u),
 * 8 (o) or 16 (x X; lowercase), as for fmt_int_digits.  PREC < 0: none.
 * OverflowError "precision too large" when PREC > INT_MAX - 3. */
fmt_status fmt_percent_int(strbuf *out, int negative, const char *digits, size_t n,
                           char conv, unsigned flags, int64_t width, int64_t prec,
                           size_t max_bytes, strbuf *err);
fmt_status fmt_percent_int64(strbuf *out, int64_t v, char conv, unsigned flags,
                             int64_t width, int64_t prec, size_t max_bytes,
                             strbuf *err);
/* CONV is e E f F g G; PREC < 0 means 6. */
fmt_status fmt_percent_float(strbuf *out, double x, char conv, unsigned flags,
                             int64_t width, int64_t prec, size_t max_bytes,
                             strbuf *err);
/* s r a c: S[0..n) is the UTF-8 text; PREC (< 0: none) truncates to that
 * many code points (not for c: pass -1); WIDTH pads with spaces, on the
 * right with FMT_F_LJUST.  Other flags are ignored, as in CPython. */
fmt_status fmt_percent_str(strbuf *out, const char *s, size_t n, unsigned flags,
                           int64_t width, int64_t prec, size_t max_bytes);

/* ---- int64 -> text ------------------------------------------------------
 * Writes V in BASE (2, 8, 10 or 16) to BUF (>= FMT_I64_BUFSIZE bytes),
 * NUL-terminated: '-' for negatives, then "0b" / "0o" / "0x" when PREFIX (as
 * bin() oct() hex() give), digits lowercase unless UPPER (which also makes
 * the prefix "0X").  Returns the length. */
#define FMT_I64_BUFSIZE 72
int fmt_i64_base(int64_t v, int base, int prefix, int upper, char *buf);
/* The magnitude digits only, no sign or prefix; returns the length. */
int fmt_u64_base(uint64_t v, int base, int upper, char *buf);

#endif
