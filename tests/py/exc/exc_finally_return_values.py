def trace(label):
    print("  evaluating", label)
    return label
def f(x):
    try:
        if x == 0:
            return trace("return in try")
        if x == 1:
            raise ValueError("raised")
        return trace("other")
    except ValueError:
        return trace("return in except")
    finally:
        print("  finally for", x)
for x in range(3):
    print(f(x))
def nested():
    try:
        try:
            return "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
print(nested())
def loop_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
