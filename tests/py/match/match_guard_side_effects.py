order = []
def g(label, result):
    order.append(label)
    return result
def run(v):
    order.clear()
    match v:
        case [x, y] if g("guard1", x > y):
            r = "desc"
        case [x, y] if g("guard2", x == y):
            r = "same"
        case [x, *rest] if g("guard3", rest):
            r = "longer"
        case _:
            r = "fallback"
    return r, list(order)
for v in [[3, 1], [2, 2], [1, 2], [1, 2, 3], [1]]:
    print(v, run(v))
