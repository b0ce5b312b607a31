def solve_n_queens(n):
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placement = []

    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c); diag1.add(row - c); diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c); diag1.remove(row - c); diag2.remove(row + c)

    place(0)
    return solutions


def board(sol):
    n = len(sol)
    return "\n".join("".join("Q" if sol[r] == c else "." for c in range(n)) for r in range(n))


def canonical(sol):
    n = len(sol)
    variants = []
    cur = sol
    for _ in range(4):
        cur = [cur.index(n - 1 - r) for r in range(n)]
        variants.append(tuple(cur))
        variants.append(tuple(reversed(cur)))
    return min(variants)


for n in range(1, 9):
    sols = solve_n_queens(n)
    unique = {canonical(s) for s in sols} if sols else set()
    print(n, len(sols), len(unique))
first = solve_n_queens(8)[0]
print(first)
print(board(first))
print(board(solve_n_queens(4)[1]))
