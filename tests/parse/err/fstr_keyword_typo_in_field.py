x = f"{a iff b else c}"
