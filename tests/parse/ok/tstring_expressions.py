t"{a if b else c}"
t"{(lambda: 1)()}"
t"{(x := 1)}"
t"{[x for x in y]}"
t"{ {'a': 1} }"
t"{*a, b}"
t"{a, b}"
t"{...}"
def g():
    t"{(yield)}"
    t"{yield x}"
async def h():
    t"{await x}"
