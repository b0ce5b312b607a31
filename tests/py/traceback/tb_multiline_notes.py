e = ValueError("x")
e.add_note("line1\nline2")
e.add_note("n2")
raise e
