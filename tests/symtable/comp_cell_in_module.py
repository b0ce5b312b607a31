fs = [lambda: x for x in range(3)]
gs = {k: (lambda: v) for k, v in {}.items()}
