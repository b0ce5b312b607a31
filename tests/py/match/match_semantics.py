def f(x):
    match x:
        case 1:
            result = "one"
        case 2:
            result = "two"
    return result if x in (1, 2) else "no case ran"
print(f(1), f(2), f(3))
log = []
class Spy:
    __match_args__ = ("a",)
    def __init__(self):
        self._a = 5
    @property
    def a(self):
        log.append("a read")
        return self._a
match Spy():
    case Spy(1):
        pass
    case Spy(5):
        print("matched", log)
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", other)
        return True
match Eq():
    case 42:
        print("literal matched via __eq__ of subject")
match 42:
    case 42.0:
        print("42 == 42.0 matches")
match True:
    case 1:
        print("True matches literal 1")
match 1:
    case True:
        print("never: True pattern uses identity")
    case _:
        print("1 does not match True pattern")
match (1, 2, 3):
    case [1, 2, 3]:
        print("tuple matches list pattern")
match [1, 2]:
    case (1, 2):
        print("list matches tuple pattern")
match {"a": 1}:
    case {"a": 1} if False:
        print("no")
    case {}:
        print("any mapping matches {}")
