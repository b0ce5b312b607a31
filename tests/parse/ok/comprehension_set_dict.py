{x for x in y}
{x for x in y if x}
{x: y for x, y in z}
{x: y for x in a for y in b}
{k: v for k, v in d.items() if v is not None}
{x: [y for y in x] for x in z}
{(a, b) for a in x for b in y}
