def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
tp = (1, 2, 3)
t(lambda: tp[3])
t(lambda: tp["a"])
def setit():
    tp[0] = 5
t(setit)
def delit():
    del tp[0]
t(delit)
t(lambda: tp.append(4))
t(lambda: tp + [4])
t(lambda: tp.index(9))
t(lambda: hash((1, [2])))
t(lambda: {(1, [2]): 3})
t(lambda: tuple(5))
t(lambda: (1, 2) < (1, "a"))
t(lambda: tp * tp)
lst_in_tuple = ([1],)
try:
    lst_in_tuple[0] += [2]
except TypeError as e:
    print(type(e).__name__ + ":", e)
print(lst_in_tuple)
