rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 10.0)]
print("%-10s %5s %8s" % ("name", "qty", "price"))
for r in rows:
    print("%-10s %5d %8.2f" % r)
total = sum(q * p for _, q, p in rows)
print("%-10s %14.2f" % ("total", total))
data = {"user": "root", "n": 3}
print("%(user)s has %(n)03d items (%(n)x hex)" % data)
print("%(user)-8s|%(n)+5d|" % data)
print("%s" % "%d")
print("%-6s|%6s|" % ("é", "日本"))
