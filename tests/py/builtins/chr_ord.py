print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F600), repr(chr(10)), repr(chr(0)), repr(chr(0x7f)))
print(ord("A"), ord("z"), ord("é"), ord("😀"), ord("\n"), ord(b"A"), ord(bytearray(b"z")))
for bad in [-1, 0x110000, 2 ** 40]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ["", "ab", b"ab", 5]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    chr(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
