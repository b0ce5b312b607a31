class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
c = Countdown(2)
for x in c:
    print("x", x)
print(list(c))
class Squares:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return (i * i for i in range(self.n))
sq = Squares(4)
print(list(sq), list(sq), sum(sq), max(sq), 9 in sq)
class OldStyle:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return chr(97 + i)
print(list(OldStyle()), "b" in OldStyle(), [c for c in OldStyle()])
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self): return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
a, b, c = Countdown(3)
print(a, b, c)
print(*Countdown(4))
