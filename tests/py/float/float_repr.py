for x in [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
          1e-4, 1e-5, 0.0001234, 1.5e300, 5e-324, 1.7976931348623157e308, 2.5, 100.0,
          3.141592653589793, 1e22, 1e23, 9007199254740993.0, 0.3, 1.1 * 3, 4.35, 2 ** 0.5]:
    print(repr(x), str(x))
print(float("inf"), float("-inf"), float("nan"), -float("nan"))
print(repr(float("infinity")), repr(float("-Infinity")), repr(float("NaN")))
print([1.0, 2.5], (0.1,), {"k": 1e100})
