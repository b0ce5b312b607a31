with a as x, b as y:
    pass
with a, b, c:
    pass
with a as x, b, c as z:
    pass
with open("a") as src, open("b", "w") as dst: dst.write(src.read())
