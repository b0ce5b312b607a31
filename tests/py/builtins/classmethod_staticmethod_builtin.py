class C:
    @classmethod
    def make(cls, *a):
        return (cls.__name__, a)
    @staticmethod
    def util(*a):
        return a
class D(C): pass
print(C.make(1), D.make(2), D().make(3), C.util(4), D().util(5))
cm = C.__dict__["make"]
sm = C.__dict__["util"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, D)(), sm.__get__(None, D)(1))
print(staticmethod(len)("abc"), C.util.__name__)
def plain(x): return x
wrapped = staticmethod(plain)
print(wrapped.__wrapped__ is plain, wrapped.__name__)
try:
    classmethod(5).__get__(None, C)()
except TypeError as e:
    print(type(e).__name__, e)
