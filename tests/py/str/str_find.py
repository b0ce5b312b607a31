s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"), s.find(""))
print(s.index("quick"), s.rindex("o", 0, 20), s.find("o", 13, 15), s.find("o", -10))
print(s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"), s.count("o", 20))
print(s.startswith("the"), s.startswith("quick", 4), s.endswith("dog"), s.endswith(("cat", "dog")))
print(s.startswith(("a", "t")), s.endswith("lazy", 0, -4), "".startswith(""), "abc".startswith("", 5))
print("abcabc".find("c", -2), "abc".rfind("", 1), "abc".find("", 4), "abc".find("", 3))
print("mississippi".replace("ss", "SS"), "mississippi".replace("i", "I", 2), "abc".replace("", "-"))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "abc".replace("x", "y"))
print("hello".replace(old="l", new="L", count=1) if False else "kw skip")
print("ab".partition("b"), "ab".partition("x"), "a.b.c".partition("."), "a.b.c".rpartition("."), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""))
