def f(a: int) -> int:
    return a
def f(a: int = 1, *args: str, b: bool = True, **kwargs: float) -> None:
    pass
def f(a: "forward", /, b: list[int], *, c: dict[str, int] | None = None) -> tuple[int, ...]:
    pass
def f(*args: *Ts) -> None:
    pass
def f(x: (yield_ann := 1)) -> (lambda: 0):
    pass
def f(a: int, b: Callable[[int], str] = str) -> Callable[..., Any]:
    pass
def f() -> "str": pass
