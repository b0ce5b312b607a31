/* The native module string.templatelib (PEP 750): Template, Interpolation
 * (obj/template.c) and convert(). */
#include "lib_int.h"

#include "../obj/template.h"

/* convert(obj, /, conversion): as CPython's Python-level function, 's'
 * str, 'r' repr, 'a' ascii, None as is. */
static int tl_convert(kr_rt *rt, kr_val self, const kr_val *args, int nargs, kr_obj *kw, kr_val *out)
{
    kr_val c = nargs >= 2 ? args[1] : kv_undef();
    for (int k = 0; k < lb_nkw(kw); k++) {
        const char *n = lb_kwname(kw, k);
        if (!strcmp(n, "obj") && nargs < 1)
            return kr_raise(rt, &kt_TypeError,
                            "convert() got some positional-only arguments passed as keyword arguments: 'obj'");
        if (strcmp(n, "conversion")) return lb_badkw(rt, "convert", n);
        if (nargs >= 2)
            return kr_raise(rt, &kt_TypeError, "convert() got multiple values for argument 'conversion'");
        c = args[nargs + k];
    }
    if (nargs > 2)
        return kr_raise(rt, &kt_TypeError, "convert() takes 2 positional arguments but %d were given", nargs);
    if (nargs < 1)
        return kr_raise(rt, &kt_TypeError, "convert() missing 1 required positional argument: 'obj'");
    if (kv_is_undef(c))
        return kr_raise(rt, &kt_TypeError, "convert() missing 1 required positional argument: 'conversion'");
    kr_val v = args[0];
    if (kv_is_none(c)) { *out = v; return KR_OK; }
    if (kv_is_str(c) && KR_AS(kr_str, c)->nbytes == 1) {
        switch (KR_AS(kr_str, c)->data[0]) {
        case 's': return lb_str(rt, v, out);
        case 'r': return lb_repr(rt, v, out);
        case 'a': {
            kr_val ascii = kdict_get_cstr(rt, (kr_dict *)rt->builtins, "ascii");
            if (kv_is_undef(ascii)) return kr_raise(rt, &kt_NameError, "name 'ascii' is not defined");
            return lb_call(rt, ascii, &v, 1, NULL, out);
        }
        }
    }
    kr_val cs;
    if (lb_str(rt, c, &cs) != KR_OK) return KR_ERR;
    return kr_raise(rt, &kt_ValueError, "invalid conversion specifier: %s", kstr_data(kv_as_obj(cs)));
}
static KR_CFUNC(tl_convert_f, "convert", tl_convert, 0);

int lib_templatelib_init(kr_rt *rt, kr_module *m)
{
    kr_dict *d = (kr_dict *)m->dict;
    if (kdict_set_cstr(rt, d, "Template", lb_type_val(&kt_template)) != KR_OK
        || kdict_set_cstr(rt, d, "Interpolation", lb_type_val(&kt_interpolation)) != KR_OK
        || kdict_set_cstr(rt, d, "convert", kv_obj((kr_obj *)&tl_convert_f.obj)) != KR_OK)
        return KR_ERR;
    return KR_OK;
}
