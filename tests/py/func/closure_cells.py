def make():
    x = 1
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = make()
print(g())
s(42)
print(g())
g2, s2 = make()
print(g2(), g())
print(g.__closure__[0].cell_contents, g.__code__.co_freevars, make.__code__.co_cellvars)
def loop_closures():
    fs = []
    for i in range(3):
        def f(): return i
        fs.append(f)
    i = 100
    return [f() for f in fs]
print(loop_closures())
def shared_cell():
    v = []
    return (lambda: v.append(len(v)) or v), (lambda: v)
add, get = shared_cell()
add(); add()
print(get())
