for width in (4, 8):
    for prec in (1, 3):
        print(f"[{3.14159:{width}.{prec}f}]", "[{:{}.{}f}]".format(2.71828, width, prec))
fill, align = "*", "^"
print(f"{'mid':{fill}{align}11}")
print("{:{fill}{align}{w}}".format("x", fill="-", align=">", w=5))
print("{0:{1}}|".format("abc", 6))
spec = ".2e"
print(f"{12345.678:{spec}}", format(12345.678, spec))
