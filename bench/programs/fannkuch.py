# Fannkuch-redux: for every permutation of 0..N-1, repeatedly reverse the
# first p[0]+1 elements until 0 comes first, counting the reversals.  List
# slicing, slice assignment, indexing and small-int loops.  Reports the
# alternating-sign checksum and the largest flip count.

N = 9               # permutation length (N! permutations)


def fannkuch(n):
    perm = list(range(n))
    counters = [0] * n
    rank = 0            # index of the current permutation, for the sign
    checksum = 0
    most = 0
    r = n
    while True:
        # reset the counters below r: digit i of a mixed-radix counter
        while r > 1:
            counters[r - 1] = r
            r -= 1

        head = perm[0]
        if head:
            work = perm[:]
            flips = 0
            while head:
                work[:head + 1] = work[head::-1]
                flips += 1
                head = work[0]
            if flips > most:
                most = flips
            if rank & 1:
                checksum -= flips
            else:
                checksum += flips

        # next permutation: rotate the first r+1 elements left until a
        # counter does not run out
        while True:
            if r == n:
                return checksum, most
            first = perm[0]
            perm[:r] = perm[1:r + 1]
            perm[r] = first
            counters[r] -= 1
            if counters[r] > 0:
                break
            r += 1
        rank += 1


checksum, most = fannkuch(N)
print("fannkuch", N, checksum, most)
