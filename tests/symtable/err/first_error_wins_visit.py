def f(a, a):
    nonlocal q
