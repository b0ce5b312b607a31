def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, *rest = xs
    left = [x for x in rest if x < pivot]
    right = [x for x in rest if x >= pivot]
    return quicksort(left) + [pivot] + quicksort(right)


def partition(a, lo, hi):
    p = a[hi]
    i = lo - 1
    for j in range(lo, hi):
        if a[j] <= p:
            i += 1
            a[i], a[j] = a[j], a[i]
    a[i + 1], a[hi] = a[hi], a[i + 1]
    return i + 1


def quicksort_inplace(a, lo=0, hi=None):
    if hi is None:
        hi = len(a) - 1
    while lo < hi:
        p = partition(a, lo, hi)
        if p - lo < hi - p:
            quicksort_inplace(a, lo, p - 1)
            lo = p + 1
        else:
            quicksort_inplace(a, p + 1, hi)
            hi = p - 1
    return a


if __name__ == "__main__":
    print(quicksort([3, 1, 4, 1, 5, 9, 2, 6]))
    print(quicksort_inplace([3, 1, 4, 1, 5, 9, 2, 6]))
