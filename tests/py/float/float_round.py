for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 2.4999]:
    print(v, round(v), type(round(v)).__name__)
print(round(3.14159, 2), round(3.14159, 0), round(1234.5678, -2), round(-1234.5678, -1))
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1.005, 2))
print(round(1e300, 2), round(1.5, None), type(round(1.5, 0)).__name__)
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
print(round(123.456, -5), round(-0.4), round(0.4))
