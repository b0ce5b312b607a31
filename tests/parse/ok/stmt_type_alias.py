type Point = tuple[float, float]
type ListOrSet[T] = list[T] | set[T]
type Nested[T] = list[Nested[T]] | T
type Bounded[T: int] = list[T]
type Variadic[*Ts] = tuple[*Ts]
type Callback[**P] = Callable[P, None]
type Multi[K, V: str, *Ts, **P] = dict[K, V]
type Lazy = "ForwardRef"
type Trailing[T,] = T
type X = int | None
class C:
    type Inner = int
def f():
    type Local = str
    return Local
