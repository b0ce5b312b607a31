calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) == v(1) != v(2) is not None)
print(calls)
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(1 in [1] in [[1]])
print(2 not in [1] not in [[2]])
