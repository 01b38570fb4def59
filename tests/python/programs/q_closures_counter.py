def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    def reset():
        nonlocal count
        count = start
    counter.reset = reset
    return counter
c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c(), c())
counters = [make_counter(i) for i in range(3)]
print([f() for f in counters], [f() for f in counters])
def memo_fib():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache
fib, cache = memo_fib()
print(fib(50), len(cache))
