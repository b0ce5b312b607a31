/* Values: what a Python variable, stack slot or container element holds.
 *
 * A value is 16 bytes: a tag word and a payload.  None, bools, ints that fit
 * in 64 bits and floats are stored inline; everything else is a pointer to a
 * heap object.  An int is inline if and only if it fits in int64, so two
 * equal ints always have the same representation.  Nothing outside this
 * header reads the tag directly: use the inline functions, so the layout can
 * change without touching callers.  The tag is a full word so that a value
 * has no padding bytes (snapshots and memcmp see only meaningful bits). */
#ifndef KR_VM_VALUE_H
#define KR_VM_VALUE_H

#include <stdint.h>

typedef struct kr_obj kr_obj;

typedef enum {
    KV_UNDEF = 0,   /* an unbound local or empty slot; never seen by Python */
    KV_NONE,
    KV_FALSE,
    KV_TRUE,
    KV_INT,         /* u.i */
    KV_FLOAT,       /* u.f */
    KV_OBJ,         /* u.o, never NULL */
} kv_tag;

typedef struct kr_val {
    uint64_t tag;
    union { int64_t i; double f; kr_obj *o; } u;
} kr_val;

static inline kr_val kv_undef(void) { kr_val v = { KV_UNDEF, { .i = 0 } }; return v; }
static inline kr_val kv_none(void) { kr_val v = { KV_NONE, { .i = 0 } }; return v; }
static inline kr_val kv_bool(int b) { kr_val v = { b ? KV_TRUE : KV_FALSE, { .i = 0 } }; return v; }
static inline kr_val kv_int(int64_t i) { kr_val v = { KV_INT, { .i = i } }; return v; }
static inline kr_val kv_float(double f) { kr_val v = { KV_FLOAT, { .f = f } }; return v; }
static inline kr_val kv_obj(kr_obj *o) { kr_val v = { KV_OBJ, { .o = o } }; return v; }

static inline int kv_is_undef(kr_val v) { return v.tag == KV_UNDEF; }
static inline int kv_is_none(kr_val v) { return v.tag == KV_NONE; }
static inline int kv_is_bool(kr_val v) { return v.tag == KV_FALSE || v.tag == KV_TRUE; }
static inline int kv_is_int(kr_val v) { return v.tag == KV_INT; }
static inline int kv_is_float(kr_val v) { return v.tag == KV_FLOAT; }
static inline int kv_is_obj(kr_val v) { return v.tag == KV_OBJ; }

static inline int64_t kv_as_int(kr_val v) { return v.u.i; }
static inline double kv_as_float(kr_val v) { return v.u.f; }
static inline kr_obj *kv_as_obj(kr_val v) { return v.u.o; }
static inline int kv_as_bool(kr_val v) { return v.tag == KV_TRUE; }

/* Same representation: identity for objects, equal payloads otherwise
 * (Python's "is" for immediates: ints and floats compare by value and
 * bit pattern respectively, as CPython's small-object identity cannot be
 * relied on anyway). */
static inline int kv_same(kr_val a, kr_val b)
{
    if (a.tag != b.tag) return 0;
    if (a.tag == KV_FLOAT) return a.u.i == b.u.i;   /* bitwise: nan is nan */
    return a.u.i == b.u.i;
}

#endif
