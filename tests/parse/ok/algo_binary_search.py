from bisect import bisect_left


def binary_search(seq, target, *, key=lambda v: v):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if key(seq[mid]) < target:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(seq) and key(seq[lo]) == target else -1


def lower_bound(seq, x):
    return bisect_left(seq, x)


assert binary_search([1, 3, 5, 7], 5) == 2
assert binary_search([1, 3, 5, 7], 4) == -1
