print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=25))
print("{0[0]} {0[1]} {1[key]}".format([10, 20], {"key": "v"}))
class P:
    x = 3
    y = [4, 5]
print("{0.x} {0.y[1]}".format(P()))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}".format("r", "l", "c", "s", 3.14159))
print("{:{width}.{prec}f}".format(2.71828, width=10, prec=2))
print("{{literal}} {}".format("x"), "{{}}".format())
print("{0:b} {0:o} {0:x} {0:#X} {0:,} {0:_b}".format(123456))
print("{:%}".format(0.25), "{:.1%}".format(1 / 3), "{:e}".format(1234.5))
print("{}".format(None), "{}".format([1, {"a": 2}]), "{:}".format(3))
print("{0!r:>10}".format("hi"), "{:10}|".format(None) if False else "")
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{x} {y}".format_map(Default(x=1)))
print("{:d}".format(True), "{:s}".format("s"), "{:5}|{:<5}|".format(1, 2))
