del [a, "b"]
