class C:
    v = 1
    def m(self):
        return [v for _ in range(2)]
