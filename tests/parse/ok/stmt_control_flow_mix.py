def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return r, c
            elif val is None:
                continue
            else:
                try:
                    check(val)
                except ValueError:
                    break
                finally:
                    log(r, c)
        else:
            continue
        break
    else:
        return None
    while True:
        with lock:
            if done():
                break
