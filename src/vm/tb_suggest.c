/* "Did you mean" suggestions of traceback.py (_compute_suggestion_error
 * with the _suggestions accelerator: Python/suggestions.c's Levenshtein
 * distance over UTF-8 bytes) and NameError's "Did you forget to import". */
#include <stdlib.h>
#include <string.h>

#include "../obj/dict.h"
#include "../obj/exc_int.h"
#include "../obj/seq.h"
#include "../obj/str.h"
#include "call.h"
#include "tb_int.h"

enum { MOVE_COST = 2, CASE_COST = 1, MAX_STRING_SIZE = 40, MAX_CANDIDATE_ITEMS = 750 };

static size_t subst_cost(char a, char b)
{
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = (char)(a + ('a' - 'A'));
    if (b >= 'A' && b <= 'Z') b = (char)(b + ('a' - 'A'));
    return a == b ? CASE_COST : MOVE_COST;
}

size_t tb_levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
    size_t buf[MAX_STRING_SIZE];
    if (a == b && an == bn) return 0;
    while (an && bn && a[0] == b[0]) { a++; an--; b++; bn--; }
    while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
    if (!an || !bn) return (an + bn) * MOVE_COST;
    if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE) return max_cost + 1;
    if (bn < an) {
        const char *t = a; a = b; b = t;
        size_t tn = an; an = bn; bn = tn;
    }
    if ((bn - an) * MOVE_COST > max_cost) return max_cost + 1;
    for (size_t i = 0; i < an; i++) buf[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t bi = 0; bi < bn; bi++) {
        size_t distance = result = bi * MOVE_COST, minimum = (size_t)-1;
        for (size_t i = 0; i < an; i++) {
            size_t substitute = distance + subst_cost(b[bi], a[i]);
            distance = buf[i];
            size_t ins_del = (result < distance ? result : distance) + MOVE_COST;
            result = ins_del < substitute ? ins_del : substitute;
            buf[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

/* _Py_CalculateSuggestions over the str items of the list CANDS. */
static kr_obj *best_match(kr_list *cands, kr_obj *name)
{
    if (cands->len >= MAX_CANDIDATE_ITEMS) return NULL;
    const char *ns = kstr_data(name);
    size_t nn = (size_t)kstr_nbytes(name);
    kr_obj *best = NULL;
    size_t best_d = (size_t)-1 >> 1;
    for (int64_t i = 0; i < cands->len; i++) {
        kr_val it = cands->items[i];
        if (!kv_is_str(it)) continue;
        kr_obj *s = kv_as_obj(it);
        const char *is = kstr_data(s);
        size_t in = (size_t)kstr_nbytes(s);
        if (in == nn && !memcmp(is, ns, nn)) continue;
        size_t maxd = (nn + in + 3) * MOVE_COST / 6;
        if (maxd > best_d - 1) maxd = best_d - 1;
        size_t d = tb_levenshtein(ns, nn, is, in, maxd);
        if (d > maxd) continue;
        if (!best || d < best_d) { best = s; best_d = d; }
    }
    return best;
}

static int add_keys(kr_rt *rt, kr_list *l, kr_obj *src)
{
    if (!src) return KR_OK;
    kr_val v = kv_obj(src);
    if (kr_isinstance(v, &kt_dict) || kr_isinstance(v, &kt_tuple) || kr_isinstance(v, &kt_list))
        return klist_extend(rt, l, v);
    return KR_OK;
}

static int dir_of(kr_rt *rt, kr_val obj, kr_list **out)
{
    kr_val dirf = kdict_get_cstr(rt, (kr_dict *)rt->builtins, "dir"), r;
    if (kv_is_undef(dirf)) return KR_ERR;
    if (vm_call(rt, dirf, &obj, 1, NULL, &r) != KR_OK) return KR_ERR;
    if (!kv_is_exact_list(r)) return KR_ERR;
    *out = KR_AS(kr_list, r);
    return KR_OK;
}

static void drop_underscored(kr_list *l)
{
    int64_t k = 0;
    for (int64_t i = 0; i < l->len; i++) {
        kr_val v = l->items[i];
        if (kv_is_str(v) && kstr_data(kv_as_obj(v))[0] == '_') continue;
        l->items[k++] = v;
    }
    l->len = k;
}

/* _compute_suggestion_error: the suggested name (a str, or "self.NAME"
 * written to SB) or nothing. */
static bool compute(kr_rt *rt, kr_val exc, kr_obj *wrong, strbuf *sb)
{
    kr_list *d = NULL;
    bool hide = kstr_data(wrong)[0] != '_';
    if (kr_isinstance(exc, &kt_AttributeError)) {
        kr_val obj;
        if (kx_getattr(rt, exc, "obj", &obj) != KR_OK) return false;
        if (dir_of(rt, obj, &d) != KR_OK) return false;
        kr_list *copy = klist_from(rt, d->items, d->len);
        if (!copy) return false;
        d = copy;
        if (hide) drop_underscored(d);
    } else if (kr_isinstance(exc, &kt_ImportError)) {
        kr_val name;
        if (kx_getattr(rt, exc, "name", &name) != KR_OK || !kv_is_str(name) || !rt->modules) return false;
        kr_val mod = kdict_get_str((kr_dict *)rt->modules, (kr_str *)kv_as_obj(name));
        if (kv_is_undef(mod)) return false;
        if (dir_of(rt, mod, &d) != KR_OK) return false;
        kr_list *copy = klist_from(rt, d->items, d->len);
        if (!copy) return false;
        d = copy;
        if (hide) drop_underscored(d);
    } else {
        kr_nameexc *ne = KR_AS(kr_nameexc, exc);
        if (!ne->sg_globals && !ne->sg_locals) return false;
        d = klist_new(rt, 0);
        if (!d) return false;
        if (add_keys(rt, d, ne->sg_locals) != KR_OK || add_keys(rt, d, ne->sg_globals) != KR_OK
            || add_keys(rt, d, ne->sg_builtins) != KR_OK)
            return false;
        if (!kv_is_undef(ne->sg_self)) {
            kr_val v;
            if (kx_sync(rt, kr_getattr(rt, ne->sg_self, wrong, &v), &v) == KR_OK) {
                sb_printf(sb, "self.%s", kstr_data(wrong));
                return true;
            }
            kr_exc_clear(rt);
        }
    }
    kr_obj *best = best_match(d, wrong);
    if (!best) return false;
    sb_append(sb, kstr_data(best), (size_t)kstr_nbytes(best));
    return true;
}

static const char *const stdlib_names[] = {
#include "tb_stdlib_names.inc"
};

static bool is_stdlib_module(const char *s)
{
    size_t lo = 0, hi = sizeof stdlib_names / sizeof stdlib_names[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(s, stdlib_names[mid]);
        if (!c) return true;
        if (c < 0) hi = mid;
        else lo = mid + 1;
    }
    return false;
}

void tb_suggestion(kr_rt *rt, strbuf *sb, kr_val exc)
{
    kr_type *t = kr_type_of(exc);
    const char *attr;
    if (kr_is_subtype(t, &kt_ImportError)) attr = "name_from";
    else if (kr_is_subtype(t, &kt_NameError) || kr_is_subtype(t, &kt_AttributeError)) attr = "name";
    else return;
    kr_val name;
    if (kx_getattr(rt, exc, attr, &name) != KR_OK) { kr_exc_clear(rt); return; }
    if (kv_is_none(name)) return;
    strbuf s = STRBUF_INIT;
    bool found = kv_is_str(name) && compute(rt, exc, kv_as_obj(name), &s);
    kr_exc_clear(rt);
    if (found && s.p) sb_printf(sb, ". Did you mean: '%s'?", s.p);
    sb_free(&s);
    if (kr_is_subtype(t, &kt_NameError) && kv_is_str(name) && is_stdlib_module(kstr_data(kv_as_obj(name)))) {
        if (found) sb_printf(sb, " Or did you forget to import '%s'?", kstr_data(kv_as_obj(name)));
        else sb_printf(sb, ". Did you forget to import '%s'?", kstr_data(kv_as_obj(name)));
    }
}
