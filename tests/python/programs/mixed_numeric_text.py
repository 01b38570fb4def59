import math
from collections import Counter, defaultdict
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(math.isqrt(n)) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
primes = sieve(1000)
print(len(primes), primes[-5:], sum(primes))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[1, 2], [3, 4]]
print(matmul(m, m), matmul(matmul(m, m), m))
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = Counter(words)
print(freq.most_common(4))
by_len = defaultdict(list)
for w in sorted(set(words)):
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
class Shape:
    def area(self):
        raise NotImplementedError
    def __str__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"
class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
class Rect(Shape):
    def __init__(self, w, h): self.w, self.h = w, h
    def area(self): return self.w * self.h
shapes = [Circle(1), Rect(2, 3), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print(max(shapes, key=Shape.area))
try:
    Shape().area()
except NotImplementedError as e:
    print("abstract", repr(e))
def pipeline(data):
    evens = (x for x in data if x % 2 == 0)
    squares = (x * x for x in evens)
    return list(squares)
print(pipeline(range(10)))
table = [("alice", 30, 1.5), ("bob", 25, 2.25), ("carol", 35, 0.75)]
for name, age, score in sorted(table, key=lambda t: t[1]):
    print(f"{name:<8}|{age:>4}|{score:6.2f}|")
print("%-8s|%4d|%6.2f|" % table[0])
matrix = [[i * j for j in range(5)] for i in range(5)]
print("\n".join(" ".join(f"{v:3d}" for v in row) for row in matrix))
transposed = list(map(list, zip(*matrix)))
print(transposed == matrix, [row[i] for i, row in enumerate(matrix)])
s = "racecar"
print(s == s[::-1], all(s[i] == s[-1 - i] for i in range(len(s) // 2)))
nested = {"a": [1, {"b": (2, 3)}], "c": None}
print(nested, str(nested) == repr(nested))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    elif isinstance(x, dict):
        for v in x.values():
            yield from flatten(v)
    else:
        yield x
print(list(flatten(nested)))
print(sorted([3.5, -1, 2, 0.5, 10 ** 20, -(2 ** 70)]))
print(round(sum(1 / k ** 2 for k in range(1, 1000)), 10), math.pi ** 2 / 6)
print(int("7" * 30) % 97, 2 ** 0.5 == math.sqrt(2), divmod(10 ** 20, 7))
