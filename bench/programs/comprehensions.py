# List, dict and set comprehensions: filtered, nested, with tuple unpacking,
# comprehensions over the results of other comprehensions, and the building
# of the containers themselves (append, store, hash and insert).

SIZE = 4400         # side of the square grid of points
ROUNDS = 45         # times the table-building section runs
WORDS = 300000      # synthetic keys for the dict/set section


def grid_stats(size):
    # nested list comprehension with a filter, then a flattening one
    rows = [[(x * 31 + y * 17) % 101 for x in range(size) if (x ^ y) & 3]
            for y in range(0, size, 4)]
    flat = [v for row in rows for v in row if v > 50]
    return len(flat), sum(flat)


def tables(rounds):
    total = 0
    for r in range(rounds):
        squares = {i: i * i + r for i in range(20000)}
        inverse = {v: k for k, v in squares.items() if v % 3 == 0}
        residues = {v % 1000 for v in inverse}
        pairs = [(k, v) for k, v in inverse.items() if k in residues]
        total += len(squares) + len(inverse) + len(residues) + len(pairs)
        total += sum([k for k, _ in pairs])
    return total


def keyed(count):
    keys = [f"k{i * 7919 % count}" for i in range(count)]
    lengths = {k: len(k) for k in keys}
    distinct = {k[:3] for k in keys}
    buckets = {p: [k for k in keys[:2000] if k.startswith(p)]
               for p in sorted(distinct)[:20]}
    return len(lengths), sum(lengths.values()), len(distinct), \
        sum(len(v) for v in buckets.values())


n_flat, s_flat = grid_stats(SIZE)
t = tables(ROUNDS)
k = keyed(WORDS)
print("comprehensions", n_flat, s_flat, t, *k)
