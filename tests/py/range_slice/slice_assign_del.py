class Seq:
    def __init__(self, data): self.data = list(data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.data[k])
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
    def __len__(self): return len(self.data)
    def __repr__(self): return f"Seq({self.data})"
s = Seq(range(6))
print(s[1:4], s[-1], s[::2])
s[0] = "a"
s[1:3] = ["b", "c", "d"]
del s[::2]
del s[0]
print(s, len(s))
