for s in ["1", "1j", "-j", "+1J", "1e3+2e-1j", "(1+2j)", " ( 3-4j ) ", "inf+nanj", "-infj", "1_0+2_0j", ".5-.5j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["1+", "j1", "1+2i", "(1+2j", "1 + 2j", "", "1__0j"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
