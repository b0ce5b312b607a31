def f(x, w, p):
    return t"{x:{w}.{p}}" + f"{x!s:{w}}"
