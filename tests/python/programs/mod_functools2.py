import functools
from functools import reduce, partial, lru_cache, wraps, total_ordering, cmp_to_key, cached_property, singledispatch
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], "init"), reduce(max, [3, 9, 2]))
p = partial(int, base=2)
print(p("1010"), p.func.__name__ if hasattr(p.func, "__name__") else "int", p.keywords)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
cube_of_2 = partial(power, 2)
print(square(7), cube_of_2(10), partial(partial(power, 3), 2)())
@lru_cache(maxsize=2)
def slow(n):
    print("computing", n)
    return n * 2
print(slow(1), slow(1), slow(2), slow(3), slow(1))
print(slow.cache_info())
slow.cache_clear()
print(slow.cache_info())
@total_ordering
class Version:
    def __init__(self, *p):
        self.p = p
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
    def __repr__(self):
        return "v" + ".".join(map(str, self.p))
vs = [Version(1, 2), Version(1, 0), Version(2, 0)]
print(sorted(vs), Version(1, 0) <= Version(1, 0), Version(2, 0) > Version(1, 9), Version(1, 0) >= Version(1, 1))
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([5, 2, 8], key=cmp_to_key(compare)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(b) - len(a))))
def deco(f):
    @wraps(f)
    def w(*a):
        return f(*a)
    return w
@deco
def documented():
    "docstring here"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
class Circle:
    def __init__(self, r):
        self.r = r
    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
@singledispatch
def show(x):
    return "object"
@show.register(int)
def _(x):
    return "int %d" % x
@show.register(list)
def _(x):
    return "list of %d" % len(x)
print(show(1), show([1, 2]), show("s"), show(True))
