class Node:
    __match_args__ = ("value", "left", "right")
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
def insert(tree, v):
    match tree:
        case None:
            return Node(v)
        case Node(value, left, right) if v < value:
            return Node(value, insert(left, v), right)
        case Node(value, left, right):
            return Node(value, left, insert(right, v))
def inorder(tree):
    match tree:
        case None:
            return []
        case Node(v, l, r):
            return inorder(l) + [v] + inorder(r)
def height(tree):
    match tree:
        case None:
            return 0
        case Node(left=l, right=r):
            return 1 + max(height(l), height(r))
t = None
for v in [5, 3, 8, 1, 4, 9, 7, 2]:
    t = insert(t, v)
print(inorder(t), height(t))
match t:
    case Node(5, Node(3, Node(1), _), Node(8)):
        print("shape matched")
