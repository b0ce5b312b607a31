words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"]
print([w for w in words if len(w) > 4 if "a" in w])
print([w.upper() if len(w) <= 4 else w for w in words])
print([(w, i) for i, w in enumerate(words) if i % 2 == 0 and w.endswith("a")])
print({len(w): [x for x in words if len(x) == len(w)] for w in words})
print([[c for c in w if c in "aeiou"] for w in words[:3]])
print(sum(len(w) for w in words if w[0] in "aeiou"), any(w.startswith("z") for w in words))
print([x for x in range(30) if x % 2 if x % 3 if x % 5])
