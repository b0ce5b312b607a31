"""Declarative finite state machines: a vending machine and a traffic light."""

import enum
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, ClassVar


class State(enum.Enum):
    IDLE = "idle"
    HAS_MONEY = "has_money"
    VENDING = "vending"
    OUT_OF_ORDER = "out_of_order"


class Event(enum.Enum):
    COIN = enum.auto()
    SELECT = enum.auto()
    DISPENSED = enum.auto()
    REFUND = enum.auto()
    FAULT = enum.auto()
    REPAIR = enum.auto()


class InvalidTransition(RuntimeError):
    pass


def transition(src, event, dst=None, *, guard=None):
    """Mark a method as the handler for (src, event); src may be a state or a tuple of states."""
    def mark(fn):
        fn.__transitions__ = [*getattr(fn, "__transitions__", []),
                              (src if isinstance(src, tuple) else (src,), event, dst, guard)]
        return fn
    return mark


class MachineMeta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns, **kwargs)
        table = {}
        for base in reversed(cls.__mro__[1:]):
            table.update(getattr(base, "_table", {}))
        for attr, value in ns.items():
            for srcs, event, dst, guard in getattr(value, "__transitions__", ()):
                for s in srcs:
                    table[s, event] = (attr, dst, guard)
        cls._table = table
        return cls


@dataclass
class Machine(metaclass=MachineMeta):
    state: State = State.IDLE
    history: list[tuple[State, Event, State]] = field(default_factory=list)
    listeners: dict[State, list[Callable]] = field(default_factory=lambda: defaultdict(list))
    initial: ClassVar[State] = State.IDLE

    def on_enter(self, state: State):
        def register(fn):
            self.listeners[state].append(fn)
            return fn
        return register

    def fire(self, event: Event, *args, **kwargs):
        try:
            method, dst, guard = self._table[self.state, event]
        except KeyError:
            raise InvalidTransition(f"{event.name} not allowed in {self.state.name}") from None
        if guard is not None and not guard(self, *args, **kwargs):
            raise InvalidTransition(f"guard rejected {event.name} in {self.state.name}")
        result = getattr(self, method)(*args, **kwargs)
        new = dst if dst is not None else result
        old, self.state = self.state, new
        self.history.append((old, event, new))
        for fn in self.listeners[new]:
            fn(old, event)
        return new


@dataclass
class VendingMachine(Machine):
    credit: int = 0
    stock: dict[str, tuple[int, int]] = field(default_factory=lambda: {"cola": (150, 3), "chips": (120, 0)})
    dispensed: list[str] = field(default_factory=list)

    @transition((State.IDLE, State.HAS_MONEY), Event.COIN, State.HAS_MONEY,
                guard=lambda self, amount: amount in {5, 10, 20, 50, 100, 200})
    def add_coin(self, amount: int) -> None:
        self.credit += amount

    @transition(State.HAS_MONEY, Event.SELECT)
    def select(self, item: str) -> State:
        match self.stock.get(item):
            case None:
                raise KeyError(item)
            case (_, 0):
                print(f"{item} is sold out")
                return State.HAS_MONEY
            case (price, _) if price > self.credit:
                print(f"insert {price - self.credit} more for {item}")
                return State.HAS_MONEY
            case (price, count):
                self.stock[item] = (price, count - 1)
                self.credit -= price
                self.dispensed.append(item)
                return State.VENDING

    @transition(State.VENDING, Event.DISPENSED)
    def done(self) -> State:
        return State.HAS_MONEY if self.credit else State.IDLE

    @transition(State.HAS_MONEY, Event.REFUND, State.IDLE)
    def refund(self) -> None:
        print(f"refunding {self.credit}")
        self.credit = 0

    @transition(tuple(State), Event.FAULT, State.OUT_OF_ORDER)
    def fault(self, reason: str = "unknown") -> None:
        print(f"fault: {reason}")

    @transition(State.OUT_OF_ORDER, Event.REPAIR)
    def repair(self) -> State:
        return State.HAS_MONEY if self.credit else State.IDLE


class Light(enum.IntEnum):
    RED = 0
    RED_AMBER = 1
    GREEN = 2
    AMBER = 3

    def next(self) -> "Light":
        return Light((self + 1) % len(Light))

    @property
    def duration(self) -> int:
        match self:
            case Light.RED | Light.GREEN:
                return 30
            case Light.RED_AMBER:
                return 2
            case Light.AMBER:
                return 3


def simulate(seconds: int, start: Light = Light.RED) -> list[tuple[int, Light]]:
    t, light, out = 0, start, []
    while t < seconds:
        out.append((t, light))
        t += light.duration
        light = light.next()
    return out


if __name__ == "__main__":
    vm = VendingMachine()

    @vm.on_enter(State.VENDING)
    def _beep(old, event):
        print(f"beep ({old.name} --{event.name}--> VENDING)")

    for ev, *args in [(Event.COIN, 100), (Event.COIN, 50), (Event.SELECT, "chips"),
                      (Event.SELECT, "cola"), (Event.DISPENSED,), (Event.FAULT, "jam"), (Event.REPAIR,)]:
        print(f"{ev.name:<10} -> {vm.fire(ev, *args).name}")
    try:
        vm.fire(Event.DISPENSED)
    except InvalidTransition as e:
        print("error:", e)
    print(simulate(100))
