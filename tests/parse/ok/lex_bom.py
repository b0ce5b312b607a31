# file starts with a UTF-8 BOM
x = "café"
def f():
    return x
