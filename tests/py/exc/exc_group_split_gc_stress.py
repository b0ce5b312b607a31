junk = []
def pred(e):
    global junk
    junk = [[i] * 10 for i in range(2000)]
    return isinstance(e, ValueError)
class D(ExceptionGroup):
    def derive(self, excs):
        x = [str(i) for i in range(3000)]
        return D(self.message, excs)
total = 0
for k in range(40):
    eg = D("g", [ValueError(i) if i % 2 else TypeError(i) for i in range(30)] + [D("n", [ValueError(1), KeyError(2)])])
    m, r = eg.split(pred)
    total += len(m.exceptions) + len(r.exceptions)
    try:
        raise eg
    except* ValueError as v:
        junk = [object() for _ in range(1000)]
    except* TypeError as t:
        pass
    except* KeyError:
        pass
print(total)
