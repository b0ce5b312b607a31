"""A small program for `krait run`: classes, pattern matching, generators,
comprehensions, f-strings and exceptions, with CPython 3.14's output."""


class Item:
    __match_args__ = ("name", "price")

    def __init__(self, name: str, price: float, *tags: str):
        self.name, self.price, self.tags = name, price, set(tags)

    def __repr__(self):
        return f"Item({self.name!r}, {self.price})"


def total(items, *, tag=None):
    return sum(i.price for i in items if tag is None or tag in i.tags)


def running(values):
    acc = 0
    for v in values:
        acc += v
        yield acc


items = [Item("tea", 3.5, "drink"), Item("cake", 4.25, "food", "sweet"),
         Item("scone", 2.75, "food")]
match items:
    case [Item(first, _), *rest]:
        print(f"{first!r} and {len(rest)} more: {total(items):.2f}")
print("food:", total(items, tag="food"), sorted(i.name for i in items if "food" in i.tags))
print("running:", list(running(i.price for i in items)))
print({i.name: round(i.price * 1.2, 2) for i in items})
try:
    Item("bad", "free") + 1
except TypeError as e:
    print("TypeError:", e)
