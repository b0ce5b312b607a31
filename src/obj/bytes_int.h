/* Internals shared by bytes.c, bytes_methods.c and bytearray.c (kb_
 * prefix). */
#ifndef KR_OBJ_BYTES_INT_H
#define KR_OBJ_BYTES_INT_H

#include "bytes.h"
#include "str_int.h"

static inline bool kv_is_bytes(kr_val v)
{
    return kv_is_obj(v) && kr_isinstance(v, &kt_bytes);
}
static inline bool kv_is_bytearray(kr_val v)
{
    return kv_is_obj(v) && kr_isinstance(v, &kt_bytearray);
}
/* The type name messages use for SELF ("bytes" / "bytearray"). */
static inline const char *kb_tname(kr_val self)
{
    return kv_is_bytearray(self) ? "bytearray" : "bytes";
}
/* A result of SELF's kind (bytes for bytes, bytearray for bytearray). */
int kb_result(kr_rt *rt, kr_val self, const void *p, size_t n, kr_val *out);
/* An empty bytes (cached per runtime is not needed: cheap). */
kr_bytes *kb_alloc(kr_rt *rt, kr_type *t, size_t n);

/* Bytes-like argument: "a bytes-like object is required, not 'str'". */
int kb_need_buffer(kr_rt *rt, kr_val v, const unsigned char **p, size_t *n);
/* An int in range(256): "byte must be in range(0, 256)" (ValueError) or
 * the index TypeError. */
int kb_byte_value(kr_rt *rt, kr_val v, int *out);

/* Python's bytes whitespace: space \t \n \r \v \f. */
static inline int kb_isspace(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Comparison of two byte strings: -1, 0, 1. */
int kb_compare(const unsigned char *a, size_t an, const unsigned char *b, size_t bn);

/* bytearray helpers (bytearray.c) */
int kba_resize(kr_rt *rt, kr_bytearray *b, size_t n);
/* Collects the byte values of an iterable of ints into SB; MSG is the
 * ValueError text for a value outside range(256). */
int kb_from_iterable(kr_rt *rt, kr_val it, strbuf *sb, const char *msg);
/* The constructor shared by bytes() and bytearray(): the bytes for
 * (source, encoding, errors), appended to SB. */
int kb_construct(kr_rt *rt, const char *fname, const kr_val *args, int nargs, kr_obj *kwnames,
                 strbuf *sb);

extern const kr_cfunc *const kbytes_methods[];
extern const kr_cfunc *const kbytearray_methods[];

#endif
