x: int = 3
class C:
    y: str
    if cond:
        z: list[int] = []
def f(a: int, *b: str, c: "C" = None) -> bool:
    v: float = 1.0
    return v
type Alias[T] = list[T]
def g[T: int, *Ts](a: T) -> T:
    return a
