def gen_with_locals(n):
    acc = []
    for i in range(n):
        acc.append(i)
        yield list(acc)
g = gen_with_locals(3)
print(next(g), next(g), next(g))
def two_gens():
    a = gen_with_locals(2)
    b = gen_with_locals(2)
    return [next(a), next(b), next(a), next(b)]
print(two_gens())
def nested_gen():
    def inner():
        yield "inner"
    yield from inner()
    yield "outer"
print(list(nested_gen()))
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(3)]
print([list(x) for x in gens])
