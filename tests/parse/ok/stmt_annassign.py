x: int
x: int = 1
y: list[int] = []
z: "forward" = None
obj.attr: int = 3
obj.attr: str
obj[0]: float = 1.5
d["k"]: dict[str, int]
(x): int = 5
(obj.attr): bytes
w: int | None = None
v: tuple[int, ...] = (1, 2)
u: callable = lambda: 0
s: tuple = 1, 2, 3
r: list = *a, *b
