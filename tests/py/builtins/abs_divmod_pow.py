print(abs(-5), abs(5), abs(-2.5), abs(3 + 4j), abs(True), abs(-0.0), abs(-(10 ** 30)))
class A:
    def __abs__(self): return "custom abs"
print(abs(A()))
for bad in ["x", None, [1]]:
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 10 ** 20), divmod(True, 2))
try:
    divmod(1)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 8), pow(2.0, 3), pow(2, -2), pow(7, 2, 5), pow(-2, 3, 5), pow(2, 1000, 10 ** 9 + 7))
class P:
    def __pow__(self, o, mod=None): return f"pow({o}, {mod})"
    def __rpow__(self, o): return f"rpow({o})"
print(pow(P(), 2), pow(P(), 2, 3), P() ** 5, 2 ** P())
try:
    pow()
except TypeError as e:
    print(type(e).__name__, e)
