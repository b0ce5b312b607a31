print(format(3.14159, ".2f"), format(42, "05d"), format("s", ">3"), format(255, "x"), format(1234567, ","), format(0.5, "%"))
print(format(42), format("plain"), format(None), format([1, 2]), repr(format(True, "")))
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
print(format(F()), format(F(), "abc"), f"{F():xyz}")
try:
    format(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(object(), "d")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
