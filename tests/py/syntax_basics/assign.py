a = 1
b = c = 2
print(a, b, c)
x, y = 3, 4
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (5, 6), 7
print(p, q, r)
[s, t] = "st"
print(s, t)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
h, *mid, tl = "hello"
print(h, mid, tl)
a, *b = [1]
print(a, b)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
i = 0
i, lst[i] = 1, "changed"
print(i, lst)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
