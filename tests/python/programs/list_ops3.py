a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[1::3]
print(a)
a[1:1] = [9, 9]
print(a, a.index(9), a.count(0))
b = [3, 1, 2]
b.extend((7, 8))
b.insert(0, -1)
b.insert(100, 100)
b.insert(-1, 50)
print(b, b.pop(), b.pop(0), b.pop(-2), b)
b.remove(7)
b.reverse()
print(b, sorted(b, reverse=True), b.copy() is b, b * 2, [0] * 3)
records = [("bob", 3), ("al", 1), ("cy", 3), ("di", 2), ("ed", 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
records.sort(key=lambda r: (-r[1], r[0]))
print(records)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
m = [[1, 2], [3, 4]]
c = m.copy()
c[0].append(99)
print(m, [row[:] for row in m])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]])
x = [1, 2, 3]
y = x
x += [4]
print(y, x is y)
x = x + [5]
print(y, x is y)
print(list("abc"), list((1, 2)), list({"k": 1}), list(range(3, 0, -1)), len([None] * 5))
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].index(2)
except ValueError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    a = [1, 2, 3]
    a[::2] = [1]
except ValueError as e:
    print(e)
nums = [5, 3, 8, 1]
nums.sort()
print(nums, min(nums), max(nums), sum(nums), nums[-1], nums[:-1], nums[::-1])
print([i for i in range(20) if i % 3 == 0][1:3], list(reversed(nums)), 8 in nums)
lst = [1, 2, 3, 4, 5, 6]
del lst[::2]
print(lst)
lst.clear()
print(lst, bool(lst))
