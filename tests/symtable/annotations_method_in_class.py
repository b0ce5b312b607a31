class C:
    T = int
    def m(self, a: T) -> T: pass
