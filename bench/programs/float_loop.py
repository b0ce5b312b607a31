# Float arithmetic in tight loops: a Mandelbrot escape-time grid, a midpoint
# integration and a Newton iteration, all on plain Python floats.

GRID = 400          # Mandelbrot grid is GRID x GRID points
MAX_ITER = 100      # escape-time iteration cap
SLICES = 2400000    # midpoint-rule slices for the integral
NEWTON_COUNT = 240000  # square roots found by Newton's method


def mandelbrot(size, max_iter):
    inside = 0
    total_iter = 0
    for row in range(size):
        ci = -1.2 + 2.4 * row / size
        for col in range(size):
            cr = -2.1 + 2.8 * col / size
            zr = 0.0
            zi = 0.0
            k = 0
            while k < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k += 1
            total_iter += k
            if k == max_iter:
                inside += 1
    return inside, total_iter


def integrate(slices):
    # integral of 4 / (1 + x*x) over [0, 1] is pi
    h = 1.0 / slices
    acc = 0.0
    x = 0.5 * h
    for _ in range(slices):
        acc += 4.0 / (1.0 + x * x)
        x += h
    return acc * h


def newton_roots(count):
    acc = 0.0
    for i in range(1, count + 1):
        a = i * 0.75
        x = a if a > 1.0 else 1.0
        for _ in range(8):
            x = 0.5 * (x + a / x)
        acc += x
    return acc


inside, iters = mandelbrot(GRID, MAX_ITER)
pi = integrate(SLICES)
roots = newton_roots(NEWTON_COUNT)
print("float_loop", inside, iters, f"{pi:.10f}", f"{roots:.6f}")
