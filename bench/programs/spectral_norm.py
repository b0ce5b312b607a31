# Spectral norm of the infinite matrix A with A[i][j] = 1/((i+j)(i+j+1)/2+i+1),
# truncated to N x N, by the power method on A^T A.  Float arithmetic, nested
# loops over lists, and a function call per matrix entry.

N = 310             # matrix size
ITERATIONS = 10     # power-method rounds


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, n):
    # A v
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(i, j) * v[j]
        out.append(acc)
    return out


def times_transposed(v, n):
    # A^T v
    out = []
    for i in range(n):
        acc = 0.0
        for j in range(n):
            acc += entry(j, i) * v[j]
        out.append(acc)
    return out


def times_ata(v, n):
    return times_transposed(times(v, n), n)


u = [1.0] * N
v = u
for _ in range(ITERATIONS):
    v = times_ata(u, N)
    u = times_ata(v, N)

vbv = 0.0
vv = 0.0
for k in range(N):
    vbv += u[k] * v[k]
    vv += v[k] * v[k]
norm = (vbv / vv) ** 0.5
print("spectral_norm", N, f"{norm:.9f}")
