def count_paths(grid):
    rows, cols = len(grid), len(grid[0])
    memo = {}
    def go(r, c):
        if r >= rows or c >= cols or grid[r][c] == "#":
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        if (r, c) not in memo:
            memo[r, c] = go(r + 1, c) + go(r, c + 1)
        return memo[r, c]
    return go(0, 0)
print(count_paths(["...", "...", "..."]), count_paths(["..#", "...", "#.."]), count_paths(["." * 12] * 12))
def collatz_steps(n, memo={1: 0}):
    if n not in memo:
        memo[n] = 1 + collatz_steps(n // 2 if n % 2 == 0 else 3 * n + 1)
    return memo[n]
print([collatz_steps(n) for n in range(1, 15)], max(range(1, 1000), key=collatz_steps))
def tower(n):
    return [] if n == 0 else tower(n - 1) + [n] + tower(n - 1)
print(tower(4))
