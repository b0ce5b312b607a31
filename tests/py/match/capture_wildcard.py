def f(v):
    match v:
        case 0:
            return "zero"
        case n:
            return f"captured {n}"
print(f(0), f(42), f("s"))
match [1, 2]:
    case whole:
        print("whole is", whole)
print(whole)
match 5:
    case _:
        print("wildcard does not bind")
try:
    _
except NameError as e:
    print(type(e).__name__, e)
def g(v):
    match v:
        case x if x > 10:
            return "big"
        case x:
            return f"x={x}"
print(g(20), g(3))
