log = []
def it(name, seq):
    log.append("iter " + name)
    return seq
def cond(v):
    log.append(f"cond {v}")
    return v % 2 == 0
def val(v):
    log.append(f"val {v}")
    return v
result = [val(a * 10 + b) for a in it("outer", [1, 2]) if cond(a) for b in it("inner", [3, 4])]
print(result)
print(log)
log.clear()
d = {val(k): val(k * 100) for k in it("dict", [1, 2])}
print(d, log)
