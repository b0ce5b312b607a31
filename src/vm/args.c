/* vm_parse_args: argument parsing for native functions. */
#include <string.h>

#include "../obj/exc.h"
#include "../obj/str.h"
#include "call.h"

#define ARGS_MAX 16

int vm_parse_args(kr_rt *rt, const char *fname, const char *spec,
                  const kr_val *args, int nargs, kr_obj *kwnames, kr_val *out)
{
    const char *pnames[ARGS_MAX];
    size_t plen[ARGS_MAX];
    int n = 0, required = 0, posonly = 0, kwonly_from = -1;
    bool optional = false;
    const char *p = spec;
    while (*p && n < ARGS_MAX) {
        if (*p == '|') { optional = true; p++; continue; }
        if (*p == '$') { kwonly_from = n; p++; continue; }
        if (*p == '/') { posonly = n; p++; if (*p == ',') p++; continue; }
        if (*p == ',') { p++; continue; }
        const char *s = p;
        while (*p && *p != ',' && *p != '|' && *p != '$' && *p != '/') p++;
        pnames[n] = s;
        plen[n] = (size_t)(p - s);
        if (!optional) required = n + 1;
        n++;
    }
    int npos_max = kwonly_from >= 0 ? kwonly_from : n;
    for (int i = 0; i < n; i++) out[i] = kv_undef();
    if (nargs > npos_max) {
        if (npos_max == required)
            return kr_raise(rt, &kt_TypeError, "%s() takes %s %d positional argument%s (%d given)", fname,
                            required ? "exactly" : "at most", npos_max, npos_max == 1 ? "" : "s", nargs);
        return kr_raise(rt, &kt_TypeError, "%s() takes at most %d argument%s (%d given)", fname,
                        npos_max, npos_max == 1 ? "" : "s", nargs);
    }
    for (int i = 0; i < nargs; i++) out[i] = args[i];
    int nkw = kwnames ? (int)((kr_tuple *)kwnames)->len : 0;
    for (int k = 0; k < nkw; k++) {
        kr_obj *kn = kv_as_obj(((kr_tuple *)kwnames)->items[k]);
        const char *ks = kstr_data(kn);
        size_t kl = (size_t)kstr_nbytes(kn);
        int j;
        for (j = posonly; j < n; j++)
            if (plen[j] == kl && !memcmp(pnames[j], ks, kl)) break;
        if (j == n) {
            for (j = 0; j < posonly; j++)
                if (plen[j] == kl && !memcmp(pnames[j], ks, kl))
                    return kr_raise(rt, &kt_TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fname, ks);
            return kr_raise(rt, &kt_TypeError, "%s() got an unexpected keyword argument '%s'", fname, ks);
        }
        if (!kv_is_undef(out[j]))
            return kr_raise(rt, &kt_TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, ks, j + 1);
        out[j] = args[nargs + k];
    }
    for (int i = 0; i < required; i++) {
        if (kv_is_undef(out[i])) {
            if (i < nargs || i >= posonly)
                return kr_raise(rt, &kt_TypeError, "%s() missing required argument '%.*s' (pos %d)", fname,
                                (int)plen[i], pnames[i], i + 1);
            return kr_raise(rt, &kt_TypeError, "%s() takes at least %d positional argument%s (%d given)", fname,
                            required, required == 1 ? "" : "s", nargs);
        }
    }
    return KR_OK;
}
