def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    wrapper.__name__ = fn.__name__
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize
def coin_ways(amount, coins):
    if amount == 0:
        return 1
    if amount < 0 or not coins:
        return 0
    return coin_ways(amount - coins[0], coins) + coin_ways(amount, coins[1:])


@memoize
def min_coins(amount, coins):
    if amount == 0:
        return 0
    best = None
    for c in coins:
        if c <= amount:
            sub = min_coins(amount - c, coins)
            if sub is not None and (best is None or sub + 1 < best):
                best = sub + 1
    return best


def lcs(a, b):
    @memoize
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def knapsack(items, capacity):
    @memoize
    def best(i, cap):
        if i == len(items):
            return 0, ()
        name, weight, value = items[i]
        skip = best(i + 1, cap)
        if weight > cap:
            return skip
        v, chosen = best(i + 1, cap - weight)
        take = (v + value, (name,) + chosen)
        return max(skip, take)
    return best(0, capacity)


@memoize
def partitions(n, max_part):
    if n == 0:
        return 1
    return sum(partitions(n - k, k) for k in range(1, min(n, max_part) + 1))


print([fib(i) for i in range(20)], fib(90), len(fib.cache))
print(coin_ways(100, (50, 25, 10, 5, 1)), coin_ways(7, (2, 4)))
print(min_coins(63, (1, 5, 10, 21, 25)), min_coins(7, (2, 4)))
print(repr(lcs("AGGTAB", "GXTXAYB")), repr(lcs("dynamic", "programming")))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]:
    print(a, b, edit_distance(a, b))
items = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40)]
value, chosen = knapsack(items, 200)
print(value, sorted(chosen))
print([partitions(n, n) for n in range(1, 16)])
