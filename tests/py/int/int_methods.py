print((255).bit_length(), (0).bit_length(), (-256).bit_length())
print((255).bit_count(), (-7).bit_count(), (0).bit_count())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"))
print((-1).to_bytes(2, "big", signed=True), (255).to_bytes(1, "big"))
print((5).to_bytes(), (0).to_bytes(3, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(b""))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print((10).as_integer_ratio(), (-3).as_integer_ratio())
print((7).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((5).is_integer())
print(int.__name__, type(int).__name__)
print((3).__add__(4), (3).__radd__(4), (3).__sub__(4), (3).__rsub__(4))
print((3).__add__(4.0))
print((3).__truediv__(2), (3).__floordiv__(2), (3).__pow__(2), (3).__neg__())
print((17).__mod__(5), (17).__divmod__(5), (17).__lt__(5), (17).__eq__(17))
print(int.__add__(1, 2))
