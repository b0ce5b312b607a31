def f(*a, **k): raise ValueError
f(1,
  2, x=3)
