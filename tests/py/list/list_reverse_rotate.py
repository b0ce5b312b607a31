def rotate(lst, k):
    if not lst:
        return lst
    k %= len(lst)
    return lst[-k:] + lst[:-k]
items = list(range(6))
print(rotate(items, 2), rotate(items, -1), rotate(items, 6), rotate([], 3))
items.reverse()
print(items, items[::-1], list(reversed(items)))
def chunk(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]
print(chunk(list("abcdefg"), 3), chunk([], 2))
def interleave(a, b):
    out = []
    for x, y in zip(a, b):
        out += [x, y]
    longer = a if len(a) > len(b) else b
    return out + longer[min(len(a), len(b)):]
print(interleave([1, 3, 5, 7], [2, 4]))
