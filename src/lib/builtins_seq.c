/* Built-ins over sequences and iterators: len sorted iter next all any
 * (enumerate, zip, map, filter and reversed are types: obj/iterfuncs.c). */
#include "lib_int.h"

static int bt_len(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    if (lb_onearg(rt, "len", nargs, kwnames) != KR_OK) return KR_ERR;
    int64_t n;
    rt->in_gc_unsafe++;
    int st = kr_len(rt, args[0], &n);
    if (st == KR_CALL) {
        /* a user __len__ ran: its result still has to be an int >= 0 */
        kr_val r;
        st = lb_sync(rt, st, &r);
        if (st == KR_OK) st = kint_as_i64(rt, r, &n);
    }
    rt->in_gc_unsafe--;
    if (st != KR_OK) return st;
    *out = kv_int(n);
    return KR_OK;
}

LB_GUARDED(bt_sorted)
{
    if (nargs != 1)
        return kr_raise(rt, &kt_TypeError, "sorted expected 1 argument, got %d", nargs);
    kr_list *l = klist_new(rt, 0);
    if (!l) return KR_ERR;
    kr_val lv = klist_val(l), sort, r;
    if (lb_sync(rt, klist_extend(rt, l, args[0]), &r) != KR_OK) return KR_ERR;
    /* list.sort does the rest, keyword checks included (CPython's messages
     * name sort() for a bad keyword, as here) */
    if (lb_getattr(rt, lv, "sort", &sort) != KR_OK) return KR_ERR;
    if (lb_call(rt, sort, args + 1, 0, kwnames, &r) != KR_OK) return KR_ERR;
    *out = lv;
    return KR_OK;
}

bool lb_callable(kr_val v)
{
    return kr_type_of(v)->slots.call != NULL;
}

LB_GUARDED(bt_iter)
{
    if (lb_nokw(rt, "iter", kwnames) != KR_OK) return KR_ERR;
    if (lb_nargs(rt, "iter", nargs, 1, 2, NULL) != KR_OK) return KR_ERR;
    if (nargs == 1) return lb_iter(rt, args[0], out);
    if (!lb_callable(args[0]))
        return kr_raise(rt, &kt_TypeError, "iter(v, w): v must be callable");
    return kiter_callable_new(rt, args[0], args[1], out);
}

LB_GUARDED(bt_next)
{
    if (lb_nokw(rt, "next", kwnames) != KR_OK) return KR_ERR;
    if (lb_nargs(rt, "next", nargs, 1, 2, NULL) != KR_OK) return KR_ERR;
    kr_val it = args[0];
    if (!kr_type_of(it)->slots.next)
        return kr_raise(rt, &kt_TypeError, "'%s' object is not an iterator", kr_type_name(it));
    int st = lb_sync(rt, kr_next(rt, it, out), out);
    if (st == KR_OK) return KR_OK;
    if (st == KR_ERR) {
        /* a StopIteration raised by __next__ propagates as it is, unless
         * there is a default */
        if (nargs == 2 && lb_clear_if(rt, &kt_StopIteration)) { *out = args[1]; return KR_OK; }
        return KR_ERR;
    }
    if (nargs == 2) { *out = args[1]; return KR_OK; }
    /* StopIteration carrying a generator's return value */
    return vm_stop_iteration(rt, it);
}

static int all_any(kr_rt *rt, const char *name, const kr_val *args, int nargs, kr_obj *kwnames,
                   int want, kr_val *out)
{
    if (lb_onearg(rt, name, nargs, kwnames) != KR_OK) return KR_ERR;
    kr_val it, item;
    if (lb_iter(rt, args[0], &it) != KR_OK) return KR_ERR;
    for (;;) {
        int st = lb_next(rt, it, &item);
        if (st == KR_STOP) break;
        if (st != KR_OK) return st;
        int t;
        if (lb_truth(rt, item, &t) != KR_OK) return KR_ERR;
        if (t == want) { *out = kv_bool(want); return KR_OK; }
    }
    *out = kv_bool(!want);
    return KR_OK;
}

LB_GUARDED(bt_all) { return all_any(rt, "all", args, nargs, kwnames, 0, out); }
LB_GUARDED(bt_any) { return all_any(rt, "any", args, nargs, kwnames, 1, out); }

static KR_CFUNC(len_f, "len", bt_len, 0);
static KR_CFUNC(sorted_f, "sorted", bt_sorted, 0);
static KR_CFUNC(iter_f, "iter", bt_iter, 0);
static KR_CFUNC(next_f, "next", bt_next, 0);
static KR_CFUNC(all_f, "all", bt_all, 0);
static KR_CFUNC(any_f, "any", bt_any, 0);

const kr_cfunc *const lb_seq_funcs[] = {
    &len_f, &sorted_f, &iter_f, &next_f, &all_f, &any_f, NULL,
};
