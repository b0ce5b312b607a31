def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = [1, 2, 3]
t(lambda: a[3])
t(lambda: a[-4])
t(lambda: a["0"])
t(lambda: a[1.0])
t(lambda: [].pop())
t(lambda: a.pop(10))
t(lambda: a.remove(99))
t(lambda: a.index(99))
t(lambda: a.index(1, 1))
t(lambda: a + (4,))
t(lambda: a * 1.5)
t(lambda: a < (1,))
t(lambda: [1, "a"] < [1, 2])
t(lambda: sorted([1, "a"]))
t(lambda: [3, None].sort())
t(lambda: a.insert(1))
t(lambda: a.append(1, 2))
t(lambda: hash(a))
t(lambda: {a: 1})
t(lambda: {a})
def setidx():
    b = [1]
    b[5] = 0
t(setidx)
def delidx():
    b = [1]
    del b[1]
t(delidx)
def slice_step():
    b = [1, 2, 3, 4]
    b[::2] = [1, 2, 3]
t(slice_step)
def slice_nonit():
    b = [1, 2]
    b[0:1] = 5
t(slice_nonit)
t(lambda: a[::0])
t(lambda: list(5))
t(lambda: a.sort(key=1))
t(lambda: a.sort(reversed=True))
t(lambda: a.sort(lambda x: x))
