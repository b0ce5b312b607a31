nums = [1, 2, 2, 3, 3, 3, 4]
uniq = set(nums)
print(uniq, len(uniq))
evens = {n for n in nums if n % 2 == 0}
print(evens)
squares = {n * n for n in range(-3, 4)}
print(sorted(squares))
seen = set()
dedup = []
for n in [5, 3, 5, 1, 3, 9]:
    if n not in seen:
        seen.add(n)
        dedup.append(n)
print(dedup)
words = "the cat and the hat and the bat".split()
print(sorted(set(words)), len(set(words)))
a = set("abracadabra")
b = set("alacazam")
print(sorted(a), sorted(a - b), sorted(a | b), sorted(a & b), sorted(a ^ b))
print(sorted(set(range(0, 20, 3)) & set(range(0, 20, 2))))
print({x % 5 for x in range(100)})
