class C:
    def m(self):
        return __class__
    def n(self):
        def inner():
            return __class__
        return inner
