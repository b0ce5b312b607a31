def evaluate(node):
    match node:
        case ("num", value):
            return value
        case ("neg", operand):
            return -evaluate(operand)
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("let", str(name), bound, body):
            return evaluate(substitute(body, name, evaluate(bound)))
        case ("var", name):
            raise NameError(f"unbound variable {name}")
        case _:
            raise ValueError(f"bad node {node!r}")
def substitute(node, name, value):
    match node:
        case ("var", n) if n == name:
            return ("num", value)
        case (op, *children):
            return (op, *[substitute(c, name, value) if isinstance(c, tuple) else c for c in children])
        case _:
            return node
expr = ("let", "x", ("add", ("num", 2), ("num", 3)), ("mul", ("var", "x"), ("neg", ("var", "x"))))
print(evaluate(expr))
for bad in [("var", "y"), ("pow", 1, 2)]:
    try:
        evaluate(bad)
    except (NameError, ValueError) as e:
        print(type(e).__name__, e)
