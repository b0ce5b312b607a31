/* The object model: type objects, the native calling convention, and the
 * protocol every part of the VM uses to operate on values.
 *
 * Status codes.  Every operation that can fail returns an int status:
 *   KR_OK    done; results through out parameters
 *   KR_ERR   an exception is set in the runtime (rt->exc)
 *   KR_STOP  an iterator is exhausted (no StopIteration object is made)
 *   KR_CALL  reserved for resumable natives (issue 4, docs/vm-plan.md):
 *            nothing returns it yet.  Today Python code a native needs (a
 *            user dunder, a key function) runs through vm_call.
 * Out parameters are written only on KR_OK.
 *
 * Garbage collection runs only at the outermost dispatch loop's safe
 * points, never inside these functions (nor inside Python code they call
 * through vm_call), so C code holds object pointers in locals freely. */
#ifndef KR_OBJ_OBJECT_H
#define KR_OBJ_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../vm/heap.h"
#include "../vm/value.h"

typedef struct kr_rt kr_rt;

enum { KR_ERR = -1, KR_OK = 0, KR_CALL = 1, KR_STOP = 2 };

/* A native function: SELF is the bound object (KV_UNDEF for plain
 * functions), ARGS holds NARGS positional values and then one value per
 * name of the KWNAMES tuple (NULL: no keywords), as CPython's vectorcall. */
typedef int (*kr_native)(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                         kr_obj *kwnames, kr_val *out);

/* Comparison operators (same order as op_cmp). */
enum { KR_LT, KR_LE, KR_EQ, KR_NE, KR_GT, KR_GE };

/* Type slots: C fast paths.  NULL means "not supported" (the generic
 * protocol in object.c raises CPython's TypeError).  A user class gets
 * slots that look up its dunder methods (obj/slots.c) and call them. */
typedef struct kr_slots {
    int (*repr)(kr_rt *rt, kr_val v, kr_val *out);          /* -> str */
    int (*str)(kr_rt *rt, kr_val v, kr_val *out);           /* NULL: repr */
    int (*hash)(kr_rt *rt, kr_val v, int64_t *out);         /* NULL: unhashable */
    /* Rich comparison: *out is a value or kr_notimpl(). */
    int (*richcmp)(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out);
    /* Binary operator OP (op_binop, in-place forms included) with A or B of
     * this type: *out is the result or kr_notimpl(). */
    int (*binop)(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out);
    int (*unop)(kr_rt *rt, int op, kr_val a, kr_val *out); /* KR_UNOP_* */
    int (*truth)(kr_rt *rt, kr_val v, int *out);            /* NULL: len or True */
    int (*len)(kr_rt *rt, kr_val v, int64_t *out);
    int (*getitem)(kr_rt *rt, kr_val o, kr_val key, kr_val *out);
    /* VALUE KV_UNDEF: delete. */
    int (*setitem)(kr_rt *rt, kr_val o, kr_val key, kr_val value);
    int (*contains)(kr_rt *rt, kr_val o, kr_val x, int *out); /* NULL: iterate */
    int (*iter)(kr_rt *rt, kr_val o, kr_val *out);
    int (*next)(kr_rt *rt, kr_val it, kr_val *out);         /* KR_STOP at end */
    /* Attribute access; NULL: the generic lookup (obj/attr.c).  getattr
     * returns KR_ERR with AttributeError when absent. */
    int (*getattr)(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out);
    int (*setattr)(kr_rt *rt, kr_val o, kr_obj *name, kr_val value); /* UNDEF: del */
    /* Calling an instance. */
    int (*call)(kr_rt *rt, kr_val f, const kr_val *args, int nargs,
                kr_obj *kwnames, kr_val *out);
    /* type(...) of this type: creates (and initialises) an instance. */
    int (*new_)(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                kr_obj *kwnames, kr_val *out);
    int (*init)(kr_rt *rt, kr_val self, const kr_val *args, int nargs,
                kr_obj *kwnames);
    /* Descriptor protocol: __get__ (INST UNDEF: accessed on the class). */
    int (*descr_get)(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out);
    int (*descr_set)(kr_rt *rt, kr_val d, kr_val inst, kr_val value); /* UNDEF: del */
} kr_slots;

enum { KR_UNOP_NEG, KR_UNOP_POS, KR_UNOP_INVERT, KR_UNOP_ABS };

/* A native method or function, usually a static object.  Flags say how it
 * binds when found on a type. */
typedef struct kr_cfunc {
    kr_obj obj;
    const char *name;
    kr_native fn;
    uint32_t flags;             /* KF_* */
    const char *doc;
} kr_cfunc;

#define KF_METHOD   0x1u    /* instance method: binds self */
#define KF_CLASS    0x2u    /* classmethod: binds the type */
#define KF_STATIC   0x4u    /* staticmethod: binds nothing */
#define KF_GETTER   0x8u    /* a read-only data descriptor (property-like):
                             * fn(self) is called on attribute access */
#define KF_NOKW     0x10u   /* refuses keyword arguments (checked by the caller) */

/* Type flags. */
#define KT_HEAPTYPE   0x1u  /* a class statement's type (in a runtime heap) */
#define KT_BASETYPE   0x2u  /* may be subclassed */
#define KT_EXCEPTION  0x4u  /* BaseException or a subclass */
#define KT_HAS_DICT   0x8u  /* instances carry a __dict__ at dict_offset */
#define KT_INT_SUB    0x10u /* fast subclass checks (CPython's Py_TPFLAGS_*_SUBCLASS) */
#define KT_STR_SUB    0x20u
#define KT_TUPLE_SUB  0x40u
#define KT_LIST_SUB   0x80u
#define KT_DICT_SUB   0x100u
#define KT_TYPE_SUB   0x200u
#define KT_ABSTRACT   0x400u
#define KT_MATCH_SEQ  0x800u  /* match statement: a sequence */
#define KT_MATCH_MAP  0x1000u /* match statement: a mapping */
#define KT_USER_SLOTS 0x2000u /* slots come from dunder methods (obj/slots.c) */

/* A type object: Python's `type` and its instances.  Built-in types are
 * static (GCF_STATIC) and shared by all runtimes: their attributes live in
 * the static METHODS table and are looked up by name.  A class created by a
 * program is a heap object (KT_HEAPTYPE) whose attributes live in DICT; its
 * instances' heap class is embedded (heap_cls). */
struct kr_type {
    kr_type_head head;          /* object header + heap class of instances */
    const char *name;           /* tp_name: "int", "MyClass" */
    uint32_t flags;             /* KT_* */
    kr_type *base;              /* __base__ (NULL for object) */
    kr_slots slots;
    size_t basicsize;           /* instance block size */
    size_t dict_offset;         /* KT_HAS_DICT: offset of the kr_obj *dict */
    const kr_cfunc *const *methods; /* static types: NULL-terminated */
    const char *doc;
    /* heap types (and computed for static types on first use) */
    kr_obj *bases;              /* tuple */
    kr_obj *mro;                /* tuple, self first */
    kr_obj *dict;               /* dict of a heap type; NULL for static */
    kr_obj *name_str, *qualname, *module; /* str objects */
    kr_obj *subclasses;         /* list, for slot updates; may be NULL */
    heap_class heap_cls;        /* heap types: their instances' class */
    const heap_class *solid_cls;/* the built-in base's heap class */
};

/* The generic protocol (obj/object.c): dispatch on the slots, with
 * CPython's fallbacks and errors; user dunders run through vm_call. */
int kr_repr(kr_rt *rt, kr_val v, kr_val *out);
int kr_to_str(kr_rt *rt, kr_val v, kr_val *out);   /* str(v) */
int kr_hash(kr_rt *rt, kr_val v, int64_t *out);
int kr_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out);
int kr_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out);
int kr_unop(kr_rt *rt, int op, kr_val a, kr_val *out);
int kr_truth(kr_rt *rt, kr_val v, int *out);
int kr_len(kr_rt *rt, kr_val v, int64_t *out);
int kr_getitem(kr_rt *rt, kr_val o, kr_val key, kr_val *out);
int kr_setitem(kr_rt *rt, kr_val o, kr_val key, kr_val value);
int kr_delitem(kr_rt *rt, kr_val o, kr_val key);
int kr_contains(kr_rt *rt, kr_val o, kr_val x, int *out);
/* `x in o` by iterating O (what kr_contains does without a contains slot). */
int kr_contains_by_iter(kr_rt *rt, kr_val o, kr_val x, int *out);
int kr_iter(kr_rt *rt, kr_val o, kr_val *out);
int kr_next(kr_rt *rt, kr_val it, kr_val *out);
int kr_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out);
int kr_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value);
int kr_delattr(kr_rt *rt, kr_val o, kr_obj *name);
int kr_call(kr_rt *rt, kr_val f, const kr_val *args, int nargs,
            kr_obj *kwnames, kr_val *out);

/* type(v); never NULL. */
kr_type *kr_type_of(kr_val v);
/* isinstance / issubclass by MRO (no __instancecheck__). */
bool kr_is_subtype(const kr_type *t, const kr_type *base);
static inline bool kr_isinstance(kr_val v, const kr_type *t)
{
    return kr_is_subtype(kr_type_of(v), t);
}
/* Attribute of a type by MRO, without descriptors: UNDEF when absent. */
kr_val kr_type_lookup(kr_rt *rt, kr_type *t, kr_obj *name);
kr_val kr_type_lookup_cstr(kr_rt *rt, kr_type *t, const char *name);

/* The NotImplemented singleton as a value. */
kr_val kr_notimpl(void);
static inline bool kr_is_notimpl(kr_val v) { return kv_is_obj(v) && kv_as_obj(v) == kv_as_obj(kr_notimpl()); }

/* Cheap identity of a value for `is`. */
static inline bool kr_is(kr_val a, kr_val b) { return kv_same(a, b); }

/* Static object header initialiser. */
#define KR_STATIC_HDR(typeptr) { NULL, (kr_type *)(typeptr), GCF_STATIC, 0 }

/* Static native functions: KR_CFUNC(list_append, "append", fn, KF_METHOD). */
extern kr_type kt_builtin_function;
#define KR_CFUNC(var, pyname, fnptr, fl) \
    const kr_cfunc var = { KR_STATIC_HDR(&kt_builtin_function), pyname, fnptr, fl, NULL }

/* The default attribute protocol (object.__getattribute__ /
 * object.__setattr__): data descriptors of the type, the instance dict,
 * other attributes of the type; __getattr__ fallback for user classes. */
int kr_generic_getattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val *out);
int kr_generic_setattr(kr_rt *rt, kr_val o, kr_obj *name, kr_val value);
/* The instance dict of O (creating it if the type has one), or NULL. */
kr_obj *kr_instance_dict(kr_rt *rt, kr_val o, bool create);
/* getattr by C string name (interned on the fly). */
int kr_getattr_cstr(kr_rt *rt, kr_val o, const char *name, kr_val *out);
/* Binds descriptor D found on type OWNER to instance INST (UNDEF: looked up
 * on the class): functions become bound methods, properties run. */
int kr_descr_get(kr_rt *rt, kr_val d, kr_val inst, kr_type *owner, kr_val *out);
/* The Ellipsis singleton. */
kr_val kr_ellipsis(void);
/* The canonical AttributeError "'T' object has no attribute 'x'". */
int kr_no_attr(kr_rt *rt, kr_val o, kr_obj *name);

#endif
