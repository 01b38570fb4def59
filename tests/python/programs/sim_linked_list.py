class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push(it)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def pop(self):
        if not self.head:
            raise IndexError("pop from empty list")
        v = self.head.value
        self.head = self.head.next
        self.size -= 1
        return v
    def __iter__(self):
        n = self.head
        while n:
            yield n.value
            n = n.next
    def __len__(self):
        return self.size
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return " -> ".join(map(repr, self)) or "<empty>"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll, ll.pop(), ll, list(ll))
ll.push("x")
print(ll, sum(1 for _ in ll))
e = LinkedList()
print(e)
try:
    e.pop()
except IndexError as err:
    print(err)
