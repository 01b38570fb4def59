# Allocation-heavy: many short-lived objects and a growing structure.
class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.nxt = nxt
print(len(d), d["49999"], sum(d.values()))
head = None
for i in range(200000):
n = head
    head = Node(i, head)
total = 0
n = head
while n is not None:
    total += n.val
    n = n.nxt
print(total)
lists = [[j for j in range(i % 50)] for i in range(20000)]
print(sum(len(l) for l in lists))
d = {str(i): i for i in range(50000)}
print(len(d), d["49999"], sum(d.values()))
s = {i * 2 for i in range(50000)}
print(len(s), 99998 in s, 99999 in s)
