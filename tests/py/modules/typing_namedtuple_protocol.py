from typing import NamedTuple, Protocol, TypedDict, runtime_checkable, overload
class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p.x, p[1], Point(5), p._asdict(), p._replace(y=9), Point._fields, tuple(p), p == (1, 2))
a, b = p
print(a, b, isinstance(p, tuple), len(p))
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "Up", "year": 2009}
print(m, type(m).__name__, Movie(title="x", year=1))
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class File:
    def close(self) -> None:
        print("closed")
print(isinstance(File(), Closer), isinstance(5, Closer))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("ab"))
