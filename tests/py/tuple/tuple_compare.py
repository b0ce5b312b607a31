pairs = [((1, 2), (1, 2)), ((1, 2), (1, 3)), ((2,), (1, 9)), ((), (0,)), ((1, "a"), (1, "b")), ((1, 2.0), (1, 2))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
nan = float("nan")
t = (nan,)
print(t == t, (nan,) == (nan,), t < t)
print((1, (2, 3)) < (1, (2, 4)), (0, 0) < (0, 0, 0))
