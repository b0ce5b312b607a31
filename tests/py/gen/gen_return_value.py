def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", e.args)
def g2():
    return 5
    yield
try:
    next(g2())
except StopIteration as e:
    print("value:", e.value)
def g3():
    yield 1
try:
    next(x for x in [])
except StopIteration as e:
    print("genexp value:", e.value)
def delegator():
    r = yield from g()
    print("delegated result:", r)
    yield r * 2
print(list(delegator()))
def tuple_ret():
    return (1, 2)
    yield
try:
    next(tuple_ret())
except StopIteration as e:
    print(e.value, e.args)
def ret_none():
    yield 1
    return
it = ret_none()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e.value), e.args)
