/* except* support: see interp.h.  (Placeholder until exception groups are
 * implemented: both raise NotImplementedError naming the feature.) */
#include "../obj/exc.h"
#include "interp.h"

int vm_check_eg_match(kr_rt *rt, kr_val exc, kr_val type, kr_val *match, kr_val *rest)
{
    return kr_raise(rt, &kt_NotImplementedError, "krait does not support except* yet");
}

int vm_prep_reraise_star(kr_rt *rt, kr_val orig, kr_val excs, kr_val *out)
{
    return kr_raise(rt, &kt_NotImplementedError, "krait does not support except* yet");
}
