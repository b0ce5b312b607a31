# abs, divmod, pow (3 arguments), round, hex/oct/bin of big ints, hash.
print(abs(-2**63), abs(-0.0), abs(-3.5), abs(True), abs(-2**100), abs(3 - 4j))
print(divmod(2**70, 3), divmod(-7, 2), divmod(7, -2), divmod(-7.5, 2), divmod(True, 2), divmod(7, 2.5))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (2**70, 0)]:
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod(1j, 1)
except TypeError as e:
    print(type(e).__name__, e)
class D:
    def __divmod__(self, o):
        return ("divmod", o)
    def __rdivmod__(self, o):
        return ("rdivmod", o)
print(divmod(D(), 1), divmod(1, D()))
print(pow(2, 10), pow(2, -1), pow(2, 3, 5), pow(2, -1, 5), pow(3, 2**100, 7), pow(-2, 3, 5), pow(2, 3, -5))
for args in [(2, 3, 0), (2.0, 3, 5), (2, 0.5, 3), (2, 3, "a"), ("a", 2), (2, -1, 4), (0, -1)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(hex(2**100), oct(-2**70), bin(2**65 + 1), hex(-1), bin(-5), oct(0))
class Idx:
    def __index__(self):
        return 255
print(hex(Idx()), oct(Idx()), bin(Idx()), chr(Idx()))
for f in (hex, oct, bin):
    try:
        f(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(-1), hash(-2), hash(10**6), hash(-7), hash(1.0), hash(-0.0), hash(True))
print(round(2.5), round(-0.5), round(1.25, 1), round(123, -1), round(5, -1), round(-25, -1), round(1.5, None))
try:
    round(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    round([1])
except TypeError as e:
    print(type(e).__name__, e)
