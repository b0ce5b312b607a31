for length in [0, 1, 5, 10]:
    for sl in [slice(None), slice(2, None), slice(None, -2), slice(-100, 100), slice(None, None, -1), slice(3, 1, -1), slice(1, 8, 3)]:
        start, stop, step = sl.indices(length)
        print(length, sl, (start, stop, step), len(range(start, stop, step)))
