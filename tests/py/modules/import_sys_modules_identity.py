import sys
import typing
import typing as t2
from typing import List
print(t2 is typing, typing.List is List, "typing" in sys.modules, sys.modules["typing"] is typing)
def f():
    import typing as inner
    return inner is typing
print(f())
print(type(typing).__name__, typing.__name__)
