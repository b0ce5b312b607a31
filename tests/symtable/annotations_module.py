a: int
b: str = "x"
c: list[int]
(d): int = 1
e.attr: int = 2
f[0]: int = 3
