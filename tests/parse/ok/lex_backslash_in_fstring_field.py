x = f"{1 + \
2}"
y = f"""{
    a \
    + b
}"""
z = f"{x!r:>{width \
}}"
