order = []
def arg(name):
    order.append(name)
    return name
def f(*a, **k):
    return a, k
f(arg("a"), arg("b"), x=arg("c"), *[arg("d")], **{"y": arg("e")})
print(order)
order.clear()
def get_func():
    order.append("func")
    return f
get_func()(arg(1), arg(2))
print(order)
class Callable:
    def __init__(self): self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return sum(args)
c = Callable()
print(c(1, 2), c(), c.calls, callable(c))
print(f(1, *(), **{}), f(*(i for i in range(3))))
def kwnames(**kw): return list(kw)
print(kwnames(b=1, a=2, **{"c": 3}, d=4))
bound = "abc".upper
print(bound(), bound.__self__, bound.__name__)
m = [3, 1, 2].sort
print(m(), m.__self__)
