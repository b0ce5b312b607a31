def f():
    countr = 1
    return countt
f()
