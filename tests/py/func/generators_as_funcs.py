def gen_func():
    yield 1
print(type(gen_func).__name__, type(gen_func()).__name__)
def maybe_gen(flag):
    if flag:
        yield "yes"
    return "ret"
g = maybe_gen(False)
try:
    next(g)
except StopIteration as e:
    print("stop value", e.value)
print(list(maybe_gen(True)))
print(gen_func.__code__.co_flags & 0x20 != 0)
