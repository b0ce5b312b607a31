class __C[__T]:
    def m(self, a: __T): return __T
