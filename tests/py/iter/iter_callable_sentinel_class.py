class Reader:
    def __init__(self, chunks):
        self.chunks = list(chunks)
    def read(self):
        return self.chunks.pop(0) if self.chunks else b""
r = Reader([b"abc", b"de", b"f"])
print(list(iter(r.read, b"")))
counter = iter(range(10)).__next__
print(list(iter(counter, 5)))
calls = []
def f():
    calls.append(1)
    return len(calls)
it = iter(f, 3)
print(type(it).__name__, list(it), len(calls))
print(next(it, "exhausted"), len(calls))
