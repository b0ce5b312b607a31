def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def printer(prefix):
    count = 0
    try:
        while True:
            line = yield
            count += 1
            print(f"{prefix}{count}: {line}")
    except GeneratorExit:
        print(f"{prefix} closing after {count} lines")
p = printer("match ")
next(p)
g = grep("py", p)
next(g)
for line in ["python is fun", "java", "krait runs py", "c", "pypy"]:
    g.send(line)
g.close()
p.close()
