def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: {[1]})
t(lambda: {1}.add([2]))
t(lambda: set([[1]]))
t(lambda: set().pop())
one = {1}
t(lambda: one[0])
t(lambda: set(5))
t(lambda: [1] in {1})
t(lambda: {1}.remove([1]))
t(lambda: {{1}})
t(lambda: frozenset([{}]))
def mutate():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(mutate)
t(lambda: {1}.union(5))
