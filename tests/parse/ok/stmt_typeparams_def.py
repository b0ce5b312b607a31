def identity[T](x: T) -> T:
    return x
def first[T](xs: list[T]) -> T:
    return xs[0]
def bounded[T: int](x: T) -> T:
    return x
def constrained[T: (int, str)](x: T) -> T:
    return x
def variadic[*Ts](*args: *Ts) -> tuple[*Ts]:
    return args
def paramspec[**P, R](f: Callable[P, R]) -> Callable[P, R]:
    return f
def many[T, U: str, *Ts, **P](a: T, b: U) -> None:
    pass
def trailing[T,](x: T) -> T:
    return x
async def agen[T](x: T) -> T:
    return x
class C:
    def method[T](self, x: T) -> T:
        return x
def forward[T: "Forward"](x: T) -> T:
    return x
