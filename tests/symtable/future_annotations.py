from __future__ import annotations
a: int
class C:
    b: str
    def m(self, x: C) -> C: pass
def f(y: int = 1) -> str:
    z: float = 2.0
