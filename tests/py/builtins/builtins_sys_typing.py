# sys and typing at run time: struct sequences, streams, limits, and the
# typing objects' reprs, subscripting and runtime checks.
import sys
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type, Callable,
                    Literal, ClassVar, Final, Annotated, TypeVar, Generic, Iterable, Sequence,
                    Mapping, cast, overload, get_origin, get_args, NoReturn, Never, Self)
vi = sys.version_info
print(vi[:2], vi[0] == vi.major, vi.releaselevel, tuple(vi)[:2], vi > (3,), vi < (3, 15))
print(sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.default_max_str_digits)
print(sys.maxunicode, sys.getdefaultencoding(), sys.get_int_max_str_digits(), callable(sys.intern))
old = sys.getrecursionlimit()
sys.setrecursionlimit(800)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for bad in [0, -5, 1.5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
print(sys.intern("abc") == "abc", sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError as e:
    print(sys.exc_info()[0].__name__, sys.exception() is e, sys.exc_info()[1] is e)
print(sys.exception())
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
print(sys.stdout.write("x\n"), sys.stderr.flush(), sys.stdout.encoding, sys.stdout.writable())

print(Any, NoReturn, Never, Self, Optional[str], Union[int, str, int], Union[int, None, str])
print(List, List[int], Dict[str, List[int]], Set[bytes], FrozenSet[int], Type[int], Tuple[()], Tuple[int, str])
print(Callable[..., int], Callable[[], None], Callable[[int, str], bool], Literal[1, "a", None])
print(ClassVar[int], Final[str], Annotated[int, "meta", 5], Iterable[int], Sequence[str], Mapping[str, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]) is Union, get_args(Optional[int]))
print(get_args(Callable[[int], str]), get_origin(Literal[1]) is Literal, get_args(Literal[1, 2]))
T = TypeVar("T")
K = TypeVar("K", bound=int)
V = TypeVar("V", str, bytes)
C = TypeVar("C", covariant=True)
print(T, K, V, C, K.__bound__, V.__constraints__, T | None, Optional[T], List[T], Dict[K, V][int, str])
class Pair(Generic[K, V]):
    def __init__(self, k, v):
        self.k, self.v = k, v
print(Pair[int, str], Pair[int, str].__args__, Pair(1, "x").v, isinstance(Pair(1, "y"), Pair))
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance([], Iterable), isinstance(5, Iterable))
for f in [lambda: isinstance([], List[int]), lambda: isinstance(1, Any), lambda: List(), lambda: Union[()], lambda: ClassVar[int, str]]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(cast(List[int], "x"), cast("str", 1), Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(List[int] == List[int], List[int] == List[str], Optional[int] == (int | None), Dict[str, int] != Dict[str, str])
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x
print(g(1), g("s"))
