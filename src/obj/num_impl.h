/* Shared internals of the number types (obj/int*.c, bool.c, float*.c,
 * complex*.c).  Not for other modules: they use num.h. */
#ifndef KR_OBJ_NUM_IMPL_H
#define KR_OBJ_NUM_IMPL_H

#include <math.h>
#include <string.h>

#include "../compile/opcodes.h"
#include "../util/strbuf.h"
#include "../vm/call.h"
#include "../vm/rt.h"
#include "exc.h"
#include "num.h"
#include "seq.h"
#include "str.h"

/* In-place operators are the plain ones for immutable numbers. */
static inline int knum_plain_op(int op)
{
    return op >= OPB_INPLACE_ADD ? op - OPB_INPLACE_ADD + OPB_ADD : op;
}

/* Whether an operand of an in-place operator may be handled by the number
 * slots directly: a user object (a subclass instance) must get its chance
 * at the reflected method first, which only the plain operator gives. */
static inline bool knum_plain_operand(kr_val v)
{
    return !kv_is_obj(v) || !(kv_as_obj(v)->type->flags & KT_HEAPTYPE);
}

static inline bool kint_is_subtype(const kr_type *t)
{
    return t == &kt_int || (t->flags & KT_INT_SUB) || kr_is_subtype(t, &kt_int);
}
static inline bool kfloat_is_subtype(const kr_type *t)
{
    return t == &kt_float || kr_is_subtype(t, &kt_float);
}
static inline bool kcomplex_is_subtype(const kr_type *t)
{
    return t == &kt_complex || kr_is_subtype(t, &kt_complex);
}

/* A str value from C text; KR_ERR (MemoryError) when refused. */
static inline int knum_str(kr_rt *rt, const char *s, size_t n, kr_val *out)
{
    kr_str *r = kstr_new(rt, s, n);
    if (!r) return KR_ERR;
    *out = kstr_val(r);
    return KR_OK;
}

/* The most bytes a formatting result may take (the rest of the budget). */
static inline size_t knum_max_bytes(kr_rt *rt)
{
    const mem_state *m = &rt->heap.mem;
    if (!m->limit) return (size_t)1 << 40;
    return m->used < m->limit ? m->limit - m->used : 0;
}

/* Refuses (MemoryError) a result of about BITS bits that cannot fit. */
int knum_check_bits(kr_rt *rt, uint64_t bits);

/* A new exact int holding the value (copies BIG). */
int kint_make(kr_rt *rt, int64_t small, const bi_t *big, kr_val *out);
/* Like kint_status with the digit count for BI_ESTRLIMIT_IN's message. */
int kint_status_n(kr_rt *rt, bi_status st, size_t ndigits);
/* An instance of int subclass T (T != kt_int) holding exact int V. */
int kint_new_sub(kr_rt *rt, kr_type *t, kr_val v, kr_val *out);
/* int(x) / int(x, base) for exact int results (obj/int_new.c). */
int kint_construct(kr_rt *rt, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out);
/* The rounded value of a double as an int (round(x) with no ndigits). */
int kint_round_double(kr_rt *rt, double x, kr_val *out);

/* Slots shared with bool. */
int kint_repr(kr_rt *rt, kr_val v, kr_val *out);
int kint_hash(kr_rt *rt, kr_val v, int64_t *out);
int kint_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out);
int kint_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out);
int kint_unop(kr_rt *rt, int op, kr_val a, kr_val *out);
int kint_truth(kr_rt *rt, kr_val v, int *out);

/* Number-type slots used across files. */
int kfloat_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out);
int kcomplex_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out);
/* x ** y for doubles, CPython's float_pow (may return a complex). */
int kfloat_pow(kr_rt *rt, double x, double y, kr_val *out);
/* a ** b for complex parts, CPython's complex_pow. */
int kcomplex_pow(kr_rt *rt, double ar, double ai, double br, double bi, kr_val *out);
/* A float value: inline for exact float, else an instance of subclass T. */
int kfloat_make(kr_rt *rt, kr_type *t, double d, kr_val *out);
/* Exact comparison of an int with a double (nan: unordered). */
int kint_cmp_double(int64_t small, const bi_t *big, double d);
/* Result of comparison OP given an ordering C (-1, 0, 1, or
 * BI_CMP_UNORDERED). */
static inline bool knum_cmp_result(int c, int op)
{
    if (c == BI_CMP_UNORDERED) return op == KR_NE;
    switch (op) {
    case KR_LT: return c < 0;
    case KR_LE: return c <= 0;
    case KR_EQ: return c == 0;
    case KR_NE: return c != 0;
    case KR_GT: return c > 0;
    default: return c >= 0;
    }
}
/* A real number (int of any kind or float) as a double; false when V is
 * neither, KR_ERR-style failure through *ERR (int too large). */
int knum_real(kr_rt *rt, kr_val v, double *out, bool *is_real);

/* OverflowError (34, 'Numerical result out of range'), as CPython's
 * PyErr_SetFromErrno(OverflowError) with ERANGE. */
int knum_erange(kr_rt *rt);

/* Number text to ASCII (int(), float(), complex() of a str): non-ASCII
 * decimal digits become ASCII, non-ASCII spaces ' ', other non-ASCII '?'.
 * *BUF: NULL when S is ASCII (use S), else a mem block of N + 1 bytes
 * holding *BLEN bytes (free it with size N + 1). */
int knum_ascii_number(kr_rt *rt, const char *s, size_t n, char **buf, size_t *blen);

/* divmod(A, B) with a binop slot: a tuple, or NotImplemented. */
int knum_divmod(kr_rt *rt, int (*slot)(kr_rt *, int, kr_val, kr_val, kr_val *),
                kr_val a, kr_val b, kr_val *out);

/* Method tables. */
extern const kr_cfunc *const kint_methods[];
extern const kr_cfunc *const kfloat_methods[];
extern const kr_cfunc *const kcomplex_methods[];

/* Formatting: int.__format__ (bool's too); the str or exception for a
 * fmt_* status (frees both buffers); str(v) for an empty format spec. */
int knum_format_int(kr_rt *rt, kr_val self, kr_val spec, kr_val *out);
int knum_fmt_finish(kr_rt *rt, int st, strbuf *sb, strbuf *err, kr_val *out);
int knum_str_of(kr_rt *rt, kr_val v, kr_val *out);

#endif
