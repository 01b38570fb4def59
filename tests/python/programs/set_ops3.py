a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} < b, a >= {1}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(b, {4}), a.difference([1], [2]), a.symmetric_difference([1, 99]))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {2, 11}
print(sorted(c))
c.add(5)
c.discard(99)
c.remove(5)
print(c, c.pop() in {10, 11}, len(c))
try:
    c.remove(1234)
except KeyError as e:
    print("KeyError", e)
f = frozenset([3, 1, 2])
print(f, f | {9}, type(f | {9}).__name__, type({9} | f).__name__, hash(f) == hash(frozenset({1, 2, 3})))
print({f: "frozen key"}[frozenset({1, 2, 3})], frozenset() == set(), frozenset("aab") == {"a", "b"})
print(set("hello") == {"h", "e", "l", "o"}, sorted(set("mississippi")), len(set(range(100)) - set(range(0, 100, 2))))
s = {x % 5 for x in range(20)}
print(s, 3 in s, 7 in s, sorted(s, reverse=True))
print(set(), frozenset(), {1, 2} == {2, 1}, {1} != {1, 2}, {(1, 2), (1, 2)})
try:
    {[1]}
except TypeError as e:
    print(e)
u = set()
u.update([1, 2], {3}, "ab")
print(sorted(u, key=str), u.issubset(u | {4}), u.issuperset({1}))
d = {1, 2, 3}
d.intersection_update({2, 3, 4})
d.difference_update({3})
d.symmetric_difference_update({2, 8})
print(d, d.copy() == d, d.copy() is d)
d.clear()
print(d, bool(d))
