print("start")
raise ValueError("something bad")
