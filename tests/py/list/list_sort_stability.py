people = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25), ("eve", 35), ("fay", 25)]
by_age = sorted(people, key=lambda p: p[1])
print(by_age)
by_age_desc = sorted(people, key=lambda p: p[1], reverse=True)
print(by_age_desc)
two_pass = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1])
print(two_pass)
class Rec:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, other): return self.k < other.k
    def __repr__(self): return f"{self.k}{self.tag}"
recs = [Rec(2, "a"), Rec(1, "b"), Rec(2, "c"), Rec(1, "d")]
print(sorted(recs), max(recs, key=lambda r: r.k), min(recs, key=lambda r: r.k))
recs.sort(reverse=True)
print(recs)
