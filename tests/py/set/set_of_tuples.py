visited = set()
moves = [(0, 0), (0, 1), (1, 1), (0, 1), (0, 0), (2, 2)]
for m in moves:
    if m in visited:
        print("revisit", m)
    visited.add(m)
print(sorted(visited), len(visited))
edges = {(1, 2), (2, 3), (3, 1)}
undirected = edges | {(b, a) for a, b in edges}
print(sorted(undirected), (2, 1) in undirected)
print(sorted({frozenset(e) for e in undirected}, key=sorted))
