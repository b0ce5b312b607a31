if (n := 10) > 5:
    print("n is", n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
print(y)
vals = iter([3, 2, 1, 0, 9])
while (v := next(vals)) != 0:
    print("v", v)
print((a := 1, a + 1))
def f():
    if (m := 3):
        return m * 2
print(f())
total = 0
print([total := total + x for x in range(5)])
print(total)
print(any((hit := x) > 2 for x in [1, 2, 3, 4]), hit)
