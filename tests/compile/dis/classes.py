@decorate
class C(Base, metaclass=Meta):
    """Doc."""
    attr: int = 1
    ys = [v * 2 for v in range(3)]
    def __init__(self, a):
        self.a = a
        self.__b = a
    def m(self):
        return super().m() + __class__.__name__
    @staticmethod
    def s(*args, **kw):
        return C(*args, **kw)
