/* bytes and bytearray objects (obj/bytes*.c, obj/bytearray.c). */
#ifndef KR_OBJ_BYTES_H
#define KR_OBJ_BYTES_H

#include "types.h"

/* A new bytes of N bytes: a copy of P (NULL: zeros).  NULL with
 * MemoryError when refused. */
kr_bytes *kbytes_new(kr_rt *rt, const void *p, size_t n);
static inline kr_val kbytes_val(kr_bytes *b) { return kv_obj(&b->obj); }
/* A new bytearray holding a copy of P[0..n) (P NULL: zeros). */
kr_bytearray *kbytearray_new(kr_rt *rt, const void *p, size_t n);
/* The bytes of a bytes-like value (bytes, bytearray and their subclasses):
 * false when V is not one. */
bool kbytes_buffer(kr_val v, const unsigned char **p, size_t *n);
/* The bytes of a contiguous memoryview (obj/memoryview.c): false when V
 * is not one. */
bool kmemview_buffer(kr_val v, const unsigned char **p, size_t *n);
/* Python hash of a bytes (cached). */
int64_t kbytes_hash(kr_bytes *b);

#endif
