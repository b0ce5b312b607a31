print((3.0).is_integer(), (3.5).is_integer(), float("inf").is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.25).as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print(type(e).__name__, e)
print((2.5).conjugate(), (2.5).real, (2.5).imag)
print((1.5).__trunc__(), (1.5).__floor__(), (1.5).__ceil__(), (-1.5).__floor__(), (-1.5).__ceil__())
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2))
print(float.__name__, type(1.5).__mro__)
print((1.5).__add__(1), (1.5).__radd__(1), (1.5).__add__("x"))
print(float.from_number(5), float.from_number(2.5))
try:
    float.from_number("5")
except TypeError as e:
    print(type(e).__name__, e)
