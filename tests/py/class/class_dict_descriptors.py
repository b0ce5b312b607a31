class E(Exception): pass
print(sorted(E.__dict__))
class L(list): pass
print(sorted(L.__dict__))
class A: pass
class B(A): pass
print(sorted(A.__dict__), sorted(B.__dict__))
print(A.__dict__['__dict__'], A.__dict__['__weakref__'], type(A.__dict__['__dict__']).__name__)
a = A(); print(A.__dict__['__dict__'].__get__(a), A().__weakref__)
class S: __slots__ = ('__weakref__',)
print(sorted(S.__dict__))
class M(type): pass
print(sorted(M.__dict__))
def f(): pass
try: A.__dict__['__dict__'].__get__(1)
except TypeError as e: print(e)
print(A.__dict__['__dict__'].__name__, A.__dict__['__dict__'].__objclass__)
class A:
    x = 1
    def f(self): self.y = 1
print(list(A.__dict__))
class B:
    """doc"""
    __slots__ = ('a', '__weakref__')
print(list(B.__dict__))
class C(A):
    def __eq__(self, o): return True
print(list(C.__dict__))
