for n in [0, 1, -1, 7, 8, 255, -256, 2 ** 64, True]:
    print(n, bin(n), oct(n), hex(n))
class I:
    def __index__(self): return 10
print(bin(I()), oct(I()), hex(I()))
for bad in [1.5, "1", None]:
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(37), 2), int(oct(37), 8), int(hex(37), 16), int(hex(-37), 0))
