def f(a, b):
    return f"{a!r:>{b}} {a=} {b:x}" + f'plain' + f"{a}"
def t(a):
    return t"x{a!s:>3}y{a}"
