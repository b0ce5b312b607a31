x = 1  # type: int
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
y = []  # type: ignore
for i in range(3):  # type: int
    pass
with open(f) as fh:  # type: IO[str]
    pass
