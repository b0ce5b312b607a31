class C:
    def m(self, __a, *__b, __c=1, **__d):
        return lambda __e: __a
