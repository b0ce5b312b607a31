it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty StopIteration", repr(e), e.value)
def g():
    return "gen result"
    yield
gen = g()
try:
    gen.send(None)
except StopIteration as e:
    print(e.value)
class Countdown:
    def __init__(self): self.n = 2
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration("custom value ignored by for")
        self.n -= 1
        return self.n
for v in Countdown():
    print(v)
print(list(Countdown()))
