from typing import Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, cast, TYPE_CHECKING, ClassVar, Final, Literal, Iterable, Iterator, Sequence, Mapping
print(TYPE_CHECKING)
if TYPE_CHECKING:
    print("never at run time")
def greet(name: Optional[str] = None, times: int = 1) -> List[str]:
    return [f"hi {name or 'you'}"] * times
print(greet(), greet("ann", 2))
T = TypeVar("T")
print(T, T.__name__)
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
b: Box[int] = Box(5)
print(b.get(), Box[int].__origin__ is Box, type(b).__name__)
x = cast(int, "not really an int")
print(x, cast("List[int]", [1]))
Vector = List[float]
def scale(v: Vector, k: float) -> Vector:
    return [k * e for e in v]
print(scale([1.0, 2.0], 2))
print(Optional[int], Union[int, str], List[int], Dict[str, int], Tuple[int, ...], Callable[[int], str])
print(Union[int, str] == (int | str), Optional[int] == Union[int, None], Union[int] is int)
class Config:
    MAX: ClassVar[int] = 10
    NAME: Final = "cfg"
print(Config.MAX, Config.NAME, Literal["a", "b"], Any)
def process(items: Iterable[int]) -> Iterator[int]:
    for i in items:
        yield i * 2
print(list(process([1, 2])))
print(greet.__annotations__)
print(isinstance([], Sequence) if False else "skip", List[int].__args__, Dict[str, int].__origin__)
