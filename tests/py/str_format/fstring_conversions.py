class Obj:
    def __repr__(self): return "Obj()"
    def __str__(self): return "obj"
o = Obj()
s = "tab\there é"
print(f"{o} {o!s} {o!r} {o!a}")
print(f"{s} {s!r} {s!a}")
print(f"{s!r:^30}|")
print(f"{3.0!r} {3.0!s:>6} {None!r}")
print("{0!r:<10}|{0!s:>10}|".format(o))
print(f"{'x'!r:5}|")
