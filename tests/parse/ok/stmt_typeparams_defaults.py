def f[T = int](x: T) -> T:
    return x
def g[T: int = bool, U = str]() -> None:
    pass
class A[T = int, *Ts = *tuple[int, ...], **P = [int, str]]:
    pass
class B[T, U = T]:
    pass
type Alias[T = int] = list[T]
type Alias2[*Ts = *tuple[str]] = tuple[*Ts]
type Alias3[**P = ...] = Callable[P, None]
def h[T: (int, str) = int](): pass
class D[**P = (int, str)]: pass
