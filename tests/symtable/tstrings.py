def f(v, w):
    return t"{v:{w}} {h(v)}"
