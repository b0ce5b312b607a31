print(complex(), complex(2), complex(1.5, -2), complex("1+2j"), complex(" 3j "), complex(True, False))
try:
    complex("1 + 2j")
except ValueError as e:
    print(type(e).__name__, e)
try:
    complex(None)
except TypeError as e:
    print(type(e).__name__, e)
print(complex(2, 3).real, complex(2, 3).imag, complex(2, 3).conjugate())
