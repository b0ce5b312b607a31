class Box[T]:
    def __init__(self, item: T) -> None:
        self.item = item
class Pair[K, V](Base[K], metaclass=Meta):
    pass
class Bounded[T: Hashable]:
    pass
class Constrained[T: (int, float)]:
    pass
class Variadic[*Ts]:
    pass
class Params[**P]:
    pass
class All[T, *Ts, **P]:
    pass
@decorator
class Decorated[T](Generic):
    x: T
class Trailing[T,]: pass
