import re
m = re.match(r"(\w+)@(\w+)\.com", "alice@example.com")
print(m.group(0), m.group(1), m.groups(), m.span(2))
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", " ", "a   b \n c"), re.split(r"[,;]\s*", "a, b;c"))
print(re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "date: 2024-05-01").groupdict())
pat = re.compile(r"^[a-z]+$", re.IGNORECASE)
print(bool(pat.match("Hello")), bool(pat.match("Hello1")), pat.pattern)
print([m.group() for m in re.finditer(r"\b\w", "the quick brown")], re.fullmatch(r"a+", "aaa") is not None)
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2"))
print(re.escape("a.b*c"), re.subn("a", "b", "aaa"))
try:
    re.compile("(unclosed")
except re.error as e:
    print(type(e).__name__, e)
