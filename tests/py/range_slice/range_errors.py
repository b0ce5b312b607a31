def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range("3"))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: range(5)[5])
t(lambda: range(5)[-6])
t(lambda: range(5).index(7))
t(lambda: range(5)["a"])
def assign():
    r = range(3)
    r[0] = 1
t(assign)
t(lambda: range(3) + range(2))
t(lambda: range(3) < range(4))
t(lambda: len(range(10 ** 100)))
