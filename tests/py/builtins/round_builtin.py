print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1234.5678, -2))
print(round(7), round(7, 1), round(15, -1), round(25, -1), round(-15, -1), type(round(7.0)).__name__, type(round(7.0, 0)).__name__)
class R:
    def __round__(self, ndigits=None):
        return f"R.round({ndigits})"
print(round(R()), round(R(), 3))
for bad in [("x",), (1.5, "1"), (1.5, 1.0)]:
    try:
        round(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(round(0.1 + 0.2, 10), round(1e20, -19), round(-0.0), round(0.49999999999999994))
