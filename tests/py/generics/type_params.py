def first[T](xs: list[T]) -> T:
    return xs[0]
print(first([3, 4]), first.__type_params__)
T, = first.__type_params__
print(T, type(T).__name__, T.__name__, T.__bound__, T.__constraints__)
class Box[T]:
    def __init__(self, v: T): self.v = v
print(Box.__type_params__, Box(5).v, Box[int])
print(Box.__mro__)
type Pair = tuple[int, int]
print(Pair, Pair.__value__, Pair.__name__, Pair.__type_params__, type(Pair).__name__)
type Rec[K] = dict[K, list[Rec[K]]]
print(Rec.__value__, Rec.__type_params__, Rec[int])
def f[T: int](x: T) -> T: return x
print(f.__type_params__[0].__bound__, f(3))
def g[S: (int, str), *Ts, **P](): pass
print(g.__type_params__, g.__type_params__[0].__constraints__)
def h[T = int](): pass
print(h.__type_params__[0].__default__)
print(list[T], list[T].__parameters__, list[T][str], dict[str, T][int])
type Later = Undefined
print(Later)
class Undefined: pass
print(Later.__value__)
print(Pair | None, int | Pair)
def plain(): pass
print(plain.__type_params__)
import typing
print(isinstance(T, typing.TypeVar), Box[int].__origin__ is Box, Box[int].__args__)
type Num = int | float
print(Num.__value__, Num.__module__)
try:
    Pair[int]
except TypeError as e:
    print(e)
class Stack[T]:
    def __init__(self): self.items: list[T] = []
    def push(self, x: T) -> None: self.items.append(x)
s = Stack[int]()
s.push(1)
print(s.items, type(s).__name__)
