print(list(reversed([1, 2, 3])), list(reversed((1, 2))), "".join(reversed("abc")), list(reversed(range(3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())), list(reversed([])))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return "xyz"[i]
print(list(reversed(Seq())))
for bad in [{1, 2}, 5, (x for x in [1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoReverse:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
try:
    reversed(NoReverse())
except TypeError as e:
    print(type(e).__name__, e)
