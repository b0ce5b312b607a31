result = compute(
    a,
    b,

def next_function():
    pass
