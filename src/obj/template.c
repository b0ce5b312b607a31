/* PEP 750 template strings: see vm/interp.h.  (Not implemented yet: each
 * raises NotImplementedError naming the feature.) */
#include "../vm/interp.h"
#include "exc.h"

int vm_build_interpolation(kr_rt *rt, kr_val value, kr_val expr, kr_val spec,
                           int conversion, kr_val *out)
{
    return kr_raise(rt, &kt_NotImplementedError, "krait does not support template strings (t\"...\") yet");
}

int vm_build_template(kr_rt *rt, kr_val strings, kr_val interps, kr_val *out)
{
    return kr_raise(rt, &kt_NotImplementedError, "krait does not support template strings (t\"...\") yet");
}
