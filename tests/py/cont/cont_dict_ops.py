# dict methods, views, operators, mutation during iteration, errors.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

d = dict(a=1, b=2)
d.update([("c", 3)], d=4)
d.update({"e": 5})
print(d, len(d), list(d), list(d.values()), list(d.items())[1:3])
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.setdefault("a", 9), d.setdefault("f"), d)
print(d.pop("f"), d.pop("zz", "dflt"), d.popitem(), d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], []), dict.fromkeys(range(3), 0))
print(d | {"a": 100, "z": 26}, {"x": 1} | d)
d2 = d.copy()
d2 |= [("q", 1)]
d2 |= {"a": -1}
print(d2, d2 == d, d2 != d, d == dict(d))
print(1 in {1.0: "x"}, {1: "a"}[True], {0.0: 1}[0], {(1, 2): 3}[(1, 2)])
k = d.keys()
print(k, k & {"a", "q"}, sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(k == {"a", "b", "c", "d"}, k < {"a", "b", "c", "d", "e"}, k >= {"a"})
print({"a": 1}.items() <= {("a", 1), ("b", 2)}, ("a", 1) in d.items(), ("a", 2) in d.items())
print(k.isdisjoint(["x"]), d.items().isdisjoint({("a", 1)}), list(reversed(d)), list(reversed(d.values())))
print(list(reversed(d.items())), len(d.values()), 2 in d.values())
print(repr(d.values()), repr(d.items()))
del d["a"]
print(d)
t(lambda: d["nope"])
t(lambda: d[[]])
t(lambda: d.pop([]))
t(lambda: {}.pop([]))
t(lambda: {}.popitem())
t(lambda: {}.update(1))
t(lambda: {}.update([1]))
t(lambda: {}.update([(1, 2, 3)]))
t(lambda: {}.update({}, {}))
t(lambda: dict(1, 2))
t(lambda: dict([("a",)]))
t(lambda: {}.get())
t(lambda: {}.get(1, 2, 3))
t(lambda: {} < {})
t(lambda: {1: 2} | [(3, 4)])
t(lambda: dict.fromkeys())
e = {i: i * i for i in range(6)}
try:
    for key in e:
        e[key + 100] = 0
except RuntimeError as err:
    print("RuntimeError", err)
e = {1: 1, 2: 2}
try:
    for key in e:
        del e[key]
        e[key + 10] = 1
except RuntimeError as err:
    print("RuntimeError", err)
print(e)
e = {1: 1}
for key in e:
    e[key] = 5
print(e)
r = {}
r["self"] = r
print(r, [r])
it = iter({1: 2, 3: 4}.items())
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
print(type(iter({}.values())).__name__, type(reversed({}.keys())).__name__)
class D(dict):
    def __missing__(self, key):
        return key * 2
dd = D(x=1)
print(dd["x"], dd["yy"], dd.get("yy"), "yy" in dd, dd)
print(type(dd.copy()).__name__, type(dd | {}).__name__, D.fromkeys([1]), type(D.fromkeys([1])).__name__)
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
