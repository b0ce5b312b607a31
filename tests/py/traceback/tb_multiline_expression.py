def compute(a, b, c):
    return a + b + c
total = compute(
    1,
    2,
    "three",
)
