f(match=1, case=2, type=3, _=4)
obj.match(case=type)
import match.case as type
from type import match as case
type[x] = 1
type.x = 2
print(type)
match(x)
match(x).case(y)
match(x):
    case y: pass
type X = match
def f(*, match, case, type): return match, case, type
x = {match: case for match, case in type}
lambda match, case: match + case
class C(type): pass
class D(match=1): pass
