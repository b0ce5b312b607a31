a = [1, 2]
b = (3, 4)
print([*a, *b, 5])
print((*a, *b))
print({*a, *b})
print(*a, *b)
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"w": 0, **d1, "x": 100})
print([*"hi", *range(3)])
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 9, *b, k=1, **d1))
print(f(**{"a": 1}, **{"b": 2}))
try:
    f(**d1, **{"x": 5})
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)
x = *a, *b
print(x)
