# print(): separators, end, file objects with write(), flush, str() calls.
import sys
print()
print(None, True, 1.0, 2**70, -0.0, [None], (1,), {1}, {"k": None}, sep=",")
print("a", "b", sep=None, end=None)
print("no sep", sep="")
print("multi", "line", sep="\n")
print("é", "日本", "😀")
print(*range(5), sep=" < ")
print(*[], sep="x", end="[end]\n")
class Out:
    def __init__(self):
        self.parts = []
        self.flushed = 0
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        self.flushed += 1
o = Out()
print(1, 2, sep="+", end="=3\n", file=o, flush=True)
print(file=o)
print(o.parts, o.flushed)
class Bad:
    def __str__(self):
        raise ValueError("no str")
try:
    print("before", Bad())
except ValueError as e:
    print("ValueError", e)
class SubStr(str):
    pass
print(SubStr("sub"), sep=SubStr("|"))
print("to stderr", 1, file=sys.stderr, sep=":")
saved = sys.stdout
sys.stdout = o
print("captured")
sys.stdout = saved
print(o.parts[-2:])
sys.stdout = None
print("dropped")
sys.stdout = saved
print("back")
