VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range 1..3999")
    out = []
    for v, sym in VALUES:
        count, n = divmod(n, v)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    table = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, ch in enumerate(s.upper()):
        if ch not in table:
            raise ValueError(f"invalid numeral {ch!r} in {s!r}")
        v = table[ch]
        if i + 1 < len(s) and table.get(s[i + 1].upper(), 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s.upper():
        raise ValueError(f"non-canonical numeral {s!r} (means {to_roman(total)})")
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<14} {from_roman(r)}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
print(max(range(1, 4000), key=lambda n: len(to_roman(n))), to_roman(3888))
for bad in [0, 4000, 2.5, True, "XIIII", "IC", "ABC", "mcmxc"]:
    try:
        print(repr(bad), "->", from_roman(bad) if isinstance(bad, str) else to_roman(bad))
    except (ValueError, TypeError) as e:
        print(repr(bad), "->", type(e).__name__ + ":", e)
