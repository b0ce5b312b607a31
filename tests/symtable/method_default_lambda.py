class C:
    k = 1
    def m(self, f=lambda: k, g=[k for _ in ()]):
        return f
