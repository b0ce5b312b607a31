# Writes tests/unit/float_repr_vectors.txt: run under CPython 3.14,
#   ../shared/tools/cpython314 tools/gen_float_vectors.py > tests/unit/float_repr_vectors.txt
# Each line: the double's bits in hex, repr(x), repr(complex(0, x)) (or -).
import random, struct, math
random.seed(1234)
vals = [0.0, -0.0, 1.0, 0.1, 0.5, 1e16, 1e15, 9999999999999998.0, 1e-4, 1e-5, 123456789.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'), 1/3, 2/3, 100.0, 1e22, 1e23, float(2**53), float(2**53+2), 0.3, 4.35, 2.675]
for e in range(-1074, 1024, 7):
    vals.append(math.ldexp(1.0, e))
    vals.append(math.ldexp(1.0, e) * 3)
for i in range(4000):
    bits = random.getrandbits(64)
    x = struct.unpack('<d', struct.pack('<Q', bits))[0]
    if math.isnan(x): continue
    vals.append(x)
for i in range(2000):
    vals.append(round(random.uniform(-1000, 1000), random.randint(0, 8)))
    vals.append(random.randint(1, 10**random.randint(1, 25)) / 10**random.randint(0, 20))
for x in vals:
    bits = struct.unpack('<Q', struct.pack('<d', x))[0]
    print("%016x %s %s" % (bits, repr(x), repr(complex(0, x)) if x >= 0 or x != x else "-"))
