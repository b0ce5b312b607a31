s = "  \t hi there \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcba".strip("ab"), "abc".strip(""), "www.example.com".lstrip("w."), "file.txt".rstrip(".txt"))
print(repr("hi".center(6)), repr("hi".center(7, "*")), repr("hi".center(1)), repr("abc".center(6, "-")))
print(repr("hi".ljust(5)), repr("hi".rjust(5, ".")), repr("hi".ljust(1)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "".zfill(3), "-".zfill(3))
print(repr("a\tb\tc".expandtabs()), repr("a\tbb\tccc".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\ncd\te".expandtabs(3)))
print(repr("\u3000 x \xa0".strip()), repr("\x1c\x1dx".strip()))
