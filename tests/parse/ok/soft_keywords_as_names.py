match = 1
case = 2
type = 3
_ = 4
match.attr = 5
match[0] = 6
match(x)
match * 2
match - 1
match, case = 1, 2
print(match, case, type, _)
type(x)
type.__name__
type = type(x)
case.upper()
def match(): pass
def case(type=None): return type
class type: pass
match: int = 1
type: str = "x"
_: int = 0
x = [match for match in range(3)]
import match
import case as type
from match import case
match match:
    case case:
        pass
match type:
    case _:
        pass
match _:
    case type:
        pass
type match = int
type type = int
type case[match] = match
_ = _
print(_, __)
match.case.type = 1
match = match(match)
