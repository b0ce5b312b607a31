class C:
    data = [1, 2]
    sq = [d * d for d in data]
    pairs = [(a, b) for a in data for b in data]
