def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("caught:", e)
raise RuntimeError("after recovering from deep recursion")
