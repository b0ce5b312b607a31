name, age = "Ann", 30
print(f"{name} is {age}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{age + 1} {age * 2:05d} {age / 7:.3f}")
print(f"{{literal}} {{{age}}}")
print(f"{[1, 2][0]} {'key'} {dict(a=1)['a']}")
print(f"{'nested ' + f'{age}'}")
x = 3.14159
w, p = 10, 3
print(f"{x:{w}.{p}f}|{x:<{w}}|{x:^{w}.{p - 1}}|")
print(f"{'abc':>{w}}")
print(f"""multi
line {name}""")
print(f"{age:#x} {age:b} {age:o} {age:,}")
print(F"upper F {age}", rf"raw\n{age}", fr"{name}\t")
items = ["a", "b"]
print(f"{', '.join(items)}")
print(f"{len(items)=}")
print(f"{(lambda v: v * 2)(4)}")
print(f"{'yes' if age > 18 else 'no'}")
print(f"{age!r:>5}|")
d = {"k": "v"}
print(f"{d['k']}", f'{d["k"]}')
print(f"{3:{'>'}{5}}")
print(f"{name}" f"{age}" "plain")
