def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
def fib_rec(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_rec(n - 1) + fib_rec(n - 2)
    return memo[n]
def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
from itertools import islice
print(fib_iter(100), fib_rec(100), list(islice(fib_gen(), 100, 101))[0], fib_iter(100) == fib_rec(100))
print([fib_iter(n) for n in range(20)], len(str(fib_iter(1000))))
