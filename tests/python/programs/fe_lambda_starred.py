f = lambda *a, **k: (a, sorted(k.items()))
print(f(1, 2, x=3))
print((lambda x, /, y=2, *, z=3: x + y + z)(1, z=10))
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
a, (b, *c), d = 1, (2, 3, 4), 5
print(first, rest, init, last, a, b, c, d)
print([*range(3), *"ab", *{"k": 1}])
print({**{"a": 1}, "b": 2, **dict(c=3)})
print({*[1, 2], *(2, 3)} == {1, 2, 3})
def g(a, b, c, d=0, *e, f, **kw):
    return a, b, c, d, e, f, kw
print(g(*[1, 2], *(3,), f=6))
print(g(1, *[2, 3, 4, 5], **{"f": 7, "z": 8}))
t = 1, 2, 3
print(max(*t), print(*t, sep="-"))
x, y = y, x = 1, 2
print(x, y)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
sort_key = lambda s: (len(s), s)
print(sorted(["bb", "a", "ccc", "ab"], key=sort_key))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v * 3)(7))
print((lambda: (yield))().__class__.__name__ if False else "gen-lambda")
print(list(map(lambda p: p[0] * p[1], zip(range(4), range(4, 8)))))
