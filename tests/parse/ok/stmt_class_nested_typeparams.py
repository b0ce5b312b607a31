class Outer[T]:
    class Inner[U]:
        def method[V](self, t: T, u: U, v: V) -> tuple[T, U, V]:
            return t, u, v
    type Alias[W] = dict[T, W]
    def generic[**P, R](self, f: Callable[P, R]) -> Callable[P, R]:
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            return f(*args, **kwargs)
        return wrapper
