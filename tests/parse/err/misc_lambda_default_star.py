f = lambda *a, **k, c: 0
