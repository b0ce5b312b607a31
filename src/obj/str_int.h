/* Internals shared by the str, bytes and bytearray files (obj/str*.c,
 * obj/bytes*.c, obj/bytearray.c): allocation of str objects, views for the
 * str kernel, argument checking with CPython's messages, and small helpers.
 * Not for use outside those files. */
#ifndef KR_OBJ_STR_INT_H
#define KR_OBJ_STR_INT_H

#include <string.h>

#include "../str/str_ops.h"
#include "../util/strbuf.h"
#include "../vm/rt.h"
#include "exc.h"
#include "str.h"

extern const heap_class kstr_heap_class;
int64_t kstr_hash_bytes(const char *s, size_t n);

/* ---- str allocation ------------------------------------------------------
 * kstr_alloc: an exact str with room for NBYTES bytes (data[nbytes] = 0
 * already); the caller writes the bytes and then calls kstr_finish with the
 * character count and ASCII-ness.  kstr_alloc_type: the same for type T
 * (a str subclass gets its data in a separate block, since its instance
 * block has a fixed size). */
kr_str *kstr_alloc(kr_rt *rt, size_t nbytes);
kr_str *kstr_alloc_type(kr_rt *rt, kr_type *t, size_t nbytes);
static inline void kstr_finish(kr_str *s, int64_t len, int ascii)
{
    s->len = len;
    if (ascii) s->obj.aux |= KS_ASCII;
}
/* Counts characters of UTF-8 S[0..n) and tells whether it is all ASCII. */
size_t kstr_count_chars(const char *s, size_t n, int *ascii);
/* A str of bytes S[0..n) that is known to be ASCII when ASCII is 1 (0: count). */
kr_str *kstr_new_hint(kr_rt *rt, const char *s, size_t n, int ascii);
/* Takes the bytes of SB (freeing it): a new str, or NULL with MemoryError. */
kr_str *kstr_from_sb(kr_rt *rt, strbuf *sb);
/* The empty str. */
kr_str *kstr_empty(kr_rt *rt);
/* An exact-str copy of S (S itself when it is exact). */
kr_str *kstr_exact(kr_rt *rt, kr_str *s);
/* Piece S->data[off .. off+n) of S as a new str (S itself for the whole of
 * an exact str). */
kr_str *kstr_piece(kr_rt *rt, kr_str *s, size_t off, size_t n);

/* The view the str kernel works on. */
static inline so_view kstr_view(const kr_str *s)
{
    so_view v = { s->data, (size_t)s->nbytes, (size_t)s->len, (s->obj.aux & KS_ASCII) != 0 };
    return v;
}
static inline bool kstr_is_ascii(const kr_str *s) { return (s->obj.aux & KS_ASCII) != 0; }
/* Byte offset of character CI (0 <= CI <= len), through the lazy index. */
size_t kstr_byte_offset(kr_rt *rt, kr_str *s, int64_t ci);

static inline kr_str *kstr_of(kr_val v) { return (kr_str *)(void *)kv_as_obj(v); }

/* The most bytes a new result may take: what is left under the memory
 * limit (refusing earlier than the allocator does). */
size_t kstr_cap(kr_rt *rt);
/* Maps a kernel status to its exception: KR_OK, or KR_ERR.  OVERFLOW_MSG
 * is the OverflowError message for SO_OVERFLOW. */
int kstr_so_status(kr_rt *rt, so_status st, const char *overflow_msg);

/* ---- argument checking with CPython's exact messages ---------------------
 * TNAME is the type's name as messages show it ("str", "bytes").
 *   sa_noargs:  METH_NOARGS  "str.lower() takes no arguments (1 given)"
 *   sa_onearg:  METH_O       "str.join() takes exactly one argument (0 given)"
 *   sa_pos:     positional-only clinic, "find expected at least 1 argument,
 *               got 0"; keywords: "str.find() takes no keyword arguments"
 *   sa_kw:      clinic with keywords: NAMES is "sep,maxsplit" (all
 *               positional-or-keyword); OUT gets one value per name (UNDEF
 *               when absent).  NPOSONLY leading ones are positional-only.
 * Each returns KR_OK or KR_ERR. */
int sa_noargs(kr_rt *rt, const char *tname, const char *fname, int nargs, kr_obj *kwnames);
int sa_onearg(kr_rt *rt, const char *tname, const char *fname, int nargs, kr_obj *kwnames);
int sa_pos(kr_rt *rt, const char *tname, const char *fname, int nargs, kr_obj *kwnames,
           int min, int max);
int sa_kw(kr_rt *rt, const char *fname, const char *names, int nposonly, int min,
          const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out);
/* "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object":
 * an unbound method called with a SELF of the wrong type (str.upper(5)). */
int sa_bad_self(kr_rt *rt, const char *tname, const char *mname, kr_val self);
/* Defines native method NAME whose body follows, checked to receive a SELF
 * for which CHECK(self) holds; PYNAME (a string) names it in the error. */
#define SA_METHOD(name, check, tname, pyname) \
    static int name##_body(kr_rt *rt, kr_val self, const kr_val *args, int nargs, \
                           kr_obj *kwnames, kr_val *out); \
    static int name(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, \
                    kr_val *out) \
    { \
        if (!(check(self))) return sa_bad_self(rt, tname, pyname, self); \
        return name##_body(rt, self, args, nargs, kwnames, out); \
    } \
    static int name##_body(kr_rt *rt, kr_val self, const kr_val *args, int nargs, \
                           kr_obj *kwnames, kr_val *out)
/* The type name Argument Clinic's "must be str, not X" shows: "None" for
 * None (not "NoneType"). */
static inline const char *sa_tname(kr_val v) { return kv_is_none(v) ? "None" : kr_type_name(v); }
static inline int sa_nkw(kr_obj *kwnames)
{
    return kwnames ? (int)((kr_tuple *)(void *)kwnames)->len : 0;
}

/* An int argument as int64 (ints, bools, __index__): CPython's
 * "'float' object cannot be interpreted as an integer" TypeError, and
 * OverflowError "Python int too large to convert to C ssize_t" when it does
 * not fit (CLAMP: clamp instead, as slice-like indices do). */
int sa_index(kr_rt *rt, kr_val v, int64_t *out, bool clamp);
/* find/count style START/END arguments (None allowed): "slice indices must
 * be integers or None or have an __index__ method". */
int sa_slice_index(kr_rt *rt, kr_val v, int64_t *out);

/* ---- operations shared between the files ---- */
/* str(v): exact strs as they are, else the str slot (or repr). */
int kstr_tostr(kr_rt *rt, kr_val v, kr_val *out);
/* FMT % ARGS */
int kstr_percent(kr_rt *rt, kr_str *fmt, kr_val args, kr_val *out);
/* bytes % ARGS, appended to OUT */
int kbytes_percent(kr_rt *rt, const unsigned char *fmt, size_t n, kr_val args, strbuf *out);
/* sep.join(iterable) */
int kstr_join(kr_rt *rt, kr_str *sep, kr_val iterable, kr_val *out);
/* s * n */
int kstr_repeat(kr_rt *rt, kr_str *s, int64_t n, kr_val *out);
/* The count of a sequence repeat: *OK 0 means NotImplemented. */
int kstr_repeat_count(kr_rt *rt, kr_val n, int64_t *count, int *ok);
/* s[start::step] of SLEN characters (adjusted indices) */
int kstr_slice(kr_rt *rt, kr_str *s, int64_t start, int64_t step, int64_t slen, kr_val *out);
/* -1, 0, 1 */
int kstr_compare(const kr_str *a, const kr_str *b);
/* An index for s[i]: *IS_INDEX 0 when KEY is not an integer type. */
int kstr_index_arg(kr_rt *rt, kr_val key, int64_t *i, int *is_index);

/* ---- codecs (obj/str_codec.c) -------------------------------------------- */
/* Normalised codec: KC_UTF8, KC_ASCII, KC_LATIN1, or -1 (LookupError
 * raised: "unknown encoding: x"). */
enum { KC_UTF8, KC_ASCII, KC_LATIN1, KC_UTF16, KC_UTF32 };
int kcodec_lookup(kr_rt *rt, const char *name, size_t n);
/* Encodes str S with ERRORS (NULL: strict) into a new bytes. */
int kcodec_encode(kr_rt *rt, kr_str *s, int codec, const char *encname, const char *errors,
                  kr_val *out);
/* Decodes bytes P[0..n) into a new str. */
int kcodec_decode(kr_rt *rt, const unsigned char *p, size_t n, int codec,
                  const char *encname, const char *errors, kr_val *out);

#endif
