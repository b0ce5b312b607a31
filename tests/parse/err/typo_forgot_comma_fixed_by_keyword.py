x = [a forr a in b]
