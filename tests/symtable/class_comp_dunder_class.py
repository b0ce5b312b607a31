class C:
    def f(self):
        return super().f()
    x: int = 1
    [__class__ for _ in ()]
