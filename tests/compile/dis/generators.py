def gen(n):
    x = yield n
    y = yield from range(x)
    return y
async def agen():
    yield 1
def ge(xs):
    return sum(x * x for x in xs if x)
