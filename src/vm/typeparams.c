/* PEP 695 type parameters: see interp.h.  (Not implemented yet: each
 * raises NotImplementedError naming the feature.) */
#include "../obj/exc.h"
#include "interp.h"

int vm_typeparam_intrinsic1(kr_rt *rt, int which, kr_val v, kr_val *out)
{
    return kr_raise(rt, &kt_NotImplementedError, "krait does not support type parameter syntax (PEP 695) yet");
}

int vm_typeparam_intrinsic2(kr_rt *rt, int which, kr_val v2, kr_val v1, kr_val *out)
{
    return kr_raise(rt, &kt_NotImplementedError, "krait does not support type parameter syntax (PEP 695) yet");
}
