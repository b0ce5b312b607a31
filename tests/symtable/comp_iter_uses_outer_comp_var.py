def f(rows):
    return [v for r in rows for v in r]
