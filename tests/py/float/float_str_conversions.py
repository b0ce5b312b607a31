for s in ["1", "1.", ".1", "1e5", "1E-5", "-0", "+1.5", "1_0.0_1", " 3.25 ", "\t-7\n", "inF", "-nan", "1e400", "-1e-400", "0x10"]:
    try:
        print(repr(s), "->", repr(float(s)))
    except ValueError as e:
        print(repr(s), "->", type(e).__name__, e)
print(str(1.0), str(10.0 ** 16), str(1.23e-5), str(123456789.0), str(0.1 + 0.7), repr(1e22), repr(1e21), repr(123456789012345678901234.0))
