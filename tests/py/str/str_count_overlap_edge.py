s = "aaaa"
print(s.count("aa"), s.count("a", 1, 3), s.count("", 2), s.find("aa", 1), s.rfind("aa"), s.replace("aa", "b"))
print("abcabc".split("b", 1), "abcabc".rsplit("b", 1), "a".center(4, "*"), "ab".center(5, "*"))
print("x".startswith(("a", "x")), "".endswith(""), "abc".endswith("c", 0, 2), "abc".startswith("bc", 1))
print("tab\there".expandtabs(4), "Ünïcödé".lower(), "ß".upper(), "Straße".casefold() == "strasse")
