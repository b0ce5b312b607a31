parts = []
for i in range(1000):
    parts.append(str(i))
s = "".join(parts)
print(len(s), s[:20], s[-20:])
acc = ""
for i in range(500):
    acc += chr(65 + i % 26)
print(len(acc), acc[:30])
print(acc.count("A"), acc.find("XYZ"), acc.rfind("ABC"))
big = "ab" * 100000
print(len(big), big.count("ab"), big[99999:100003])
