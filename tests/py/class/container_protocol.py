class Sparse:
    def __init__(self, size):
        self.size = size
        self.data = {}
    def __len__(self): return self.size
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.size))]
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("Sparse index out of range")
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        if not 0 <= i < self.size:
            raise IndexError("Sparse assignment out of range")
        self.data[i] = v
    def __delitem__(self, i):
        self.data.pop(i, None)
    def __contains__(self, v):
        print("  __contains__", v)
        return v in self.data.values() or (v == 0 and len(self.data) < self.size)
    def __iter__(self):
        for i in range(self.size):
            yield self[i]
    def __reversed__(self):
        for i in reversed(range(self.size)):
            yield self[i]
s = Sparse(5)
s[1] = 10
s[3] = 30
print(len(s), s[1], s[-2], s[0], s[1:4], s[::-1], list(s), list(reversed(s)))
print(10 in s, 99 in s)
del s[1]
print(list(s), bool(s), bool(Sparse(0)))
try:
    s[5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[9] = 1
except IndexError as e:
    print(type(e).__name__, e)
class GetOnly:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i * i
print(list(GetOnly()), 9 in GetOnly(), 5 in GetOnly())
class Mapping:
    def __getitem__(self, k): return k.upper()
m = Mapping()
print(m["abc"], m[("t",)] if False else "", "%(name)s" % m)
class NoLen: pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return "5"
try:
    len(BadLen())
except TypeError as e:
    print(type(e).__name__, e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    NoLen()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoLen()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NoLen()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoLen()
except TypeError as e:
    print(type(e).__name__, e)
