class _Link:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = self


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.root = _Link()
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, link):
        link.prev.next = link.next
        link.next.prev = link.prev

    def _push_front(self, link):
        link.next = self.root.next
        link.prev = self.root
        self.root.next.prev = link
        self.root.next = link

    def get(self, key, default=None):
        link = self.map.get(key)
        if link is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(link)
        self._push_front(link)
        return link.value

    def put(self, key, value):
        link = self.map.get(key)
        if link is not None:
            link.value = value
            self._unlink(link)
            self._push_front(link)
            return
        if len(self.map) >= self.capacity:
            lru = self.root.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        link = _Link(key, value)
        self.map[key] = link
        self._push_front(link)

    def keys(self):
        out, link = [], self.root.next
        while link is not self.root:
            out.append(link.key)
            link = link.next
        return out

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def __repr__(self):
        return f"LRUCache({self.capacity}, {[(k, self.map[k].value) for k in self.keys()]})"


def cached(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        missing = object()
        def wrapper(*args):
            v = cache.get(args, missing)
            if v is missing:
                v = fn(*args)
                cache.put(args, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco


c = LRUCache(3)
for k in "abc":
    c.put(k, k.upper())
print(c, c.get("a"), c.keys())
c.put("d", "D")
print(c, "b" in c, c.get("b", "gone"))
c.put("c", "C2")
c.put("e", "E")
print(c, len(c), (c.hits, c.misses, c.evictions))


@cached(50)
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best), len(collatz_len.cache), collatz_len.cache.evictions > 0)
try:
    LRUCache(0)
except ValueError as e:
    print(type(e).__name__, e)
