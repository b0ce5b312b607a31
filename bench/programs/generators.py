# Generator pipelines: generator functions feeding one another, `yield from`,
# generator expressions consumed by sum/any/next, and generators abandoned
# part-way (an infinite one cut short, a search that stops early).  Mostly the
# cost of suspending and resuming a frame.

COUNT = 1800000     # items pushed through the main pipeline
CHUNK = 7           # size of the groups the pipeline batches items into
PRIME_COUNT = 4000  # primes drawn from an infinite generator


def numbers(limit):
    i = 0
    while i < limit:
        yield i
        i += 1


def scaled(source, factor):
    for x in source:
        yield x * factor % 1009


def only_odd(source):
    for x in source:
        if x & 1:
            yield x


def pairs(source):
    # consecutive pairs (a, b), (b, c), ...
    it = iter(source)
    prev = next(it)
    for x in it:
        yield prev, x
        prev = x


def chunks(source, size):
    group = []
    for x in source:
        group.append(x)
        if len(group) == size:
            yield group
            group = []
    if group:
        yield group


def flatten(groups):
    for g in groups:
        yield from g


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def take(source, n):
    for x in source:
        if n <= 0:
            return
        yield x
        n -= 1


# the main pipeline: five generator stages deep
diffs = (b - a for a, b in pairs(only_odd(scaled(numbers(COUNT), 37))))
pipeline_sum = 0
groups = 0
for group in chunks(diffs, CHUNK):
    pipeline_sum += max(group) - min(group)
    groups += 1

# yield from over nested chunks, consumed by sum() of a generator expression
flat = sum(x % 13 for x in flatten(chunks(numbers(COUNT // 2), CHUNK)))

# an infinite generator cut short
prime_sum = sum(take(primes(), PRIME_COUNT))

# next() and any() stop generators part-way
position = next(i for i, x in enumerate(scaled(numbers(COUNT), 7)) if x == 1000)
found = any(x > 1005 for x in scaled(numbers(COUNT), 11))

print("generators", pipeline_sum, groups, flat, prime_sum, position, found)
