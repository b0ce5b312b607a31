# Recursive Fibonacci: the cost of a Python-level call and return, plus small
# integer addition and comparison.  No memoisation, on purpose.

N = 32          # fib(N) computed recursively
ROUNDS = 3      # how many times


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for _ in range(ROUNDS):
    total += fib(N)
print("fib", N, total)
