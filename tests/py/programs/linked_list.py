class Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        tail = None
        for v in iterable:
            node = Node(v)
            if tail is None:
                self.head = node
            else:
                tail.next = node
            tail = node
            self._len += 1

    def __len__(self):
        return self._len

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __repr__(self):
        return "LinkedList([" + ", ".join(map(repr, self)) + "])"

    def __str__(self):
        return " -> ".join(map(str, self)) + " -> None" if self.head else "empty"

    def _node_at(self, i):
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(i):
            node = node.next
        return node

    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        return self._node_at(i).value

    def __setitem__(self, i, v):
        self._node_at(i).value = v

    def __contains__(self, v):
        return any(x == v for x in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __add__(self, other):
        return LinkedList([*self, *other])

    def push(self, v):
        self.head = Node(v, self.head)
        self._len += 1

    def pop(self):
        if not self.head:
            raise IndexError("pop from empty LinkedList")
        v = self.head.value
        self.head = self.head.next
        self._len -= 1
        return v

    def remove(self, v):
        prev, node = None, self.head
        while node:
            if node.value == v:
                if prev:
                    prev.next = node.next
                else:
                    self.head = node.next
                self._len -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{v!r} not in LinkedList")

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def sort(self):
        def merge(a, b):
            dummy = tail = Node(None)
            while a and b:
                if a.value <= b.value:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return dummy.next

        def msort(head):
            if not head or not head.next:
                return head
            slow, fast = head, head.next
            while fast and fast.next:
                slow, fast = slow.next, fast.next.next
            mid, slow.next = slow.next, None
            return merge(msort(head), msort(mid))

        self.head = msort(self.head)


ll = LinkedList([5, 3, 8, 1])
print(ll, repr(ll), len(ll), ll[0], ll[-1], ll[1:3], 8 in ll, 9 in ll)
ll.push(10)
ll[1] = 50
print(ll, ll.pop(), ll)
ll.remove(8)
print(ll, len(ll))
ll.reverse()
print(ll)
ll.sort()
print(ll, list(reversed(list(ll))))
big = LinkedList([(i * 37) % 101 for i in range(20)])
big.sort()
print(list(big)[:8], len(big))
print(LinkedList("ab") + LinkedList("cd"), LinkedList() == LinkedList([]), str(LinkedList()))
for bad in [lambda: ll[10], lambda: LinkedList().pop(), lambda: ll.remove(99)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    ll.head.extra = 1
except AttributeError as e:
    print(type(e).__name__ + ":", e)
