class Node:
    def __init__(self, nxt=None):
        self.next = nxt
        self.value = 1
head = Node(Node())
print(head.next.value)
print(head.next.next.value)
