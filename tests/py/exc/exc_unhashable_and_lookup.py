def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: {}[[]])
t(lambda: [] in {})
t(lambda: {[]: 1})
t(lambda: {1: 2}.get([]))
t(lambda: set() | {[]} if False else {(1, [2])})
t(lambda: frozenset([{}]))
t(lambda: {}.setdefault({}, 1))
t(lambda: hash(slice(1, 2)) and "slices are hashable in 3.12+")
t(lambda: [1][1])
t(lambda: (1,)[-2])
t(lambda: "ab"[9])
t(lambda: {"a": 1}["b"])
t(lambda: range(3)[3])
t(lambda: b"x"[1])
