words = ["apple", "bob", "civic", "dog", "eve"]
lengths = {w: len(w) for w in words}
print(lengths)
pal = {w for w in words if w == w[::-1]}
print(sorted(pal))
inv = {v: k for k, v in lengths.items()}
print(inv)
grid = {(x, y): x * y for x in range(3) for y in range(3) if x <= y}
print(grid)
counts = {}
for ch in "hello world":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
print(max(counts, key=counts.get), sorted(counts, key=lambda c: (-counts[c], c))[:3])
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y"))
