def chain(*iterables):
    for it in iterables:
        for v in it:
            yield v
def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    while True:
        row, alive = [], False
        for it in iters:
            try:
                row.append(next(it))
                alive = True
            except StopIteration:
                row.append(fill)
        if not alive:
            return
        yield tuple(row)
def groupby(items, key):
    it = iter(items)
    try:
        cur = next(it)
    except StopIteration:
        return
    group = [cur]
    for v in it:
        if key(v) == key(cur):
            group.append(v)
        else:
            yield key(cur), group
            group = [v]
        cur = v
    yield key(cur), group
print(list(chain("ab", [1], range(2))))
print(list(zip_longest("abc", [1], fill="-")))
print(list(groupby("aabbbcd", key=str.upper)), list(groupby([], key=abs)))
print(list(groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)))
