def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
def outer():
    def rec(k):
        return rec(k - 1)
    return rec
