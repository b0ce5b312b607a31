/* bool: the KV_FALSE / KV_TRUE values, a subclass of int (its arithmetic
 * is int's on 0 and 1, except that & | ^ of two bools give a bool). */
#include "num_impl.h"

static int bool_repr(kr_rt *rt, kr_val v, kr_val *out)
{
    if (!kv_is_bool(v)) return kint_repr(rt, v, out);
    return kv_as_bool(v) ? knum_str(rt, "True", 4, out) : knum_str(rt, "False", 5, out);
}

static int bool_binop(kr_rt *rt, int op, kr_val a, kr_val b, kr_val *out)
{
    if (kv_is_bool(a) && kv_is_bool(b)) {
        int x = kv_as_bool(a), y = kv_as_bool(b);
        switch (knum_plain_op(op)) {
        case OPB_AND: *out = kv_bool(x & y); return KR_OK;
        case OPB_OR: *out = kv_bool(x | y); return KR_OK;
        case OPB_XOR: *out = kv_bool(x ^ y); return KR_OK;
        default: break;
        }
    }
    return kint_binop(rt, op, a, b, out);
}

/* bool(x): the truth of X. */
static int bool_new(kr_rt *rt, kr_type *t, const kr_val *args, int nargs,
                    kr_obj *kwnames, kr_val *out)
{
    if (kwnames && ((kr_tuple *)(void *)kwnames)->len)
        return kr_raise(rt, &kt_TypeError, "bool() takes no keyword arguments");
    if (nargs > 1) return kr_raise(rt, &kt_TypeError, "bool expected at most 1 argument, got %d", nargs);
    if (nargs == 0) { *out = kv_bool(0); return KR_OK; }
    int b;
    int st = kr_truth(rt, args[0], &b);
    if (st != KR_OK) return st;
    *out = kv_bool(b);
    return KR_OK;
}

static const heap_class bool_cls = { "bool", NULL, NULL, sizeof(kr_bigint) };

kr_type kt_bool = {
    .head = { KR_STATIC_HDR(&kt_type), &bool_cls },
    .name = "bool",
    .flags = KT_INT_SUB,
    .base = &kt_int,
    .slots = {
        .repr = bool_repr, .hash = kint_hash, .richcmp = kint_richcmp,
        .binop = bool_binop, .unop = kint_unop, .truth = kint_truth,
        .new_ = bool_new,
    },
    .basicsize = sizeof(kr_bigint),
    .doc = "Returns True when the argument is true, False otherwise.",
};
