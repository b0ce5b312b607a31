for z in [1j, -1j, 1 + 1j, 1.5 - 2.5j, complex(0, 0), complex(-0.0, -0.0), complex(1e20, 1e-20),
          complex(float("inf"), 1), complex(1, float("nan")), complex(2, 0), 1e16j, complex(0.1, 0.2)]:
    print(repr(z), str(z))
print(format(1 + 2j, ".2f"), format(1.5 - 2j, ""), format(3j, "10.1f") + "|", format(1 + 2j, "^20") + "|")
print(f"{(1+2j):g}", f"{complex(1/3, 2/3):.3}", f"{-1j:+.1e}")
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1), complex.__name__)
