# dict and set operations, views, ordering.
d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("b"), d.pop("zz", None), d.setdefault("d", 4), d.setdefault("a", 9), d, d.popitem(), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d, dict(a=1), dict([(1, 2)]), dict.fromkeys("ab", 0), dict(zip("xy", (1, 2))), {**d, "a": 100}, d | {"q": 0})
d2 = dict(d)
d2 |= {"w": 5}
print(d2, d2 == d, d2 != d, {1: 2} == {1: 2.0}, sorted(d2), sorted(d2.items(), key=lambda kv: kv[1]))
k = d.keys()
print(k & {"a", "x"}, k | {"n"}, k - {"a"}, k ^ {"a", "new"}, "a" in k, len(k), reversed(d) is not None, list(reversed(d)))
print(d.items() & {("a", 1)}, {("a", 1)} <= d.items() if False else True, list(d.values())[:2])
del d["a"]
print(d, d.copy(), {i: i * i for i in range(5)}, {v: k for k, v in {"a": 1, "b": 2}.items()})
d.clear()
print(d, bool(d), dict(), repr({}), {1: {2: {3: 4}}}, {(1, 2): "t", None: "n", 1.5: "f", True: "b"})
try:
    {}["missing"]
except KeyError as e:
    print(repr(e), e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    {[1]: 2}
except TypeError as e:
    print(e)
class DD(dict):
    def __missing__(self, key):
        return key * 2
print(DD()["ab"], DD(a=1)["a"])
s = {3, 1, 2}
s.add(5)
s.discard(7)
s.remove(1)
print(s, len(s), 2 in s, s | {9}, s & {2, 3, 4}, s - {2}, s ^ {3, 10}, s <= {2, 3, 5, 6}, s < s, s >= {2}, s.isdisjoint({100}))
print(s.union([7], (8,)), s.intersection({2, 5}, {5}), s.difference({2}), s.symmetric_difference([5, 6]), s.issubset(range(10)), s.issuperset([2]))
s2 = set(s)
s2 |= {40}; s2 &= {2, 3, 40}; s2 -= {3}; s2 ^= {1}
print(s2, s2.pop() in {1, 2, 40}, set(), frozenset([1, 2]), frozenset() == set(), {frozenset([1]): "x"}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s3 = {1, 2, 3}
s3.update([4], {5})
s3.intersection_update({1, 2, 3, 4})
s3.difference_update({1})
s3.symmetric_difference_update({2, 9})
print(s3, s3.copy(), sorted({"b", "a"}), {x % 3 for x in range(10)}, set("aab") == {"a", "b"}, max({4, 8}), sum({1, 2}))
try:
    s3.remove(100)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(e)
print({1, 2} == frozenset({1, 2}), type({1} | frozenset()).__name__, type(frozenset() | {1}).__name__, repr(frozenset({1})), repr(set()))
