def kind(x):
    match x:
        case (1, 2):
            return "one-two"
        case [int(), int(), *_]:
            return "starts with two ints"
        case [str() as s]:
            return f"single string {s}"
        case []:
            return "empty sequence"
        case _:
            return "no match"
from typing import NamedTuple
class P(NamedTuple):
    a: int
    b: int
for v in [(1, 2), [1, 2], range(1, 3), (3, 4, 5), ["s"], "ab", b"\x01\x02", bytearray(b"\x01\x02"), (), {}, P(1, 2), P(5, 6), {1, 2}]:
    print(repr(v), "->", kind(v))
