class C[T, *Ts, **P](list[T]):
    x: T
    def m(self) -> T:
        return self.x
