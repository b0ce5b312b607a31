log = []
def src(n):
    for i in range(n):
        log.append(i)
        yield i
g = (x * 2 for x in src(5))
print(log)
print(next(g), log)
print(list(g), log)
try:
    bad = (1 / x for x in [1, 0])
    print("genexp created without error")
    print(next(bad))
    print(next(bad))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    early = (x for x in 5)
except TypeError as e:
    print("outermost iterable evaluated eagerly:", e)
def outer_name():
    n = 3
    return (i for i in range(n))
print(list(outer_name()))
gen = (i * j for i in range(3) for j in range(3) if i != j)
print(list(gen))
print(sum(x for x in range(10)), max(len(w) for w in ["a", "bbb", "cc"]))
print(type(x for x in []).__name__)
g2 = (v for v in [1, 2])
print(list(g2), list(g2))
