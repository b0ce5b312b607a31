class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("determinant of non-square matrix")
        if n == 1:
            return self.rows[0][0]
        if n == 2:
            (a, b), (c, d) = self.rows
            return a * d - b * c
        total = 0
        for j in range(n):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]])
            total += (-1) ** j * self.rows[0][j] * minor.determinant()
        return total

    def inverse(self):
        n, _ = self.shape
        aug = [list(map(float, r)) + [float(i == k) for k in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(aug[r][col]))
            if abs(aug[pivot][col]) < 1e-12:
                raise ZeroDivisionError("matrix is singular")
            aug[col], aug[pivot] = aug[pivot], aug[col]
            pv = aug[col][col]
            aug[col] = [v / pv for v in aug[col]]
            for r in range(n):
                if r != col:
                    f = aug[r][col]
                    aug[r] = [a - f * b for a, b in zip(aug[r], aug[col])]
        return Matrix([r[n:] for r in aug])

    def rounded(self, nd=6):
        return Matrix([[round(v, nd) + 0.0 for v in r] for r in self.rows])

    def __repr__(self):
        width = max(len(f"{v:g}") for r in self.rows for v in r)
        return "\n".join("[" + " ".join(f"{v:>{width}g}" for v in r) + "]" for r in self.rows)


A = Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
B = Matrix([[1, 2], [0, 1], [5, -1]])
print(A, A.shape, sep="\n")
print(A @ B)
print(B.transpose())
print(A + Matrix.identity(3) * 10)
print(2 * B == B + B, A.determinant(), Matrix([[1, 2], [3, 4]]).determinant())
inv = A.inverse()
print(inv.rounded(4))
print((A @ inv).rounded())
for bad in [lambda: A @ A.transpose() @ B.transpose(), lambda: Matrix([[1, 2], [2, 4]]).inverse(),
            lambda: Matrix([[1], [2, 3]]), lambda: A + B, lambda: B.determinant()]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
big = Matrix([[(i * j + 1) % 7 for j in range(5)] for i in range(5)])
print(big.determinant(), big[2, 3], big.transpose()[3, 2])
