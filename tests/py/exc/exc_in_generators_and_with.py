class Tracker:
    def __init__(self, name, log): self.name, self.log = name, log
    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append(f"exit {self.name} ({et.__name__ if et else 'ok'})")
def gen(log):
    with Tracker("gen-ctx", log):
        yield 1
        yield 2
log = []
g = gen(log)
print(next(g), log)
g.close()
print(log)
log = []
for v in gen(log):
    log.append(f"value {v}")
print(log)
log = []
g = gen(log)
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    log.append(f"caught {e}")
print(log)
