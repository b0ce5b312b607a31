/* Argument checking for the str/bytes/bytearray methods, with the exact
 * messages CPython's calling conventions produce (METH_NOARGS, METH_O,
 * Argument Clinic's positional-only and keyword parsers). */
#include "str_int.h"

#include <stdint.h>

#include "../vm/call.h"
#include "num.h"
#include "seq.h"

int sa_bad_self(kr_rt *rt, const char *tname, const char *mname, kr_val self)
{
    if (kv_is_undef(self))
        return kr_raise(rt, &kt_TypeError, "unbound method %s.%s() needs an argument", tname, mname);
    return kr_raise(rt, &kt_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    mname, tname, kr_type_name(self));
}

int sa_noargs(kr_rt *rt, const char *tname, const char *fname, int nargs, kr_obj *kwnames)
{
    if (sa_nkw(kwnames))
        return kr_raise(rt, &kt_TypeError, "%s.%s() takes no keyword arguments", tname, fname);
    if (nargs)
        return kr_raise(rt, &kt_TypeError, "%s.%s() takes no arguments (%d given)", tname, fname,
                        nargs);
    return KR_OK;
}

int sa_onearg(kr_rt *rt, const char *tname, const char *fname, int nargs, kr_obj *kwnames)
{
    if (sa_nkw(kwnames))
        return kr_raise(rt, &kt_TypeError, "%s.%s() takes no keyword arguments", tname, fname);
    if (nargs != 1)
        return kr_raise(rt, &kt_TypeError, "%s.%s() takes exactly one argument (%d given)",
                        tname, fname, nargs);
    return KR_OK;
}

int sa_pos(kr_rt *rt, const char *tname, const char *fname, int nargs, kr_obj *kwnames,
           int min, int max)
{
    if (sa_nkw(kwnames))
        return kr_raise(rt, &kt_TypeError, "%s.%s() takes no keyword arguments", tname, fname);
    if (nargs < min || nargs > max) {
        int n = nargs < min ? min : max;
        const char *how = min == max ? "" : nargs < min ? "at least " : "at most ";
        return kr_raise(rt, &kt_TypeError, "%s expected %s%d argument%s, got %d", fname, how, n,
                        n == 1 ? "" : "s", nargs);
    }
    return KR_OK;
}

/* The I-th comma-separated name of NAMES into BUF. */
static const char *sa_name(const char *names, int i, char *buf, size_t bufsize)
{
    const char *p = names;
    for (; i > 0 && p; i--) {
        p = strchr(p, ',');
        if (p) p++;
    }
    if (!p) { buf[0] = 0; return buf; }
    size_t n = strcspn(p, ",");
    if (n >= bufsize) n = bufsize - 1;
    memcpy(buf, p, n);
    buf[n] = 0;
    return buf;
}

static int sa_count(const char *names)
{
    int n = 1;
    for (const char *p = names; *p; p++) n += *p == ',';
    return *names ? n : 0;
}

/* CPython's suggestion for a mistyped name (Levenshtein distance with
 * case-insensitive substitutions cheaper, as Python/suggestions.c). */
#define SA_MOVE 2
static size_t sa_subst(char a, char b)
{
    if ((a & 31) != (b & 31)) return SA_MOVE;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a += 32;
    if (b >= 'A' && b <= 'Z') b += 32;
    return a == b ? 1 : SA_MOVE;
}

static size_t sa_distance(const char *a, size_t an, const char *b, size_t bn, size_t max)
{
    while (an && bn && a[0] == b[0]) { a++; b++; an--; bn--; }
    while (an && bn && a[an - 1] == b[bn - 1]) { an--; bn--; }
    if (!an || !bn) return (an + bn) * SA_MOVE;
    if (an > 40 || bn > 40) return max + 1;
    if (bn < an) { const char *t = a; a = b; b = t; size_t tn = an; an = bn; bn = tn; }
    if ((bn - an) * SA_MOVE > max) return max + 1;
    size_t buf[40], result = 0;
    for (size_t i = 0; i < an; i++) buf[i] = (i + 1) * SA_MOVE;
    for (size_t j = 0; j < bn; j++) {
        size_t dist = result = j * SA_MOVE, minimum = SIZE_MAX;
        for (size_t i = 0; i < an; i++) {
            size_t sub = dist + sa_subst(b[j], a[i]);
            dist = buf[i];
            size_t ins = (result < dist ? result : dist) + SA_MOVE;
            result = ins < sub ? ins : sub;
            buf[i] = result;
            if (result < minimum) minimum = result;
        }
        if (minimum > max) return max + 1;
    }
    return result;
}

/* The best of the comma-separated NAMES for NAME, or NULL. */
static const char *sa_suggest(const char *names, const char *name, char *buf, size_t bufsize)
{
    size_t best = SIZE_MAX, nn = strlen(name);
    const char *found = NULL;
    for (const char *p = names; *p;) {
        size_t len = strcspn(p, ",");
        if (!(len == nn && !memcmp(p, name, nn))) {
            size_t max = (nn + len + 3) * SA_MOVE / 6;
            if (best != SIZE_MAX && best - 1 < max) max = best - 1;
            size_t d = sa_distance(name, nn, p, len, max);
            if (d <= max && (!found || d < best)) {
                best = d;
                found = p;
                size_t k = len < bufsize - 1 ? len : bufsize - 1;
                memcpy(buf, p, k);
                buf[k] = 0;
            }
        }
        p += len;
        if (*p == ',') p++;
    }
    return found ? buf : NULL;
}

int sa_kw(kr_rt *rt, const char *fname, const char *names, int nposonly, int min,
          const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    int maxargs = sa_count(names);
    int nkw = sa_nkw(kwnames);
    kr_tuple *kw = (kr_tuple *)(void *)kwnames;
    char buf[64];
    for (int i = 0; i < maxargs; i++) out[i] = kv_undef();
    if (nargs + nkw > maxargs)
        return kr_raise(rt, &kt_TypeError, "%s() takes at most %d %sargument%s (%d given)", fname,
                        maxargs, nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s",
                        nargs + nkw);
    int minposonly = nposonly < min ? nposonly : min;
    if (nargs < minposonly)
        return kr_raise(rt, &kt_TypeError, "%s() takes %s %d positional argument%s (%d given)",
                        fname, minposonly < maxargs ? "at least" : "exactly", minposonly,
                        minposonly == 1 ? "" : "s", nargs);
    for (int i = 0; i < nargs; i++) out[i] = args[i];
    int used = 0;
    for (int i = nargs; i < maxargs; i++) {
        const char *nm = sa_name(names, i, buf, sizeof buf);
        int found = -1;
        if (i >= nposonly) {
            for (int k = 0; k < nkw; k++)
                if (kstr_eq_cstr(kstr_of(kw->items[k]), nm)) { found = k; break; }
        }
        if (found >= 0) {
            out[i] = args[nargs + found];
            used++;
        } else if (i < min) {
            return kr_raise(rt, &kt_TypeError, "%s() missing required argument '%s' (pos %d)",
                            fname, nm, i + 1);
        }
    }
    if (used < nkw) {
        for (int i = nposonly; i < nargs; i++) {
            const char *nm = sa_name(names, i, buf, sizeof buf);
            for (int k = 0; k < nkw; k++)
                if (kstr_eq_cstr(kstr_of(kw->items[k]), nm))
                    return kr_raise(rt, &kt_TypeError,
                                    "argument for %s() given by name ('%s') and position (%d)",
                                    fname, nm, i + 1);
        }
        for (int k = 0; k < nkw; k++) {
            kr_str *kn = kstr_of(kw->items[k]);
            int known = 0;
            for (int i = nposonly; i < maxargs && !known; i++)
                known = kstr_eq_cstr(kn, sa_name(names, i, buf, sizeof buf));
            if (known) continue;
            for (int i = 0; i < nposonly; i++)
                if (kstr_eq_cstr(kn, sa_name(names, i, buf, sizeof buf)))
                    return kr_raise(rt, &kt_TypeError,
                                    "%s() got some positional-only arguments passed as keyword "
                                    "arguments: '%s'", fname, buf);
            char sug[64];
            const char *names_kw = names;
            for (int i = 0; i < nposonly && names_kw; i++) {
                names_kw = strchr(names_kw, ',');
                if (names_kw) names_kw++;
            }
            if (names_kw && sa_suggest(names_kw, kn->data, sug, sizeof sug))
                return kr_raise(rt, &kt_TypeError,
                                "%s() got an unexpected keyword argument '%s'. Did you mean '%s'?",
                                fname, kn->data, sug);
            return kr_raise(rt, &kt_TypeError, "%s() got an unexpected keyword argument '%s'",
                            fname, kn->data);
        }
    }
    return KR_OK;
}

/* ---- integer arguments ---------------------------------------------------- */

static int sa_big(kr_rt *rt, kr_val v, int64_t *out, bool clamp)
{
    if (!clamp)
        return kr_raise(rt, &kt_OverflowError, "Python int too large to convert to C ssize_t");
    *out = bi_sign(KR_AS(kr_bigint, v)->b) < 0 ? INT64_MIN : INT64_MAX;
    return KR_OK;
}

int sa_index(kr_rt *rt, kr_val v, int64_t *out, bool clamp)
{
    if (kv_is_int(v)) { *out = kv_as_int(v); return KR_OK; }
    if (kv_is_bool(v)) { *out = kv_as_bool(v); return KR_OK; }
    if (kv_is_bigint(v)) return sa_big(rt, v, out, clamp);
    if (kv_is_anyint(v) || !kv_is_undef(vm_lookup_special(rt, v, "__index__"))) {
        kr_val iv;
        if (kint_index(rt, v, &iv) != KR_OK) return KR_ERR;
        if (kv_is_int(iv)) { *out = kv_as_int(iv); return KR_OK; }
        if (kv_is_bool(iv)) { *out = kv_as_bool(iv); return KR_OK; }
        if (kv_is_bigint(iv)) return sa_big(rt, iv, out, clamp);
    }
    return kr_raise(rt, &kt_TypeError, "'%s' object cannot be interpreted as an integer",
                    kr_type_name(v));
}

int sa_slice_index(kr_rt *rt, kr_val v, int64_t *out)
{
    if (kv_is_int(v)) { *out = kv_as_int(v); return KR_OK; }
    if (kv_is_bool(v)) { *out = kv_as_bool(v); return KR_OK; }
    if (kv_is_bigint(v) || kv_is_anyint(v)
        || !kv_is_undef(vm_lookup_special(rt, v, "__index__")))
        return sa_index(rt, v, out, true);
    return kr_raise(rt, &kt_TypeError,
                    "slice indices must be integers or None or have an __index__ method");
}
