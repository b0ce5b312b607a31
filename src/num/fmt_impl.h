/* Shared by the fmt_*.c files: error messages and the number layout that
 * CPython's calc_number_widths / fill_number compute. */
#ifndef KR_NUM_FMT_IMPL_H
#define KR_NUM_FMT_IMPL_H

#include "fmt.h"

/* Appends a printf-style message to ERR (if any) and returns STATUS. */
fmt_status fmt_fail(strbuf *err, fmt_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* "Unknown format code 'y' for object of type 'T'" (or '\x..'). */
fmt_status fmt_unknown_type(strbuf *err, uint32_t type, const char *type_name);

/* The cap callers gave, clamped so that sums of a few lengths below it
 * never overflow int64_t or size_t. */
static inline int64_t fmt_cap(size_t max_bytes)
{
    size_t lim = (size_t)1 << (sizeof(size_t) * 8 - 3);
    if (lim > ((size_t)INT64_MAX >> 2)) lim = (size_t)INT64_MAX >> 2;
    return (int64_t)(max_bytes < lim ? max_bytes : lim);
}

/* One number as text pieces:
 *   <sign><prefix><digits>[.<frac>]<rest>
 * digits are grouped (and zero-padded for '=' with fill '0'), frac is
 * grouped from the left, rest (exponent, '%', inf/nan, a 'c' character) is
 * copied.  REST may be non-ASCII (the 'c' character): REST_CHARS counts its
 * code points. */
typedef struct fmt_num {
    char sign_char;             /* '-' for negative, else 0 */
    const char *prefix; size_t n_prefix;
    const char *digits; size_t n_digits;
    int has_decimal;
    const char *frac; size_t n_frac;
    const char *rest; size_t n_rest, rest_chars;
} fmt_num;

typedef struct fmt_numopts {
    uint32_t fill;      /* 0: none (no padding will be needed) */
    char align;         /* '<' '>' '^' '=' */
    int64_t width;      /* -1: none */
    char sign;          /* the spec's sign option: 0 '+' '-' ' ' */
    char sep;           /* thousands separator or 0 */
    int group;          /* 3 or 4 */
    char frac_sep;      /* fraction separator or 0 */
} fmt_numopts;

typedef struct fmt_layout {
    int64_t lpad, spad, rpad;
    char sign;          /* the sign character written, or 0 */
    int64_t min_width;  /* zero-padding target of the grouped digits */
    int64_t n_grouped, n_grouped_frac;
    int64_t n_chars;    /* code points */
    int64_t n_bytes;    /* UTF-8 bytes */
} fmt_layout;

/* Computes the layout; FMT_MEMORY_ERROR when it exceeds CAP bytes. */
fmt_status fmt_num_measure(const fmt_num *num, const fmt_numopts *o, int64_t cap,
                           fmt_layout *l);
/* Writes exactly l->n_bytes bytes at DST. */
void fmt_num_write(char *dst, const fmt_num *num, const fmt_numopts *o,
                   const fmt_layout *l);
/* Measure, check against CAP, append to OUT. */
fmt_status fmt_num_emit(strbuf *out, const fmt_num *num, const fmt_numopts *o,
                        int64_t cap);

/* Splits NUMBER (no sign) into digits, '.', fraction digits and the rest,
 * as CPython's parse_number does. */
void fmt_num_split(fmt_num *num, const char *s, size_t n);

/* Writes COUNT copies of FILL (UTF-8 of length FLEN in FB) at DST; returns
 * the end. */
char *fmt_fill(char *dst, const char *fb, int flen, int64_t count);

#endif
