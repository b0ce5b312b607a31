import ﬁle
import ｍｏｄ.ｓｕｂ as ℌ
from ｐｋｇ import ﬁrst as ｓｅｃｏｎｄ
def ﬁ(ﬀ, *ﬂ, ｋ=1, **ℭ) -> ﬃ:
    global ﬅ
    return ﬀ.ｆｉｅｌｄ
class Ｃｌａｓｓ(ℬａｓｅ, ｍｅｔａ=1):
    ａｔｔｒ: ｉｎｔ = 0
obj.ﬁle = f(ﬁle=1)
lambda ﬁ: ﬁ
match ｘ:
    case Ｐｏｉｎｔ(ｘ=ｘｘ) as ｙ:
        pass
    case {"k": ﬁ, **ｒｅｓｔ}:
        pass
type ﬁType[ｘ] = ｘ
f"{ﬁle}"
[ﬁ for ﬁ in ℌ]
try:
    pass
except ﬁ as ｅ:
    pass
