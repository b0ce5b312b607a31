x = f"a" f"b"
x = f"{a}" "literal" f"{b}"
x = "literal" f"{a}"
x = (f"{a}"
     f"{b}"
     "c")
x = f"" f"" ""
x = rf"\n{a}" f"\n{b}"
x = f'{a}' f"{b}" f'''{c}''' f"""{d}"""
x = "a" "b" f"{c}" "d" "e"
x = f"{a}" \
    f"{b}"
