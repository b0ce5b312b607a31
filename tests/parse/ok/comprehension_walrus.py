[y for x in data if (y := f(x))]
[(y := f(x)) for x in data]
[y := f(x) for x in data] if False else 0
{(y := x): y for x in data}
[x for x in data if any((z := v) for v in x)]
def f():
    return [total := total + v for v in values]
