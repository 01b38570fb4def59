data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
print(sorted("hello"), sorted({3: "c", 1: "a"}), sorted((3.5, 1, 2)), sorted([], reverse=True))
print(min(data), max(data), min(data, key=lambda t: (t[1], t[0])), max("apple", "pear", key=len))
print(min([5]), max(3, 7, 1), min((), default=0), max([], default=None), min("zyx"))
print(max([1, 2, 3], key=lambda v: -v), min(x * x for x in range(-3, 4)), max(range(10), key=lambda v: v % 4))
try:
    min([])
except ValueError as e:
    print(e)
try:
    max()
except TypeError as e:
    print(e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print(e)
stable = sorted([(1, "first"), (0, "x"), (1, "second"), (0, "y")], key=lambda t: t[0])
print(stable)
l = [3, 1, 2]
print(sorted(l) is not l, l, l.sort() is None, l)
