class Money:
    def __init__(self, cents): self.cents = cents
    def __repr__(self): return f"Money({self.cents})"
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.cents == other.cents
        if isinstance(other, int):
            return self.cents == other
        return NotImplemented
    def __hash__(self): return hash(self.cents)
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __le__(self, other):
        return self == other or self < other
print(Money(5) == Money(5), Money(5) == 5, 5 == Money(5), Money(5) != 6, Money(5) == "5")
print(Money(1) < Money(2), Money(2) > Money(1), Money(2) <= Money(2), Money(3) >= Money(2))
print(sorted([Money(3), Money(1), Money(2)]), max([Money(3), Money(7)]), {Money(1), Money(1), Money(2)} == {Money(1), Money(2)})
try:
    Money(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
print(Money(5) in [5], [Money(5)].count(5), {5: "int key"}[Money(5)] if hash(Money(5)) == hash(5) else "")
