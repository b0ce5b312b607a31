s = "naïve café 日本語 😀 \u0301e"
print(len(s), s.upper(), s.encode("utf-8")[:10])
print([hex(ord(c)) for c in "é😀日"])
print(chr(0x1F600), chr(233), chr(0x65E5), repr(chr(0)), repr(chr(127)), repr(chr(160)))
print("\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", "\u00e9" == "e\u0301", len("e\u0301"))
print(repr("\u2028"), repr("\x85"), repr("\ufeff"), repr("\U000e0001"), repr("\U0010ffff"))
print("日本語"[1], "日本語"[::-1], "😀😁😂"[1:], len("😀😁😂".encode("utf-16-le")))
print(ord("€"), "€".encode(), "€".isprintable(), "\u0300".isprintable(), str.isprintable("\t"))
