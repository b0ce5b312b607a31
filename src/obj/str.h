/* str objects (obj/str*.c).  Constructors return NULL with MemoryError set
 * when the memory limit refuses. */
#ifndef KR_OBJ_STR_H
#define KR_OBJ_STR_H

#include <stdarg.h>

#include "types.h"

/* A new str from UTF-8 S[0..n) (already valid: the caller guarantees it). */
kr_str *kstr_new(kr_rt *rt, const char *s, size_t n);
kr_str *kstr_cstr(kr_rt *rt, const char *s);
/* printf-style (%s of C strings, %d/%lld/%zu numbers, %U a kr_str *, %R the
 * repr of a kr_val * is NOT supported: build those with kr_repr first). */
kr_str *kstr_fmt(kr_rt *rt, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The interned str with these bytes (created if needed); identifiers and
 * attribute names are always interned, so they compare by pointer. */
kr_str *kstr_intern(kr_rt *rt, const char *s, size_t n);
kr_str *kstr_intern_cstr(kr_rt *rt, const char *s);
static inline kr_val kstr_val(kr_str *s) { return kv_obj(&s->obj); }
static inline const char *kstr_data(const kr_obj *s) { return ((const kr_str *)(const void *)s)->data; }
static inline int64_t kstr_nbytes(const kr_obj *s) { return ((const kr_str *)(const void *)s)->nbytes; }
/* Python hash of a str (cached). */
int64_t kstr_hash(kr_str *s);
bool kstr_eq(const kr_str *a, const kr_str *b);
/* Equal to the C string S (by bytes). */
bool kstr_eq_cstr(const kr_str *a, const char *s);
/* a + b */
kr_str *kstr_concat(kr_rt *rt, kr_str *a, kr_str *b);
/* The i-th character as a str (0 <= i < len). */
kr_str *kstr_char_at(kr_rt *rt, kr_str *s, int64_t i);
/* A one-character str for code point CP (cached for ASCII). */
kr_str *kstr_from_cp(kr_rt *rt, uint32_t cp);

/* ---- additions by the str module ---- */
kr_str *kstr_vfmt(kr_rt *rt, const char *fmt, va_list ap);
/* The interned str equal to S (S itself, now interned, when it is the
 * first; a copy for a str subclass).  NULL with MemoryError. */
kr_str *kstr_intern_str(kr_rt *rt, kr_str *s);
/* s += t in place: the interpreter calls it only when nothing but the
 * target variable refers to A.  KR_OK done; KR_STOP: A cannot change in
 * place (a subclass, interned or cached str): use kstr_concat; KR_ERR
 * MemoryError. */
int kstr_append_inplace(kr_rt *rt, kr_str *a, kr_str *b);
/* format(v, spec) (SPEC a str or NULL for ''): the built-in types natively,
 * others through type(v).__format__.  *out is a str. */
int kstr_format_value(kr_rt *rt, kr_val v, kr_str *spec, kr_val *out);
/* str() of a UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError
 * from its attributes (encoding, object, start, end, reason), as CPython's
 * __str__ of those types: for exc.c's str slot. */
int kcodec_exc_str(kr_rt *rt, kr_exc *e, kr_val *out);
/* ascii(v) */
int kstr_ascii(kr_rt *rt, kr_val v, kr_val *out);

#endif
