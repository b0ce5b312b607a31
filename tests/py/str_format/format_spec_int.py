for spec in ["", "d", "5", "<5", ">5", "^5", "05", "+", "-", " ", "x", "X", "#x", "#o", "#b", "b", "o",
             ",", "_", "_x", "+08,", "c", "e", ".2e", "f", ".1f", "%", "g", "n", "=+8", "*^9", "0<5", "#010x", "+#x"]:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)) if spec != "c" else "")
print(format(1234567890, ","), format(-1234567890, "_"), format(12345, "010,"), format(0, "+"))
print(format(10 ** 20, ","), format(255, "08b"), format(True, "d"), format(False, ""))
