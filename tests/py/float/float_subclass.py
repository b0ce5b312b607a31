class Money(float):
    def __str__(self):
        return f"${self:.2f}"
    def __add__(self, other):
        return Money(float(self) + float(other))
m = Money(3.5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(1 + m).__name__)
print(isinstance(m, float), m == 3.5, m * 2, type(m * 2).__name__)
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
c = Celsius(21.456)
print(c, float(c), type(float(c)).__name__)
print(Celsius(12.34))
