def f(items):
    return {k(v): v(k) for k, v in items}
