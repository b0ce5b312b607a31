def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case 1j:
            return "imaginary unit"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "True singleton"
        case None:
            return "None singleton"
        case _:
            return f"other: {x!r}"
for v in [0, 1, 3, -1, 2.5, 1j, "hello", b"bytes", True, None, False, 1.0, 0.0, "other", [0]]:
    print(repr(v), "->", describe(v))
def sign(n):
    match n:
        case -0.0:
            return "zero (float or int)"
        case 1 - 1j:
            return "complex literal expression"
        case _:
            return "nonzero"
print(sign(0), sign(0.0), sign(1 - 1j), sign(5))
