def task(i):
    if i % 3 == 0:
        raise ValueError(f"task {i} value")
    if i % 3 == 1:
        raise KeyError(f"task {i} key")
    return i
errors = []
results = []
for i in range(6):
    try:
        results.append(task(i))
    except Exception as e:
        errors.append(e)
print(results)
try:
    if errors:
        raise ExceptionGroup("tasks failed", errors)
except* ValueError as g:
    print("values:", [str(e) for e in g.exceptions])
except* KeyError as g:
    print("keys:", [str(e) for e in g.exceptions])
eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [KeyError("b"), ValueError("c")])])
def leaves(g):
    for e in g.exceptions:
        if isinstance(e, BaseExceptionGroup):
            yield from leaves(e)
        else:
            yield e
print([repr(e) for e in leaves(eg)])
only_vals = eg.subgroup(ValueError)
print(repr(only_vals))
print(eg.split(lambda e: "b" in str(e)))
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + " (derived)", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.subgroup(ValueError)), type(mg.split(TypeError)[0]).__name__)
