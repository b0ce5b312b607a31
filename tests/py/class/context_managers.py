class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with Managed("a") as v:
    print("body", v)
with Managed("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Managed("c"):
        raise KeyError("escapes")
except KeyError as e:
    print("caught", repr(e))
with Managed("x") as x, Managed("y") as y:
    print("both", x, y)
with (Managed("p") as p,
      Managed("q") as q):
    print("parenthesized", p, q)
def early_return():
    with Managed("ret"):
        return "returned"
print(early_return())
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit not called")
try:
    with EnterRaises():
        print("not reached")
except OSError as e:
    print(type(e).__name__, e)
