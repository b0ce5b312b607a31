for spec in ["", "s", "5", "<5", ">5", "^5", "^6", "*<7", "->7", "0>5", ".2", "7.3", "^7.1", "_^5"]:
    print(repr(spec), repr(format("abc", spec)), repr(format("", spec)))
print(repr(format("é日", "^6")), repr(format("x", "\u2603^5")))
print(repr(format(None, "")), repr(format([1], "")), repr(format((1, 2), "")))
try:
    format(None, ">5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format([1], "s")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(format(object, "")))
