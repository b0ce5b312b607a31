class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec == "F":
            return f"{self.c * 9 / 5 + 32:.1f}F"
        if spec == "":
            return f"{self.c}C"
        return format(self.c, spec) + "C"
    def __str__(self): return "Temp-str"
    def __repr__(self): return "Temp-repr"
t = Temp(100)
print(f"{t}", f"{t:F}", f"{t:.2f}", f"{t!s}", f"{t!r}", format(t), format(t, "F"), "{:F}".format(t))
print(str(t), "%s" % t)
class NoFormat:
    def __str__(self): return "nf"
print(f"{NoFormat()}", format(NoFormat()), f"{NoFormat()!s:>4}")
try:
    f"{NoFormat():>4}"
except TypeError as e:
    print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec): return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
class Sub(int):
    def __format__(self, spec): return "sub:" + spec
print(f"{Sub(5):x}", format(Sub(5)), str(Sub(5)))
