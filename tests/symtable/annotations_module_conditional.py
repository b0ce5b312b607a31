if cond:
    a: int
for i in range(2):
    b: str
