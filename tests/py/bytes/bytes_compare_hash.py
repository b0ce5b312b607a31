print(b"a" < b"b", b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", b"\xff" > b"\x00\xff")
print(b"abc" == b"abc", b"abc" == bytearray(b"abc"), bytearray(b"x") == b"x", b"1" == 1, b"a" == "a")
print(sorted([b"b", b"a", b"ab", b""]), max([b"z", b"aa"]), min(bytearray(b"q"), b"r"))
print(len({b"x", b"x", b"y"}), {b"k": 1}[b"k"], b"k" in {b"k": 0})
print(b"ab" * 0, b"ab" * -2, 3 * b"-", bytearray(b"ab") * 2)
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
