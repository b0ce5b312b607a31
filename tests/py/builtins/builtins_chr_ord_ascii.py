# chr/ord round trips across the code space, ascii() escapes, repr.
for cp in [0, 9, 10, 31, 65, 127, 128, 255, 256, 0x7FF, 0x800, 0xFFFF, 0x10000, 0x10FFFF, 0xD800]:
    c = chr(cp)
    print(cp, ord(c) == cp, len(c), ascii(c), repr(c) if cp != 0xD800 else "surrogate")
print(ord(b"a"), ord(bytearray(b"\xff")), ord("é"), ord("😀"))
for bad in [-1, 0x110000, 2**70, "a", 1.5, None]:
    try:
        chr(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"", b"ab", 5, ["a"]]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ascii("plain"), ascii("tab\tnew\nline"), ascii("é日本😀"), ascii(["é", {"ü": b"\xff"}]))
print(ascii(1.5), ascii(None), ascii("quote'\""), repr("quote'"), repr('"'))
class R:
    def __repr__(self):
        return "Ré"
print(ascii(R()), repr(R()), ascii([R()]))
