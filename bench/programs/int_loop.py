# Integer arithmetic in tight loops: +, -, *, //, %, bit operations and
# comparisons on small ints, in `while` and `for` loops.

COLLATZ_LIMIT = 90000   # longest Collatz chain below this
LCG_STEPS = 900000      # steps of a linear congruential generator
SIEVE_LIMIT = 450000    # primes below this, by a sieve of Eratosthenes


def collatz_longest(limit):
    best_start = 1
    best_len = 1
    for start in range(1, limit):
        n = start
        steps = 1
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n = n >> 1
            steps += 1
        if steps > best_len:
            best_len = steps
            best_start = start
    return best_start, best_len


def lcg_mix(steps):
    x = 12345
    acc = 0
    mask = (1 << 31) - 1
    i = 0
    while i < steps:
        x = (x * 1103515245 + 12345) & mask
        acc = (acc + (x // 7) % 1000 - (x ^ (x >> 3)) % 97) % 1000003
        i += 1
    return acc


def sieve_count(limit):
    flags = [True] * limit
    flags[0] = flags[1] = False
    p = 2
    while p * p < limit:
        if flags[p]:
            for m in range(p * p, limit, p):
                flags[m] = False
        p += 1
    count = 0
    last = 0
    for i in range(limit):
        if flags[i]:
            count += 1
            last = i
    return count, last


s, length = collatz_longest(COLLATZ_LIMIT)
mix = lcg_mix(LCG_STEPS)
primes, largest = sieve_count(SIEVE_LIMIT)
print("int_loop", s, length, mix, primes, largest)
