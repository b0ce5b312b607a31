def f(xs):
    a = [x for x in xs if x > 0]
    b = {k: v for k, v in xs}
    c = {x for row in xs for x in row}
    return [[y for y in x] for x in xs], a, b, c
z = [w for w in range(3)]
async def h(ait):
    return [i async for i in ait]
