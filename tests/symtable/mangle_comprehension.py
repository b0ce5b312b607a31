class C:
    def m(self, xs):
        return [__i for __i in xs]
