s = {1, 2, 3}
s.add(4); s.discard(1)
print(s, len(s), 2 in s, 9 in s)
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3})
print({1, 2} <= {1, 2, 3}, {1, 2} == {2, 1}, set(), frozenset([1]))
print(sorted(set("mississippi")), len({x % 3 for x in range(10)}))
t = (1, 2, 3)
a, b, c = t
print(t, a, b, c, t[1:], t + (4,), t * 2, len(t), t.index(2), t.count(1))
first, *rest = [1, 2, 3, 4]
*init, last = "abc"
print(first, rest, init, last)
(x, y), z = (1, 2), 3
print(x, y, z)
print((1,), (), tuple([1, 2]), tuple("ab"), hash((1, 2)) == hash((1, 2)))
p = 1, 2
q = p
print(p == q, p < (1, 3), max((1, "b"), (1, "a")))
for i, (u, v) in enumerate([(1, 2), (3, 4)]):
    print(i, u, v)
a, b = 1, 2
a, b = b, a
print(a, b)
