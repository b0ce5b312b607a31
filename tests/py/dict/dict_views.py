d = {"a": 1, "b": 2, "c": 3}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
print(len(ks), "a" in ks, 2 in vs, ("b", 2) in its, ("b", 3) in its)
d["d"] = 4
print(list(ks), list(vs), list(its))
print(ks & {"a", "z"}, sorted(ks | {"z"}), sorted(ks - {"a"}), sorted(ks ^ {"a", "q"}))
print(its & {("a", 1)}, ks == {"a", "b", "c", "d"}, ks <= {"a", "b", "c", "d", "e"}, ks.isdisjoint({"x"}))
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(list(zip(ks, vs)), dict(its) == d)
print(reversed(ks).__class__.__name__, list(reversed(vs)))
print(vs == vs, d.values() == d.values())
print(ks.mapping == d if hasattr(ks, "mapping") else "no mapping")
it = iter(d)
print(next(it))
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
