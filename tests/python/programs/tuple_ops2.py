t = (1, 2, 3, 2, 1)
print(t.count(2), t.index(3), t[1:3], t[::-1], t + (4,), t * 2, len(t), 2 in t)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 3), (2,) > (1, 9), () == (), (1,) == (1,))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), {(1, 2): "a"}[(1, 2)])
a, b, *c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
(p, q), (r, (s, u)) = nested
print(p, q, r, s, u)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(), (1,), type(()).__name__)
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    hash(([1],))
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
print(sorted([(2, "b"), (1, "z"), (2, "a")]), max((1, 2), (1, 3)), min([(3,), (1, 5)]))
x = (1, [2, 3])
x[1].append(4)
print(x, repr((1,)), str(("a", 1.5)))
def multi():
    return 1, "two", 3.0
print(multi(), type(multi()).__name__)
coords = [(1, 2), (3, 4)]
print([x + y for x, y in coords], dict(coords), list(zip(*coords)))
print((1, 2, 3)[-1], (1, 2, 3)[5:], tuple(reversed((1, 2, 3))), sum((1, 2, 3)))
