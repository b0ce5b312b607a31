x: int = 5
print(x)
y: list[int]
try:
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def f(a: int, b: "str" = "d") -> float:
    return a
print(f(3))
print(f.__annotations__)
class C:
    attr: int = 3
    other: str
print(C.attr, hasattr(C, "other"))
print(C.__annotations__)
def later(v: UndefinedYet) -> AlsoUndefined:
    return v
print(later(7))
try:
    later.__annotations__
except NameError as e:
    print(type(e).__name__, e)
class UndefinedYet: pass
AlsoUndefined = int
print(later.__annotations__["return"].__name__)
