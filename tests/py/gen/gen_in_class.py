class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()))
for d, v in t.depth_first():
    print("  " * d + str(v))
print(sum(t), max(t), 6 in t, 7 in t)
class Range2:
    def __init__(self, n): self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i, i * i
print(dict(Range2(4)))
