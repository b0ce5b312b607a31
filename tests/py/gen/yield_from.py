def inner():
    x = yield "i1"
    print("inner got", x)
    y = yield "i2"
    print("inner got", y)
    return "inner done"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
o = outer()
print(next(o))
print(o.send("A"))
print(o.send("B"))
print(next(o, "end"))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2), (x * x for x in range(3)))))
def tree(node):
    if isinstance(node, list):
        for child in node:
            yield from tree(child)
    else:
        yield node
print(list(tree([1, [2, [3, 4], 5], [[6]]])))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"inner caught {e}"
def wrap():
    yield from thrower()
w = wrap()
next(w)
print(w.throw(ValueError("x")))
def closer():
    try:
        yield 1
    finally:
        print("inner finally")
def wrap2():
    try:
        yield from closer()
    finally:
        print("outer finally")
w2 = wrap2()
next(w2)
w2.close()
def yf_iter():
    result = yield from [10, 20]
    print("result of list delegation:", result)
print(list(yf_iter()))
