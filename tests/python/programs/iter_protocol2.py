class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
print(list(Countdown(5)), list(Fib(100)), sum(Countdown(100)))
class Legacy:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Legacy()), 9 in Legacy(), [x for x in Legacy()])
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
class Reversible:
    def __init__(self, d):
        self.d = d
    def __len__(self):
        return len(self.d)
    def __getitem__(self, i):
        return self.d[i]
    def __reversed__(self):
        return iter(self.d[::-1])
print(list(reversed(Reversible([1, 2, 3]))), list(reversed((1, 2))), list(reversed(range(3))))
d = {"a": 1, "b": 2}
di = iter(d)
print(next(di), list(d.items()), list(reversed(d.values())))
z = zip([1, 2], "ab")
print(next(z), list(z), list(zip()), list(enumerate([])))
e = enumerate("xyz", 10)
print(next(e), list(e))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m), list(filter(str.isdigit, "a1b2")))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as err:
    print(err)
try:
    for _ in 5:
        pass
except TypeError as err:
    print(err)
def gen():
    yield from [1, 2]
    return 3
g = gen()
print(list(g), next(iter([]), "empty"))
