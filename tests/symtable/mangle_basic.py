class C:
    __private = 1
    def __m(self):
        return self.__private + __private
    def f(self):
        __local = 2
        return __local
