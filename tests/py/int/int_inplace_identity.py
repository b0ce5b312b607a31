a = 1000
b = a
a += 1
print(a, b)
x = 5
y = x
print(x is y)
for n in [0, 1, -1, 255, 256, 10 ** 10]:
    print(n, n == int(str(n)), n.__class__.__name__)
z = 7
z **= 2
z //= 3
z %= 5
print(z)
print(int.__mro__)
print(isinstance(5, (str, int)), isinstance(5, float))
