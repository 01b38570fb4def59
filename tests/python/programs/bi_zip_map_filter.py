print(list(zip([1, 2, 3], "abc", (True, False, None))), list(zip("ab")), list(zip()))
print(list(zip(range(5), range(2))), dict(zip(["k1", "k2"], [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(list(zip([1], [2], strict=True)))
print(list(map(str, [1, 2])), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, ["a", "bb"])))
print(list(filter(lambda x: x > 1, [0, 1, 2, 3])), list(filter(None, [0, "", [], "x", 1])))
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print(e)
print(list(enumerate("ab")), list(enumerate(["x"], start=5)), list(reversed([1, 2, 3])))
z = zip(*[[1, 2, 3], [4, 5, 6]])
print(list(z), list(z))
print(sum(map(int, "12345")), max(map(abs, [-5, 3])), list(map(pow, [2, 3], [3, 2], [5, 5])))
