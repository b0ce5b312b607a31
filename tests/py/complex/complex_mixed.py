print(1 + 1j + 1.5, 2 * (1 - 1j), True + 1j, 1j * False)
print(type(1 + 0j).__name__, (1 + 0j).real.__class__.__name__)
print(abs(-3j), abs(3 + 4j), abs(complex(1e300, 1e300)))
print(complex(3, 4) == 3 + 4j, hash(complex(2, 0)) == hash(2))
print(sum([1j, 2, 3.5]), 2 ** 1j)
print(pow(1j, 2), pow(2j, 0), (1 + 2j).conjugate().conjugate())
class C:
    def __complex__(self): return 5 + 5j
print(complex(C()))
print(complex(real=1, imag=2), complex(imag=3))
