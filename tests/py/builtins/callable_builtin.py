class WithCall:
    def __call__(self): pass
class Without:
    pass
def f(): pass
print(callable(f), callable(lambda: 0), callable(len), callable(str.upper), callable("".upper), callable(int))
print(callable(WithCall()), callable(Without()), callable(Without), callable(None), callable(5), callable([]))
print(callable(print), callable(type), callable(object()), callable(staticmethod(f)), callable(classmethod(f)))
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
