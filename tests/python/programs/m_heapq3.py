import heapq
class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}({self.prio})"
h = []
for p, n in [(3, "c"), (1, "a"), (4, "d"), (1, "a2"), (2, "b")]:
    heapq.heappush(h, Task(p, n))
print([heapq.heappop(h).name for _ in range(len(h))])
nums = [5, 9, 1, 7, 3, 8, 2]
print(heapq.nsmallest(3, nums), heapq.nlargest(3, nums), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len))
top = []
for x in range(20):
    if len(top) < 5:
        heapq.heappush(top, x * 7 % 13)
    else:
        heapq.heappushpop(top, x * 7 % 13)
print(sorted(top))
print(list(heapq.merge([1, 3, 5], [2, 4, 6], key=lambda v: v)), list(heapq.merge([5, 3], [4, 1], reverse=True)))
