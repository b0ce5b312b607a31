print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
print(~0, ~5, ~-1, ~-6)
print(1 << 10, 1024 >> 3, -1 >> 10, -16 >> 2, -17 >> 2)
print(-5 & 0xFF, -5 | 2, -5 ^ -3)
print(5 & -1, 0 | 0, (1 << 65) & ((1 << 66) - 1))
print((-(1 << 70)) & 0xFFFF, (-(1 << 70)) | 1)
print(~(1 << 80))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
print(5 >> 100, -5 >> 100)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(~int(True), type(~int(False)).__name__)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 << 1.0
except TypeError as e:
    print(type(e).__name__, e)
