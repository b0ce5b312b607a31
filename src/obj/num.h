/* int, bool, float, complex (obj/int*.c, obj/bool.c, obj/float*.c,
 * obj/complex*.c).
 *
 * Representation.  An int that fits int64 is the inline KV_INT; a bigger
 * exact int is a kr_bigint (type kt_int).  Instances of user subclasses of
 * int are kr_bigint-layout objects of the subclass whose bi_t may hold any
 * value, small ones included.  bool is the KV_FALSE / KV_TRUE tags.  A float
 * is the inline KV_FLOAT; instances of float subclasses are kr_floatobj.
 * complex numbers are kr_complex objects (types.h). */
#ifndef KR_OBJ_NUM_H
#define KR_OBJ_NUM_H

#include "types.h"

/* An instance of a user subclass of float. */
typedef struct kr_floatobj {
    kr_obj obj;
    double f;
} kr_floatobj;

/* An int value from a bigint result: inline if it fits (B is then freed),
 * else a new kr_bigint owning B.  KR_ERR (MemoryError) frees B too. */
int kint_from_bi(kr_rt *rt, bi_t *b, kr_val *out);
/* Maps a bigint kernel status to its exception (KR_ERR), or KR_OK. */
int kint_status(kr_rt *rt, bi_status st);
/* Parses an int literal's digits (compiler constants, int(str)). */
int kint_from_digits(kr_rt *rt, const char *s, size_t n, int base, bool neg, kr_val *out);
/* int64 of an int value (bools included); KR_ERR OverflowError when it
 * does not fit ("Python int too large to convert to C long"), TypeError
 * when V is not an int. */
int kint_as_i64(kr_rt *rt, kr_val v, int64_t *out);
/* The index protocol (__index__): an exact int (bools and int subclasses
 * become plain ints); other objects' __index__ runs (nested call). */
int kint_index(kr_rt *rt, kr_val v, kr_val *out);
/* As kint_index, then to int64: IndexError "cannot fit 'int' into an
 * index-sized integer" when it does not fit, as CPython for indices. */
int kint_index_i64(kr_rt *rt, kr_val v, int64_t *out);
/* As kint_index_i64 with CPython's PyNumber_AsSsize_t(v, EXC): EXC NULL
 * clamps to INT64_MIN / INT64_MAX, else raises EXC with that message. */
int kint_index_ssize(kr_rt *rt, kr_val v, kr_type *exc, int64_t *out);

/* The value of an int of any kind (bools, big ints, subclass instances):
 * *SMALL when it fits int64 (*BIG NULL), else *BIG.  False when V is not
 * an int. */
bool kint_value(kr_val v, int64_t *small, const bi_t **big);
/* int(d) of a float: OverflowError for infinities, ValueError for NaN. */
int kint_from_double(kr_rt *rt, double d, kr_val *out);
int kint_from_u64(kr_rt *rt, uint64_t u, kr_val *out);
/* Digits of int V in BASE (2, 8, 10, 16; others 2..36 without prefix) as a
 * str, with "0b" / "0o" / "0x" when PREFIX (bin / oct / hex). */
int kint_to_base(kr_rt *rt, kr_val v, int base, bool prefix, kr_val *out);
/* float(v) for an int of any kind: OverflowError "int too large to convert
 * to float". */
int kint_to_double(kr_rt *rt, kr_val v, double *out);

/* ---- int64 fast paths for the dispatch loop ----------------------------
 * Exactly Python's result for two inline ints; the slow halves promote to
 * a big int (or raise). */
int kint_add_slow(kr_rt *rt, int64_t a, int64_t b, kr_val *out);
int kint_sub_slow(kr_rt *rt, int64_t a, int64_t b, kr_val *out);
int kint_mul_slow(kr_rt *rt, int64_t a, int64_t b, kr_val *out);
/* Any binary operator (op_binop, in-place forms included) on two int64s. */
int kint_binop_i64(kr_rt *rt, int op, int64_t a, int64_t b, kr_val *out);
/* Any binary operator on two doubles (float op float). */
int kfloat_binop_d(kr_rt *rt, int op, double a, double b, kr_val *out);

static inline int kint_add_i64(kr_rt *rt, int64_t a, int64_t b, kr_val *out)
{
    int64_t r;
    if (__builtin_expect(!__builtin_add_overflow(a, b, &r), 1)) { *out = kv_int(r); return KR_OK; }
    return kint_add_slow(rt, a, b, out);
}
static inline int kint_sub_i64(kr_rt *rt, int64_t a, int64_t b, kr_val *out)
{
    int64_t r;
    if (__builtin_expect(!__builtin_sub_overflow(a, b, &r), 1)) { *out = kv_int(r); return KR_OK; }
    return kint_sub_slow(rt, a, b, out);
}
static inline int kint_mul_i64(kr_rt *rt, int64_t a, int64_t b, kr_val *out)
{
    int64_t r;
    if (__builtin_expect(!__builtin_mul_overflow(a, b, &r), 1)) { *out = kv_int(r); return KR_OK; }
    return kint_mul_slow(rt, a, b, out);
}

/* ---- float -------------------------------------------------------------- */
/* The value of a float or float-subclass instance; false otherwise. */
bool kfloat_value(kr_val v, double *out);
/* PyFloat_AsDouble: floats, then __float__, then __index__ (nested calls);
 * TypeError "must be real number, not str". */
int kfloat_coerce(kr_rt *rt, kr_val v, double *out);
/* Hash of a float, CPython's algorithm (NaN hashes to 0 here: floats are
 * values, not objects with an identity). */
int64_t kfloat_hash(double d);
/* Hash of an int64, CPython's algorithm (hash(-1) == -2). */
int64_t kint_hash_i64(int64_t v);
/* repr of a float into BUF (>= 32 bytes); returns the length. */
int kfloat_repr(double d, char *buf);

/* ---- complex -------------------------------------------------------------- */
/* A complex value. */
kr_obj *kcomplex_new(kr_rt *rt, double re, double im);
/* The parts of a complex or complex-subclass instance; false otherwise. */
bool kcomplex_value(kr_val v, double *re, double *im);

#endif
