import sys
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
sys.stdout.flush()
sys.stderr.write("an error line\n")
print("err via print", file=sys.stderr)
print(sys.stdout is not sys.stderr, hasattr(sys.stdout, "write"), hasattr(sys.stderr, "flush"))
sys.stdout.write("é日本😀\n")
print(sys.__stdout__ is sys.stdout or "replaced")
class Tee:
    def __init__(self, inner):
        self.inner = inner
        self.lines = []
    def write(self, s):
        self.lines.append(s)
        return self.inner.write(s.upper())
    def flush(self):
        self.inner.flush()
saved = sys.stdout
sys.stdout = Tee(saved)
print("this goes through the tee")
captured = sys.stdout.lines
sys.stdout = saved
print("restored; captured:", captured)
try:
    sys.stdout.write(5)
except TypeError as e:
    print(type(e).__name__, e)
