s = {1, 2, 3}
print(s.discard(5), s.remove(1), s, s.pop() in (2, 3), len(s))
s.clear()
print(s, set.union({1}, {2}, [3]), set.intersection({1, 2}, {2}))
for bad in [lambda: set().remove(1), lambda: {1}.update(5), lambda: {1}.issubset(5), lambda: {1} - [1], lambda: {1} <= [1]]:
    try:
        print(bad())
    except (KeyError, TypeError) as e:
        print(type(e).__name__, e)
