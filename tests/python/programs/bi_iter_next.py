it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "end"), next(it, None))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
r = iter(range(3))
print(sum(r))
class Count:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)))
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    iter(42)
except TypeError as e:
    print(e)
try:
    next(iter(()))
except StopIteration as e:
    print("StopIteration", repr(e))
gen = (i for i in range(2))
print(iter(gen) is gen, next(gen), next(gen), next(gen, "done"))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(iter(Seq())), 20 in Seq())
