log = []
class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else None}")
        return False
try:
    with CM("a"), CM("b"), CM("c"):
        log.append("body")
        raise ValueError
except ValueError:
    log.append("handled")
print(log)
log.clear()
class FailingEnter(CM):
    def __enter__(self):
        log.append("failing enter " + self.name)
        raise OSError("no")
try:
    with CM("x"), FailingEnter("y"), CM("z"):
        log.append("body")
except OSError:
    log.append("handled OSError")
print(log)
log.clear()
class SuppressInner(CM):
    def __exit__(self, et, ev, tb):
        super().__exit__(et, ev, tb)
        return True
with CM("outer"):
    with SuppressInner("inner"):
        raise KeyError
    log.append("after inner")
print(log)
