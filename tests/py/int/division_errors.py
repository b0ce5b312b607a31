def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("1 / 0", lambda: 1 / 0)
attempt("1 // 0", lambda: 1 // 0)
attempt("1 % 0", lambda: 1 % 0)
attempt("divmod(1, 0)", lambda: divmod(1, 0))
attempt("0 ** -1", lambda: 0 ** -1)
attempt("1.0 / 0", lambda: 1.0 / 0)
attempt("1 // 0.0", lambda: 1 // 0.0)
attempt("1.0 % 0.0", lambda: 1.0 % 0.0)
attempt("divmod(1.0, 0)", lambda: divmod(1.0, 0))
attempt("0.0 ** -1", lambda: 0.0 ** -1)
attempt("big / 0", lambda: 10 ** 30 / 0)
attempt("pow(0, -2)", lambda: pow(0, -2))
attempt("True / False", lambda: True / False)
