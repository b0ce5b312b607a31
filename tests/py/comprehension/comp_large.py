n = 30
triples = [(a, b, c) for a in range(1, n) for b in range(a, n) for c in range(b, n) if a * a + b * b == c * c]
print(triples)
primes = [p for p in range(2, 100) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
print(primes, len(primes))
grid = [[(r * 7 + c * 3) % 10 for c in range(6)] for r in range(4)]
for row in grid:
    print(" ".join(str(v) for v in row))
print([sum(col) for col in zip(*grid)])
flat = sorted({v for row in grid for v in row})
print(flat)
