# Slicing, indexing and searching non-ASCII strs of many lengths (the lazy index).
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
alphabet = "ab\u00e9\u20ac\U0001F600 \n\ud800z"
strs = []
for L in (0, 1, 5, 63, 64, 65, 130, 700):
    strs.append("".join(alphabet[rnd(len(alphabet))] for _ in range(L)))
out = []
for s in strs:
    n = len(s)
    for _ in range(300):
        a = rnd(2 * n + 3) - n - 1
        b = rnd(2 * n + 3) - n - 1
        st = rnd(7) - 3 or 1
        out.append(repr(s[a:b:st]))
        if n:
            out.append(repr(s[a % n]))
        needle = s[a:a + 2] if n else "x"
        out.append(str((s.find(needle), s.rfind(needle), s.count(needle), needle in s, s.find(needle, a, b), s.rfind(needle, a, b))))
    out.append(repr(s.split("a")) + repr(s.rsplit(None, 2)) + repr(s.splitlines(True)) + repr(list(s)[:5]))
    out.append(repr((s.upper(), s.lower(), s.title(), s.swapcase(), s.casefold(), s.capitalize())))
    out.append(repr((s.center(n + 7, "\u00e9"), s.strip("a\U0001F600"), s.replace("\u00e9", "EE"), s.expandtabs(3))))
    out.append(repr(s.encode("utf-8", "surrogatepass")) + repr(s.encode("utf-16", "surrogatepass")))
    out.append(repr(sorted({s, s.upper(), s[::-1]})))
print("\n".join(out))
