sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda *a: sum(a))(1, 2, 3), (lambda **k: sorted(k))(b=1, a=2))
fns = {"inc": lambda v: v + 1, "dbl": lambda v: v * 2, "neg": lambda v: -v}
print({k: f(5) for k, f in fns.items()})
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(filter(lambda v: v % 2, range(8))))
make_adder = lambda n: lambda x: x + n
print(make_adder(3)(4), [make_adder(i)(0) for i in range(3)])
print((lambda: (yield 1))().__class__.__name__, (lambda x: (x, x))(1))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), (lambda f, n: f(f, n))(lambda self, n: 1 if n == 0 else n * self(self, n - 1), 6))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
