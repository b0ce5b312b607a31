def f():
    with open('x') as fh, ctx() as (a, b):
        return fh, a, b
