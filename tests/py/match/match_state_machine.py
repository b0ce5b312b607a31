def tokenize(s):
    tokens = []
    state = "start"
    buf = ""
    for ch in s + " ":
        match state, ch:
            case ("start", c) if c.isdigit():
                state, buf = "number", c
            case ("start", c) if c.isalpha():
                state, buf = "word", c
            case ("start", " "):
                pass
            case ("start", c):
                tokens.append(("sym", c))
            case ("number", c) if c.isdigit():
                buf += c
            case ("word", c) if c.isalnum():
                buf += c
            case ("number" | "word" as kind, c):
                tokens.append((kind, int(buf) if kind == "number" else buf))
                state, buf = "start", ""
                if c != " ":
                    if c.isdigit():
                        state, buf = "number", c
                    elif c.isalpha():
                        state, buf = "word", c
                    else:
                        tokens.append(("sym", c))
    return tokens
print(tokenize("x1 = 42+y*(7 - z9)"))
print(tokenize("abc123 456def"))
