def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
def catch_deep(n):
    try:
        return catch_deep(n + 1)
    except RecursionError:
        return n
print(catch_deep(0) > 100)
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def length(self):
        return 1 + self.nxt.length()
n = Node(None)
n.nxt = n
try:
    n.length()
except RecursionError as e:
    print(type(e).__name__, e)
def after():
    return "still works"
print(after())
