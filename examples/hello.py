"""A small program krait parses today and will run tomorrow."""
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float
    tags: list[str]


def total(items: list[Item], *, tag: str | None = None) -> float:
    return sum(i.price for i in items if tag is None or tag in i.tags)


items = [Item("tea", 3.5, ["drink"]), Item("cake", 4.25, ["food", "sweet"])]
match items:
    case [Item(name=first), *rest]:
        print(f"{first!r} and {len(rest)} more: {total(items):.2f}")
