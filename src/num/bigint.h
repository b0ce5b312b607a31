/* Arbitrary-precision integers: the kernel behind Python's int when a value
 * does not fit the VM's inline int64.  Pure arithmetic with exactly
 * Python 3.14's semantics; no VM or object types are involved.
 *
 * Representation.  A bi_t is one heap block: a signed limb count (its sign
 * is the value's sign, 0 means zero), the capacity, and little-endian
 * magnitude limbs.  Values are always normalized: d[|size|-1] != 0.
 *
 * Limbs are 64 bits with unsigned __int128 intermediates.  Measured here
 * (x86-64, gcc -O2): schoolbook multiply of 3328-bit operands takes 2.6 us
 * with 64-bit limbs against 7.8 us with 32-bit limbs (3x); one 64x64->128
 * multiply does the work of four 32x32->64 ones, and division by the
 * invariant 10^19 (decimal conversion) handles twice the bits per step.
 *
 * Memory.  Every allocation, results and temporaries alike, goes through
 * the caller's bi_alloc, which may count bytes against a limit.  A NULL
 * from it becomes BI_ENOMEM, returned after freeing everything already
 * taken; nothing aborts.  Results whose size is known in advance are
 * checked against ctx->max_limbs before anything is allocated (BI_ETOOBIG),
 * and bi_pow_result_bits / bi_lshift_result_bits let the VM refuse
 * 10**10**10 or 1 << 10**12 before calling at all.
 *
 * Calling convention.  Operations return a bi_status; a new result is
 * stored through an out parameter (`bi_t **out`) only on BI_OK.  Inputs are
 * const and may alias each other; a result never aliases an input.  Results
 * are owned by the caller and released with bi_free.  Functions taking
 * int64_t operands exist for the VM's overflow path (bi_add_i64 ...), and
 * bi_small turns an inline int64 into a stack bi_t for mixed operations.
 */
#ifndef KR_NUM_BIGINT_H
#define KR_NUM_BIGINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint64_t bi_limb;
#define BI_LIMB_BITS 64

/* The allocator.  free gets back the size that alloc was given. */
typedef struct bi_alloc {
    void *(*alloc)(void *ud, size_t size);
    void (*free)(void *ud, void *p, size_t size);
    void *ud;
} bi_alloc;

/* Hard ceiling on a value's limb count (the count is an int32_t). */
#define BI_LIMBS_MAX ((size_t)INT32_MAX)
/* CPython's default sys.get_int_max_str_digits(). */
#define BI_DEFAULT_MAX_STR_DIGITS 4300

typedef struct bi_ctx {
    bi_alloc a;
    size_t max_limbs;       /* larger results fail with BI_ETOOBIG; 0: BI_LIMBS_MAX */
    size_t max_str_digits;  /* int <-> str digit limit for non-power-of-2
                               bases (sys.set_int_max_str_digits); 0: none */
} bi_ctx;

typedef struct bi_t {
    int32_t size;           /* +-limb count; the sign of the value */
    uint32_t cap;           /* limbs allocated */
    bi_limb d[];            /* magnitude, least significant limb first */
} bi_t;

/* A stack bi_t holding one int64 (|INT64_MIN| fits one limb), to pass an
 * inline int as an operand: bi_add(c, &r, big, bi_small_set(&s, 5)).
 * Never bi_free it, never use it as a result. */
typedef union bi_small {
    bi_t b;
    unsigned char bytes_[sizeof(bi_t) + sizeof(bi_limb)];
} bi_small;
const bi_t *bi_small_set(bi_small *s, int64_t v);

/* Status codes.  Each names one CPython exception and message; see
 * bi_status_exc / bi_status_text.  */
typedef enum bi_status {
    BI_OK = 0,
    BI_ENOMEM,          /* MemoryError: the allocator returned NULL */
    BI_ETOOBIG,         /* MemoryError: result would exceed max_limbs
                           (refused before allocating it) */
    BI_EZERODIV,        /* ZeroDivisionError "division by zero" */
    BI_EFLOAT,          /* OverflowError "int too large to convert to float" */
    BI_EDIVFLOAT,       /* OverflowError "integer division result too large
                           for a float" */
    BI_ERANGE,          /* OverflowError "int too big to convert" (a C type
                           or a bytes length too small for the value) */
    BI_EUNSIGNED,       /* OverflowError "can't convert negative int to unsigned" */
    BI_ENOTINV,         /* ValueError "base is not invertible for the given modulus" */
    BI_EMODZERO,        /* ValueError "pow() 3rd argument cannot be 0" */
    BI_ENEGSHIFT,       /* ValueError "negative shift count" */
    BI_ENEGISQRT,       /* ValueError "isqrt() argument must be nonnegative" */
    BI_ESYNTAX,         /* ValueError "invalid literal for int() with base
                           %d: %R" -- the VM formats it (it needs repr) */
    BI_ESTRLIMIT_IN,    /* ValueError str -> int over max_str_digits */
    BI_ESTRLIMIT_OUT,   /* ValueError int -> str over max_str_digits */
    BI_EARG,            /* misuse: base out of range, negative exponent to
                           bi_pow, NaN/inf to bi_from_double ... (the VM
                           checks these first; TypeError/ValueError) */
} bi_status;

/* "MemoryError", "ZeroDivisionError", "OverflowError" or "ValueError". */
const char *bi_status_exc(bi_status st);
/* The CPython message into BUF (snprintf rules; returns the full length).
 * LIMIT is the max_str_digits in force, NDIGITS the digit count that
 * bi_parse reported (both used by the BI_ESTRLIMIT_* messages only). */
size_t bi_status_text(bi_status st, size_t limit, size_t ndigits,
                      char *buf, size_t bufsize);

/* ---- lifetime ---------------------------------------------------------- */
void bi_free(bi_ctx *c, bi_t *x);                   /* NULL is fine */
size_t bi_alloc_size(const bi_t *x);                /* bytes given to alloc */
bi_status bi_copy(bi_ctx *c, bi_t **out, const bi_t *a);

/* ---- int64 and the VM's fast path -------------------------------------- */
bi_status bi_from_i64(bi_ctx *c, bi_t **out, int64_t v);
bi_status bi_from_u64(bi_ctx *c, bi_t **out, uint64_t v);
bool bi_to_i64(const bi_t *a, int64_t *v);          /* false: does not fit */
bool bi_to_u64(const bi_t *a, uint64_t *v);         /* false: negative or too big */
/* The exact result of an int64 operation that overflowed (any inputs work;
 * the result is always a new bi_t, even when it would fit int64). */
bi_status bi_add_i64(bi_ctx *c, bi_t **out, int64_t a, int64_t b);
bi_status bi_sub_i64(bi_ctx *c, bi_t **out, int64_t a, int64_t b);
bi_status bi_mul_i64(bi_ctx *c, bi_t **out, int64_t a, int64_t b);
bi_status bi_neg_i64(bi_ctx *c, bi_t **out, int64_t a);       /* -INT64_MIN */
bi_status bi_lshift_i64(bi_ctx *c, bi_t **out, int64_t a, uint64_t n);

/* ---- inspection ---------------------------------------------------------- */
static inline int bi_sign(const bi_t *a) { return (a->size > 0) - (a->size < 0); }
static inline bool bi_is_zero(const bi_t *a) { return a->size == 0; }
static inline size_t bi_nlimbs(const bi_t *a)
{ return a->size < 0 ? (size_t)-(int64_t)a->size : (size_t)a->size; }
int bi_cmp(const bi_t *a, const bi_t *b);           /* -1, 0, 1 */
int bi_cmp_i64(const bi_t *a, int64_t v);
int bi_cmp_abs(const bi_t *a, const bi_t *b);       /* |a| vs |b| */
/* Exact comparison with a double, as CPython's int/float comparisons:
 * -1, 0, 1, or BI_CMP_UNORDERED when D is NaN. */
#define BI_CMP_UNORDERED 2
int bi_cmp_double(const bi_t *a, double d);
uint64_t bi_bit_length(const bi_t *a);              /* of |a| */
uint64_t bi_bit_count(const bi_t *a);               /* popcount of |a| */
/* hash(int) for 64-bit CPython: sign * (|a| mod 2**61-1), -1 -> -2. */
int64_t bi_hash(const bi_t *a);

/* ---- arithmetic (Python semantics) ----------------------------------- */
bi_status bi_add(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b);
bi_status bi_sub(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b);
bi_status bi_mul(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b);
bi_status bi_neg(bi_ctx *c, bi_t **out, const bi_t *a);
bi_status bi_abs(bi_ctx *c, bi_t **out, const bi_t *a);
/* Floor division: a == q*b + r, r has b's sign, |r| < |b|.  Either of Q and
 * R may be NULL when that half is not wanted. */
bi_status bi_divmod(bi_ctx *c, bi_t **q, bi_t **r, const bi_t *a, const bi_t *b);
bi_status bi_floordiv(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b);
bi_status bi_mod(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b);
/* a / b correctly rounded (round-half-even), as CPython's int/int. */
bi_status bi_truediv(bi_ctx *c, double *out, const bi_t *a, const bi_t *b);
/* base ** exp for exp >= 0 (BI_EARG otherwise: the VM makes a float). */
bi_status bi_pow(bi_ctx *c, bi_t **out, const bi_t *base, const bi_t *exp);
/* pow(base, exp, mod): result has mod's sign; a negative exp inverts base. */
bi_status bi_powmod(bi_ctx *c, bi_t **out, const bi_t *base, const bi_t *exp,
                    const bi_t *mod);
/* Upper bound on bit_length(base ** exp), UINT64_MAX when it does not fit:
 * compare with the memory limit before calling bi_pow. */
uint64_t bi_pow_result_bits(const bi_t *base, const bi_t *exp);

/* ---- bits (two's complement semantics for negatives) ------------------- */
bi_status bi_and(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b);
bi_status bi_or(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b);
bi_status bi_xor(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b);
bi_status bi_invert(bi_ctx *c, bi_t **out, const bi_t *a);
/* Shifts by an int count (negative: BI_ENEGSHIFT); right shifts floor. */
bi_status bi_lshift(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *n);
bi_status bi_rshift(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *n);
bi_status bi_lshift_u(bi_ctx *c, bi_t **out, const bi_t *a, uint64_t n);
bi_status bi_rshift_u(bi_ctx *c, bi_t **out, const bi_t *a, uint64_t n);
/* Bit length of a << n (0 for a == 0), UINT64_MAX when it overflows. */
uint64_t bi_lshift_result_bits(const bi_t *a, uint64_t n);

/* ---- math module ----------------------------------------------------- */
bi_status bi_gcd(bi_ctx *c, bi_t **out, const bi_t *a, const bi_t *b);  /* >= 0 */
bi_status bi_isqrt(bi_ctx *c, bi_t **out, const bi_t *a);

/* ---- floats -------------------------------------------------------------- */
/* float(a): correctly rounded, half to even; BI_EFLOAT past DBL_MAX. */
bi_status bi_to_double(const bi_t *a, double *out);
/* |a| = m * 2^e with 0.5 <= m < 1, m correctly rounded to 53 bits; returns
 * m with a's sign (0 for zero, e = 0).  For math.log & co. of ints past
 * DBL_MAX. */
double bi_frexp(const bi_t *a, int64_t *e);
/* int(d) for finite D (truncates toward zero); BI_EARG for inf/NaN. */
bi_status bi_from_double(bi_ctx *c, bi_t **out, double d);

/* ---- bytes ------------------------------------------------------------- */
/* int.to_bytes(len, byteorder, signed=...) into BUF[0..len). */
bi_status bi_to_bytes(const bi_t *a, unsigned char *buf, size_t len,
                      bool little, bool is_signed);
bi_status bi_from_bytes(bi_ctx *c, bi_t **out, const unsigned char *buf,
                        size_t len, bool little, bool is_signed);

/* ---- strings ------------------------------------------------------------- */
/* Digits of A in BASE (2..36), lowercase, '-' first when negative, no
 * prefix.  For bases that are not powers of two, more than
 * c->max_str_digits digits is BI_ESTRLIMIT_OUT (checked cheaply before the
 * conversion when the size alone decides it). */
/* Into a new NUL-terminated string of exactly *len + 1 bytes from c->a
 * (release it with c->a.free(ud, s, *len + 1)). */
bi_status bi_to_str(bi_ctx *c, const bi_t *a, int base, char **s, size_t *len);
/* Into BUF, which must hold bi_str_bound(a, base) bytes (no NUL added). */
bi_status bi_to_str_buf(bi_ctx *c, const bi_t *a, int base, char *buf,
                        size_t *len);
size_t bi_str_bound(const bi_t *a, int base);

/* The value of S[0..n), which must be nothing but digits of BASE (2..36,
 * either case): BI_ESYNTAX otherwise or when n == 0.  NEGATIVE gives the
 * sign.  Applies max_str_digits for non-power-of-2 bases. */
bi_status bi_from_digits(bi_ctx *c, bi_t **out, const char *s, size_t n,
                         int base, bool negative);
/* Exactly int(S, base) for BASE 0 or 2..36 on ASCII text: surrounding
 * whitespace (space \t \n \v \f \r), one sign, the 0x/0o/0b prefix (base 0
 * or the matching base, one '_' may follow it), single underscores between
 * digits, base 0's rule that a leading 0 means zero.  CPython first maps
 * non-ASCII Unicode digits and spaces to ASCII; the VM does that before
 * calling.  Errors: BI_ESYNTAX, BI_ESTRLIMIT_IN (then *ndigits, if not NULL,
 * holds the digit count for the message), BI_ENOMEM, BI_EARG (bad base). */
bi_status bi_parse(bi_ctx *c, bi_t **out, const char *s, size_t n, int base,
                   size_t *ndigits);

#endif
