class C:
    def m[T](self, x: T) -> T:
        return x
