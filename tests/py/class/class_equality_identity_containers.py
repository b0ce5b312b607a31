class Id:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print(f"  eq {self.v} vs {getattr(o, 'v', o)}")
        return isinstance(o, Id) and self.v == o.v
    def __hash__(self): return hash(self.v)
a = Id(1)
lst = [Id(0), a, Id(1)]
print(a in lst)
print(Id(1) in lst)
print(lst.index(Id(1)), lst.count(Id(1)))
d = {a: "x"}
print(d[Id(1)])
s = {Id(2)}
print(Id(2) in s)
print(lst.remove(Id(1)) or len(lst))
