/* Layouts of the built-in objects, and the static type objects.  Each type's
 * operations live in its own file (obj/str.c, obj/list.c, ...) with a prefix
 * of its own; this header is the one place the structs are declared, so
 * every part of the VM can reach into them. */
#ifndef KR_OBJ_TYPES_H
#define KR_OBJ_TYPES_H

#include "../num/bigint.h"
#include "../vm/dictkeys.h"
#include "object.h"

/* ---- the static type objects (one per built-in type) ---- */
#define KR_BUILTIN_TYPES(X) \
    X(object) X(type) X(NoneType) X(NotImplementedType) X(ellipsis) \
    X(bool) X(int) X(float) X(complex) \
    X(str) X(bytes) X(bytearray) \
    X(tuple) X(list) X(dict) X(set) X(frozenset) X(range) X(slice) \
    X(function) X(builtin_function) X(method) X(code) X(cell) X(module) \
    X(property) X(staticmethod) X(classmethod) X(super) \
    X(generator) X(coroutine) X(async_generator) \
    X(traceback) \
    X(str_iterator) X(bytes_iterator) X(tuple_iterator) X(list_iterator) \
    X(list_reverseiterator) X(range_iterator) X(set_iterator) \
    X(dict_keys) X(dict_values) X(dict_items) \
    X(dict_keyiterator) X(dict_valueiterator) X(dict_itemiterator) \
    X(dict_reversekeyiterator) X(dict_reversevalueiterator) \
    X(dict_reverseitemiterator) \
    X(enumerate) X(zip) X(map) X(filter) X(reversed) \
    X(callable_iterator) X(seq_iterator) \
    X(method_wrapper) X(mappingproxy) X(memoryview)

#define KR_DECLARE_TYPE(n) extern kr_type kt_##n;
KR_BUILTIN_TYPES(KR_DECLARE_TYPE)
#undef KR_DECLARE_TYPE

/* ---- str: UTF-8, immutable (except the in-place `+=` of a str only one
 * variable refers to; see str.c).  DATA is NUL-terminated. ---- */
typedef struct kr_str {
    kr_obj obj;                 /* obj.aux: KS_* flags */
    int64_t len;                /* characters */
    int64_t nbytes;
    int64_t hash;               /* -1: not computed */
    char *data;                 /* INL, or a separate block of CAP bytes */
    size_t cap;                 /* 0: data is inline */
    uint32_t *index;            /* byte offset of every 64th char; lazily */
    char inl[];
} kr_str;
#define KS_ASCII    0x1u
#define KS_INTERNED 0x2u
/* Only one fast local holds this str (made by `x += y`, see LOAD_FAST_AUG
 * in compile/opcodes.def): the next `x += y` may append in place.  Any
 * other read of the local clears it. */
#define KS_FRESH    0x10u

/* ---- bytes (immutable, inline) and bytearray ---- */
typedef struct kr_bytes {
    kr_obj obj;
    int64_t len;
    int64_t hash;               /* -1: not computed */
    unsigned char data[];       /* NUL-terminated */
} kr_bytes;

typedef struct kr_bytearray {
    kr_obj obj;
    int64_t len;
    size_t cap;
    unsigned char *data;
} kr_bytearray;

/* ---- numbers: ints outside int64 and complex (int64 and float inline) ---- */
typedef struct kr_bigint {
    kr_obj obj;
    bi_t *b;                    /* never fits int64 (invariant of value.h) */
} kr_bigint;

typedef struct kr_complex {
    kr_obj obj;
    double re, im;
} kr_complex;

/* ---- containers ---- */
typedef struct kr_tuple {
    kr_obj obj;
    int64_t len;
    int64_t hash;               /* -1: not computed (tuples of builtins) */
    kr_val items[];
} kr_tuple;

typedef struct kr_list {
    kr_obj obj;
    int64_t len;
    int64_t cap;
    kr_val *items;
} kr_list;

typedef struct kr_dict {
    kr_obj obj;
    dk_table t;
} kr_dict;

typedef struct kr_set {
    kr_obj obj;
    dk_table t;                 /* values unused (None) */
    int64_t hash;               /* frozenset: -1 not computed */
} kr_set;

typedef struct kr_range {
    kr_obj obj;
    int64_t start, stop, step, len;
} kr_range;

typedef struct kr_slice {
    kr_obj obj;
    kr_val start, stop, step;
} kr_slice;

/* Views of a dict (keys/values/items). */
typedef struct kr_dictview {
    kr_obj obj;
    kr_dict *d;
} kr_dictview;

/* Iterators over a sequence or dict: SEQ is the container, POS the next
 * index (entry index for dicts), LEN/VERSION what a dict had at creation. */
typedef struct kr_seqiter {
    kr_obj obj;
    kr_val seq;                 /* UNDEF once exhausted */
    int64_t pos;
    int64_t len;
    uint64_t version;
} kr_seqiter;

typedef struct kr_rangeiter {
    kr_obj obj;
    int64_t next, step, left;
} kr_rangeiter;

/* ---- functions and code ---- */
typedef struct kr_code kr_code;

typedef struct kr_cell {
    kr_obj obj;
    kr_val v;                   /* UNDEF: empty */
} kr_cell;

typedef struct kr_func {
    kr_obj obj;
    kr_code *code;
    kr_obj *globals;            /* dict */
    kr_obj *builtins;           /* dict */
    kr_obj *name, *qualname;    /* str */
    kr_obj *defaults;           /* tuple or NULL */
    kr_obj *kwdefaults;         /* dict or NULL */
    kr_obj *closure;            /* tuple of cells or NULL */
    kr_obj *dict;               /* __dict__ or NULL */
    kr_obj *typeparams;         /* tuple or NULL */
    kr_val doc, module, annotate, annotations;
} kr_func;

typedef struct kr_method {      /* a bound method */
    kr_obj obj;
    kr_val func;
    kr_val self;
} kr_method;

/* A native function bound to an object (or a native function created at
 * run time, SELF UNDEF). */
typedef struct kr_boundnative {
    kr_obj obj;
    const kr_cfunc *f;
    kr_val self;
} kr_boundnative;

typedef struct kr_module {
    kr_obj obj;
    kr_obj *dict;
    kr_obj *name;               /* str */
} kr_module;

/* property, staticmethod, classmethod */
typedef struct kr_property {
    kr_obj obj;
    kr_val fget, fset, fdel, doc;
    kr_val name;
} kr_property;

typedef struct kr_wrapper {     /* staticmethod / classmethod */
    kr_obj obj;
    kr_val f;
    kr_obj *dict;
} kr_wrapper;

typedef struct kr_super {
    kr_obj obj;
    kr_type *type;              /* the class super() was called in */
    kr_val self;                /* UNDEF: unbound */
    kr_type *self_type;
} kr_super;

/* Instances of user classes whose only built-in base is object. */
typedef struct kr_instance {
    kr_obj obj;
    kr_obj *dict;               /* KT_HAS_DICT: dict_offset points here */
} kr_instance;

/* ---- exceptions: every exception type shares this layout; attributes
 * other than these (StopIteration.value, OSError.errno, KeyError's key
 * ...) live in DICT, created with the exception. ---- */
typedef struct kr_exc {
    kr_obj obj;
    kr_obj *dict;
    kr_obj *args;               /* tuple */
    kr_obj *traceback;          /* kr_traceback or NULL */
    kr_val cause, context;      /* UNDEF: None */
    kr_obj *notes;              /* list or NULL */
    bool suppress_context;
} kr_exc;

/* One traceback entry: the frame's code and the line being run. */
typedef struct kr_traceback {
    kr_obj obj;
    kr_obj *next;               /* towards the raise point */
    kr_code *code;
    int32_t lasti;              /* code unit index */
    int32_t lineno;
} kr_traceback;

/* ---- the exception types ---- */
#define KR_EXC_TYPES(X) X(BaseException, object) KR_EXC_TYPES_REST(X)
#define KR_EXC_TYPES_REST(X) \
    X(BaseExceptionGroup, BaseException) \
    X(GeneratorExit, BaseException) \
    X(KeyboardInterrupt, BaseException) \
    X(SystemExit, BaseException) \
    X(Exception, BaseException) \
    X(ArithmeticError, Exception) \
    X(FloatingPointError, ArithmeticError) \
    X(OverflowError, ArithmeticError) \
    X(ZeroDivisionError, ArithmeticError) \
    X(AssertionError, Exception) \
    X(AttributeError, Exception) \
    X(BufferError, Exception) \
    X(EOFError, Exception) \
    X(ExceptionGroup, Exception) \
    X(ImportError, Exception) \
    X(ModuleNotFoundError, ImportError) \
    X(LookupError, Exception) \
    X(IndexError, LookupError) \
    X(KeyError, LookupError) \
    X(MemoryError, Exception) \
    X(NameError, Exception) \
    X(UnboundLocalError, NameError) \
    X(OSError, Exception) \
    X(BlockingIOError, OSError) \
    X(ChildProcessError, OSError) \
    X(ConnectionError, OSError) \
    X(BrokenPipeError, ConnectionError) \
    X(ConnectionAbortedError, ConnectionError) \
    X(ConnectionRefusedError, ConnectionError) \
    X(ConnectionResetError, ConnectionError) \
    X(FileExistsError, OSError) \
    X(FileNotFoundError, OSError) \
    X(InterruptedError, OSError) \
    X(IsADirectoryError, OSError) \
    X(NotADirectoryError, OSError) \
    X(PermissionError, OSError) \
    X(ProcessLookupError, OSError) \
    X(TimeoutError, OSError) \
    X(ReferenceError, Exception) \
    X(RuntimeError, Exception) \
    X(NotImplementedError, RuntimeError) \
    X(PythonFinalizationError, RuntimeError) \
    X(RecursionError, RuntimeError) \
    X(StopAsyncIteration, Exception) \
    X(StopIteration, Exception) \
    X(SyntaxError, Exception) \
    X(IndentationError, SyntaxError) \
    X(TabError, IndentationError) \
    X(SystemError, Exception) \
    X(TypeError, Exception) \
    X(ValueError, Exception) \
    X(UnicodeError, ValueError) \
    X(UnicodeDecodeError, UnicodeError) \
    X(UnicodeEncodeError, UnicodeError) \
    X(UnicodeTranslateError, UnicodeError) \
    X(Warning, Exception) \
    X(BytesWarning, Warning) \
    X(DeprecationWarning, Warning) \
    X(EncodingWarning, Warning) \
    X(FutureWarning, Warning) \
    X(ImportWarning, Warning) \
    X(PendingDeprecationWarning, Warning) \
    X(ResourceWarning, Warning) \
    X(RuntimeWarning, Warning) \
    X(SyntaxWarning, Warning) \
    X(UnicodeWarning, Warning) \
    X(UserWarning, Warning)

#define KR_DECLARE_EXC(n, b) extern kr_type kt_##n;
KR_EXC_TYPES(KR_DECLARE_EXC)
#undef KR_DECLARE_EXC

/* ---- value helpers ---- */
static inline bool kv_is_type(kr_val v, const kr_type *t)
{
    return kv_is_obj(v) && kv_as_obj(v)->type == t;
}
#define KR_AS(T, v) ((T *)(void *)kv_as_obj(v))
#define KR_OBJ_AS(T, o) ((T *)(void *)(o))

static inline bool kv_is_str(kr_val v)
{
    return kv_is_obj(v) && (kv_as_obj(v)->type == &kt_str
                            || (kv_as_obj(v)->type->flags & KT_STR_SUB));
}
static inline bool kv_is_exact_str(kr_val v) { return kv_is_type(v, &kt_str); }
static inline bool kv_is_exact_tuple(kr_val v) { return kv_is_type(v, &kt_tuple); }
static inline bool kv_is_exact_list(kr_val v) { return kv_is_type(v, &kt_list); }
static inline bool kv_is_exact_dict(kr_val v) { return kv_is_type(v, &kt_dict); }
static inline bool kv_is_bigint(kr_val v) { return kv_is_type(v, &kt_int); }
/* An int of any size (bools included), as isinstance(v, int). */
bool kv_is_anyint(kr_val v);

#endif
