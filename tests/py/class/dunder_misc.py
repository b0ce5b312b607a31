class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return f"round({n})"
    def __trunc__(self): return "trunc"
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __complex__(self): return complex(self.v, 1)
    def __bytes__(self): return b"num"
    def __len__(self): return 3
    def __contains__(self, x): return x == self.v
n = Num(7.9)
print(int(n), float(n), round(n), round(n, 2), complex(n), bytes(n), len(n), 7.9 in n)
print(hex(n), bin(n), oct(n), [0, 1, 2, 3, 4, 5, 6, 7, 8][n], "ab" * Num(2))
class WithDir:
    def __dir__(self): return ["b", "a", "c"]
print(dir(WithDir()))
class Sized:
    def __len__(self): return 2
    def __getitem__(self, i): return [10, 20][i]
print(list(Sized()), sum(Sized()), sorted(Sized(), reverse=True))
class Cls:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(Cls[int], Cls["x"])
class MissingDict(dict):
    def __missing__(self, k): return k * 2
print(MissingDict()[21])
