#include "krait.h"

#define KR_STR2(x) #x
#define KR_STR(x) KR_STR2(x)

const char *kr_version(void)
{
    return KR_STR(KR_VERSION_MAJOR) "." KR_STR(KR_VERSION_MINOR) "." KR_STR(KR_VERSION_PATCH);
}
