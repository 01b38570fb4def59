import heapq
import bisect
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
data = [9, 4, 7, 1, 3]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [1, 8, 2, 9, 4]), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5], [0, 9])), list(heapq.merge("ace", "bd")))
tasks = []
heapq.heappush(tasks, (2, "write"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "ship"))
print([heapq.heappop(tasks)[1] for _ in range(3)])
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 0), bisect.bisect_right(a, 100))
bisect.insort(a, 3)
bisect.insort_left(a, 4)
bisect.insort_right(a, 9)
print(a)
grades = "FDCBA"
def grade(score, breakpoints=[60, 70, 80, 90]):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
recs = [(1, "a"), (3, "c"), (5, "e")]
print(bisect.bisect_left(recs, (3,)), bisect.bisect_left([r[0] for r in recs], 4), bisect.bisect(recs, 4, key=lambda r: r[0]))
