s = "héllo😀"
print(len(s), list(s), [ord(c) for c in s])
for i, ch in enumerate("abc"):
    print(i, ch)
print(list(reversed("abc")), sorted("banana"), "".join(sorted("banana", reverse=True)))
print(max("hello"), min("hello"), "l" in set("hello"))
print(list(zip("abc", "12")), dict(zip("ab", range(2))))
it = iter("xy")
print(next(it), next(it), next(it, "done"))
print([c * 2 for c in "abc" if c != "b"])
print(tuple("abc"), set("aab") == {"a", "b"}, "".join(map(str.upper, "abc")))
print(s[4], s[5], s[-1] == "😀", s.encode("utf-8"))
