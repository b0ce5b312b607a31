words = ["hello", "HELLO", "hElLo wOrLd", "they're bill's friends", "ß", "ǆ", "ﬁ", "İstanbul", "ΣΑΣ", "straße", "123abc", "a-b_c d"]
for w in words:
    print(repr(w), repr(w.lower()), repr(w.upper()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
print("ß".upper() == "SS", "ß".casefold() == "ss".casefold(), "STRASSE".casefold() == "straße".casefold())
print(len("ß".upper()), len("ﬁ".upper()))
