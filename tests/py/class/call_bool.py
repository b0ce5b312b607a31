class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), list(map(add5, [1, 2])))
class Flag:
    def __init__(self, on): self.on = on
    def __bool__(self): return self.on
print(bool(Flag(True)), bool(Flag(False)), not Flag(False), "yes" if Flag(True) else "no")
print(Flag(False) or "fallback", Flag(True) and "second")
print([f.on for f in filter(None, [Flag(True), Flag(False), Flag(True)])])
class Sized:
    def __len__(self): return 0
print(bool(Sized()), "empty" if not Sized() else "full")
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
class CallReturnsSelf:
    def __call__(self): return self
c = CallReturnsSelf()
print(c()()() is c)
class CallViaClassAttr:
    pass
CallViaClassAttr.__call__ = lambda self: "patched call"
print(CallViaClassAttr()())
inst = NotCallable()
inst.__call__ = lambda: "instance attr"
try:
    inst()
except TypeError as e:
    print(type(e).__name__, e)
