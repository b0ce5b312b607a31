"""Generic containers and protocols using PEP 695/696 type parameter syntax."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import wraps
from typing import (Any, Concatenate, Literal, Never, Protocol, Self, TypeGuard,
                    overload, override, runtime_checkable)

type JSON = None | bool | int | float | str | list[JSON] | dict[str, JSON]
type Pair[T] = tuple[T, T]
type Matrix[N: (int, float) = float] = list[list[N]]
type Decorator[**P, R] = Callable[[Callable[P, R]], Callable[P, R]]
type Shape[*Dims] = tuple[*Dims]


@runtime_checkable
class SupportsLessThan(Protocol):
    def __lt__(self, other: Any, /) -> bool: ...


class Comparable[T](Protocol):
    def compare(self, other: T) -> Literal[-1, 0, 1]: ...


class Stack[T]:
    __slots__ = ("_items",)

    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T) -> Self:
        self._items.append(item)
        return self

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek[D = None](self, default: D = None) -> T | D:
        return self._items[-1] if self._items else default

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def map[U](self, f: Callable[[T], U]) -> Stack[U]:
        return Stack(f(x) for x in self._items)


class Tree[K: SupportsLessThan, V = object]:
    @dataclass
    class _Node[KK, VV]:
        key: KK
        value: VV
        left: Tree._Node[KK, VV] | None = None
        right: Tree._Node[KK, VV] | None = None

    def __init__(self) -> None:
        self.root: Tree._Node[K, V] | None = None
        self.size = 0

    def insert(self, key: K, value: V) -> None:
        link = self.root
        if link is None:
            self.root = Tree._Node(key, value)
            self.size += 1
            return
        while True:
            if key < link.key:
                if link.left is None:
                    link.left = Tree._Node(key, value)
                    break
                link = link.left
            elif link.key < key:
                if link.right is None:
                    link.right = Tree._Node(key, value)
                    break
                link = link.right
            else:
                link.value = value
                return
        self.size += 1

    def items(self) -> Iterator[tuple[K, V]]:
        def walk(n: Tree._Node[K, V] | None) -> Iterator[tuple[K, V]]:
            if n:
                yield from walk(n.left)
                yield n.key, n.value
                yield from walk(n.right)
        return walk(self.root)


class Repository[T: Hashable, ID = int](ABC):
    @abstractmethod
    def get(self, id: ID) -> T | None: ...

    @abstractmethod
    def add(self, item: T) -> ID: ...

    def get_or_raise(self, id: ID) -> T:
        if (item := self.get(id)) is None:
            raise KeyError(id)
        return item


class MemoryRepository[T: Hashable](Repository[T, int]):
    def __init__(self) -> None:
        self._data: dict[int, T] = {}

    @override
    def get(self, id: int) -> T | None:
        return self._data.get(id)

    @override
    def add(self, item: T) -> int:
        new_id = len(self._data) + 1
        self._data[new_id] = item
        return new_id


def first[T](xs: Iterable[T]) -> T:
    for x in xs:
        return x
    raise ValueError("empty iterable")


def max_by[T, K: SupportsLessThan](xs: Iterable[T], key: Callable[[T], K]) -> T:
    it = iter(xs)
    best = next(it)
    best_key = key(best)
    for x in it:
        if best_key < (k := key(x)):
            best, best_key = x, k
    return best


def zip_pairs[*Ts](*its: *Ts) -> tuple[*Ts]:
    return its


def logged[**P, R](prefix: str) -> Decorator[P, R]:
    def deco(fn: Callable[P, R]) -> Callable[P, R]:
        @wraps(fn)
        def inner(*args: P.args, **kwargs: P.kwargs) -> R:
            print(f"{prefix}{fn.__name__}{args!r}")
            return fn(*args, **kwargs)
        return inner
    return deco


def with_retries[**P, R](fn: Callable[Concatenate[int, P], R]) -> Callable[P, R]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        last: Exception | None = None
        for attempt in range(3):
            try:
                return fn(attempt, *args, **kwargs)
            except Exception as e:
                last = e
        assert last is not None
        raise last
    return inner


@overload
def parse(x: str, as_type: type[int]) -> int: ...
@overload
def parse(x: str, as_type: type[float]) -> float: ...
@overload
def parse[T](x: str, as_type: Callable[[str], T]) -> T: ...
def parse(x, as_type):
    return as_type(x)


def is_str_list(xs: list[object]) -> TypeGuard[list[str]]:
    return all(isinstance(x, str) for x in xs)


def assert_never(x: Never) -> Never:
    raise AssertionError(f"unreachable: {x!r}")


def merge[K, V](*maps: Mapping[K, V], combine: Callable[[V, V], V] = lambda a, b: b) -> dict[K, V]:
    out: dict[K, V] = {}
    for m in maps:
        for k, v in m.items():
            out[k] = combine(out[k], v) if k in out else v
    return out


@logged("call: ")
def add(a: int, b: int = 0) -> int:
    return a + b


if __name__ == "__main__":
    s = Stack[int]().push(1).push(2)
    print(len(s), s.peek(), s.map(str).pop(), first("xyz"), max_by(["a", "bbb", "cc"], len))
    t: Tree[str, int] = Tree()
    for i, w in enumerate("the quick brown fox".split()):
        t.insert(w, i)
    print(list(t.items()), add(1, b=2), parse("3.5", float), merge({"a": 1}, {"a": 2}, combine=max))
    repo = MemoryRepository[str]()
    print(repo.get_or_raise(repo.add("x")), is_str_list(["a"]), isinstance(3, SupportsLessThan))
