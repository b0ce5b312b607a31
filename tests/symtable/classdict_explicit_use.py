class C:
    def m(self):
        return __classdict__
    x = __classdict__
