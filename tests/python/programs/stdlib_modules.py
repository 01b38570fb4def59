from collections import defaultdict, Counter, deque, namedtuple, OrderedDict
from functools import reduce, partial, lru_cache, wraps
import itertools
from itertools import permutations, combinations, product, chain, islice, count, groupby, accumulate, zip_longest
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd, dd["z"], len(dd))
c = Counter("mississippi")
print(c, c.most_common(2), c["s"], c["q"], sum(c.values()))
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0); d.append(4); d.rotate(1)
print(d, d.popleft(), d.pop(), len(d), list(d))
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=9), isinstance(p, tuple), len(p))
x, y = p
print(x + y, Point._fields)
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, [], 0))
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3))
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def deco(f):
    @wraps(f)
    def inner(*a):
        return f(*a)
    return inner
@deco
def named():
    "doc"
    return 1
print(named.__name__, named.__doc__, named())
print(list(permutations("abc", 2)), list(combinations(range(4), 2)))
print(list(product([0, 1], repeat=2)), list(chain([1], (2, 3))), list(islice(count(10, 5), 3)))
print([(k, list(g)) for k, g in groupby("aaabccd")], list(accumulate([1, 2, 3, 4])))
print(list(zip_longest("ab", "xyz", fillvalue="-")), list(itertools.chain.from_iterable(["ab", "c"])))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od))
