def f(s):
    return len(s) + int(s) + abs(-1) + undefined_name
