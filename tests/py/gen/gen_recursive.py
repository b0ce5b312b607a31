def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(["".join(p) for p in permutations("abc")])
def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
def walk(tree, path=()):
    for k, v in tree.items():
        if isinstance(v, dict):
            yield from walk(v, path + (k,))
        else:
            yield "/".join(path + (k,)), v
fs = {"usr": {"bin": {"python": 1, "krait": 2}, "lib": {}}, "etc": {"hosts": 3}}
print(list(walk(fs)))
def hanoi(n, a="A", b="B", c="C"):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3)), sum(1 for _ in hanoi(10)))
