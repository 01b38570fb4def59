def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def take(n, g):
    return [next(g) for _ in range(n)]
print(take(15, fib()))
def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1
print(take(20, primes()))
from itertools import takewhile, islice
print(list(takewhile(lambda x: x < 100, fib())), sum(islice(primes(), 100)))
evens = (x for x in fib() if x % 2 == 0)
print(take(8, evens))
