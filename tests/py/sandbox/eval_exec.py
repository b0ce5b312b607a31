for src in ["1 + 2", "[x * x for x in range(3)]"]:
    try:
        print(repr(src), "->", eval(src))
    except Exception as e:
        print(type(e).__name__, e)
ns = {}
try:
    exec("y = 10\nz = y * 2", ns)
    print(ns.get("z"))
except Exception as e:
    print(type(e).__name__, e)
try:
    exec("print('from exec')")
except Exception as e:
    print(type(e).__name__, e)
eval("1")
