raise SyntaxError("bad thing")
