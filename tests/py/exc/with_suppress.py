class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False
with Suppress(KeyError) as s:
    {}["missing"]
print("suppressed", repr(s.caught))
try:
    with Suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed", e)
def in_func():
    with Suppress(ZeroDivisionError):
        1 / 0
        return "not reached"
    return "after with"
print(in_func())
class Transaction:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("begin")
        return self
    def __exit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
t = Transaction()
with t:
    t.log.append("work")
try:
    with t:
        t.log.append("failing work")
        raise RuntimeError("fail")
except RuntimeError:
    pass
print(t.log)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "non-empty string is truthy"
with Truthy():
    raise ValueError("swallowed by truthy return")
print("continued")
