def none_implicit(): pass
def none_explicit(): return
def multiple(): return 1, 2
def early(x):
    if x < 0:
        return "negative"
    for i in range(10):
        if i == x:
            return f"found {i}"
    return "not found"
print(none_implicit(), none_explicit(), multiple(), type(multiple()).__name__)
print(early(-1), early(3), early(20))
def in_loop():
    for x in [1, 2, 3]:
        while True:
            return x * 100
print(in_loop())
def returns_func():
    return returns_func
print(returns_func()()() is returns_func)
def ret_in_try():
    try:
        return "try"
    finally:
        print("finally runs")
print(ret_in_try())
