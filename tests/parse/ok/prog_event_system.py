"""An event bus with typed events, priorities, weak subscribers and plugin auto-registration."""

import inspect
import itertools
import weakref
from abc import ABCMeta
from collections import defaultdict
from functools import partial, total_ordering, wraps
from heapq import heappop, heappush
from types import MappingProxyType


class EventMeta(ABCMeta):
    registry = {}

    def __new__(mcs, name, bases, namespace, /, topic=None, **kwargs):
        cls = super().__new__(mcs, name, bases, namespace, **kwargs)
        cls.topic = topic or ".".join(part.lower() for part in cls.__qualname__.split("."))
        if cls.topic in mcs.registry and not namespace.get("__abstract__"):
            raise TypeError(f"duplicate topic {cls.topic!r}")
        mcs.registry[cls.topic] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        inst._seq = next(Event._counter)
        return inst


class Event(metaclass=EventMeta, topic="event"):
    __abstract__ = True
    _counter = itertools.count()
    __slots__ = ("_seq", "payload", "cancelled", "__weakref__")

    def __init__(self, **payload):
        self.payload = MappingProxyType(dict(payload))
        self.cancelled = False

    def __getattr__(self, name):
        try:
            return self.payload[name]
        except KeyError:
            raise AttributeError(f"{type(self).__name__!s} has no field {name!r}") from None

    def cancel(self):
        self.cancelled = True

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.payload.items())
        return f"{type(self).__name__}#{self._seq}({fields})"


class UserCreated(Event, topic="user.created"):
    __slots__ = ()


class UserDeleted(Event, topic="user.deleted"):
    __slots__ = ()


class OrderPlaced(Event):
    __slots__ = ()

    class Express(Event):
        __slots__ = ()


@total_ordering
class Subscription:
    _ids = itertools.count()

    def __init__(self, callback, priority=0, once=False):
        self.id = next(self._ids)
        self.priority = priority
        self.once = once
        if inspect.ismethod(callback):
            self._ref = weakref.WeakMethod(callback)
        else:
            self._ref = lambda cb=callback: cb

    @property
    def callback(self):
        return self._ref()

    def __eq__(self, other):
        return (self.priority, self.id) == (other.priority, other.id)

    def __lt__(self, other):
        return (-self.priority, self.id) < (-other.priority, other.id)


class Bus:
    def __init__(self):
        self._subs = defaultdict(list)
        self._queue = []
        self._dispatching = False
        self.dead_letters = []

    def subscribe(self, topic, callback=None, *, priority=0, once=False):
        if callback is None:
            return partial(self.subscribe, topic, priority=priority, once=once)
        if isinstance(topic, type) and issubclass(topic, Event):
            topic = topic.topic
        sub = Subscription(callback, priority, once)
        self._subs[topic].append(sub)
        self._subs[topic].sort()
        return callback

    def on(self, *topics, **opts):
        def deco(fn):
            for t in topics:
                self.subscribe(t, fn, **opts)
            return fn
        return deco

    def publish(self, event, *, priority=0):
        heappush(self._queue, (-priority, event._seq, event))
        if not self._dispatching:
            self._drain()

    def _matching(self, topic):
        parts = topic.split(".")
        for i in range(len(parts), 0, -1):
            yield ".".join(parts[:i])
        yield "*"

    def _drain(self):
        self._dispatching = True
        try:
            while self._queue:
                *_, event = heappop(self._queue)
                delivered = False
                for topic in self._matching(event.topic):
                    for sub in list(self._subs.get(topic, ())):
                        if event.cancelled:
                            break
                        if (cb := sub.callback) is None:
                            self._subs[topic].remove(sub)
                            continue
                        cb(event)
                        delivered = True
                        if sub.once:
                            self._subs[topic].remove(sub)
                if not delivered:
                    self.dead_letters.append(event)
        finally:
            self._dispatching = False


class Plugin:
    plugins = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins[name or cls.__name__.lower()] = cls

    def __init__(self, bus):
        self.bus = bus
        for _, method in inspect.getmembers(self, inspect.ismethod):
            for topic in getattr(method, "_topics", ()):
                bus.subscribe(topic, method)


def handles(*topics):
    def mark(fn):
        fn._topics = topics
        return fn
    return mark


def logged(fn):
    @wraps(fn)
    def wrapper(self, event):
        print(f"[{type(self).__name__}] {event!r}")
        return fn(self, event)
    return wrapper


class Audit(Plugin, name="audit"):
    def __init__(self, bus):
        super().__init__(bus)
        self.seen = []

    @handles("user", "order")
    @logged
    def record(self, event):
        self.seen.append(event.topic)


class Welcome(Plugin):
    @handles(UserCreated.topic)
    def greet(self, event):
        if event.name.startswith("_"):
            event.cancel()
            return
        self.bus.publish(OrderPlaced(user=event.name, items=["welcome-pack"]), priority=-1)


if __name__ == "__main__":
    bus = Bus()
    plugins = [cls(bus) for cls in Plugin.plugins.values()]

    @bus.on("*", priority=-100)
    def everything(event):
        print("  *", event)

    bus.subscribe(UserDeleted, lambda e: print("  bye", e.name), once=True)
    bus.publish(UserCreated(name="ada"))
    bus.publish(UserCreated(name="_system"))
    bus.publish(UserDeleted(name="ada"))
    bus.publish(UserDeleted(name="bob"))
    bus.publish(OrderPlaced.Express(user="ada", items=[]), priority=5)
    print(plugins[0].seen, EventMeta.registry.keys(), bus.dead_letters)
