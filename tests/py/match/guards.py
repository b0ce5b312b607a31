calls = []
def check(v, label):
    calls.append(label)
    return v
def classify(p):
    match p:
        case (x, y) if check(x == y, "eq"):
            return "equal"
        case (x, y) if check(x > y, "gt"):
            return "first bigger"
        case (x, _) if check(x < 0, "neg"):
            return "negative first"
        case _:
            return "other"
for p in [(1, 1), (3, 2), (-5, 0), (0, 9)]:
    calls.clear()
    print(p, classify(p), calls)
x = "unchanged"
match (1, 2):
    case (x, 3):
        pass
    case _:
        pass
print("after failed match x =", x)
match 10:
    case n if n > 100:
        print("no")
    case n:
        print("guard failure still rebinds:", n)
