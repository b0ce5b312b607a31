class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
def fib_gen(limit):
    a, b = 0, 1
    while a <= limit:
        yield a
        a, b = b, a + b
print(list(Fib(100)), list(fib_gen(100)), list(Fib(100)) == list(fib_gen(100)))
f = Fib(10)
print(list(f), list(f))
g = fib_gen(10)
print(list(g), list(g))
print(sum(Fib(1000)), max(fib_gen(1000)), 55 in Fib(100))
