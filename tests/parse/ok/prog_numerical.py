"""Small numerical toolkit: vectors, matrices, root finding, integration, ODEs."""

from __future__ import annotations

import cmath
import math
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from functools import reduce
from itertools import accumulate, pairwise, product, starmap
from numbers import Number
from operator import mul

EPS = 1e-12
TAU = 2 * math.pi


class Vector(Sequence[float]):
    __slots__ = ("_xs",)
    __match_args__ = ("x", "y")

    def __init__(self, xs: Iterable[float]) -> None:
        self._xs = tuple(float(x) for x in xs)

    def __len__(self) -> int: return len(self._xs)
    def __getitem__(self, i): return self._xs[i]
    def __repr__(self) -> str: return f"Vector({list(self._xs)})"
    def __eq__(self, o) -> bool: return isinstance(o, Vector) and all(abs(a - b) < EPS for a, b in zip(self, o, strict=True))
    def __hash__(self): return hash(self._xs)

    @property
    def x(self) -> float: return self._xs[0]
    @property
    def y(self) -> float: return self._xs[1]

    def __add__(self, o: Vector) -> Vector: return Vector(a + b for a, b in zip(self, o, strict=True))
    def __sub__(self, o: Vector) -> Vector: return Vector(a - b for a, b in zip(self, o, strict=True))
    def __neg__(self) -> Vector: return Vector(-a for a in self)
    def __mul__(self, k: float) -> Vector: return Vector(a * k for a in self)
    __rmul__ = __mul__
    def __truediv__(self, k: float) -> Vector: return self * (1 / k)
    def __matmul__(self, o: Vector) -> float: return math.fsum(starmap(mul, zip(self, o, strict=True)))
    def __abs__(self) -> float: return math.sqrt(self @ self)
    def __bool__(self) -> bool: return abs(self) > EPS

    def normalized(self) -> Vector:
        if not self:
            raise ZeroDivisionError("cannot normalize the zero vector")
        return self / abs(self)


class Matrix:
    def __init__(self, rows: Iterable[Iterable[float]]) -> None:
        self.rows = [list(map(float, r)) for r in rows]
        if len({len(r) for r in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n: int) -> Matrix:
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    @property
    def T(self) -> Matrix:
        return Matrix(zip(*self.rows))

    def __getitem__(self, ij: tuple[int, int]) -> float:
        i, j = ij
        return self.rows[i][j]

    def __matmul__(self, other: Matrix | Vector) -> Matrix | Vector:
        match other:
            case Vector():
                return Vector(Vector(r) @ other for r in self.rows)
            case Matrix(shape=(n, _)) if n == self.shape[1]:
                cols = other.T.rows
                return Matrix([[math.fsum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
            case _:
                return NotImplemented

    def __pow__(self, k: int) -> Matrix:
        result, base = Matrix.identity(self.shape[0]), self
        while k:
            if k & 1:
                result = result @ base
            base, k = base @ base, k >> 1
        return result

    def det(self) -> float:
        n, _ = self.shape
        a = [row[:] for row in self.rows]
        sign, total = 1.0, 1.0
        for c in range(n):
            p = max(range(c, n), key=lambda r: abs(a[r][c]))
            if abs(a[p][c]) < EPS:
                return 0.0
            if p != c:
                a[c], a[p] = a[p], a[c]
                sign = -sign
            for r in range(c + 1, n):
                f = a[r][c] / a[c][c]
                a[r][c:] = [x - f * y for x, y in zip(a[r][c:], a[c][c:])]
            total *= a[c][c]
        return sign * total

    def __repr__(self) -> str:
        body = ",\n ".join("[" + ", ".join(f"{x:8.3f}" for x in r) + "]" for r in self.rows)
        return f"Matrix([{body}])"


def newton(f: Callable[[float], float], df: Callable[[float], float], x0: float, *, tol=1e-12, maxiter=100) -> float:
    x = x0
    for _ in range(maxiter):
        fx = f(x)
        if abs(fx) < tol:
            return x
        if (d := df(x)) == 0:
            raise ZeroDivisionError(f"zero derivative at {x!r}")
        x -= fx / d
    raise ArithmeticError(f"no convergence after {maxiter} iterations (x={x:.6g})")


def bisect(f, lo: float, hi: float, tol: float = 1e-10) -> float:
    flo = f(lo)
    if flo * f(hi) > 0:
        raise ValueError("root not bracketed")
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if (fm := f(mid)) == 0:
            return mid
        lo, hi, flo = (mid, hi, fm) if flo * fm > 0 else (lo, mid, flo)
    return (lo + hi) / 2


def simpson(f, a: float, b: float, n: int = 100) -> float:
    if n % 2:
        n += 1
    h = (b - a) / n
    inner = sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n))
    return h / 3 * (f(a) + inner + f(b))


def rk4(f: Callable[[float, Vector], Vector], y0: Vector, t0: float, t1: float, steps: int) -> list[tuple[float, Vector]]:
    h, t, y = (t1 - t0) / steps, t0, y0
    out = [(t, y)]
    for _ in range(steps):
        k1 = f(t, y)
        k2 = f(t + h / 2, y + k1 * (h / 2))
        k3 = f(t + h / 2, y + k2 * (h / 2))
        k4 = f(t + h, y + k3 * h)
        y = y + (k1 + 2 * k2 + 2 * k3 + k4) * (h / 6)
        t += h
        out.append((t, y))
    return out


def dft(xs: Sequence[complex]) -> list[complex]:
    n = len(xs)
    return [sum(x * cmath.exp(-1j * TAU * k * m / n) for m, x in enumerate(xs)) for k in range(n)]


def harmonic(n: int) -> Fraction:
    return sum((Fraction(1, k) for k in range(1, n + 1)), Fraction(0))


def stats(xs: Sequence[float]) -> dict[str, float]:
    n = len(xs)
    mean = math.fsum(xs) / n
    var = math.fsum((x - mean) ** 2 for x in xs) / (n - 1) if n > 1 else 0.0
    s = sorted(xs)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2
    return {"n": n, "mean": mean, "stdev": var ** 0.5, "median": median,
            "min": s[0], "max": s[-1], "cumsum": list(accumulate(xs))[-1]}


if __name__ == "__main__":
    m = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
    print(m @ m, m.det(), (m ** 3)[0, 0])
    print(newton(lambda x: x * x - 2, lambda x: 2 * x, 1.0), bisect(math.cos, 0, 2))
    print(simpson(math.sin, 0, math.pi), harmonic(10))
    osc = rk4(lambda t, y: Vector([y[1], -y[0]]), Vector([1, 0]), 0, TAU, 1000)
    match osc[-1]:
        case (t, Vector(x, y)) if abs(x - 1) < 1e-6:
            print(f"returned to start at t={t:.3f}: ({x:.6f}, {y:.6f})")
    print([round(abs(z), 6) for z in dft([1, 0, -1, 0])], 1j ** 2, -1 + 2j, 3.5e-3J)
    print(stats([2.5, 3.5, 1.0, 4.0]), reduce(mul, range(1, 11)), 0x_FF, 0o777, 0b1010_1010)
    print(list(product(range(2), repeat=2)), list(pairwise("abc")), isinstance(1.5, Number))
