class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i, n = 0, len(self.items)
            while True:
                l, r, smallest = 2 * i + 1, 2 * i + 2, i
                if l < n and self.items[l] < self.items[smallest]:
                    smallest = l
                if r < n and self.items[r] < self.items[smallest]:
                    smallest = r
                if smallest == i:
                    break
                self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
                i = smallest
        return top


def dijkstra(graph, source):
    dist = {source: 0}
    prev = {}
    heap = MinHeap()
    heap.push((0, source))
    visited = set()
    while heap:
        d, node = heap.pop()
        if node in visited:
            continue
        visited.add(node)
        for nbr, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nbr, float("inf")):
                dist[nbr] = nd
                prev[nbr] = node
                heap.push((nd, nbr))
    return dist, prev


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]


edges = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15), ("C", "D", 11),
         ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]
graph = {}
for a, b, w in edges:
    graph.setdefault(a, []).append((b, w))
    graph.setdefault(b, []).append((a, w))
dist, prev = dijkstra(graph, "A")
for node in sorted(graph):
    if node in dist:
        print(f"{node}: {dist[node]:>3}  via {' -> '.join(path_to(prev, node))}")
    else:
        print(f"{node}: unreachable")
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print(type(e).__name__, e)
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
def grid_graph(rows):
    g = {}
    for r, line in enumerate(rows):
        for c, ch in enumerate(line):
            if ch == "#":
                continue
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < len(rows) and 0 <= cc < len(line) and rows[rr][cc] != "#":
                    g.setdefault((r, c), []).append(((rr, cc), 1))
    return g
g = grid_graph(grid)
d, p = dijkstra(g, (0, 0))
end = (3, 7)
route = path_to(p, end)
print("steps:", d[end])
canvas = [list(row) for row in grid]
for r, c in route[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
