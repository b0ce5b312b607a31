print(ascii("abc"), ascii("é"), ascii("日本"), ascii("😀"), ascii("\n\t"), ascii(b"\xff"), ascii([1, "é"]), ascii(None))
print(repr("abc"), repr("é"), repr("\x07"), repr('"'), repr("'"), repr("\\"), repr(1.0), repr([1, (2,), {3: "x"}]))
class R:
    def __repr__(self): return "Rép"
print(ascii(R()), repr(R()))
print(ascii(1), ascii(1.5), ascii((1, "ü")))
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
