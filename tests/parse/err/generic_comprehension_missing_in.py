x = [a for a]
