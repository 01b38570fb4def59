# Comprehensions and generator expressions: scoping, nesting, conditions, walrus, unpacking.
print([x * x for x in range(6) if x % 2 == 0])
print([(x, y) for x in range(3) for y in "ab" if x != 1])
print({x: x ** 2 for x in range(5)}, {x % 4 for x in range(20)}, list(x for x in "abc"))
print([[j for j in range(i)] for i in range(4)])
x = "outer"
print([x for x in range(3)], x)
print([y for x in [[1, 2], [3]] for y in x])
print([(a, b) for a, b in {"k": 1, "j": 2}.items()], [a + b for a, *b in [(1, 2), (3, 4)] for b in [sum(b)]])
print(sum(i for i in range(101)), max((len(w), w) for w in "the quick brown fox".split()), sorted(set(c for c in "mississippi")))
data = [3, 8, 1, 9, 4]
print([v for v in data if (d := v * 2) > 7], d)
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(C.doubled, C.total)
gen = (n * 2 for n in range(3))
print(next(gen), list(gen))
print([i for i in range(3)] == list(range(3)), [*range(3), *"ab"], {**{"a": 1}, "b": 2}, {*range(3), 9})
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print({k: [v for v in range(k)] for k in range(3)})
nested = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in nested if row[i] % 2], [sum(r) for r in zip(*nested)])
print(dict((k, v) for k, v in zip("xyz", range(3))), tuple(i for i in range(3)), any([]) or all([]))
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(e)
print([(lambda q: q * 3)(i) for i in range(3)], ["%s=%d" % (k, v) for k, v in sorted({"b": 2, "a": 1}.items())])
