x = "outer"
res = [x for x in range(3)]
print(res, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)], {i: z for i in range(2)}, {z + i for i in range(2)}, list(z - i for i in range(2))
print(f())
class C:
    items = [1, 2, 3]
    total = sum(v for v in items)
    squares = [v * v for v in items]
print(C.total, C.squares)
class D:
    k = 10
    try:
        vals = [k + i for i in range(3)]
    except NameError as e:
        msg = str(e)
    outer_ok = [i for i in range(k)]
print(D.msg, len(D.outer_ok))
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([(lambda i=i: i)() for i in range(3)])
n = 2
print([[n for _ in range(n)] for n in range(4)])
print(n)
