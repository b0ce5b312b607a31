from __future__ import annotations
class C[T]:
    x: T
    def m[U](self, a: U) -> T: ...
