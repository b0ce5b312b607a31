def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", repr(e), "|", e)
d = {"a": 1}
t(lambda: d["b"])
t(lambda: d[0])
t(lambda: d[("t", 1)])
t(lambda: d[[1]])
t(lambda: {}.popitem())
t(lambda: d.pop("zz"))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict(5))
t(lambda: d < d)
t(lambda: d + d)
t(lambda: d.update(1))
t(lambda: {}[""])
t(lambda: dict.fromkeys(5))
def mutate():
    dd = {1: 1, 2: 2}
    for k in dd:
        dd[k + 10] = 0
t(mutate)
def mutate_del():
    dd = {1: 1, 2: 2}
    for k in dd:
        del dd[k]
t(mutate_del)
t(lambda: d.get())
t(lambda: d.keys()[0])
