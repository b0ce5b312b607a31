class P:
    __slots__ = ("x", "__y", "__dict__", "__weakref__")
print(P.__dict__.keys() if False else sorted(k for k in P.__dict__))
print(P.x, P._P__y)
p = P()
try: del p.x
except AttributeError as e: print(e)
try: P.x.__get__(3, int)
except TypeError as e: print(e)
try: P.x.__set__(3, 4)
except TypeError as e: print(e)
print(P.x.__name__, P.x.__objclass__, type(P.x))
class Q(P):
    __slots__ = "z"
print(Q.__slots__, Q.__dict__['z'])
try:
    class R(int): __slots__ = ("a",)
except TypeError as e: print(e)
try:
    class R(tuple): __slots__ = ("a",)
except TypeError as e: print(e)
try:
    class R: __slots__ = ("a", "a")
except TypeError as e: print(e)
try:
    class R: __slots__ = ("1a",)
except TypeError as e: print(e)
try:
    class R: __slots__ = (1,)
except TypeError as e: print(e)
try:
    class R(P): __slots__ = ("__dict__",)
except TypeError as e: print(e)
class S: __slots__ = ()
try: S().a = 1
except AttributeError as e: print(e)
class T(S): __slots__ = ["a"]
t = T(); t.a = 5; print(t.a)
try:
    class R(type): __slots__ = ("a",)
except TypeError as e: print(e)
class L(list): __slots__ = ("tag",)
l = L([1,2]); l.tag = 3; print(l, l.tag)
try: l.other = 1
except AttributeError as e: print(e)
class E(Exception): __slots__ = ("code",)
e = E("x"); e.code = 4; print(e.code, e.args); e.foo = 1; print(e.foo)
class A: __slots__ = ("a",)
class B: __slots__ = ("b",)
try:
    class C(A, B): pass
except TypeError as e: print(e)
print(type(P.__dict__['__dict__']) if '__dict__' in P.__dict__ else None)
