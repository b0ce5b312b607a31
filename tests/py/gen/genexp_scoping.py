x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
y = [1, 2]
g2 = (v for v in y)
y = [9, 9]
print(list(g2))
def outer():
    n = 2
    return [(lambda: n * i)() for i in range(3)], list(n * i for i in range(3))
print(outer())
class C:
    base = 5
    vals = list(range(3))
    gen_res = [v * 2 for v in vals]
print(C.gen_res)
nested = ((i, j) for i in range(2) for j in range(i, 2))
print(list(nested))
