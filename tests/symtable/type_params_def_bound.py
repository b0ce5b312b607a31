def f[T: int, *Ts, **P](a: T, *args: *Ts) -> None:
    pass
