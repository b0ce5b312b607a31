from dataclasses import dataclass, field, asdict, replace, astuple
@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    qty: int = 1
i = Item("pen", 1.5)
print(i, i == Item("pen", 1.5), asdict(i), astuple(i), replace(i, qty=3))
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
print(P(1, 2) < P(2, 0), sorted([P(2), P(1, 5), P(1, 1)]), hash(P(1)) == hash(P(1)))
try:
    P(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
