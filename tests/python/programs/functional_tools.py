from functools import reduce, partial
from itertools import accumulate, groupby, chain, starmap
from operator import add, mul, itemgetter
nums = list(range(1, 11))
print(reduce(add, nums), reduce(mul, nums), list(accumulate(nums, mul))[-1])
print(list(map(lambda x: x ** 2, filter(lambda x: x % 3 == 0, nums))))
print(sorted(nums, key=lambda x: (x % 3, -x)))
compose = lambda *fs: reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(str, inc, dbl)(1))
pow2 = partial(pow, 2)
print([pow2(i) for i in range(8)])
people = [("ann", "eng", 100), ("bob", "ops", 80), ("cy", "eng", 120), ("di", "ops", 90)]
for dept, group in groupby(sorted(people, key=itemgetter(1)), key=itemgetter(1)):
    g = list(group)
    print(dept, [p[0] for p in g], sum(p[2] for p in g))
print(list(starmap(lambda a, b: a * b, zip(nums, nums[1:])))[:4])
print(list(chain.from_iterable([[1], [2, 3], []])), any(map(str.isupper, "abC")), all(map(bool, [1, "x"])))
curry = lambda f: lambda a: lambda b: f(a, b)
print(curry(add)(2)(3), curry(max)(4)(9))
def memoize(f):
    cache = {}
    def g(*a):
        if a not in cache:
            cache[a] = f(*a)
        return cache[a]
    return g
@memoize
def paths(r, c):
    return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
print(list(zip(*[iter(range(9))] * 3)), dict(enumerate("abc")))
