/* Operations list and tuple share: rich comparison, membership, repr.
 * Items are re-read through the object after every call that may run
 * Python code, since a user __eq__ may change a list under us. */
#include "cont.h"

int kc_seq_richcmp(kr_rt *rt, kr_val a, kr_val b, int op, kr_val *out)
{
    int64_t na, nb, i;
    const kr_val *x = kc_seq_items(a, &na), *y = kc_seq_items(b, &nb);
    if ((op == KR_EQ || op == KR_NE) && na != nb) {
        *out = kv_bool(op == KR_NE);
        return KR_OK;
    }
    if (kc_depth_enter(rt, " in comparison") != KR_OK) return KR_ERR;
    for (i = 0;; i++) {
        x = kc_seq_items(a, &na);
        y = kc_seq_items(b, &nb);
        if (i >= na || i >= nb) break;
        kr_val xi = x[i], yi = y[i];
        int eq;
        if (kc_eq(rt, xi, yi, &eq) != KR_OK) { kc_depth_leave(); return KR_ERR; }
        if (!eq) break;
    }
    x = kc_seq_items(a, &na);
    y = kc_seq_items(b, &nb);
    if (i >= na || i >= nb) {
        kc_depth_leave();
        bool r;
        switch (op) {
        case KR_LT: r = na < nb; break;
        case KR_LE: r = na <= nb; break;
        case KR_EQ: r = na == nb; break;
        case KR_NE: r = na != nb; break;
        case KR_GT: r = na > nb; break;
        default: r = na >= nb; break;
        }
        *out = kv_bool(r);
        return KR_OK;
    }
    if (op == KR_EQ || op == KR_NE) {
        kc_depth_leave();
        *out = kv_bool(op == KR_NE);
        return KR_OK;
    }
    int r = kc_cmp_op(rt, x[i], y[i], op, out);
    kc_depth_leave();
    return r;
}

int kc_seq_contains(kr_rt *rt, kr_val seq, kr_val x, int *out)
{
    int64_t n;
    const kr_val *it = kc_seq_items(seq, &n);
    /* a native pass first: no Python code can run */
    int unknown = 0;
    for (int64_t i = 0; i < n; i++) {
        int r = kc_eq_native(it[i], x);
        if (r == 1) { *out = 1; return KR_OK; }
        if (r == KC_UNKNOWN) { unknown = 1; break; }
    }
    if (!unknown) { *out = 0; return KR_OK; }
    for (int64_t i = 0;; i++) {
        it = kc_seq_items(seq, &n);
        if (i >= n) break;
        int eq;
        if (kc_eq(rt, it[i], x, &eq) != KR_OK) return KR_ERR;
        if (eq) { *out = 1; return KR_OK; }
    }
    *out = 0;
    return KR_OK;
}

int kc_seq_repr(kr_rt *rt, kr_val seq, const char *open, const char *close, bool tuple1,
                kr_val *out)
{
    int64_t n;
    kc_seq_items(seq, &n);
    if (n == 0) {
        strbuf sb = STRBUF_INIT;
        sb_puts(&sb, open);
        sb_puts(&sb, close);
        return kc_sb_str(rt, &sb, out);
    }
    kr_obj *o = kv_as_obj(seq);
    int g = kc_repr_enter(rt, o);
    if (g == KR_ERR) return KR_ERR;
    if (g == 1) {
        strbuf sb = STRBUF_INIT;
        sb_puts(&sb, open);
        sb_puts(&sb, "...");
        sb_puts(&sb, close);
        return kc_sb_str(rt, &sb, out);
    }
    strbuf sb = STRBUF_INIT;
    sb_puts(&sb, open);
    for (int64_t i = 0;; i++) {
        const kr_val *it = kc_seq_items(seq, &n);
        if (i >= n) break;
        if (i) sb_append(&sb, ", ", 2);
        if (kc_repr_into(rt, &sb, it[i]) != KR_OK) {
            kc_repr_leave(o);
            sb_free(&sb);
            return KR_ERR;
        }
    }
    if (tuple1 && n == 1) sb_putc(&sb, ',');
    sb_puts(&sb, close);
    kc_repr_leave(o);
    return kc_sb_str(rt, &sb, out);
}
