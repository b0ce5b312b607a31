def leaky():
    yield 1
    raise StopIteration("oops")
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
def next_inside():
    it = iter([])
    yield next(it)
try:
    print(list(next_inside()))
except RuntimeError as e:
    print(type(e).__name__, e)
def safe():
    it = iter([1])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v
print(list(safe()))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("from class")
print(list(It()))
def gen_stopasync():
    raise StopAsyncIteration
    yield
try:
    next(gen_stopasync())
except RuntimeError as e:
    print(type(e).__name__, e)
except StopAsyncIteration as e:
    print("StopAsyncIteration passes through a sync generator", repr(e))
