x = 1  # coding: latin-1 on line 1 after code is not a declaration
y = "é"
