"""Inventory domain model built from dataclasses, enums and properties."""

from __future__ import annotations

import enum
import functools
import itertools
import json
from dataclasses import InitVar, asdict, dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP
from typing import ClassVar, Final, Iterable, NamedTuple, Self

CENT: Final = Decimal("0.01")
_ids = itertools.count(1)


class Unit(enum.StrEnum):
    PIECE = "pc"
    KILOGRAM = "kg"
    LITRE = "l"
    METRE = "m"


class Category(enum.IntFlag):
    NONE = 0
    FOOD = enum.auto()
    DRINK = enum.auto()
    TOOL = enum.auto()
    FRAGILE = enum.auto()
    PERISHABLE = FOOD | DRINK


class Money(NamedTuple):
    amount: Decimal
    currency: str = "EUR"

    def __add__(self, other: Money) -> Money:  # type: ignore[override]
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} != {other.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __mul__(self, k: int | Decimal) -> Money:  # type: ignore[override]
        return Money((self.amount * k).quantize(CENT, rounding=ROUND_HALF_UP), self.currency)

    def __str__(self) -> str:
        return f"{self.amount:,.2f} {self.currency}"


@dataclass(frozen=True, order=True, slots=True)
class SKU:
    prefix: str
    number: int

    def __post_init__(self) -> None:
        if not (self.prefix.isalpha() and self.prefix.isupper()):
            raise ValueError(f"bad SKU prefix {self.prefix!r}")
        if not 0 < self.number < 1_000_000:
            raise ValueError(f"bad SKU number {self.number}")

    @classmethod
    def parse(cls, text: str) -> Self:
        prefix, _, number = text.partition("-")
        return cls(prefix, int(number))

    def __str__(self) -> str:
        return f"{self.prefix}-{self.number:06d}"


@dataclass(kw_only=True)
class Product:
    sku: SKU
    name: str
    unit: Unit = Unit.PIECE
    price: Money
    category: Category = Category.NONE
    tags: frozenset[str] = frozenset()
    shelf_life: timedelta | None = None
    registry: ClassVar[dict[SKU, Product]] = {}

    def __post_init__(self) -> None:
        if self.sku in Product.registry:
            raise KeyError(f"duplicate product {self.sku}")
        Product.registry[self.sku] = self

    @property
    def perishable(self) -> bool:
        return bool(self.category & Category.PERISHABLE) or self.shelf_life is not None


@dataclass
class Batch:
    product: Product
    quantity: int
    received: date
    id: int = field(default_factory=lambda: next(_ids), compare=False)
    discount: InitVar[Decimal | None] = None
    unit_price: Money = field(init=False)

    def __post_init__(self, discount: Decimal | None) -> None:
        base = self.product.price
        self.unit_price = base * (1 - discount) if discount else base

    @functools.cached_property
    def expires(self) -> date | None:
        life = self.product.shelf_life
        return self.received + life if life else None

    def expired(self, today: date) -> bool:
        return (exp := self.expires) is not None and exp < today

    @property
    def value(self) -> Money:
        return self.unit_price * self.quantity


@dataclass
class Warehouse:
    name: str
    batches: list[Batch] = field(default_factory=list)
    log: list[str] = field(default_factory=list, repr=False)

    def receive(self, product: Product, quantity: int, when: date, *, discount: Decimal | None = None) -> Batch:
        if quantity <= 0:
            raise ValueError("quantity must be positive")
        batch = Batch(product, quantity, when, discount=discount)
        self.batches.append(batch)
        self.log.append(f"{when:%Y-%m-%d} +{quantity} {product.unit} {product.name} (batch {batch.id})")
        return batch

    def stock(self, sku: SKU) -> int:
        return sum(b.quantity for b in self.batches if b.product.sku == sku)

    def ship(self, sku: SKU, quantity: int, when: date) -> list[tuple[int, int]]:
        """Ship FEFO (first expiring, first out); return (batch id, taken) pairs."""
        if self.stock(sku) < quantity:
            raise LookupError(f"not enough {sku}: have {self.stock(sku)}, need {quantity}")
        taken: list[tuple[int, int]] = []
        candidates = sorted(
            (b for b in self.batches if b.product.sku == sku and not b.expired(when)),
            key=lambda b: (b.expires or date.max, b.received, b.id),
        )
        for batch in candidates:
            if quantity == 0:
                break
            n = min(batch.quantity, quantity)
            batch.quantity -= n
            quantity -= n
            taken.append((batch.id, n))
        self.batches = [b for b in self.batches if b.quantity]
        if quantity:
            raise LookupError(f"{quantity} units of {sku} are expired")
        self.log.append(f"{when:%Y-%m-%d} -{sum(n for _, n in taken)} {sku}")
        return taken

    def total_value(self) -> Money:
        return functools.reduce(lambda a, b: a + b, (b.value for b in self.batches), Money(Decimal(0)))

    def report(self, today: date) -> str:
        lines = [f"== {self.name} ({today.isoformat()}) =="]
        by_product = itertools.groupby(sorted(self.batches, key=lambda b: b.product.sku), key=lambda b: b.product)
        for product, group in by_product:
            group = list(group)
            flags = "".join(
                flag for flag, cond in (("P", product.perishable), ("X", any(b.expired(today) for b in group))) if cond
            )
            lines.append(f"{str(product.sku):<10} {product.name:<16} {sum(b.quantity for b in group):>5} {flags:<2}")
        lines.append(f"total value: {self.total_value()}")
        return "\n".join(lines)

    def to_json(self) -> str:
        def default(o: object) -> object:
            match o:
                case Decimal():
                    return str(o)
                case date():
                    return o.isoformat()
                case frozenset() | set():
                    return sorted(o)
                case enum.Enum():
                    return o.value
                case timedelta(days=d):
                    return {"days": d}
                case _:
                    raise TypeError(type(o).__name__)
        return json.dumps([asdict(b) for b in self.batches], default=default, indent=2)


def demo() -> Warehouse:
    apple = Product(sku=SKU("FRU", 1), name="apple", unit=Unit.KILOGRAM,
                    price=Money(Decimal("2.40")), category=Category.FOOD, shelf_life=timedelta(days=14))
    hammer = Product(sku=SKU.parse("TOO-42"), name="hammer", price=Money(Decimal("12.99")),
                     category=Category.TOOL, tags=frozenset({"steel", "hand-tool"}))
    wh = Warehouse("north")
    start = date(2024, 3, 1)
    wh.receive(apple, 50, start)
    wh.receive(apple, 30, start + timedelta(days=3), discount=Decimal("0.1"))
    wh.receive(hammer, 5, start)
    wh.ship(apple.sku, 60, start + timedelta(days=5))
    return wh


if __name__ == "__main__":
    w = demo()
    print(w.report(date(2024, 3, 20)))
    print(replace(w.batches[0], quantity=1))
