d = {k: for k in x}
