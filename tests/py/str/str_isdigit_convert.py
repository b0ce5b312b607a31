inputs = ["42", "-7", "3.14", "1e3", "abc", "", " 5 ", "0x1f", "1_000", "٤٢", "½", "∞", "inf", "nan"]
for s in inputs:
    parts = [repr(s), s.isdigit(), s.isnumeric()]
    try:
        parts.append(int(s))
    except ValueError:
        parts.append("int-err")
    try:
        parts.append(float(s))
    except ValueError:
        parts.append("float-err")
    print(*parts)
