from collections import deque


def bfs(graph: dict[str, list[str]], start: str) -> dict[str, int]:
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph.get(node, ()):
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


def topo_sort(graph):
    indeg = {n: 0 for n in graph}
    for outs in graph.values():
        for n in outs:
            indeg[n] = indeg.get(n, 0) + 1
    ready = [n for n, d in indeg.items() if d == 0]
    order = []
    while ready:
        n = ready.pop()
        order.append(n)
        for m in graph.get(n, []):
            indeg[m] -= 1
            if not indeg[m]:
                ready.append(m)
    if len(order) != len(indeg):
        raise ValueError("cycle detected")
    return order
