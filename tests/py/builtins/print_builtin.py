import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" | ", end=" <end>\n")
print()
print("", end="")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1], {"a": 1}, (1,), sep=";")
print("to stderr", file=sys.stderr)
print("stderr", "multi", sep="-", end="!\n", file=sys.stderr)
print("explicit stdout", file=sys.stdout)
print("explicit None file", file=None)
print("flush", flush=True)
class S:
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
print(S(), [S()])
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", file=5)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class Writer:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = Writer()
print("captured", 42, sep=":", file=w)
print(w.parts)
sys.stdout.write("direct write\n")
n = sys.stdout.write("abc\n")
print(n)
sys.stderr.write("direct stderr\n")
