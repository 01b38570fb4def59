from collections import defaultdict
graph = defaultdict(set)
for a, b in [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
degrees = {k: len(v) for k, v in graph.items()}
print(sorted(degrees.items(), key=lambda kv: (-kv[1], kv[0])))
s1, s2 = set("abcdef"), set("defxyz")
print(sorted(s1 & s2), sorted(s1 | s2), sorted(s1 - s2), sorted(s1 ^ s2))
fs = frozenset(s1)
d = {fs: "letters", frozenset(): "empty"}
print(d[frozenset("fedcba")], d[frozenset()])
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()}, dict(sorted(by_letter.items(), reverse=True)))
inv = {v: k for k, vs in by_letter.items() for v in vs}
print(inv["banana"], len(inv))
print(set(map(len, words)), {len(w) for w in words} == set(map(len, words)))
cache = {}
def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r
print(fib(90), len(cache), min(cache), max(cache.values()))
a = {"x": 1, "y": 2}
b = a
b["z"] = 3
print(a, a is b, a == dict(x=1, y=2, z=3), list(a.items())[-1])
print(sorted({3, 1, 2}), sorted(frozenset({"b", "a"})), {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2})
