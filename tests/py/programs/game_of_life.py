def parse(pattern):
    cells = set()
    for r, line in enumerate(pattern.strip().splitlines()):
        for c, ch in enumerate(line):
            if ch == "#":
                cells.add((r, c))
    return cells


def neighbors(cell):
    r, c = cell
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr or dc:
                yield (r + dr, c + dc)


def step(cells):
    counts = {}
    for cell in cells:
        for n in neighbors(cell):
            counts[n] = counts.get(n, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in cells)}


def render(cells, rows, cols):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(cols)) for r in range(rows))


def bbox(cells):
    rs = [r for r, _ in cells]
    cs = [c for _, c in cells]
    return min(rs), min(cs), max(rs), max(cs)


glider = parse("""
.#.
..#
###
""")
cells = glider
for gen in range(5):
    print(f"generation {gen}: {len(cells)} cells, bbox {bbox(cells)}")
    print(render(cells, 6, 6))
    cells = step(cells)
blinker = parse("###")
print(sorted(step(blinker)), step(step(blinker)) == blinker)
block = parse("##\n##")
print(step(block) == block)
rpent = parse("""
.##
##.
.#.
""")
cells = rpent
history = []
for i in range(60):
    history.append(len(cells))
    cells = step(cells)
print(history[:20])
print(max(history), history.index(max(history)), len(cells))
def period(cells, limit=20):
    seen = {frozenset(cells): 0}
    for i in range(1, limit):
        cells = step(cells)
        key = frozenset(cells)
        if key in seen:
            return i - seen[key]
        seen[key] = i
    return None
print(period(blinker), period(block), period(glider))
