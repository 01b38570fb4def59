a = [5, 3, 8, 1]
a.append(7); a.extend([2, 9]); a.insert(0, 0)
print(a, len(a), a.index(8), a.count(3))
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.remove(8); print(a.pop(), a.pop(0), a)
a.reverse(); print(a)
print(a[1:3], a[:2], a[-2:], a[::2], a[::-1])
b = a.copy(); b[0] = 100; print(a[0], b[0])
a[1:3] = [10, 20, 30]; print(a)
del a[0]; print(a)
del a[::2]; print(a)
print([x * x for x in range(10) if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
print(sorted([3, 1, 2]), sorted("cba"), list(reversed([1, 2, 3])), list(range(10, 0, -3)))
print([1, 2] + [3], [0] * 5, 3 in [1, 2, 3], [1, [2, 3]] == [1, [2, 3]], [1, 2] < [1, 3])
nums = list(range(20))
print(sum(nums), max(nums), min(nums), any(x > 18 for x in nums), all(x >= 0 for x in nums))
print(list(enumerate("abc")), list(zip([1, 2, 3], "ab")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])))
x = [1, 2, 3]
x[len(x):] = [4]
print(x, x * 2)
stack = []
for i in range(5):
    stack.append(i)
while stack:
    print(stack.pop(), end=",")
print()
print(sorted([(2, "b"), (1, "z"), (2, "a")]), sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
l = [3, 1, 2]
l2 = l
l2 += [4]
print(l, l is l2)
print([[1, 2], [3]].__len__() if False else len([[1, 2], [3]]))
